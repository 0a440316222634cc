"""``executrek central …`` failures in the PMO administrator's terms, against the real
PostgreSQL at 127.0.0.1:5432: a missing database (and how to create it), a server that
is not there, an unknown login, a password in the URL, a schema not set up, not enough
privilege, unknown users and projects. Each is one line and exit code 1, never the
laptop's "your work is kept" sentence or a crash report.

The server trusts local logins, so the wrong-password case is the one run in-process
with the server's refusal simulated.
"""

from __future__ import annotations

import io
import os
import socket
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from psycopg import sql

pytestmark = pytest.mark.postgres

EXE = Path(sys.executable).with_name("executrek")
HOST = "127.0.0.1"
ADMIN = f"postgresql://postgres@{HOST}:5432/postgres"


def central(*args: str, data: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(EXE), "central", *args, "--data-dir", str(data)],
        capture_output=True,
        text=True,
        input=stdin,
        stdin=None if stdin is not None else subprocess.DEVNULL,
        timeout=120,
        check=False,
    )


def refusal(proc: subprocess.CompletedProcess[str]) -> str:
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert proc.stderr.startswith("executrek: ") and proc.stderr.count("\n") == 1, proc.stderr
    line = proc.stderr.strip()
    for laptop_words in ("laptop", "internal error", "Traceback"):
        assert laptop_words not in line
    return line


def _server() -> None:
    try:
        with psycopg.connect(ADMIN, connect_timeout=3):
            pass
    except psycopg.OperationalError as exc:
        if os.environ.get("CI") == "true":
            pytest.fail(f"PostgreSQL is required in CI: {exc}")
        pytest.skip("PostgreSQL not reachable")


@pytest.fixture
def fresh_db() -> Iterator[str]:
    """An empty database (not set up), dropped afterwards with the logins made for it."""
    _server()
    name = f"xt_admin_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(ADMIN, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    yield name
    with psycopg.connect(ADMIN, autocommit=True) as conn:
        conn.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )
        for (role,) in conn.execute(
            "SELECT rolname FROM pg_roles WHERE rolname LIKE %s", (f"{name}%",)
        ).fetchall():
            conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(role)))


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


def test_missing_database_says_how_to_create_it(tmp_path: Path) -> None:
    _server()
    name = f"xt_missing_{uuid.uuid4().hex[:8]}"
    url = f"postgresql://postgres@{HOST}:5432/{name}"
    line = refusal(central("init", "--url", url, data=tmp_path / "d"))
    assert line == (
        f"executrek: The database “{name}” does not exist on {HOST}:5432. Create it first "
        f"(createdb -h {HOST} -U postgres {name}, or CREATE DATABASE {name}; in psql), then "
        "run init again as a superuser or as the database's owner with the CREATEROLE "
        "privilege."
    )
    for action in (["status"], ["grant", "someone", "--project", "P1"]):
        line = refusal(central(*action, "--url", url, data=tmp_path / "d"))
        assert f"The database “{name}” does not exist on {HOST}:5432: check --url." in line
    with psycopg.connect(ADMIN) as conn:
        assert (
            conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone() is None
        )


def test_server_not_there_login_unknown_and_password_in_url(tmp_path: Path) -> None:
    _server()
    port = free_port()
    line = refusal(
        central("status", "--url", f"postgresql://postgres@{HOST}:{port}/pmo", data=tmp_path)
    )
    assert line == (
        f"executrek: The PostgreSQL server {HOST}:{port} cannot be reached: check that it is "
        "running and that the host and port in --url are right. Nothing was changed."
    )
    nobody = f"xt_nobody_{uuid.uuid4().hex[:6]}"
    line = refusal(
        central("init", "--url", f"postgresql://{nobody}@{HOST}:5432/postgres", data=tmp_path)
    )
    assert f"has no login “{nobody}”" in line and "postgresql://postgres@" in line
    line = refusal(
        central("init", "--url", f"postgresql://postgres:pw@{HOST}/postgres", data=tmp_path)
    )
    assert "Leave the password out of --url" in line and "PGPASSWORD" in line
    line = refusal(central("status", "--url", "pmo on the server", data=tmp_path))
    assert "is not a PostgreSQL address" in line


def test_schema_not_set_up_then_unknown_user_and_project(fresh_db: str, tmp_path: Path) -> None:
    url = f"postgresql://postgres@{HOST}:5432/{fresh_db}"
    data = tmp_path / "d"
    for action in (["status"], ["grant", "someone", "--project", "P1"]):
        line = refusal(central(*action, "--url", url, data=data))
        assert line == (
            f"executrek: The database “{fresh_db}” on {HOST}:5432 is not set up for Executrek "
            f"Field yet: run 'executrek central init --url {url}' first."
        )
    done = central("init", "--url", url, data=data)
    assert done.returncode == 0, done.stderr
    assert "Central database ready" in done.stdout

    stranger = f"{fresh_db}_nobody"
    line = refusal(central("grant", stranger, "--project", "P1", "--url", url, data=data))
    assert line == (
        f"executrek: No user '{stranger}' on the central database: add them first "
        f"('executrek central add-user {stranger}')."
    )
    line = refusal(central("revoke", stranger, "--project", "P1", "--url", url, data=data))
    assert f"No user '{stranger}'" in line
    person = f"{fresh_db}_rep"
    added = central("add-user", person, "--url", url, "--password-stdin", data=data, stdin="pw\n")
    assert added.returncode == 0, added.stderr
    line = refusal(central("grant", person, "--project", "NOPE", "--url", url, data=data))
    assert "No project 'NOPE' on the central database yet" in line
    line = refusal(
        central("add-user", "Not Valid", "--url", url, "--password-stdin", data=data, stdin="pw\n")
    )
    assert "'Not Valid' is not a valid user name" in line


def test_not_enough_privilege_says_what_is_needed(fresh_db: str, tmp_path: Path) -> None:
    weak = f"{fresh_db}_weak"
    with psycopg.connect(ADMIN, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(weak)))
    weak_url = f"postgresql://{weak}@{HOST}:5432/{fresh_db}"
    data = tmp_path / "d"
    line = refusal(central("init", "--url", weak_url, data=data))
    assert line == (
        f"executrek: The login “{weak}” may not set up “{fresh_db}”: run init as a superuser "
        "(e.g. postgres), or as the database's owner with the CREATEROLE privilege (it "
        "creates roles, a schema and functions)."
    )
    admin_url = f"postgresql://postgres@{HOST}:5432/{fresh_db}"
    assert central("init", "--url", admin_url, data=data).returncode == 0
    line = refusal(central("status", "--url", weak_url, data=data))
    assert f"The login “{weak}” may not administer “{fresh_db}”" in line
    assert "'executrek central init'" in line
    line = refusal(
        central(
            "add-user",
            f"{fresh_db}_x",
            "--url",
            weak_url,
            "--password-stdin",
            data=data,
            stdin="pw\n",
        )
    )
    assert f"The login “{weak}” may not add users" in line and "CREATEROLE" in line


def test_wrong_password_in_the_administrators_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from executrek.app.cli import main

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise psycopg.OperationalError(
            f'connection failed: connection to server at "{HOST}", port 5432 failed: FATAL:  '
            'password authentication failed for user "pmo_admin"'
        )

    monkeypatch.setattr("executrek.sync.connection.psycopg.connect", refuse)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    url = f"postgresql://pmo_admin@{HOST}:5432/pmo"
    code = main(["central", "status", "--url", url, "--data-dir", str(tmp_path / "d")])
    err = capsys.readouterr().err
    assert code == 1
    assert err == (
        f"executrek: The server {HOST}:5432 refused the password of the login “pmo_admin”: put "
        "the right one in ~/.pgpass or the PGPASSWORD variable (never in --url).\n"
    )
