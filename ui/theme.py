"""Fusion style with a light or dark palette that follows the system unless set."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication


def system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def apply(app: QApplication, theme: str = "system") -> str:
    app.setStyle("Fusion")
    dark = theme == "dark" or (theme == "system" and system_is_dark())
    app.setPalette(dark_palette() if dark else light_palette())
    return "dark" if dark else "light"


def light_palette() -> QPalette:
    p = QPalette()
    p.setColor(QPalette.ColorRole.Window, QColor("#F4F6F8"))
    p.setColor(QPalette.ColorRole.WindowText, QColor("#1B1F24"))
    p.setColor(QPalette.ColorRole.Base, QColor("#FFFFFF"))
    p.setColor(QPalette.ColorRole.AlternateBase, QColor("#EEF2F6"))
    p.setColor(QPalette.ColorRole.Text, QColor("#1B1F24"))
    p.setColor(QPalette.ColorRole.Button, QColor("#E9EDF1"))
    p.setColor(QPalette.ColorRole.ButtonText, QColor("#1B1F24"))
    p.setColor(QPalette.ColorRole.Highlight, QColor("#1F5FA8"))
    p.setColor(QPalette.ColorRole.HighlightedText, QColor("#FFFFFF"))
    p.setColor(QPalette.ColorRole.ToolTipBase, QColor("#FFFFE8"))
    p.setColor(QPalette.ColorRole.ToolTipText, QColor("#1B1F24"))
    p.setColor(QPalette.ColorRole.PlaceholderText, QColor("#6B7580"))
    return p


def dark_palette() -> QPalette:
    p = QPalette()
    p.setColor(QPalette.ColorRole.Window, QColor("#1E2227"))
    p.setColor(QPalette.ColorRole.WindowText, QColor("#E6E9ED"))
    p.setColor(QPalette.ColorRole.Base, QColor("#15181C"))
    p.setColor(QPalette.ColorRole.AlternateBase, QColor("#20252B"))
    p.setColor(QPalette.ColorRole.Text, QColor("#E6E9ED"))
    p.setColor(QPalette.ColorRole.Button, QColor("#2A3038"))
    p.setColor(QPalette.ColorRole.ButtonText, QColor("#E6E9ED"))
    p.setColor(QPalette.ColorRole.Highlight, QColor("#3D7FD1"))
    p.setColor(QPalette.ColorRole.HighlightedText, QColor("#FFFFFF"))
    p.setColor(QPalette.ColorRole.ToolTipBase, QColor("#2A3038"))
    p.setColor(QPalette.ColorRole.ToolTipText, QColor("#E6E9ED"))
    p.setColor(QPalette.ColorRole.PlaceholderText, QColor("#8A949E"))
    return p
