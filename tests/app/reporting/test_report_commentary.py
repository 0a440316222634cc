"""The rep's commentary in the status report: printed on page 1 with the headline (the
demo's report stays within four pages), kept in the issued snapshot and printed again
by a regeneration, one per issue; drafts kept on disk until issued; and the command
line's ``--commentary`` / ``--commentary-file`` and ``--photos``."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from reporting_fixtures import TODAY, Workspace, texts

from executrek.app.cli import main
from executrek.app.logging_setup import shutdown
from executrek.app.report_kinds import commentary
from executrek.app.report_kinds.common import ReportKind, ReportRequest
from executrek.app.report_kinds.issuing import issue_report, regenerate
from executrek.models.errors import ValidationError
from executrek.models.services import issued_reports

# Three paragraphs, as a rep writes them (about 640 characters).
COMMENTARY = (
    "Progress on the east wing was steady this month: the envelope is watertight and the "
    "MEP rough-in inspections closed on time. The drywall contractor added a second crew "
    "after our site meeting on 12 November.\n\n"
    "My main concern is substantial completion. The commissioning agent is still not "
    "appointed and the switchgear delivery has slipped twice; I have asked for a recovery "
    "schedule by 5 December and recommend the owner withholds approval of CO-006 until "
    "it arrives.\n\n"
    "Quality is off track on paper because of overdue punch items on level 2; most are "
    "minor finishes and I expect the count to halve before the December report."
)


def status_request(ws: Workspace, out: Path, text: str, *, draft: bool = False) -> ReportRequest:
    return ReportRequest(
        ReportKind.STATUS,
        ws.project_id(),
        out,
        TODAY,
        "Zoë Ødegård",
        draft=draft,
        commentary=text,
    )


def flat(text: str) -> str:
    return " ".join(text.split())


def test_commentary_prints_on_page_one_and_is_kept_with_the_issue(
    ws: Workspace, tmp_path: Path
) -> None:
    out = tmp_path / "status.pdf"
    result = issue_report(ws.env, status_request(ws, out, COMMENTARY))
    pages = texts(out)
    assert len(pages) <= 4  # the demo's status report, commentary and all
    first = pages[0]
    assert "Commentary from Zoë Ødegård" in first
    for paragraph in COMMENTARY.split("\n\n"):
        assert flat(paragraph) in first
    # after the generated headline: ratings and the three sentences come first
    assert first.index("Quality.") < first.index("Commentary from")
    assert result.issued_id is not None
    row = issued_reports.issued_report(ws.store, result.issued_id)
    assert row.snapshot["data"]["commentary"] == COMMENTARY
    again = regenerate(ws.env, result.issued_id, tmp_path / "again.pdf")
    assert again.sha256 == result.sha256

    # the next issue has its own (here none); the first keeps its words
    second = issue_report(ws.env, status_request(ws, tmp_path / "next.pdf", ""))
    assert "Commentary from" not in texts(tmp_path / "next.pdf")[0]
    assert second.issued_id is not None
    assert regenerate(ws.env, result.issued_id, tmp_path / "first.pdf").sha256 == result.sha256


def test_the_longest_commentary_stays_on_page_one(ws: Workspace, tmp_path: Path) -> None:
    words = (COMMENTARY.replace("\n\n", " ") + " ") * 3
    longest = words[: commentary.MAX_CHARS].rsplit(" ", 1)[0]
    out = tmp_path / "long.pdf"
    issue_report(ws.env, status_request(ws, out, longest, draft=True))
    pages = texts(out)
    assert flat(longest)[-60:] in pages[0]
    assert len(pages) <= 4
    with pytest.raises(ValidationError) as refused:
        issue_report(ws.env, status_request(ws, out, "x" * (commentary.MAX_CHARS + 1)))
    assert refused.value.field == "commentary"


def test_commentary_text_is_tidied() -> None:
    assert commentary.commentary_text("\r\n  First.  \r\n\r\nSecond.\n\n\n") == (
        "First.\n\nSecond."
    )


def test_drafts_are_kept_per_project_and_kind_until_cleared(tmp_path: Path) -> None:
    assert commentary.load_draft(tmp_path, "p1", "status") == ""
    commentary.save_draft(tmp_path, "p1", "status", "Mine, half written")
    commentary.save_draft(tmp_path, "p2", "status", "Another project")
    assert commentary.load_draft(tmp_path, "p1", "status") == "Mine, half written"
    assert commentary.load_draft(tmp_path, "p2", "status") == "Another project"
    assert commentary.load_draft(tmp_path, "p1", "punch") == ""
    commentary.save_draft(tmp_path, "p1", "status", "")
    assert commentary.load_draft(tmp_path, "p1", "status") == ""
    assert commentary.load_draft(tmp_path, "p2", "status") == "Another project"
    (tmp_path / commentary.DRAFTS_FILE).write_text("{not json", encoding="utf-8")
    assert commentary.load_draft(tmp_path, "p2", "status") == ""  # unreadable: empty


@pytest.fixture
def data(demo_template: Path, tmp_path: Path) -> Iterator[Path]:
    target = tmp_path / "data"
    shutil.copytree(demo_template, target)
    yield target
    shutdown()


def run(data: Path, *args: str) -> int:
    return main(["report", *args, "--data-dir", str(data)])


def test_cli_commentary_and_photos(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "status.pdf"
    assert (
        run(data, "status", "--project", "HOSP-EW", "--commentary", "Steady month.", "-o", str(out))
        == 0
    )
    assert "Steady month." in texts(out)[0]
    note = tmp_path / "note.txt"
    note.write_text("\ufeffFrom a file, with ünïcode.\n", encoding="utf-8")
    folder = tmp_path / "reports"
    folder.mkdir()
    code = run(
        data, "status", "--project", "HOSP-EW", "--commentary-file", str(note), "-o", str(folder)
    )
    assert code == 0
    written = folder / "HOSP-EW-STATUS-002.pdf"  # a folder: named for the report number
    assert str(written) in capsys.readouterr().out
    assert "From a file, with ünïcode." in texts(written)[0]
    punch = tmp_path / "punch.pdf"
    assert run(data, "punch", "--project", "HOSP-EW", "--photos", "none", "-o", str(punch)) == 0
    assert " · Before · " not in " ".join(texts(punch))


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("punch", "--commentary", "x"), "--commentary is for the status report"),
        (
            ("status", "--commentary", "x", "--commentary-file", "n.txt"),
            "give the commentary with --commentary or --commentary-file",
        ),
        (("status", "--commentary-file", "missing.txt"), "does not exist"),
        (("portfolio", "--photos", "appendix"), "--photos is for the"),
    ],
)
def test_cli_refuses_options_that_do_not_fit(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], said: str
) -> None:
    project = () if args[0] == "portfolio" else ("--project", "HOSP-EW")
    assert run(data, *args, *project, "-o", str(tmp_path / "r.pdf")) == 2
    assert said in capsys.readouterr().err
    assert not (tmp_path / "r.pdf").exists()
