"""What a drawing file is: its kind, its pages (size in points, label) and title."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

DocKind = Literal["pdf", "image"]


@dataclass(frozen=True)
class PageInfo:
    """One page: zero-based ``index``, size in PDF points (1/72 inch) as displayed (page
    rotation applied), and the PDF page label ("A-101", "iii") when the file has one."""

    index: int
    width_pt: float
    height_pt: float
    label: str | None


@dataclass(frozen=True)
class DocInfo:
    kind: DocKind
    pages: tuple[PageInfo, ...]
    title: str | None
