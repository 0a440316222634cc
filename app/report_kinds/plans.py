"""Plans in the punch and issue reports: a plan extract per pinned item (the sheet area
around its pin, the pin marked) and a "Sheet overview" page per sheet with every pin of
the report's items, numbered, and a legend of the statuses.

The report data carries a ``PlanSet`` (the exact sheet revisions and pins, so an issued
report regenerates with the same drawings after a newer revision is imported). Before
the build, ``prepare_images`` makes the extract and overview JPEGs (cached, see
``app.drawings.extracts``); the story then only places files. Pins on the overview are
drawn as vectors over the sheet image: sharp at any zoom, and their numbers are text.
"""

from __future__ import annotations

import contextlib
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Paragraph

from executrek.app import pdf as r
from executrek.app.drawings.errors import DrawingError
from executrek.app.drawings.extracts import Marker, PlanImages, Spot
from executrek.app.i18n import translate
from executrek.app.paths import AppPaths
from executrek.app.pdf.context import LANDSCAPE_TEMPLATE, PORTRAIT_TEMPLATE
from executrek.app.pdf.layout import PageGeometry
from executrek.app.pdf.markup import escape
from executrek.app.pdf.palette import MUTED, RULE, WHITE, text_on, to_hex
from executrek.app.photos.blobstore import BlobStore
from executrek.app.report_kinds.common import ReportImages, status, status_label
from executrek.models.records.drawing import plan_queries
from executrek.models.records.drawing.model import PIN_ISSUE
from executrek.models.records.drawing.plan_queries import PlanPin, PlanSet, PlanSheet
from executrek.models.services.report_queries import PhotoRef
from executrek.models.store import Store

#: Photo grids of a report with plans have two pictures to a row (extracts are legible
#: at that size); this is the gap the grid leaves between them.
PER_ROW = 2
_GRID_GAP = 8.0
#: Room kept on an overview page for the headings and the legend, in points.
_OVERVIEW_RESERVE = 96.0
_LEGEND_GAP = 6.0


def gather_plans(store: Store, target_type: str, items: Sequence[tuple[str, str, str]]) -> PlanSet:
    """The plans of the report's items, each given as (id, number, status)."""
    labels = {item_id: (number, state) for item_id, number, state in items}
    return plan_queries.plans_for_items(store, target_type, labels)


def plans_of(data: Any) -> PlanSet:
    plans = getattr(data, "plans", None)
    return plans if isinstance(plans, PlanSet) else PlanSet()


def colour_of(status_value: str) -> str:
    st = status(status_value)
    return st.tone.value if st is not None else r.Tone.GREY.value


def marker_for(pin: PlanPin) -> Marker:
    return Marker(
        pin.number, colour_of(pin.status), "diamond" if pin.kind == PIN_ISSUE else "circle"
    )


def caption(sheet: PlanSheet) -> str:
    """The sheet as captions name it: "Sheet A-101 rev C — Ground floor plan"."""
    if sheet.revision:
        name = translate("Reports", "Sheet {number} rev {revision}").format(
            number=sheet.sheet_number, revision=sheet.revision
        )
    else:
        name = translate("Reports", "Sheet {number}").format(number=sheet.sheet_number)
    return f"{name} — {sheet.title}" if sheet.title else name


def extract_width(page: r.PageSetup) -> float:
    """Printed width of one extract: a cell of a two-to-a-row photo grid."""
    frame = PageGeometry.of(page.paper, page.landscape).frame_width
    return (frame - _GRID_GAP * (PER_ROW - 1)) / PER_ROW


def overview_box(page: r.PageSetup, sheet: PlanSheet) -> tuple[float, float]:
    """The largest the sheet image can print on its overview page."""
    geometry = PageGeometry.of(page.paper, sheet.landscape)
    return geometry.frame_width, geometry.frame_height - _OVERVIEW_RESERVE


def image_count(plans: PlanSet) -> int:
    return len(plans.pins) + len(plans.sheets)


def prepare_images(
    plans: PlanSet,
    photo_path: Callable[[PhotoRef], Path],
    paths: AppPaths,
    page: r.PageSetup,
    tick: Callable[[int], None],
) -> ReportImages:
    """Make (or find cached) every extract and overview the report prints; ``tick(n)``
    after each. A drawing missing from this computer or unreadable gives a path that
    does not exist: the report prints a visible "not available" frame in its place."""
    extracts: dict[tuple[str, str], Path] = {}
    overviews: dict[str, Path] = {}
    if not plans:
        return ReportImages(photo_path)
    width = extract_width(page)
    done = 0
    with PlanImages(paths.derivatives / "plans", BlobStore(paths.blobs)) as source:
        for sheet in plans.sheets:
            for pin in plans.pins_on(sheet.revision_id):
                spot = Spot(sheet.sha256, sheet.page_index, pin.x, pin.y, marker_for(pin))
                try:
                    path = source.extract(spot, print_width_pt=width)
                except (FileNotFoundError, DrawingError, OSError):
                    path = source.extract_path(spot, print_width_pt=width)
                extracts[(pin.revision_id, pin.item_id)] = path
                done += 1
                tick(done)
            box = overview_box(page, sheet)
            # Without it, the overview page says the drawing is not on this computer.
            with contextlib.suppress(FileNotFoundError, DrawingError, OSError):
                overviews[sheet.revision_id] = source.overview(
                    sheet.sha256, sheet.page_index, print_size_pt=box
                )
            done += 1
            tick(done)
    return ReportImages(photo_path, extracts, overviews)


def item_plans(images: ReportImages, plans: PlanSet, item_id: str) -> list[r.Photo]:
    """The extracts of one item, captioned with their sheets, for its photo grid."""
    out = []
    for pin in plans.pins_of(item_id):
        path = images.extract(pin)
        if path is not None:
            out.append(r.Photo(path, caption(plans.sheet(pin.revision_id))))
    return out


# --- the overview pages ---------------------------------------------------------------


class SheetOverview(Flowable):
    """The sheet image fitted into the space left on the page, the pins drawn over it
    (disc for punch items, diamond for issues, white outline) with their numbers on
    tabs placed clear of each other where there is room."""

    _RADIUS = 3.6
    _LABEL_SIZE = 5.6

    def __init__(
        self, image: Path | None, sheet: PlanSheet, pins: Sequence[PlanPin], font: str
    ) -> None:
        super().__init__()
        self.image = image
        self.sheet = sheet
        self.pins = list(pins)
        self.font = font
        self.width = 0.0
        self.height = 0.0
        self._image_w = 0.0
        self._image_h = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        room_h = max(availHeight - 4.0, 40.0)
        fit = min(availWidth / self.sheet.width_pt, room_h / self.sheet.height_pt)
        self._image_w = self.sheet.width_pt * fit
        self._image_h = self.sheet.height_pt * fit
        self.width, self.height = availWidth, self._image_h
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        x0 = (self.width - self._image_w) / 2
        w, h = self._image_w, self._image_h
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        if self.image is not None and self.image.is_file():
            canvas.drawImage(str(self.image), x0, 0, w, h)
            canvas.rect(x0, 0, w, h, stroke=1, fill=0)
        else:
            canvas.setFillColor(HexColor("#F2F4F7"))
            canvas.rect(x0, 0, w, h, stroke=1, fill=1)
            canvas.setFillColor(MUTED)
            canvas.setFont(self.font, 9)
            text = translate("Reports", "The drawing file is not on this computer.")
            canvas.drawCentredString(x0 + w / 2, h / 2, text)
        placed: list[tuple[float, float, float, float]] = []
        points = [(x0 + p.x * w, h - p.y * h, p) for p in self.pins]
        for px, py, pin in points:
            self._marker(px, py, pin)
        for px, py, pin in points:
            self._label(px, py, pin, (x0, x0 + w, h), placed)
        canvas.restoreState()

    def _marker(self, px: float, py: float, pin: PlanPin) -> None:
        canvas = self.canv
        r_ = self._RADIUS
        canvas.setFillColor(HexColor(colour_of(pin.status)))
        canvas.setStrokeColor(WHITE)
        canvas.setLineWidth(1.0)
        if pin.kind == PIN_ISSUE:
            d = r_ * 1.2
            path = canvas.beginPath()
            path.moveTo(px, py + d)
            path.lineTo(px + d, py)
            path.lineTo(px, py - d)
            path.lineTo(px - d, py)
            path.close()
            canvas.drawPath(path, stroke=1, fill=1)
        else:
            canvas.circle(px, py, r_, stroke=1, fill=1)

    def _label(
        self,
        px: float,
        py: float,
        pin: PlanPin,
        bounds: tuple[float, float, float],
        placed: list[tuple[float, float, float, float]],
    ) -> None:
        canvas = self.canv
        size = self._LABEL_SIZE
        text_w = stringWidth(pin.number, self.font, size)
        tab_w, tab_h = text_w + 4.0, size + 3.0
        gap = self._RADIUS + 1.5
        left, right, top = bounds
        candidates = [
            (px + gap, py - tab_h / 2),
            (px - gap - tab_w, py - tab_h / 2),
            (px - tab_w / 2, py + gap),
            (px - tab_w / 2, py - gap - tab_h),
            (px + gap, py + gap * 0.6),
            (px + gap, py - gap * 0.6 - tab_h),
            (px - gap - tab_w, py + gap * 0.6),
            (px - gap - tab_w, py - gap * 0.6 - tab_h),
        ]

        def inside(box: tuple[float, float, float, float]) -> bool:
            x, y, bw, bh = box
            return x >= left and x + bw <= right and y >= 0 and y + bh <= top

        def clear(box: tuple[float, float, float, float]) -> bool:
            x, y, bw, bh = box
            return all(
                x + bw <= ox or ox + ow <= x or y + bh <= oy or oy + oh <= y
                for ox, oy, ow, oh in placed
            )

        boxes = [(cx, cy, tab_w, tab_h) for cx, cy in candidates]
        choice = next((b for b in boxes if inside(b) and clear(b)), None)
        if choice is None:
            choice = next((b for b in boxes if inside(b)), boxes[0])
        placed.append(choice)
        x, y, bw, bh = choice
        canvas.setFillColor(HexColor(colour_of(pin.status)))
        canvas.setStrokeColor(WHITE)
        canvas.setLineWidth(0.6)
        canvas.roundRect(x, y, bw, bh, bh / 2, stroke=1, fill=1)
        canvas.setFillColor(text_on(HexColor(colour_of(pin.status))))
        canvas.setFont(self.font, size)
        canvas.drawString(x + 2.0, y + 2.0 + size * 0.08, pin.number)


def legend(ctx: r.ReportContext, pins: Sequence[PlanPin]) -> Paragraph:
    """The statuses on the sheet with their colours and counts: "● Open 3 ● Closed 1"."""
    counts = Counter(p.status for p in pins)
    order = sorted(counts, key=lambda s: (_STATUS_ORDER.get(s, 99), s))
    parts = []
    for value in order:
        parts.append(
            f"<font color='{colour_of(value)}'>●</font>&nbsp;{escape(status_label(value))}"
            f"&nbsp;<font color='{to_hex(MUTED)}'>{counts[value]}</font>"
        )
    kinds = {p.kind for p in pins}
    if PIN_ISSUE in kinds and len(kinds) > 1:
        parts.append(escape(translate("Reports", "◆ contractor issue, ● punch item")))
    text = (
        escape(translate("Reports", "Pins by status:"))
        + "&nbsp;&nbsp; "
        + "&nbsp;&nbsp;&nbsp; ".join(parts)
    )
    return Paragraph(text, ctx.styles.caption)


_STATUS_ORDER = {
    "draft": 0,
    "open": 1,
    "rejected": 2,
    "responded": 3,
    "ready_for_review": 4,
    "closed": 5,
    "void": 6,
}


def overview_section(ctx: r.ReportContext, plans: PlanSet, images: ReportImages) -> list[Flowable]:
    """A "Sheet overview" chapter: one page per sheet (landscape for landscape sheets)
    with every pin of the report's items; nothing when no item is pinned."""
    if not plans:
        return []
    out: list[Flowable] = []
    for index, sheet in enumerate(plans.sheets):
        pins = plans.pins_on(sheet.revision_id)
        template = LANDSCAPE_TEMPLATE if sheet.landscape else PORTRAIT_TEMPLATE
        out += [NextPageTemplate(template), PageBreak()]
        if index == 0:
            out.append(r.section_heading(ctx, translate("Reports", "Sheet overview")))
        out.append(r.section_heading(ctx, caption(sheet), 1))
        out.append(legend(ctx, pins))
        out.append(r.Spacer(1, _LEGEND_GAP))
        out.append(SheetOverview(images.overview(sheet), sheet, pins, ctx.styles.fonts.bold))
    return out
