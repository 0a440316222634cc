"""The Settings screen's PMO part (health thresholds, cost checks, report branding and
the PMO's logo: ``app/pmo_settings.py``): its controls by setting key, what they show
(the PMO's values where a sync brought them) and where Save puts them.

- Never connected (or an older server): this laptop's own values, in ``settings.json``.
- Connected, a PMO administrator: the settings changed go to the central database
  (``app/pmo_settings_central.py``) off the GUI thread, then into every screen as a sync
  brings them; what the central database did not take stays on screen, unsaved, with
  why in one line.
- Connected, anyone else: read-only with the reason (the page's permission gate).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from executrek.app import pmo_settings, pmo_settings_central
from executrek.app.pmo_settings_central import CentralSaved
from executrek.app.settings import Settings
from executrek.models.services.common import Done
from executrek.ui.widgets.permission_gate import PermissionGate, WindowRights

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow

Finished = Callable[[str, bool], None]  # the one line to show, and whether all was saved
LOGO = "branding.pmo_logo"


class ColourButton(QPushButton):
    def __init__(self, colour: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_colour(colour)
        self.clicked.connect(self._pick)

    def set_colour(self, colour: str) -> None:
        self.colour = colour
        self.setText(colour)
        self.setStyleSheet(
            f"QPushButton {{ border-left: 18px solid {colour}; padding-left: 8px; }}"
        )

    def _pick(self) -> None:
        chosen = QColorDialog.getColor(QColor(self.colour), self, self.tr("Pick a colour"))
        if chosen.isValid():
            self.set_colour(chosen.name().upper())


def value_of(control: QWidget) -> Any:
    """What ``control`` holds, as the setting's value."""
    if isinstance(control, ColourButton):
        return control.colour
    if isinstance(control, QLineEdit):
        return control.text().strip()
    if isinstance(control, QCheckBox):
        return control.isChecked()
    if isinstance(control, QComboBox):
        data = control.currentData()
        return control.currentText() if data is None else data
    if isinstance(control, QSpinBox | QDoubleSpinBox):
        return control.value()
    raise TypeError(type(control).__name__)


def put(control: QWidget, value: Any) -> None:
    """Show ``value`` in ``control``."""
    if isinstance(control, ColourButton):
        control.set_colour(str(value))
    elif isinstance(control, QLineEdit):
        control.setText(str(value))
    elif isinstance(control, QCheckBox):
        control.setChecked(bool(value))
    elif isinstance(control, QComboBox):
        index = control.findData(value)
        control.setCurrentIndex(max(0, index if index >= 0 else control.findText(str(value))))
    elif isinstance(control, QSpinBox | QDoubleSpinBox):
        control.setValue(value)


def setting(settings: Settings, key: str) -> Any:
    group, name = key.split(".", 1)
    return getattr(getattr(settings, group), name)


class PmoPart(QObject):
    """The PMO part's controls (key → control and the screen's name for it)."""

    def __init__(
        self,
        window: MainWindow,
        fields: Mapping[str, tuple[QWidget, str]],
        logo_row: QWidget,
        note: QLabel,
        gate: PermissionGate,
    ) -> None:
        super().__init__(gate)
        self.window_ = window
        self.fields = dict(fields)
        self.logo_row = logo_row
        self.note = note
        self.gate = gate
        self.shown: dict[str, Any] = {}  # what the controls showed (the settings in place)
        self.unsaved: dict[str, Any] = {}  # sent or refused, kept on screen until saved
        WindowRights.of(window).loaded.connect(self._rights_loaded)

    def central(self) -> bool:
        """Save sends the PMO's part to the central database."""
        return pmo_settings_central.central_here(self.window_.ctx.settings, self.gate.rights)

    def edited(self) -> dict[str, Any]:
        return {key: value_of(control) for key, (control, _label) in self.fields.items()}

    def show(self) -> None:
        """The settings in place (a sync may have brought new ones), then what is not
        saved yet over them."""
        settings = self.window_.ctx.settings
        for key, (control, _label) in self.fields.items():
            put(control, setting(settings, key))
        self.shown = self.edited()
        for key, value in self.unsaved.items():
            put(self.fields[key][0], value)
        self._logo_state()

    @Slot(object)
    def _rights_loaded(self, _rights: object) -> None:
        self._logo_state()

    def _logo_state(self) -> None:
        """The laptop's own logo until the PMO sets one; then read-only, except for the
        PMO administrator who changes it for every laptop (the note says so)."""
        central_logo = LOGO in self.window_.ctx.pmo_replaced
        admin = self.central()
        self.note.setVisible(admin)
        self.note.setText(
            self.tr("You are a PMO administrator: Save sends your changes to these settings, "
                    "the health thresholds and the cost checks to the central database, for "
                    "every laptop.") if admin else ""
        )  # fmt: skip
        self.logo_row.setEnabled(admin or not central_logo)
        if admin:
            tip = self.tr("The PMO's logo for every laptop: choose a PNG or JPEG file of at most "
                          "512 KB; Save sends it to the central database.")  # fmt: skip
        elif central_logo:
            tip = self.tr("The PMO's logo, from the central database.")
        else:
            tip = ""
        self.logo_row.setToolTip(tip)

    def keep_locally(self, settings: Settings) -> None:
        """This laptop's own values (not connected: its own PMO)."""
        self.unsaved.clear()
        for key, value in self.edited().items():
            group, name = key.split(".", 1)
            setattr(getattr(settings, group), name, value)

    def to_send(self) -> dict[str, Any]:
        """The settings changed on screen (kept as unsaved until the central database
        took them)."""
        self.unsaved = pmo_settings_central.changed(self.shown, self.edited())
        return dict(self.unsaved)

    def send(self, values: Mapping[str, Any], finished: Finished) -> None:
        """Send ``values`` to the central database off the GUI thread; ``finished`` gets
        the one line to show."""
        ctx, vault = self.window_.ctx, self.window_.sync.vault
        labels = {key: self.fields[key][1] for key in values}
        edited = dict(values)

        def sent(done: Done[CentralSaved]) -> None:
            finished(*self._outcome(done.value))

        def failed(message: str) -> None:
            finished(self._not_saved(message), False)

        self.window_.call(
            lambda: pmo_settings_central.save(ctx, vault, edited, labels),
            sent,
            pool="net",
            on_error=failed,
        )

    def _outcome(self, outcome: CentralSaved) -> tuple[str, bool]:
        if outcome.values is None:
            if outcome.refused in self.fields:
                self.fields[outcome.refused][0].setFocus()
            return self._not_saved(outcome.reason), False
        ctx = self.window_.ctx  # as a sync applies them: every screen, the next report
        self.unsaved.clear()
        pmo_settings.reapply(ctx.settings, ctx.pmo_replaced, outcome.values, ctx.paths.data)
        names = ", ".join(self.fields[key][1] for key in outcome.sent)
        text = self.tr("Settings saved; for every laptop, on the central database: "
                       "{names}.")  # fmt: skip
        return text.format(names=names), True

    def _not_saved(self, reason: str) -> str:
        text = self.tr("Your own settings are saved, the PMO's are not: {reason} Nothing "
                       "changed centrally; your changes stay on screen, unsaved.")  # fmt: skip
        return text.format(reason=reason)
