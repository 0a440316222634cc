"""BCF files from older or odder tools, end to end through ``executrek import/export bcf``.

* BCF 1.0 (no ``bcf.version``, no ``CreationDate``): the topics import with the best
  date their file gives (first comment, the zip entry, else the import date), the import
  says so, and every later export of the project still works, in 2.1 and 3.0.
* One topic that cannot be written as it came never stops the export of the others.
* Another export of the same topics (other bytes, same content) attaches no archive
  copy; a file that really changes a topic does.
* Comments without text survive import → export → import, visibly marked in our thread.
"""

from __future__ import annotations

import datetime as dt
import io
import sqlite3
import zipfile
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from executrek.app.cli import main
from executrek.app.interop.bcf import BCF_3_0, BcfComment, BcfTopic, read_bcf, write_bcf
from executrek.app.interop.bcf_legacy import (
    DateSource,
    comment_status,
    creation_date_hint,
    markup_saved_dates,
)
from executrek.models import clock as clock_module
from executrek.models.migrate import open_store
from executrek.models.services import projects

T1 = "0b1c2d3e-4f50-4617-8899-aabbccddee01"
T2 = "0b1c2d3e-4f50-4617-8899-aabbccddee02"
T3 = "0b1c2d3e-4f50-4617-8899-aabbccddee03"
DATED = "2f3a1c9e-5d8b-4c7e-9f0a-1b2c3d4e5f60"
VERSION_21 = b'<?xml version="1.0"?><Version VersionId="2.1"><DetailedVersion>2.1</DetailedVersion></Version>'
VERSION_30 = b'<?xml version="1.0"?><Version VersionId="3.0"/>'
SAVED = (2014, 3, 14, 8, 0, 0)  # when the BCF 1.0 tool wrote T2's markup into the zip


def png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (4, 3), (200, 40, 40)).save(out, "PNG")
    return out.getvalue()


def v1_markup(guid: str, title: str, comments: str = "") -> bytes:
    """A BCF 1.0 markup: Header, a Topic with only Guid/Title, comments carrying a
    VerbalStatus/Status and a back-reference to their topic."""
    return f"""<?xml version="1.0" encoding="utf-8"?>
<Markup xmlns:xsd="http://www.w3.org/2001/XMLSchema"
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <Header><File IfcProject="0M6o7Znnv7hxsbWgeu7oQq" isExternal="true">
    <Filename>model.ifc</Filename><Date>2014-03-01T09:30:00</Date></File></Header>
  <Topic Guid="{guid}"><ReferenceLink/><Title>{title}</Title></Topic>{comments}
</Markup>""".encode()


def v1_comment(number: int, date: str, author: str, text: str, status: str, topic: str) -> str:
    return f"""
  <Comment Guid="c1aa0000-0000-4000-8000-00000000000{number}">
    <VerbalStatus>{status}</VerbalStatus><Status>Info</Status><Date>{date}</Date>
    <Author>{author}</Author><Comment>{text}</Comment><Topic Guid="{topic}"/></Comment>"""


def bcf10(path: Path) -> Path:
    comments = v1_comment(1, "2014-03-12T10:00:00", "arch", "Wall clashes", "Open", T1)
    comments += v1_comment(2, "2014-03-13T10:00:00", "eng", "", "Closed", T1)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr(
            zipfile.ZipInfo(f"{T1}/markup.bcf", SAVED), v1_markup(T1, "Clash A", comments)
        )
        package.writestr(zipfile.ZipInfo(f"{T1}/snapshot.png", SAVED), png())
        package.writestr(zipfile.ZipInfo(f"{T2}/markup.bcf", SAVED), v1_markup(T2, "Saved only"))
        # written without a date: the zip says 1980-01-01, which means "unknown"
        package.writestr(zipfile.ZipInfo(f"{T3}/markup.bcf"), v1_markup(T3, "Nothing dated"))
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def rows(data: Path, sql: str, *params: object) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(data / "executrek.sqlite")
    try:
        return list(conn.execute(sql, params).fetchall())
    finally:
        conn.close()


def attachments(data: Path, code: str) -> int:
    return int(
        rows(
            data,
            "SELECT count(*) FROM attachments a JOIN projects p ON p.id = a.project_id"
            " WHERE p.code = ? AND a.deleted_at IS NULL",
            code,
        )[0][0]
    )


def thread(data: Path, code: str) -> list[tuple[str, str, str]]:
    return sorted(
        (str(ref), str(author), str(body))
        for ref, author, body in rows(
            data,
            "SELECT i.external_ref, c.author_name, c.body FROM comments c"
            " JOIN contractor_issues i ON i.id = c.record_id"
            " JOIN projects p ON p.id = i.project_id WHERE p.code = ?",
            code,
        )
    )


def repacked(source: Path, target: Path) -> Path:
    """The same members in other bytes (stored, not deflated, in reverse order): what
    another export run, or another tool, writes for the same topics."""
    with zipfile.ZipFile(source) as original:
        members = [(info, original.read(info)) for info in original.infolist()]
    with zipfile.ZipFile(target, "w", zipfile.ZIP_STORED) as package:
        for info, data in reversed(members):
            package.writestr(zipfile.ZipInfo(info.filename, (2030, 1, 2, 3, 4, 6)), data)
    assert source.read_bytes() != target.read_bytes()
    return target


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    store = open_store(folder)
    try:
        projects.ensure_user(store, "rep", "Rep")
        for code in ("P1", "P2"):
            projects.create_project(
                store, projects.NewProject(code=code, name=f"Project {code}", owner_name="O")
            )
    finally:
        store.close()
    return folder


def test_bcf10_topics_import_dated_from_their_file_and_every_export_works(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path, clock: dt.date
) -> None:
    d = ["--data-dir", str(data)]
    dated = tmp_path / "dated.bcfzip"
    with zipfile.ZipFile(dated, "w") as package:
        package.writestr("bcf.version", VERSION_30)
        package.writestr(
            f"{DATED}/markup.bcf",
            f"""<Markup><Topic Guid="{DATED}" TopicType="Issue" TopicStatus="Open">
            <Title>Dated topic</Title><CreationDate>2026-01-05T10:00:00Z</CreationDate>
            <CreationAuthor>a@example.com</CreationAuthor></Topic></Markup>""",
        )
    assert run(capsys, "import", "bcf", "--project", "P1", str(dated), *d)[0] == 0
    old = bcf10(tmp_path / "old.bcfzip")

    code, out, err = run(capsys, "import", "bcf", "--project", "P1", str(old), *d)

    assert (code, err) == (0, ""), out
    assert "3 created" in out
    notes = [line for line in out.splitlines() if "creation date not in the file" in line]
    assert notes == [
        "note: topic “Clash A”: creation date not in the file; the date of its first comment"
        " (2014-03-12) was used",
        "note: topic “Saved only”: creation date not in the file; the date it was saved in the"
        " archive (2014-03-14) was used",
        f"note: topic “Nothing dated”: creation date not in the file; the import date"
        f" ({clock_module.now().date().isoformat()}) was used",
    ]
    issues = dict(rows(data, "SELECT external_ref, created_at FROM contractor_issues"))
    assert issues[T1].startswith("2014-03-12T10:00:00")
    assert issues[T2].startswith("2014-03-14T08:00:00")
    assert issues[T3].startswith(clock_module.now().date().isoformat())
    # BCF 1.0 kept the topic's status on its comments: the latest says Closed
    assert rows(data, "SELECT status FROM contractor_issues WHERE external_ref = ?", T1) == [
        ("closed",)
    ]
    assert rows(
        data, "SELECT count(*) FROM photo_links l JOIN contractor_issues i ON i.id = l.record_id"
        " WHERE i.external_ref = ?", T1
    ) == [(1,)]  # fmt: skip

    for fmt, version in (("bcf21", "2.1"), ("bcf30", "3.0")):
        target = tmp_path / f"out-{fmt}.bcf"
        code, out, err = run(
            capsys, "export", "bcf", "--project", "P1", "--format", fmt, "-o", str(target), *d
        )
        assert (code, err) == (0, ""), out
        assert "3 topic(s) have no creation date in the BCF file they came from" in out
        exported = read_bcf(target)
        assert exported.version == version
        topics = {t.guid: t for t in exported.topics}
        assert set(topics) == {DATED, T1, T2, T3}
        assert topics[DATED].creation_date == dt.datetime(2026, 1, 5, 10, tzinfo=dt.UTC)
        assert topics[T1].creation_date == dt.datetime(2014, 3, 12, 10, tzinfo=dt.UTC)
        assert topics[T2].creation_date == dt.datetime(2014, 3, 14, 8, tzinfo=dt.UTC)
        assert topics[T1].topic_status == "Closed"
        assert [(c.author, c.text) for c in topics[T1].comments] == [
            ("arch", "Wall clashes"),
            ("eng", ""),
        ]
        assert [v.snapshot for v in topics[T1].viewpoints] == [png()]

    # the same old file again: nothing new, no second note, no second copy
    before = attachments(data, "P1")
    code, out, _ = run(capsys, "import", "bcf", "--project", "P1", str(old), *d)
    assert code == 0 and "0 created, 0 updated, 3 unchanged" in out
    assert "creation date not in the file" not in out
    assert attachments(data, "P1") == before


def test_one_topic_that_cannot_be_written_as_it_came_never_stops_the_export(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    source = tmp_path / "odd.bcf"
    with zipfile.ZipFile(source, "w") as package:
        package.writestr("bcf.version", VERSION_21)
        # a GUID no folder can be named after, and a comment without its required Date
        package.writestr(
            "odd/markup.bcf",
            """<Markup><Topic Guid="C:odd"><Title>Odd GUID</Title>
            <CreationDate>2025-02-01T08:00:00Z</CreationDate><CreationAuthor>x</CreationAuthor>
            </Topic></Markup>""",
        )
        package.writestr(
            f"{T1}/markup.bcf",
            f"""<Markup><Topic Guid="{T1}"><Title>Undated comment</Title>
            <CreationDate>2025-02-02T08:00:00Z</CreationDate><CreationAuthor>x</CreationAuthor>
            </Topic><Comment Guid="c1aa0000-0000-4000-8000-000000000009"><Author>y</Author>
            <Comment>No date on me</Comment></Comment></Markup>""",
        )
    # another tool wrote the same GUID in capitals: a second issue, and BCF folders clash
    shouted = tmp_path / "shouted.bcf"
    with zipfile.ZipFile(shouted, "w") as package:
        package.writestr("bcf.version", VERSION_21)
        package.writestr(
            f"{T1.upper()}/markup.bcf",
            f"""<Markup><Topic Guid="{T1.upper()}"><Title>Same GUID in capitals</Title>
            <CreationDate>2025-02-03T08:00:00Z</CreationDate><CreationAuthor>x</CreationAuthor>
            </Topic></Markup>""",
        )
    d = ["--data-dir", str(data)]
    assert run(capsys, "import", "bcf", "--project", "P1", str(source), *d)[0] == 0
    assert run(capsys, "import", "bcf", "--project", "P1", str(shouted), *d)[0] == 0

    for fmt in ("bcf21", "bcf30"):
        target = tmp_path / f"{fmt}.bcf"
        code, out, err = run(
            capsys, "export", "bcf", "--project", "P1", "--format", fmt, "-o", str(target), *d
        )
        assert (code, err) == (0, ""), out
        assert "unusable GUID “C:odd”" in out and "written from its own fields" in out
        assert f"its GUID {T1.upper()} is used by another issue" in out
        topics = {t.title: t for t in read_bcf(target).topics}
        assert set(topics) == {"Odd GUID", "Undated comment", "Same GUID in capitals"}
        assert topics["Undated comment"].guid == T1
        assert topics["Same GUID in capitals"].guid.lower() != T1
        (comment,) = topics["Undated comment"].comments
        assert comment.text == "No date on me"
        assert comment.date == dt.datetime(2025, 2, 2, 8, tzinfo=dt.UTC)  # the topic's own


def three_topics(path: Path) -> Path:
    """A BCF 2.1 file as tools write them: trailing newlines, a comment without author,
    comments without text, one with a viewpoint."""
    viewpoint = "a1b2c3d4-0000-4000-8000-0000000000aa"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("bcf.version", VERSION_21)
        for number, guid in enumerate((T1, T2, T3), start=1):
            package.writestr(
                f"{guid}/markup.bcf",
                f"""<?xml version="1.0" encoding="UTF-8"?>
<Markup>
  <Topic Guid="{guid}" TopicType="Clash" TopicStatus="Active">
    <Title>Topic {number}
</Title>
    <Labels>Structure</Labels>
    <CreationDate>2025-05-0{number}T08:00:00Z</CreationDate>
    <CreationAuthor>coord@example.com</CreationAuthor>
    <Description>Beam hits duct.
Check level {number}.
</Description>
  </Topic>
  <Comment Guid="{guid[:-2]}c1"><Date>2025-05-0{number}T09:00:00Z</Date><Author></Author>
    <Comment>Seen on site</Comment></Comment>
  <Comment Guid="{guid[:-2]}c2"><Date>2025-05-0{number}T10:00:00Z</Date>
    <Author>eng@example.com</Author><Comment></Comment>
    <Viewpoint Guid="{viewpoint}"/></Comment>
  <Comment Guid="{guid[:-2]}c3"><Date>2025-05-0{number}T11:00:00Z</Date>
    <Author>eng@example.com</Author><Comment>   </Comment></Comment>
  <Comment Guid="{guid[:-2]}c4"><Date>2025-05-0{number}T12:00:00Z</Date>
    <Author>eng@example.com</Author><Comment/></Comment>
  <Viewpoints Guid="{viewpoint}"><Snapshot>snapshot.png</Snapshot></Viewpoints>
</Markup>""",
            )
            package.writestr(f"{guid}/snapshot.png", png())
    return path


def test_another_export_of_the_same_topics_attaches_no_copy(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    d = ["--data-dir", str(data)]
    original = three_topics(tmp_path / "tool.bcf")
    assert run(capsys, "import", "bcf", "--project", "P1", str(original), *d)[0] == 0
    assert attachments(data, "P1") == 3

    as_30 = tmp_path / "tool-30.bcf"
    write_bcf(read_bcf(original), as_30, version=BCF_3_0)
    for other in (repacked(original, tmp_path / "tool-again.bcf"), as_30):
        code, out, _ = run(capsys, "import", "bcf", "--project", "P1", str(other), *d)
        assert code == 0 and "0 created, 0 updated, 3 unchanged" in out, out
        assert attachments(data, "P1") == 3, other.name

    # a file that really changes a topic is kept: it is what that topic goes out from
    changed = tmp_path / "changed.bcf"
    archive = read_bcf(original)
    topics = tuple(
        t if t.guid != T2 else replace(t, labels=("Structure", "MEP")) for t in archive.topics
    )
    write_bcf(replace(archive, topics=topics), changed)
    code, out, _ = run(capsys, "import", "bcf", "--project", "P1", str(changed), *d)
    assert code == 0 and "1 updated, 2 unchanged" in out, out
    assert attachments(data, "P1") == 4
    export = tmp_path / "out.bcf"
    assert run(capsys, "export", "bcf", "--project", "P1", "-o", str(export), *d)[0] == 0
    labels = {t.guid: t.labels for t in read_bcf(export).topics}
    assert labels == {T1: ("Structure",), T2: ("Structure", "MEP"), T3: ("Structure",)}


def test_exports_of_the_official_cases_reimport_without_copies(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path, bcf_cases: list[Path]
) -> None:
    d = ["--data-dir", str(data)]
    for case in bcf_cases:
        assert run(capsys, "import", "bcf", "--project", "P1", str(case), *d)[0] == 0
    first, second = tmp_path / "first.bcf", tmp_path / "second.bcf"
    for target, fmt in ((first, "bcf30"), (second, "bcf21")):
        code, _, err = run(
            capsys, "export", "bcf", "--project", "P1", "--format", fmt, "-o", str(target), *d
        )
        assert (code, err) == (0, "")
    assert run(capsys, "import", "bcf", "--project", "P2", str(first), *d)[0] == 0
    copies = attachments(data, "P2")
    topics = len(read_bcf(first).topics)
    assert copies >= topics
    for other in (repacked(first, tmp_path / "first-again.bcf"), second):
        code, out, _ = run(capsys, "import", "bcf", "--project", "P2", str(other), *d)
        assert code == 0 and f"0 created, 0 updated, {topics} unchanged" in out, out
        assert attachments(data, "P2") == copies, other.name
    assert thread(data, "P2") == thread(data, "P1")


def test_comments_without_text_survive_import_and_export(
    capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path
) -> None:
    d = ["--data-dir", str(data)]
    source = three_topics(tmp_path / "tool.bcf")
    code, out, _ = run(capsys, "import", "bcf", "--project", "P1", str(source), *d)
    assert code == 0
    assert "note: 9 comment(s) without text kept, marked “(no text)”" in out
    assert "12 comment(s)" in out.splitlines()[-1]  # 3 with text, 9 marked
    mine = [(author, body) for ref, author, body in thread(data, "P1") if ref == T1]
    assert sorted(mine) == [
        ("?", "Seen on site"),
        ("eng@example.com", "(no text)"),
        ("eng@example.com", "(no text) #2"),
        ("eng@example.com", "(no text; with a viewpoint)"),
    ]

    original = {t.guid: t.comments for t in read_bcf(source).topics}
    for fmt in ("bcf21", "bcf30"):
        target = tmp_path / f"{fmt}.bcf"
        code, _, err = run(
            capsys, "export", "bcf", "--project", "P1", "--format", fmt, "-o", str(target), *d
        )
        assert (code, err) == (0, "")
        back = {t.guid: t.comments for t in read_bcf(target).topics}
        assert {g: [_key(c) for c in cs] for g, cs in back.items()} == {
            g: [_key(c) for c in cs] for g, cs in original.items()
        }, fmt

    # into another project and out again: the same thread, the same empty comments
    assert run(capsys, "import", "bcf", "--project", "P2", str(tmp_path / "bcf30.bcf"), *d)[0] == 0
    assert thread(data, "P2") == thread(data, "P1")
    again = tmp_path / "again.bcf"
    assert run(capsys, "export", "bcf", "--project", "P2", "-o", str(again), *d)[0] == 0
    assert {t.guid: [_key(c) for c in t.comments] for t in read_bcf(again).topics} == {
        g: [_key(c) for c in cs] for g, cs in original.items()
    }

    # a marker written in another language is still the same comment, not a new one
    conn = sqlite3.connect(data / "executrek.sqlite")
    try:
        with conn:
            conn.execute("UPDATE comments SET body = '(kein Text)' WHERE body = '(no text)'")
    finally:
        conn.close()
    relabelled = tmp_path / "relabelled.bcf"
    assert run(capsys, "export", "bcf", "--project", "P1", "-o", str(relabelled), *d)[0] == 0
    assert {t.guid: len(t.comments) for t in read_bcf(relabelled).topics} == {
        T1: 4,
        T2: 4,
        T3: 4,
    }


def _key(comment: BcfComment) -> tuple[str, str, str, str | None]:
    return (comment.guid, comment.author, comment.text.strip(), comment.viewpoint_guid)


def test_legacy_helpers_read_what_bcf_10_keeps(tmp_path: Path) -> None:
    package_path = tmp_path / "dates.bcfzip"
    with zipfile.ZipFile(package_path, "w") as package:
        package.writestr(zipfile.ZipInfo(f"{T1}/markup.bcf", SAVED), b"<Markup/>")
        package.writestr(zipfile.ZipInfo(f"outer/{T2.upper()}/Markup.bcf", SAVED), b"<Markup/>")
        package.writestr(zipfile.ZipInfo(f"{T3}/markup.bcf"), b"<Markup/>")  # no date
    saved = dt.datetime(*SAVED, tzinfo=dt.UTC)
    assert markup_saved_dates(package_path) == {T1: saved, T2: saved}
    assert markup_saved_dates(tmp_path) == {}

    status = '<ns0:VerbalStatus xmlns:ns0="urn:x">Re&amp;opened</ns0:VerbalStatus>'
    comment = BcfComment(guid="c", date=None, author="a", text="", unknown_elements=(status,))
    assert comment_status(comment) == "Re&opened"
    topic = BcfTopic(guid=T1, title="t", creation_date=None, creation_author="")
    assert creation_date_hint(topic).source is DateSource.NONE
    assert creation_date_hint(topic, saved).source is DateSource.ARCHIVE_ENTRY
    late = BcfComment(guid="l", date=dt.datetime(2020, 1, 2, 1, tzinfo=dt.UTC), author="", text="")
    early = BcfComment(guid="e", date=dt.datetime(2020, 1, 2), author="", text="")  # naive: UTC
    hint = creation_date_hint(replace(topic, comments=(late, early)), saved)
    assert (hint.source, hint.date) == (DateSource.COMMENT, early.date)
