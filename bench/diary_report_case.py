"""Bench case of the ``diary`` suite: the weekly site diary summary against raw reportlab.

Seven diary days of one project (eight contractors × five trades: 280 manpower lines,
a delay on alternate days, rain stopping work on two, 100 photos on the days and their
deliveries) issued as a draft ``report diary --from --to`` (queries, photo lookup,
histogram, tables, photo grid, build) against raw reportlab building the same content
from the same ready data: SimpleDocTemplate, the same DejaVu fonts, ``useA85=0``, one
pass; the summary figures as a table, the stacked histogram per contractor drawn with
``reportlab.graphics``, the contractor, day, weather-lost and delay tables with their
totals, and the 100 photo derivatives by file name, three to a row with their captions;
no title block, footers, pills or outline. Target: ratio ≤ 2.
"""

from __future__ import annotations

import datetime as dt
import io
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from PIL import Image, ImageDraw
from reportlab import rl_config
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Image as RLImage
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from bench.harness import BenchContext, Record, timed
from executrek.app import pdf as r
from executrek.app.demo_store import one_transaction
from executrek.app.paths import AppPaths, resolve
from executrek.app.photos.blobstore import BlobStore
from executrek.app.report_kinds import diary_data
from executrek.app.report_kinds.common import (
    Filters,
    PhotoSource,
    ReportEnv,
    ReportKind,
    ReportRequest,
)
from executrek.app.report_kinds.issuing import issue_report
from executrek.app.settings import Branding, Thresholds
from executrek.models import clock
from executrek.models.migrate import open_store
from executrek.models.records.diary import service
from executrek.models.services import projects, records
from executrek.models.store import Store

SUITE = "diary"
DAYS = 7
CONTRACTORS = 8
TRADES = 5  # lines per contractor a day: 8 × 5 × 7 = 280
PHOTOS = 100
SIG = [[[0.1, 0.2], [0.5, 0.7], [0.9, 0.3]]]
COLOURS = ("#1F3A5F", "#C8102E", "#4E9A8E", "#E0A93B", "#7A6FB0", "#8C9AAB", "#8FA0B5", "#E58C97")


def _jpeg(n: int) -> bytes:
    image = Image.new("RGB", (1600, 1200), (60 + n * 13 % 180, 150, 200))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 760, 1600, 1200), fill=(115, 105, 92))
    draw.ellipse((100 + n % 40 * 12, 200, 700 + n % 40 * 12, 700), fill=(230, 200, 40))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


def week_fixture(root: Path, photos: int) -> tuple[AppPaths, Store, str, dt.date, dt.date]:
    """A store with one project and a week of diaries; returns the paths, the store, the
    project and the week's first and last day."""
    paths = resolve(root).ensure()
    store = open_store(paths.data)
    projects.ensure_user(store, "bench.rep", "Bench Rep")
    pid = projects.create_project(
        store, projects.NewProject(code="WEEK", name="Diary report bench", owner_name="Owner")
    ).value.id
    orgs = [
        projects.add_organisation(store, pid, f"Contractor {n:02d}", "subcontractor").value.id
        for n in range(CONTRACTORS)
    ]
    level = projects.add_location(store, pid, "L1", "Level 1", "floor").value.id
    first = clock.today() - dt.timedelta(days=DAYS)
    blobs = BlobStore(paths.blobs)
    with one_transaction(store) as inner:
        targets: list[tuple[str, str]] = []
        for d in range(DAYS):
            day = service.open_day(inner, pid, first + dt.timedelta(days=d)).value.id
            targets.append(("diary_day", day))
            wet = d in (1, 4)
            service.update_day(
                inner,
                day,
                weather_am="rain" if wet else "sunny",
                weather_pm="overcast",
                temp_min=4,
                temp_max=12,
                weather_stopped_hours="3.0" if wet else None,
            )
            for c, org in enumerate(orgs):
                for t in range(TRADES):
                    service.add_entry(
                        inner,
                        day,
                        "manpower",
                        organisation_id=org,
                        trade=f"Trade {t}",
                        headcount=2 + (c + t + d) % 6,
                        hours=str(8 * (2 + (c + t + d) % 6)),
                    )
            delivery = service.add_entry(
                inner, day, "delivery", description=f"Load {d}", supplier="Supplier"
            ).value.id
            targets.append(("diary_delivery", delivery))
            service.add_entry(inner, day, "work", location_id=level, description="Slab works")
            if d % 2 == 0:
                service.add_entry(
                    inner,
                    day,
                    "delay",
                    cause="weather" if wet else "access",
                    responsible="neutral",
                    start_time="07:00",
                    end_time="09:30",
                    description="Gate blocked",
                    organisation_ids=orgs[:2],
                )
            if d < DAYS - 1:
                service.close_day(inner, day, signer_name="Bench Rep", signature_strokes=SIG)
        for n in range(photos):
            data = _jpeg(n)
            sha = blobs.put_bytes(data).sha256
            new = records.NewPhoto(sha, f"p{n}.jpg", "image/jpeg", len(data), caption=f"Photo {n}")
            records.add_photo(inner, pid, new, attach_to=targets[n % len(targets)])
    return paths, store, pid, first, first + dt.timedelta(days=DAYS - 1)


def _raw_reportlab(
    out: Path, summary: diary_data.PeriodSummary, photo_paths: list[tuple[Path, str]]
) -> Callable[[], None]:
    """The summary's content built with reportlab alone (see the module docstring)."""
    fonts = r.register_fonts()
    cell = ParagraphStyle("cell", fontName=fonts.condensed, fontSize=7.5, leading=9.5)
    style = TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), fonts.condensed),
            ("FONTNAME", (0, 0), (-1, 0), fonts.condensed_bold),
            ("FONTSIZE", (0, 0), (-1, -1), 7.5),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, "#999999"),
        ]
    )

    def table(header: list[str], rows: list[list[object]]) -> Table:
        t = Table([header, *rows], repeatRows=1)
        t.setStyle(style)
        return t

    def histogram(width: float) -> Drawing:
        days = sorted({d.day for d in summary.days})
        people: dict[str, dict[dt.date, int]] = defaultdict(lambda: defaultdict(int))
        for m in summary.manpower:
            people[m.contractor][m.day] += m.headcount
        drawing = Drawing(width, 210)
        peak = max(sum(p[d] for p in people.values()) for d in days)
        band = (width - 30) / len(days)
        for i, d in enumerate(days):
            y = 30.0
            for k, name in enumerate(sorted(people)):
                h = 160 * people[name][d] / peak
                drawing.add(
                    Rect(30 + i * band + 8, y, band - 16, h, fillColor=HexColor(COLOURS[k % 8]))
                )
                y += h
            drawing.add(
                String(
                    30 + i * band + band / 2,
                    18,
                    d.isoformat(),
                    fontName=fonts.condensed,
                    fontSize=7,
                    textAnchor="middle",
                )
            )
        return drawing

    def build() -> None:
        rl_config.useA85 = 0
        doc = SimpleDocTemplate(str(out), pagesize=A4, initialFontName=fonts.regular)
        width = A4[0] - doc.leftMargin - doc.rightMargin
        per: dict[str, list[diary_data.ContractorDay]] = defaultdict(list)
        for m in summary.manpower:
            per[m.contractor].append(m)
        story: list[object] = [
            table(
                ["Summary", ""],
                [
                    ["Days recorded", str(len(summary.days))],
                    ["Person-days", str(sum(m.headcount for m in summary.manpower))],
                    ["Weather days lost", str(len(summary.weather))],
                    ["Delays", str(len(summary.delays))],
                ],
            ),
            histogram(width),
            table(
                ["Contractor", "Days", "Person-days", "Peak", "Hours"],
                [
                    [
                        n,
                        len({m.day for m in ms}),
                        sum(m.headcount for m in ms),
                        max(m.headcount for m in ms),
                        str(sum(m.hours for m in ms)),
                    ]
                    for n, ms in sorted(per.items())
                ],
            ),
            table(
                ["Date", "Diary", "Author", "Status", "Headcount", "Weather", "Stopped", "Delays"],
                [
                    [
                        d.day.isoformat(),
                        d.number,
                        d.author,
                        d.status,
                        d.headcount,
                        f"{d.weather_am} / {d.weather_pm}",
                        str(d.stopped_hours),
                        d.delays,
                    ]
                    for d in summary.days
                ],
            ),
            table(
                ["Date", "Weather", "Hours lost"],
                [
                    [w.day.isoformat(), f"{w.weather_am} / {w.weather_pm}", str(w.hours)]
                    for w in summary.weather
                ],
            ),
            table(
                ["Date", "Cause", "Responsible", "Time", "Hours", "Delay", "Linked"],
                [
                    [
                        x.day.isoformat(),
                        x.cause,
                        x.responsible,
                        f"{x.start_time}-{x.end_time}",
                        str(x.hours),
                        Paragraph(x.description, cell),
                        x.linked,
                    ]
                    for x in summary.delays
                ],
            ),
            table(
                ["Cause", "Days", "Hours"],
                [[x.key, x.days, str(x.hours)] for x in summary.by_cause],
            ),
            Spacer(1, 12),
        ]
        box = (width - 16) / 3
        rows = []
        for start in range(0, len(photo_paths), 3):
            chunk = photo_paths[start : start + 3]
            rows.append([RLImage(str(p), box, box * 0.75) for p, _ in chunk])
            rows.append([Paragraph(caption, cell) for _, caption in chunk])
        if rows:
            grid = Table(rows, colWidths=[box + 8] * 3)
            grid.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.regular)]))
            story.append(grid)
        doc.build(story)

    return build


def weekly_report(ctx: BenchContext) -> Record:
    """The weekly summary report against raw reportlab (see the module docstring)."""
    # The issue's sizes in quick runs too: with fewer photos the report's fixed part (title
    # block, charts, queries) is all a quick run would measure.
    paths, store, pid, start, end = week_fixture(ctx.folder("diary-report"), PHOTOS)
    out = ctx.folder("diary-report-out")
    env = ReportEnv(store, paths, Branding(pmo_name="Bench PMO"), Thresholds())
    request = ReportRequest(
        ReportKind.DIARY,
        pid,
        out / "week.pdf",
        clock.today(),
        "Bench Rep",
        filters=Filters(date_from=start, date_to=end),
        draft=True,
    )
    try:
        first = issue_report(env, request)  # makes the photo derivatives once
        summary = diary_data.period_summary(store, pid, start, end)
        source = PhotoSource(paths)
        ready = [(source.path(p.photo), f"{p.number} · {p.photo.caption}") for p in summary.photos]
        raw = _raw_reportlab(out / "raw.pdf", summary, ready)
        best = [float("inf"), float("inf")]
        for _ in range(3 if ctx.quick else 5):  # in turns, so load hits both alike
            best[0] = min(best[0], timed(lambda: issue_report(env, request), repeat=1))
            best[1] = min(best[1], timed(raw, repeat=1))
    finally:
        store.close()
    lines = DAYS * CONTRACTORS * TRADES
    note = f"{DAYS} days, {lines} manpower lines, {len(ready)} photos, {first.pages} pages"
    return Record(
        SUITE,
        "weekly diary summary report vs raw reportlab",
        best[0],
        best[1],
        "s",
        "ratio <= 2",
        note,
    )


def run(ctx: BenchContext) -> list[Record]:
    """The case on its own (``python -m bench.diary_report_case``)."""
    return [weekly_report(ctx)]


if __name__ == "__main__":
    import sys

    from bench.harness import workspace

    with workspace() as tmp:
        for record in run(BenchContext(tmp, quick="--quick" in sys.argv)):
            print(
                f"{record.case}: {record.value:.3f} s vs {record.baseline:.3f} s, "
                f"ratio {record.ratio:.2f} ({record.target}) — {record.note}"
            )
