"""Conflicts on the laptop: list them with both values, who and when; resolve one by
keeping either value. The choice is an ordinary edit (it goes through the outbox) plus
a ``resolve`` mutation that closes the conflict on the server."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import select

from executrek.models.base import utcnow
from executrek.models.errors import NotFoundError, ValidationError
from executrek.models.ids import HLCStamp
from executrek.models.local import Outbox
from executrek.models.schema import synced_tables
from executrek.models.store import Store
from executrek.models.sync_local import SyncConflict
from executrek.sync.wire import CONFLICTS, python_value

Keep = Literal["mine", "theirs"]
REVIEW_KINDS = ("review", "delete_vs_edit", "edit_vs_delete")


@dataclass(frozen=True)
class ConflictView:
    id: str
    project_id: str
    table_name: str
    row_id: str
    field: str
    kind: str
    needs_review: bool
    mine: Any
    theirs: Any
    mine_by: str | None
    theirs_by: str | None
    mine_at_ms: int | None
    theirs_at_ms: int | None
    current_is_mine: bool


def _ms(hlc: str | None) -> int | None:
    if not hlc:
        return None
    try:
        return HLCStamp.decode(hlc).wall_ms
    except ValueError:
        return None


def _view(c: SyncConflict, login: str) -> ConflictView:
    # "mine" is the value this user wrote; when neither side is this user, the value
    # not shown is offered as "mine" (the one a person would bring back).
    shown_is_mine = c.shown_by == login and c.other_by != login
    if shown_is_mine:
        mine, theirs = (c.shown, c.shown_by, c.shown_hlc), (c.other, c.other_by, c.other_hlc)
    else:
        mine, theirs = (c.other, c.other_by, c.other_hlc), (c.shown, c.shown_by, c.shown_hlc)
    return ConflictView(
        c.id,
        c.project_id,
        c.table_name,
        c.row_id,
        c.field,
        c.kind,
        c.kind in REVIEW_KINDS,
        mine[0],
        theirs[0],
        mine[1],
        theirs[1],
        _ms(mine[2]),
        _ms(theirs[2]),
        shown_is_mine,
    )


def list_conflicts(
    store: Store, login: str, *, project_id: str | None = None, include_auto: bool = True
) -> list[ConflictView]:
    with store.read() as s:
        q = select(SyncConflict).where(SyncConflict.status == "open")
        if project_id is not None:
            q = q.where(SyncConflict.project_id == project_id)
        if not include_auto:
            q = q.where(SyncConflict.kind.in_(REVIEW_KINDS))
        rows = list(s.scalars(q.order_by(SyncConflict.created_at, SyncConflict.id)))
    return [_view(c, login) for c in rows]


def resolve(store: Store, login: str, conflict_id: str, keep: Keep) -> None:
    if keep not in ("mine", "theirs"):
        raise ValidationError("keep", "Choose mine or theirs.")
    with store.unit_of_work() as s:
        c = s.get(SyncConflict, conflict_id)
        if c is None or c.status != "open":
            raise NotFoundError("This conflict was already resolved.")
        view = _view(c, login)
        chosen = view.mine if keep == "mine" else view.theirs
        current = c.shown
        cls = synced_tables().get(c.table_name)
        if chosen != current and cls is not None:
            obj = s.get(cls, c.row_id)
            if obj is not None:
                column = cls.__table__.columns[c.field]
                setattr(obj, c.field, python_value(column, chosen))
                s.flush()
        c.status = "resolved"
        s.add(
            Outbox(
                table_name=CONFLICTS,
                row_id=c.id,
                project_id=c.project_id,
                op="resolve",
                patch={"status": ["open", "resolved"], "kept": [None, keep]},
                base_version=c.row_version,
                hlc=store.clock.now().encode(),
                created_at=utcnow(),
            )
        )
