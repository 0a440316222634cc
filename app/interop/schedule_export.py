"""The schedule as a spreadsheet: ``executrek export schedule`` writes the activities of
one update (the current one unless ``--update N``), with its relationships as a second
table; ``executrek export delay_events`` the delay-event register.

The columns are ``app/columns`` fields — the schedule page's table and the schedule
report print the same ones (``ACTIVITY_FIELDS``, ``DELAY_FIELDS``); the writers are the
list export's, so cells, formats and atomic files are the same as every other list.
"""

from __future__ import annotations

from pathlib import Path

from executrek.app.columns import QT_TRANSLATE_NOOP, Field, Kind
from executrek.app.i18n import translate
from executrek.app.interop.exchange_result import ExchangeResult
from executrek.app.list_export import Column, Table, check_format, write_tables
from executrek.models.records.schedule import queries
from executrek.models.records.schedule.queries import Activity, DelayRow
from executrek.models.store import Store

ACTIVITY_FIELDS: tuple[Field[Activity], ...] = (
    Field("code", QT_TRANSLATE_NOOP("Columns", "Activity"), lambda a: a.code, weight=0.9),
    Field("name", QT_TRANSLATE_NOOP("Columns", "Name"), lambda a: a.name, weight=3),
    Field("wbs", QT_TRANSLATE_NOOP("Columns", "WBS"), lambda a: a.wbs_path, weight=1.2),
    Field("wbs_name", QT_TRANSLATE_NOOP("Columns", "WBS name"), lambda a: a.wbs_name, weight=1.5),
    Field("kind", QT_TRANSLATE_NOOP("Columns", "Type"), lambda a: a.kind.value, Kind.WORDS),
    Field("status", QT_TRANSLATE_NOOP("Columns", "Status"), lambda a: a.status.value, Kind.STATUS),
    Field("calendar", QT_TRANSLATE_NOOP("Columns", "Calendar"), lambda a: a.calendar_code),
    Field(
        "original",
        QT_TRANSLATE_NOOP("Columns", "Original duration"),
        lambda a: a.original_duration,
        Kind.DECIMAL,
    ),
    Field(
        "remaining",
        QT_TRANSLATE_NOOP("Columns", "Remaining duration"),
        lambda a: a.remaining_duration,
        Kind.DECIMAL,
    ),
    Field("start", QT_TRANSLATE_NOOP("Columns", "Start"), lambda a: a.start, Kind.DATE),
    Field("finish", QT_TRANSLATE_NOOP("Columns", "Finish"), lambda a: a.finish, Kind.DATE),
    Field(
        "planned_start",
        QT_TRANSLATE_NOOP("Columns", "Planned start"),
        lambda a: a.planned_start,
        Kind.DATE,
    ),
    Field(
        "planned_finish",
        QT_TRANSLATE_NOOP("Columns", "Planned finish"),
        lambda a: a.planned_finish,
        Kind.DATE,
    ),
    Field(
        "early_start",
        QT_TRANSLATE_NOOP("Columns", "Early start"),
        lambda a: a.early_start,
        Kind.DATE,
    ),
    Field(
        "early_finish",
        QT_TRANSLATE_NOOP("Columns", "Early finish"),
        lambda a: a.early_finish,
        Kind.DATE,
    ),
    Field(
        "late_start", QT_TRANSLATE_NOOP("Columns", "Late start"), lambda a: a.late_start, Kind.DATE
    ),
    Field(
        "late_finish",
        QT_TRANSLATE_NOOP("Columns", "Late finish"),
        lambda a: a.late_finish,
        Kind.DATE,
    ),
    Field(
        "actual_start",
        QT_TRANSLATE_NOOP("Columns", "Actual start"),
        lambda a: a.actual_start,
        Kind.DATE,
    ),
    Field(
        "actual_finish",
        QT_TRANSLATE_NOOP("Columns", "Actual finish"),
        lambda a: a.actual_finish,
        Kind.DATE,
    ),
    Field(
        "pct",
        QT_TRANSLATE_NOOP("Columns", "% complete"),
        lambda a: a.pct_duration,
        Kind.PERCENT,
        places=1,
    ),
    Field(
        "physical",
        QT_TRANSLATE_NOOP("Columns", "% physical"),
        lambda a: a.pct_physical,
        Kind.PERCENT,
        places=1,
    ),
    Field(
        "total_float",
        QT_TRANSLATE_NOOP("Columns", "Total float"),
        lambda a: a.total_float,
        Kind.DECIMAL,
    ),
    Field(
        "free_float",
        QT_TRANSLATE_NOOP("Columns", "Free float"),
        lambda a: a.free_float,
        Kind.DECIMAL,
    ),
    Field("critical", QT_TRANSLATE_NOOP("Columns", "Critical"), lambda a: a.critical, Kind.YESNO),
    Field(
        "constraint",
        QT_TRANSLATE_NOOP("Columns", "Constraint"),
        lambda a: a.constraint_type,
        Kind.WORDS,
    ),
    Field(
        "constraint_date",
        QT_TRANSLATE_NOOP("Columns", "Constraint date"),
        lambda a: a.constraint_date,
        Kind.DATE,
    ),
    Field(
        "resources", QT_TRANSLATE_NOOP("Columns", "Resources"), lambda a: a.resource_count, Kind.INT
    ),
    Field(
        "codes",
        QT_TRANSLATE_NOOP("Columns", "Codes"),
        lambda a: "; ".join(f"{k}={v}" for k, v in sorted(a.codes.items())) or None,
        weight=2,
    ),
)
DELAY_FIELDS: tuple[Field[DelayRow], ...] = (
    Field("number", QT_TRANSLATE_NOOP("Columns", "Number"), lambda r: r.number, weight=0.8),
    Field("title", QT_TRANSLATE_NOOP("Columns", "Title"), lambda r: r.title, weight=2.4),
    Field("status", QT_TRANSLATE_NOOP("Columns", "Status"), lambda r: r.status, Kind.STATUS),
    Field(
        "responsibility",
        QT_TRANSLATE_NOOP("Columns", "Responsibility"),
        lambda r: r.responsibility,
        Kind.WORDS,
    ),
    Field("start", QT_TRANSLATE_NOOP("Columns", "Start"), lambda r: r.start_date, Kind.DATE),
    Field("end", QT_TRANSLATE_NOOP("Columns", "End"), lambda r: r.end_date, Kind.DATE),
    Field("activity", QT_TRANSLATE_NOOP("Columns", "Activity"), lambda r: r.activity_code),
    Field(
        "claimed", QT_TRANSLATE_NOOP("Columns", "Days claimed"), lambda r: r.days_claimed, Kind.INT
    ),
    Field(
        "granted", QT_TRANSLATE_NOOP("Columns", "Days granted"), lambda r: r.days_granted, Kind.INT
    ),
    Field(
        "description",
        QT_TRANSLATE_NOOP("Columns", "Description"),
        lambda r: r.description,
        weight=3,
    ),
    Field(
        "decision", QT_TRANSLATE_NOOP("Columns", "Decision"), lambda r: r.decision_note, weight=2
    ),
)


def _link_table(data: queries.UpdateData) -> Table:
    by_id = data.by_id()
    rows = [
        (by_id[x.predecessor_id].code, by_id[x.successor_id].code, x.kind, x.lag_days)
        for x in data.links
    ]
    rows.sort()
    return Table(
        translate("ListExport", "Relationships"),
        "-links",
        (
            Column(translate("Columns", "Predecessor"), "text", lambda r: r[0]),
            Column(translate("Columns", "Successor"), "text", lambda r: r[1]),
            Column(translate("Columns", "Type"), "text", lambda r: r[2]),
            Column(translate("Columns", "Lag"), "decimal", lambda r: r[3]),
        ),
        rows,
    )


def schedule_tables(
    store: Store, project_id: str, kind: str, update: int | None = None
) -> list[Table]:
    """The tables of ``kind``: ``schedule`` (update ``SU-<update>``'s activities and its
    relationships; the current update when None) or ``delay_events``."""
    if kind == "delay_events":
        rows = queries.delay_events(store, project_id)
        columns = tuple(Column.from_field(f) for f in DELAY_FIELDS)
        return [Table(translate("ListExport", "Delay events"), "", columns, rows)]
    data = queries.update_data(store, project_id, update)
    columns = tuple(Column.from_field(f) for f in ACTIVITY_FIELDS)
    title = translate("ListExport", "Activities {number}").format(number=data.update.number)
    return [Table(title, "", columns, data.activities), _link_table(data)]


def export_schedule(
    store: Store, project_id: str, kind: str, path: Path, fmt: str, update: int | None = None
) -> ExchangeResult:
    """Write ``schedule_tables`` to ``path`` as CSV (a file per table) or XLSX."""
    check_format(kind, fmt)
    return write_tables(kind, schedule_tables(store, project_id, kind, update), path, fmt)
