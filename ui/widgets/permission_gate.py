"""Controls the person's role does not allow stay visible but disabled, with the reason
as their tooltip and status text (``app/permissions.py`` decides).

A page makes one :class:`PermissionGate` and hands it its (control, action) pairs with
:meth:`PermissionGate.set_controls` whenever the project (or an amount) changes. The
page keeps enabling and disabling its controls as before (a status, a selection…): the
gate notices and keeps a control off while the role forbids it, and gives it back the
page's wish once allowed. The rights are read once per window off the GUI thread
(:class:`WindowRights`, shared by every page's gate) and again when a sync learnt
different ones.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from executrek.app.permissions import ALLOWED, Action, Decision, may
from executrek.models import access
from executrek.models.access import Rights
from executrek.models.changes import Changes

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow

Control = QWidget | QAction
RIGHTS_TABLE = "member_roles"  # what a sync notes when the rights changed


@dataclass(frozen=True)
class Need:
    """An action of an amount (approving a change order, certifying)."""

    action: Action
    amount: Decimal | None = None
    currency: str = ""


Pairs = list[tuple[Control, "Action | Need"]]


def each(need: Action | Need, *controls: Control) -> Pairs:
    """``controls`` paired with one ``need``."""
    return [(c, need) for c in controls]


class WindowRights(QObject):
    """The rights as the window's gates use them: read off the GUI thread when the first
    gate is made and again when a sync noted they changed; ``loaded`` tells the gates."""

    loaded = Signal(object)  # Rights

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.rights: Rights | None = None  # None until read: nothing is held back
        window.changed.connect(self._changed)
        self._load()

    @classmethod
    def of(cls, window: MainWindow) -> WindowRights:
        """The window's one instance (made by the first gate)."""
        found = window.findChild(cls)
        return found if isinstance(found, cls) else cls(window)

    def _load(self) -> None:
        store = self.window_.ctx.store
        self.window_.call(lambda: access.load(store), self._loaded)

    def _loaded(self, rights: Rights) -> None:
        self.rights = rights
        self.loaded.emit(rights)

    def _changed(self, changes: Changes) -> None:
        if changes.touches(RIGHTS_TABLE):
            self._load()


class PermissionGate(QObject):
    def __init__(self, window: MainWindow, parent: QObject) -> None:
        super().__init__(parent)
        self.window_ = window
        source = WindowRights.of(window)
        self.rights: Rights | None = source.rights  # None until read: nothing is held back
        self.project_id: str | None = None
        self._needs: dict[Control, Need] = {}
        self._wish: dict[Control, bool] = {}
        self._tips: dict[Control, tuple[str, str]] = {}
        self._busy = False
        source.loaded.connect(self._loaded)

    # --- what the page says -----------------------------------------------------------
    def set_controls(
        self, project_id: str | None, pairs: Sequence[tuple[Control, Action | Need]]
    ) -> None:
        """Gate these controls for ``project_id`` (a control given again gets its new need)."""
        self.project_id = project_id
        for control, need in pairs:
            if control not in self._needs:
                self._wish[control] = self._explicit(control)
                self._tips[control] = (control.toolTip(), control.statusTip())
                self._watch(control)
            self._needs[control] = need if isinstance(need, Need) else Need(need)
        self._apply()

    def decision(self, need: Action | Need) -> Decision:
        """What the policy answers for ``need`` in the project (allowed until read)."""
        if self.rights is None:
            return ALLOWED
        n = need if isinstance(need, Need) else Need(need)
        return may(self.rights, n.action, self.project_id, amount=n.amount, currency=n.currency)

    # --- keeping the controls in line -------------------------------------------------
    def _apply(self) -> None:
        self._busy = True
        try:
            for control, need in self._needs.items():
                verdict = self.decision(need)
                control.setEnabled(self._wish.get(control, True) and verdict.allowed)
                tip, status = self._tips[control]
                control.setToolTip(tip if verdict.allowed else verdict.reason)
                control.setStatusTip(status if verdict.allowed else verdict.reason)
        finally:
            self._busy = False

    @staticmethod
    def _explicit(control: Control) -> bool:
        """Whether the page wants the control on (its own state, not its parent's)."""
        if isinstance(control, QWidget):
            return not control.testAttribute(Qt.WidgetAttribute.WA_ForceDisabled)
        return control.isEnabled()

    def _watch(self, control: Control) -> None:
        if isinstance(control, QWidget):
            control.installEventFilter(self)
        else:
            control.changed.connect(lambda c=control: self._page_set(c))
        control.destroyed.connect(lambda _o=None, c=control: self._forget(c))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.EnabledChange and isinstance(watched, QWidget):
            self._page_set(watched)
        return False

    def _page_set(self, control: Control) -> None:
        if self._busy or control not in self._needs:
            return
        wish = self._explicit(control)
        self._wish[control] = wish
        # the page turned it on (again, even when it wanted it on before the gate turned
        # it off): the role keeps it off
        if wish and not self.decision(self._needs[control]).allowed:
            self._apply()

    def _forget(self, control: Control) -> None:
        self._needs.pop(control, None)
        self._wish.pop(control, None)
        self._tips.pop(control, None)

    @Slot(object)
    def _loaded(self, rights: Rights) -> None:
        self.rights = rights
        self._apply()


def gate_project(
    window: MainWindow, page: QWidget, pairs: Sequence[tuple[Control, Action | Need]]
) -> PermissionGate:
    """Gate ``pairs`` in the window's current project, following it: the one call a page
    needs when its actions do not depend on an amount."""
    gate = PermissionGate(window, page)
    window.project_changed.connect(lambda project_id: gate.set_controls(project_id, pairs))
    gate.set_controls(window.current_project_id, pairs)
    return gate
