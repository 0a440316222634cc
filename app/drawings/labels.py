"""Printable location labels: a QR code of the location code, the code in large type and
the location's name, on A4 sheets of 1, 6 or 24 labels.

The QR code holds the bare location code as text (byte mode, error correction level M),
so any phone reader shows it and the rep can type or paste it into the app's search. It
is encoded by reportlab's own QR encoder (``reportlab.graphics.barcode.qrencoder``, the one
behind ``QrCodeWidget``) and drawn as one vector path, so it stays sharp at any print size. Dashed grey lines mark where to cut.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from reportlab.graphics.barcode import qrencoder
from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from executrek.app.atomic import atomic_path
from executrek.app.pdf.fonts import FontSet, register_fonts

LabelsPerPage = Literal[1, 6, 24]

#: Error-correction level of the codes: M survives ~15 % damage (dirty site labels).
QR_LEVEL = "M"
_QUIET = 4  # modules of white around the code, as the standard asks


@dataclass(frozen=True)
class _Layout:
    cols: int
    rows: int
    qr_mm: float
    code_pt: float
    name_pt: float
    beside: bool  # QR left of the text (small labels) or above it


_LAYOUTS: dict[int, _Layout] = {
    1: _Layout(1, 1, 120, 54, 22, beside=False),
    6: _Layout(2, 3, 55, 24, 11, beside=False),
    24: _Layout(3, 8, 27, 13, 7, beside=True),
}
_MARGIN = 10 * mm
_CUT = Color(0.7, 0.7, 0.7)


def qr_matrix(value: str) -> list[list[bool]]:
    """The QR modules of ``value`` (rows top to bottom, True = dark), from reportlab's
    encoder (the one behind ``reportlab.graphics.barcode.qr.QrCodeWidget``)."""
    code = qrencoder.QRCode(None, getattr(qrencoder.QRErrorCorrectLevel, QR_LEVEL))
    code.addData(value)
    code.make()
    return [[bool(module) for module in row] for row in code.modules]


def draw_qr(canvas: Canvas, value: str, x: float, y: float, size: float) -> None:
    """Draw the QR code of ``value`` as vector squares in the ``size`` × ``size`` point
    square whose bottom-left corner is (``x``, ``y``), quiet zone of 4 modules included."""
    matrix = qr_matrix(value)
    module = size / (len(matrix) + 2 * _QUIET)
    path = canvas.beginPath()
    for r, row in enumerate(matrix):
        top = y + size - (r + _QUIET) * module
        c = 0
        for dark, run in itertools.groupby(row):
            count = len(list(run))
            if dark:
                # A hair wider than the run so neighbouring rows never show seams.
                path.rect(
                    x + (c + _QUIET) * module, top - module * 1.02, count * module, module * 1.02
                )
            c += count
    canvas.drawPath(path, stroke=0, fill=1)


def location_labels_pdf(
    labels: Sequence[tuple[str, str]],
    output: Path,
    *,
    per_page: LabelsPerPage = 6,
    title: str | None = None,
) -> int:
    """Write QR labels for ``labels`` = [(code, name), …] to ``output`` (atomically);
    return the number of pages written."""
    if per_page not in _LAYOUTS:
        raise ValueError(f"per_page must be 1, 6 or 24, not {per_page!r}")
    if not labels:
        raise ValueError("no labels to print")
    if any(not code.strip() for code, _ in labels):
        raise ValueError("every label needs a location code")
    layout = _LAYOUTS[per_page]
    fonts = register_fonts()
    page_w, page_h = A4
    cell_w = (page_w - 2 * _MARGIN) / layout.cols
    cell_h = (page_h - 2 * _MARGIN) / layout.rows
    pages = math.ceil(len(labels) / per_page)
    with atomic_path(output) as tmp:
        canvas = Canvas(str(tmp), pagesize=A4, pageCompression=1)
        canvas.setTitle(title or "Location labels")
        canvas.setCreator("Executrek Field")
        for page in range(pages):
            chunk = labels[page * per_page : (page + 1) * per_page]
            if title:
                canvas.setFont(fonts.regular, 8)
                canvas.setFillColor(Color(0.3, 0.3, 0.3))
                canvas.drawString(_MARGIN, page_h - _MARGIN + 3 * mm, title)
                canvas.drawRightString(
                    page_w - _MARGIN, page_h - _MARGIN + 3 * mm, f"{page + 1}/{pages}"
                )
            for n, (code, name) in enumerate(chunk):
                col, row = n % layout.cols, n // layout.cols
                x = _MARGIN + col * cell_w
                y = page_h - _MARGIN - (row + 1) * cell_h
                _label(canvas, fonts, layout, (x, y, cell_w, cell_h), code.strip(), name.strip())
            canvas.showPage()
        canvas.save()
    return pages


def _fit(text: str, font: str, size: float, width: float) -> float:
    """``size`` shrunk so ``text`` fits ``width`` (not below 40 % of it)."""
    needed = stringWidth(text, font, size)
    return size if needed <= width else max(size * 0.4, size * width / needed)


def _label(
    canvas: Canvas,
    fonts: FontSet,
    layout: _Layout,
    cell: tuple[float, float, float, float],
    code: str,
    name: str,
) -> None:
    x, y, w, h = cell
    canvas.setStrokeColor(_CUT)
    canvas.setLineWidth(0.3)
    canvas.setDash([3, 3])
    canvas.rect(x, y, w, h)
    canvas.setDash()
    canvas.setFillColor(Color(0, 0, 0))
    pad = 3 * mm
    qr = min(layout.qr_mm * mm, h - 2 * pad)
    if layout.beside:
        draw_qr(canvas, code, x + pad, y + (h - qr) / 2, qr)
        text_x = x + 2 * pad + qr
        text_w = w - 3 * pad - qr
        code_pt = _fit(code, fonts.bold, layout.code_pt, text_w)
        canvas.setFont(fonts.bold, code_pt)
        canvas.drawString(text_x, y + h / 2 + 2, code)
        _name_lines(
            canvas,
            fonts,
            name,
            layout.name_pt,
            text_x,
            y + h / 2 - layout.name_pt - 1,
            text_w,
            2,
            False,
        )
        return
    centre = x + w / 2
    top = y + h - pad
    draw_qr(canvas, code, centre - qr / 2, top - qr, qr)
    code_pt = _fit(code, fonts.bold, layout.code_pt, w - 2 * pad)
    baseline = top - qr - code_pt
    canvas.setFont(fonts.bold, code_pt)
    canvas.drawCentredString(centre, baseline, code)
    _name_lines(
        canvas,
        fonts,
        name,
        layout.name_pt,
        centre,
        baseline - layout.name_pt * 1.6,
        w - 2 * pad,
        2,
        True,
    )


def _name_lines(
    canvas: Canvas,
    fonts: FontSet,
    name: str,
    size: float,
    x: float,
    y: float,
    width: float,
    max_lines: int,
    centred: bool,
) -> None:
    if not name:
        return
    lines = simpleSplit(name, fonts.regular, size, width)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = lines[-1].rstrip() + "…"
    canvas.setFont(fonts.regular, size)
    for n, line in enumerate(lines):
        if centred:
            canvas.drawCentredString(x, y - n * size * 1.2, line)
        else:
            canvas.drawString(x, y - n * size * 1.2, line)
