"""The Settings page's "You" group: the signed-in user as the database knows it (name,
email, title, and company/role from the person records linked to the user), read and
written through ``models.services.users`` off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit

from executrek.models.errors import DomainError
from executrek.models.services import users
from executrek.models.services.users import Identity
from executrek.ui.widgets.field_errors import FieldErrors

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow


class IdentityForm(QGroupBox):
    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.setTitle(self.tr("You"))
        self.window_ = window
        self.identity: Identity | None = None
        s = window.ctx.settings.identity
        f = QFormLayout(self)
        self.username = QLineEdit(s.username)
        self.username.setReadOnly(True)
        self.display_name = QLineEdit(s.display_name)
        self.email = QLineEdit(s.email)
        self.job_title = QLineEdit(s.title)
        self.initials = QLabel("—")
        self.company = QLabel("—")
        self.role = QLabel("—")
        self.error = QLabel()  # refusals not about one field
        self.errors = FieldErrors(self.error)
        f.addRow(self.tr("User name"), self.username)
        self.errors.add_row(f, self.tr("Display name"), "display_name", self.display_name)
        self.errors.add_row(f, self.tr("Email"), "email", self.email)
        self.errors.add_row(f, self.tr("Title on reports and approvals"), "title", self.job_title)
        f.addRow(self.tr("Initials for signatures"), self.initials)
        f.addRow(self.tr("Company"), self.company)
        f.addRow(self.tr("Role on the project"), self.role)
        f.addRow("", self.error)
        self.setEnabled(False)  # until the database answered
        self.reload()

    def reload(self) -> None:
        store = self.window_.ctx.store
        self.window_.call(
            lambda: users.current_identity(store),
            self.show_identity,
        )

    def show_identity(self, ident: Identity | None) -> None:
        self.identity = ident
        self.setEnabled(ident is not None)
        if ident is None:
            return
        self.username.setText(ident.username)
        self.display_name.setText(ident.display_name)
        self.email.setText(ident.email)
        self.job_title.setText(ident.title)
        self.initials.setText(ident.initials)
        none = self.tr("(not linked to a person in a project directory)")
        self.company.setText(ident.company or none)
        self.role.setText(ident.role or none)

    def save(self, then: Callable[[Identity | None], None]) -> None:
        """Write the edits to the user row (off the GUI thread); ``then`` runs after a
        successful write (or at once when there is nothing to write)."""
        ident = self.identity
        if ident is None:
            then(None)
            return
        store = self.window_.ctx.store
        self.errors.clear()

        def done(result: object) -> None:
            value = getattr(result, "value", None)
            if isinstance(value, Identity):
                self.show_identity(value)
            then(value if isinstance(value, Identity) else None)

        self.window_.call_form(
            lambda: users.update_identity(
                store,
                ident.user_id,
                display_name=self.display_name.text(),
                email=self.email.text(),
                title=self.job_title.text(),
            ),
            done,
            self._refused,
        )

    def _refused(self, error: DomainError) -> None:
        self.errors.show(error)
