"""The words of the site diary's stored values and fields, for the diary page and the
diary reports alike (one table, so the screen and the paper say the same).

``value_word("partly_cloudy")`` → "Partly cloudy"; ``field_word("organisation_id")`` →
"Contractor" (error messages name a field in the user's words, never its column).
Every literal goes through ``translate("Diary", …)`` so ``pyside6-lupdate`` finds it.
"""

from __future__ import annotations

from executrek.app.i18n import translate
from executrek.app.messages import user_message
from executrek.models.errors import DomainError


def _values() -> dict[str, str]:
    return {
        # Sky
        "sunny": translate("Diary", "Sunny"),
        "partly_cloudy": translate("Diary", "Partly cloudy"),
        "overcast": translate("Diary", "Overcast"),
        "fog": translate("Diary", "Fog"),
        "drizzle": translate("Diary", "Drizzle"),
        "rain": translate("Diary", "Rain"),
        "heavy_rain": translate("Diary", "Heavy rain"),
        "thunderstorm": translate("Diary", "Thunderstorm"),
        "snow": translate("Diary", "Snow"),
        "sleet": translate("Diary", "Sleet"),
        "frost": translate("Diary", "Frost"),
        # Wind
        "calm": translate("Diary", "Calm"),
        "light": translate("Diary", "Light"),
        "moderate": translate("Diary", "Moderate"),
        "strong": translate("Diary", "Strong"),
        "gale": translate("Diary", "Gale"),
        # Ground
        "dry": translate("Diary", "Dry"),
        "damp": translate("Diary", "Damp"),
        "wet": translate("Diary", "Wet"),
        "muddy": translate("Diary", "Muddy"),
        "waterlogged": translate("Diary", "Waterlogged"),
        "frozen": translate("Diary", "Frozen"),
        "snow_covered": translate("Diary", "Snow covered"),
        # Equipment state
        "working": translate("Diary", "Working"),
        "idle": translate("Diary", "Idle"),
        "broken": translate("Diary", "Broken down"),
        # Delay cause
        "weather": translate("Diary", "Weather"),
        "late_information": translate("Diary", "Late information"),
        "design_change": translate("Diary", "Design change"),
        "owner_instruction": translate("Diary", "Owner instruction"),
        "contractor_resource": translate("Diary", "Contractor resource"),
        "utility": translate("Diary", "Utility"),
        "access": translate("Diary", "Access"),
        "other": translate("Diary", "Other"),
        # Responsible party
        "owner": translate("Diary", "Owner"),
        "design_team": translate("Diary", "Design team"),
        "contractor": translate("Diary", "Contractor"),
        "subcontractor": translate("Diary", "Subcontractor"),
        "utility_authority": translate("Diary", "Utility or authority"),
        "neutral": translate("Diary", "Neutral (nobody's fault)"),
        "undetermined": translate("Diary", "Not yet determined"),
        # Instruction direction
        "given": translate("Diary", "Given"),
        "received": translate("Diary", "Received"),
        # Day status
        "open": translate("Diary", "Open"),
        "closed": translate("Diary", "Signed and closed"),
    }


def _fields() -> dict[str, str]:
    return {
        "day": translate("Diary", "Date"),
        "title": translate("Diary", "Summary"),
        "weather_am": translate("Diary", "Morning weather"),
        "weather_pm": translate("Diary", "Afternoon weather"),
        "temp_min": translate("Diary", "Lowest temperature"),
        "temp_max": translate("Diary", "Highest temperature"),
        "precipitation_mm": translate("Diary", "Rain or snow (mm)"),
        "wind": translate("Diary", "Wind"),
        "ground": translate("Diary", "Ground"),
        "weather_stopped_hours": translate("Diary", "Hours weather stopped work"),
        "notes": translate("Diary", "Notes"),
        "organisation_id": translate("Diary", "Contractor"),
        "organisation_ids": translate("Diary", "Contractors affected"),
        "trade": translate("Diary", "Trade"),
        "headcount": translate("Diary", "Headcount"),
        "hours": translate("Diary", "Hours worked"),
        "item": translate("Diary", "Equipment"),
        "count": translate("Diary", "Count"),
        "state": translate("Diary", "State"),
        "description": translate("Diary", "Description"),
        "supplier": translate("Diary", "Supplier"),
        "received_by": translate("Diary", "Received by"),
        "name": translate("Diary", "Name"),
        "organisation": translate("Diary", "Organisation"),
        "purpose": translate("Diary", "Purpose"),
        "time_in": translate("Diary", "Time in"),
        "time_out": translate("Diary", "Time out"),
        "location_id": translate("Diary", "Location"),
        "location_ids": translate("Diary", "Locations affected"),
        "activity_ref": translate("Diary", "Schedule activity"),
        "cause": translate("Diary", "Cause"),
        "responsible": translate("Diary", "Responsible party"),
        "start_time": translate("Diary", "Start"),
        "end_time": translate("Diary", "End"),
        "direction": translate("Diary", "Given or received"),
        "from_name": translate("Diary", "From"),
        "to_name": translate("Diary", "To"),
        "body": translate("Diary", "Text"),
        "issue_id": translate("Diary", "Safety issue"),
        "reason": translate("Diary", "Why"),
        "signer_name": translate("Diary", "Your name"),
        "signer_role": translate("Diary", "Your role"),
    }


def value_word(value: str | None) -> str:
    """A stored diary value in words ("" for none)."""
    if not value:
        return ""
    return _values().get(value, value.replace("_", " ").capitalize())


def field_word(name: str) -> str:
    """A field of a diary day or entry in the user's words."""
    return _fields().get(name, name.replace("_", " ").capitalize())


def section_title(kind: str) -> str:
    """The heading of an entry kind's section (on screen and on paper)."""
    titles = {
        "manpower": translate("Diary", "Manpower"),
        "equipment": translate("Diary", "Equipment on site"),
        "delivery": translate("Diary", "Deliveries"),
        "visitor": translate("Diary", "Visitors"),
        "work": translate("Diary", "Work performed"),
        "delay": translate("Diary", "Delays and disruptions"),
        "instruction": translate("Diary", "Instructions"),
        "safety": translate("Diary", "Safety observations"),
    }
    return titles.get(kind, kind.capitalize())


def error_text(exc: DomainError) -> str:
    """A refusal in the user's words (``app.messages.user_message``), the field named as
    the diary's forms name it ("Headcount", "Contractor"), never by its column."""
    field = exc.params.get("field")
    return user_message(exc, field_word(field) if isinstance(field, str) else None)
