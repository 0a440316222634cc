"""Every record kind in ``KINDS`` is whole: a page, export columns, a search source, a sync
registration, a number series and a complete workflow — so a half-added kind fails CI."""

from __future__ import annotations

import dataclasses

import pytest

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


def test_a_half_added_kind_is_caught() -> None:
    risk = kinds.BY_KEY["risk"]
    half = dataclasses.replace(risk, key="site_log", page="log", export="log", table="nope")
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
