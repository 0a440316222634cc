"""Signature blocks: a captured signature redrawn as vector strokes, with the signer's
name, role and the time of signing underneath.

Stroke points are normalised to the signing pad: x and y run 0..1 from the pad's
top-left corner, as a touch screen reports them. ``pad_aspect`` (pad width / height)
restores the pad's shape, so a signature is never squashed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import pairwise

from reportlab.lib.colors import HexColor
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from executrek.app.pdf.context import ReportContext
from executrek.app.pdf.errors import ReportError
from executrek.app.pdf.keep import grid
from executrek.app.pdf.page_decor import fit_text
from executrek.app.pdf.palette import INK, MUTED, RULE

Point = Sequence[float]  # (x, y) or [x, y], as stored
Stroke = Sequence[Point]

_INK_BLUE = HexColor("#1B2F6B")
_PAD_HEIGHT = 54.0
_GAP = 14.0


@dataclass(frozen=True)
class Signature:
    signer_name: str
    role: str | None
    signed_at: datetime | None
    strokes: Sequence[Stroke]
    pad_aspect: float = 3.0

    def __post_init__(self) -> None:
        if self.pad_aspect <= 0:
            raise ReportError("pad_aspect must be positive")


def _clamp(value: float) -> float:
    return min(max(float(value), 0.0), 1.0)


class SignatureBlock(Flowable):
    def __init__(self, signature: Signature, ctx: ReportContext, width: float) -> None:
        super().__init__()
        self.signature = signature
        self.width = width
        self.height = _PAD_HEIGHT + 40
        fonts = ctx.styles.fonts
        self._fonts = fonts
        translate = ctx.translate
        self._not_signed = translate("Reports", "Not signed")
        if signature.signed_at is not None:
            self._when = translate("Reports", "Signed {when}").format(
                when=ctx.fmt.datetime(signature.signed_at)
            )
        else:
            self._when = ""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        fonts = self._fonts
        base = self.height - _PAD_HEIGHT  # signature line
        canvas.saveState()
        if any(len(s) for s in self.signature.strokes):
            self._draw_strokes(canvas, 0, base + 2, self.width, _PAD_HEIGHT - 4)
        else:
            canvas.setFont(fonts.italic, 8)
            canvas.setFillColor(MUTED)
            canvas.drawString(4, base + 6, self._not_signed)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.7)
        canvas.line(0, base, self.width, base)
        y = base - 12
        canvas.setFillColor(INK)
        canvas.setFont(fonts.bold, 9)
        canvas.drawString(0, y, fit_text(self.signature.signer_name, fonts.bold, 9, self.width))
        canvas.setFont(fonts.regular, 8)
        canvas.setFillColor(MUTED)
        lines = [text for text in (self.signature.role, self._when) if text]
        for n, text in enumerate(lines, start=1):
            canvas.drawString(0, y - 11 * n, fit_text(text, fonts.regular, 8, self.width))
        canvas.restoreState()

    def _draw_strokes(
        self, canvas: Canvas, x: float, y: float, width: float, height: float
    ) -> None:
        aspect = self.signature.pad_aspect
        pad_w = min(width, height * aspect)
        pad_h = pad_w / aspect
        ox = x
        oy = y + (height - pad_h) / 2

        def at(point: Point) -> tuple[float, float]:  # pad: origin top-left, y down
            return ox + _clamp(point[0]) * pad_w, oy + (1 - _clamp(point[1])) * pad_h

        canvas.setStrokeColor(_INK_BLUE)
        canvas.setFillColor(_INK_BLUE)
        canvas.setLineWidth(1.2)
        canvas.setLineCap(1)
        canvas.setLineJoin(1)
        for stroke in self.signature.strokes:
            points = [at(p) for p in stroke]
            if not points:
                continue
            if len(points) == 1:
                canvas.circle(points[0][0], points[0][1], 0.7, stroke=0, fill=1)
                continue
            path = canvas.beginPath()
            path.moveTo(*points[0])
            # Smooth: quadratic curves through the midpoints, as a pen moves.
            px, py = points[0]
            for (cx, cy), (nx, ny) in pairwise(points[1:]):
                mx, my = (cx + nx) / 2, (cy + ny) / 2
                path.curveTo(
                    px + 2 / 3 * (cx - px),
                    py + 2 / 3 * (cy - py),
                    mx + 2 / 3 * (cx - mx),
                    my + 2 / 3 * (cy - my),
                    mx,
                    my,
                )
                px, py = mx, my
            path.lineTo(*points[-1])
            canvas.drawPath(path, stroke=1, fill=0)


def signature_blocks(
    ctx: ReportContext,
    signatures: Sequence[Signature],
    *,
    per_row: int = 2,
    width: float | None = None,
) -> Flowable:
    """Signature blocks side by side, ``per_row`` to a row; rows never split."""
    if per_row < 1:
        raise ValueError("per_row must be at least 1")
    width = width if width is not None else ctx.width
    cell = (width - _GAP * (per_row - 1)) / per_row
    return grid(
        [SignatureBlock(signature, ctx, cell) for signature in signatures],
        per_row=per_row,
        cell_width=cell,
        gap=_GAP,
        font=ctx.styles.fonts.regular,
        space_before=6,
        bottom_padding=12,
    )
