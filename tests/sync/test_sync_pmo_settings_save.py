"""A PMO administrator's Save of the PMO settings from a connected laptop
(``app/pmo_settings_central.py``): it reaches the central database with the laptop's own
login, in one transaction, and every other laptop at its next sync; a field user's is
refused by the server and changes nothing."""

from __future__ import annotations

import base64
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from executrek.app import pmo_settings_central
from executrek.app.context import AppContext, open_context, prepare
from executrek.app.logging_setup import shutdown
from executrek.app.sync_service import CredentialVault
from executrek.models import access
from executrek.sync import pmo_settings as central_pmo_settings
from executrek.sync.admin import AdminError
from executrek.sync.engine import sync_once

pytestmark = pytest.mark.postgres

LABELS = {"branding.pmo_name": "Company name", "thresholds.over_claim_pct": "Over-claim"}


@pytest.fixture
def laptop(tmp_path: Path) -> Iterator[AppContext]:
    app_paths, recent = prepare(tmp_path / "laptop")
    ctx = open_context(app_paths, recent)
    yield ctx
    ctx.close()
    shutdown()


def connected(ctx: AppContext, url: str, login: str, password: str) -> CredentialVault:
    ctx.settings.central.url, ctx.settings.central.user = url, login
    vault = CredentialVault()
    vault.save(url, login, password)
    return vault


def held(central: Any) -> dict[str, tuple[Any, str]]:
    rows = central.sql("SELECT key, value, updated_by FROM pmo.pmo_settings")
    return {key: (value, by) for key, value, by in rows}


def test_an_admins_save_reaches_the_central_database_and_every_laptop(
    central: Any, laptop: AppContext, make_laptop: Any, tmp_path: Path
) -> None:
    chief = central.add_user("pchief", creator=False, pmo_admin=True)
    field = central.add_user("pfield", creator=False)
    vault = connected(laptop, central.url(), chief, "secret-pchief")
    logo = tmp_path / "logo.png"
    Image.new("RGB", (40, 12), (0, 90, 160)).save(logo, "PNG")
    edited = {
        "branding.pmo_name": "Harbour PMO",
        "thresholds.over_claim_pct": 7.5,
        "branding.pmo_logo": str(logo),
    }

    done = pmo_settings_central.save(laptop, vault, edited, LABELS)
    outcome = done.value
    assert outcome.ok and set(outcome.sent) == set(edited)
    assert done.changes.touches("pmo_settings")
    on_server = held(central)
    assert set(on_server) == set(edited)  # only what was sent
    assert on_server["branding.pmo_name"] == ("Harbour PMO", chief)  # with his own login
    assert on_server["thresholds.over_claim_pct"] == (7.5, chief)
    assert base64.b64decode(on_server["branding.pmo_logo"][0]) == logo.read_bytes()
    # kept on this laptop as a sync keeps them; the logo written into the data folder
    assert access.load_settings(laptop.store) == outcome.values
    assert [p.suffix for p in (laptop.paths.data / "pmo").iterdir()] == [".png"]

    other = make_laptop("other")
    report = sync_once(other, central.creds(field))
    assert report.ok and report.pmo_settings_changed
    got = access.load_settings(other)
    assert got["branding.pmo_name"] == "Harbour PMO" and got["thresholds.over_claim_pct"] == 7.5

    # refused on the laptop (as the server would): nothing sent, the setting named
    refused = pmo_settings_central.save(laptop, vault, {"branding.pmo_name": "  "}, LABELS).value
    assert not refused.ok and refused.refused == "branding.pmo_name"
    assert refused.reason.startswith("Company name takes a text")
    assert held(central)["branding.pmo_name"] == ("Harbour PMO", chief)


def test_one_setting_refused_by_the_server_and_none_is_changed(central: Any) -> None:
    chief = central.add_user("tchief", creator=False, pmo_admin=True)
    creds = central.creds(chief)
    central_pmo_settings.set_values(creds, {"branding.pmo_name": "Before"})
    with pytest.raises(AdminError) as caught:
        central_pmo_settings.set_values(
            creds, {"branding.pmo_name": "After", "branding.primary_colour": "red"}
        )
    assert caught.value.params["key"] == "branding.primary_colour"
    assert held(central)["branding.pmo_name"][0] == "Before"  # one transaction


def test_a_field_users_save_is_refused_and_offline_nothing_is_sent(
    central: Any, laptop: AppContext
) -> None:
    field = central.add_user("qfield", creator=False)
    before = held(central)
    vault = connected(laptop, central.url(), field, "secret-qfield")
    outcome = pmo_settings_central.save(laptop, vault, {"branding.pmo_name": "Mine"}).value
    assert not outcome.ok and "not a PMO administrator" in outcome.reason
    assert held(central) == before
    assert access.load_settings(laptop.store) == {}

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    vault = connected(laptop, f"postgresql://127.0.0.1:{port}/pmo", field, "x")
    outcome = pmo_settings_central.save(laptop, vault, {"branding.pmo_name": "Mine"}).value
    assert not outcome.ok and outcome.reason == "The central database cannot be reached."
    assert access.load_settings(laptop.store) == {}
