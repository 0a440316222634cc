"""Every record kind in ``KINDS`` is whole: a page, export columns, a search source, a sync
registration, a number series and a complete workflow — so a half-added kind fails CI."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import Column, MetaData, Table, Text

from executrek.app import list_export
from executrek.app.commands import export as export_command
from executrek.models import kinds, search
from executrek.models.records.kind import NumberSeries, RecordKind
from executrek.models.schema import synced_tables
from executrek.ui.open_record import page_of
from executrek.ui.pages.registry import PAGES


def missing(kind: RecordKind) -> list[str]:
    """What ``kind`` lacks to be a whole kind (empty when nothing)."""
    out: list[str] = []
    if kind.page not in {p.key for p in PAGES}:
        out.append(f"no page {kind.page!r} in ui/pages/registry.py")
    if page_of(kind.key) != kind.page:
        out.append("ui/open_record.py cannot open it")
    if kind.export not in list_export.KINDS or kind.export not in export_command.KINDS:
        out.append(f"no export list {kind.export!r} (app/list_export.py, executrek export)")
    if kind.table not in search.BY_TABLE:
        out.append(f"no search source for {kind.table}")
    tables = synced_tables()
    if kind.table not in tables or tables[kind.table] is not kind.model:
        out.append(f"{kind.table} is not a synced table mapped by {kind.model.__name__}")
    unplanned = [s for s in kind.status if s not in kind.transitions]
    if unplanned:
        out.append(f"no transitions from {', '.join(str(s.value) for s in unplanned)}")
    for target in {t for ts in kind.transitions.values() for t in ts}:
        if target not in kind.status.__members__.values():
            out.append(f"transition to {target!r}, not one of its statuses")
    for column in (*kind.search_columns, "number", "draft_number", "title", "project_id"):
        if column not in kind.model.__table__.columns:
            out.append(f"{kind.table} has no column {column}")
    return out


@pytest.mark.parametrize("kind", kinds.KINDS, ids=lambda k: k.key)
def test_every_kind_is_whole(kind: RecordKind) -> None:
    assert missing(kind) == []


class SiteLog:
    """A mapped-looking class no migration, search source or sync registration knows."""

    __tablename__ = "site_logs"
    __table__ = Table(
        "site_logs",
        MetaData(),
        *(Column(name, Text) for name in ("title", "description", "mitigation")),
        *(Column(name, Text) for name in ("number", "draft_number", "project_id")),
    )


def test_a_half_added_kind_is_caught() -> None:
    risk = kinds.BY_KEY["risk"]
    half = dataclasses.replace(risk, key="site_log", model=SiteLog, page="log", export="log")
    found = missing(half)
    assert any("no page 'log'" in m for m in found)
    assert any("no export list" in m for m in found)
    assert any("no search source" in m for m in found)
    assert any("not a synced table" in m for m in found)
    assert any("cannot open it" in m for m in found)


def test_numbers_name_one_kind_and_one_counter() -> None:
    prefixes = [s.prefix for k in kinds.KINDS for s in k.series]
    counters = [s.counter for k in kinds.KINDS for s in k.series]
    assert len(prefixes) == len(set(prefixes))
    assert len(counters) == len(set(counters))
    assert kinds.by_prefix()["NCR"][0].key == "issue"
    assert kinds.counter_keys()["CE"] == "change_orders:change_event"


def test_a_variant_kind_needs_several_series() -> None:
    risk = kinds.BY_KEY["risk"]
    with pytest.raises(ValueError, match="variant"):
        dataclasses.replace(risk, variant="category")
    with pytest.raises(ValueError, match="no number series"):
        dataclasses.replace(risk, series=())
    assert risk.display(4, None) == "RSK-004"
    assert kinds.BY_KEY["punch_item"].display(None, "7F3A-3") == "PI-7F3A-3"
    assert NumberSeries("X", 2, "x").width == 2


def test_unknown_kind_is_refused_in_the_users_words() -> None:
    from executrek.models.errors import ValidationError

    with pytest.raises(ValidationError):
        kinds.kind("diary_page")


# What each kind said of itself before its table, status vocabulary, counters, page,
# export and columns were derived: the derivations must keep saying the same.
SAID_BEFORE = {
    # key: (table, page, export, contractor, location, own_trade)
    "punch_item": ("punch_items", "punch", "punch", True, True, True),
    "issue": ("contractor_issues", "issues", "issues", True, True, False),
    "change_order": ("change_orders", "change_orders", "change-orders", True, False, False),
    "inspection": ("inspections", "inspections", "inspections", True, True, False),
    "risk": ("risks", "risks", "risks", False, False, False),
    "diary_day": ("diary_days", "diary", "diary", False, False, False),
    "schedule_update": ("schedule_updates", "schedule", "schedule", False, False, False),
    "delay_event": ("schedule_delay_events", "schedule", "delay_events", False, False, False),
    "budget_line": ("budget_lines", "budget", "budget", False, False, False),
    "budget_transfer": ("budget_transfers", "budget", "budget-transfers", False, False, False),
    "commitment": ("commitments", "commitments", "commitments", True, False, False),
    "pay_application": ("pay_applications", "payments", "pay-applications", True, False, False),
}
# The central database's counter keys are stored on the server: they never change.
COUNTERS = {
    "PI": "punch_items",
    "OBS": "contractor_issues:observation",
    "NCR": "contractor_issues:non_conformance",
    "RFI": "contractor_issues:rfi",
    "SAF": "contractor_issues:safety",
    "QA": "contractor_issues:quality",
    "SCH": "contractor_issues:schedule",
    "CE": "change_orders:change_event",
    "COR": "change_orders:request",
    "CO": "change_orders:change_order",
    "INS": "inspections",
    "RSK": "risks",
    "DIA": "diary_days",
    "SU": "schedule_updates",
    "EOT": "schedule_delay_events",
    "BL": "budget_lines",
    "BT": "budget_transfers",
    "SC": "commitments:contract",
    "PO": "commitments:purchase_order",
    "PA": "pay_applications",
}


@pytest.mark.parametrize("kind", kinds.KINDS, ids=lambda k: k.key)
def test_derived_facts_say_what_was_said_before(kind: RecordKind) -> None:
    table, page, export, contractor, location, own_trade = SAID_BEFORE[kind.key]
    assert kind.table == kind.model.__tablename__ == table
    assert (kind.page, kind.export) == (page, export)
    assert (kind.contractor, kind.location, kind.own_trade) == (contractor, location, own_trade)
    assert kind.status is kind.model.__table__.columns["status"].type.enum_class


def test_counter_keys_are_the_ones_the_server_keeps() -> None:
    assert set(SAID_BEFORE) == set(kinds.BY_KEY)
    assert kinds.counter_keys() == COUNTERS


def test_a_series_counter_is_filled_in_from_its_kind() -> None:
    risk = kinds.BY_KEY["risk"]
    kept = dataclasses.replace(risk, series=(NumberSeries("RSK", 3, "kept"),))
    assert kept.series[0].counter == "kept"
    assert dataclasses.replace(risk, series=(NumberSeries("RSK", 3),)).series[0].counter == "risks"
    with pytest.raises(ValueError, match="no status transitions"):
        dataclasses.replace(risk, transitions={})
