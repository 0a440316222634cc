"""What the record pages (punch items, change orders, contractor issues, risks) and their
forms share, on top of the pieces of ``ui/widgets/record_list.py``:

- :class:`RecordPage`: a page listing one kind of record in its list spec's screen
  columns, beside the detail of the record selected (read by id). The list follows the
  project, the filter bar and changes to the page's tables, and the record shown stays
  selected across reloads. :meth:`RecordPage.add_photo_strip` puts the record's photos
  (open, mark up, before/after, add by button, drop or paste) on its detail.
- :func:`add_form`: a form of labelled editors, each with its error label under it;
- :func:`form_end`: the end of a form dialog: the label for errors no field shows, then
  the buttons (Save and Cancel by default).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from PySide6.QtWidgets import QBoxLayout, QDialog, QDialogButtonBox, QFormLayout, QWidget

from executrek.app.columns import Field
from executrek.app.permissions import Action
from executrek.models.store import Store
from executrek.ui.photos.photo_strip import PhotoStrip
from executrek.ui.widgets.columns import screen_columns
from executrek.ui.widgets.field_errors import FieldErrors
from executrek.ui.widgets.permission_gate import Control, PermissionGate
from executrek.ui.widgets.record_list import FilterBar, KeepSelection, ProjectFeed, record_table
from executrek.ui.widgets.rows_model import RowsModel

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow


class _Row(Protocol):
    @property
    def id(self) -> str: ...


class _Detail(Protocol):
    @property
    def row(self) -> _Row: ...


R = TypeVar("R", bound=_Row)
D = TypeVar("D", bound=_Detail)


class RecordPage(QWidget, Generic[R, D]):
    """The list and the detail; a page builds its layout around ``table``, then calls
    :meth:`follow`, and says how to read (``_query``, ``read_detail``) and show
    (``_loaded``, ``_show_detail``) its records."""

    def __init__(self, window: MainWindow, fields: Sequence[Field[R]]) -> None:
        super().__init__()
        self.window_ = window
        self.detail: D | None = None
        self.columns = screen_columns(fields)
        self.model: RowsModel[R] = RowsModel(self.columns, self)
        self.table = record_table(self.model)
        self.photo_strip: PhotoStrip | None = None
        self._photo_type = ""
        self.gate = PermissionGate(window, self)  # off for a role that may not write

    def add_photo_strip(self, layout: QBoxLayout, record_type: str) -> PhotoStrip:
        """Show the photos of the record shown (a ``record_type``) at the end of ``layout``."""
        self.photo_strip = PhotoStrip(self.window_)
        self._photo_type = record_type
        layout.addWidget(self.photo_strip)
        return self.photo_strip

    def follow(self, bar: FilterBar, tables: Sequence[str]) -> None:
        """Load the list now, and again when the project, the filters or ``tables`` change."""
        self.selection = self._keep_selection()
        self.feed = ProjectFeed(
            self.window_, self, tables, self._query, self._loaded, self._new_project
        )
        bar.changed.connect(self.feed.refresh)
        self.show_detail(None)
        self.feed.start()

    def _keep_selection(self) -> Any:
        """What selects the record shown again after a reload (``set_rows(rows, keep)``);
        a page whose list is not a flat table (the change order tree) brings its own."""
        return KeepSelection(
            self.table,
            self.model,
            lambda r: self.load_detail(r.id),
            lambda: self.show_detail(None),
        )

    @property
    def project_id(self) -> str | None:
        return self.feed.project_id

    def keep(self, rows: Sequence[R]) -> None:
        """Show ``rows``, the record shown before still selected (if it is among them)."""
        self.selection.set_rows(rows, self.detail.row.id if self.detail is not None else None)

    def load_detail(self, record_id: str) -> None:
        store = self.window_.ctx.store
        self.feed.fetch(lambda: self.read_detail(store, record_id), self.show_detail)

    def _new_project(self, project_id: str) -> None:
        self.gate.set_controls(project_id, [(w, Action.WRITE) for w in self.write_controls()])
        self.show_detail(None)
        self._project_set(project_id)

    def show_detail(self, detail: D | None) -> None:
        """Show ``detail`` (None: no record selected)."""
        self.detail = detail
        self._show_detail(detail)
        strip = self.photo_strip
        if strip is None:
            return
        if detail is None or self.project_id is None:
            strip.clear_record()
        elif strip.record != (self._photo_type, detail.row.id):
            strip.set_record(self.project_id, self._photo_type, detail.row.id)

    # --- what each page says ----------------------------------------------------------
    def write_controls(self) -> Sequence[Control]:
        """The controls that add or change records (disabled, with why, for a viewer)."""
        return ()

    def _query(self, project_id: str) -> Callable[[], Any]:
        """The read of the list (built on the GUI thread, run off it)."""
        raise NotImplementedError

    def _loaded(self, result: Any) -> None:
        raise NotImplementedError

    def _project_set(self, project_id: str) -> None:
        """Another project is shown (its detail already cleared): load its choices."""
        raise NotImplementedError

    def read_detail(self, store: Store, record_id: str) -> D:
        raise NotImplementedError

    def _show_detail(self, detail: D | None) -> None:
        """Fill the detail side from ``detail`` (already ``self.detail``)."""
        raise NotImplementedError


def add_form(
    layout: QBoxLayout,
    errors: FieldErrors,
    *rows: tuple[str, str | None, QWidget],
    general: bool = False,
) -> QFormLayout:
    """Add a form of (label, field, editor) rows to ``layout``: an editor of a ``field``
    shows that field's refusals under it (a row without one is a plain row); with
    ``general``, the label for the errors no field shows follows the form."""
    form = QFormLayout()
    errors.add_rows(form, *rows)
    layout.addLayout(form)
    if general:
        assert errors.general is not None
        layout.addWidget(errors.general)
    return form


def form_end(
    dialog: QDialog,
    layout: QBoxLayout,
    errors: FieldErrors,
    submit: Callable[[], None],
    buttons: QDialogButtonBox.StandardButton = (
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    ),
) -> QDialogButtonBox:
    """Add the general error label and the buttons (accept submits, reject closes)."""
    assert errors.general is not None
    layout.addWidget(errors.general)
    box = QDialogButtonBox(buttons)
    box.accepted.connect(submit)
    box.rejected.connect(dialog.reject)
    layout.addWidget(box)
    return box
