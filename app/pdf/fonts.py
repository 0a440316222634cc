"""The report fonts: DejaVu Sans (shipped in ``executrek.resources/fonts``).

Reportlab keeps registered fonts in a process-wide table of its own; ``register_fonts``
fills it once and is cheap (and harmless) to call again. DejaVu covers Latin, Latin
Extended, Greek and Cyrillic, so names like "Łukasz Żółć" or "Анна Кузнецова" print as
real, searchable text. Scripts outside that set (CJK, Arabic, emoji) print as empty boxes.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from importlib.resources import files

from reportlab.lib.fonts import tt2ps
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

_RESOURCE_PACKAGE = "executrek.resources"


@dataclass(frozen=True)
class FontSet:
    """Names of the registered fonts, as reportlab knows them.

    ``family`` and ``condensed_family`` are font families: Paragraph markup ``<b>`` and
    ``<i>`` picks the matching face. The condensed family has no oblique face of its own;
    its italics fall back to DejaVu Sans Oblique.
    """

    regular: str = "DejaVuSans"
    bold: str = "DejaVuSans-Bold"
    italic: str = "DejaVuSans-Oblique"
    bold_italic: str = "DejaVuSans-BoldOblique"
    condensed: str = "DejaVuSansCondensed"
    condensed_bold: str = "DejaVuSansCondensed-Bold"

    @property
    def family(self) -> str:
        return self.regular

    @property
    def condensed_family(self) -> str:
        return self.condensed

    def files(self) -> dict[str, str]:
        """Font name → file name in ``executrek.resources/fonts``."""
        return {
            self.regular: "DejaVuSans.ttf",
            self.bold: "DejaVuSans-Bold.ttf",
            self.italic: "DejaVuSans-Oblique.ttf",
            self.bold_italic: "DejaVuSans-BoldOblique.ttf",
            self.condensed: "DejaVuSansCondensed.ttf",
            self.condensed_bold: "DejaVuSansCondensed-Bold.ttf",
        }


def _is_registered(fonts: FontSet) -> bool:
    known = set(pdfmetrics.getRegisteredFontNames())
    if not set(fonts.files()) <= known:
        return False
    try:
        return (
            tt2ps(fonts.family, 1, 1) == fonts.bold_italic
            and tt2ps(fonts.condensed_family, 1, 0) == fonts.condensed_bold
        )
    except ValueError:
        return False


def register_fonts() -> FontSet:
    """Register the DejaVu fonts and their families with reportlab (idempotent)."""
    fonts = FontSet()
    if _is_registered(fonts):
        return fonts
    folder = files(_RESOURCE_PACKAGE).joinpath("fonts")
    for name, file_name in fonts.files().items():
        data = folder.joinpath(file_name).read_bytes()
        pdfmetrics.registerFont(TTFont(name, io.BytesIO(data)))
    # Families last: _is_registered checks them, so a half-finished registration repeats.
    for family, normal, bold in (
        (fonts.family, fonts.regular, fonts.bold),
        (fonts.condensed_family, fonts.condensed, fonts.condensed_bold),
    ):
        pdfmetrics.registerFontFamily(
            family, normal=normal, bold=bold, italic=fonts.italic, boldItalic=fonts.bold_italic
        )
    return fonts
