"""The PMO's settings in place of the laptop's own (``app/pmo_settings.py``): what an
administrator may type for each kind, and what ``settings.json`` keeps."""

from __future__ import annotations

import pytest

from executrek.app import pmo_settings
from executrek.app.pmo_settings import SettingError, overlay, parse, personal, reapply
from executrek.app.settings import Settings


@pytest.mark.parametrize(
    ("key", "text", "value"),
    [
        ("thresholds.over_claim_pct", "12.5", 12.5),
        ("thresholds.over_claim_pct", "12,5", 12.5),
        ("thresholds.budget_change_red_pct", "7", 7),
        ("thresholds.overdue_punch_red", "20", 20),
        ("branding.cover_page", "yes", True),
        ("branding.cover_page", "false", False),
        ("branding.primary_colour", "#1f3a5f", "#1f3a5f"),
        ("branding.page_size", "Letter", "Letter"),
        ("branding.pmo_name", "  Harbour PMO  ", "Harbour PMO"),
    ],
)
def test_what_an_administrator_may_type(key: str, text: str, value: object) -> None:
    assert parse(key, text) == value


@pytest.mark.parametrize(
    ("key", "text", "says"),
    [
        ("thresholds.over_claim_pct", "-1", "a number from 0"),
        ("thresholds.over_claim_pct", "lots", "a number from 0"),
        ("thresholds.overdue_punch_red", "2.5", "whole number"),
        ("branding.cover_page", "perhaps", "true or false"),
        ("branding.primary_colour", "blue", "#RRGGBB"),
        ("branding.page_size", "A3", "A4 or Letter"),
        ("branding.pmo_name", " ", "1 to 200"),
        ("branding.logo", "x", "no PMO setting"),
    ],
)
def test_what_is_refused_in_one_line(key: str, text: str, says: str) -> None:
    with pytest.raises(SettingError) as refused:
        parse(key, text)
    assert says in str(refused.value) and "\n" not in str(refused.value)


def test_the_pmos_values_replace_the_laptops_and_settings_json_keeps_its_own() -> None:
    s = Settings()
    s.thresholds.overdue_punch_red = 9
    s.branding.pmo_name = "Mine"
    values = {
        "thresholds.overdue_punch_red": 30,
        "branding.pmo_name": "Harbour PMO",
        "branding.cover_page": "not a boolean",  # does not fit: the laptop's own stays
        "thresholds.unknown": 1,
    }
    replaced = overlay(s, values)
    assert (s.thresholds.overdue_punch_red, s.branding.pmo_name) == (30, "Harbour PMO")
    assert s.branding.cover_page is False
    assert replaced == {"thresholds.overdue_punch_red": 9, "branding.pmo_name": "Mine"}
    own = personal(s, replaced)
    assert (own.thresholds.overdue_punch_red, own.branding.pmo_name) == (9, "Mine")
    assert s.branding.pmo_name == "Harbour PMO"  # the copy only
    # a later sync: the PMO no longer sets the name, and sets another threshold
    reapply(s, replaced, {"thresholds.overdue_punch_red": 40})
    assert (s.thresholds.overdue_punch_red, s.branding.pmo_name) == (40, "Mine")
    assert replaced == {"thresholds.overdue_punch_red": 9}
    assert all(kind for kind in pmo_settings.KEYS.values())
