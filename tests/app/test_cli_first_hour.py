"""A new user's first hour with the command line: what ``executrek`` prints when they
list issued reports, look for location codes, forget ``--id``, export to an odd file
name, back up twice, connect from a script, re-import a BCF file or read ``--help``.

Every wording check runs the real console script in a subprocess, with its data folder
in ``tmp_path``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from executrek.app.interop.bcf import read_bcf, write_bcf

EXE = Path(sys.executable).with_name("executrek")


def cli(
    *args: str | Path, cwd: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """The console script with no terminal on stdin (as in a script or a CI job)."""
    return subprocess.run(
        [str(EXE), *map(str, args)],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        cwd=cwd,
        env=env if env is not None else dict(os.environ),
        timeout=300,
        check=False,
    )


def one_line(proc: subprocess.CompletedProcess[str]) -> str:
    """The single ``executrek: …`` error line of a failed run."""
    assert proc.returncode != 0, proc.stdout
    assert proc.stderr.startswith("executrek: ") and proc.stderr.count("\n") == 1, proc.stderr
    assert "Traceback" not in proc.stderr and "internal error" not in proc.stderr
    return proc.stderr.strip()


def count(data: Path, query: str) -> int:
    conn = sqlite3.connect(data / "executrek.sqlite")
    try:
        return int(conn.execute(query).fetchone()[0])
    finally:
        conn.close()


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo portfolio, built once by the console script (home folders kept in tmp)."""
    home = tmp_path_factory.mktemp("home-demo")
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "share"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_STATE_HOME": str(home / "state"),
        "EXECUTREK_DATA_DIR": str(home / "executrek-data"),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
    }
    data = tmp_path_factory.mktemp("demo") / "data"
    proc = cli("demo", "--data-dir", data, env=env)
    assert proc.returncode == 0, proc.stderr
    return data


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(demo_template, target)
    return target


# --- 1. report issued ------------------------------------------------------------------


def test_issued_lists_every_project_grouped_with_portfolio_apart(
    demo: Path, tmp_path: Path
) -> None:
    d = ("--data-dir", demo)
    assert cli("report", "issued", *d).stdout.strip() == "No reports issued yet."
    made = cli("report", "status", "--project", "HOSP-EW", "-o", tmp_path / "s.pdf", *d)
    assert made.returncode == 0, made.stderr
    assert "HOSP-EW-STATUS-001" in made.stdout
    assert cli("report", "portfolio", "-o", tmp_path / "p.pdf", *d).returncode == 0

    listed = cli("report", "issued", *d)
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.splitlines()
    hosp = next(i for i, line in enumerate(lines) if line.startswith("HOSP-EW — "))
    assert lines[hosp + 1].split()[0] == "HOSP-EW-STATUS-001"
    portfolio = lines.index("Portfolio")
    assert portfolio > hosp
    assert lines[portfolio + 1].split()[0] == "PORTFOLIO-001"
    assert not any(line.startswith(("SCH-LHS", "OFC-HP")) for line in lines)  # nothing issued

    narrowed = cli("report", "issued", "--project", "hosp-ew", *d).stdout
    assert "HOSP-EW-STATUS-001" in narrowed and "PORTFOLIO-001" not in narrowed
    none = cli("report", "issued", "--project", "SCH-LHS", *d)
    assert none.stdout.strip() == "No reports issued yet for SCH-LHS."


# --- 3. connect without a terminal -----------------------------------------------------


def test_connect_without_a_terminal_asks_for_password_stdin(tmp_path: Path) -> None:
    data = tmp_path / "d"
    proc = cli(
        "connect", "--url", "postgresql://127.0.0.1:5432/pmo", "--user", "rep", "--data-dir", data
    )
    assert proc.returncode == 1
    assert proc.stderr == "executrek: no terminal to ask for the password: use --password-stdin\n"
    assert not list((data / "logs" / "crashes").glob("*"))  # no crash report
    # central add-user asks the same way
    add = cli(
        "central", "add-user", "rep", "--url", "postgresql://127.0.0.1:1/pmo", "--data-dir", data
    )
    assert one_line(add) == "executrek: no terminal to ask for the password: use --password-stdin"


# --- 4. help texts -----------------------------------------------------------------------


def actions_without_help(parser: argparse.ArgumentParser, path: str = "executrek") -> list[str]:
    """Every command, action and option below ``parser`` that has no help text (the
    automatic -h aside)."""
    missing: list[str] = []
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction):
            continue
        name = "/".join(action.option_strings) or action.dest
        if not action.help or action.help == argparse.SUPPRESS:
            missing.append(f"{path} {name}")
        if isinstance(action, argparse._SubParsersAction):
            helps = {choice.dest: choice.help for choice in action._choices_actions}
            for command, sub in action.choices.items():
                if not helps.get(command):
                    missing.append(f"{path} {command}")
                missing += actions_without_help(sub, f"{path} {command}")
    return missing


def test_every_command_and_option_has_help() -> None:
    from executrek.app.cli import build_parser

    parser, _ = build_parser()
    assert actions_without_help(parser) == []


def test_the_help_walk_finds_what_lacks_help() -> None:
    parser = argparse.ArgumentParser(prog="x")
    parser.add_argument("--fine", help="has help")
    parser.add_argument("--bare")
    sub = parser.add_subparsers(dest="cmd", help="what to do")
    inner = sub.add_parser("go")  # a command without help
    inner.add_argument("target")
    assert actions_without_help(parser, "x") == ["x --bare", "x go", "x go target"]


def test_new_options_show_in_help() -> None:
    text = cli("db", "backup", "--help").stdout
    assert "--force" in text and "replace FILE" in text
    assert "locations" in cli("--help").stdout


# --- 5. self-test --data-dir ---------------------------------------------------------


def test_self_test_runs_in_an_empty_data_dir_and_keeps_it(tmp_path: Path) -> None:
    folder = tmp_path / "selftest"
    proc = cli("self-test", "--data-dir", folder)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert (folder / "executrek.sqlite").is_file()
    assert f"data folder kept: {folder}" in proc.stdout


def test_self_test_refuses_a_data_dir_that_holds_data(demo: Path) -> None:
    before = (demo / "executrek.sqlite").read_bytes()
    proc = cli("self-test", "--data-dir", demo)
    line = one_line(proc)
    assert "self-test runs only in a folder without Executrek data" in line
    assert str(demo) in line
    assert (demo / "executrek.sqlite").read_bytes() == before
    assert not (demo / "incoming-photo.jpg").exists()


# --- 6. report inspection needs --id -------------------------------------------------


def test_inspection_report_needs_an_id(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "ins.pdf"
    proc = cli("report", "inspection", "--project", "HOSP-EW", "-o", out, "--data-dir", demo)
    line = one_line(proc)
    assert "needs --id NUMBER" in line
    assert "'executrek export inspections --project HOSP-EW -o inspections.csv'" in line
    assert not out.exists()
    assert count(demo, "SELECT count(*) FROM issued_reports") == 0
    ok = cli(
        "report", "inspection", "--project", "HOSP-EW", "--id", "1", "-o", out, "--data-dir", demo
    )
    assert ok.returncode == 0, ok.stderr


# --- 7. locations --------------------------------------------------------------------


def test_locations_lists_what_under_and_location_accept(demo: Path, tmp_path: Path) -> None:
    d = ("--data-dir", demo)
    listed = cli("locations", "--project", "HOSP-EW", *d)
    assert listed.returncode == 0, listed.stderr
    rows = {line.split()[0]: line for line in listed.stdout.splitlines()[1:]}
    assert rows["B1"].split()[1:] == ["East", "Wing", "East", "Wing"]
    assert rows["B1-F2"].rstrip().endswith("East Wing > Level 2")
    first_codes = [line.split()[0] for line in listed.stdout.splitlines()[1:3]]
    assert first_codes == ["B1", "B1-F0"]  # a parent comes before its children

    labels = tmp_path / "labels.pdf"
    wrong = cli("drawings", "labels", "--project", "HOSP-EW", "--under", "L2", "-o", labels, *d)
    assert one_line(wrong) == (
        "executrek: --under “L2” matches no location of HOSP-EW; see the codes and paths "
        "with 'executrek locations --project HOSP-EW'."
    )
    assert not labels.exists()
    for under in ("B1-F2", "East Wing > Level 2"):  # as the list shows them
        right = cli(
            "drawings", "labels", "--project", "HOSP-EW", "--under", under, "-o", labels, *d
        )
        assert right.returncode == 0, right.stderr
        assert str(labels) in right.stdout

    report = tmp_path / "punch.pdf"
    bad = cli("report", "punch", "--project", "HOSP-EW", "--location", "L2", "-o", report, *d)
    assert "'executrek locations --project HOSP-EW'" in one_line(bad)
    assert not report.exists()
    good = cli(
        "report",
        "punch",
        "--project",
        "HOSP-EW",
        "--location",
        "B1-F2",
        "--draft",
        "-o",
        report,
        *d,
    )
    assert good.returncode == 0, good.stderr


def test_locations_of_an_unknown_project_is_one_line(demo: Path) -> None:
    proc = cli("locations", "--project", "NOPE", "--data-dir", demo)
    assert one_line(proc) == "executrek: There is no project NOPE."


# --- 8. BCF round trip ---------------------------------------------------------------


def test_bcf_reimport_of_unchanged_data_says_unchanged(demo: Path, tmp_path: Path) -> None:
    d = ("--project", "HOSP-EW", "--data-dir", demo)
    first, second = tmp_path / "first.bcf", tmp_path / "second.bcf"
    assert cli("export", "bcf", "-o", first, *d).returncode == 0
    topics = len(read_bcf(first).topics)
    assert topics > 1
    attachments = count(demo, "SELECT count(*) FROM attachments")

    again = cli("import", "bcf", str(first), *d)
    assert again.returncode == 0, again.stderr
    assert f"0 created, 0 updated, {topics} unchanged, 0 rejected" in again.stdout
    assert cli("export", "bcf", "-o", second, *d).returncode == 0
    third = cli("import", "bcf", str(second), *d)
    assert f"0 created, 0 updated, {topics} unchanged, 0 rejected" in third.stdout
    assert count(demo, "SELECT count(*) FROM attachments") == attachments  # nothing piled up

    # one topic really changed: only that one is updated, and it goes out again
    archive = read_bcf(second)
    changed = replace(archive.topics[0], title="Retitled in the BIM tool", labels=("Level 2",))
    edited = tmp_path / "edited.bcf"
    write_bcf(replace(archive, topics=(changed, *archive.topics[1:])), edited)
    fourth = cli("import", "bcf", str(edited), *d)
    assert f"0 created, 1 updated, {topics - 1} unchanged, 0 rejected" in fourth.stdout
    out = tmp_path / "out.bcf"
    assert cli("export", "bcf", "-o", out, *d).returncode == 0
    back = {t.guid: t for t in read_bcf(out).topics}[changed.guid]
    assert (back.title, back.labels) == ("Retitled in the BIM tool", ("Level 2",))


# --- 9. COBie note names the flag ------------------------------------------------------


def test_cobie_note_names_the_components_flag(tmp_path: Path, shared_testdata: Path) -> None:
    book = (
        shared_testdata
        / "interop"
        / "cobie"
        / "duplex_apartment"
        / "2012-03-23-Duplex-Handover.xlsx"
    )
    data = tmp_path / "d"
    assert cli("demo", "--data-dir", data).returncode == 0
    proc = cli("import", "cobie", str(book), "--project", "OFC-HP", "--data-dir", data)
    assert proc.returncode == 0, proc.stderr
    note = next(line for line in proc.stdout.splitlines() if "component(s) were not" in line)
    assert "import again with --components to add them" in note


# --- 10. exports and backups -----------------------------------------------------------


def test_export_names_the_full_path_and_refuses_unknown_extensions(
    demo: Path, tmp_path: Path
) -> None:
    d = ("--project", "HOSP-EW", "--data-dir", demo)
    odd = cli("export", "punch", "-o", "punch.txt", *d, cwd=tmp_path)
    assert one_line(odd) == (
        "executrek: Cannot tell the format from the name “punch.txt”: name the file .csv or "
        ".xlsx, or give --format (csv, xlsx, procore, procore_deficiency)."
    )
    assert not (tmp_path / "punch.txt").exists()

    told = cli("export", "punch", "-o", "punch.txt", "--format", "csv", *d, cwd=tmp_path)
    assert told.returncode == 0, told.stderr
    assert f"written to {tmp_path / 'punch.txt'} (CSV)." in told.stdout
    assert (tmp_path / "punch.txt").read_text(encoding="utf-8-sig").startswith("Number")

    relative = cli("export", "issues", "-o", "issues.csv", *d, cwd=tmp_path)
    assert relative.returncode == 0, relative.stderr
    lines = relative.stdout.splitlines()
    assert f"written to {tmp_path / 'issues.csv'} (CSV)." in lines[0]
    assert str(tmp_path / "issues-thread.csv") in lines[1]  # the child file, full path too

    clash = cli("export", "punch", "-o", "punch.xlsx", "--format", "csv", *d, cwd=tmp_path)
    assert "--format csv does not fit the name “punch.xlsx”" in one_line(clash)
    bcf = cli("export", "bcf", "-o", "issues.zip", *d, cwd=tmp_path)
    assert "name the file .bcf or .bcfzip" in one_line(bcf)


def test_backup_refuses_to_overwrite_unless_forced(demo: Path, tmp_path: Path) -> None:
    d = ("--data-dir", demo)
    target = tmp_path / "copy.sqlite"
    made = cli("db", "backup", "copy.sqlite", *d, cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    assert made.stdout.strip() == f"Backed up to {target}"
    first = target.read_bytes()
    target.write_bytes(b"keep me")

    again = cli("db", "backup", target, *d)
    assert one_line(again) == (
        f"executrek: {target} already exists; give another name, or add --force to replace it."
    )
    assert target.read_bytes() == b"keep me"

    forced = cli("db", "backup", target, "--force", *d)
    assert forced.returncode == 0, forced.stderr
    assert target.read_bytes()[:16] == first[:16] == b"SQLite format 3\x00"

    itself = cli("db", "backup", demo / "executrek.sqlite", "--force", *d)
    assert "is the database itself" in one_line(itself)
