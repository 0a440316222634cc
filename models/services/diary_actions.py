"""Quick actions from a diary day: raise a punch item, an issue or a change event with the
day's context prefilled, linked to the day.

They span kinds (the diary and the kind raised), so they live here rather than in a
room (rooms do not import each other). The day itself never changes — except that a
safety entry of an open day named as ``source`` gets the ``SAF`` issue raised from it —
so they work on closed days too.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from executrek.models.directory import User
from executrek.models.errors import QT_TRANSLATE_NOOP, ValidationError
from executrek.models.records.change_order import service as change_orders
from executrek.models.records.change_order.model import ChangeOrder, COReason
from executrek.models.records.diary.entries import DiarySafety
from executrek.models.records.diary.model import KIND, DiaryDay, DiaryStatus
from executrek.models.records.diary.service import entry_kind
from executrek.models.records.issue.model import ContractorIssue, IssueType
from executrek.models.records.issue.service import NewIssue, add_issue
from executrek.models.records.punch.model import PunchItem
from executrek.models.records.punch.service import NewPunchItem, add_punch_item
from executrek.models.services import records
from executrek.models.services.common import Done, load
from executrek.models.store import Store

RELATION = "raised from"
Source = tuple[str, str]  # (entry kind, entry id): the line the item is raised from


def _context(s: Session, day: DiaryDay, source: Source | None) -> str:
    author = s.get(User, day.author_id) if day.author_id else None
    who = f" ({author.display_name})" if author is not None else ""
    text = f"From site diary {KIND.number_of(day)}, {day.day.isoformat()}{who}."
    if source is not None:
        kind = entry_kind(source[0])
        row = load(s, kind.model, source[1], "Diary entry")
        if row.day_id != day.id:
            raise ValidationError(
                "source",
                QT_TRANSLATE_NOOP("Errors", "{field} is a line of another diary day."),
            )
        said = getattr(row, "description", None) or getattr(row, "body", None)
        if said:
            text += f"\n{said}"
    return text


def context_text(store: Store, day_id: str, source: Source | None = None) -> str:
    """The text a quick action prefills: which diary day (and line) it comes from."""
    with store.read() as s:
        return _context(s, load(s, DiaryDay, day_id, "Diary day"), source)


def _description(context: str, description: str | None) -> str:
    return f"{description}\n\n{context}" if description else context


R = TypeVar("R", PunchItem, ContractorIssue)


def _raise(
    store: Store,
    day_id: str,
    record_type: str,
    source: Source | None,
    description: str | None,
    make: Callable[[Session, DiaryDay, str], R],
) -> Done[R]:
    """One unit of work: ``make`` the record with the prefilled description, link it to
    the day."""
    with store.transaction() as (s, changes):
        day = load(s, DiaryDay, day_id, "Diary day")
        made = make(s, day, _description(_context(s, day, source), description))
        s.add(
            records.new_link(day.project_id, (record_type, made.id), (KIND.key, day.id), RELATION)
        )
    return Done(made, changes)


def raise_punch_item(
    store: Store,
    day_id: str,
    *,
    title: str,
    description: str | None = None,
    location_id: str | None = None,
    contractor_id: str | None = None,
    source: Source | None = None,
) -> Done[PunchItem]:
    """An open punch item with the day's context, linked to the day (one unit of work)."""

    def make(s: Session, day: DiaryDay, text: str) -> PunchItem:
        new = NewPunchItem(
            title=title, description=text, location_id=location_id, contractor_id=contractor_id
        )
        return add_punch_item(s, day.project_id, new)

    return _raise(store, day_id, "punch_item", source, description, make)


def raise_issue(
    store: Store,
    day_id: str,
    *,
    title: str,
    issue_type: IssueType | str = IssueType.OBSERVATION,
    description: str | None = None,
    location_id: str | None = None,
    contractor_id: str | None = None,
    source: Source | None = None,
) -> Done[ContractorIssue]:
    """An issue (``safety`` for a ``SAF`` issue) with the day's context, linked to the
    day. Raised from a safety entry of an open day, the entry names the issue."""

    def make(s: Session, day: DiaryDay, text: str) -> ContractorIssue:
        new = NewIssue(
            issue_type=issue_type,
            title=title,
            description=text,
            location_id=location_id,
            contractor_id=contractor_id,
        )
        issue = add_issue(s, day.project_id, new)
        if source is not None and source[0] == "safety" and day.status is DiaryStatus.OPEN:
            entry: Any = load(s, DiarySafety, source[1], "Diary entry")
            if entry.issue_id is None:
                entry.issue_id = issue.id
        return issue

    return _raise(store, day_id, "issue", source, description, make)


def raise_change_event(
    store: Store,
    day_id: str,
    *,
    title: str,
    reason: COReason | str = COReason.UNFORESEEN_CONDITION,
    description: str | None = None,
    contractor_id: str | None = None,
    source: Source | None = None,
) -> Done[ChangeOrder]:
    """A draft change event with the day's context, linked to the day (the change order
    service writes the event; the link follows in a second unit of work)."""
    with store.read() as s:
        day = load(s, DiaryDay, day_id, "Diary day")
        context = _context(s, day, source)
        project_id = day.project_id
    done = change_orders.create_change_order(
        store,
        project_id,
        title=title,
        reason=reason,
        description=_description(context, description),
        contractor_id=contractor_id,
    )
    link = records.link(
        store, project_id, "change_order", done.value.id, KIND.key, day_id, RELATION
    )
    done.changes.merge(link.changes)
    return done
