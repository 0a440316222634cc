"""Settings: identity, data folder, report branding (footer line, money style and report
number pattern included), central connection, language, theme,
the portfolio's red/amber/green thresholds and the cost checks' (over-claim, unit-rate
tolerance). Saved to ``settings.json`` off the GUI thread; on a connected laptop the
PMO's part (branding, thresholds, cost checks) is the central database's, which a PMO
administrator's Save changes for every laptop (``ui/pages/settings_pmo.py``). The
central connection is entered on the sync screen (which keeps the password in the OS
keyring), here only summarised with the auto-sync switch."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from executrek.app import report_numbers
from executrek.app import settings as settings_mod
from executrek.app.permissions import Action
from executrek.models.services.users import Identity
from executrek.ui import theme
from executrek.ui.pages.identity_form import IdentityForm
from executrek.ui.pages.settings_pmo import ColourButton, PmoPart
from executrek.ui.widgets.permission_gate import each, gate_project
from executrek.ui.widgets.screen_fit import scrolling_page

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow

LANGUAGES = (
    ("system", "System language"),
    ("en", "English"),
    ("de", "Deutsch"),
    ("fr", "Français"),
    ("es", "Español"),
)


class SettingsPage(QWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window_ = window
        layout, _title = scrolling_page(self, self.tr("Settings"))
        s = window.ctx.settings

        # Identity comes from (and is saved to) the user row of the database.
        self.identity = IdentityForm(window)
        layout.addWidget(self.identity)

        data = QGroupBox(self.tr("Data folder"))
        dl = QHBoxLayout(data)
        path = QLabel(str(window.ctx.paths.data))
        path.setTextInteractionFlags(
            path.textInteractionFlags() | path.textInteractionFlags().TextSelectableByMouse
        )
        open_button = QPushButton(self.tr("Open folder"))
        open_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(window.ctx.paths.data)))
        )
        dl.addWidget(path, 1)
        dl.addWidget(open_button)
        layout.addWidget(data)

        brand = QGroupBox(self.tr("Report branding"))
        bf = QFormLayout(brand)
        self.pmo_name = QLineEdit(s.branding.pmo_name)
        self.pmo_logo = QLineEdit(s.branding.pmo_logo)
        self.owner_logo = QLineEdit(s.branding.owner_logo)
        self.primary = ColourButton(s.branding.primary_colour)
        self.accent = ColourButton(s.branding.accent_colour)
        self.page_size = QComboBox()
        self.page_size.addItems(["A4", "Letter"])
        self.page_size.setCurrentText(s.branding.page_size)
        self.cover_page = QCheckBox(self.tr("Start every report with a separate cover page"))
        self.cover_page.setChecked(s.branding.cover_page)
        self.report_footer = QLineEdit(s.branding.report_footer)
        self.report_footer.setMaxLength(200)
        self.report_footer.setPlaceholderText(self.tr("e.g. Confidential — prepared for the owner"))
        self.currency_display = QComboBox()
        self.currency_display.addItem(self.tr("With the code: USD 1,234.50"), "code")
        self.currency_display.addItem(self.tr("With the symbol: $1,234.50"), "symbol")
        self.report_number = QLineEdit(s.branding.report_number)
        self.report_number.setToolTip(
            self.tr("{project}: the project's code, {kind}: the report's kind, {seq}: its "
                    "sequence ({seq:3}: at least 3 digits). Issued reports keep their numbers.")
        )  # fmt: skip
        self.branding_error = QLabel()
        self.branding_error.setStyleSheet("color: #C62828; font-weight: 600;")
        self.branding_error.hide()
        self.pmo_logo_row = self._file_row(self.pmo_logo)
        self.pmo_note = QLabel()  # a PMO administrator's Save goes to every laptop
        self.pmo_note.setObjectName("muted")
        self.pmo_note.setWordWrap(True)
        self.pmo_note.hide()
        bf.addRow(self.pmo_note)
        bf.addRow(self.tr("Company name"), self.pmo_name)
        bf.addRow(self.tr("Company logo"), self.pmo_logo_row)
        bf.addRow(self.tr("Owner logo"), self._file_row(self.owner_logo))
        bf.addRow(self.tr("Primary colour"), self.primary)
        bf.addRow(self.tr("Accent colour"), self.accent)
        bf.addRow(self.tr("Page size"), self.page_size)
        bf.addRow("", self.cover_page)
        bf.addRow(self.tr("Footer line of every report"), self.report_footer)
        bf.addRow(self.tr("Money"), self.currency_display)
        bf.addRow(self.tr("Report numbers"), self.report_number)
        bf.addRow("", self.branding_error)
        layout.addWidget(brand)

        central = QGroupBox(self.tr("Central PMO database"))
        cf = QFormLayout(central)
        # The connection itself is entered on the sync screen (one place; it checks the
        # password with the server and keeps it in the keyring); here only a summary.
        self.central_summary = QLabel()
        self.central_summary.setWordWrap(True)
        self._show_central()
        window.settings_changed.connect(self._show_central)
        open_sync = QPushButton(self.tr("Open the Sync screen…"))
        open_sync.clicked.connect(window.show_sync_page)
        self.auto_sync = QCheckBox(self.tr("Sync automatically when the server is reachable"))
        self.auto_sync.setChecked(s.central.auto_sync)
        cf.addRow(self.tr("Connection"), self.central_summary)
        cf.addRow("", open_sync)
        cf.addRow("", self.auto_sync)
        layout.addWidget(central)

        look = QGroupBox(self.tr("Language and theme"))
        lf = QFormLayout(look)
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(self.tr(name) if code == "system" else name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(s.language)))
        self.theme = QComboBox()
        for code, name in (
            ("system", self.tr("Follow the system")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
        ):
            self.theme.addItem(name, code)
        self.theme.setCurrentIndex(max(0, self.theme.findData(s.theme)))
        lf.addRow(self.tr("Language (after restart)"), self.language)
        lf.addRow(self.tr("Theme"), self.theme)
        layout.addWidget(look)

        rag = QGroupBox(self.tr("Portfolio health thresholds (amber / red)"))
        rf = QFormLayout(rag)
        t = s.thresholds
        self.budget_amber = self._pct(t.budget_change_amber_pct)
        self.budget_red = self._pct(t.budget_change_red_pct)
        self.slip_amber = self._int(t.schedule_slip_amber_days, 365)
        self.slip_red = self._int(t.schedule_slip_red_days, 365)
        self.float_amber = self._int(t.schedule_float_amber_days, 365)
        self.float_amber.setToolTip(
            self.tr("Negative float (the programme cannot meet the date) is always red.")
        )
        self.overdue_amber = self._int(t.overdue_punch_amber, 100000)
        self.overdue_red = self._int(t.overdue_punch_red, 100000)
        self.pass_amber = self._pct(t.pass_rate_amber_pct)
        self.pass_red = self._pct(t.pass_rate_red_pct)
        rf.addRow(
            self.tr("Budget change (% of contract)"), self._pair(self.budget_amber, self.budget_red)
        )
        rf.addRow(self.tr("Schedule slip (days)"), self._pair(self.slip_amber, self.slip_red))
        rf.addRow(self.tr("Completion float below (working days)"), self.float_amber)
        rf.addRow(self.tr("Overdue punch items"), self._pair(self.overdue_amber, self.overdue_red))
        rf.addRow(
            self.tr("Inspection pass rate below (%)"), self._pair(self.pass_amber, self.pass_red)
        )
        self.threshold_error = QLabel()
        self.threshold_error.setStyleSheet("color: #C62828; font-weight: 600;")
        self.threshold_error.hide()
        rf.addRow("", self.threshold_error)
        layout.addWidget(rag)

        checks = QGroupBox(self.tr("Cost check thresholds"))
        cf = QFormLayout(checks)
        self.over_claim = self._pct(t.over_claim_pct)
        self.over_claim.setSuffix(self.tr(" pts"))
        self.over_claim.setToolTip(
            self.tr("A pay application line is flagged when its claimed % complete is this far "
                    "above the schedule's.")
        )  # fmt: skip
        self.rate_tolerance = self._pct(t.rate_tolerance_pct)
        self.rate_tolerance.setToolTip(
            self.tr("A change order's unit price is flagged when it is this far above or below "
                    "the contract rate (or other projects' median).")
        )  # fmt: skip
        cf.addRow(self.tr("Over-claim above the schedule by more than"), self.over_claim)
        cf.addRow(self.tr("Unit rate deviation beyond (±)"), self.rate_tolerance)
        layout.addWidget(checks)
        # The PMO's part comes from the central database on a connected laptop: only a
        # PMO administrator changes it, and Save sends it there (ui/pages/settings_pmo.py).
        # The company logo is the laptop's own until the PMO sets one; the owner's stays
        # personal.
        brand_pmo = (
            *(self.pmo_name, self.primary, self.accent, self.page_size, self.cover_page),
            *(self.report_footer, self.currency_display, self.report_number),
        )
        self.pmo_groups = (rag, checks)
        self.gate = gate_project(window, self, each(Action.PMO_SETTINGS, *brand_pmo, rag, checks))
        self.pmo = PmoPart(window, self._pmo_fields(), self.pmo_logo_row, self.pmo_note, self.gate)
        window.settings_changed.connect(self._show_pmo)
        self._show_pmo()

        # "Save settings" stays in view below the scrolling form.
        buttons = QHBoxLayout()
        buttons.setContentsMargins(9, 4, 9, 9)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("muted")
        self.saved_label.setWordWrap(True)  # a long line never widens the window
        self.save_button = QPushButton(self.tr("&Save settings"))
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.saved_label, 1)
        buttons.addWidget(self.save_button)
        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)
        outer.addLayout(buttons)  # below the scroll area
        layout.addStretch(1)

    def _pmo_fields(self) -> dict[str, tuple[QWidget, str]]:
        """The PMO's settings (``app/pmo_settings.py``) on this page, by key, with the
        name the page gives each."""
        amber, red = self.tr("amber"), self.tr("red")
        budget, slip = self.tr("Budget change (% of contract)"), self.tr("Schedule slip (days)")
        overdue, passed = self.tr("Overdue punch items"), self.tr("Inspection pass rate below (%)")
        t = "thresholds."
        thresholds: dict[str, tuple[QWidget, str]] = {
            t + "budget_change_amber_pct": (self.budget_amber, f"{budget} ({amber})"),
            t + "budget_change_red_pct": (self.budget_red, f"{budget} ({red})"),
            t + "schedule_slip_amber_days": (self.slip_amber, f"{slip} ({amber})"),
            t + "schedule_slip_red_days": (self.slip_red, f"{slip} ({red})"),
            t + "schedule_float_amber_days": (
                self.float_amber,
                self.tr("Completion float below (working days)"),
            ),
            t + "overdue_punch_amber": (self.overdue_amber, f"{overdue} ({amber})"),
            t + "overdue_punch_red": (self.overdue_red, f"{overdue} ({red})"),
            t + "pass_rate_amber_pct": (self.pass_amber, f"{passed} ({amber})"),
            t + "pass_rate_red_pct": (self.pass_red, f"{passed} ({red})"),
            t + "over_claim_pct": (
                self.over_claim,
                self.tr("Over-claim above the schedule by more than"),
            ),
            t + "rate_tolerance_pct": (
                self.rate_tolerance,
                self.tr("Unit rate deviation beyond (±)"),
            ),
        }
        return {
            "branding.pmo_name": (self.pmo_name, self.tr("Company name")),
            "branding.pmo_logo": (self.pmo_logo, self.tr("Company logo")),
            "branding.primary_colour": (self.primary, self.tr("Primary colour")),
            "branding.accent_colour": (self.accent, self.tr("Accent colour")),
            "branding.page_size": (self.page_size, self.tr("Page size")),
            "branding.cover_page": (self.cover_page, self.cover_page.text()),
            "branding.report_footer": (self.report_footer, self.tr("Footer line of every report")),
            "branding.currency_display": (self.currency_display, self.tr("Money")),
            "branding.report_number": (self.report_number, self.tr("Report numbers")),
            **thresholds,
        }

    def _show_pmo(self) -> None:
        """The PMO's values as they stand (a sync may have brought new ones)."""
        self.pmo.show()

    def _show_central(self) -> None:
        c = self.window_.ctx.settings.central
        if c.url:
            text = self.tr("{user} at {url}").format(user=c.user or "?", url=c.url)
        else:
            text = self.tr("Not connected: enter the connection on the Sync screen.")
        self.central_summary.setText(text)

    def _file_row(self, edit: QLineEdit) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(edit, 1)
        browse = QPushButton(self.tr("Browse…"))

        def pick() -> None:
            name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a file"), edit.text())
            if name:
                edit.setText(name)

        browse.clicked.connect(pick)
        row.addWidget(browse)
        return box

    def _pct(self, value: float) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setRange(0, 100)
        box.setDecimals(1)
        box.setSuffix(" %")
        box.setValue(value)
        return box

    def _int(self, value: int, top: int) -> QSpinBox:
        box = QSpinBox()
        box.setRange(0, top)
        box.setValue(value)
        return box

    def _pair(self, amber: QWidget, red: QWidget) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("amber")))
        row.addWidget(amber)
        row.addSpacing(12)
        row.addWidget(QLabel(self.tr("red")))
        row.addWidget(red)
        row.addStretch(1)
        return box

    def threshold_problem(self) -> str | None:
        if self.budget_red.value() < self.budget_amber.value():
            return self.tr("Budget: red must be at or above amber.")
        if self.slip_red.value() < self.slip_amber.value():
            return self.tr("Schedule: red must be at or above amber.")
        if self.overdue_red.value() < self.overdue_amber.value():
            return self.tr("Overdue punch items: red must be at or above amber.")
        if self.pass_red.value() > self.pass_amber.value():
            return self.tr("Pass rate: red must be at or below amber.")
        return None

    def has_unsaved(self) -> bool:
        """PMO settings the central database has not taken (yet) are on screen."""
        return bool(self.pmo.unsaved)

    def save(self) -> None:
        pattern = report_numbers.problem(self.report_number.text().strip())
        self.branding_error.setVisible(pattern is not None)
        if pattern is not None:
            self.branding_error.setText(pattern)
            self.report_number.setFocus()
            return
        problem = self.threshold_problem()
        self.threshold_error.setVisible(problem is not None)
        if problem is not None:
            self.threshold_error.setText(problem)
            self.slip_red.setFocus()
            return
        self.identity.save(then=self._save_settings)

    def _save_settings(self, ident: Identity | None) -> None:
        """After the user row is written: the rest goes to ``settings.json``."""
        s = self.window_.ctx.settings
        if ident is not None:  # keep the file's copy (reports read it) equal to the row
            s.identity.display_name = ident.display_name
            s.identity.email = ident.email
            s.identity.title = ident.title
        # a PMO administrator's changes go to the central database, after the file
        central = self.pmo.central()
        sending = self.pmo.to_send() if central else {}
        if not central:
            self.pmo.keep_locally(s)
        s.branding.owner_logo = self.owner_logo.text().strip()
        s.central.auto_sync = self.auto_sync.isChecked()
        s.language = str(self.language.currentData())
        new_theme = str(self.theme.currentData())
        if new_theme != s.theme:
            s.theme = new_theme
            app = QApplication.instance()
            if isinstance(app, QApplication):
                theme.apply(app, new_theme)
        snapshot = self.window_.ctx.personal_settings()  # the PMO's values stay central
        target = self.window_.ctx.paths.settings_file
        self.save_button.setEnabled(False)
        self.saved_label.setStyleSheet("")

        def finished(message: str, ok: bool = True) -> None:
            self.save_button.setEnabled(True)
            self.saved_label.setText(message)
            self.saved_label.setStyleSheet("" if ok else "color: #C62828; font-weight: 600;")
            self.window_.settings_changed.emit()

        def saved(_result: object) -> None:
            if not sending:
                finished(self.tr("Settings saved."))
                return
            self.saved_label.setText(self.tr("Saving the PMO's settings on the central database…"))
            self.pmo.send(sending, finished)

        def failed(message: str) -> None:
            self.save_button.setEnabled(True)
            self.window_.show_error(message)

        self.window_.runner.submit(
            lambda _h: settings_mod.save(snapshot, target),
            on_done=saved,
            on_error=failed,
            pool="cpu",
        )
