"""Knowing the page total while drawing "Page X of Y".

Every build makes at least two passes: the first counts the pages, later passes draw
footers with that count, until a pass ends with the count it started from (the table
of contents settles the same way). Bookmarks and links stay correct because each page
is final when it is drawn; no page is held back and patched.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus.tableofcontents import IndexingFlowable

PAGE_END = "executrek.PageEnd"


class PageCount(IndexingFlowable):
    def __init__(self) -> None:
        super().__init__()
        self.total = 0  # pages in the previous pass; 0 during the first
        self._seen = 0

    def beforeBuild(self) -> None:
        if self._seen:
            self.total = self._seen
        self._seen = 0

    def notify(self, kind: str, stuff: Any) -> None:
        if kind == PAGE_END:
            self._seen = max(self._seen, int(stuff))

    def isSatisfied(self) -> bool:
        return self._seen == self.total

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return (0, 0)

    def draw(self) -> None:
        return None
