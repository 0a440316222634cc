"""Sheet number, title and revision read from a drawing's file name.

Common patterns on projects::

    A-101_Ground Floor Plan_Rev C.pdf     → A-101 · Ground Floor Plan · C
    S201 - Foundations - P02.pdf          → S201 · Foundations · P02
    M-301 rev 3.pdf                       → M-301 · (no title) · 3
    E1.01 Lighting Layout (Rev B).pdf     → E1.01 · Lighting Layout · B
    FP-101-C02.pdf                        → FP-101 · (no title) · C02

The sheet number is the leading code (1–3 letters, optional separator, digits, optional
``.NN``/``-NN`` part and suffix letter), kept as written with the letters upper-cased. The
revision is a trailing ``Rev X`` / ``Revision X`` / ``(Rev X)``, or a trailing separated
code in the P01/C02/T1 style. What remains, separators tidied, is the title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_NUMBER = re.compile(
    r"^\s*(?P<num>[A-Za-z]{1,3}[-.]?\d{1,4}(?:[.-]\d{1,3})?[A-Za-z]?)(?=$|[\s_\-–—.(\[])"
)
# "Rev C", "rev 3", "Rev.02", "REV-P02", "(Rev B)", "RevC", "Rev3" — but not "Review".
_REV_WORD = re.compile(
    r"(?:^|[\s_\-–—(\[])[(\[]?rev(?:ision)?"
    r"(?:[.\s\-_:#]+(?P<rev>[A-Za-z0-9]{1,4}(?:\.\d{1,2})?)|(?P<tight>\d{1,3}|[A-Za-z]\d{0,2}))"
    r"\s*[)\]]?\s*$",
    re.IGNORECASE,
)
_REV_CODE = re.compile(r"(?:^|[\s_\-–—])(?P<rev>[PCTAD]\d{1,3})\s*$", re.IGNORECASE)
_SEPARATORS = " _-–—.,;:"


@dataclass(frozen=True)
class SheetName:
    sheet_number: str | None
    title: str | None
    revision: str | None


def _tidy(text: str) -> str:
    text = text.replace("_", " ")
    text = re.sub(r"\s+[-–—]\s+", " - ", text)
    text = re.sub(r"\s+", " ", text)
    return text.strip(_SEPARATORS + "()[]").strip()


def looks_like_sheet_number(text: str | None) -> bool:
    """True for codes such as ``A-101``, ``S201``, ``E1.01`` (PDF page labels, cells)."""
    if not text:
        return False
    match = _NUMBER.match(text)
    return match is not None and match.group("num") == text.strip()


def parse_sheet_name(stem: str) -> SheetName:
    """Read number, title and revision from a file name without its extension."""
    rest = stem.strip()
    revision: str | None = None
    for pattern in (_REV_WORD, _REV_CODE):
        found = pattern.search(rest)
        if found is not None:
            revision = (found.group("rev") or found.group("tight")).upper()
            rest = rest[: found.start()]
            break
    number: str | None = None
    found_number = _NUMBER.match(rest)
    if found_number is not None:
        raw = found_number.group("num")
        number = re.sub(r"[a-z]+", lambda m: m.group(0).upper(), raw)
        rest = rest[found_number.end() :]
    title = _tidy(rest) or None
    if revision is None and title is not None and number is not None:
        # "A-101 - Plan - C": a lone trailing letter or number after a dash separator.
        lone = re.search(r"\s-\s(?P<rev>[A-Za-z]|\d{1,2})$", title)
        if lone is not None:
            revision = lone.group("rev").upper()
            title = _tidy(title[: lone.start()]) or None
    return SheetName(number, title, revision)
