"""The site diary reports, read back with pypdf: the daily field report of one day (one
or two pages, every section, the delivery-note photo inline, signature, close time and
content hash, addenda), the summary of a week (headline figures, the histogram's
contractors, weather days lost, the delay register with its totals, the photos), the
status report's "Site activity this period", the command line, and a rebuild from the
issued snapshot that is byte for byte the same."""

from __future__ import annotations

import datetime as dt
import io
import sqlite3
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image
from reporting_fixtures import TODAY, Workspace, embedded_jpegs, page_x_of_y_everywhere, texts

from executrek.app.cli import main
from executrek.app.logging_setup import shutdown
from executrek.app.photos.blobstore import BlobStore
from executrek.app.report_kinds import diary_data
from executrek.app.report_kinds.common import Filters, ReportKind, ReportRequest
from executrek.app.report_kinds.issuing import issue_report, regenerate
from executrek.models.errors import ValidationError
from executrek.models.records.diary import queries
from executrek.models.records.diary import service as diary
from executrek.models.services import listings, records

MONDAY = dt.date(2026, 10, 5)  # a week before the demo's diaries begin
SUNDAY = MONDAY + dt.timedelta(days=6)
STROKES = [[[0.1, 0.5], [0.3, 0.2], [0.5, 0.7], [0.8, 0.4]]]


def jpeg(hue: int) -> bytes:
    image = Image.new("RGB", (800, 600), (40 + hue * 20 % 200, 150, 200))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=80)
    return buffer.getvalue()


def attach_photo(ws: Workspace, target: tuple[str, str], hue: int, caption: str) -> None:
    data = jpeg(hue)
    put = BlobStore(ws.paths.blobs).put_bytes(data)
    records.add_photo(
        ws.store,
        ws.project_id(),
        records.NewPhoto(
            sha256=put.sha256,
            filename=f"photo-{hue}.jpg",
            mime="image/jpeg",
            size_bytes=len(data),
            captured_at=dt.datetime(2026, 10, 5, 9, hue, tzinfo=dt.UTC),
            caption=caption,
        ),
        attach_to=target,
    )


@dataclass
class Week:
    day_ids: list[str]
    contractors: list[str]  # names


def seed_week(ws: Workspace) -> Week:
    """Seven diary days: five contractors a day (headcount 5+i+j), rain stopping work
    on three days, a delay every other day, a delivery with its note's photo; the first
    five days signed and closed, the first with an addendum."""
    store, pid = ws.store, ws.project_id()
    choices = listings.choices(store, pid)
    orgs, places = choices.contractors[:5], choices.locations[:2]
    ids = []
    for i in range(7):
        day = diary.open_day(store, pid, MONDAY + dt.timedelta(days=i)).value
        ids.append(day.id)
        wet = i % 3 == 0
        diary.update_day(
            store, day.id, weather_am="rain" if wet else "sunny", weather_pm="overcast",
            temp_min=3, temp_max=9, wind="light", ground="wet" if wet else "dry",
            weather_stopped_hours="3.5" if wet else None, notes="Crane inspection due Friday.",
        )  # fmt: skip
        for j, org in enumerate(orgs):
            diary.add_entry(
                store, day.id, "manpower", organisation_id=org.id, trade="Concrete",
                headcount=5 + i + j, hours=str((5 + i + j) * 8),
            )  # fmt: skip
        delivery = diary.add_entry(
            store, day.id, "delivery", description="Rebar B500B, 12 t", supplier="Nordstål Steel"
        ).value
        attach_photo(ws, ("diary_delivery", delivery.id), i, "Delivery note")
        diary.add_entry(
            store, day.id, "work", location_id=places[0].id, organisation_id=orgs[1].id,
            description="Poured slab bay 3; curing started.",
        )  # fmt: skip
        if i % 2 == 0:
            diary.add_entry(
                store, day.id, "delay", cause="weather" if wet else "late_information",
                responsible="neutral" if wet else "design_team", start_time="08:00",
                end_time="11:30", description="Concrete pour stopped",
                location_ids=[places[1].id], organisation_ids=[orgs[0].id],
            )  # fmt: skip
        diary.add_entry(store, day.id, "safety", description="Open edge at the stair core.")
        if i < 5:
            diary.close_day(
                store, day.id, signer_name="Zoë Ødegård", signature_strokes=STROKES,
                signer_role="Owner's rep",
            )  # fmt: skip
    diary.add_addendum(store, ids[0], reason="Crew miscounted", body="Formwork crew was 8.")
    return Week(ids, [o.label for o in orgs])


def build(ws: Workspace, out: Path, start: dt.date | None, end: dt.date | None, draft=True):
    request = ReportRequest(
        kind=ReportKind.DIARY,
        project_id=ws.project_id(),
        output=out,
        issued=TODAY,
        prepared_by="Zoë Ødegård",
        filters=Filters(date_from=start, date_to=end),
        draft=draft,
    )
    return issue_report(ws.env, request)


def test_the_daily_field_report_prints_the_whole_day(ws: Workspace, tmp_path: Path) -> None:
    week = seed_week(ws)
    out = tmp_path / "day.pdf"
    result = build(ws, out, MONDAY, MONDAY)
    pages = texts(out)
    assert 1 <= result.pages <= 2 and page_x_of_y_everywhere(pages)
    text = " ".join(pages)
    detail = queries.day_detail(ws.store, week.day_ids[0])
    assert detail is not None
    assert f"Daily field report {detail.day.number}" in text
    for heading in (
        "Manpower", "Equipment on site", "Deliveries", "Visitors", "Work performed",
        "Delays and disruptions", "Instructions", "Safety observations", "Notes",
        "Signature", "Addenda",
    ):  # fmt: skip
        assert heading in text, heading
    assert f"Total (5 contractors) {detail.headcount} {detail.manpower_hours:,}" in text
    assert "Rain / Overcast" in text and "3.5 h" in text
    assert "Delivery note: Rebar B500B, 12 t" in text
    assert "Zoë Ødegård" in text and detail.day.content_hash in text.replace(" ", "")
    assert "Crew miscounted" in text and "Formwork crew was 8." in text
    assert len(embedded_jpegs(out)) == 1  # the delivery note, inline


def test_the_weekly_summary_has_its_figures_register_and_photos(
    ws: Workspace, tmp_path: Path
) -> None:
    week = seed_week(ws)
    out = tmp_path / "week.pdf"
    result = build(ws, out, MONDAY, SUNDAY)
    pages = texts(out)
    assert page_x_of_y_everywhere(pages) and result.pages >= 2
    text = " ".join(pages)
    person_days = sum(5 + i + j for i in range(7) for j in range(5))
    assert "Days recorded 7" in text and f"Person-days {person_days}" in text
    assert "Signed and closed 5 / 7" in text
    assert "Weather days lost 3 days (10.5 h)" in text
    for name in week.contractors:  # the histogram's legend and the contractor table
        assert name in text
    register = diary_data.period_summary(ws.store, ws.project_id(), MONDAY, SUNDAY)
    assert register.delay_days == 4 and register.delay_hours == Decimal("14.0")
    assert "Delay register" in text and "Total 14.0" in text
    assert "Late information 2 7.0" in text and "Weather 2 7.0" in text
    assert len(embedded_jpegs(out)) == 7  # each day's delivery note


def test_a_day_without_a_diary_is_refused_in_words(ws: Workspace, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="no site diary for 2026-10-01"):
        build(ws, tmp_path / "none.pdf", dt.date(2026, 10, 1), None)
    assert not (tmp_path / "none.pdf").exists()


def test_the_status_report_shows_site_activity(ws: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "status.pdf"
    request = ReportRequest(
        kind=ReportKind.STATUS,
        project_id=ws.project_id(),
        output=out,
        issued=TODAY,
        prepared_by="Zoë",
        draft=True,
    )
    issue_report(ws.env, request)
    text = " ".join(texts(out))
    site = diary_data.site_activity(ws.store, ws.project_id(), TODAY.replace(day=1), TODAY)
    assert site.days_recorded > 0  # the demo writes its recent working days
    assert "Site activity this period" in text
    assert f"Days recorded {site.days_recorded} days" in text
    assert f"Average headcount {site.average_headcount}" in text
    assert f"Peak headcount {site.peak_headcount} on" in text


def test_issued_and_regenerated_byte_for_byte(ws: Workspace, tmp_path: Path) -> None:
    seed_week(ws)
    out = tmp_path / "issued.pdf"
    result = build(ws, out, MONDAY, SUNDAY, draft=False)
    assert result.report_number == "HOSP-EW-DIARY-001" and result.issued_id is not None
    again = regenerate(ws.env, result.issued_id, tmp_path / "again.pdf")
    assert again.sha256 == result.sha256


def test_a_daily_report_issued_before_the_day_view_regenerates(
    ws: Workspace, tmp_path: Path
) -> None:
    """Daily reports issued before the day's fields moved into ``DayRecord.view`` stored
    them flat: such a snapshot still regenerates, byte for byte."""
    import json

    seed_week(ws)
    result = build(ws, tmp_path / "issued.pdf", MONDAY, MONDAY, draft=False)
    assert result.issued_id is not None

    def flatten(node: object) -> object:  # every DayRecord in the snapshot, as stored then
        if isinstance(node, dict):
            node = {k: flatten(v) for k, v in node.items()}
            if isinstance(node.get("view"), dict) and "manpower" in node:
                view = node.pop("view")
                for gone in ("id", "project_id", "author_id", "previous_hash"):
                    view.pop(gone)
                node.update(view)
            return node
        if isinstance(node, list):
            return [flatten(v) for v in node]
        return node

    with ws.store.sql() as con:
        (stored,) = con.execute(
            "SELECT snapshot FROM issued_reports WHERE id = ?", (result.issued_id,)
        ).fetchone()
    older = flatten(json.loads(stored))
    assert older != json.loads(stored)  # the snapshot held a day view to flatten
    raw = sqlite3.connect(ws.paths.data / "executrek.sqlite")
    with raw:
        raw.execute(
            "UPDATE issued_reports SET snapshot = ? WHERE id = ?",
            (json.dumps(older), result.issued_id),
        )
    raw.close()
    again = regenerate(ws.env, result.issued_id, tmp_path / "again.pdf")
    assert again.sha256 == result.sha256


def test_the_command_line(
    ws: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seed_week(ws)  # the command opens the same data folder beside the test's store
    day = tmp_path / "day.pdf"
    try:
        common = ["--data-dir", str(tmp_path / "data"), "--project", "HOSP-EW"]
        assert main(["report", "diary", *common, "--date", "2026-10-06", "-o", str(day)]) == 0
        assert "Page 1 of" in texts(day)[0]
        week = tmp_path / "week.pdf"
        args = ["--from", "2026-10-05", "--to", "2026-10-11", "-o", str(week), "--draft"]
        assert main(["report", "diary", *common, *args]) == 0
        assert "Site diary summary" in texts(week)[0]
        capsys.readouterr()
        bad = ["--date", "2026-10-06", "--from", "2026-10-05", "-o", str(week)]
        assert main(["report", "diary", *common, *bad]) == 2
        assert "--date is for the diary report" in capsys.readouterr().err
    finally:
        shutdown()


def test_the_first_page_renders(ws: Workspace, tmp_path: Path) -> None:
    """PDFium draws the summary's first page: the histogram's bars are there."""
    seed_week(ws)
    out = tmp_path / "week.pdf"
    build(ws, out, MONDAY, SUNDAY)
    page = pdfium.PdfDocument(str(out))[0]
    image = page.render(scale=1).to_pil().convert("RGB")
    colours = {
        image.getpixel((x, y)) for x in range(0, image.width, 6) for y in range(0, image.height, 6)
    }
    assert len(colours) > 20  # text, logos and five coloured series, not a blank page
