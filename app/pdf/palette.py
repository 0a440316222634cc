"""Colours: the branding colours, tints of them, and the status (RAG) colours.

Text on a coloured fill is white or near-black, whichever reads better (WCAG relative
luminance), so a client's pale brand colour never gives white-on-yellow headings.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from reportlab.lib.colors import Color, HexColor

from executrek.app import status_colours
from executrek.app.pdf.settings import Branding

INK = HexColor("#1D232B")  # body text: softer than pure black, prints black
MUTED = HexColor("#5F6B7A")  # secondary text: captions, footers
RULE = HexColor("#C9D1DB")  # hairlines and grid
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
    """Status colours, the app's hues at lightness steps that stay apart in grey.

    RED/AMBER/GREEN are the RAG scale; GREY is draft, void or not applicable, BLUE
    open or informational, PURPLE awaiting review, TEAL promoted. The grey-scale
    lightness (CIE L* of the grey a greyscale print or copy gives) is in the comment:
    tones that share a legend (``LEGENDS``) are at least 15 apart, and the text on
    each fill (``text_on``) has 4.5:1 contrast or more. docs/reports.md has the table.
    """

    RED = status_colours.RED
    AMBER = status_colours.AMBER
    GREEN = status_colours.GREEN
    GREY = status_colours.GREY
    BLUE = status_colours.BLUE
    PURPLE = status_colours.PURPLE
    TEAL = status_colours.TEAL

    @property
    def colour(self) -> Color:
        return HexColor(self.value)


# Risk bands (score = probability × impact): Low 1–4, Medium 5–9, High 10–16, Extreme 20–25.
RISK_LOW = "#DDF6D5"  # L* 93
RISK_MEDIUM = Tone.AMBER.value  # L* 76
RISK_HIGH = "#D57622"  # L* 57
RISK_EXTREME = Tone.RED.value  # L* 32

# Colours drawn side by side with a legend (or read against each other without one):
# each pair in a group is at least 15 L* apart in grey (tests/app/pdf/test_report_colours).
LEGENDS: dict[str, tuple[str, ...]] = {
    "rating": (Tone.GREEN.value, Tone.AMBER.value, Tone.RED.value),
    "open and closed": (Tone.RED.value, Tone.GREEN.value),
    "pass and fail": (Tone.GREEN.value, Tone.RED.value),
    "risk band": (RISK_LOW, RISK_MEDIUM, RISK_HIGH, RISK_EXTREME),
    "budget change": (Tone.RED.value, Tone.GREEN.value),  # increase, decrease
}


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
