"""Plain text → Paragraph markup. Every user-entered string (names, notes, titles)
goes through ``escape`` before it meets a Paragraph: "A&B <ltd>" must print as typed,
not break the parser or inject markup."""

from __future__ import annotations

import unicodedata
from xml.sax.saxutils import escape as _xml_escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph


def normalise(text: str) -> str:
    """NFC: "e" + combining circumflex becomes "ê", one glyph that prints and searches
    as such (reportlab does not position combining marks)."""
    return unicodedata.normalize("NFC", text)


def escape(text: str) -> str:
    """Escape ``text`` for Paragraph markup; line breaks are kept."""
    lines = _xml_escape(normalise(text)).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "<br/>".join(lines)


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A Paragraph of plain (unescaped) text."""
    return Paragraph(escape(text), style)
