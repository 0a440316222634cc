"""Projects whose first download from the central database is not finished: they are
listed as "downloading n %" (project picker, portfolio, ``executrek projects``) and
not offered for editing until the download is complete (the next sync continues it)."""

from __future__ import annotations

from executrek.app.i18n import translate
from executrek.models.local_read import SqlSource

Downloads = dict[str, int | None]  # project id -> percent (None: not known yet)


def downloading(source: SqlSource) -> Downloads:
    """The unfinished first downloads, read with plain SQL (safe before the ORM loads)."""
    from executrek.sync.download_state import download_percents

    return download_percents(source)


def state_text(percent: int | None) -> str:
    """ "downloading 42 %" (or without a number while the total is not known)."""
    if percent is None:
        return translate("Downloads", "downloading")
    return translate("Downloads", "downloading {percent} %").format(percent=percent)


def not_ready(code: str, percent: int | None) -> str:
    """Why the project cannot be opened for editing yet (one line, the user's words)."""
    if percent is None:
        return translate(
            "Downloads",
            "{code} is still downloading from the central database; it opens once the "
            "download is complete (the next sync continues it).",
        ).format(code=code)
    return translate(
        "Downloads",
        "{code} is still downloading from the central database ({percent} % so far); it "
        "opens once the download is complete (the next sync continues it).",
    ).format(code=code, percent=percent)
