"""Fusion style with a light or dark colour scheme that follows the system unless set, a
readable base font for glare, big hit targets, and a style sheet built from the scheme.

Every state looks different: disabled controls are flat with dimmer text (their own
``QPalette.Disabled`` colours, not the enabled ones), the control under the mouse gets a
tint, the focused one a 2 px ring, the selection a filled colour that turns grey-blue
when its list loses focus. Enabled text has at least 4.5:1 contrast on its background
(WCAG 2.1 AA), links included (no pure blue on charcoal); ``tests/ui/test_theme.py``
computes the ratios from the palettes."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from executrek.ui import labels

BASE_POINT_SIZE = 10.5

Role = QPalette.ColorRole
Group = QPalette.ColorGroup


@dataclass(frozen=True)
class Scheme:
    """The colours of one theme (hex strings)."""

    name: str
    window: str
    window_text: str
    base: str
    alternate_base: str
    text: str
    button: str
    button_text: str
    border: str
    hover: str  # a control or row under the mouse
    pressed: str  # pressed or checked button
    focus: str  # the ring around the control with keyboard focus
    highlight: str  # the selection, in a focused list
    highlighted_text: str
    inactive_highlight: str  # the selection of a list without focus
    inactive_highlighted_text: str
    disabled_text: str
    disabled_button: str
    disabled_base: str
    disabled_border: str
    link: str
    link_visited: str
    placeholder: str
    tooltip_base: str
    tooltip_text: str
    muted: str  # captions
    card: str
    card_border: str
    status: dict[str, str]  # record status → text colour on ``base``
    rag: dict[str, str]  # health red / amber / green → text colour on ``base``


LIGHT = Scheme(
    name="light",
    window="#F4F6F8",
    window_text="#1B1F24",
    base="#FFFFFF",
    alternate_base="#EEF2F6",
    text="#1B1F24",
    button="#E9EDF1",
    button_text="#1B1F24",
    border="#B8C0C8",
    hover="#DCE6F2",
    pressed="#B8CCE4",
    focus="#1F5FA8",
    highlight="#1F5FA8",
    highlighted_text="#FFFFFF",
    inactive_highlight="#C9D7E8",
    inactive_highlighted_text="#1B1F24",
    disabled_text="#8C959F",
    disabled_button="#F4F6F8",
    disabled_base="#F1F3F5",
    disabled_border="#D5DBE1",
    link="#1A56A0",
    link_visited="#6A3FA0",
    placeholder="#6B7580",
    tooltip_base="#FFFFE8",
    tooltip_text="#1B1F24",
    muted="#5F6B76",
    card="#FFFFFF",
    card_border="#D5DBE1",
    status=dict(labels.LIGHT_STATUS_TEXT),
    rag=dict(labels.LIGHT_RAG_TEXT),
)

DARK = Scheme(
    name="dark",
    window="#1E2227",
    window_text="#E6E9ED",
    base="#15181C",
    alternate_base="#1B1F24",
    text="#E6E9ED",
    button="#2A3038",
    button_text="#E6E9ED",
    border="#4A525C",
    hover="#354352",
    pressed="#2C4A6E",
    focus="#6FA8F0",
    highlight="#2F6DB5",
    highlighted_text="#FFFFFF",
    inactive_highlight="#44494F",
    inactive_highlighted_text="#E6E9ED",
    disabled_text="#6E7781",
    disabled_button="#23282E",
    disabled_base="#1A1D21",
    disabled_border="#30363E",
    link="#8AB4F8",
    link_visited="#C58AF9",
    placeholder="#8A949E",
    tooltip_base="#2A3038",
    tooltip_text="#E6E9ED",
    muted="#9AA4AE",
    card="#262B32",
    card_border="#3A414B",
    status={
        "draft": "#9AA4AE",
        "open": "#7FB2F0",
        "ready_for_review": "#C9A0E8",
        "rejected": "#F28B82",
        "closed": "#81C995",
        "void": "#9AA4AE",
        "pending": "#F6B26B",
        "approved": "#81C995",
        "promoted": "#4FD1D9",
        "responded": "#C9A0E8",
        "mitigating": "#F6B26B",
        "occurred": "#F28B82",
        "critical": "#F28B82",
        "high": "#F6B26B",
    },
    rag={"green": "#81C995", "amber": "#F6B26B", "red": "#F28B82"},
)

SCHEMES = {"light": LIGHT, "dark": DARK}
#: The scheme applied last (pages that paint colours themselves read it).
current: Scheme = LIGHT


def system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def scheme_for(theme: str) -> Scheme:
    dark = theme == "dark" or (theme == "system" and system_is_dark())
    return DARK if dark else LIGHT


def apply(app: QApplication, theme: str = "system") -> str:
    """Style the whole application; returns the scheme's name ("light" or "dark")."""
    global current
    scheme = scheme_for(theme)
    current = scheme
    app.setStyle("Fusion")
    app.setPalette(palette(scheme))
    font = QFont(app.font())
    if font.pointSizeF() < BASE_POINT_SIZE:
        font.setPointSizeF(BASE_POINT_SIZE)
        app.setFont(font)
    app.setStyleSheet(style_sheet(scheme))
    # Status colours in lists and summaries follow the theme (read at each refresh).
    for live, colours in ((labels.STATUS_COLOURS, scheme.status), (labels.RAG_COLOURS, scheme.rag)):
        live.clear()
        live.update(colours)
    return scheme.name


def palette(s: Scheme) -> QPalette:
    """The scheme as a palette: the same colours when active and inactive, except the
    selection of an unfocused list; the disabled group dimmer and flat."""
    p = QPalette()
    enabled = {
        Role.Window: s.window,
        Role.WindowText: s.window_text,
        Role.Base: s.base,
        Role.AlternateBase: s.alternate_base,
        Role.Text: s.text,
        Role.Button: s.button,
        Role.ButtonText: s.button_text,
        Role.BrightText: s.highlighted_text,
        Role.Highlight: s.highlight,
        Role.HighlightedText: s.highlighted_text,
        Role.ToolTipBase: s.tooltip_base,
        Role.ToolTipText: s.tooltip_text,
        Role.PlaceholderText: s.placeholder,
        Role.Link: s.link,
        Role.LinkVisited: s.link_visited,
        Role.Light: s.base if s is LIGHT else s.hover,
        Role.Midlight: s.alternate_base,
        Role.Mid: s.border,
        Role.Dark: s.border,
        Role.Shadow: "#000000",
        Role.Accent: s.highlight,
    }
    for group in (Group.Active, Group.Inactive, Group.Disabled):
        for role, colour in enabled.items():
            p.setColor(group, role, QColor(colour))
    p.setColor(Group.Inactive, Role.Highlight, QColor(s.inactive_highlight))
    p.setColor(Group.Inactive, Role.HighlightedText, QColor(s.inactive_highlighted_text))
    for role, colour in {
        Role.WindowText: s.disabled_text,
        Role.Text: s.disabled_text,
        Role.ButtonText: s.disabled_text,
        Role.PlaceholderText: s.disabled_text,
        Role.Button: s.disabled_button,
        Role.Base: s.disabled_base,
        Role.AlternateBase: s.disabled_base,
        Role.Highlight: s.inactive_highlight,
        Role.HighlightedText: s.disabled_text,
        Role.Link: s.disabled_text,
        Role.LinkVisited: s.disabled_text,
        Role.Mid: s.disabled_border,
    }.items():
        p.setColor(Group.Disabled, role, QColor(colour))
    return p


def style_sheet(s: Scheme) -> str:
    """Titles, cards, captions, and buttons drawn from the scheme in every state."""
    return f"""
QLabel#pageTitle {{ font-size: 17pt; font-weight: 700; padding: 2px 0 4px 0; }}
QLabel#sectionTitle {{ font-size: 12.5pt; font-weight: 700; }}
QLabel#muted {{ color: {s.muted}; }}
QLabel#cardValue {{ font-size: 15pt; font-weight: 700; }}
QFrame#card {{ background: {s.card}; border: 1px solid {s.card_border}; border-radius: 8px; }}
QListWidget#navigation {{ font-size: 11pt; border: none; padding-top: 4px; }}
QListWidget#navigation::item {{ padding: 2px 12px; border-radius: 6px; margin: 0px 6px; }}
QListWidget#navigation::item:hover {{ background: {s.hover}; color: {s.window_text}; }}
QListWidget#navigation::item:selected {{
    background: {s.highlight}; color: {s.highlighted_text}; }}
QPushButton, QToolButton {{
    min-height: 30px; padding: 2px 12px; color: {s.button_text}; background: {s.button};
    border: 1px solid {s.border}; border-radius: 5px; }}
QToolButton[popupMode="2"] {{ padding-right: 22px; }}
QPushButton:hover, QToolButton:hover {{ background: {s.hover}; border-color: {s.focus}; }}
QPushButton:pressed, QToolButton:pressed, QPushButton:checked, QToolButton:checked {{
    background: {s.pressed}; }}
QPushButton:default {{ border-color: {s.focus}; }}
QPushButton:focus, QToolButton:focus {{
    border: 2px solid {s.focus}; padding: 1px 11px; }}
QPushButton:disabled, QToolButton:disabled {{
    color: {s.disabled_text}; background: {s.disabled_button}; border-color: {s.disabled_border}; }}
QToolButton[autoRaise="true"] {{ background: transparent; border-color: transparent; }}
QToolButton[autoRaise="true"]:hover {{ background: {s.hover}; border-color: {s.border}; }}
QToolButton[autoRaise="true"]:focus {{ border: 2px solid {s.focus}; }}
QToolButton[autoRaise="true"]:disabled {{ color: {s.disabled_text}; background: transparent; }}
QLineEdit, QComboBox, QDateEdit, QSpinBox, QDoubleSpinBox {{ min-height: 30px; }}
QAbstractItemView::item:hover {{ background: {s.hover}; }}
QAbstractItemView::item:selected:active {{
    background: {s.highlight}; color: {s.highlighted_text}; }}
QAbstractItemView::item:selected:!active {{
    background: {s.inactive_highlight}; color: {s.inactive_highlighted_text}; }}
QHeaderView::section {{ padding: 6px; font-weight: 600; }}
QGroupBox {{ font-weight: 700; margin-top: 12px; }}
QToolTip {{ color: {s.tooltip_text}; background: {s.tooltip_base}; border: 1px solid {s.border}; }}
"""
