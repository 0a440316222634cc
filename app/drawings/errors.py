"""``DrawingError``: why a drawing file cannot be opened or rendered, as one clear sentence.

Every message says what happened and what to do, and is translated (marked here for
``pyside6-lupdate``, translated when the error is made). Constructors live here so tests
and callers share the wording.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from executrek.app.i18n import translate
from executrek.models.errors import EnvironmentFault

_CTX = "Drawings"


class DrawingError(EnvironmentFault):
    """A drawing that cannot be opened or rendered; ``str(error)`` is one translated sentence."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _error(text: object, **params: Any) -> DrawingError:
    """``text``: one of the marked sentences below (``QT_TRANSLATE_NOOP`` gives it back)."""
    return DrawingError(translate(_CTX, str(text)).format(**params))


_MISSING = QT_TRANSLATE_NOOP(
    "Drawings", "The drawing “{name}” could not be found or read; check the file and try again."
)
_EMPTY = QT_TRANSLATE_NOOP(
    "Drawings", "The file “{name}” is empty; copy the drawing again from its source."
)
_FILE_TOO_LARGE = QT_TRANSLATE_NOOP(
    "Drawings",
    "The file “{name}” is {size} MB, more than the {limit} MB a drawing may have; split the"
    " set into smaller files.",
)
_UNKNOWN_TYPE = QT_TRANSLATE_NOOP(
    "Drawings",
    "The file “{name}” is not a PDF, PNG or JPEG drawing; export the sheet as PDF and import that.",
)
_ENCRYPTED = QT_TRANSLATE_NOOP(
    "Drawings", "The PDF “{name}” is password-protected; ask the sender for an unprotected copy."
)
_DAMAGED = QT_TRANSLATE_NOOP(
    "Drawings",
    "The file “{name}” is damaged or incomplete and cannot be read; copy or download it again.",
)
_UNSUPPORTED_SECURITY = QT_TRANSLATE_NOOP(
    "Drawings",
    "The PDF “{name}” uses a protection scheme that cannot be opened; ask the sender for an"
    " unprotected copy.",
)
_TOO_MANY_PAGES = QT_TRANSLATE_NOOP(
    "Drawings",
    "The PDF “{name}” has {pages} pages, more than the {limit} a drawing set may have; "
    "split it into smaller sets.",
)
_BAD_PAGE_SIZE = QT_TRANSLATE_NOOP(
    "Drawings",
    "Page {page} of “{name}” has an unusable size ({width} × {height} pt); fix or remove "
    "that page and import the file again.",
)
_PAGE_UNREADABLE = QT_TRANSLATE_NOOP(
    "Drawings",
    "Page {page} of “{name}” is damaged and cannot be shown; import a fresh copy of the drawing.",
)
_SCAN_TOO_LARGE = QT_TRANSLATE_NOOP(
    "Drawings",
    "The scan “{name}” is {mp} megapixels, more than the {limit} a drawing scan may have; "
    "scan at 300 dpi or less, or save it as PDF or JPEG.",
)
_RENDER_TOO_LARGE = QT_TRANSLATE_NOOP(
    "Drawings",
    "That view would need a {mp} megapixel image, more than the {limit} allowed; zoom in or"
    " render a smaller area.",
)
_NO_SUCH_PAGE = QT_TRANSLATE_NOOP(
    "Drawings", "Page {page} does not exist; the drawing has {pages} page(s)."
)
_OUT_OF_MEMORY = QT_TRANSLATE_NOOP(
    "Drawings", "There was not enough memory to open “{name}”; close other programs and try again."
)


def missing(name: str) -> DrawingError:
    return _error(_MISSING, name=name)


def empty(name: str) -> DrawingError:
    return _error(_EMPTY, name=name)


def file_too_large(name: str, size_mb: int, limit_mb: int) -> DrawingError:
    return _error(_FILE_TOO_LARGE, name=name, size=size_mb, limit=limit_mb)


def unknown_type(name: str) -> DrawingError:
    return _error(_UNKNOWN_TYPE, name=name)


def encrypted(name: str) -> DrawingError:
    return _error(_ENCRYPTED, name=name)


def damaged(name: str) -> DrawingError:
    return _error(_DAMAGED, name=name)


def unsupported_security(name: str) -> DrawingError:
    return _error(_UNSUPPORTED_SECURITY, name=name)


def too_many_pages(name: str, pages: int, limit: int) -> DrawingError:
    return _error(_TOO_MANY_PAGES, name=name, pages=pages, limit=limit)


def bad_page_size(name: str, page: int, width: float, height: float) -> DrawingError:
    return _error(
        _BAD_PAGE_SIZE, name=name, page=page, width=round(width, 1), height=round(height, 1)
    )


def page_unreadable(name: str, page: int) -> DrawingError:
    return _error(_PAGE_UNREADABLE, name=name, page=page)


def scan_too_large(name: str, megapixels: int, limit: int) -> DrawingError:
    return _error(_SCAN_TOO_LARGE, name=name, mp=megapixels, limit=limit)


def render_too_large(megapixels: int, limit: int) -> DrawingError:
    return _error(_RENDER_TOO_LARGE, mp=megapixels, limit=limit)


def no_such_page(page: int, pages: int) -> DrawingError:
    return _error(_NO_SUCH_PAGE, page=page + 1, pages=pages)


def out_of_memory(name: str) -> DrawingError:
    return _error(_OUT_OF_MEMORY, name=name)
