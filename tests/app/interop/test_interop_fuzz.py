"""Whatever bytes arrive, the importers answer with data or an InteropError, nothing else."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from executrek.app.interop.cobie import read_cobie
from executrek.app.interop.errors import InteropError
from executrek.app.interop.punch_table import read_punch_table, validate

FUZZ = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def small_workbook() -> bytes:
    workbook = openpyxl.Workbook()
    worksheet = workbook.active
    assert worksheet is not None
    worksheet.title = "Space"
    worksheet.append(["Name", "Title", "FloorName", "Due Date"])
    worksheet.append(["101", "Fix door", "Level 1", "2026-01-01"])
    worksheet.merge_cells("C2:C3")
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


SEED = small_workbook()


def validate_file(path: Path) -> object:
    table = read_punch_table(path)
    return validate(table.rows, table.mapping)


def outcome(action: Callable[[], object]) -> str:
    """ "ok", or the InteropError's message; any other exception fails the test."""
    try:
        action()
    except InteropError as exc:
        return exc.message
    return "ok"


@FUZZ
@given(content=st.binary(min_size=1, max_size=2_000))
def test_any_bytes_as_csv(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "fuzz.csv"
    path.write_bytes(content)
    assert outcome(lambda: validate_file(path))


@FUZZ
@given(data=st.data())
def test_corrupted_workbooks(tmp_path: Path, data: st.DataObject) -> None:
    raw = bytearray(SEED)
    for _ in range(data.draw(st.integers(1, 6))):
        raw[data.draw(st.integers(0, len(raw) - 1))] = data.draw(st.integers(0, 255))
    path = tmp_path / "fuzz.xlsx"
    path.write_bytes(bytes(raw))
    assert outcome(lambda: read_punch_table(path))
    assert outcome(lambda: read_cobie(path))
