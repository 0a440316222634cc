"""One change through its tiers: the change event, the request it was promoted to and
the executed change order, read as one chain for the register (one row per change,
opened to its tiers).

A chain starts at a change order no live record was promoted into (its ``parent_id`` is
empty or names a deleted record) and follows the promotions. The tier furthest along
(CO over COR over CE; the latest of a tier if a sync ever brought two) stands for the
whole change: its number, title, status, amount and days are the change's."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, or_, select

from executrek.models.directory import Organisation
from executrek.models.records.change_order.model import ChangeOrder
from executrek.models.records.change_order.queries import ChangeOrderRow, row_of
from executrek.models.store import Store

TIER_RANK = {"change_event": 0, "request": 1, "change_order": 2}


@dataclass(frozen=True)
class ChangeChain:
    """A change: ``head`` stands for it, ``tiers`` are its records, earliest tier first
    (``head`` among them)."""

    head: ChangeOrderRow
    tiers: tuple[ChangeOrderRow, ...]

    @property
    def id(self) -> str:
        return self.head.id


def change_order_chains(
    store: Store,
    project_id: str,
    *,
    statuses: frozenset[str] = frozenset(),
    text: str = "",
) -> list[ChangeChain]:
    """The project's changes, one per chain. ``statuses`` filters on the change's status
    (its head's); ``text`` keeps a change when any of its tiers' title or description
    holds it."""
    live = (ChangeOrder.project_id == project_id, ChangeOrder.deleted_at.is_(None))
    with store.read() as s:
        found = s.execute(
            select(ChangeOrder, Organisation.name)
            .outerjoin(Organisation, Organisation.id == ChangeOrder.contractor_id)
            .where(*live)
            .order_by(ChangeOrder.created_at, ChangeOrder.id)
        ).all()
        matching: set[str] | None = None
        if text.strip():
            like = f"%{text.strip().lower()}%"
            matching = set(
                s.scalars(
                    select(ChangeOrder.id).where(
                        *live,
                        or_(
                            func.lower(ChangeOrder.title).like(like),
                            func.lower(ChangeOrder.description).like(like),
                        ),
                    )
                )
            )
    rows = {co.id: (row_of(co, org), co.created_at) for co, org in found}
    children: dict[str, list[str]] = defaultdict(list)
    roots: list[str] = []
    for row_id, (row, _at) in rows.items():
        if row.parent_id is not None and row.parent_id in rows:
            children[row.parent_id].append(row_id)
        else:
            roots.append(row_id)
    chains: list[ChangeChain] = []
    for root in roots:
        ids, queue = [], [root]
        while queue:  # the promotions from the root, breadth first
            current = queue.pop(0)
            ids.append(current)
            queue.extend(children.get(current, ()))
        tiers = sorted((rows[i] for i in ids), key=lambda rc: (TIER_RANK.get(rc[0].tier, 9), rc[1]))
        chain = ChangeChain(head=tiers[-1][0], tiers=tuple(r for r, _at in tiers))
        if statuses and chain.head.status not in statuses:
            continue
        if matching is not None and not matching.intersection(ids):
            continue
        chains.append(chain)
    return chains
