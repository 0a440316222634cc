"""The screen's columns built from the lists' specs: the text each kind of value shows,
figures right-aligned and sorted by value, status and overdue colours (and the overdue
tooltip), the first line of a long text, and colours a page gives a column itself."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from types import SimpleNamespace
from typing import Any

from executrek.app import list_columns_change_orders, list_columns_issues, list_columns_risks
from executrek.ui.labels import STATUS_COLOURS
from executrek.ui.widgets.columns import OVERDUE_COLOUR, Column, screen_columns

TODAY = dt.date(2026, 3, 10)


def by_key(columns: list[Column[Any]]) -> dict[str, Column[Any]]:
    return {c.key: c for c in columns}


def test_issue_columns_show_words_dates_and_colours() -> None:
    columns = by_key(screen_columns(list_columns_issues.SCREEN, lambda: TODAY))
    assert [c.title for c in columns.values()][:3] == ["Number", "Type", "Title"]
    late = SimpleNamespace(
        issue_type="non_conformance",
        status="open",
        due_date=dt.date(2026, 3, 9),
        severity="critical",
        responses=12,
    )
    assert columns["type"].text(late) == "Non-conformance (NCR)"
    due = columns["due"]
    assert due.text(late) == "2026-03-09"
    assert due.colour is not None and due.colour(late) == OVERDUE_COLOUR
    assert due.tooltip is not None and due.tooltip(late) == "Overdue"
    on_time = SimpleNamespace(status="open", due_date=TODAY)
    assert due.colour(on_time) is None and due.tooltip(on_time) is None
    assert due.text(SimpleNamespace(status="open", due_date=None)) == ""
    status = columns["status"]
    assert status.colour is not None and status.colour(late) == STATUS_COLOURS["open"]
    severity = columns["severity"]
    assert severity.colour is not None and severity.colour(late) == STATUS_COLOURS["critical"]
    responses = columns["responses"]
    assert responses.right and responses.text(late) == "12"
    assert responses.sort_value is not None and responses.sort_value(late) == 12


def test_change_order_columns_show_money_and_days_right_aligned() -> None:
    columns = by_key(screen_columns(list_columns_change_orders.SCREEN))
    row = SimpleNamespace(
        tier="request", number="COR-002", amount=Decimal("-1234.5"), schedule_impact_days=-3
    )
    amount, days = columns["amount"], columns["days"]
    assert (amount.text(row), amount.right) == ("-1,234.50", True)
    assert (days.title, days.text(row), days.right) == ("Schedule (days)", "-3", True)
    number = columns["number"]
    assert not number.right
    assert number.sort_value is not None and number.sort_value(row) == ("request", "COR-002")
    assert columns["title"].colour is None


def test_risk_columns_take_the_page_colour_and_show_a_first_line() -> None:
    columns = by_key(
        screen_columns(list_columns_risks.SCREEN, colours={"score": lambda _r: "#123456"})
    )
    row = SimpleNamespace(probability=4, impact=5, score=20, mitigation="Plan B\nthen C")
    assert [columns[k].title for k in ("p", "i")] == ["P", "I"]
    score = columns["score"]
    assert score.colour is not None and score.colour(row) == "#123456"
    assert columns["mitigation"].text(row) == "Plan B"
    assert columns["mitigation"].text(SimpleNamespace(mitigation=None)) == ""
