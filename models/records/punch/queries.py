"""Reads of punch items beyond the paged register: an item's detail (history, comments, photo count), the rows an export writes, and the punch entries of the reports."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from executrek.models.directory import Organisation, Person
from executrek.models.project import Location, Trade
from executrek.models.records.punch import exchange as punch_exchange
from executrek.models.records.punch import list_page as punch_list
from executrek.models.records.punch.list_page import PunchFilter, PunchSort, page
from executrek.models.records.punch.model import PunchItem, PunchStatusEvent
from executrek.models.records.row_fields import label_of, read_row
from executrek.models.services.common import load
from executrek.models.services.record_reads import (
    CommentEntry,
    PhotoRef,
    StatusEntry,
    StatusStep,
    children_by,
    comments_in,
    local_day,
    photo_count,
    photos_in,
    status_history,
    user_names,
    within,
)
from executrek.models.store import Store
from executrek.models.vocab import OPEN_ISSUE as OPEN_ISSUE


@dataclass(frozen=True)
class PunchDetail:
    id: str
    project_id: str
    number: str
    title: str
    description: str | None
    status: str
    priority: str
    due_date: dt.date | None
    location_id: str | None
    location: str | None
    contractor_id: str | None
    contractor: str | None
    trade_id: str | None
    trade: str | None
    assignee_id: str | None
    assignee: str | None
    created_at: dt.datetime
    history: tuple[StatusEntry, ...]
    comments: tuple[CommentEntry, ...]
    photo_count: int


def punch_detail(store: Store, item_id: str) -> PunchDetail:
    from executrek.models.records.punch.model import PunchStatusEvent
    from executrek.models.records.punch.service import punch_number

    with store.read() as s:
        item = load(s, PunchItem, item_id, "Punch item")
        return read_row(
            PunchDetail,
            item,
            number=punch_number(item),
            location=label_of(s, Location, item.location_id, "path"),
            contractor=label_of(s, Organisation, item.contractor_id, "name"),
            trade=label_of(s, Trade, item.trade_id, "name"),
            assignee=label_of(s, Person, item.assignee_id, "name"),
            history=status_history(s, PunchStatusEvent.punch_item_id, item_id),
            comments=comments_in(s, "punch_item", item_id),
            photo_count=photo_count(s, "punch_item", item_id),
        )


def export_rows(
    store: Store, project_id: str, flt: PunchFilter | None = None
) -> list[punch_exchange.PunchExportRow]:
    """The punch items the punch list shows for ``flt`` (all of them without one)."""
    rows = punch_exchange.punch_items_for_export(store, project_id)
    if flt is None:
        return rows
    wanted = set(punch_list.ids_matching(store, project_id, flt))
    return [row for row in rows if row.id in wanted]


@dataclass(frozen=True)
class PunchEntry:
    id: str
    number: str
    title: str
    status: str
    priority: str
    due_date: dt.date | None
    location: str | None
    contractor: str | None
    trade: str | None
    assignee: str | None
    created_at: dt.datetime
    updated_at: dt.datetime
    history: tuple[StatusStep, ...]
    photos: tuple[PhotoRef, ...]

    @property
    def closing(self) -> StatusStep | None:
        """The change that closed the item (the last one to "closed"), while it is closed:
        its date is the closed date and its user the one who verified the item."""
        if self.status != "closed":
            return None
        return next((s for s in reversed(self.history) if s.to_status == "closed"), None)


def punch_entries(
    store: Store,
    project_id: str,
    flt: PunchFilter = PunchFilter(),
    *,
    created_from: dt.date | None = None,
    created_to: dt.date | None = None,
    with_photos: bool = True,
) -> list[PunchEntry]:
    """Every punch item the filter selects, by number, with history and photos."""
    rows = []
    after = None
    while True:
        chunk = page(store, project_id, flt, PunchSort("number"), after=after, limit=2000)
        rows.extend(chunk.rows)
        if chunk.next_after is None:
            break
        after = chunk.next_after
    if created_from is not None or created_to is not None:
        rows = [r for r in rows if within(local_day(r.created_at), created_from, created_to)]
    ids = [r.id for r in rows]
    with store.read() as s:
        events = children_by(
            s, PunchStatusEvent.punch_item_id, ids, PunchStatusEvent.created_at, PunchStatusEvent.id
        )
        users = user_names(s, {ev.created_by for each in events.values() for ev in each})
        history = {
            item_id: tuple(
                StatusStep(
                    ev.created_at,
                    ev.from_status,
                    ev.to_status,
                    ev.note,
                    users.get(ev.created_by or ""),
                )
                for ev in each
            )
            for item_id, each in events.items()
        }
        photos = photos_in(s, "punch_item", ids) if with_photos else {}
    return [
        read_row(
            PunchEntry,
            r,
            number=r.display_number,
            history=history.get(r.id, ()),
            photos=tuple(photos.get(r.id, ())),
        )
        for r in rows
    ]
