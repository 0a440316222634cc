"""Approved changes of a commitment: Σ amount of the approved change orders (tier
``change_order``, not deleted) that name it, optionally only those approved by a moment
(a certified application counts the change orders approved by its certificate's time).

The one source of the figure and of the contract sum to date (original value + approved
changes): the commitments list (``queries.list_commitments``), the commitment figures
(``figures.commitment_figures``: the screens, the cost report, the export) and the
payment certificate (G702 line 2, ``queries.certificate_of``) all read it here. A
pending, draft or rejected change order never counts.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from executrek.models.records.change_order.model import ChangeOrder
from executrek.models.records.cost.checks import ZERO_AMOUNT, cents, summed
from executrek.models.vocab import COStatus, COTier


def approved_change_sums(
    session: Session,
    *,
    project_id: str | None = None,
    commitment_id: str | None = None,
    as_of: dt.datetime | None = None,
) -> dict[str, Decimal]:
    """Approved changes per commitment id, of a project's commitments or of one; a
    commitment with none is not in the mapping (its approved changes are 0)."""
    conds = [
        ChangeOrder.commitment_id.is_not(None),
        ChangeOrder.tier == COTier.CHANGE_ORDER,
        ChangeOrder.status == COStatus.APPROVED,
        ChangeOrder.deleted_at.is_(None),
    ]
    if project_id is not None:
        conds.append(ChangeOrder.project_id == project_id)
    if commitment_id is not None:
        conds.append(ChangeOrder.commitment_id == commitment_id)
    if as_of is not None:
        conds.append(ChangeOrder.decided_at <= as_of)
    rows = session.execute(
        select(ChangeOrder.commitment_id, summed(ChangeOrder.amount))
        .where(*conds)
        .group_by(ChangeOrder.commitment_id)
    )
    return {cid: cents(total) for cid, total in rows if cid is not None}


def approved_changes(
    session: Session, commitment_id: str, *, as_of: dt.datetime | None = None
) -> Decimal:
    """The approved changes of one commitment (``as_of``: approved by then)."""
    sums = approved_change_sums(session, commitment_id=commitment_id, as_of=as_of)
    return sums.get(commitment_id, ZERO_AMOUNT)
