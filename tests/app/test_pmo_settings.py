"""The PMO's settings in place of the laptop's own (``app/pmo_settings.py``): what an
administrator may type for each kind, and what ``settings.json`` keeps."""

from __future__ import annotations

import base64
import os
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image

from executrek.app import pmo_images, pmo_settings, report_numbers
from executrek.app.pdf import Formatter, MoneyStyle, NumberStyle
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
        ("branding.report_footer", "Northgate PMO · Confidential", "Northgate PMO · Confidential"),
        ("branding.currency_display", "symbol", "symbol"),
        ("branding.report_number", "NG-{project}-{kind}{seq:4}", "NG-{project}-{kind}{seq:4}"),
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
        ("branding.currency_display", "euro", "code (USD 1,234.50) or symbol"),
        ("branding.report_number", "{project}-{kind}", "must contain {seq}"),
        ("branding.report_number", "{project}/{seq}", "may hold only"),
        ("branding.report_number", "{year}-{seq}", "may hold only"),
        ("branding.report_number", "A{seq}{seq:0}", "may hold only"),
        ("branding.report_number", "X" * 41 + "{seq}", "1 to 40 characters"),
        ("branding.pmo_logo", "/no/such/logo.png", "cannot be read"),
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


def _picture(path: Path, fmt: str = "PNG", size: tuple[int, int] = (40, 20)) -> Path:
    Image.new("RGB", size, (200, 30, 30)).save(path, fmt)
    return path


def test_the_pmos_logo_is_the_picture_itself_written_to_the_data_folder(tmp_path: Path) -> None:
    value = parse("branding.pmo_logo", str(_picture(tmp_path / "logo.png")))
    assert base64.b64decode(value) == (tmp_path / "logo.png").read_bytes()
    jpeg = parse("branding.pmo_logo", str(_picture(tmp_path / "logo.jpg", "JPEG")))
    assert base64.b64decode(jpeg)[:3] == b"\xff\xd8\xff"
    (tmp_path / "notes.txt").write_text("not a picture")
    _picture(tmp_path / "logo.gif", "GIF")
    big = tmp_path / "big.png"
    big.write_bytes(os.urandom(600 * 1024))
    for path, says in (
        ("notes.txt", "PNG or JPEG"),
        ("logo.gif", "PNG or JPEG"),
        ("big.png", "up to 512 KB"),
    ):
        with pytest.raises(SettingError) as refused:
            parse("branding.pmo_logo", str(tmp_path / path))
        assert says in str(refused.value) and "\n" not in str(refused.value)

    data = tmp_path / "data"
    s = Settings()
    s.branding.pmo_logo = "/my/own/logo.png"
    replaced = overlay(s, {"branding.pmo_logo": value}, data)
    written = Path(s.branding.pmo_logo)
    assert written.parent == data / "pmo" and written.suffix == ".png"
    assert written.read_bytes() == (tmp_path / "logo.png").read_bytes()
    assert personal(s, replaced).branding.pmo_logo == "/my/own/logo.png"
    # without a data folder, or with a value that is no picture, the laptop's own stays
    for values, folder in (
        ({"branding.pmo_logo": value}, None),
        ({"branding.pmo_logo": "eA=="}, data),
    ):
        own = Settings()
        own.branding.pmo_logo = "/my/own/logo.png"
        assert overlay(own, values, folder) == {}
        assert own.branding.pmo_logo == "/my/own/logo.png"
    # a new logo from a later sync: a new file; the earlier stays for older reports
    reapply(s, replaced, {"branding.pmo_logo": jpeg}, data)
    assert Path(s.branding.pmo_logo).suffix == ".jpg" and written.is_file()


@pytest.mark.parametrize(
    ("pattern", "project", "seq", "number"),
    [
        ("{project}-{kind}-{seq:3}", "HOSP-EW", 7, "HOSP-EW-STATUS-007"),
        ("{project}-{kind}-{seq:3}", None, 12, "STATUS-012"),
        ("{project}-{kind}-{seq:3}", "HOSP", None, "HOSP-STATUS-DRAFT"),
        ("ng.{kind}.{project}.{seq}", "HOSP", 1234, "NG.STATUS.HOSP.1234"),
        ("{kind}_{project}_{seq:5}", None, 3, "STATUS_00003"),
        ("{project}-{kind}", "HOSP", 7, "HOSP-STATUS-007"),  # no {seq}: the default's
    ],
)
def test_report_numbers_follow_the_pattern(
    pattern: str, project: str | None, seq: int | None, number: str
) -> None:
    assert report_numbers.render(pattern, project, "STATUS", seq) == number


@pytest.mark.parametrize(
    ("style", "amount", "currency", "text"),
    [
        (MoneyStyle.CODE, "1234.5", "USD", "USD 1,234.50"),
        (MoneyStyle.SYMBOL, "1234.5", "USD", "$1,234.50"),
        (MoneyStyle.SYMBOL, "-1234.5", "EUR", "(\u20ac1,234.50)"),
        (MoneyStyle.SYMBOL, "1234.5", "CAD", "CA$1,234.50"),
        (MoneyStyle.SYMBOL, "1234", "JPY", "\u00a51,234"),
        (MoneyStyle.SYMBOL, "1234.5", "CHF", "CHF 1,234.50"),  # no symbol of its own
    ],
)
def test_money_prints_with_the_code_or_the_symbol(
    style: MoneyStyle, amount: str, currency: str, text: str
) -> None:
    fmt = Formatter(NumberStyle(money=style), lambda _c, t, *_a: t)
    assert fmt.money(Decimal(amount), currency) == text


def test_compact_money_on_charts_follows_the_style() -> None:
    symbol = Formatter(NumberStyle(money=MoneyStyle.SYMBOL), lambda _c, t, *_a: t)
    assert symbol.money_compact(Decimal("-1250000"), "USD") == "($1.3M)"
    assert symbol.money_compact(Decimal("800"), "GBP") == "\u00a3800"
    # columns whose heading names the currency print the bare amount in either style
    assert symbol.money(Decimal("-1234.5"), "EUR", with_code=False) == "(1,234.50)"
    code = Formatter(NumberStyle(), lambda _c, t, *_a: t)
    assert code.money_compact(Decimal("-1250000"), "USD") == "USD (1.3M)"
    assert code.money_compact(Decimal("8500")) == "8.5k"


def test_the_pmos_logo_already_written_is_neither_checked_nor_written_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    value = parse("branding.pmo_logo", str(_picture(tmp_path / "logo.png")))
    data = tmp_path / "data"
    first = Settings()
    overlay(first, {"branding.pmo_logo": value}, data)
    written = Path(first.branding.pmo_logo)
    assert written.is_file()

    def refuse(*_a: object) -> None:
        raise AssertionError("the logo was decoded or written again")

    # the next start-up or sync with the same logo: the file as it is, no Pillow, no write
    monkeypatch.setattr(pmo_images, "_extension", refuse)
    monkeypatch.setattr(pmo_images.atomic, "write_bytes", refuse)
    again = Settings()
    overlay(again, {"branding.pmo_logo": value}, data)
    assert again.branding.pmo_logo == str(written)
