"""What a report build takes besides its content: branding, identity and page setup.

Plain frozen dataclasses, so the query layer can fill them and tests can build them.
Validation happens on construction, so a bad colour fails where it is made, not halfway
through a 200-page build.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import Enum
from pathlib import Path

from executrek.app.pdf.errors import ReportError

_HEX_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")


def _check_colour(field: str, value: str) -> None:
    if not _HEX_COLOUR.match(value):
        raise ReportError(f"{field} must be a colour like '#1F3A5F', not {value!r}")


@dataclass(frozen=True)
class Branding:
    """Who the report is for and who made it, and how it should look.

    Logos are PNG or JPEG files (PNG transparency is kept). ``owner_logo`` may be None
    while an owner has not supplied one; the cover then shows the owner name alone.
    """

    owner_name: str
    pmo_name: str
    owner_logo: Path | None
    pmo_logo: Path | None = None
    primary_colour: str = "#1F3A5F"
    accent_colour: str = "#C8102E"
    footer: str = ""  # the PMO's line printed in every page's footer (empty: none)

    def __post_init__(self) -> None:
        _check_colour("primary_colour", self.primary_colour)
        _check_colour("accent_colour", self.accent_colour)
        if not self.owner_name.strip():
            raise ReportError("owner_name must not be empty")


@dataclass(frozen=True)
class ReportMeta:
    """The identity of one issued report, printed on the cover and on every page.

    ``kind`` is the report type as the reader should see it, already translated
    (e.g. "Monthly Progress Report"). Nothing in a report reads the clock: ``issued``
    is the date printed, so rebuilding from the same data gives the same document.
    """

    title: str
    report_number: str
    project_code: str
    project_name: str
    period_start: date
    period_end: date
    prepared_by: str
    issued: date
    kind: str
    language: str = "en"

    def __post_init__(self) -> None:
        if self.period_end < self.period_start:
            raise ReportError(
                f"period_end {self.period_end} is before period_start {self.period_start}"
            )
        if not self.title.strip():
            raise ReportError("title must not be empty")


class Paper(Enum):
    A4 = "A4"
    LETTER = "Letter"


@dataclass(frozen=True)
class PageSetup:
    """Paper and layout.

    ``landscape`` turns the content pages (the cover stays portrait). Individual
    sections can still switch orientation with ``ReportContext.landscape_pages()``.
    ``cover`` starts with a cover page; without one the first page opens with a title
    block (kind, title, project, number, period, prepared for and by, issued) and the
    story follows on the same page.
    ``contents`` adds a table of contents after the first page, built from the section
    headings. With ``contents_min_pages`` it is added only when the report runs past
    that many pages: it is then laid out after the body (still one pass) and its pages
    are moved behind the first page, the page numbers following the new order.
    """

    paper: Paper = Paper.A4
    landscape: bool = False
    contents: bool = True
    cover: bool = True
    contents_min_pages: int = 0  # 0: always (when ``contents``)


class NegativeStyle(Enum):
    PARENTHESES = "parentheses"  # (1,234.00): the accounting convention, the default
    MINUS = "minus"  # -1,234.00


class MoneyStyle(Enum):
    CODE = "code"  # USD 1,234.50: the default
    SYMBOL = "symbol"  # $1,234.50 (the code where a currency has no symbol of its own)


class DateStyle(Enum):
    DAY_MONTH_YEAR = "d MMM yyyy"  # 25 Nov 2026
    ISO = "yyyy-MM-dd"  # 2026-11-25


@dataclass(frozen=True)
class NumberStyle:
    """How numbers, money and dates print: one style for a whole report, so it is
    consistent from the cover to the last table."""

    decimal_separator: str = "."
    group_separator: str = ","
    negative: NegativeStyle = NegativeStyle.PARENTHESES
    dates: DateStyle = DateStyle.DAY_MONTH_YEAR
    money: MoneyStyle = MoneyStyle.CODE

    def __post_init__(self) -> None:
        if self.decimal_separator == self.group_separator:
            raise ReportError("decimal and group separators must differ")
        if len(self.decimal_separator) != 1:
            raise ReportError("decimal_separator must be one character")
