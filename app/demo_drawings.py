"""The demo portfolio's drawings: per project an architectural set of two generated floor
plans (first two floors of the first building), the first plan also in a second revision,
with some of the floors' punch items and issues pinned inside their rooms. The plans are
generated once per demo and shared by the projects (PDF generation is the slow part).

Deterministic per project code, and independent of the main demo's random sequence (so
the rest of the demo data stays the same with or without drawings).
"""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

from sqlalchemy import select

from executrek.app.drawings.sample import SHEET_SIZES, Room, floor_plan_pdf
from executrek.app.photos.blobstore import BlobStore
from executrek.models.project import Location, LocationKind
from executrek.models.records.drawing import service as drawings
from executrek.models.records.drawing.model import PIN_ISSUE, PIN_PUNCH
from executrek.models.records.issue.model import ContractorIssue
from executrek.models.records.punch.model import PunchItem
from executrek.models.services.common import locations_within
from executrek.models.store import Store

PUNCH_PINS_PER_SHEET = 6
ISSUE_PINS_PER_SHEET = 2


def _floors(store: Store, project_id: str) -> list[Location]:
    with store.read() as s:
        return list(
            s.scalars(
                select(Location)
                .where(
                    Location.project_id == project_id,
                    Location.kind == LocationKind.FLOOR,
                    Location.deleted_at.is_(None),
                )
                .order_by(Location.code)
                .limit(2)
            )
        )


def _items_under(store: Store, floor: Location) -> tuple[list[str], list[str]]:
    with store.read() as s:
        rooms = locations_within(floor.id).where(Location.id != floor.id)
        punch = list(
            s.scalars(
                select(PunchItem.id)
                .where(PunchItem.location_id.in_(rooms), PunchItem.deleted_at.is_(None))
                .order_by(PunchItem.number)
                .limit(PUNCH_PINS_PER_SHEET)
            )
        )
        issues = list(
            s.scalars(
                select(ContractorIssue.id)
                .where(ContractorIssue.location_id.in_(rooms))
                .order_by(ContractorIssue.created_at)
                .limit(ISSUE_PINS_PER_SHEET)
            )
        )
    return punch, issues


def _spot(rooms: list[Room], rng: random.Random) -> tuple[float, float]:
    """A normalised point inside a random room (page origin top-left, as pins use)."""
    width, height = SHEET_SIZES["A1"]
    room = rng.choice(rooms)
    x = room.x + room.w * rng.uniform(0.2, 0.8)
    y = room.y + room.h * rng.uniform(0.2, 0.8)
    return round(x / width, 4), round(1 - y / height, 4)


def _file(blobs: BlobStore, path: Path, pages: int) -> drawings.NewDrawingFile:
    stored = blobs.put_file(path)
    return drawings.NewDrawingFile(stored.sha256, path.name, "application/pdf", stored.size, pages)


class DemoSheets:
    """The generated plans, made once per demo and shared by its projects (same files, so
    one blob each): a two-page set at revision A and page 1 again at revision B (same
    rooms, new title block). Use as a context manager; the files live in a temp folder."""

    SEED = 11
    PAGES = 2

    def __init__(self) -> None:
        self._tmp = tempfile.TemporaryDirectory(prefix="executrek-demo-")
        self.folder = Path(self._tmp.name)
        self._made: tuple[Path, Path, list[list[Room]]] | None = None

    def files(self) -> tuple[Path, Path, list[list[Room]]]:
        if self._made is None:
            set_path = self.folder / "A-100 series Rev A.pdf"
            rev_path = self.folder / "A-101 Rev B.pdf"
            rooms = floor_plan_pdf(
                set_path, size="A1", pages=self.PAGES, title=TITLE, revision="A", seed=self.SEED
            )
            floor_plan_pdf(rev_path, size="A1", title=TITLE, revision="B", seed=self.SEED)
            self._made = (set_path, rev_path, rooms)
        return self._made

    def __enter__(self) -> DemoSheets:
        return self

    def __exit__(self, *exc: object) -> None:
        self._tmp.cleanup()


TITLE = "General arrangement"


def add_drawings(
    store: Store, blobs: BlobStore, project_id: str, code: str, sheets: DemoSheets
) -> int:
    """Add the demo drawing set to a project; returns the number of pins placed."""
    floors = _floors(store, project_id)[: DemoSheets.PAGES]
    if not floors:
        return 0
    rng = random.Random(f"{code}-drawings")
    width, height = SHEET_SIZES["A1"]
    set_path, rev_path, rooms = sheets.files()
    pages = [
        drawings.NewSheetPage(
            page_index=n,
            width_pt=width,
            height_pt=height,
            sheet_number=f"A-1{n + 1:02d}",
            title=f"{floor.name} floor plan",
            revision="A",
            location_id=floor.id,
        )
        for n, floor in enumerate(floors)
    ]
    set_file = _file(blobs, set_path, DemoSheets.PAGES)
    first = drawings.register_file(store, project_id, set_file, pages)
    placed = 0
    for reg, floor, page_rooms in zip(first.value, floors, rooms, strict=False):
        punch_ids, issue_ids = _items_under(store, floor)
        for kind, ids in ((PIN_PUNCH, punch_ids), (PIN_ISSUE, issue_ids)):
            for item_id in ids:
                x, y = _spot(page_rooms, rng)
                drawings.place_pin(store, reg.revision_id, kind, item_id, x, y)
                placed += 1
    # Revision B of the first sheet: its pins come over from revision A.
    page = drawings.NewSheetPage(0, width, height, "A-101", pages[0].title, revision="B")
    drawings.register_file(store, project_id, _file(blobs, rev_path, 1), [page])
    return placed
