"""Conflicts on the laptop: list them with both values, who and when; resolve one by
keeping either value. The choice is an ordinary edit (it goes through the outbox) plus
a ``resolve`` mutation that closes the conflict on the server.

Kinds (set by the server's merge): ``review``, ``delete_vs_edit`` and ``edit_vs_delete``
need a person; ``auto`` was decided automatically (the later stamp won) and is listed
under *Decided automatically* with *restore mine* for ``RESTORE_DAYS``; ``linked`` are
fields that wait with a ``review`` conflict of the same change (a change order's dates
with its status) and are decided with it; ``own`` keeps a person's earlier value that
her own later edit on another laptop replaced (never listed: nobody else is involved).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from executrek.models import clock
from executrek.models.base import utcnow
from executrek.models.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from executrek.models.ids import HLCStamp
from executrek.models.local import Outbox
from executrek.models.schema import synced_tables
from executrek.models.store import Store
from executrek.models.sync_local import SyncConflict
from executrek.sync.wire import CONFLICTS, python_value

Keep = Literal["mine", "theirs"]
REVIEW_KINDS = ("review", "delete_vs_edit", "edit_vs_delete")
AUTO = "auto"
LINKED = "linked"
# How long an automatic decision can be turned round from the Sync screen.
RESTORE_DAYS = 30


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
    created_at: dt.datetime | None = None
    # Fields decided with this one: (field, mine, theirs) of its ``linked`` conflicts.
    linked: tuple[tuple[str, Any, Any], ...] = ()


def _ms(hlc: str | None) -> int | None:
    if not hlc:
        return None
    try:
        return HLCStamp.decode(hlc).wall_ms
    except ValueError:
        return None


def _created(text: str | None) -> dt.datetime | None:
    if not text:
        return None
    try:
        when = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)


def _view(
    c: SyncConflict, login: str, linked: tuple[tuple[str, Any, Any], ...] = ()
) -> ConflictView:
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
        _created(c.created_at),
        linked,
    )


def list_conflicts(
    store: Store, login: str, *, project_id: str | None = None, include_auto: bool = True
) -> list[ConflictView]:
    """Open conflicts that need a person, and (``include_auto``) the automatic decisions."""
    kinds = (*REVIEW_KINDS, AUTO) if include_auto else REVIEW_KINDS
    return _list(store, login, kinds, project_id)


def list_decided(
    store: Store, login: str, *, days: int = RESTORE_DAYS, project_id: str | None = None
) -> list[ConflictView]:
    """Automatic decisions of the last ``days`` that can still be turned round."""
    since = clock.now() - dt.timedelta(days=days)
    return [
        v
        for v in _list(store, login, (AUTO,), project_id)
        if v.created_at is None or v.created_at >= since
    ]


def _list(
    store: Store, login: str, kinds: tuple[str, ...], project_id: str | None
) -> list[ConflictView]:
    with store.read() as s:
        q = select(SyncConflict).where(
            SyncConflict.status == "open", SyncConflict.kind.in_([*kinds, LINKED])
        )
        if project_id is not None:
            q = q.where(SyncConflict.project_id == project_id)
        rows = list(s.scalars(q.order_by(SyncConflict.created_at, SyncConflict.id)))
    linked: dict[tuple[str, str | None], list[SyncConflict]] = {}
    for c in rows:
        if c.kind == LINKED:
            linked.setdefault((c.row_id, c.other_hlc), []).append(c)
    out = []
    for c in rows:
        if c.kind == LINKED:
            continue
        with_it = tuple(
            (v.field, v.mine, v.theirs)
            for v in (_view(x, login) for x in linked.get((c.row_id, c.other_hlc), ()))
        )
        out.append(_view(c, login, with_it if c.kind in REVIEW_KINDS else ()))
    return out


def _side(c: SyncConflict, login: str, keep: Keep) -> str:
    """Which stored value ``keep`` means for this conflict: "shown" or "other"."""
    mine_side = "shown" if _view(c, login).current_is_mine else "other"
    if keep == "mine":
        return mine_side
    return "other" if mine_side == "shown" else "shown"


def resolve(store: Store, login: str, conflict_id: str, keep: Keep) -> None:
    """Keep "mine" or "theirs". The ``linked`` fields of the same change are decided the
    same way (a change order's dates follow its status)."""
    if keep not in ("mine", "theirs"):
        raise ValidationError("keep", QT_TRANSLATE_NOOP("Errors", "Choose mine or theirs."))
    with store.unit_of_work() as s:
        c = s.get(SyncConflict, conflict_id)
        if c is None or c.status != "open":
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "This conflict was already resolved."))
        side = _side(c, login, keep)
        group = [c]
        if c.kind in REVIEW_KINDS:
            group += list(
                s.scalars(
                    select(SyncConflict).where(
                        SyncConflict.status == "open",
                        SyncConflict.kind == LINKED,
                        SyncConflict.row_id == c.row_id,
                        SyncConflict.other_hlc == c.other_hlc,
                    )
                )
            )
        for one in group:
            _keep_side(s, one, side)
        s.flush()
        for one in group:
            one.status = "resolved"
            # The server records "mine"/"theirs" as this person saw the leading conflict.
            s.add(
                Outbox(
                    table_name=CONFLICTS,
                    row_id=one.id,
                    project_id=one.project_id,
                    op="resolve",
                    patch={"status": ["open", "resolved"], "kept": [None, keep]},
                    base_version=one.row_version,
                    hlc=store.clock.now().encode(),
                    created_at=utcnow(),
                )
            )


def accept(store: Store, login: str, conflict_id: str) -> None:
    """Keep what the automatic decision shows (closes it; nothing changes)."""
    with store.read() as s:
        c = s.get(SyncConflict, conflict_id)
        if c is None or c.status != "open":
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "This conflict was already resolved."))
        keep: Keep = "mine" if _view(c, login).current_is_mine else "theirs"
    resolve(store, login, conflict_id, keep)


def _keep_side(s: Session, c: SyncConflict, side: str) -> None:
    """Make the record show the ``side`` value of ``c`` (an ordinary edit: outbox)."""
    chosen = c.shown if side == "shown" else c.other
    cls = synced_tables().get(c.table_name)
    if chosen == c.shown or cls is None:
        return
    obj = s.get(cls, c.row_id)
    if obj is None:
        return
    column = cls.__table__.columns[c.field]
    setattr(obj, c.field, python_value(column, chosen))
