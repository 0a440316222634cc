"""How a laptop reaches the central database: never a password in the address (query
string included), always encrypted to another computer unless the person said
``--insecure`` — and then every sync says so. No server needed: libpq is stood in for."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import psycopg
import pytest

from executrek.app.cli import main
from executrek.sync import connection, tls
from executrek.sync.connection import Credentials, connect, url_has_password
from executrek.sync.errors import NotConfigured, TlsFailed


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://ann:pw@db.example.org/pmo",
        "postgresql://db.example.org/pmo?password=pw",
        "postgresql://db.example.org/pmo?sslmode=require&password=pw",
        "postgresql://db.example.org/pmo?sslpassword=pw",
        "host=db.example.org dbname=pmo password=pw",
    ],
)
def test_a_password_anywhere_in_the_address_is_found(url: str) -> None:
    assert url_has_password(url)
    with pytest.raises(NotConfigured, match="contains a password"):
        connect(Credentials(url, "ann", "secret"))


def test_addresses_without_a_password_pass() -> None:
    assert not url_has_password("postgresql://ann@db.example.org/pmo?sslmode=verify-full")
    assert not url_has_password("host=db.example.org dbname=pmo")


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://127.0.0.1/pmo",
        "postgresql://127.9.9.9:5433/pmo",
        "postgresql://localhost/pmo",
        "postgresql://[::1]/pmo",
        "postgresql:///pmo",
        "host=/var/run/postgresql dbname=pmo",
    ],
)
def test_this_computer_is_left_as_libpq_does_it(url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PGHOST", raising=False)
    monkeypatch.delenv("PGHOSTADDR", raising=False)
    assert tls.is_local(url)
    assert tls.tls_options(url, None, False) == {}


def test_another_computer_is_reached_encrypted(monkeypatch: pytest.MonkeyPatch) -> None:
    remote = "postgresql://pmo-db.example.org/pmo"
    assert not tls.is_local(remote)
    assert not tls.is_local("postgresql://localhost,pmo-db.example.org/pmo")
    assert tls.tls_options(remote, None, False) == {"sslmode": "require"}
    assert tls.tls_options(remote, "ca.pem", False) == {
        "sslmode": "verify-full",
        "sslrootcert": "ca.pem",
    }
    assert tls.tls_options(remote + "?sslmode=verify-full", None, False) == {}
    for weak in tls.WEAK_MODES:
        with pytest.raises(NotConfigured, match="--insecure"):
            tls.tls_options(f"{remote}?sslmode={weak}", None, False)
        assert tls.tls_options(f"{remote}?sslmode={weak}", None, True) == {}
    assert tls.plain_text_allowed(remote, None, True)
    assert not tls.plain_text_allowed(remote, None, False)
    assert not tls.plain_text_allowed(remote, "ca.pem", True)
    assert not tls.plain_text_allowed("postgresql://127.0.0.1/pmo", None, True)


def test_connect_asks_libpq_for_tls_and_explains_a_server_without_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: dict[str, Any] = {}

    def fake_connect(url: str, **kwargs: Any) -> Any:
        seen.update(kwargs)
        raise psycopg.OperationalError("server does not support SSL, but SSL was required")

    monkeypatch.setattr(connection.psycopg, "connect", fake_connect)
    with pytest.raises(TlsFailed, match="does not offer an encrypted connection"):
        connect(Credentials("postgresql://pmo-db.example.org/pmo", "ann", "pw"))
    assert seen["sslmode"] == "require" and seen["password"] == "pw"


def test_connect_insecure_is_remembered_and_every_sync_warns(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from executrek.app import sync_service
    from executrek.sync import engine

    class Conn:
        def __enter__(self) -> Conn:
            return self

        def __exit__(self, *exc: object) -> None:
            return None

    opened: list[dict[str, Any]] = []

    def fake_connect(creds: Credentials, **kwargs: Any) -> Conn:
        opened.append(tls.tls_options(creds.url, creds.ca_file, creds.insecure))
        return Conn()

    monkeypatch.setattr(sync_service, "connect", fake_connect)
    monkeypatch.setattr(sync_service, "hello", lambda conn, device: {"status": "ok"})
    data = tmp_path / "laptop"
    url = "postgresql://pmo-db.example.org/pmo"
    monkeypatch.setattr("sys.stdin", io.StringIO("pw\n"))
    args = ["connect", "--data-dir", str(data), "--url", url, "--user", "ann"]
    assert main([*args, "--password-stdin", "--insecure"]) == 0
    out = capsys.readouterr().out
    assert "may be unencrypted" in out
    settings = json.loads((data / "settings.json").read_text())
    assert settings["central"]["url"] == url + "?sslmode=prefer"
    assert opened == [{}]
    # The stored choice is the person's: the sync uses it and warns every time.
    monkeypatch.setattr(
        engine, "connect", lambda creds, **kw: (_ for _ in ()).throw(psycopg.OperationalError())
    )
    monkeypatch.setattr("sys.stdin", io.StringIO("pw\n"))
    assert main(["sync", "--data-dir", str(data), "--password-stdin"]) == 1
    captured = capsys.readouterr()
    assert "may be unencrypted" in captured.out
    # Without --insecure the same address is refused before anything is stored.
    monkeypatch.setattr("sys.stdin", io.StringIO("pw\n"))
    other = tmp_path / "other"
    weak = ["connect", "--data-dir", str(other), "--url", url + "?sslmode=disable"]
    assert main([*weak, "--user", "ann", "--password-stdin"]) == 1
    assert "--insecure" in capsys.readouterr().err


def test_password_in_the_query_string_is_refused_and_never_saved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("x\n"))
    url = "postgresql://127.0.0.1/db?password=Hunter2-in-url"
    code = main(
        ["connect", "--data-dir", str(tmp_path), "--url", url, "--user", "u", "--password-stdin"]
    )
    assert code == 1
    err = capsys.readouterr().err
    assert "contains a password" in err and "Hunter2" not in err
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert b"Hunter2" not in path.read_bytes(), path
