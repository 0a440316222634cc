"""One programme file in, one schedule update out — in one transaction.

``import_programme`` checks the programme (``programme.check``), decides its data date
and whether it is the baseline, and writes the update (through the ORM: its number,
search index and outbox entry as for every record), then its calendars, activities and
links with ``BulkInsert``. Any refusal, or any failure half-way, leaves the store as it
was: nothing is ever half-imported.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from executrek.models.errors import QT_TRANSLATE_NOOP
from executrek.models.project import Project
from executrek.models.records.schedule.bulk import BulkInsert
from executrek.models.records.schedule.model import (
    KIND,
    ScheduleActivity,
    ScheduleCalendar,
    ScheduleLink,
    ScheduleUpdate,
    UpdateStatus,
)
from executrek.models.records.schedule.programme import (
    EARLIEST,
    LATEST,
    Programme,
    ProgrammeRefused,
    check,
)
from executrek.models.services.common import Done, add_numbered, load
from executrek.models.store import Store

CHUNK = 5000


@dataclass(frozen=True)
class ImportedUpdate:
    """What an import made: the update and its counts (the CLI prints these)."""

    id: str
    number: str
    data_date: dt.date
    is_baseline: bool
    activities: int
    links: int
    milestones: int
    calendars: int
    warnings: tuple[str, ...] = ()
    other_project_links: int = 0  # relationships to another project of the file, left out


def import_programme(
    store: Store,
    project_id: str,
    programme: Programme,
    *,
    source_name: str,
    source_sha256: str,
    as_baseline: bool = False,
    data_date: dt.date | None = None,
    title: str | None = None,
) -> Done[ImportedUpdate]:
    """Keep ``programme`` as a new update of the project. ``data_date`` overrides the
    file's; the first update of a project, or one imported ``as_baseline``, is the
    baseline. The same file (by SHA-256) is refused a second time — the same project of
    it, for an XER of several projects."""
    check(programme)
    when = data_date or programme.data_date
    if when is None:
        raise ProgrammeRefused(
            QT_TRANSLATE_NOOP("Errors", "The file states no data date: give one with --data-date.")
        )
    if not EARLIEST <= when <= LATEST:
        raise ProgrammeRefused(
            QT_TRANSLATE_NOOP("Errors", "The data date {date} is not a real date."),
            date=when.isoformat(),
        )
    start, finish = programme.span()
    with store.transaction() as (s, changes):
        load(s, Project, project_id, "Project")
        alive = (ScheduleUpdate.project_id == project_id, ScheduleUpdate.deleted_at.is_(None))
        source_project = programme.project_name[:300] if programme.project_name else None
        same = s.scalar(
            select(ScheduleUpdate).where(
                *alive,
                ScheduleUpdate.source_sha256 == source_sha256,
                ScheduleUpdate.source_project.is_not_distinct_from(source_project),
            )
        )
        if same is not None:
            raise ProgrammeRefused(
                QT_TRANSLATE_NOOP(
                    "Errors", "This file was imported already, as {number} (data date {date})."
                ),
                number=KIND.number_of(same),
                date=same.data_date.isoformat(),
            )
        first = s.scalar(select(ScheduleUpdate.id).where(*alive).limit(1)) is None
        update = add_numbered(
            s,
            ScheduleUpdate,
            project_id,
            KIND.prefix(),
            title=(title or programme.project_name or source_name)[:300],
            data_date=when,
            is_baseline=as_baseline or first,
            source_format=programme.format,
            source_name=source_name[:300],
            source_sha256=source_sha256,
            source_project=source_project,
            start_date=start,
            finish_date=finish,
            activity_count=len(programme.activities),
            link_count=len(programme.links),
            milestone_count=programme.milestone_count,
            status=UpdateStatus.SUBMITTED,
        )
        s.flush()
        _write_content(s, store, project_id, update.id, programme)
        result = ImportedUpdate(
            id=update.id,
            number=KIND.number_of(update),
            data_date=when,
            is_baseline=update.is_baseline,
            activities=len(programme.activities),
            links=len(programme.links),
            milestones=programme.milestone_count,
            calendars=len(programme.calendars),
            warnings=tuple(programme.warnings),
            other_project_links=programme.other_project_links,
        )
        for table in ("schedule_calendars", "schedule_activities", "schedule_links"):
            changes.note("created", table, "*", project_id)
    return Done(result, changes)


def _write_content(s: Session, store: Store, project_id: str, update_id: str, p: Programme) -> None:
    """The calendars, activities and links of the update, with executemany."""
    raw = s.connection().connection.driver_connection
    assert raw is not None
    actor = store.actor.user_id

    def writer(cls: type[ScheduleCalendar | ScheduleActivity | ScheduleLink]) -> BulkInsert:
        table = cls.__table__
        assert isinstance(table, Table)
        return BulkInsert(raw, table, project_id, actor, store.clock)

    cals = writer(ScheduleCalendar)
    for c in p.calendars:
        cals.add(
            {
                "update_id": update_id,
                "code": c.code[:60],
                "name": c.name[:300],
                "hours_per_day": c.hours_per_day,
                "work_week": c.work_week,
                "holidays": [d.isoformat() for d in c.holidays],
            }
        )
    cals.flush()
    acts = writer(ScheduleActivity)
    ids: dict[str, str] = {}
    for a in p.activities:
        ids[a.source_id] = acts.add(
            {
                "update_id": update_id,
                "code": a.code[:60],
                "name": a.name[:500],
                "wbs_path": a.wbs_path[:1000] if a.wbs_path else None,
                "wbs_name": a.wbs_name[:300] if a.wbs_name else None,
                "kind": a.kind,
                "status": a.status,
                "calendar_code": a.calendar_code[:60] if a.calendar_code else None,
                "original_duration": a.original_duration,
                "remaining_duration": a.remaining_duration,
                "start": a.start,
                "finish": a.finish,
                "planned_start": a.planned_start,
                "planned_finish": a.planned_finish,
                "early_start": a.early_start,
                "early_finish": a.early_finish,
                "late_start": a.late_start,
                "late_finish": a.late_finish,
                "actual_start": a.actual_start,
                "actual_finish": a.actual_finish,
                "pct_duration": a.pct_duration,
                "pct_physical": a.pct_physical,
                "total_float": a.total_float,
                "free_float": a.free_float,
                "critical": a.critical,
                "constraint_type": a.constraint_type,
                "constraint_date": a.constraint_date,
                "resource_count": a.resource_count,
                "codes": a.codes,
            }
        )
        if len(acts.rows) >= CHUNK:
            acts.flush()
    acts.flush()
    links = writer(ScheduleLink)
    for link in p.links:
        links.add(
            {
                "update_id": update_id,
                "predecessor_id": ids[link.predecessor],
                "successor_id": ids[link.successor],
                "kind": link.kind,
                "lag_days": link.lag_days,
            }
        )
        if len(links.rows) >= CHUNK:
            links.flush()
    links.flush()
