"""Human-facing numbers (PI-0042, CO-007, NCR-012) that stay unique per project when
several laptops create records offline.

Each device hands out numbers only from blocks it owns (``number_blocks``): a project
created on this laptop owns its whole range until its first sync, when the server
leases blocks. With no block left, a record gets a draft number carrying the device tag
(``PI-7F3A-3``), which the server replaces with a real number at sync.
"""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from executrek.models.human_numbers import display as display
from executrek.models.local import DeviceState, NumberBlock


def claim_project(session: Session, project_id: str) -> None:
    """Give this device the whole number range of a project created here."""
    session.add(NumberBlock(project_id=project_id, series="*", next_value=1, end_value=None))


def allocate(
    session: Session, project_id: str, series: str, count: int = 1
) -> list[tuple[int | None, str | None]]:
    """``count`` numbers for ``series`` in ``project_id``: (number, None) from a block, or
    (None, draft) when this device owns no numbers there."""
    block = session.get(NumberBlock, (project_id, series))
    if block is None:
        owns_all = session.get(NumberBlock, (project_id, "*")) is not None
        if owns_all:
            block = NumberBlock(project_id=project_id, series=series, next_value=1, end_value=None)
            session.add(block)
            session.flush()
    out: list[tuple[int | None, str | None]] = []
    available = 0
    if block is not None:
        available = (
            count if block.end_value is None else max(0, block.end_value - block.next_value + 1)
        )
    take = min(count, available)
    if block is not None and take:
        start = block.next_value
        session.execute(
            update(NumberBlock)
            .where(NumberBlock.project_id == project_id, NumberBlock.series == series)
            .values(next_value=start + take)
        )
        block.next_value = start + take
        out.extend((n, None) for n in range(start, start + take))
    if take < count:
        tag = session.scalar(select(DeviceState.device_tag).where(DeviceState.id == 1)) or "LOCAL"
        counter = session.get(NumberBlock, (project_id, f"~{series}"[:8]))
        if counter is None:
            counter = NumberBlock(project_id=project_id, series=f"~{series}"[:8], next_value=1)
            session.add(counter)
        first = counter.next_value
        counter.next_value = first + (count - take)
        out.extend((None, f"{tag}-{n}") for n in range(first, first + count - take))
    return out


def allocate_one(session: Session, project_id: str, series: str) -> tuple[int | None, str | None]:
    return allocate(session, project_id, series, 1)[0]
