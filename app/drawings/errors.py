"""``DrawingError``: why a drawing file cannot be opened or rendered, as one clear sentence.

Every message says what happened and what to do, and goes through ``translate`` so it can be
translated. Constructors live here so tests and callers share the wording.
"""

from __future__ import annotations

from executrek.app.i18n import translate

_CTX = "Drawings"


class DrawingError(Exception):
    """A drawing that cannot be opened or rendered; ``str(error)`` is one translated sentence."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def missing(name: str) -> DrawingError:
    return DrawingError(
        translate(
            _CTX, "The drawing “{name}” could not be found or read; check the file and try again."
        ).format(name=name)
    )


def empty(name: str) -> DrawingError:
    return DrawingError(
        translate(
            _CTX, "The file “{name}” is empty; copy the drawing again from its source."
        ).format(name=name)
    )


def file_too_large(name: str, size_mb: int, limit_mb: int) -> DrawingError:
    return DrawingError(
        translate(
            _CTX,
            "The file “{name}” is {size} MB, more than the {limit} MB a drawing may have; "
            "split the set into smaller files.",
        ).format(name=name, size=size_mb, limit=limit_mb)
    )


def unknown_type(name: str) -> DrawingError:
    return DrawingError(
        translate(
            _CTX,
            "The file “{name}” is not a PDF, PNG or JPEG drawing; export the sheet as PDF and "
            "import that.",
        ).format(name=name)
    )


def encrypted(name: str) -> DrawingError:
    return DrawingError(
        translate(
            _CTX,
            "The PDF “{name}” is password-protected; ask the sender for an unprotected copy.",
        ).format(name=name)
    )


def damaged(name: str) -> DrawingError:
    return DrawingError(
        translate(
            _CTX,
            "The file “{name}” is damaged or incomplete and cannot be read; copy or download "
            "it again.",
        ).format(name=name)
    )


def unsupported_security(name: str) -> DrawingError:
    return DrawingError(
        translate(
            _CTX,
            "The PDF “{name}” uses a protection scheme that cannot be opened; ask the sender "
            "for an unprotected copy.",
        ).format(name=name)
    )


def too_many_pages(name: str, pages: int, limit: int) -> DrawingError:
    return DrawingError(
        translate(
            _CTX,
            "The PDF “{name}” has {pages} pages, more than the {limit} a drawing set may have; "
            "split it into smaller sets.",
        ).format(name=name, pages=pages, limit=limit)
    )


def bad_page_size(name: str, page: int, width: float, height: float) -> DrawingError:
    return DrawingError(
        translate(
            _CTX,
            "Page {page} of “{name}” has an unusable size ({width} × {height} pt); fix or "
            "remove that page and import the file again.",
        ).format(name=name, page=page, width=round(width, 1), height=round(height, 1))
    )


def page_unreadable(name: str, page: int) -> DrawingError:
    return DrawingError(
        translate(
            _CTX,
            "Page {page} of “{name}” is damaged and cannot be shown; import a fresh copy of "
            "the drawing.",
        ).format(name=name, page=page)
    )


def scan_too_large(name: str, megapixels: int, limit: int) -> DrawingError:
    return DrawingError(
        translate(
            _CTX,
            "The scan “{name}” is {mp} megapixels, more than the {limit} a drawing scan may "
            "have; scan at 300 dpi or less, or save it as PDF or JPEG.",
        ).format(name=name, mp=megapixels, limit=limit)
    )


def render_too_large(megapixels: int, limit: int) -> DrawingError:
    return DrawingError(
        translate(
            _CTX,
            "That view would need a {mp} megapixel image, more than the {limit} allowed; "
            "zoom in or render a smaller area.",
        ).format(mp=megapixels, limit=limit)
    )


def no_such_page(page: int, pages: int) -> DrawingError:
    return DrawingError(
        translate(_CTX, "Page {page} does not exist; the drawing has {pages} page(s).").format(
            page=page + 1, pages=pages
        )
    )


def out_of_memory(name: str) -> DrawingError:
    return DrawingError(
        translate(
            _CTX,
            "There was not enough memory to open “{name}”; close other programs and try again.",
        ).format(name=name)
    )
