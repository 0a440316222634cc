"""Translation entry point for user-facing strings outside widgets.

``translate(context, text)`` goes through Qt's translator when a QCoreApplication with a
loaded translation exists; otherwise it returns the source text. Strings are marked
so ``pyside6-lupdate`` finds them: it recognises a call named ``translate("Context", "...")``
but would read ``tr("Context", "...")`` as a widget's ``tr(text, disambiguation)``, so
this function must keep its name.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)
