"""The command line for what the sync could not do alone: ``sync --refused / --resend /
--discard / --decided / --restore`` on the laptop, ``central quarantine list / show /
reapply / discard``, ``central purge`` and the counts of ``central status``."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import pytest
from test_sync_roundtrip import item, new_project

from executrek.app.cli import main
from executrek.app.context import AppContext, open_context, prepare
from executrek.models.records.punch import service as punch
from executrek.models.services import projects
from executrek.sync.engine import sync_once

pytestmark = pytest.mark.postgres


class Laptop:
    """A data folder driven through the CLI (and opened briefly to make edits)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.paths = prepare(folder)

    def edit(self, fn: Any) -> Any:
        ctx: AppContext = open_context(*self.paths)
        try:
            projects.ensure_user(ctx.store, "cli-rep", "Rep on the CLI")
            return fn(ctx.store)
        finally:
            ctx.close()

    def run(self, *args: str) -> int:
        return main([*args[:1], "--data-dir", str(self.folder), *args[1:]])


def out_of(capsys: pytest.CaptureFixture[str]) -> str:
    got = capsys.readouterr()
    return got.out + got.err


def test_refused_decided_and_purged_through_the_command_line(
    central: Any,
    make_laptop: Any,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    owner = central.add_user("clio")
    rep = central.add_user("clir", creator=False)
    admin_url = f"postgresql://postgres@127.0.0.1:5432/{central.dbname}"
    a = make_laptop("a")
    pid = new_project(a, "CLIQ")
    iid = punch.create_punch_item(a, pid, punch.NewPunchItem(title="Hinge")).value.id
    assert sync_once(a, central.creds(owner)).ok
    assert (
        main(["central", "grant", rep, "--project", "CLIQ", "--role", "viewer", "--url", admin_url])
        == 0
    )
    laptop = Laptop(tmp_path / "rep")
    monkeypatch.setattr("sys.stdin", io.StringIO("pw\n"))
    assert laptop.run("connect", "--url", central.url(), "--user", rep, "--password-stdin") == 0
    assert laptop.run("sync") == 0
    capsys.readouterr()

    # A viewer's edit is refused and kept; the laptop lists it.
    laptop.edit(lambda st: punch.update_punch_item(st, iid, description="From the CLI"))
    assert laptop.run("sync") == 1
    text = out_of(capsys)
    assert "refused by the server (kept)" in text and "sync --refused" in text
    assert laptop.run("sync", "--refused") == 0
    text = out_of(capsys)
    assert "read-only" in text and "PI-0001 · Hinge" in text and "(description)" in text
    seqs = [int(s) for s in re.findall(r"^#(\d+)", text, re.M)]
    assert len(seqs) == 2  # the edit and its audit line

    # The PMO sees it, re-applying says what is missing.
    assert main(["central", "quarantine", "list", "--user", rep, "--url", admin_url]) == 0
    text = out_of(capsys)
    ids = [int(s) for s in re.findall(r"^#(\d+)", text, re.M)]
    assert len(ids) == 2 and rep in text
    (edit_line,) = [line for line in text.splitlines() if " punch_items " in line]
    edit_id = int(edit_line.split()[0].lstrip("#"))
    assert main(["central", "quarantine", "show", str(edit_id), "--url", admin_url]) == 0
    assert "From the CLI" in out_of(capsys)
    assert main(["central", "quarantine", "reapply", *map(str, ids), "--url", admin_url]) == 1
    assert "still refused: read-only" in out_of(capsys)

    # Granted a field role: the person sends them again with the sync.
    assert main(["central", "grant", rep, "--project", "CLIQ", "--url", admin_url]) == 0
    assert laptop.run("sync", "--resend", "all") == 0
    assert "were sent again" in out_of(capsys)
    assert central.sql("SELECT data->>'description' FROM pmo.records WHERE id = %s", (iid,)) == [
        ("From the CLI",)
    ]
    assert main(["central", "quarantine", "list", "--url", admin_url]) == 0
    assert "No refused changes are waiting" in out_of(capsys)

    # Revoked again: discarding asks (no terminal: --yes), and puts the central value back.
    assert main(["central", "revoke", rep, "--project", "CLIQ", "--url", admin_url]) == 0
    laptop.edit(lambda st: punch.update_punch_item(st, iid, description="Never mind"))
    assert laptop.run("sync") == 1
    capsys.readouterr()
    assert laptop.run("sync", "--refused") == 0
    first = int(re.findall(r"^#(\d+)", out_of(capsys), re.M)[0])
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert laptop.run("sync", "--discard", str(first)) == 1
    assert "--yes" in out_of(capsys)
    assert laptop.run("sync", "--discard", str(first), "--yes") == 0
    assert "a copy is in the log" in out_of(capsys)
    assert laptop.edit(lambda st: item(st, iid).description) == "From the CLI"

    # Decided automatically: listed with both values, mine restored from the CLI.
    assert main(["central", "grant", rep, "--project", "CLIQ", "--url", admin_url]) == 0
    assert laptop.run("sync") == 0  # the audit line waits no more: membership is back
    laptop.edit(lambda st: punch.update_punch_item(st, iid, title="Hinge, mine"))
    punch.update_punch_item(a, iid, title="Hinge, the owner's")  # later: it wins
    assert sync_once(a, central.creds(owner)).ok
    capsys.readouterr()
    assert laptop.run("sync") == 0
    assert "decided automatically 1" in out_of(capsys)
    assert main(["central", "status", "--url", admin_url]) == 0
    assert re.search(r"decided automatically \(last 30 days.*\): [1-9]", out_of(capsys))
    assert laptop.run("sync", "--decided") == 0
    text = out_of(capsys)
    assert "kept theirs" in text and "Hinge, mine" in text and "Hinge, the owner's" in text
    conflict_id = text.split()[0]
    assert laptop.run("sync", "--restore", conflict_id[:8]) == 0
    assert central.sql("SELECT data->>'title' FROM pmo.records WHERE id = %s", (iid,)) == [
        ("Hinge, mine",)
    ]

    # The PMO deletes the item; the laptop applies the tombstone at its next sync.
    capsys.readouterr()
    assert (
        main(["central", "purge", "--project", "CLIQ", "--record", "PI-1", "--url", admin_url]) == 0
    )
    assert "laptops remove them at their next sync" in out_of(capsys)
    assert laptop.run("sync") == 0
    assert laptop.edit(lambda st: item(st, iid).deleted_at) is not None
