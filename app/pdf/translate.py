"""The translation hook reports use for their own words ("Page 3 of 12", "Contents").

Reports import no Qt, so the caller passes the translator in; in the app that is
``executrek.app.i18n.translate``, whose signature this protocol matches. Calls in this package
are written ``translate("Reports", "...")`` so ``pyside6-lupdate`` collects them.
"""

from __future__ import annotations

from typing import Protocol


class Translate(Protocol):
    def __call__(
        self, context: str, text: str, disambiguation: str | None = None, n: int = -1
    ) -> str: ...


def untranslated(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """A ``Translate`` that returns the English source text (tests, command-line tools)."""
    return text
