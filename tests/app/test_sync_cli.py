"""The sync CLI end to end: central init/add-user/grant/status, connect, sync (exit
codes, password never in a file or log)."""

from __future__ import annotations

import contextlib
import io
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from psycopg import sql

from executrek.app.cli import main

pytestmark = pytest.mark.postgres

ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"


@pytest.fixture
def central_db() -> Iterator[str]:
    import os

    try:
        with psycopg.connect(ADMIN, connect_timeout=3):
            pass
    except psycopg.OperationalError as exc:
        if os.environ.get("CI") == "true":
            pytest.fail(f"PostgreSQL is required in CI: {exc}")
        pytest.skip("PostgreSQL not reachable")
    name = f"xt_cli_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(ADMIN, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    yield name
    with psycopg.connect(ADMIN, autocommit=True) as conn:
        conn.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )


def test_admin_and_laptop_commands(
    central_db: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    admin_url = f"postgresql://postgres@127.0.0.1:5432/{central_db}"
    url = f"postgresql://127.0.0.1:5432/{central_db}"
    user = f"xtcli_{uuid.uuid4().hex[:6]}"
    secret = "Very-Secret-Pw-42"
    data = tmp_path / "laptop"
    try:
        assert main(["central", "init", "--url", admin_url]) == 0
        monkeypatch.setattr("sys.stdin", io.StringIO(secret + "\n"))
        # A PMO administrator: the demo holds projects and the PMO's inspection library.
        assert (
            main(["central", "add-user", user, "--admin", "--url", admin_url, "--password-stdin"])
            == 0
        )
        assert main(["demo", "--data-dir", str(data)]) == 0
        monkeypatch.setattr("sys.stdin", io.StringIO(secret + "\n"))
        code = main(
            ["connect", "--data-dir", str(data), "--url", url, "--user", user, "--password-stdin"]
        )
        out = capsys.readouterr().out
        assert code == 0
        assert "in memory for this session" in out  # the null keyring in tests
        monkeypatch.setattr("sys.stdin", io.StringIO(secret + "\n"))
        assert main(["sync", "--data-dir", str(data), "--password-stdin"]) == 0
        out = capsys.readouterr().out
        assert "pushed" in out and "errors 0" in out
        # The project pushed by its creator can be granted to a colleague.
        other = f"xtcli2_{uuid.uuid4().hex[:6]}"
        monkeypatch.setattr("sys.stdin", io.StringIO("pw2\n"))
        assert main(["central", "add-user", other, "--url", admin_url, "--password-stdin"]) == 0
        code_row = (
            psycopg.connect(admin_url).execute("SELECT code FROM pmo.projects LIMIT 1").fetchone()
        )
        assert code_row is not None
        assert main(["central", "grant", other, "--project", code_row[0], "--url", admin_url]) == 0
        assert main(["central", "status", "--url", admin_url]) == 0
        assert user in capsys.readouterr().out
        # Nothing left to send: a second sync goes through too.
        assert main(["sync", "--data-dir", str(data)]) == 0
        # The password is in no file below the data folder.
        for path in data.rglob("*"):
            if path.is_file():
                assert secret.encode() not in path.read_bytes(), path
    finally:
        with psycopg.connect(ADMIN, autocommit=True) as conn:
            conn.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
                    sql.Identifier(central_db)
                )
            )
            for role in (user, locals().get("other"), "pmo_app", "pmo_owner"):
                if role:
                    with contextlib.suppress(psycopg.errors.DependentObjectsStillExist):
                        conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(role)))


def test_url_with_password_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("x\n"))
    code = main(
        [
            "connect",
            "--data-dir",
            str(tmp_path),
            "--url",
            "postgresql://u:pw@127.0.0.1/db",
            "--user",
            "u",
            "--password-stdin",
        ]
    )
    assert code == 1
    err = capsys.readouterr().err
    assert "contains a password" in err and "pw@" not in err


def test_vault_without_keyring_keeps_password_in_memory_only(tmp_path: Path) -> None:
    from executrek.app.sync_service import CredentialVault, memory_notice

    vault = CredentialVault()
    assert vault.save("postgresql://db.example.org/pmo", "ann", "pw-123") is False
    assert vault.in_memory
    assert vault.load("postgresql://db.example.org/pmo", "ann") == "pw-123"
    assert CredentialVault().load("postgresql://db.example.org/pmo", "ann") is None
    assert "memory" in memory_notice()
    vault.forget("postgresql://db.example.org/pmo", "ann")
    assert vault.load("postgresql://db.example.org/pmo", "ann") is None


def test_sync_when_server_unreachable_keeps_work_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from executrek.app import sync_service
    from executrek.app.context import open_context, prepare

    app_paths, recent = prepare(tmp_path / "d")
    ctx = open_context(app_paths, recent)
    try:
        ctx.settings.central.url = "postgresql://127.0.0.1:1/pmo"
        ctx.settings.central.user = "ann"
        ctx.save_settings()
        report = sync_service.sync_once(ctx, sync_service.CredentialVault(), password="x")
        assert not report.ok and report.error_kind == "offline"
        assert "cannot be reached" in report.errors[0]
        assert not sync_service.is_reachable(ctx, sync_service.CredentialVault())
    finally:
        ctx.close()
    assert main(["sync", "--data-dir", str(tmp_path / "d")]) == 1
    assert "cannot be reached" in capsys.readouterr().err
