"""The lists' column specs: every header is a translation source text, each surface's
view names a column once, the export writes each kind of value as its kind says, and
the PDF columns take their kind, share and unit from the spec."""

from __future__ import annotations

import dataclasses
import datetime as dt
import typing
import xml.etree.ElementTree as ET
from decimal import Decimal
from operator import attrgetter
from pathlib import Path
from types import ModuleType, SimpleNamespace, UnionType
from typing import Any, Union

import pytest

from executrek.app import (
    diary_export,
    list_columns_change_orders,
    list_columns_cost,
    list_columns_inspections,
    list_columns_issues,
    list_columns_punch,
    list_columns_risks,
)
from executrek.app import pdf as r
from executrek.app.columns import OVERDUE, Field, Kind, late, report_columns
from executrek.app.interop import schedule_export
from executrek.app.list_export import DATETIME, INT, MONEY, TEXT, YESNO, Column

SPECS = (
    list_columns_punch,
    list_columns_issues,
    list_columns_change_orders,
    list_columns_risks,
    list_columns_inspections,
)
TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "executrek_de.ts"


def fields(module: ModuleType) -> list[Field[Any]]:
    return [v for v in vars(module).values() if isinstance(v, Field)]


def views(module: ModuleType) -> dict[str, tuple[Field[Any], ...]]:
    return {
        name: value
        for name, value in vars(module).items()
        if isinstance(value, tuple) and value and all(isinstance(f, Field) for f in value)
    }


def test_every_header_is_a_source_text_of_the_columns_context() -> None:
    """pyside6-lupdate found each title and short header (QT_TRANSLATE_NOOP marks them)."""
    sources = {
        m.findtext("source")
        for c in ET.parse(TS).getroot()
        if c.findtext("name") == "Columns"
        for m in c.iter("message")
    }
    headers = {
        text
        for module in SPECS
        for f in fields(module) + [f for v in views(module).values() for f in v]
        for text in (f.title, f.short)
        if text
    }
    assert len(headers) > 60
    assert headers <= sources, sorted(headers - sources)


ATTR_SPECS = (*SPECS, list_columns_cost, diary_export, schedule_export)


def _row_types(hint: Any) -> tuple[type[Any], ...]:
    """The row types a ``Field[R]`` or ``tuple[Field[R], ...]`` annotation names."""
    if typing.get_origin(hint) is tuple:
        hint = typing.get_args(hint)[0]
    if typing.get_origin(hint) is not Field:
        return ()
    (row,) = typing.get_args(hint)
    if row is Any:
        return ()
    return typing.get_args(row) if typing.get_origin(row) in (Union, UnionType) else (row,)


def _has(row: type[Any], name: str) -> bool:
    if dataclasses.is_dataclass(row) and name in {f.name for f in dataclasses.fields(row)}:
        return True
    return hasattr(row, name)  # a property


@pytest.mark.parametrize("module", ATTR_SPECS, ids=lambda m: m.__name__.rsplit(".", 1)[-1])
def test_every_attribute_column_names_an_attribute_of_its_rows(module: ModuleType) -> None:
    """``attr_field`` columns read ``row.<name>``: mypy no longer sees the name (the old
    lambdas it checked), so the annotated row types are checked here."""
    hints = typing.get_type_hints(module)
    # A field without a row type of its own (unannotated, or ``Field[Any]``) shared by
    # the module's lists: some row type the module names has the attribute.
    anywhere = {row for hint in hints.values() for row in _row_types(hint)}
    checked = 0
    for name, value in vars(module).items():
        rows = _row_types(hints[name]) if name in hints else ()
        for f in value if isinstance(value, tuple) else (value,):
            if not isinstance(f, Field) or not isinstance(f.value, attrgetter):
                continue
            attr = repr(f.value).split("'")[1]  # operator.attrgetter('name')
            if rows:
                missing = [row.__name__ for row in rows if not _has(row, attr)]
                assert not missing, (name, f.key, attr, missing)
            else:
                assert any(_has(row, attr) for row in anywhere), (name, f.key, attr)
            checked += 1
    assert checked > 0


@pytest.mark.parametrize("module", SPECS, ids=lambda m: m.__name__.rsplit("_", 1)[-1])
def test_each_view_shows_a_column_once(module: ModuleType) -> None:
    found = views(module)
    assert found
    for name, view in found.items():
        keys = [f.key for f in view]
        assert len(keys) == len(set(keys)), (name, keys)


def test_the_screen_views_sort_and_hide_as_before() -> None:
    punch = {f.key: f for f in list_columns_punch.SCREEN}
    assert all(f.sort_key == key for key, f in punch.items()), "paged in SQL by key"
    assert {k for k, f in punch.items() if f.hidden_by_default} == {"updated_at", "created_at"}
    issues = {f.key: f for f in list_columns_issues.SCREEN}
    assert not issues["severity"].hidden_by_default  # shown: how serious, at a glance
    severity = issues["severity"].sort_value
    assert severity is not None
    ranks = [severity(SimpleNamespace(severity=s)) for s in ("low", "medium", "high", "critical")]
    assert ranks == sorted(ranks)
    risks = [f.title for f in list_columns_risks.SCREEN]
    assert risks[3:5] == ["P", "I"], "the narrow columns keep their short headers"
    assert [f.title for f in list_columns_risks.EXPORT][3:5] == ["Probability", "Impact"]


def test_a_date_is_overdue_only_while_the_record_is_live() -> None:
    today = dt.date(2026, 3, 10)
    due = list_columns_issues.DUE
    open_late = SimpleNamespace(due_date=dt.date(2026, 3, 9), status="open")
    assert due.tone_of(open_late, today) == OVERDUE
    assert due.tone_of(SimpleNamespace(due_date=today, status="open"), today) is None
    assert (
        due.tone_of(SimpleNamespace(due_date=dt.date(2026, 3, 9), status="closed"), today) is None
    )
    assert late(None, True, today) is None
    status = list_columns_issues.STATUS
    assert status.tone_of(SimpleNamespace(status="responded"), today) == "responded"


def test_the_export_writes_each_kind_as_its_kind_says() -> None:
    row = SimpleNamespace(
        issue_type="non_conformance",
        status="in_progress",
        schedule_impact_days=-3,
        amount=Decimal("12.50"),
        raised_at=dt.datetime(2026, 3, 1, 9, 30, tzinfo=dt.UTC),
        is_response=True,
    )
    kind = Column.from_field(list_columns_issues.TYPE)
    assert (kind.header, kind.kind, kind.get(row)) == ("Type", TEXT, "Non-conformance (NCR)")
    assert Column.from_field(list_columns_issues.STATUS).get(row) == "In progress"
    days = Column.from_field(list_columns_change_orders.DAYS)
    assert (days.header, days.kind, days.get(row)) == ("Schedule (days)", INT, -3)
    assert Column.from_field(list_columns_change_orders.AMOUNT).kind == MONEY
    assert Column.from_field(list_columns_issues.RAISED_AT).kind == DATETIME
    assert Column.from_field(list_columns_issues.RESPONSE).kind == YESNO


def test_pdf_columns_take_kind_share_unit_and_short_header_from_the_spec() -> None:
    columns = report_columns(list_columns_change_orders.LOG, currency="EUR")
    assert [c.title for c in columns] == ["Number", "Title", "Reason", "Status", "Days", "Amount"]
    assert [c.kind for c in columns] == [
        r.ColumnKind.TEXT,
        r.ColumnKind.TEXT,
        r.ColumnKind.TEXT,
        r.ColumnKind.STATUS,
        r.ColumnKind.DAYS,
        r.ColumnKind.MONEY,
    ]
    assert [c.weight for c in columns] == [0.8, 3, 1.4, 1.05, 0.55, 1.3]
    assert columns[-1].currency == "EUR" and columns[0].currency is None
    lines = report_columns(list_columns_change_orders.LINES, currency="EUR")
    assert lines[0].title == "#" and lines[2].places == 2
    score = report_columns(list_columns_inspections.PERIOD)[3]
    assert (score.title, score.kind, score.places) == ("Score", r.ColumnKind.PERCENT, 1)
    assert list_columns_inspections.SCORE.kind is Kind.PERCENT
