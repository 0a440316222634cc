"""Where the items of a report are pinned: the sheet revisions and the pins the plan
extracts and sheet overview pages of the punch and issue reports print.

Only pins on the *current* revision of a live sheet count (what the rep sees today).
The result names the exact revision and drawing file (SHA-256 and page), so an issued
report keeps printing the same drawing after a newer revision is imported. Plain frozen
values, like ``report_queries``; one query per 500 items.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import select

from executrek.models.records.drawing.model import DrawingFile, DrawingPin, Sheet, SheetRevision
from executrek.models.records.drawing.queries import natural_key
from executrek.models.records.row_fields import columns_of, read_row
from executrek.models.services.record_reads import chunks
from executrek.models.store import Store


@dataclass(frozen=True)
class PlanSheet:
    """One sheet revision as printed: which page of which stored file."""

    revision_id: str
    sheet_id: str
    sheet_number: str
    title: str
    revision: str
    sha256: str
    page_index: int
    width_pt: float
    height_pt: float

    @property
    def landscape(self) -> bool:
        return self.width_pt > self.height_pt


@dataclass(frozen=True)
class PlanPin:
    """An item of the report at a normalised point (0..1, origin top-left) of a revision,
    with the number and status the report prints for it."""

    revision_id: str
    item_id: str
    kind: str  # "punch_items" / "contractor_issues"
    number: str
    status: str
    x: float
    y: float


@dataclass(frozen=True)
class PlanSet:
    """The sheets (natural sheet-number order) and pins (by sheet, then item number)."""

    sheets: tuple[PlanSheet, ...] = ()
    pins: tuple[PlanPin, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.pins)

    def sheet(self, revision_id: str) -> PlanSheet:
        for sheet in self.sheets:
            if sheet.revision_id == revision_id:
                return sheet
        raise KeyError(revision_id)

    def pins_of(self, item_id: str) -> tuple[PlanPin, ...]:
        return tuple(p for p in self.pins if p.item_id == item_id)

    def pins_on(self, revision_id: str) -> tuple[PlanPin, ...]:
        return tuple(p for p in self.pins if p.revision_id == revision_id)


def plans_for_items(
    store: Store, target_type: str, labels: Mapping[str, tuple[str, str]]
) -> PlanSet:
    """The pins of the items ``labels`` names (item id → (number, status) as the report
    prints them) of one kind (``punch_items`` or ``contractor_issues``), on the current
    revisions of live sheets, with those revisions."""
    ids = sorted(labels)
    sheets: dict[str, PlanSheet] = {}
    pins: list[PlanPin] = []
    with store.read() as s:
        for chunk in chunks(ids):
            rows = s.execute(
                select(DrawingPin, Sheet, SheetRevision, DrawingFile)
                .join(Sheet, Sheet.id == DrawingPin.sheet_id)
                .join(SheetRevision, SheetRevision.id == DrawingPin.revision_id)
                .join(DrawingFile, DrawingFile.id == SheetRevision.file_id)
                .where(
                    DrawingPin.target_type == target_type,
                    DrawingPin.target_id.in_(list(chunk)),
                    DrawingPin.deleted_at.is_(None),
                    Sheet.deleted_at.is_(None),
                    Sheet.current_revision_id == DrawingPin.revision_id,
                    SheetRevision.deleted_at.is_(None),
                    DrawingFile.deleted_at.is_(None),
                )
            ).all()
            for pin, sheet, rev, file in rows:
                sheets.setdefault(
                    rev.id,
                    read_row(
                        PlanSheet,
                        rev,
                        revision_id=rev.id,
                        sha256=file.sha256,
                        **columns_of(sheet, ("sheet_number", "title")),
                    ),
                )
                number, status = labels[pin.target_id]
                pins.append(
                    PlanPin(
                        revision_id=rev.id,
                        item_id=pin.target_id,
                        kind=pin.target_type,
                        number=number,
                        status=status,
                        x=pin.x,
                        y=pin.y,
                    )
                )
    ordered = sorted(sheets.values(), key=lambda r: (natural_key(r.sheet_number), r.revision_id))
    rank = {sheet.revision_id: n for n, sheet in enumerate(ordered)}
    pins.sort(key=lambda p: (rank[p.revision_id], natural_key(p.number), p.item_id))
    return PlanSet(tuple(ordered), tuple(pins))
