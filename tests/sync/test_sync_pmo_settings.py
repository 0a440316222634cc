"""The PMO's settings live in the central database (central migration 0009): a PMO
administrator sets them with ``executrek central settings``, every laptop copies them at
sync and rates and prints with them; a field user cannot change them, neither through
the ``pmo`` functions nor by writing the table with his own login."""

from __future__ import annotations

import base64
import importlib
import io
import os
from pathlib import Path
from typing import Any, cast

import psycopg
import pytest
from PIL import Image
from psycopg.types.json import Jsonb
from pypdf import PdfReader
from test_sync_roles import admin_url, submitted_co
from test_sync_roundtrip import new_project

from executrek.app import health_rag, pmo_settings
from executrek.app.cli import main
from executrek.app.context import open_context, prepare
from executrek.app.health_rag import Rag
from executrek.app.settings import Settings
from executrek.models import access
from executrek.models.migrate import open_store
from executrek.models.services.health import project_health
from executrek.sync import pmo_settings as central_pmo_settings
from executrek.sync.engine import sync_once

pytestmark = pytest.mark.postgres

MIGRATION = importlib.import_module("executrek.sync.migrations.versions.0009_roles_settings")


def test_the_app_and_the_server_know_the_same_settings() -> None:
    assert dict(MIGRATION.SETTING_KEYS) == pmo_settings.KEYS
    defaults = Settings()
    for key in pmo_settings.KEYS:  # each names a setting of settings.json
        group, name = key.split(".", 1)
        assert hasattr(getattr(defaults, group), name), key


def central_settings(central: Any, *args: str) -> int:
    return main(["central", "settings", *args, "--url", admin_url(central)])


def test_the_pmo_sets_a_threshold_and_every_laptop_rates_and_prints_with_it(
    central: Any, make_laptop: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    owner = central.add_user("sowner")
    field = central.add_user("sfield", creator=False)
    a = make_laptop("a")
    pid = new_project(a, "PMOSET")
    submitted_co(a, pid, "1200.00")  # 0.0025 % of the contract: green by default
    assert sync_once(a, central.creds(owner)).ok
    from executrek.sync import admin

    admin.grant(central.admin, field, "PMOSET")
    f = make_laptop("f")
    report = sync_once(f, central.creds(field))
    assert report.ok and report.pmo_settings == {} and not report.pmo_settings_changed
    assert health_rag.budget(project_health(f, pid), Settings().thresholds) is Rag.GREEN

    assert central_settings(central, "set", "thresholds.budget_change_amber_pct", "0.001") == 0
    assert central_settings(central, "set", "branding.pmo_name", "Harbour PMO Ltd") == 0
    assert "every laptop" in capsys.readouterr().out
    assert central_settings(central, "set", "thresholds.overdue_punch_red", "2.5") == 1
    assert "whole number" in capsys.readouterr().err
    assert central_settings(central, "set", "branding.logo_size", "3") == 1
    assert "no PMO setting" in capsys.readouterr().err
    assert central_settings(central, "show") == 0
    shown = capsys.readouterr().out
    assert 'branding.pmo_name = "Harbour PMO Ltd"' in shown
    assert "thresholds.over_claim_pct = (each laptop's own)" in shown

    report = sync_once(f, central.creds(field))
    assert report.ok and report.pmo_settings_changed
    assert access.load_settings(f) == {
        "branding.pmo_name": "Harbour PMO Ltd",
        "thresholds.budget_change_amber_pct": 0.001,
    }
    # the laptop's own settings.json says otherwise: the PMO's value is the one used
    paths, recent = prepare(f.path.parent if f.path.is_file() else f.path)
    own = Settings()
    own.thresholds.budget_change_amber_pct = 5.0
    own.branding.pmo_name = "My own name"
    from executrek.app import settings as settings_mod

    settings_mod.save(own, paths.settings_file)
    f.close()
    ctx = open_context(paths, recent)
    try:
        t = ctx.settings.thresholds
        assert t.budget_change_amber_pct == 0.001
        assert health_rag.budget(project_health(ctx.store, pid), t) is Rag.AMBER
        ctx.save_settings()  # settings.json keeps the laptop's own values
        kept = settings_mod.load(paths.settings_file)
        assert kept.thresholds.budget_change_amber_pct == 5.0
        assert kept.branding.pmo_name == "My own name"
    finally:
        ctx.close()
    out = tmp_path / "portfolio.pdf"
    assert main(["report", "portfolio", "-o", str(out), "--data-dir", str(paths.data)]) == 0
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Harbour PMO Ltd" in text and "My own name" not in text

    # unset: each laptop's own value applies again after its next sync
    assert central_settings(central, "unset", "branding.pmo_name") == 0
    f2 = make_laptop("f2")
    sync_once(f2, central.creds(field))
    assert access.load_settings(f2) == {"thresholds.budget_change_amber_pct": 0.001}


def test_a_field_user_cannot_change_the_pmo_settings(
    central: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    field = central.add_user("sfield2", creator=False)
    chief = central.add_user("schief", creator=False, pmo_admin=True)
    with psycopg.connect(central.url(), user=chief) as conn:
        conn.execute("SELECT pmo.pmo_setting_set('thresholds.over_claim_pct', %s)", (Jsonb(7.5),))
        conn.commit()
    before = central.sql("SELECT key, value, updated_by FROM pmo.pmo_settings ORDER BY key")
    assert ("thresholds.over_claim_pct", 7.5, chief) in before

    def refused(statement: str, params: Any = None) -> str:
        with psycopg.connect(central.url(), user=field) as conn:
            with pytest.raises(psycopg.Error) as caught:
                conn.execute(statement, params)
            return str(caught.value.sqlstate)

    assert (
        refused("SELECT pmo.pmo_setting_set('thresholds.over_claim_pct', %s)", (Jsonb(99),))
        == "42501"
    )
    assert refused("SELECT pmo.pmo_setting_set('thresholds.over_claim_pct', NULL)") == "42501"
    assert refused("UPDATE pmo.pmo_settings SET value = '99'") == "42501"
    assert refused("DELETE FROM pmo.pmo_settings") == "42501"
    assert (
        refused(
            "INSERT INTO pmo.pmo_settings (key, value, updated_by) "
            "VALUES ('branding.pmo_name', '\"X\"', 'me')"
        )
        == "42501"
    )
    assert refused("UPDATE pmo.pmo_setting_keys SET kind = 'text'") == "42501"
    own_url = f"postgresql://{field}@127.0.0.1:5432/{central.dbname}"
    argv = ["central", "settings", "set", "thresholds.over_claim_pct", "3", "--url", own_url]
    assert main(argv) == 1
    assert "may not change the PMO settings" in capsys.readouterr().err
    assert central.sql("SELECT key, value, updated_by FROM pmo.pmo_settings ORDER BY key") == before
    # he reads them, as every laptop does at sync
    with psycopg.connect(central.url(), user=field) as conn:
        rows = conn.execute("SELECT key FROM pmo.pmo_settings").fetchall()
    assert ("thresholds.over_claim_pct",) in rows
    # the server checks the value too, whoever calls
    with psycopg.connect(central.url(), user=chief) as conn, pytest.raises(psycopg.Error) as bad:
        conn.execute("SELECT pmo.pmo_setting_set('branding.primary_colour', %s)", (Jsonb("red"),))
    assert "#RRGGBB" in str(bad.value)


class _Asked:
    """A connection that notes each query (how often the central database is asked)."""

    def __init__(self, conn: psycopg.Connection) -> None:
        self.conn = conn
        self.queries: list[str] = []

    def execute(self, query: str, params: Any = None) -> Any:
        self.queries.append(query)
        return self.conn.execute(query, params)


FOOTER = "Northgate PMO \u00b7 Confidential \u2014 prepared for the owner"


def test_footer_money_numbers_and_logo_come_from_the_pmo_into_every_printed_report(
    central: Any, make_laptop: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    owner = central.add_user("bowner")
    a = make_laptop("a")
    pid = new_project(a, "NGATE")
    submitted_co(a, pid, "1234.50")
    assert sync_once(a, central.creds(owner)).ok
    data = a.path.parent
    a.close()
    out = tmp_path / "out"
    out.mkdir()
    report = ["report", "change-orders", "--project", "NGATE", "--data-dir", str(data)]
    assert main([*report, "-o", str(out)]) == 0  # before: the laptop's own pattern
    assert (out / "NGATE-COLOG-001.pdf").is_file()

    logo = tmp_path / "northgate.png"
    Image.new("RGB", (48, 16), (10, 120, 60)).save(logo, "PNG")
    for key, value in (
        ("branding.report_footer", FOOTER),
        ("branding.currency_display", "symbol"),
        ("branding.report_number", "NG-{project}-{kind}{seq:4}"),
        ("branding.pmo_logo", str(logo)),
    ):
        assert central_settings(central, "set", key, value) == 0
    said = capsys.readouterr().out
    assert "a picture of 1 KB" in said and "base64" not in said and "iVBOR" not in said
    assert central_settings(central, "set", "branding.report_number", "{project}-{kind}") == 1
    err = capsys.readouterr().err
    assert "must contain {seq}" in err and err.count("\n") == 1
    # the server checks the pattern and the picture too, whoever calls
    for key, bad in (
        ("branding.report_number", "{project}-{kind}"),
        ("branding.report_number", "../{seq}"),
        ("branding.pmo_logo", base64.b64encode(b"GIF89a not a png").decode()),
        ("branding.pmo_logo", "not base64!"),
        ("branding.currency_display", "euro"),
    ):
        with psycopg.connect(central.url()) as conn, pytest.raises(psycopg.Error) as refused:
            conn.execute("SELECT pmo.pmo_setting_set(%s, %s)", (key, Jsonb(bad)))
        assert refused.value.sqlstate == "22023", (key, bad)
    assert central_settings(central, "show") == 0
    assert "branding.pmo_logo = a picture of 1 KB" in capsys.readouterr().out

    laptop = open_store(data)
    sync = sync_once(laptop, central.creds(owner))
    assert sync.ok and sync.pmo_settings_changed
    stored = access.load_settings(laptop)
    assert base64.b64decode(stored["branding.pmo_logo"]) == logo.read_bytes()
    with psycopg.connect(central.url()) as conn:  # the logo is not sent again unchanged
        assert central_pmo_settings.fetch(conn, stored) == stored
    laptop.close()

    assert main([*report, "-o", str(out)]) == 0
    pdf = out / "NG-NGATE-COLOG0002.pdf"
    reader = PdfReader(pdf)
    pages = [page.extract_text() for page in reader.pages]
    assert all(FOOTER in text for text in pages)
    text = " ".join(pages)
    assert "NG-NGATE-COLOG0002" in text and "$1,234.50" in text and "USD 1,234.50" not in text
    drawn = [Image.open(io.BytesIO(i.data)).size for p in reader.pages for i in p.images]
    assert (48, 16) in drawn
    assert (data / "pmo").is_dir() and [f.suffix for f in (data / "pmo").iterdir()] == [".png"]
    # the report issued before keeps its number; the new one regenerates byte for byte
    assert main(["report", "issued", "--project", "NGATE", "--data-dir", str(data)]) == 0
    listed = capsys.readouterr().out
    assert "NGATE-COLOG-001" in listed and "NG-NGATE-COLOG0002" in listed
    again = tmp_path / "again.pdf"
    regen = ["report", "regenerate", "--number", "NG-NGATE-COLOG0002", "-o", str(again)]
    assert main([*regen, "--data-dir", str(data)]) == 0
    assert again.read_bytes() == pdf.read_bytes()

    # a logo too big to come with the list is fetched only when the laptop lacks it
    noise = tmp_path / "noise.png"
    Image.frombytes("RGB", (64, 64), os.urandom(64 * 64 * 3)).save(noise, "PNG")
    assert central_settings(central, "set", "branding.pmo_logo", str(noise)) == 0
    with psycopg.connect(central.url()) as conn:
        asked = _Asked(conn)
        fresh = central_pmo_settings.fetch(cast(psycopg.Connection, asked), stored)
        assert base64.b64decode(fresh["branding.pmo_logo"]) == noise.read_bytes()
        assert len(asked.queries) == 2  # the list, then the new logo
        assert central_pmo_settings.fetch(cast(psycopg.Connection, asked), fresh) == fresh
        assert len(asked.queries) == 3  # unchanged: the list only
