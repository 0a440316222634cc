"""Contractors and people, the location tree and the milestones of the current project."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from executrek.models.directory import OrgKind
from executrek.models.errors import DomainError
from executrek.models.project import LocationKind
from executrek.models.services import listings, projects
from executrek.models.services.listings import DirectoryListing, MilestoneRow, OrgRow, PersonRow
from executrek.ui.labels import day, value_label
from executrek.ui.widgets.choices import add_values
from executrek.ui.widgets.columns import Column, IdRole
from executrek.ui.widgets.dates import today_qdate
from executrek.ui.widgets.field_errors import FieldErrors
from executrek.ui.widgets.form_parts import hinted_edit
from executrek.ui.widgets.page_text import page_title
from executrek.ui.widgets.record_list import ProjectFeed, current_row, record_table
from executrek.ui.widgets.rows_model import RowsModel

if TYPE_CHECKING:
    from executrek.models.store import Store
    from executrek.ui.main_window import MainWindow

# What an "Add" button does: given the store and the current project, add the record.
Add = Callable[["Store", str], Any]


def _optional_text(key: str, title: str, attr: str | None = None) -> Column[Any]:
    """The column of the text attribute ``attr`` (``key`` unless named), empty where a
    row has none."""
    name = attr or key
    return Column(key, title, lambda r: getattr(r, name) or "")


def _day(key: str, title: str) -> Column[MilestoneRow]:
    """The column of a milestone's date ``key``, sorted by the date."""
    return Column(key, title, lambda r: day(getattr(r, key)), sort_value=lambda r: getattr(r, key))


def org_columns() -> list[Column[OrgRow]]:
    return [
        _optional_text("name", QCoreApplication.translate("DirectoryColumns", "Organisation")),
        Column(
            "kind",
            QCoreApplication.translate("DirectoryColumns", "Kind"),
            lambda r: value_label(r.kind),
        ),
        _optional_text("email", QCoreApplication.translate("DirectoryColumns", "Email")),
        _optional_text("phone", QCoreApplication.translate("DirectoryColumns", "Phone")),
    ]


def people_columns() -> list[Column[PersonRow]]:
    return [
        _optional_text("name", QCoreApplication.translate("DirectoryColumns", "Name")),
        _optional_text(
            "org", QCoreApplication.translate("DirectoryColumns", "Organisation"), "organisation"
        ),
        _optional_text("role", QCoreApplication.translate("DirectoryColumns", "Role")),
        _optional_text("email", QCoreApplication.translate("DirectoryColumns", "Email")),
    ]


def milestone_columns() -> list[Column[MilestoneRow]]:
    return [
        _optional_text("name", QCoreApplication.translate("DirectoryColumns", "Milestone")),
        _day("baseline", QCoreApplication.translate("DirectoryColumns", "Baseline")),
        _day("forecast", QCoreApplication.translate("DirectoryColumns", "Forecast")),
        _day("actual", QCoreApplication.translate("DirectoryColumns", "Actual")),
        Column(
            "slip",
            QCoreApplication.translate("DirectoryColumns", "Slip (days)"),
            lambda r: f"{r.slip_days:+}",
            sort_value=lambda r: r.slip_days,
            right=True,
            colour=lambda r: (
                "#C62828" if r.slip_days > 14 else "#C77700" if r.slip_days > 0 else None
            ),
        ),
    ]


def _date(days: int = 0) -> QDateEdit:
    edit = QDateEdit(today_qdate(days=days))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def _under(layout: QVBoxLayout, form: QLayout, errors: FieldErrors) -> None:
    """``form`` in ``layout``, the refusal no field of it shows under it."""
    layout.addLayout(form)
    assert errors.general is not None
    layout.addWidget(errors.general)


def _listed_with_adding(
    layout: QVBoxLayout,
    heading: str,
    model: RowsModel[Any],
    errors: FieldErrors,
    cells: tuple[tuple[str | None, QWidget, int], ...],
    button: QPushButton,
    add: Callable[[], None],
) -> None:
    """``heading`` over the table of ``model``, then the row adding to it: each of
    ``cells`` (the field its refusals are about, None for none; the box; its stretch),
    ``button`` (which adds, as Enter in a first line edit does) and the refusal no box shows."""
    layout.addWidget(QLabel(heading))
    layout.addWidget(record_table(model, wide_column=None, row_height=32), 1)
    button.clicked.connect(add)
    first = cells[0][1]
    if isinstance(first, QLineEdit):
        first.returnPressed.connect(add)
    row = QHBoxLayout()
    for field, box, stretch in cells:
        row.addWidget(errors.wrap(field, box) if field else box, stretch)
    row.addWidget(button)
    _under(layout, row, errors)


class DirectoryPage(QWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window_ = window
        self.listing: DirectoryListing | None = None
        layout = QVBoxLayout(self)
        title = page_title(self.tr("Directory, locations and milestones"))
        layout.addWidget(title)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.tabs.addTab(self._people_tab(), self.tr("Contractors and people"))
        self.tabs.addTab(self._locations_tab(), self.tr("Locations"))
        self.tabs.addTab(self._milestones_tab(), self.tr("Milestones"))
        self.feed = ProjectFeed(
            window,
            self,
            ("organisations", "people", "locations", "milestones", "projects"),
            self._query,
            self._loaded,
        )
        self.feed.start()

    # --- layout ------------------------------------------------------------------------
    def _people_tab(self) -> QWidget:
        tab = QWidget()
        pl = QVBoxLayout(tab)
        self.orgs: RowsModel[OrgRow] = RowsModel(org_columns(), self)
        self.people: RowsModel[PersonRow] = RowsModel(people_columns(), self)
        self.org_errors = FieldErrors(QLabel())
        self.org_name = hinted_edit(self.tr("Organisation name"))
        self.org_kind = QComboBox()
        add_values(
            self.org_kind,
            (
                OrgKind.SUBCONTRACTOR,
                OrgKind.GENERAL_CONTRACTOR,
                OrgKind.CONSULTANT,
                OrgKind.SUPPLIER,
            ),
        )
        self.org_email = hinted_edit(self.tr("Email"))
        self.add_org_button = QPushButton(self.tr("Add organisation"))
        _listed_with_adding(
            pl,
            self.tr("<b>Organisations</b>"),
            self.orgs,
            self.org_errors,
            (("name", self.org_name, 2), (None, self.org_kind, 0), ("email", self.org_email, 1)),
            self.add_org_button,
            self.add_org,
        )
        self.person_errors = FieldErrors(QLabel())
        self.person_name = hinted_edit(self.tr("Name"))
        self.person_org = QComboBox()
        self.person_role = hinted_edit(self.tr("Role"))
        self.add_person_button = QPushButton(self.tr("Add person"))
        _listed_with_adding(
            pl,
            self.tr("<b>People</b>"),
            self.people,
            self.person_errors,
            (
                ("name", self.person_name, 2),
                (None, self.person_org, 1),
                ("role", self.person_role, 1),
            ),
            self.add_person_button,
            self.add_person,
        )
        return tab

    def _locations_tab(self) -> QWidget:
        tab = QWidget()
        ll = QVBoxLayout(tab)
        self.location_model = QStandardItemModel(self)
        self.location_tree = QTreeView()
        self.location_tree.setModel(self.location_model)
        self.location_tree.setAlternatingRowColors(True)
        self.location_tree.setUniformRowHeights(True)
        ll.addWidget(self.location_tree, 1)
        loc_form = QFormLayout()
        self.loc_errors = FieldErrors(QLabel())
        self.loc_code = QLineEdit()
        self.loc_name = QLineEdit()
        self.loc_kind = QComboBox()
        add_values(self.loc_kind, LocationKind, LocationKind.ROOM)
        self.loc_parent_label = QLabel()
        self.loc_errors.add_row(loc_form, self.tr("Code"), "code", self.loc_code)
        self.loc_errors.add_row(loc_form, self.tr("Name"), "name", self.loc_name)
        loc_form.addRow(self.tr("Kind"), self.loc_kind)
        loc_form.addRow(self.tr("Under"), self.loc_parent_label)
        _under(ll, loc_form, self.loc_errors)
        add_loc = QPushButton(self.tr("Add location under the selected one"))
        add_loc.clicked.connect(self.add_location)
        ll.addWidget(add_loc)
        self.location_tree.selectionModel().currentChanged.connect(
            lambda _c, _p: self._parent_changed()
        )
        return tab

    def _milestones_tab(self) -> QWidget:
        tab = QWidget()
        ml = QVBoxLayout(tab)
        self.milestones: RowsModel[MilestoneRow] = RowsModel(milestone_columns(), self)
        self.milestone_view = record_table(self.milestones, wide_column=None, row_height=32)
        ml.addWidget(self.milestone_view, 1)
        ms_form = QHBoxLayout()
        self.ms_errors = FieldErrors(QLabel())
        self.ms_name = hinted_edit(self.tr("New milestone"))
        self.ms_baseline = _date(30)
        add_ms = QPushButton(self.tr("Add milestone"))
        add_ms.clicked.connect(self.add_milestone)
        ms_form.addWidget(self.ms_errors.wrap("name", self.ms_name), 2)
        ms_form.addWidget(QLabel(self.tr("Baseline")))
        ms_form.addWidget(self.ms_baseline)
        ms_form.addWidget(add_ms)
        ml.addLayout(ms_form)
        dates = QHBoxLayout()
        self.ms_forecast = _date()
        self.ms_actual = _date()
        set_forecast = QPushButton(self.tr("Set forecast of selected"))
        set_forecast.clicked.connect(lambda: self.set_milestone_date("forecast"))
        set_actual = QPushButton(self.tr("Set actual of selected"))
        set_actual.clicked.connect(lambda: self.set_milestone_date("actual"))
        dates.addWidget(self.ms_forecast)
        dates.addWidget(set_forecast)
        dates.addStretch(1)
        dates.addWidget(self.ms_actual)
        dates.addWidget(set_actual)
        _under(ml, dates, self.ms_errors)
        return tab

    @property
    def project_id(self) -> str | None:
        return self.feed.project_id

    def _query(self, project_id: str) -> Callable[[], tuple[DirectoryListing, list[MilestoneRow]]]:
        store = self.window_.ctx.store
        return lambda: (
            listings.directory_listing(store, project_id),
            listings.milestone_list(store, project_id),
        )

    def _loaded(self, result: tuple[DirectoryListing, list[MilestoneRow]]) -> None:
        listing, milestones = result
        self.listing = listing
        self.orgs.set_rows(listing.organisations)
        self.people.set_rows(listing.people)
        self.milestones.set_rows(milestones)
        keep = self.person_org.currentData()
        self.person_org.clear()
        self.person_org.addItem(self.tr("(no organisation)"), None)
        for o in listing.organisations:
            self.person_org.addItem(o.name, o.id)
        self.person_org.setCurrentIndex(max(0, self.person_org.findData(keep)))
        self.location_model.clear()
        self.location_model.setHorizontalHeaderLabels(
            [self.tr("Location"), self.tr("Code"), self.tr("Kind")]
        )
        items: dict[str, QStandardItem] = {}
        for loc in listing.locations:
            name = QStandardItem(loc.name)
            name.setData(loc.id, IdRole)
            name.setEditable(False)
            code = QStandardItem(loc.code)
            code.setEditable(False)
            kind = QStandardItem(value_label(loc.kind))
            kind.setEditable(False)
            parent = items.get(loc.parent_id or "")
            (parent or self.location_model.invisibleRootItem()).appendRow([name, code, kind])
            items[loc.id] = name
        self.location_tree.expandToDepth(1)
        self.location_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._parent_changed()

    def _parent_id(self) -> str | None:
        index = self.location_tree.currentIndex()
        if not index.isValid():
            return None
        return str(index.siblingAtColumn(0).data(IdRole))

    def _parent_changed(self) -> None:
        index = self.location_tree.currentIndex()
        self.loc_parent_label.setText(
            str(index.siblingAtColumn(0).data()) if index.isValid() else self.tr("(top level)")
        )

    # --- adding ------------------------------------------------------------------------
    def _run(self, errors: FieldErrors, work: Callable[[], Any], *cleared: QLineEdit) -> None:
        """``work`` off the GUI thread; a refusal shows in ``errors``, success empties
        ``cleared`` (the first of them takes the focus)."""
        errors.clear()

        def refused(error: DomainError) -> None:
            errors.show(error)

        self.window_.call_form(work, lambda _done: self._clear(*cleared), refused)

    def _add(self, errors: FieldErrors, add: Add, *cleared: QLineEdit) -> None:
        """``add(store, project)`` for the current project, as :meth:`_run`."""
        project_id = self.project_id
        if project_id is None:
            return
        store = self.window_.ctx.store
        self._run(errors, lambda: add(store, project_id), *cleared)

    @staticmethod
    def _clear(*edits: QLineEdit) -> None:
        for edit in edits:
            edit.clear()
        if edits:
            edits[0].setFocus()

    def add_org(self) -> None:
        name, kind = self.org_name.text(), str(self.org_kind.currentData())
        email = self.org_email.text() or None
        self._add(
            self.org_errors,
            lambda store, project: projects.add_organisation(
                store, project, name, kind, email=email
            ),
            self.org_name,
            self.org_email,
        )

    def add_person(self) -> None:
        name, org = self.person_name.text(), self.person_org.currentData()
        role = self.person_role.text() or None
        self._add(
            self.person_errors,
            lambda store, project: projects.add_person(
                store, project, name, organisation_id=org, role=role
            ),
            self.person_name,
            self.person_role,
        )

    def add_location(self) -> None:
        code, name = self.loc_code.text(), self.loc_name.text()
        kind, parent = str(self.loc_kind.currentData()), self._parent_id()
        self._add(
            self.loc_errors,
            lambda store, project: projects.add_location(store, project, code, name, kind, parent),
            self.loc_code,
            self.loc_name,
        )

    def add_milestone(self) -> None:
        name = self.ms_name.text()
        baseline: dt.date = self.ms_baseline.date().toPython()  # type: ignore[assignment]
        self._add(
            self.ms_errors,
            lambda store, project: projects.add_milestone(store, project, name, baseline),
            self.ms_name,
        )

    def set_milestone_date(self, which: str) -> None:
        milestone = current_row(self.milestone_view, self.milestones)
        if milestone is None:
            return
        ms_id = milestone.id
        store = self.window_.ctx.store
        value: dt.date = (
            (self.ms_forecast if which == "forecast" else self.ms_actual).date().toPython()  # type: ignore[assignment]
        )
        forecast = value if which == "forecast" else None
        actual = value if which == "actual" else None
        self._run(
            self.ms_errors,
            lambda: projects.set_milestone_dates(store, ms_id, forecast=forecast, actual=actual),
        )
