"""The values a pulled row is stored with (``sync.apply._storage_values``, the per-row
fast path of a first download): fields without a column and the bookkeeping the server
sends are not stored, every row of a table has its columns in one order (rows are
grouped by it for ``executemany``), stamps are converted, and a value SQLite cannot
store sets the row aside with its reason."""

from __future__ import annotations

from executrek.sync.apply import RowWriter, _storable
from executrek.sync.upsert import ServerRow

PID = "0192a4d6-1111-7000-8000-00000000000a"


def _row(data: dict[str, object]) -> ServerRow:
    return ServerRow("punch_items", "row-1", PID, data, '{"title": 2}', 3, None)


def test_stored_values_keep_the_table_columns_in_one_order() -> None:
    plan = RowWriter().plans["punch_items"]
    plain = _storable(plan, _row({"title": "Crack", "number": 4}))
    odd = _storable(
        plan,
        _row(
            {
                "not_a_column": "x",
                "row_version": 99,
                "field_versions": {"title": 9},
                "title": "Crack",
                "created_at": "2026-12-05T10:00:00+01:00",
                "closed_at": None,
                "number": 4,
                "project_id": "0192a4d6-1111-7000-8000-00000000000b",
            }
        ),
    )
    assert isinstance(plain, dict) and isinstance(odd, dict)
    assert list(odd) == list(plain) == list(plan.defaults)
    assert "not_a_column" not in odd
    assert odd["row_version"] == 3 and odd["field_versions"] == '{"title": 2}'
    assert odd["project_id"] == PID  # the area decides, never the data
    assert odd["created_at"] == "2026-12-05T09:00:00.000000Z"
    assert odd["updated_at"] == odd["created_at"]
    assert odd["number"] == 4 and odd["title"] == "Crack"


def test_a_value_sqlite_cannot_store_is_a_reason_not_an_error() -> None:
    plan = RowWriter().plans["punch_items"]
    for bad in ({"title": ["a", "list"]}, {"number": 2**70}, {"created_at": "no date"}):
        reason = _storable(plan, _row(bad))
        assert isinstance(reason, str) and reason.startswith("cannot be stored on this laptop")
    flag = _storable(plan, _row({"title": "Crack", "description": 1.5, "number": True}))
    assert isinstance(flag, dict) and flag["description"] == 1.5 and flag["number"] is True
