"""Colours: the branding colours, tints of them, and the status (RAG) colours.

Text on a coloured fill is white or near-black, whichever reads better (WCAG relative
luminance), so a client's pale brand colour never gives white-on-yellow headings.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from reportlab.lib.colors import Color, HexColor

from executrek.app.reports.settings import Branding

INK = HexColor("#1D232B")  # body text: softer than pure black, prints black
MUTED = HexColor("#5F6B7A")  # secondary text: captions, footers
RULE = HexColor("#C9D1DB")  # hairlines and grid
PAPER = HexColor("#FFFFFF")
WHITE = HexColor("#FFFFFF")


def _channel(value: float) -> float:
    return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4


def luminance(colour: Color) -> float:
    r, g, b = colour.red, colour.green, colour.blue
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def text_on(fill: Color) -> Color:
    """White or ink, whichever contrasts more with ``fill``."""
    fill_l = luminance(fill)
    white_contrast = 1.05 / (fill_l + 0.05)
    ink_contrast = (fill_l + 0.05) / (luminance(INK) + 0.05)
    return WHITE if white_contrast >= ink_contrast else INK


def tint(colour: Color, amount: float) -> Color:
    """Mix ``colour`` with white; ``amount`` 0 is white, 1 is the colour itself."""
    return Color(
        1 - (1 - colour.red) * amount,
        1 - (1 - colour.green) * amount,
        1 - (1 - colour.blue) * amount,
    )


def to_hex(colour: Color) -> str:
    """'#RRGGBB' for Paragraph markup (``<font color=...>``)."""
    return "#" + colour.hexval()[2:].upper()


class Tone(Enum):
    """Status colours. RED/AMBER/GREEN are the RAG scale; GREY is closed or not
    applicable, BLUE is informational."""

    RED = "#C62828"
    AMBER = "#F0A202"
    GREEN = "#2E7D32"
    GREY = "#7A8794"
    BLUE = "#1565C0"

    @property
    def colour(self) -> Color:
        return HexColor(self.value)


@dataclass(frozen=True)
class Palette:
    """The colours of one report, derived from its branding."""

    primary: Color
    accent: Color
    on_primary: Color  # text on primary fills
    primary_light: Color  # section rules, chart gridlines
    zebra: Color  # alternate table rows
    series: tuple[Color, ...]  # chart series, in order

    @classmethod
    def from_branding(cls, branding: Branding) -> Palette:
        primary = HexColor(branding.primary_colour)
        accent = HexColor(branding.accent_colour)
        series = (
            primary,
            accent,
            HexColor("#4E9A8E"),
            HexColor("#E0A93B"),
            HexColor("#7A6FB0"),
            HexColor("#8C9AAB"),
            tint(primary, 0.55),
            tint(accent, 0.55),
        )
        return cls(
            primary=primary,
            accent=accent,
            on_primary=text_on(primary),
            primary_light=tint(primary, 0.25),
            zebra=tint(primary, 0.06),
            series=series,
        )
