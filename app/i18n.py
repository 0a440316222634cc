"""Translation entry point for user-facing strings outside widgets.

``tr(context, text)`` goes through Qt's translator when a QCoreApplication with a
loaded translation exists; otherwise it returns the source text. Strings are marked
so ``pyside6-lupdate`` finds them (it recognises ``translate("Context", "...")``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)


def translate_error(context: str, template: str, params: dict[str, object]) -> str:
    """Translate a domain error template (from ``executrek.models``) and fill it in."""
    return tr(context, template).format(**params)
