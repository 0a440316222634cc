"""Draw a ``Markup`` onto a copy of an (upright) image with Pillow.

Shapes are drawn on a transparent layer at twice the size and scaled down, which gives
smooth edges; translucent colours (``#rrggbbaa``) are blended shape by shape. Text uses
the bundled DejaVu Sans Bold with a contrasting outline so it reads on any background.
"""

from __future__ import annotations

import io
import math
from importlib import resources

from PIL import Image, ImageColor, ImageDraw, ImageFont

from executrek.app.photos.markup import (
    Arrow,
    Ellipse,
    Freehand,
    Markup,
    Point,
    Rectangle,
    Shape,
    Text,
)

_FONT_PACKAGE = "executrek.resources"
_FONT_FILE = "fonts/DejaVuSans-Bold.ttf"
_SUPERSAMPLE_MAX_PIXELS = 4_000_000
_ARROW_HEAD_LENGTH = 4.0  # × stroke width
_ARROW_HEAD_MIN = 0.02  # × long edge
_ARROW_HEAD_ANGLE = math.radians(28)

Colour = tuple[int, int, int, int]
Font = ImageFont.FreeTypeFont | ImageFont.ImageFont


def _rgba(colour: str) -> Colour:
    red, green, blue, *alpha = ImageColor.getrgb(colour)
    return red, green, blue, alpha[0] if alpha else 255


def _outline_for(colour: Colour) -> Colour:
    red, green, blue, alpha = colour
    luminance = 0.299 * red + 0.587 * green + 0.114 * blue
    return (0, 0, 0, alpha) if luminance > 140 else (255, 255, 255, alpha)


class _Canvas:
    """Maps normalised coordinates to pixels of the (supersampled) layer."""

    def __init__(self, size: tuple[int, int], scale: int) -> None:
        self.width, self.height = size[0] * scale, size[1] * scale
        self.long_edge = max(self.width, self.height)
        self.font_bytes: bytes | None = None

    def xy(self, point: Point) -> tuple[float, float]:
        return point[0] * self.width, point[1] * self.height

    def stroke(self, width: float) -> int:
        return max(1, round(width * self.long_edge))

    def font(self, size: float) -> Font:
        pixels = max(6, round(size * self.long_edge))
        if self.font_bytes is None:
            try:
                self.font_bytes = resources.files(_FONT_PACKAGE).joinpath(_FONT_FILE).read_bytes()
            except (OSError, ModuleNotFoundError):
                self.font_bytes = b""
        if self.font_bytes:
            return ImageFont.truetype(io.BytesIO(self.font_bytes), pixels)
        return ImageFont.load_default(pixels)


def _dot(draw: ImageDraw.ImageDraw, centre: tuple[float, float], width: int, fill: Colour) -> None:
    radius = width / 2
    x, y = centre
    draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=fill)


def _draw_arrow(draw: ImageDraw.ImageDraw, canvas: _Canvas, shape: Arrow, fill: Colour) -> None:
    (x0, y0), (x1, y1) = canvas.xy(shape.start), canvas.xy(shape.end)
    width = canvas.stroke(shape.width)
    length = math.hypot(x1 - x0, y1 - y0)
    if length < 1:
        _dot(draw, (x1, y1), width, fill)
        return
    head = min(length, max(_ARROW_HEAD_LENGTH * width, _ARROW_HEAD_MIN * canvas.long_edge))
    angle = math.atan2(y1 - y0, x1 - x0)
    base_x = x1 - head * math.cos(angle) * math.cos(_ARROW_HEAD_ANGLE)
    base_y = y1 - head * math.sin(angle) * math.cos(_ARROW_HEAD_ANGLE)
    draw.line((x0, y0, base_x, base_y), fill=fill, width=width)
    _dot(draw, (x0, y0), width, fill)
    wings = [
        (x1 - head * math.cos(angle + side * _ARROW_HEAD_ANGLE),
         y1 - head * math.sin(angle + side * _ARROW_HEAD_ANGLE))
        for side in (-1, 1)
    ]  # fmt: skip
    draw.polygon([(x1, y1), wings[0], wings[1]], fill=fill)


def _draw_shape(draw: ImageDraw.ImageDraw, canvas: _Canvas, shape: Shape) -> None:
    fill = _rgba(shape.colour)
    if isinstance(shape, Arrow):
        _draw_arrow(draw, canvas, shape, fill)
    elif isinstance(shape, Ellipse | Rectangle):
        (x0, y0), (x1, y1) = canvas.xy(shape.corner), canvas.xy(shape.opposite)
        box = (x0, y0, max(x0, x1), max(y0, y1))
        if isinstance(shape, Ellipse):
            draw.ellipse(box, outline=fill, width=canvas.stroke(shape.width))
        else:
            draw.rectangle(box, outline=fill, width=canvas.stroke(shape.width))
    elif isinstance(shape, Freehand):
        width = canvas.stroke(shape.width)
        points = [canvas.xy(p) for p in shape.points]
        if len(points) > 1:
            draw.line(points, fill=fill, width=width, joint="curve")
        _dot(draw, points[0], width, fill)
        _dot(draw, points[-1], width, fill)
    elif isinstance(shape, Text):
        font = canvas.font(shape.size)
        outline = max(1, round(shape.size * canvas.long_edge / 14))
        draw.multiline_text(
            canvas.xy(shape.at), shape.text, font=font, fill=fill,
            stroke_width=outline, stroke_fill=_outline_for(fill),
        )  # fmt: skip


def render_markup(image: Image.Image, markup: Markup) -> Image.Image:
    """A new RGB image: ``image`` (upright) with ``markup`` drawn on top."""
    base = image.convert("RGBA")
    if markup.is_empty:
        return base.convert("RGB")
    scale = 2 if base.width * base.height <= _SUPERSAMPLE_MAX_PIXELS else 1
    canvas = _Canvas(base.size, scale)
    layer = Image.new("RGBA", (canvas.width, canvas.height), (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    for shape in markup.shapes:
        if _rgba(shape.colour)[3] == 255:
            _draw_shape(draw, canvas, shape)
            continue
        # ImageDraw replaces pixels rather than blending: a translucent shape gets a layer
        # of its own, composited over the shapes drawn before it.
        single = Image.new("RGBA", layer.size, (0, 0, 0, 0))
        _draw_shape(ImageDraw.Draw(single), canvas, shape)
        layer.alpha_composite(single)
    if scale != 1:
        layer = layer.resize(base.size, Image.Resampling.LANCZOS)
    base.alpha_composite(layer)
    return base.convert("RGB")
