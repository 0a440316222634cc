"""``executrek import`` / ``executrek export`` end to end: real sample files, a real store,
real exit codes. What a rep does with a contractor's Procore list, a BIM tool's BCF file
and a COBie handover workbook."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import zipfile
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from executrek.app.cli import main
from executrek.app.interop.bcf import read_bcf
from executrek.models.migrate import open_store
from executrek.models.services import projects

VERSION_30 = b'<?xml version="1.0"?><Version VersionId="3.0"/>'
GUID = "2f3a1c9e-5d8b-4c7e-9f0a-1b2c3d4e5f60"
MARKUP = f"""<?xml version="1.0" encoding="UTF-8"?>
<Markup><Topic Guid="{GUID}" TopicType="Issue" TopicStatus="Open">
<Title>Good topic</Title><CreationDate>2026-01-05T10:00:00Z</CreationDate>
<CreationAuthor>a@example.com</CreationAuthor></Topic></Markup>""".encode()


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def count(data: Path, sql: str) -> int:
    conn = sqlite3.connect(data / "executrek.sqlite")
    try:
        return int(conn.execute(sql).fetchone()[0])
    finally:
        conn.close()


def rows(data: Path, sql: str) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(data / "executrek.sqlite")
    try:
        return list(conn.execute(sql).fetchall())
    finally:
        conn.close()


def add_project(data: Path, code: str) -> None:
    store = open_store(data)
    try:
        projects.ensure_user(store, "rep", "Rep")
        projects.create_project(
            store, projects.NewProject(code=code, name=f"Project {code}", owner_name="Owner")
        )
    finally:
        store.close()


def files_outside(root: Path, allowed: set[Path]) -> list[Path]:
    return sorted(
        p
        for p in root.rglob("*")
        if p.is_file() and not any(a in p.parents or a == p for a in allowed)
    )


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("demo") / "data"
    assert main(["demo", "--data-dir", str(data)]) == 0
    return data


@pytest.fixture
def demo(tmp_path: Path, demo_template: Path) -> Path:
    data = tmp_path / "data"
    shutil.copytree(demo_template, data)
    add_project(data, "EMPTY")
    return data


@pytest.fixture
def empty(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    add_project(data, "P1")
    add_project(data, "P2")
    return data


PUNCH_FIELDS_SQL = """
SELECT i.title, coalesce(i.description, ''), coalesce(l.path, ''), i.priority,
       coalesce(i.due_date, ''), coalesce(pe.name, ''), coalesce(t.name, '')
FROM punch_items i JOIN projects p ON p.id = i.project_id
LEFT JOIN locations l ON l.id = i.location_id
LEFT JOIN people pe ON pe.id = i.assignee_id
LEFT JOIN trades t ON t.id = i.trade_id
WHERE p.code = '{code}' ORDER BY 1, 2, 3, 5
"""


@pytest.mark.parametrize("fmt", ["procore", "procore_deficiency", "csv", "xlsx"])
def test_punch_round_trip(
    capsys: pytest.CaptureFixture[str], demo: Path, tmp_path: Path, fmt: str
) -> None:
    out = tmp_path / f"punch-{fmt}.{'csv' if fmt == 'csv' else 'xlsx'}"
    d = ["--data-dir", str(demo)]
    code, text, _ = run(
        capsys, "export", "punch", "--project", "OFC-HP", "--format", fmt, "-o", str(out), *d
    )
    assert code == 0, text
    assert "184 record(s)" in text
    total = count(demo, "SELECT count(*) FROM punch_items")
    code, text, err = run(capsys, "import", "punch", "--project", "EMPTY", str(out), *d)
    assert (code, err) == (0, ""), text
    assert "184 created, 0 updated, 0 unchanged, 0 rejected" in text
    original = rows(demo, PUNCH_FIELDS_SQL.format(code="OFC-HP"))
    copied = rows(demo, PUNCH_FIELDS_SQL.format(code="EMPTY"))

    def carried(row: tuple[object, ...]) -> tuple[object, ...]:
        title, description, path, priority, due, assignee, trade = row
        if fmt.startswith("procore"):
            priority = "high" if priority == "critical" else priority  # Procore has no critical
        if fmt == "procore":
            trade = ""  # the US template has no trade column
        return (title, description, path, priority, due, assignee, trade)

    assert [carried(r) for r in copied] == [carried(r) for r in original]
    if fmt in ("csv", "xlsx"):  # our layout carries the status too
        statuses = "SELECT i.status, count(*) FROM punch_items i JOIN projects p ON p.id = i.project_id WHERE p.code = '{c}' GROUP BY 1"
        assert rows(demo, statuses.format(c="EMPTY")) == rows(demo, statuses.format(c="OFC-HP"))
    # importing again changes nothing, neither in the copy nor in the original project
    before = count(demo, "SELECT count(*) FROM outbox")
    for project in ("EMPTY", "OFC-HP"):
        code, text, _ = run(capsys, "import", "punch", "--project", project, str(out), *d)
        assert code == 0
        assert "0 created, 0 updated, 184 unchanged, 0 rejected" in text
    assert count(demo, "SELECT count(*) FROM outbox") == before
    assert count(demo, "SELECT count(*) FROM punch_items") == total + 184
    assert (demo / "import_mappings.json").is_file()


def test_bad_rows_are_refused_one_line_each(
    capsys: pytest.CaptureFixture[str], empty: Path, tmp_path: Path
) -> None:
    src = tmp_path / "list.csv"
    src.write_text(
        "Item Name,Punch Item #,Due Date,Location,Priority\n"
        "Béton fissuré,1,2026-12-01,Block A > Level 1 > Lobby,High\n"
        ",2,2026-12-01,Block A,Low\n"
        "Loose rail,3,31/02/2026,Block A > Level 2,Low\n"
        "Missing trim,4,15/03/2026,Block A > Level 2 > Room 201,Urgent-ish\n"
        "Paint touch-up,1,2026-12-05,Block A,Low\n",
        encoding="cp1252",
    )
    d = ["--data-dir", str(empty)]
    code, text, _ = run(capsys, "import", "punch", "--project", "P1", str(src), *d)
    assert code == 1
    rejected = [line for line in text.splitlines() if line.startswith("rejected: ")]
    assert rejected == [
        "rejected: row 3: title is empty",
        "rejected: row 4: due date '31/02/2026' is not a date",
        "rejected: row 5: priority 'Urgent-ish' is not known; map it to one of: low, medium, high, critical",
        "rejected: row 6: number '1' is already used on row 2",
    ]
    assert "1 created, 0 updated, 0 unchanged, 4 rejected" in text
    assert rows(empty, "SELECT title, due_date, priority FROM punch_items") == [
        ("Béton fissuré", "2026-12-01", "high")  # cp1252 read as such
    ]
    assert sorted(r[0] for r in rows(empty, "SELECT path FROM locations")) == [
        "Block A",
        "Block A › Level 1",
        "Block A › Level 1 › Lobby",
    ]


def test_dates_in_several_formats_and_fieldwire_utf16(
    capsys: pytest.CaptureFixture[str], empty: Path, tmp_path: Path
) -> None:
    src = tmp_path / "fieldwire.csv"
    header = "ID\tTitle\tStatus\tCategory\tAssignee\tStart date\tEnd date\tPlan"
    lines = [
        "Generated with Fieldwire",
        "Lakeview",
        "2026-11-20",
        header,
        "1\tSeal penetration\tPriority 1\tFire stopping\tAnn Lee\t\t2026-12-01\tL1",
        "2\tReplace ceiling tile\tCompleted\tCeilings\tBo Chen\t\t2026-12-02T09:30:00+01:00\tL2",
        "3\tAdjust door closer\tVerified\tDoors\t\t\t2026-12-03\tL2",
    ]
    src.write_bytes("\r\n".join(lines).encode("utf-16"))
    d = ["--data-dir", str(empty)]
    code, text, _ = run(capsys, "import", "punch", "--project", "P1", str(src), *d)
    assert code == 0, text
    assert rows(empty, "SELECT title, due_date, status, priority FROM punch_items ORDER BY 1") == [
        ("Adjust door closer", "2026-12-03", "closed", "medium"),
        ("Replace ceiling tile", "2026-12-02", "ready_for_review", "medium"),
        ("Seal penetration", "2026-12-01", "open", "high"),
    ]
    # m/d/yy and d-m-yyyy in the same file: the column tells the order
    us = tmp_path / "us.csv"
    us.write_text("Title,Due Date\nA,12/25/26\nB,3/4/27\n", encoding="utf-8")
    code, text, _ = run(capsys, "import", "punch", "--project", "P2", str(us), *d)
    assert code == 0, text
    eu = tmp_path / "eu.csv"
    eu.write_text("Title,Due,Notes\nC,25-12-2026,x\nD,3-4-2027,y\n", encoding="utf-8")
    code, text, _ = run(capsys, "import", "punch", "--project", "P2", str(eu), *d)
    assert code == 0, text
    got = dict(
        rows(empty, "SELECT title, due_date FROM punch_items WHERE title IN ('A','B','C','D')")
    )
    assert got == {"A": "2026-12-25", "B": "2027-03-04", "C": "2026-12-25", "D": "2027-04-03"}


def test_ambiguous_dates_need_a_date_order(
    capsys: pytest.CaptureFixture[str], empty: Path, tmp_path: Path
) -> None:
    src = tmp_path / "amb.csv"
    src.write_text("Title,Due Date\nA,03/04/2026\n", encoding="utf-8")
    d = ["--data-dir", str(empty)]
    code, text, _ = run(capsys, "import", "punch", "--project", "P1", str(src), *d)
    assert code == 1
    assert "could be day-first or month-first" in text
    assert count(empty, "SELECT count(*) FROM punch_items") == 0
    code, text, _ = run(
        capsys, "import", "punch", "--project", "P1", str(src), "--date-order", "day_first", *d
    )
    assert code == 0
    assert rows(empty, "SELECT due_date FROM punch_items") == [("2026-04-03",)]


def test_xlsx_with_formulas_and_merged_cells(
    capsys: pytest.CaptureFixture[str], empty: Path, tmp_path: Path
) -> None:
    src = tmp_path / "list.xlsx"
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Title", "Location", "Due Date"])
    sheet.append(["Door sticks", "Level 3", dt.date(2026, 12, 1)])
    sheet.append(["Window gap", None, dt.date(2026, 12, 2)])
    sheet.append(['=CONCAT("Leak ", "here")', "Level 4", dt.date(2026, 12, 3)])
    sheet.merge_cells("B2:B3")
    book.save(src)
    d = ["--data-dir", str(empty)]
    code, text, _ = run(capsys, "import", "punch", "--project", "P1", str(src), *d)
    assert code == 1
    assert "rejected: row 4: title is a formula without a saved result" in text
    assert rows(
        empty,
        "SELECT i.title, l.path FROM punch_items i JOIN locations l ON l.id = i.location_id ORDER BY 1",
    ) == [
        ("Door sticks", "Level 3"),
        ("Window gap", "Level 3"),
    ]


@pytest.mark.parametrize(
    "content",
    [
        b"Colour;Where\nred;y\n",  # no title column at all
        b"",  # empty
        b"\x00\x01\x02\x03" * 200,  # binary
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600,  # old .xls
    ],
)
def test_unreadable_punch_files_are_one_line(
    capsys: pytest.CaptureFixture[str], empty: Path, tmp_path: Path, content: bytes
) -> None:
    src = tmp_path / "bad.csv"
    src.write_bytes(content)
    code, out, err = run(
        capsys, "import", "punch", "--project", "P1", str(src), "--data-dir", str(empty)
    )
    assert code == 1
    assert out == ""
    assert err.startswith("executrek: ") and len(err.strip().splitlines()) == 1
    assert "Traceback" not in err
    assert count(empty, "SELECT count(*) FROM punch_items") == 0


def test_every_bcf_test_case_imports_and_round_trips(
    capsys: pytest.CaptureFixture[str], empty: Path, tmp_path: Path, shared_testdata: Path
) -> None:
    cases = sorted((shared_testdata / "interop" / "bcf_buildingsmart_test_cases").rglob("*.bcf*"))
    assert len(cases) >= 38
    d = ["--data-dir", str(empty)]
    guids: set[str] = set()
    for case in cases:
        code, text, err = run(capsys, "import", "bcf", "--project", "P1", str(case), *d)
        assert (code, err) == (0, ""), f"{case}: {text}{err}"
        guids |= {t.guid for t in read_bcf(case).topics}
    issues = count(empty, "SELECT count(*) FROM contractor_issues")
    assert issues == len(guids)
    # the same files again add nothing
    for case in cases[:5]:
        code, text, _ = run(capsys, "import", "bcf", "--project", "P1", str(case), *d)
        assert code == 0
        assert " 0 created" in text and "0 comment(s) and 0 photo(s) added" in text
    assert count(empty, "SELECT count(*) FROM contractor_issues") == issues
    for fmt in ("bcf30", "bcf21"):
        out = tmp_path / f"out-{fmt}.bcf"
        code, text, err = run(
            capsys, "export", "bcf", "--project", "P1", "--format", fmt, "-o", str(out), *d
        )
        assert code == 0, err
        exported = read_bcf(out)
        assert exported.version == ("3.0" if fmt == "bcf30" else "2.1")
        assert {t.guid for t in exported.topics} == guids
    # into another project: the same issues, threads and photos
    code, text, _ = run(
        capsys, "import", "bcf", "--project", "P2", str(tmp_path / "out-bcf30.bcf"), *d
    )
    assert code == 0, text
    summary = """
        SELECT i.external_ref, i.title, i.issue_type, i.status, i.severity, coalesce(i.due_date, ''),
               (SELECT count(*) FROM comments c WHERE c.record_id = i.id),
               (SELECT count(*) FROM photo_links l WHERE l.record_id = i.id)
        FROM contractor_issues i JOIN projects p ON p.id = i.project_id
        WHERE p.code = '{code}' ORDER BY 1"""
    assert rows(empty, summary.format(code="P2")) == rows(empty, summary.format(code="P1"))
    # and exporting again from P1 gives the same archive content
    again = tmp_path / "again.bcf"
    assert run(capsys, "export", "bcf", "--project", "P1", "-o", str(again), *d)[0] == 0
    first = {t.guid: t for t in read_bcf(tmp_path / "out-bcf30.bcf").topics}
    second = {t.guid: t for t in read_bcf(again).topics}
    assert first == second
    outputs = {tmp_path / "out-bcf30.bcf", tmp_path / "out-bcf21.bcf", again}
    assert files_outside(tmp_path, {empty, *outputs}) == []  # snapshots went to the blob store


def test_bcf_keeps_what_our_fields_cannot_hold(
    capsys: pytest.CaptureFixture[str], empty: Path, tmp_path: Path, shared_testdata: Path
) -> None:
    case = next(
        (shared_testdata / "interop" / "bcf_buildingsmart_test_cases" / "v2.1").rglob(
            "MaximumInformation.bcf"
        )
    )
    original = read_bcf(case)
    d = ["--data-dir", str(empty)]
    assert run(capsys, "import", "bcf", "--project", "P1", str(case), *d)[0] == 0
    out = tmp_path / "max.bcf"
    assert (
        run(capsys, "export", "bcf", "--project", "P1", "--format", "bcf21", "-o", str(out), *d)[0]
        == 0
    )
    back = {t.guid: t for t in read_bcf(out).topics}
    for topic in original.topics:
        mine = back[topic.guid]
        assert mine.labels == topic.labels
        assert mine.assigned_to == topic.assigned_to
        assert mine.comments == topic.comments
        assert [v.snapshot for v in mine.viewpoints] == [v.snapshot for v in topic.viewpoints]
        assert mine.unknown_elements == topic.unknown_elements


def test_issue_edits_go_out_in_bcf(
    capsys: pytest.CaptureFixture[str], empty: Path, tmp_path: Path
) -> None:
    src = tmp_path / "one.bcfzip"
    with zipfile.ZipFile(src, "w") as package:
        package.writestr("bcf.version", VERSION_30)
        package.writestr(f"{GUID}/markup.bcf", MARKUP)
    d = ["--data-dir", str(empty)]
    assert run(capsys, "import", "bcf", "--project", "P1", str(src), *d)[0] == 0
    store = open_store(empty)
    try:
        from executrek.models.records.issue import service as issues

        issue_id = str(rows(empty, "SELECT id FROM contractor_issues")[0][0])
        issues.add_response(store, issue_id, "Fixed on site.", author_name="GC Site Lead")
        issues.change_status(store, issue_id, "closed")
    finally:
        store.close()
    out = tmp_path / "back.bcf"
    assert run(capsys, "export", "bcf", "--project", "P1", "-o", str(out), *d)[0] == 0
    (topic,) = read_bcf(out).topics
    assert topic.guid == GUID
    assert topic.topic_status == "Closed"
    assert [(c.author, c.text) for c in topic.comments] == [("GC Site Lead", "Fixed on site.")]


@pytest.mark.parametrize("entry", ["../evil.txt", "/etc/evil", "t/../../evil.txt"])
def test_hostile_bcf_is_one_line_and_nothing_lands(
    capsys: pytest.CaptureFixture[str], empty: Path, tmp_path: Path, entry: str
) -> None:
    src = tmp_path / "in" / "hostile.bcfzip"
    src.parent.mkdir()
    with zipfile.ZipFile(src, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("bcf.version", VERSION_30)
        package.writestr(f"{GUID}/markup.bcf", MARKUP)
        package.writestr(zipfile.ZipInfo(entry), b"pwned")
    before = count(empty, "SELECT count(*) FROM outbox")
    code, out, err = run(
        capsys, "import", "bcf", "--project", "P1", str(src), "--data-dir", str(empty)
    )
    assert code == 1 and out == ""
    assert "unsafe entry" in err and len(err.strip().splitlines()) == 1
    assert count(empty, "SELECT count(*) FROM outbox") == before
    assert files_outside(tmp_path, {empty, src}) == []


def test_zip_bomb_bcf(capsys: pytest.CaptureFixture[str], empty: Path, tmp_path: Path) -> None:
    src = tmp_path / "bomb.bcfzip"
    with zipfile.ZipFile(src, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("bcf.version", VERSION_30)
        package.writestr(f"{GUID}/markup.bcf", MARKUP)
        package.writestr(f"{GUID}/snapshot.png", b"\0" * (24 << 20))
    code, _, err = run(
        capsys, "import", "bcf", "--project", "P1", str(src), "--data-dir", str(empty)
    )
    assert code == 1
    assert "zip bomb" in err
    assert count(empty, "SELECT count(*) FROM contractor_issues") == 0
    assert count(empty, "SELECT count(*) FROM photos") == 0


def test_cobie_duplex_imports_completely(
    capsys: pytest.CaptureFixture[str], empty: Path, shared_testdata: Path, tmp_path: Path
) -> None:
    book = (
        shared_testdata
        / "interop"
        / "cobie"
        / "duplex_apartment"
        / "2012-03-23-Duplex-Handover.xlsx"
    )
    d = ["--data-dir", str(empty)]
    code, text, _ = run(capsys, "import", "cobie", "--project", "P1", str(book), *d)
    assert code == 0, text
    assert "232 component(s) were not imported" in text
    kinds = dict(rows(empty, "SELECT kind, count(*) FROM locations GROUP BY 1"))
    assert kinds == {"building": 1, "floor": 4, "room": 22}
    floors = sorted(r[0] for r in rows(empty, "SELECT name FROM locations WHERE kind = 'floor'"))
    assert floors == ["Level 1", "Level 2", "Roof", "T/FDN"]
    assert count(empty, "SELECT count(*) FROM locations WHERE path LIKE '% › Level 1 › %'") > 0
    # again, and the Design-stage workbook of the same building: nothing new
    for name in ("2012-03-23-Duplex-Handover.xlsx", "2012-03-23-Duplex-Design.xlsx"):
        code, text, _ = run(
            capsys, "import", "cobie", "--project", "P1", str(book.with_name(name)), *d
        )
        assert code == 0
        assert "0 created" in text
    assert count(empty, "SELECT count(*) FROM locations") == 27
    code, text, _ = run(capsys, "import", "cobie", "--project", "P1", str(book), "--components", *d)
    assert code == 0, text
    assert count(empty, "SELECT count(*) FROM locations WHERE kind = 'area'") == 232
    # a punch list that names a COBie space lands on that room
    src = tmp_path / "p.csv"
    first_space = rows(
        empty, "SELECT path FROM locations WHERE kind = 'room' ORDER BY path LIMIT 1"
    )[0][0]
    src.write_text(
        f"Title,Location\nScratch,{str(first_space).replace(' › ', ' > ')}\n", encoding="utf-8"
    )
    assert run(capsys, "import", "punch", "--project", "P1", str(src), *d)[0] == 0
    assert count(empty, "SELECT count(*) FROM locations") == 27 + 232


def test_not_a_cobie_workbook(
    capsys: pytest.CaptureFixture[str], empty: Path, tmp_path: Path
) -> None:
    src = tmp_path / "x.xlsx"
    book = Workbook()
    book.save(src)
    code, _, err = run(
        capsys, "import", "cobie", "--project", "P1", str(src), "--data-dir", str(empty)
    )
    assert code == 1
    assert "not a COBie workbook" in err
    assert count(empty, "SELECT count(*) FROM locations") == 0


def test_usage_errors(capsys: pytest.CaptureFixture[str], empty: Path, tmp_path: Path) -> None:
    d = ["--data-dir", str(empty)]
    code, _, err = run(
        capsys, "import", "punch", "--project", "NOPE", str(tmp_path / "missing.csv"), *d
    )
    assert code == 1 and "missing.csv" in err
    src = tmp_path / "ok.csv"
    src.write_text("Title\nA\n", encoding="utf-8")
    code, _, err = run(capsys, "import", "punch", "--project", "NOPE", str(src), *d)
    assert code == 1 and "There is no project NOPE" in err
    code, _, err = run(
        capsys, "export", "bcf", "--project", "P1", "--format", "csv", "-o", str(tmp_path / "x"), *d
    )
    assert code == 1 and "does not fit" in err
    code, _, err = run(
        capsys, "export", "punch", "--project", "P1", "-o", str(tmp_path / "no" / "x.csv"), *d
    )
    assert code == 1 and "No such folder" in err
    assert not (tmp_path / "no").exists()
    code, out, _ = run(
        capsys, "export", "punch", "--project", "P1", "-o", str(tmp_path / "e.csv"), *d
    )
    assert code == 0 and f"0 record(s) written to {tmp_path / 'e.csv'} (CSV)." in out
