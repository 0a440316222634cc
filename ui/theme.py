"""Fusion style with a light or dark palette that follows the system unless set, a
readable base font for glare, big hit targets, and a small style sheet for page titles,
cards and muted captions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

BASE_POINT_SIZE = 10.5


def system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def apply(app: QApplication, theme: str = "system") -> str:
    app.setStyle("Fusion")
    dark = theme == "dark" or (theme == "system" and system_is_dark())
    app.setPalette(dark_palette() if dark else light_palette())
    font = QFont(app.font())
    if font.pointSizeF() < BASE_POINT_SIZE:
        font.setPointSizeF(BASE_POINT_SIZE)
        app.setFont(font)
    app.setStyleSheet(style_sheet(dark))
    return "dark" if dark else "light"


def style_sheet(dark: bool) -> str:
    card_bg = "#262B32" if dark else "#FFFFFF"
    border = "#3A414B" if dark else "#D5DBE1"
    muted = "#9AA4AE" if dark else "#5F6B76"
    nav_sel = "#3D7FD1" if dark else "#1F5FA8"
    return f"""
QLabel#pageTitle {{ font-size: 17pt; font-weight: 700; padding: 2px 0 4px 0; }}
QLabel#sectionTitle {{ font-size: 12.5pt; font-weight: 700; }}
QLabel#muted {{ color: {muted}; }}
QLabel#cardValue {{ font-size: 15pt; font-weight: 700; }}
QFrame#card {{ background: {card_bg}; border: 1px solid {border}; border-radius: 8px; }}
QListWidget#navigation {{ font-size: 11.5pt; border: none; padding-top: 6px; }}
QListWidget#navigation::item {{ padding: 6px 12px; border-radius: 6px; margin: 2px 6px; }}
QListWidget#navigation::item:selected {{ background: {nav_sel}; color: white; }}
QPushButton, QToolButton {{ min-height: 30px; padding: 2px 12px; }}
QLineEdit, QComboBox, QDateEdit, QSpinBox, QDoubleSpinBox {{ min-height: 30px; }}
QHeaderView::section {{ padding: 6px; font-weight: 600; }}
QGroupBox {{ font-weight: 700; margin-top: 12px; }}
"""


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
    p.setColor(QPalette.ColorRole.Mid, QColor("#B8C0C8"))
    p.setColor(QPalette.ColorRole.Midlight, QColor("#E1E6EB"))
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
    p.setColor(QPalette.ColorRole.Mid, QColor("#4A525C"))
    p.setColor(QPalette.ColorRole.Midlight, QColor("#2E343C"))
    return p
