"""A worked sample report that exercises the whole report framework.

It is what a real "Monthly Progress Report" builder looks like: plain data in, a story
of flowables out. Test data (logos, site photos, signatures) is generated here so the
tests need no files from outside.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

from PIL import Image, ImageDraw

from executrek.app import pdf as r

INTERNATIONAL_NAMES = (
    "Zoë Ødegård",
    "Łukasz Żółć",
    "Σωκράτης Παπαδόπουλος",
    "Анна Кузнецова",
    "Nguyễn Thị Minh",
)
CONTRACTORS = (
    "Ødegård Bygg AS",
    "Żółć Construction Sp. z o.o.",
    "Παπαδόπουλος Τεχνική Α.Ε.",
    "СтройМонтаж Кузнецова ООО",
    "Công ty Xây dựng Minh",
)
PUNCH_ROWS = 140
INSPECTION_ROWS = 110
CHANGE_ROWS = 90
WIDE_ROWS = 60

CHART_TITLES = (
    "Punch items by status",
    "Open punch items by contractor",
    "Inspection pass rate",
    "Change orders by month and status",
    "Budget movement",
    "Risk matrix",
)
PUNCH_HEADERS = ("Item", "Description", "Contractor", "Status", "Raised", "Days open", "Cost")


@dataclass(frozen=True)
class SampleFiles:
    owner_logo: Path
    pmo_logo: Path
    photos: tuple[Path, ...]  # readable photos, each used once
    missing_photo: Path


def make_logo(path: Path, colour: tuple[int, int, int], text: str) -> Path:
    """A PNG logo with a transparent background."""
    image = Image.new("RGBA", (480, 160), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((4, 4, 156, 156), radius=28, fill=(*colour, 255))
    draw.polygon([(40, 120), (80, 40), (120, 120)], fill=(255, 255, 255, 255))
    draw.text((176, 60), text, fill=(*colour, 255))
    image.save(path)
    return path


def make_photo(path: Path, size: tuple[int, int], hue: int) -> Path:
    """An upright JPEG "site photo": sky, ground, a building block, no EXIF."""
    width, height = size
    image = Image.new("RGB", size, (150 + hue % 60, 190, 225))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, height * 0.62, width, height), fill=(120, 110, 95))
    draw.rectangle((width * 0.22, height * 0.25, width * 0.68, height * 0.78), fill=(180, 170, 160))
    for i in range(4):
        y = height * (0.3 + i * 0.11)
        draw.rectangle((width * 0.27, y, width * 0.63, y + height * 0.05), fill=(70, 90, 120))
    draw.ellipse(
        (width * 0.78, height * 0.08, width * 0.9, height * 0.08 + width * 0.12),
        fill=(255, 220, 120),
    )
    image.save(path, "JPEG", quality=80)
    return path


def make_files(folder: Path) -> SampleFiles:
    folder.mkdir(parents=True, exist_ok=True)
    sizes = [
        (1600, 1200),
        (1200, 1600),
        (1600, 900),
        (1024, 768),
        (900, 1200),
        (2000, 1500),
        (64, 48),
    ]
    photos = tuple(
        make_photo(folder / f"photo-{i:02d}.jpg", size, i * 37) for i, size in enumerate(sizes)
    )
    return SampleFiles(
        owner_logo=make_logo(folder / "owner.png", (31, 58, 95), "RIVERSIDE HEALTH"),
        pmo_logo=make_logo(folder / "pmo.png", (200, 16, 46), "NORTHGATE PMO"),
        photos=photos,
        missing_photo=folder / "not-synced-yet.jpg",
    )


def branding(files: SampleFiles) -> r.Branding:
    return r.Branding(
        owner_name="Riverside Health Authority",
        pmo_name="Northgate Project Management",
        owner_logo=files.owner_logo,
        pmo_logo=files.pmo_logo,
        primary_colour="#1F3A5F",
        accent_colour="#C8102E",
    )


def meta() -> r.ReportMeta:
    return r.ReportMeta(
        title="Monthly Progress Report \u2014 November 2026",
        report_number="MPR-P2031-2026-11",
        project_code="P-2031",
        project_name="Riverside Medical Centre, East Wing",
        period_start=date(2026, 11, 1),
        period_end=date(2026, 11, 30),
        prepared_by="Zoë Ødegård",
        issued=date(2026, 12, 3),
        kind="Monthly progress report",
    )


STATUSES = (
    r.Status("Open", r.Tone.RED),
    r.Status("In progress", r.Tone.AMBER),
    r.Status("Ready for inspection", r.Tone.BLUE),
    r.Status("Closed", r.Tone.GREEN),
)


def _punch_rows() -> list[list[r.CellValue]]:
    rows: list[list[r.CellValue]] = []
    for i in range(PUNCH_ROWS):
        description = (
            f"Level {1 + i % 6}, grid {chr(65 + i % 8)}{1 + i % 12}: "
            + ("sealant missing at window head & sill <detail 7>; " * (1 + i % 3))
            + ("Re-inspect after the façade contractor's remedial works. " if i % 5 == 0 else "")
        ).strip()
        rows.append(
            [
                f"PI-{i + 1:04d}",
                description,
                CONTRACTORS[i % len(CONTRACTORS)],
                STATUSES[(0, 0, 1, 2, 3, 3, 3)[i % 7]],
                date(2026, 11, 1) + timedelta(days=i % 29),
                (i * 7) % 45,
                Decimal(i * 7919 % 250000) / 100 if i % 6 else None,
            ]
        )
    return rows


def _inspection_rows() -> list[list[r.CellValue]]:
    results = (
        r.Status("Pass", r.Tone.GREEN),
        r.Status("Fail", r.Tone.RED),
        r.Status("Conditional", r.Tone.AMBER),
    )
    inspectors = INTERNATIONAL_NAMES
    rows: list[list[r.CellValue]] = []
    for i in range(INSPECTION_ROWS):
        rows.append(
            [
                f"INS-{i + 1:04d}",
                date(2026, 11, 1) + timedelta(days=i % 30),
                ["Fire stopping", "Waterproofing", "Rebar before pour", "MEP rough-in"][i % 4],
                inspectors[i % len(inspectors)],
                results[(i * 5) % 7 % 3],
                Decimal((i * 13) % 100) / 100,
            ]
        )
    return rows


def _change_rows() -> list[list[r.CellValue]]:
    rows: list[list[r.CellValue]] = []
    kinds = (
        r.Status("Approved", r.Tone.GREEN),
        r.Status("Pending", r.Tone.AMBER),
        r.Status("Rejected", r.Tone.GREY),
    )
    for i in range(CHANGE_ROWS):
        amount = Decimal((i * 104729) % 900000 - 250000) / 100
        rows.append(
            [
                f"CO-{i + 1:03d}",
                f"Change to {['ductwork', 'partitions', 'façade panels', 'lift shaft'][i % 4]} "
                f"requested by {INTERNATIONAL_NAMES[i % 5]}",
                kinds[i % 3],
                date(2026, 6, 1) + timedelta(days=(i * 3) % 180),
                amount,
            ]
        )
    return rows


def _signature_strokes(seed: int) -> list[list[tuple[float, float]]]:
    """A flowing pen signature, normalised to a 3:1 pad."""
    strokes: list[list[tuple[float, float]]] = []
    for part in range(3):
        points: list[tuple[float, float]] = []
        for k in range(40):
            t = k / 39
            x = 0.08 + part * 0.3 + t * 0.26
            y = 0.55 + 0.3 * math.sin((t * 3 + seed * 0.7 + part) * math.pi) * (1 - t * 0.4)
            points.append((x, y))
        strokes.append(points)
    strokes.append([(0.9, 0.3)])  # a dot
    return strokes


def story(files: SampleFiles) -> r.StoryBuilder:
    def build(ctx: r.ReportContext) -> list[r.Flowable]:
        fmt = ctx.fmt
        tr = ctx.translate
        body = ctx.styles.body
        out: list[r.Flowable] = []

        # 1. Summary
        out.append(r.section_heading(ctx, "Executive summary"))
        out.append(
            r.key_value_block(
                ctx,
                [
                    ("Project", "P-2031 Riverside Medical Centre, East Wing"),
                    ("Contract value", fmt.money(Decimal("124500000"), "USD")),
                    ("Project manager", INTERNATIONAL_NAMES[1]),
                    ("Site engineer", INTERNATIONAL_NAMES[2]),
                    ("Cost manager", INTERNATIONAL_NAMES[3]),
                    ("Inspector", INTERNATIONAL_NAMES[4]),
                    ("Completion", fmt.date(date(2027, 9, 30))),
                    ("Float", fmt.days(-12)),
                ],
            )
        )
        out.append(
            r.para(
                "Progress this month was steady. The façade works by "
                f"{CONTRACTORS[1]} reached level 5; the remaining punch items are listed "
                f"below. Site meetings were chaired by {INTERNATIONAL_NAMES[0]}, with "
                f"{', '.join(INTERNATIONAL_NAMES[1:])} attending. Costs & risks: see "
                "sections 4 and 5 (values < 0 are savings).",
                body,
            )
        )
        out.append(r.section_heading(ctx, "Punch items at a glance", 1))
        counts = [(s, sum(1 for row in _punch_rows() if row[3] == s)) for s in STATUSES]
        out.append(
            r.donut_chart(
                ctx,
                [r.Datum(s.label, n, s.tone) for s, n in counts],
                title=CHART_TITLES[0],
                centre_label="items",
            )
        )
        out.append(
            r.bar_chart(
                ctx,
                [r.Datum(c, 5 + (i * 7) % 23) for i, c in enumerate(CONTRACTORS)],
                title=CHART_TITLES[1],
            )
        )

        # 2. Punch list: a long table
        out.append(r.section_heading(ctx, "Punch list"))
        columns = [
            r.Column(PUNCH_HEADERS[0], weight=0.75),
            r.Column(PUNCH_HEADERS[1], weight=3.0),
            r.Column(PUNCH_HEADERS[2], weight=1.7),
            r.Column(PUNCH_HEADERS[3], r.ColumnKind.STATUS, weight=1.15),
            r.Column(PUNCH_HEADERS[4], r.ColumnKind.DATE, weight=1.05),
            r.Column(PUNCH_HEADERS[5], r.ColumnKind.DAYS, weight=0.7),
            r.Column(PUNCH_HEADERS[6], r.ColumnKind.MONEY, currency="USD", weight=1.1),
        ]
        punch = _punch_rows()
        total = sum((row[6] for row in punch if isinstance(row[6], Decimal)), Decimal(0))
        out.append(r.data_table(ctx, columns, punch, totals=["", "Total", "", "", "", "", total]))

        # 3. Inspections
        out.append(r.section_heading(ctx, "Inspections"))
        trend = [
            (date(2026, 6, 30), Decimal("0.71")),
            (date(2026, 7, 31), Decimal("0.76")),
            (date(2026, 8, 31), None),
            (date(2026, 9, 30), Decimal("0.83")),
            (date(2026, 10, 31), Decimal("0.80")),
            (date(2026, 11, 30), Decimal("0.88")),
        ]
        target = [(d, Decimal("0.85")) for d, _ in trend]
        out.append(
            r.line_chart(
                ctx,
                [r.TimeSeries("Pass rate", trend), r.TimeSeries("Target", target, r.Tone.GREY)],
                title=CHART_TITLES[2],
                value_format=lambda v: fmt.percent(v, 0),
                date_format=fmt.month,
                y_range=(0.5, 1.0),
            )
        )
        out.append(
            r.data_table(
                ctx,
                [
                    r.Column("Inspection", weight=0.9),
                    r.Column("Date", r.ColumnKind.DATE, weight=1.0),
                    r.Column("Scope", weight=1.6),
                    r.Column("Inspector", weight=1.8),
                    r.Column("Result", r.ColumnKind.STATUS_CELL, weight=1.0),
                    r.Column("Score", r.ColumnKind.PERCENT, weight=0.8),
                ],
                _inspection_rows(),
            )
        )

        # 4. Cost
        out.append(r.section_heading(ctx, "Cost and change orders"))
        out.append(
            r.budget_waterfall(
                ctx,
                "Original budget",
                Decimal("124500000"),
                [
                    r.Change("Approved changes", Decimal("6350000")),
                    r.Change("Savings", Decimal("-1200000")),
                    r.Subtotal("Revised budget"),
                    r.Change("Pending changes", Decimal("2900000"), pending=True),
                ],
                "Forecast final cost",
                currency="USD",
                title=CHART_TITLES[4],
            )
        )
        months = ["Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]
        out.append(
            r.stacked_bar_chart(
                ctx,
                months,
                [
                    r.Series("Approved", [3, 5, 2, 6, 4, 7], r.Tone.GREEN),
                    r.Series("Pending", [1, 0, 3, 2, 5, 4], r.Tone.AMBER),
                    r.Series("Rejected", [0, 1, 1, 0, 2, 1], r.Tone.GREY),
                ],
                title=CHART_TITLES[3],
            )
        )
        changes = _change_rows()
        net = sum((row[4] for row in changes if isinstance(row[4], Decimal)), Decimal(0))
        out.append(r.section_heading(ctx, "Change order register", 1))
        out.append(
            r.data_table(
                ctx,
                [
                    r.Column("Change", weight=0.8),
                    r.Column("Description", weight=3.2),
                    r.Column("Status", r.ColumnKind.STATUS, weight=1.0),
                    r.Column("Submitted", r.ColumnKind.DATE, weight=1.1),
                    r.Column("Amount", r.ColumnKind.MONEY, currency="USD", weight=1.3),
                ],
                changes,
                totals=["", "Net change", "", "", net],
            )
        )

        # 5. Risks
        out.append(r.section_heading(ctx, "Risks"))
        risks = [
            r.RiskItem(f"R-{i:02d}", 1 + (i * 3) % 5, 1 + (i * 2 + i // 5) % 5)
            for i in range(1, 31)
        ]
        out.append(r.risk_matrix(ctx, risks, title=CHART_TITLES[5]))

        # 6. Photos, from a fresh page
        out.append(r.PageBreak())
        out.append(r.section_heading(ctx, "Site photos"))
        photos = [
            r.Photo(
                p,
                f"P-{i + 1:03d} \u00b7 Level {i + 2} \u2014 taken by {INTERNATIONAL_NAMES[i % 5]}",
            )
            for i, p in enumerate(files.photos)
        ]
        out.append(r.photo_grid(ctx, photos[:4], per_row=2))
        out.append(r.section_heading(ctx, "More photos", 1))
        out.append(
            r.photo_grid(
                ctx,
                [*photos[4:], r.Photo(files.missing_photo, "P-099 \u00b7 Awaiting sync")],
                per_row=3,
            )
        )

        # 7. Empty states
        out.append(r.section_heading(ctx, "Defects closed this period"))
        out.append(r.bar_chart(ctx, [], title="Defects closed by trade"))
        out.append(r.data_table(ctx, columns, []))

        # 8. Wide register on landscape pages
        out += ctx.landscape_pages()
        out.append(r.section_heading(ctx, "Document register"))
        wide = [
            r.Column("Document", weight=1.2),
            r.Column("Title", weight=3.0),
            r.Column("Discipline", weight=1.2),
            r.Column("Revision", weight=0.7),
            r.Column("Author", weight=1.8),
            r.Column("Issued", r.ColumnKind.DATE, weight=1.0),
            r.Column("Status", r.ColumnKind.STATUS, weight=1.0),
        ]
        documents = [
            [
                f"RMC-EW-{i:04d}",
                f"General arrangement, level {i % 7}, {['north', 'south', 'east', 'west'][i % 4]} zone",
                ["Architecture", "Structure", "Mechanical", "Electrical"][i % 4],
                f"C{i % 5}",
                INTERNATIONAL_NAMES[i % 5],
                date(2026, 11, 1) + timedelta(days=i % 28),
                STATUSES[i % 4],
            ]
            for i in range(WIDE_ROWS)
        ]
        out.append(r.data_table(ctx, wide, documents, width=ctx.landscape.frame_width))
        out += ctx.portrait_pages()

        # 9. Sign-off
        out.append(r.section_heading(ctx, "Sign-off"))
        out.append(r.para(tr("Reports", "We confirm this report is a true record."), body))
        when = datetime(2026, 12, 3, 16, 45, tzinfo=timezone(timedelta(hours=1)))
        out.append(
            r.signature_blocks(
                ctx,
                [
                    r.Signature(
                        INTERNATIONAL_NAMES[0],
                        "Owner's representative",
                        when,
                        _signature_strokes(1),
                    ),
                    r.Signature(
                        INTERNATIONAL_NAMES[2],
                        "Contractor's project manager",
                        when,
                        _signature_strokes(2),
                    ),
                    r.Signature(INTERNATIONAL_NAMES[3], "Cost manager", None, []),
                ],
            )
        )
        return out

    return build
