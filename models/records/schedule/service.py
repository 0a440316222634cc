"""Writes of the schedule besides the import: the owner's review of an update, delay
events and their extensions of time, and field evidence linked to an activity.

An update's content never changes after its import (``importer``); the review writes
only its status and note, once (submitted → accepted or rejected).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select

from executrek.models import validation, workflow
from executrek.models.common import RecordLink
from executrek.models.errors import QT_TRANSLATE_NOOP, ValidationError
from executrek.models.records.schedule.delay import DELAY_KIND, DelayEvent
from executrek.models.records.schedule.model import KIND, ScheduleActivity, ScheduleUpdate
from executrek.models.records.schedule.vocab import (
    DelayResponsibility,
    DelayStatus,
    UpdateStatus,
)
from executrek.models.services import records
from executrek.models.services.common import (
    Done,
    Editable,
    add_numbered_to_project,
    edit_fields,
    load,
)
from executrek.models.store import Store

ACTIVITY = "schedule_activity"  # the record type of an activity in record_links
MAX_DAYS = 3650


def review_update(
    store: Store, update_id: str, status: UpdateStatus | str, note: str | None = None
) -> Done[ScheduleUpdate]:
    """Accept or reject a submitted update, with the reviewer's note."""
    target = validation.choice("status", UpdateStatus, status)
    text = validation.text("review_note", note, max_len=20000, required=False)
    with store.transaction() as (s, changes):
        update = load(s, ScheduleUpdate, update_id, "Schedule update")
        workflow.check(KIND.transitions, KIND.number_of(update), update.status, target)
        update.status = target
        update.review_note = text
    return Done(update, changes)


def _days(field: str, value: object) -> int:
    return validation.int_range(field, value, 0, MAX_DAYS)


def create_delay_event(
    store: Store,
    project_id: str,
    *,
    title: str,
    start_date: dt.date,
    end_date: dt.date | None = None,
    responsibility: DelayResponsibility | str = DelayResponsibility.UNDETERMINED,
    description: str | None = None,
    activity_code: str | None = None,
) -> Done[DelayEvent]:
    """Put a delay event on record (notified; no time asked for yet)."""
    if end_date is not None and end_date < start_date:
        raise ValidationError(
            "end_date", QT_TRANSLATE_NOOP("Errors", "{field} is before the start date.")
        )
    values = {
        "title": validation.required_text("title", title, max_len=300),
        "description": validation.text("description", description, max_len=20000, required=False),
        "responsibility": validation.choice("responsibility", DelayResponsibility, responsibility),
        "activity_code": validation.text(
            "activity_code", activity_code, max_len=60, required=False
        ),
    }
    return add_numbered_to_project(
        store,
        DelayEvent,
        project_id,
        DELAY_KIND.prefix(),
        start_date=start_date,
        end_date=end_date,
        status=DelayStatus.NOTIFIED,
        **values,
    )


def change_delay_status(
    store: Store,
    event_id: str,
    target: DelayStatus | str,
    *,
    days: int | None = None,
    note: str | None = None,
) -> Done[DelayEvent]:
    """Move a delay event on: ``claimed`` with the days asked for, ``granted`` with the
    days granted (at most those claimed; the claim when ``days`` is None), ``rejected``
    or ``withdrawn`` with a note."""
    status = validation.choice("status", DelayStatus, target)
    text = validation.text("decision_note", note, max_len=20000, required=False)
    with store.transaction() as (s, changes):
        event = load(s, DelayEvent, event_id, "Delay event")
        workflow.check(DELAY_KIND.transitions, DELAY_KIND.number_of(event), event.status, status)
        if status is DelayStatus.CLAIMED:
            if days is None:
                raise ValidationError(
                    "days_claimed",
                    QT_TRANSLATE_NOOP("Errors", "{field} is required to claim time."),
                )
            event.days_claimed = _days("days_claimed", days)
        elif status is DelayStatus.GRANTED:
            granted = event.days_claimed if days is None else _days("days_granted", days)
            if granted > event.days_claimed:
                raise ValidationError(
                    "days_granted",
                    QT_TRANSLATE_NOOP(
                        "Errors", "{field} ({days}) is more than the {claimed} days claimed."
                    ),
                    days=granted,
                    claimed=event.days_claimed,
                )
            event.days_granted = granted
        if text is not None:
            event.decision_note = text
        event.status = status
    return Done(event, changes)


DELAY_EDITABLE: Editable = {
    "title": lambda v: validation.required_text("title", v, max_len=300),
    "description": lambda v: validation.text("description", v, max_len=20000, required=False),
    "responsibility": lambda v: validation.choice("responsibility", DelayResponsibility, v),
    "start_date": None,
    "end_date": None,
    "activity_code": lambda v: validation.text("activity_code", v, max_len=60, required=False),
}


def update_delay_event(store: Store, event_id: str, **fields: Any) -> Done[DelayEvent]:
    """Edit what a delay event says (not its days: those move with its status)."""
    return edit_fields(
        store, DelayEvent, event_id, "Delay event", fields, DELAY_EDITABLE, after=_dates_hold
    )


def _dates_hold(event: DelayEvent) -> None:
    if event.end_date is not None and event.end_date < event.start_date:
        raise ValidationError(
            "end_date", QT_TRANSLATE_NOOP("Errors", "{field} is before the start date.")
        )


def link_evidence(
    store: Store,
    activity_id: str,
    record_type: str,
    record_id: str,
    relation: str = "evidence",
) -> Done[RecordLink]:
    """Link a record (punch item, issue, diary entry, delay event, photo…) to an activity
    as field evidence. The link is kept by the activity's code: it shows on the same
    activity in every later update."""
    with store.read() as s:
        activity = load(s, ScheduleActivity, activity_id, "Activity")
        project_id = activity.project_id
    return records.link(store, project_id, record_type, record_id, ACTIVITY, activity_id, relation)


def activity_ids_of(store: Store, project_id: str, code: str) -> list[str]:
    """Every row of activity ``code`` in the project's updates (links attach to one)."""
    with store.read() as s:
        return list(
            s.scalars(
                select(ScheduleActivity.id).where(
                    ScheduleActivity.project_id == project_id, ScheduleActivity.code == code
                )
            )
        )
