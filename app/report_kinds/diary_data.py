"""The data of the site diary reports, read through the diary's queries.

Frozen dataclasses of plain values (text, dates, Decimals, photo references), so an
issued report's snapshot rebuilds the same PDF (``codec``): the daily field report of
one diary day (``DayRecord``), the summary of a period (``PeriodSummary``) and the
status report's "Site activity this period" (``SiteActivity``). Stored values (causes,
weather) stay as stored; the story puts them into words.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from executrek.models.errors import ValidationError
from executrek.models.kinds import BY_KEY
from executrek.models.records.diary import period as dp
from executrek.models.records.diary import queries as dq
from executrek.models.records.diary.entries import ENTRY_KINDS
from executrek.models.services.record_reads import PhotoRef, photos_in
from executrek.models.store import Store

Pair = tuple[str, str]  # (record type, record id)


# --- lines -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ManpowerLine:
    contractor: str
    trade: str
    headcount: int
    hours: Decimal | None


@dataclass(frozen=True)
class EquipmentLine:
    item: str
    count: int
    state: str
    contractor: str


@dataclass(frozen=True)
class DeliveryLine:
    description: str
    supplier: str
    received_by: str
    photos: tuple[PhotoRef, ...]  # the delivery note


@dataclass(frozen=True)
class VisitorLine:
    name: str
    organisation: str
    purpose: str
    time_in: str
    time_out: str


@dataclass(frozen=True)
class WorkLine:
    location: str
    contractor: str
    description: str
    activity: str
    photos: tuple[PhotoRef, ...]


@dataclass(frozen=True)
class DelayLine:
    day: dt.date
    day_number: str
    cause: str
    responsible: str
    start_time: str
    end_time: str
    hours: Decimal
    description: str
    locations: str
    contractors: str
    linked: str  # numbers of the linked issues, RFIs and change orders


@dataclass(frozen=True)
class InstructionLine:
    direction: str
    from_name: str
    to_name: str
    body: str


@dataclass(frozen=True)
class SafetyLine:
    description: str
    issue: str  # the SAF issue's number, "" for none


@dataclass(frozen=True)
class AddendumLine:
    author: str
    written_at: dt.datetime
    reason: str
    body: str


SignatureLine = dq.SignatureView  # who signed the day (or a payment certificate), and the strokes


@dataclass(frozen=True)
class DayRecord:
    """One diary day whole, as the daily field report prints it: the day's own fields
    (``view``: date, author, weather, notes…) and its entries."""

    view: dq.DayView
    manpower: tuple[ManpowerLine, ...]
    equipment: tuple[EquipmentLine, ...]
    deliveries: tuple[DeliveryLine, ...]
    visitors: tuple[VisitorLine, ...]
    work: tuple[WorkLine, ...]
    delays: tuple[DelayLine, ...]
    instructions: tuple[InstructionLine, ...]
    safety: tuple[SafetyLine, ...]
    photos: tuple[PhotoRef, ...]  # of the day and of entries not printed inline
    signature: SignatureLine | None
    addenda: tuple[AddendumLine, ...]

    @staticmethod
    def from_older_snapshot(data: dict[str, Any]) -> dict[str, Any]:
        """Reports issued before the day's own fields moved into ``view`` stored them flat
        (without the ids and the previous hash, which the report never printed)."""
        if "view" in data:
            return data
        view_fields = [f.name for f in fields(dq.DayView)]
        view = {name: data.get(name) for name in view_fields}
        view.update(id="", project_id="")
        rest = {k: v for k, v in data.items() if k not in view_fields}
        return {**rest, "view": view}

    @property
    def headcount(self) -> int:
        return sum(m.headcount for m in self.manpower)

    @property
    def hours(self) -> Decimal:
        return sum((m.hours or Decimal(0) for m in self.manpower), Decimal(0))


# --- a period ----------------------------------------------------------------------------


@dataclass(frozen=True)
class DayLine:
    day: dt.date
    number: str
    author: str
    status: str
    headcount: int
    weather_am: str | None
    weather_pm: str | None
    stopped_hours: Decimal
    delays: int


@dataclass(frozen=True)
class ContractorDay:
    day: dt.date
    contractor: str
    headcount: int
    hours: Decimal


@dataclass(frozen=True)
class WeatherLine:
    day: dt.date
    hours: Decimal
    weather_am: str | None
    weather_pm: str | None
    precipitation_mm: Decimal | None


@dataclass(frozen=True)
class DelayTotal:
    key: str  # a cause or a responsible party
    days: int
    hours: Decimal


@dataclass(frozen=True)
class DayPhoto:
    day: dt.date
    number: str
    photo: PhotoRef


@dataclass(frozen=True)
class PeriodSummary:
    days: tuple[DayLine, ...]
    manpower: tuple[ContractorDay, ...]
    weather: tuple[WeatherLine, ...]
    delays: tuple[DelayLine, ...]
    by_cause: tuple[DelayTotal, ...]
    by_responsible: tuple[DelayTotal, ...]
    delay_days: int
    delay_hours: Decimal
    photos: tuple[DayPhoto, ...]


@dataclass(frozen=True)
class SiteActivity:
    """The status report's "Site activity this period", from the diaries."""

    days_recorded: int  # dates with at least one diary day
    person_days: int
    peak_headcount: int
    peak_day: dt.date | None
    weather_days_lost: int
    weather_hours_lost: Decimal
    by_cause: tuple[DelayTotal, ...]

    @property
    def average_headcount(self) -> Decimal:
        if not self.days_recorded:
            return Decimal(0)
        return (Decimal(self.person_days) / self.days_recorded).quantize(Decimal("0.1"))


# --- reads -------------------------------------------------------------------------------


def record_labels(store: Store, pairs: Iterable[Pair], *, titles: bool = False) -> dict[Pair, str]:
    """How a person knows each linked record: its number (``RFI-004``), with its title
    when ``titles``; the id when the record is gone."""
    out: dict[Pair, str] = {}
    with store.read() as s:
        for record_type, record_id in set(pairs):
            kind = BY_KEY.get(record_type)
            row = s.get(kind.model, record_id) if kind is not None else None
            if kind is None or row is None:
                out[(record_type, record_id)] = record_id
            else:
                out[(record_type, record_id)] = kind.label(row) if titles else kind.number_of(row)
    return out


def report_photos(store: Store, targets: Sequence[Pair]) -> dict[str, tuple[PhotoRef, ...]]:
    """The photos (with their markup) of each record of ``targets``, by record id."""
    by_type: dict[str, list[str]] = defaultdict(list)
    for record_type, record_id in targets:
        by_type[record_type].append(record_id)
    out: dict[str, tuple[PhotoRef, ...]] = {}
    with store.read() as s:
        for record_type, ids in by_type.items():
            for record_id, refs in photos_in(s, record_type, ids).items():
                out[record_id] = tuple(refs)
    return out


def _targets(detail: dq.DayDetail) -> list[Pair]:
    out: list[Pair] = [("diary_day", detail.day.id)]
    for kind, entries in detail.entries.items():
        out += [(ENTRY_KINDS[kind].part, e.id) for e in entries]
    return out


def _text(entry: dq.Entry, name: str) -> str:
    """A field's words: the name an id stands for, else the value, else ""."""
    value = entry.names.get(name) or entry.values.get(name)
    return "" if value is None else str(value)


def _delay_links(detail: dq.DayDetail, labels: dict[Pair, str]) -> dict[str, str]:
    linked: dict[str, list[str]] = defaultdict(list)
    for link in detail.links:
        if link.from_type == "diary_delay":
            linked[link.from_id].append(labels.get((link.other_type, link.other_id), ""))
    return {k: ", ".join(sorted(v)) for k, v in linked.items()}


def find_day_id(store: Store, project_id: str, day: dt.date | None) -> str:
    """The diary day a daily report prints: the one of ``day`` (the user's, else
    anyone's), or the latest day of the project; ``ValidationError`` when there is none."""
    if day is None:
        days = dq.calendar(store, project_id)
        if not days:
            raise ValidationError("date", "This project has no diary day yet.")
        return days[-1].day_id
    found = dq.find_day(store, project_id, day)
    if found is None:
        raise ValidationError(
            "date", "There is no site diary for {day} in this project.", day=day.isoformat()
        )
    return found


def day_record(store: Store, day_id: str) -> DayRecord:
    """Everything the daily field report of one diary day prints."""
    detail = dq.day_detail(store, day_id)
    if detail is None:
        raise ValidationError("date", "That diary day no longer exists.")
    d, e = detail.day, detail.entries
    photos = report_photos(store, _targets(detail))
    labels = record_labels(
        store,
        [(x.other_type, x.other_id) for x in detail.links if x.from_type == "diary_delay"]
        + [("issue", s["issue_id"]) for s in e["safety"] if s["issue_id"]],
    )
    links = _delay_links(detail, labels)
    inline = {x.id for x in (*e["delivery"], *e["work"])}
    loose = tuple(
        p
        for target in _targets(detail)
        if target[1] not in inline
        for p in photos.get(target[1], ())
    )
    return DayRecord(
        view=d,
        manpower=tuple(
            ManpowerLine(_text(m, "organisation_id"), _text(m, "trade"), m["headcount"], m["hours"])
            for m in sorted(e["manpower"], key=lambda m: (_text(m, "organisation_id"), m.id))
        ),
        equipment=tuple(
            EquipmentLine(x["item"], x["count"], x["state"], _text(x, "organisation_id"))
            for x in e["equipment"]
        ),
        deliveries=tuple(
            DeliveryLine(
                x["description"],
                _text(x, "supplier"),
                _text(x, "received_by"),
                photos.get(x.id, ()),
            )
            for x in e["delivery"]
        ),
        visitors=tuple(
            VisitorLine(
                _text(x, "name"),
                _text(x, "organisation"),
                _text(x, "purpose"),
                _text(x, "time_in"),
                _text(x, "time_out"),
            )
            for x in e["visitor"]
        ),
        work=tuple(
            WorkLine(
                _text(x, "location_id"),
                _text(x, "organisation_id"),
                x["description"],
                _text(x, "activity_ref"),
                photos.get(x.id, ()),
            )
            for x in e["work"]
        ),
        delays=tuple(
            DelayLine(
                d.day,
                d.number,
                x["cause"],
                x["responsible"],
                _text(x, "start_time"),
                _text(x, "end_time"),
                dq.delay_hours(x["start_time"], x["end_time"]),
                x["description"],
                _text(x, "location_ids"),
                _text(x, "organisation_ids"),
                links.get(x.id, ""),
            )
            for x in e["delay"]
        ),
        instructions=tuple(
            InstructionLine(x["direction"], x["from_name"], x["to_name"], x["body"])
            for x in e["instruction"]
        ),
        safety=tuple(
            SafetyLine(x["description"], labels.get(("issue", x["issue_id"]), ""))
            for x in e["safety"]
        ),
        photos=loose,
        signature=detail.signature,
        addenda=tuple(
            AddendumLine(a.author or "", a.written_at, a.reason, a.body) for a in detail.addenda
        ),
    )


def delay_lines(store: Store, register: dp.DelayRegister) -> tuple[DelayLine, ...]:
    labels = record_labels(store, [p for row in register.rows for p in row.linked])
    return tuple(
        DelayLine(
            r.day,
            r.day_number,
            r.cause,
            r.responsible,
            r.start_time or "",
            r.end_time or "",
            r.hours,
            r.description,
            r.locations,
            r.contractors,
            ", ".join(sorted(labels[p] for p in r.linked)),
        )
        for r in register.rows
    )


def _totals(found: dict[str, dp.Totals]) -> tuple[DelayTotal, ...]:
    return tuple(DelayTotal(k, t.days, t.hours) for k, t in found.items())


def period_summary(store: Store, project_id: str, start: dt.date, end: dt.date) -> PeriodSummary:
    """The weekly or monthly summary of the diaries of ``start``..``end``."""
    days = dq.calendar(store, project_id, start, end)
    register = dp.delay_register(store, project_id, start, end)
    delays_per_day: dict[str, int] = defaultdict(int)
    for row in register.rows:
        delays_per_day[row.day_id] += 1
    details = [dq.day_detail(store, c.day_id) for c in days]
    found = [x for x in details if x is not None]
    photos = report_photos(store, [t for x in found for t in _targets(x)])
    return PeriodSummary(
        days=tuple(
            DayLine(
                x.day.day,
                x.day.number,
                x.day.author or "",
                x.day.status,
                x.headcount,
                x.day.weather_am,
                x.day.weather_pm,
                x.day.weather_stopped_hours,
                delays_per_day[x.day.id],
            )
            for x in found
        ),
        manpower=tuple(
            ContractorDay(m.day, m.contractor, m.headcount, m.hours)
            for m in dp.manpower_totals(store, project_id, start, end)
        ),
        weather=tuple(
            WeatherLine(w.day, w.hours, w.weather_am, w.weather_pm, w.precipitation_mm)
            for w in dp.weather_days_lost(store, project_id, start, end).days
        ),
        delays=delay_lines(store, register),
        by_cause=_totals(register.by_cause),
        by_responsible=_totals(register.by_responsible),
        delay_days=register.total.days,
        delay_hours=register.total.hours,
        photos=tuple(
            DayPhoto(x.day.day, x.day.number, p)
            for x in found
            for t in _targets(x)
            for p in photos.get(t[1], ())
        ),
    )


def site_activity(store: Store, project_id: str, start: dt.date, end: dt.date) -> SiteActivity:
    """Days recorded, headcount (average and peak), weather days lost and delays by cause
    over a period: the status report's site activity."""
    recorded = {c.day for c in dq.calendar(store, project_id, start, end)}
    per_day: dict[dt.date, int] = defaultdict(int)
    for m in dp.manpower_totals(store, project_id, start, end):
        per_day[m.day] += m.headcount
    peak_day = max(per_day, key=lambda k: (per_day[k], k)) if per_day else None
    lost = dp.weather_days_lost(store, project_id, start, end)
    register = dp.delay_register(store, project_id, start, end)
    return SiteActivity(
        days_recorded=len(recorded),
        person_days=sum(per_day.values()),
        peak_headcount=per_day[peak_day] if peak_day is not None else 0,
        peak_day=peak_day,
        weather_days_lost=lost.count,
        weather_hours_lost=lost.hours,
        by_cause=_totals(register.by_cause),
    )


@dataclass(frozen=True)
class LinkChoice:
    """A record a delay can be linked to (an issue, RFI or change order), for a pick list."""

    record_type: str
    record_id: str
    label: str  # "RFI-004 · Door schedule"
    variant: str  # the issue type ("rfi", "safety"…), "" for change orders


def link_choices(store: Store, project_id: str) -> tuple[LinkChoice, ...]:
    """The project's live issues (RFIs and safety issues among them) and change orders."""
    out: list[LinkChoice] = []
    with store.read() as s:
        for key in ("issue", "change_order"):
            kind = BY_KEY[key]
            model: Any = kind.model
            for row in s.scalars(
                select(model).where(model.project_id == project_id, model.deleted_at.is_(None))
            ):
                variant = str(getattr(row, "issue_type", "") or "")
                out.append(LinkChoice(key, row.id, kind.label(row), variant))
    return tuple(sorted(out, key=lambda c: c.label))
