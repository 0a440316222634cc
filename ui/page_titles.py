"""The navigation titles of ``pages.registry.PAGES``, marked for ``pyside6-lupdate``.

The registry keeps plain English titles; the main window shows them through
``QCoreApplication.translate("Navigation", title)``. lupdate only finds texts inside a
translate call, so every title is listed here once (a test fails when a registry title
is missing, so a new screen cannot ship untranslatable)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

TITLES: tuple[str, ...] = tuple(
    str(title)
    for title in (
        QT_TRANSLATE_NOOP("Navigation", "Portfolio"),
        QT_TRANSLATE_NOOP("Navigation", "Dashboard"),
        QT_TRANSLATE_NOOP("Navigation", "Punch list"),
        QT_TRANSLATE_NOOP("Navigation", "Inspections"),
        QT_TRANSLATE_NOOP("Navigation", "Change orders"),
        QT_TRANSLATE_NOOP("Navigation", "Contractor issues"),
        QT_TRANSLATE_NOOP("Navigation", "Risks"),
        QT_TRANSLATE_NOOP("Navigation", "Budget"),
        QT_TRANSLATE_NOOP("Navigation", "Commitments"),
        QT_TRANSLATE_NOOP("Navigation", "Pay applications"),
        QT_TRANSLATE_NOOP("Navigation", "Site diary"),
        QT_TRANSLATE_NOOP("Navigation", "Schedule"),
        QT_TRANSLATE_NOOP("Navigation", "Directory"),
        QT_TRANSLATE_NOOP("Navigation", "Settings"),
        QT_TRANSLATE_NOOP("Navigation", "Photos"),
        QT_TRANSLATE_NOOP("Navigation", "Import / export"),
        QT_TRANSLATE_NOOP("Navigation", "Reports"),
        QT_TRANSLATE_NOOP("Navigation", "Sync"),
        QT_TRANSLATE_NOOP("Navigation", "Drawings"),
    )
)
