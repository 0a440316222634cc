"""Where a report prints the photos of its records (``--photos inline|appendix|none``).

Inline (the default) puts each record's photos with the record, at a legible size:
two to a row under a record printed as a section (about 8 cm wide on A4), four to a
row in the full-width rows under an item of a landscape register (about 6.5 cm).
The appendix option collects them in a closing "Photographs" chapter, each record's
photos under its number and title, and the record says where: "2 photos, see page 27"
(the page is filled in when the file is written, ``pdf.page_refs``). ``none`` prints
no photos. Every photo is captioned with its record's number, before/after, its
caption and the day it was taken.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from reportlab.platypus import Flowable
from sqlalchemy import select

from executrek.app import pdf as r
from executrek.app.i18n import translate
from executrek.app.report_kinds.common import (
    PhotoPlacement,
    ReportEnv,
    ReportImages,
    photo_caption,
)
from executrek.models.kinds import BY_KEY
from executrek.models.services.record_reads import PhotoRef, photos_in

PER_ROW = 2  # photos of a record printed as a section
PER_ROW_WIDE = 4  # photos under an item of a landscape register
WIDE = 600.0  # points: a table wider than this is on a landscape page


def photos_of(env: ReportEnv, record_type: str, ids: Sequence[str]) -> tuple[PhotoRef, ...]:
    """The photos of the records ``ids`` (batched), for a report's data."""
    with env.store.read() as s:
        found = photos_in(s, record_type, ids)
    return tuple(ref for record_id in ids for ref in found.get(record_id, ()))


def record_numbers(env: ReportEnv, records: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Record id → its number ("PI-0012") for (record type, id) pairs of numbered kinds
    (photos of a project or a location have none)."""
    wanted: dict[str, set[str]] = defaultdict(set)
    for record_type, record_id in records:
        if record_type in BY_KEY and record_id:
            wanted[record_type].add(record_id)
    out: dict[str, str] = {}
    with env.store.read() as s:
        for record_type, ids in sorted(wanted.items()):
            kind = BY_KEY[record_type]
            for row in s.scalars(select(kind.model).where(kind.model.id.in_(sorted(ids)))):
                out[row.id] = kind.number_of(row)
    return out


def ordered(refs: Iterable[PhotoRef]) -> list[PhotoRef]:
    """Before photos first, after photos last, the rest in between (stable)."""
    return sorted(refs, key=lambda p: (p.role != "before", p.role == "after"))


def by_record(refs: Iterable[PhotoRef]) -> dict[str, list[PhotoRef]]:
    """The photos of each record (``PhotoRef.record_id``), in their order."""
    out: dict[str, list[PhotoRef]] = defaultdict(list)
    for ref in refs:
        out[ref.record_id].append(ref)
    return dict(out)


def captioned(
    images: ReportImages, refs: Iterable[PhotoRef], number: str, date: Callable[..., str]
) -> list[r.Photo]:
    """The photos of record ``number``, before/after first, each captioned
    "PI-0012 · Before · Defect at door · 10 Nov 2026"."""
    return [r.Photo(images(p), photo_caption(p, date, number)) for p in ordered(refs)]


def reference_text(count: int) -> str:
    """ "2 photos, see page {page}" (the page filled in at save)."""
    if count == 1:
        text = translate("Reports", "%n photo, see page {page}")
    else:
        text = translate("Reports", "%n photos, see page {page}")
    return text.replace("%n", str(count))  # picked here: plain entries, not plural ones


@dataclass(frozen=True)
class _Later:
    key: str
    heading: str
    pictures: tuple[r.Photo, ...]
    per_row: int


class RecordPhotos:
    """One build's photos of its records, placed as ``images.placement`` says.

    ``section`` gives what prints under a record printed as a section, ``strips`` and
    ``reference`` what a register prints under or in an item's row; ``appendix`` the
    closing chapter (empty unless the placement is the appendix)."""

    def __init__(self, ctx: r.ReportContext, images: ReportImages) -> None:
        self.ctx = ctx
        self.images = images
        self.placement = images.placement
        self._later: list[_Later] = []

    @property
    def shown(self) -> bool:
        return self.placement is not PhotoPlacement.NONE

    def pictures(self, refs: Iterable[PhotoRef], number: str) -> list[r.Photo]:
        """The record's photos as printed (none when the report prints no photos)."""
        if not self.shown:
            return []
        return captioned(self.images, refs, number, self.ctx.fmt.date)

    def section(
        self,
        record_id: str,
        heading: str,
        pictures: Sequence[r.Photo],
        *,
        inline: Sequence[r.Photo] = (),
        per_row: int = PER_ROW,
    ) -> list[Flowable]:
        """Under a record printed as a section: its pictures in a grid (inline), or a
        line saying where they are (appendix). ``inline`` pictures (plan extracts)
        print here whatever the placement."""
        here = list(inline)
        out: list[Flowable] = []
        if self.placement is PhotoPlacement.APPENDIX:
            reference = self.reference(record_id, heading, pictures, per_row=per_row)
            if reference is not None:
                out.append(reference)
        else:
            here += pictures
        if here:
            out.insert(0, r.photo_grid(self.ctx, here, per_row=per_row))
        return out

    def reference(
        self,
        record_id: str,
        heading: str,
        pictures: Sequence[r.Photo],
        *,
        per_row: int = PER_ROW,
    ) -> Flowable | None:
        """With the appendix placement: "2 photos, see page 27", the pictures kept for
        the appendix under ``heading``; else None."""
        if self.placement is not PhotoPlacement.APPENDIX or not pictures:
            return None
        key = f"photos-{record_id}"
        self._later.append(_Later(key, heading, tuple(pictures), per_row))
        return r.page_ref(self.ctx, reference_text(len(pictures)), key)

    def strips(self, pictures: Sequence[r.Photo], table_width: float) -> list[Flowable]:
        """The full-width rows under an item of a register ``table_width`` wide
        (``pdf.with_details``): its pictures four to a row on a landscape page, two on
        a portrait one (each about 6.5 or 8 cm wide on A4)."""
        if not pictures:
            return []
        per_row = PER_ROW_WIDE if table_width > WIDE else PER_ROW
        width = r.detail_width(table_width)
        return r.photo_strips(self.ctx, pictures, per_row=per_row, width=width)

    def appendix(self, title: str | None = None) -> list[Flowable]:
        """The "Photographs" chapter: each record's pictures under its heading, the
        target of its "see page" line. Empty unless a reference was printed."""
        if not self._later:
            return []
        out: list[Flowable] = [
            r.section_heading(self.ctx, title or translate("Reports", "Photographs"))
        ]
        for later in self._later:
            out.append(r.page_anchor(later.key))
            out.append(r.section_heading(self.ctx, later.heading, 2, in_contents=False))
            out.append(r.photo_grid(self.ctx, later.pictures, per_row=later.per_row))
        return out
