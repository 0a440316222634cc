"""PMO settings: the health thresholds, the cost checks' limits and the report branding
are the PMO's, kept in the central database and copied to every laptop at sync
(``models/access.py``); where the PMO set one, it takes the place of the laptop's own
value in ``settings.json``, so every laptop rates and prints alike: the thresholds, the
report's name, colours, paper, cover, footer line, money style, number pattern and the
PMO's logo (the picture itself, written to the data folder: ``app/pmo_images.py``).
The laptop keeps only the person's settings (identity, the owner's logo, theme,
language, window).

- :data:`KEYS`: each PMO setting (``thresholds.…``, ``branding.…``) and its kind (the
  central migration 0009_roles_settings keeps the same list);
- :func:`parse`: what a PMO administrator typed, as the setting's value (or why not);
- :func:`overlay`: the PMO's values into a :class:`Settings` (what was there before is
  returned, to be saved instead: :func:`personal`).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from executrek.app import pmo_images, report_numbers
from executrek.app.i18n import translate
from executrek.app.settings import Settings

KEYS: dict[str, str] = {
    "branding.accent_colour": "colour",
    "branding.cover_page": "boolean",
    "branding.currency_display": "currency_display",
    "branding.page_size": "page_size",
    "branding.pmo_logo": "image",
    "branding.pmo_name": "text",
    "branding.primary_colour": "colour",
    "branding.report_footer": "text",
    "branding.report_number": "number_pattern",
    "thresholds.budget_change_amber_pct": "number",
    "thresholds.budget_change_red_pct": "number",
    "thresholds.over_claim_pct": "number",
    "thresholds.overdue_punch_amber": "integer",
    "thresholds.overdue_punch_red": "integer",
    "thresholds.pass_rate_amber_pct": "number",
    "thresholds.pass_rate_red_pct": "number",
    "thresholds.rate_tolerance_pct": "number",
    "thresholds.schedule_float_amber_days": "integer",
    "thresholds.schedule_slip_amber_days": "integer",
    "thresholds.schedule_slip_red_days": "integer",
}
TOP = 1_000_000
_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")


class SettingError(ValueError):
    """A PMO setting that does not exist or a value it cannot take (one translated line)."""


def parse(key: str, text: str, label: str = "") -> Any:
    """The value ``text`` means for ``key`` (as the central database stores it). A refusal
    names the setting by ``label`` when given (the screen's words), else by its key."""
    kind = KEYS.get(key)
    if kind is None:
        raise SettingError(
            translate("Cli", "There is no PMO setting “{key}”; the settings are: {keys}.").format(
                key=key, keys=", ".join(KEYS)
            )
        )
    value, name = text.strip(), label or key
    if kind in ("number", "integer"):
        try:
            number = float(value.replace(",", "."))
        except ValueError:
            number = -1.0
        whole = number.is_integer()
        if not 0 <= number <= TOP or (kind == "integer" and not whole):
            raise SettingError(_range_message(kind).format(key=name, top=f"{TOP:,}", value=text))
        return int(number) if kind == "integer" or whole else number
    if kind == "boolean":
        if value.lower() in ("true", "yes", "on", "1"):
            return True
        if value.lower() in ("false", "no", "off", "0"):
            return False
        raise SettingError(
            translate("Cli", "{key} takes true or false, not “{value}”.").format(
                key=name, value=text
            )
        )
    if kind == "colour" and not _COLOUR.match(value):
        raise SettingError(
            translate("Cli", "{key} takes a colour written #RRGGBB, not “{value}”.").format(
                key=name, value=text
            )
        )
    if kind == "page_size" and value not in ("A4", "Letter"):
        raise SettingError(
            translate("Cli", "{key} takes A4 or Letter, not “{value}”.").format(
                key=name, value=text
            )
        )
    if kind == "text" and not 0 < len(value) <= 200:
        raise SettingError(
            translate("Cli", "{key} takes a text of 1 to 200 characters.").format(key=name)
        )
    if kind == "currency_display" and value not in ("code", "symbol"):
        raise SettingError(
            translate("Cli", "{key} takes code (USD 1,234.50) or symbol ($1,234.50).").format(
                key=name
            )
        )
    if kind == "number_pattern" and (problem := report_numbers.problem(value)) is not None:
        raise SettingError(f"{label}: {problem}" if label else problem)
    if kind == "image":
        try:
            return pmo_images.encode_file(Path(value))
        except pmo_images.ImageRefused as exc:
            raise SettingError(f"{label}: {exc}" if label else str(exc)) from None
    return value


def _range_message(kind: str) -> str:
    if kind == "integer":
        return translate("Cli", "{key} takes a whole number from 0 to {top}, not “{value}”.")
    return translate("Cli", "{key} takes a number from 0 to {top}, not “{value}”.")


def _fits(current: Any, value: Any) -> Any:
    """``value`` in the type of the setting it replaces (None: it does not fit)."""
    if isinstance(current, bool):
        return value if isinstance(value, bool) else None
    if isinstance(current, int | float) and isinstance(value, int | float):
        return None if isinstance(value, bool) else type(current)(value)
    if isinstance(current, str) and isinstance(value, str):
        return value
    return None


def overlay(
    settings: Settings, values: Mapping[str, Any], data_folder: Path | None = None
) -> dict[str, Any]:
    """Put the PMO's ``values`` into ``settings``; returns the values they replaced (by
    key), which are the ones to save (:func:`personal`). Unknown keys are ignored. An
    image (the PMO's logo) is written into ``data_folder`` and its file put in; without
    a folder the laptop's own stays."""
    before: dict[str, Any] = {}
    for key, value in sorted(values.items()):
        if key not in KEYS:
            continue
        if KEYS[key] == "image":
            image = pmo_images.materialise(value, data_folder) if data_folder else None
            if image is None:
                continue
            value = str(image)
        group, name = key.split(".", 1)
        part = getattr(settings, group)
        fitted = _fits(getattr(part, name), value)
        if fitted is None:
            continue
        before[key] = getattr(part, name)
        setattr(part, name, fitted)
    return before


def personal(settings: Settings, replaced: Mapping[str, Any]) -> Settings:
    """A copy of ``settings`` with the laptop's own values where the PMO's were put in
    (what ``settings.json`` keeps)."""
    out = copy.deepcopy(settings)
    for key, value in replaced.items():
        group, name = key.split(".", 1)
        setattr(getattr(out, group), name, value)
    return out


def reapply(
    settings: Settings,
    replaced: dict[str, Any],
    values: Mapping[str, Any],
    data_folder: Path | None = None,
) -> None:
    """The PMO's new ``values`` in place of the ones put in before (a sync brought
    others): the laptop's own come back first; ``replaced`` is kept up to date."""
    for key, value in replaced.items():
        group, name = key.split(".", 1)
        setattr(getattr(settings, group), name, value)
    replaced.clear()
    replaced.update(overlay(settings, values, data_folder))
