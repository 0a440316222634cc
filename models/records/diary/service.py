"""Writes of the site diary: open a day, fill it in, copy yesterday's, sign and close it,
add addenda to a closed day.

Every write of a day or of its entries refuses a closed day, whichever laptop closed it
(a closed day from another laptop arrives closed with the pull). Each function is one
unit of work and returns ``Done`` (the value and what changed).
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from executrek.models import clock, validation, workflow
from executrek.models.base import Base, utcnow
from executrek.models.errors import QT_TRANSLATE_NOOP, ValidationError, WorkflowError
from executrek.models.project import Project
from executrek.models.records.diary.chain import closing_bytes, hash_bytes
from executrek.models.records.diary.entries import (
    ENTRY_KINDS,
    MAX_HEADCOUNT,
    DiaryAddendum,
    DiaryDelay,
    DiaryManpower,
    EntryField,
    EntryKind,
)
from executrek.models.records.diary.model import (
    KIND,
    WEATHER_FIELDS,
    DiaryDay,
    DiaryStatus,
    Ground,
    Sky,
    Wind,
    default_title,
)
from executrek.models.records.row_fields import columns_of
from executrek.models.services import records
from executrek.models.services.common import (
    Done,
    add_numbered,
    add_signature,
    editable_only,
    load,
    valid_strokes,
)
from executrek.models.services.record_reads import live_children
from executrek.models.store import Store

SERIES = KIND.prefix()
ONE_PLACE = Decimal("0.1")
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


def day_number(day: DiaryDay) -> str:
    """``DIA-004`` (or its draft number before the first sync)."""
    return KIND.number_of(day)


def entry_kind(key: str) -> EntryKind:
    """The entry kind called ``key`` (``manpower``, ``delay``…); ``ValidationError`` else."""
    found = ENTRY_KINDS.get(key)
    if found is None:
        raise ValidationError(
            "kind",
            QT_TRANSLATE_NOOP("Errors", "{field} must be one of {allowed} (got '{value}')."),
            allowed=", ".join(ENTRY_KINDS),
            value=key,
        )
    return found


def require_open(day: DiaryDay) -> None:
    """Refuse any change to a closed day (whatever laptop closed it)."""
    if day.status is DiaryStatus.CLOSED:
        raise WorkflowError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{number} is signed and closed; it can no longer change. Add an addendum instead.",
            ),
            number=day_number(day),
        )


# --- the day ---------------------------------------------------------------------------


def _author(store: Store, author_id: str | None) -> str:
    author = author_id or store.actor.user_id
    if author is None:
        raise ValidationError(
            "author_id",
            QT_TRANSLATE_NOOP(
                "Errors", "A diary day needs its author: say who you are first (Settings)."
            ),
        )
    return author


def find_own_day(s: Session, project_id: str, author_id: str, day: dt.date) -> DiaryDay | None:
    """The author's diary day for ``day`` in the project (the oldest when two laptops
    each opened one offline), or None."""
    return s.scalar(
        select(DiaryDay)
        .where(
            DiaryDay.project_id == project_id,
            DiaryDay.author_id == author_id,
            DiaryDay.day == day,
            DiaryDay.deleted_at.is_(None),
        )
        .order_by(DiaryDay.created_at, DiaryDay.id)
        .limit(1)
    )


def open_day(
    store: Store,
    project_id: str,
    day: dt.date,
    *,
    author_id: str | None = None,
    title: str | None = None,
) -> Done[DiaryDay]:
    """The author's diary day for ``day``: the existing one when there is one (nothing
    changes then), otherwise a new open day. A day in the future is refused.

    ``author_id`` defaults to the store's current user."""
    author = _author(store, author_id)
    if day > clock.today():
        raise ValidationError(
            "day",
            QT_TRANSLATE_NOOP(
                "Errors", "A diary day cannot be in the future ({value}; today is {today})."
            ),
            value=day.isoformat(),
            today=clock.today().isoformat(),
        )
    summary = validation.text("title", title, max_len=300, required=False)
    with store.transaction() as (s, changes):
        load(s, Project, project_id, "Project")
        existing = find_own_day(s, project_id, author, day)
        if existing is not None:
            return Done(existing, changes)
        row = add_numbered(
            s,
            DiaryDay,
            project_id,
            SERIES,
            title=summary or default_title(day),
            day=day,
            author_id=author,
            status=DiaryStatus.OPEN,
            weather_stopped_hours=Decimal("0.0"),
        )
    return Done(row, changes)


DAY_EDITABLE = ("title", *WEATHER_FIELDS, "weather_stopped_hours", "notes")


def one_place(field: str, value: object, high: int) -> Decimal | None:
    """A decimal with at most one decimal place, from 0 to ``high``, stored with exactly
    one (its text is part of the canonical form: ``"2.5"``, ``"0.0"``)."""
    if value is None or value == "":
        return None
    number = validation.decimal(field, value, places=1, allow_negative=False)
    if number > high:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Errors", "{field} must be at most {high} (got {value})."),
            high=high,
            value=number,
        )
    return number.quantize(ONE_PLACE)


def _day_value(key: str, value: Any) -> Any:
    if key == "title":
        return validation.required_text("title", value, max_len=300)
    if key in ("weather_am", "weather_pm"):
        return None if value in (None, "") else validation.choice(key, Sky, value)
    if key == "wind":
        return None if value in (None, "") else validation.choice(key, Wind, value)
    if key == "ground":
        return None if value in (None, "") else validation.choice(key, Ground, value)
    if key in ("temp_min", "temp_max"):
        return None if value in (None, "") else validation.int_range(key, value, -60, 60)
    if key == "precipitation_mm":
        return one_place(key, value, 2000)
    if key == "weather_stopped_hours":
        return one_place(key, value, 24) or Decimal("0.0")
    return validation.text(key, value, max_len=20000, required=False)


def update_day(store: Store, day_id: str, **fields: Any) -> Done[DiaryDay]:
    """Edit the weather, the summary and the notes of an open day (``DAY_EDITABLE``)."""
    editable_only(fields, DAY_EDITABLE)
    values = {k: _day_value(k, v) for k, v in fields.items()}
    with store.transaction() as (s, changes):
        row = load(s, DiaryDay, day_id, "Diary day")
        require_open(row)
        low = values.get("temp_min", row.temp_min)
        high = values.get("temp_max", row.temp_max)
        if low is not None and high is not None and low > high:
            raise ValidationError(
                "temp_min",
                QT_TRANSLATE_NOOP("Errors", "{field} ({low} °C) is above the maximum ({high} °C)."),
                low=low,
                high=high,
            )
        for key, value in values.items():
            if getattr(row, key) != value:
                setattr(row, key, value)
    return Done(row, changes)


def delete_day(store: Store, day_id: str) -> Done[None]:
    """Remove an open day and its entries (tombstones); a closed day stays for good."""
    with store.transaction() as (s, changes):
        row = load(s, DiaryDay, day_id, "Diary day")
        require_open(row)
        now = utcnow()
        for kind in ENTRY_KINDS.values():
            for entry in s.scalars(
                select(kind.model).where(
                    kind.model.day_id == row.id, kind.model.deleted_at.is_(None)
                )
            ):
                entry.deleted_at = now
        row.deleted_at = now
    return Done(None, changes)


# --- entries ----------------------------------------------------------------------------


def _ref(s: Session, spec: EntryField, project_id: str, value: Any) -> str:
    table = Base.metadata.tables[str(spec.target)]
    text = str(value).strip()
    found = s.execute(
        select(table.c.id).where(
            table.c.id == text, table.c.project_id == project_id, table.c.deleted_at.is_(None)
        )
    ).first()
    if found is None:
        raise ValidationError(
            spec.name,
            QT_TRANSLATE_NOOP("Errors", "{field} names nothing in this project ('{value}')."),
            value=text,
        )
    return text


def _entry_value(s: Session, spec: EntryField, project_id: str, value: Any, confirm: bool) -> Any:
    if value is None or value == "" or (spec.kind == "ids" and not value):
        if spec.required:
            raise ValidationError(spec.name, QT_TRANSLATE_NOOP("Errors", "{field} is required."))
        return list(spec.default or ()) if spec.kind == "ids" else spec.default
    if spec.kind in ("text", "long_text"):
        return validation.text(spec.name, value, max_len=spec.max_len, required=spec.required)
    if spec.kind == "int":
        try:
            number = int(str(value).strip())
        except ValueError:
            raise ValidationError(
                spec.name,
                QT_TRANSLATE_NOOP("Errors", "{field} must be a whole number (got '{value}')."),
                value=value,
            )
        if number < 0:
            raise ValidationError(
                spec.name,
                QT_TRANSLATE_NOOP("Errors", "{field} cannot be negative (got {value})."),
                value=number,
            )
        if spec.name == "headcount" and number > MAX_HEADCOUNT and not confirm:
            raise ValidationError(
                spec.name,
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{field} of {value} is more than {limit} people on one line; confirm it if it "
                    "is right.",
                ),
                value=number,
                limit=MAX_HEADCOUNT,
            )
        return validation.int_range(spec.name, number, spec.low, spec.high)
    if spec.kind == "decimal":
        return one_place(spec.name, value, spec.high)
    if spec.kind == "choice":
        assert spec.choices is not None
        return validation.choice(spec.name, spec.choices, value)
    if spec.kind == "time":
        text = str(value).strip()
        if not _TIME.match(text):
            raise ValidationError(
                spec.name,
                QT_TRANSLATE_NOOP("Errors", "{field} must be a time like 07:30 (got '{value}')."),
                value=text,
            )
        return text
    if spec.kind == "ref":
        return _ref(s, spec, project_id, value)
    if isinstance(value, str):
        raise ValidationError(
            spec.name, QT_TRANSLATE_NOOP("Errors", "{field} must be a list of ids.")
        )
    return sorted({_ref(s, spec, project_id, v) for v in value})


def _entry_values(
    s: Session,
    kind: EntryKind,
    project_id: str,
    values: Mapping[str, Any],
    *,
    confirm: bool,
    partial: bool,
) -> dict[str, Any]:
    unknown = set(values) - set(kind.names)
    if unknown:
        raise ValidationError(
            sorted(unknown)[0],
            QT_TRANSLATE_NOOP("Errors", "{field} is not a field of a diary entry of this kind."),
        )
    out = {
        spec.name: _entry_value(s, spec, project_id, values.get(spec.name), confirm)
        for spec in kind.fields
        if not partial or spec.name in values
    }
    return out


def _check_times(kind: EntryKind, row: Any) -> None:
    pairs = {"delay": ("start_time", "end_time"), "visitor": ("time_in", "time_out")}
    if kind.key not in pairs:
        return
    first, last = pairs[kind.key]
    start, end = getattr(row, first), getattr(row, last)
    if start is not None and end is not None and end < start:
        raise ValidationError(
            last,
            QT_TRANSLATE_NOOP("Errors", "{field} ({end}) is before {start}."),
            end=end,
            start=start,
        )


def add_entry(
    store: Store, day_id: str, kind: str, *, confirm: bool = False, **values: Any
) -> Done[Any]:
    """Add an entry of ``kind`` (a key of ``ENTRY_KINDS``) to an open day. A headcount
    above ``MAX_HEADCOUNT`` needs ``confirm=True``."""
    spec = entry_kind(kind)
    with store.transaction() as (s, changes):
        day = load(s, DiaryDay, day_id, "Diary day")
        require_open(day)
        checked = _entry_values(s, spec, day.project_id, values, confirm=confirm, partial=False)
        row = spec.model(project_id=day.project_id, day_id=day.id, **checked)
        _check_times(spec, row)
        s.add(row)
    return Done(row, changes)


def _load_entry(s: Session, spec: EntryKind, entry_id: str) -> tuple[Any, DiaryDay]:
    row = load(s, spec.model, entry_id, "Diary entry")
    day = load(s, DiaryDay, row.day_id, "Diary day")
    require_open(day)
    return row, day


def update_entry(
    store: Store, kind: str, entry_id: str, *, confirm: bool = False, **values: Any
) -> Done[Any]:
    """Change fields of an entry of an open day (only the fields given)."""
    spec = entry_kind(kind)
    with store.transaction() as (s, changes):
        row, day = _load_entry(s, spec, entry_id)
        checked = _entry_values(s, spec, day.project_id, values, confirm=confirm, partial=True)
        for key, value in checked.items():
            if getattr(row, key) != value:
                setattr(row, key, value)
        _check_times(spec, row)
    return Done(row, changes)


def remove_entry(store: Store, kind: str, entry_id: str) -> Done[None]:
    """Remove an entry of an open day (a tombstone)."""
    spec = entry_kind(kind)
    with store.transaction() as (s, changes):
        row, _day = _load_entry(s, spec, entry_id)
        row.deleted_at = utcnow()
    return Done(None, changes)


@dataclass(frozen=True)
class Copied:
    """What ``copy_previous`` took over: from which day, the weather or not, how many
    manpower lines (lines for a contractor and trade the day already has are kept)."""

    source_id: str
    source_day: dt.date
    weather: bool
    manpower: int


def previous_day(s: Session, day: DiaryDay) -> DiaryDay | None:
    """The author's latest diary day before ``day`` in the same project (open or closed)."""
    return s.scalar(
        select(DiaryDay)
        .where(
            DiaryDay.project_id == day.project_id,
            DiaryDay.author_id == day.author_id,
            DiaryDay.day < day.day,
            DiaryDay.deleted_at.is_(None),
        )
        .order_by(DiaryDay.day.desc(), DiaryDay.created_at)
        .limit(1)
    )


def copy_previous(
    store: Store, day_id: str, *, weather: bool = True, manpower: bool = True
) -> Done[Copied]:
    """Fill an open day from the author's previous diary day in one step (Ctrl+D):
    the weather (conditions, temperatures, precipitation, wind, ground — not the hours
    weather stopped work) and the manpower lines, which are then adjusted by hand."""
    with store.transaction() as (s, changes):
        day = load(s, DiaryDay, day_id, "Diary day")
        require_open(day)
        source = previous_day(s, day)
        if source is None:
            raise WorkflowError(
                QT_TRANSLATE_NOOP(
                    "Errors", "There is no earlier diary day of yours in this project to copy from."
                )
            )
        if weather:
            for key in WEATHER_FIELDS:
                value = getattr(source, key)
                if getattr(day, key) != value:
                    setattr(day, key, value)
        added = 0
        if manpower:
            have = {
                (m.organisation_id, m.trade)
                for m in s.scalars(
                    select(DiaryManpower).where(
                        DiaryManpower.day_id == day.id, DiaryManpower.deleted_at.is_(None)
                    )
                )
            }
            for line in live_children(s, DiaryManpower.day_id, source.id, DiaryManpower.id):
                if (line.organisation_id, line.trade) in have:
                    continue
                s.add(
                    DiaryManpower(
                        project_id=day.project_id,
                        day_id=day.id,
                        **columns_of(line, ("organisation_id", "trade", "headcount", "hours")),
                    )
                )
                added += 1
    return Done(Copied(source.id, source.day, weather, added), changes)


# --- closing and addenda ----------------------------------------------------------------


def chain_tip(s: Session, project_id: str, author_id: str | None) -> DiaryDay | None:
    """The author's last closed day in the project: the link the next closed day follows."""
    return s.scalar(
        select(DiaryDay)
        .where(
            DiaryDay.project_id == project_id,
            DiaryDay.author_id == author_id,
            DiaryDay.status == DiaryStatus.CLOSED,
            DiaryDay.deleted_at.is_(None),
        )
        .order_by(DiaryDay.closed_at.desc(), DiaryDay.id.desc())
        .limit(1)
    )


def close_day(
    store: Store,
    day_id: str,
    *,
    signer_name: str,
    signature_strokes: list[Any],
    signer_role: str | None = None,
    at: dt.datetime | None = None,
) -> Done[DiaryDay]:
    """Sign and close a day (its author only). Its canonical content, with the hash of
    the author's previous closed day, is hashed into ``content_hash``; from then on the
    day and its entries never change. ``at``: when it was signed, for a signature
    recorded afterwards (the demo's past days); never before the day, never in the
    future; default now."""
    name = validation.text("signer_name", signer_name, max_len=200, required=False)
    if not name:
        raise WorkflowError(
            QT_TRANSLATE_NOOP("Errors", "Closing a diary day needs the signer's name.")
        )
    role = validation.text("signer_role", signer_role, max_len=200, required=False)
    strokes = valid_strokes(signature_strokes)
    with store.transaction() as (s, changes):
        day = load(s, DiaryDay, day_id, "Diary day")
        workflow.check(KIND.transitions, day_number(day), day.status, DiaryStatus.CLOSED)
        if store.actor.user_id is None or day.author_id != store.actor.user_id:
            raise WorkflowError(
                QT_TRANSLATE_NOOP("Errors", "Only its author can sign and close {number}."),
                number=day_number(day),
            )
        tip = chain_tip(s, day.project_id, day.author_id)
        now = utcnow()
        closed_at = now if at is None else at.astimezone(dt.UTC)
        if closed_at > now or closed_at.date() < day.day - dt.timedelta(days=1):
            raise ValidationError(
                "closed_at",
                QT_TRANSLATE_NOOP(
                    "Errors", "A day is signed on or after its date and not in the future."
                ),
            )
        if tip is not None and tip.closed_at is not None and tip.closed_at >= closed_at:
            closed_at = tip.closed_at + dt.timedelta(microseconds=1)  # the chain's order
        sig = add_signature(s, KIND.key, day, name, role, strokes, at=closed_at)
        day.closed_at = closed_at
        day.signature_id = sig.id
        day.previous_hash = tip.content_hash if tip is not None else None
        con = s.connection().connection.driver_connection
        assert isinstance(con, sqlite3.Connection)
        # Everything the close changes goes out as one change (the hash with the rest).
        day.content_hash = hash_bytes(closing_bytes(con, day))
        day.status = DiaryStatus.CLOSED
    return Done(day, changes)


def add_addendum(store: Store, day_id: str, *, reason: str, body: str) -> Done[DiaryAddendum]:
    """A correction of a closed day: who (the current user), when, why and what. The day
    itself does not change; an open day is edited instead."""
    why = validation.required_text("reason", reason, max_len=2000)
    what = validation.required_text("body", body, max_len=20000)
    with store.transaction() as (s, changes):
        day = load(s, DiaryDay, day_id, "Diary day")
        if day.status is not DiaryStatus.CLOSED:
            raise WorkflowError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{number} is still open: edit it instead of adding an addendum."
                ),
                number=day_number(day),
            )
        row = DiaryAddendum(
            project_id=day.project_id,
            day_id=day.id,
            author_id=store.actor.user_id,
            written_at=utcnow(),
            reason=why,
            body=what,
        )
        s.add(row)
    return Done(row, changes)


def link_delay(
    store: Store, delay_id: str, to_type: str, to_id: str, relation: str = "related"
) -> Done[Any]:
    """Link a delay of an open day to an issue, RFI or change order (``record_links``,
    record type ``diary_delay``); a closed day's delays keep the links they had."""
    with store.read() as s:
        delay = load(s, DiaryDelay, delay_id, "Diary entry")
        require_open(load(s, DiaryDay, delay.day_id, "Diary day"))
        project_id = delay.project_id
    if to_type not in ("issue", "change_order"):
        raise ValidationError(
            "to_type",
            QT_TRANSLATE_NOOP(
                "Errors", "A delay links to issues, RFIs and change orders only (got '{value}')."
            ),
            value=to_type,
        )
    return records.link(store, project_id, "diary_delay", delay_id, to_type, to_id, relation)
