"""Programme files: every file of the shared schedule corpus imports with the activity,
relationship and milestone counts the file holds, or is refused with one line; hostile
and broken files are refused with one line and leave nothing imported; a 100 MB export
is read in bounded memory."""

from __future__ import annotations

import hashlib
import tracemalloc
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from schedule_store import project, store

from executrek.app.interop.errors import InteropError, UnsafeContentError
from executrek.app.interop.schedule_files import import_schedule_file, read_programme
from executrek.app.interop.schedule_xer_write import write_xer
from executrek.models.errors import DomainError
from executrek.models.project import Project
from executrek.models.records.schedule.programme import ParsedLink, ProgrammeRefused
from executrek.models.store import Store

CORPUS = "schedules"
MILESTONE_TYPES = {"TT_Mile", "TT_FinMile"}

__all__ = ["project", "store"]


def xer_counts(path: Path) -> tuple[int, int, int]:
    """Activities, relationships and milestones, counted straight from the file."""
    table, fields = "", []
    acts = links = miles = 0
    for raw in path.read_bytes().splitlines():
        line = raw.decode("cp1252")
        cells = line.split("\t")
        if cells[0] == "%T":
            table = cells[1]
        elif cells[0] == "%F":
            fields = cells
        elif cells[0] == "%R" and table == "TASK":
            acts += 1
            miles += cells[fields.index("task_type")] in MILESTONE_TYPES
        elif cells[0] == "%R" and table == "TASKPRED":
            links += 1
    return acts, links, miles


def mspdi_counts(path: Path) -> tuple[int, int, int] | None:
    """The same for MS Project XML (None: not an MSPDI file). Blank rows and the project
    summary task are not activities."""
    root = ET.parse(path).getroot()  # the corpus is trusted: plain ElementTree
    if not root.tag.endswith("Project"):
        return None
    ns = root.tag[: -len("Project")]

    def text(el: ET.Element, name: str) -> str | None:
        child = el.find(ns + name)
        return child.text if child is not None else None

    acts = links = miles = 0
    for task in root.iter(ns + "Task"):
        if (
            not text(task, "UID")
            or text(task, "IsNull") == "1"
            or text(task, "OutlineLevel") == "0"
        ):
            continue
        acts += 1
        miles += text(task, "Milestone") == "1" and text(task, "Summary") != "1"
        links += sum(
            1
            for x in task.findall(ns + "PredecessorLink")
            if text(x, "CrossProject") != "1" and text(x, "PredecessorUID")
        )
    return acts, links, miles


def corpus_files(shared_testdata: Path) -> list[Path]:
    files = sorted((shared_testdata / "interop" / CORPUS).rglob("*.*"))
    assert files, "the schedule corpus is empty"
    return files


def test_every_corpus_file_imports_with_its_counts_or_is_refused_in_one_line(
    shared_testdata: Path, store: Store, project: Project
) -> None:
    imported = refused = 0
    for path in corpus_files(shared_testdata):
        expected = xer_counts(path) if path.suffix == ".xer" else mspdi_counts(path)
        try:
            done = import_schedule_file(store, project.id, path).value
        except (InteropError, DomainError) as exc:
            refused += 1
            text = getattr(exc, "message", str(exc))
            assert "\n" not in text and text, path
            assert expected is None or expected[0] == 0, (path, text)
            continue
        imported += 1
        assert expected is not None, path
        assert (done.activities, done.links, done.milestones) == expected, path
    assert imported >= 45 and refused >= 1


def test_a_programme_reads_back_what_p6_wrote(shared_testdata: Path) -> None:
    p = read_programme(shared_testdata / "interop" / CORPUS / "calendar/invalid/invalid-8.4.xer")
    assert (p.project_name, p.data_date.isoformat() if p.data_date else None) == (
        "EC00640",
        "2015-02-24",
    )
    first = p.activities[0]
    assert (first.code, first.name, first.original_duration) == ("A1000", "Duration 0%", 100)
    cal = {c.code: c for c in p.calendars}["178"]
    assert (cal.work_week, len(cal.holidays)) == ("1111100", 24)
    assert p.warnings == [
        "Calendar Test - Invalid: its working week cannot be read; Monday to Friday is used."
    ]


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<Project xmlns="http://schemas.microsoft.com/project"><Name>&lol3;</Name></Project>"""
EXTERNAL = b"""<?xml version="1.0"?>
<!DOCTYPE p [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<Project xmlns="http://schemas.microsoft.com/project"><Name>&xxe;</Name></Project>"""


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("notes.xer", b"Hello, this is not a programme\n", "is not a schedule"),
        ("list.csv", b"code,name\nA1,Dig\n", "is not a schedule"),
        ("plan.mpp", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "save it as XML"),
        ("bomb.xml", BILLION_LAUGHS, "refused for safety"),
        ("xxe.xml", EXTERNAL, "refused for safety"),
        ("cut.xml", b'<?xml version="1.0"?><Project><Tasks><Task><UID>1', "not well-formed"),
        ("other.xml", b'<?xml version="1.0"?><Project2 x="1"/>', "not a Microsoft Project"),
        ("empty.xer", b"", "is not a schedule"),
    ],
)
def test_files_that_are_no_programme_are_refused_in_one_line(
    tmp_path: Path, name: str, data: bytes, message: str
) -> None:
    path = _write(tmp_path, name, data)
    with pytest.raises(InteropError, match=message) as caught:
        read_programme(path)
    assert "\n" not in caught.value.message
    if "safety" in message:
        assert isinstance(caught.value, UnsafeContentError)


def _sample(shared_testdata: Path) -> Path:
    return shared_testdata / "interop" / CORPUS / "legacy/sample.xml"


def test_a_truncated_xer_is_refused_and_nothing_is_imported(
    shared_testdata: Path, tmp_path: Path, store: Store, project: Project
) -> None:
    full = write_xer(read_programme(_sample(shared_testdata)), tmp_path / "full.xer")
    data = full.read_bytes()
    cut = _write(tmp_path, "cut.xer", data[: data.index(b"%T\tTASKPRED") + 40])
    with pytest.raises(InteropError, match="ends early"):
        import_schedule_file(store, project.id, cut)
    assert import_schedule_file(store, project.id, full).value.activities == 19
    with store.sql() as con:
        assert con.execute("SELECT count(*) FROM schedule_updates").fetchone()[0] == 1


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda p: p.activities.append(p.activities[3]), "appears twice"),
        (lambda p: p.links.append(ParsedLink("X", "404", p.activities[0].source_id)), "404"),
    ],
)
def test_broken_logic_in_an_xer_is_refused(
    shared_testdata: Path,
    tmp_path: Path,
    store: Store,
    project: Project,
    change: object,
    message: str,
) -> None:
    p = read_programme(_sample(shared_testdata))
    change(p)  # type: ignore[operator]
    path = write_xer(p, tmp_path / "broken.xer")
    with pytest.raises(ProgrammeRefused, match=message):
        import_schedule_file(store, project.id, path)
    with store.sql() as con:
        assert con.execute("SELECT count(*) FROM schedule_activities").fetchone()[0] == 0


@pytest.mark.slow
def test_a_100_mb_export_is_streamed_in_bounded_memory(
    shared_testdata: Path, tmp_path: Path
) -> None:
    p = read_programme(_sample(shared_testdata))
    path = write_xer(p, tmp_path / "big.xer", filler_rows=500_000)
    size = path.stat().st_size
    assert size > 100 * 1024 * 1024
    tracemalloc.start()
    try:
        again = read_programme(path)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(again.activities) == 19
    assert peak < 8 * 1024 * 1024, f"peak {peak / 1e6:.1f} MB reading {size / 1e6:.0f} MB"
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    from executrek.app.interop.schedule_files import file_sha256

    assert file_sha256(path) == digest
