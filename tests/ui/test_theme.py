"""The light and dark themes: enabled text readable (WCAG 2.1 AA, 4.5:1) on its
background, links included; disabled text visibly dimmer; hover, pressed, focus,
selected and disabled states each a colour of their own; and a disabled button drawn
differently from an enabled one. Ratios are computed from the ``QPalette`` colours."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from executrek.ui import labels, theme
from executrek.ui.theme import Scheme

Role = QPalette.ColorRole
Group = QPalette.ColorGroup
AA = 4.5  # normal text
NON_TEXT = 3.0  # focus rings, selection against the list (WCAG 2.1 1.4.11)


def luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(x) for x in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: QColor | str, b: QColor | str) -> float:
    la, lb = sorted((luminance(QColor(a)), luminance(QColor(b))), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def distance(a: QColor | str, b: QColor | str) -> float:
    ca, cb = QColor(a), QColor(b)
    return float(
        ((ca.red() - cb.red()) ** 2 + (ca.green() - cb.green()) ** 2 + (ca.blue() - cb.blue()) ** 2)
        ** 0.5
    )


SCHEMES = [theme.LIGHT, theme.DARK]


@pytest.fixture(params=SCHEMES, ids=lambda s: s.name)
def scheme(request: pytest.FixtureRequest) -> Scheme:
    return request.param  # type: ignore[no-any-return]


def test_enabled_text_meets_aa(scheme: Scheme) -> None:
    p = theme.palette(scheme)
    pairs = [
        (Role.WindowText, Role.Window),
        (Role.Text, Role.Base),
        (Role.Text, Role.AlternateBase),
        (Role.ButtonText, Role.Button),
        (Role.HighlightedText, Role.Highlight),
        (Role.ToolTipText, Role.ToolTipBase),
        (Role.PlaceholderText, Role.Base),
        (Role.Link, Role.Base),
        (Role.Link, Role.Window),
        (Role.LinkVisited, Role.Base),
    ]
    low = []
    for group in (Group.Active, Group.Inactive):
        for fg, bg in pairs:
            ratio = contrast(p.color(group, fg), p.color(group, bg))
            if ratio < AA:
                low.append(f"{group.name} {fg.name} on {bg.name}: {ratio:.2f}")
    # the colours the style sheet and the lists paint text on
    for name, fg, bg in [
        ("hovered button", scheme.button_text, scheme.hover),
        ("pressed button", scheme.button_text, scheme.pressed),
        ("hovered row", scheme.text, scheme.hover),
        ("caption", scheme.muted, scheme.window),
        ("card caption", scheme.muted, scheme.card),
        *[(f"status {k}", v, scheme.base) for k, v in scheme.status.items()],
        *[
            (f"status {k} (alternate row)", v, scheme.alternate_base)
            for k, v in scheme.status.items()
        ],
        *[(f"health {k}", v, scheme.base) for k, v in scheme.rag.items()],
    ]:
        ratio = contrast(fg, bg)
        if ratio < AA:
            low.append(f"{name}: {ratio:.2f}")
    assert not low, low


def test_links_are_readable_in_the_dark() -> None:
    link = theme.palette(theme.DARK).color(Group.Active, Role.Link)
    assert link != QColor("#0000FF")  # Qt's default link colour
    assert contrast(link, theme.DARK.window) >= 7  # comfortably, even on a dim screen


def test_disabled_is_dimmer_but_still_legible(scheme: Scheme) -> None:
    p = theme.palette(scheme)
    for fg, bg in (
        (Role.WindowText, Role.Window),
        (Role.Text, Role.Base),
        (Role.ButtonText, Role.Button),
    ):
        enabled = contrast(p.color(Group.Active, fg), p.color(Group.Active, bg))
        disabled = contrast(p.color(Group.Disabled, fg), p.color(Group.Disabled, bg))
        assert disabled <= enabled / 2, (fg.name, enabled, disabled)
        assert disabled >= 2.0, (fg.name, disabled)  # dimmed, not invisible
        assert p.color(Group.Disabled, fg) != p.color(Group.Active, fg)
    assert p.color(Group.Disabled, Role.Button) != p.color(Group.Active, Role.Button)


def test_states_look_different(scheme: Scheme) -> None:
    p = theme.palette(scheme)
    backgrounds = {
        "button": scheme.button,
        "hover": scheme.hover,
        "pressed": scheme.pressed,
        "disabled": scheme.disabled_button,
        "selected": scheme.highlight,
        "selected, list unfocused": scheme.inactive_highlight,
    }
    names = list(backgrounds)
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            assert distance(backgrounds[a], backgrounds[b]) >= 12, (a, b)
    # the selection shows against the list, the focus ring against what it surrounds
    assert contrast(scheme.highlight, scheme.base) >= NON_TEXT
    for behind in (scheme.button, scheme.window, scheme.base, scheme.hover):
        assert contrast(scheme.focus, behind) >= NON_TEXT, behind
    assert p.color(Group.Inactive, Role.Highlight) != p.color(Group.Active, Role.Highlight)
    sheet = theme.style_sheet(scheme)
    for state in (":hover", ":pressed", ":focus", ":disabled", ":selected:active", ":!active"):
        assert state in sheet


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[QApplication]:
    """Apply themes in a test; the application's look is put back afterwards."""
    style, palette, sheet, font = (
        qapp.style().name(),
        QPalette(qapp.palette()),
        qapp.styleSheet(),
        qapp.font(),
    )
    status, rag = dict(labels.STATUS_COLOURS), dict(labels.RAG_COLOURS)
    yield qapp
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)
    for live, saved in ((labels.STATUS_COLOURS, status), (labels.RAG_COLOURS, rag)):
        live.clear()
        live.update(saved)


def average(button: QPushButton) -> QColor:
    image = button.grab().toImage()
    r = g = b = n = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            c = image.pixelColor(x, y)
            r, g, b, n = r + c.red(), g + c.green(), b + c.blue(), n + 1
    return QColor(r // n, g // n, b // n)


@pytest.mark.parametrize("name", ["light", "dark"])
def test_applied_theme_draws_disabled_buttons_differently(
    qtbot: QtBot, themed: QApplication, name: str
) -> None:
    assert theme.apply(themed, name) == name
    assert themed.palette().color(Group.Active, Role.Window) == QColor(theme.SCHEMES[name].window)
    assert labels.STATUS_COLOURS["open"] == theme.SCHEMES[name].status["open"]
    enabled, disabled = QPushButton("Approve…"), QPushButton("Approve…")
    disabled.setEnabled(False)
    for button in (enabled, disabled):
        qtbot.addWidget(button)
        button.resize(140, 36)
    assert distance(average(enabled), average(disabled)) >= 6
