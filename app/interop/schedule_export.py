"""The schedule as a spreadsheet: ``executrek export schedule`` writes the activities of
one update (the current one unless ``--update N``), with its relationships as a second
table; ``executrek export delay_events`` the delay-event register.

The columns are ``app/columns`` fields — the schedule page's table and the schedule
report print the same ones (``ACTIVITY_FIELDS``, ``DELAY_FIELDS``); the writers are the
list export's, so cells, formats and atomic files are the same as every other list.
"""

from __future__ import annotations

from pathlib import Path

from executrek.app.columns import QT_TRANSLATE_NOOP, Field, Kind, attr_field
from executrek.app.i18n import translate
from executrek.app.interop.exchange_result import ExchangeResult
from executrek.app.list_export import Column, Table, check_format, write_tables
from executrek.models.records.schedule import queries
from executrek.models.records.schedule.queries import Activity, DelayRow
from executrek.models.store import Store

ACTIVITY_FIELDS: tuple[Field[Activity], ...] = (
    attr_field("code", QT_TRANSLATE_NOOP("Columns", "Activity"), weight=0.9),
    attr_field("name", QT_TRANSLATE_NOOP("Columns", "Name"), weight=3),
    Field("wbs", QT_TRANSLATE_NOOP("Columns", "WBS"), lambda a: a.wbs_path, weight=1.2),
    attr_field("wbs_name", QT_TRANSLATE_NOOP("Columns", "WBS name"), weight=1.5),
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
    attr_field("start", QT_TRANSLATE_NOOP("Columns", "Start"), Kind.DATE),
    attr_field("finish", QT_TRANSLATE_NOOP("Columns", "Finish"), Kind.DATE),
    attr_field("planned_start", QT_TRANSLATE_NOOP("Columns", "Planned start"), Kind.DATE),
    attr_field("planned_finish", QT_TRANSLATE_NOOP("Columns", "Planned finish"), Kind.DATE),
    attr_field("early_start", QT_TRANSLATE_NOOP("Columns", "Early start"), Kind.DATE),
    attr_field("early_finish", QT_TRANSLATE_NOOP("Columns", "Early finish"), Kind.DATE),
    attr_field("late_start", QT_TRANSLATE_NOOP("Columns", "Late start"), Kind.DATE),
    attr_field("late_finish", QT_TRANSLATE_NOOP("Columns", "Late finish"), Kind.DATE),
    attr_field("actual_start", QT_TRANSLATE_NOOP("Columns", "Actual start"), Kind.DATE),
    attr_field("actual_finish", QT_TRANSLATE_NOOP("Columns", "Actual finish"), Kind.DATE),
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
    attr_field("total_float", QT_TRANSLATE_NOOP("Columns", "Total float"), Kind.DECIMAL),
    attr_field("free_float", QT_TRANSLATE_NOOP("Columns", "Free float"), Kind.DECIMAL),
    attr_field("critical", QT_TRANSLATE_NOOP("Columns", "Critical"), Kind.YESNO),
    Field(
        "constraint",
        QT_TRANSLATE_NOOP("Columns", "Constraint"),
        lambda a: a.constraint_type,
        Kind.WORDS,
    ),
    attr_field("constraint_date", QT_TRANSLATE_NOOP("Columns", "Constraint date"), Kind.DATE),
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
    attr_field("number", QT_TRANSLATE_NOOP("Columns", "Number"), weight=0.8),
    attr_field("title", QT_TRANSLATE_NOOP("Columns", "Title"), weight=2.4),
    attr_field("status", QT_TRANSLATE_NOOP("Columns", "Status"), Kind.STATUS),
    attr_field("responsibility", QT_TRANSLATE_NOOP("Columns", "Responsibility"), Kind.WORDS),
    Field("start", QT_TRANSLATE_NOOP("Columns", "Start"), lambda r: r.start_date, Kind.DATE),
    Field("end", QT_TRANSLATE_NOOP("Columns", "End"), lambda r: r.end_date, Kind.DATE),
    Field("activity", QT_TRANSLATE_NOOP("Columns", "Activity"), lambda r: r.activity_code),
    Field(
        "claimed", QT_TRANSLATE_NOOP("Columns", "Days claimed"), lambda r: r.days_claimed, Kind.INT
    ),
    Field(
        "granted", QT_TRANSLATE_NOOP("Columns", "Days granted"), lambda r: r.days_granted, Kind.INT
    ),
    attr_field("description", QT_TRANSLATE_NOOP("Columns", "Description"), weight=3),
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
        return [Table.of_fields(translate("ListExport", "Delay events"), "", DELAY_FIELDS, rows)]
    data = queries.update_data(store, project_id, update)
    title = translate("ListExport", "Activities {number}").format(number=data.update.number)
    return [Table.of_fields(title, "", ACTIVITY_FIELDS, data.activities), _link_table(data)]


def export_schedule(
    store: Store, project_id: str, kind: str, path: Path, fmt: str, update: int | None = None
) -> ExchangeResult:
    """Write ``schedule_tables`` to ``path`` as CSV (a file per table) or XLSX."""
    check_format(kind, fmt)
    return write_tables(kind, schedule_tables(store, project_id, kind, update), path, fmt)
