"""Charts: vector drawings, correct scales, graceful with no data."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from pdf_inspect import drawn_images, flat
from pypdf import PdfReader
from reportlab.graphics.shapes import Drawing, Group, String

from executrek.app import pdf as r
from executrek.app.pdf.chart_kit import (
    ChartTheme,
    nice_range,
    nice_step,
    step_places,
    ticks,
    wrap_label,
)

SmallBuilder = Callable[..., tuple[r.BuiltReport, PdfReader]]


def _strings(node: Drawing | Group) -> Iterator[str]:
    for item in node.contents:
        if isinstance(item, String):
            yield item.text
        elif isinstance(item, Group):
            yield from _strings(item)


def _all_charts(ctx: r.ReportContext, empty: bool) -> list[Drawing]:
    def pick(items: list[Any]) -> list[Any]:
        return [] if empty else items

    return [
        r.bar_chart(ctx, pick([r.Datum("Open", 3), r.Datum("Closed", 9, r.Tone.GREEN)])),
        r.bar_chart(ctx, pick([r.Datum("Jan", 3), r.Datum("Feb", -2)]), horizontal=False),
        r.stacked_bar_chart(ctx, ["A", "B"] if not empty else [], pick([r.Series("S", [1, 2])])),
        r.line_chart(
            ctx, pick([r.TimeSeries("Rate", [(date(2026, 1, 31), 0.5), (date(2026, 3, 31), 0.75)])])
        ),
        r.donut_chart(ctx, pick([r.Datum("A", 1), r.Datum("B", 3)])),
        r.risk_matrix(ctx, pick([r.RiskItem("R-1", 5, 5), r.RiskItem("R-2", 1, 2)])),
        r.budget_waterfall(
            ctx,
            "Original",
            Decimal(0) if empty else Decimal("1000000"),
            pick([r.Change("Approved", Decimal("50000"))]),
            "Revised",
            currency="USD",
        ),
    ]


def test_every_chart_handles_no_data(context: r.ReportContext) -> None:
    for drawing in _all_charts(context, empty=True):
        assert "No data for this period" in list(_strings(drawing))


def test_charts_take_the_given_width(context: r.ReportContext) -> None:
    for drawing in _all_charts(context, empty=False):
        assert drawing.width == pytest.approx(context.width)
    narrow = r.bar_chart(context, [r.Datum("A", 1)], width=200)
    assert narrow.width == 200


def test_charts_print_as_vectors_with_embedded_text(build_small: SmallBuilder) -> None:
    def story_builder(ctx: r.ReportContext) -> list[r.Flowable]:
        return [*_all_charts(ctx, empty=False), *_all_charts(ctx, empty=True)]

    _, reader = build_small(story_builder)
    logo = {(480, 160)}
    for page in reader.pages[1:]:
        assert {(i.width, i.height) for i in drawn_images(page)} <= logo
    text = flat(" ".join(p.extract_text() or "" for p in reader.pages))
    for label in ("Open", "Closed", "31 Jan 2026", "R-1", "Approved", "Almost certain"):
        assert label in text


def test_labels_keep_international_text(context: r.ReportContext) -> None:
    drawing = r.bar_chart(context, [r.Datum("Łukasz Żółć", 4), r.Datum("Анна", 2)])
    assert {"Łukasz Żółć", "Анна"} <= set(_strings(drawing))


def test_waterfall_total_is_computed_exactly(context: r.ReportContext) -> None:
    drawing = r.budget_waterfall(
        context,
        "Original",
        Decimal("124500000"),
        [
            r.Change("Approved", Decimal("6350000")),
            r.Subtotal("Revised"),
            r.Change("Pending", Decimal("-1200000"), pending=True),
        ],
        "Forecast",
        currency="USD",
    )
    labels = list(_strings(drawing))
    assert "129.7M" in labels  # the subtotal: 124.5M + 6.35M, rounded for the label
    assert "(1.2M)" in labels
    assert context.fmt.money_compact(Decimal("129650000")) == "129.7M"


def test_chart_input_errors(context: r.ReportContext) -> None:
    with pytest.raises(r.ReportError, match="negative"):
        r.stacked_bar_chart(context, ["A"], [r.Series("S", [-1])])
    with pytest.raises(r.ReportError, match="values for"):
        r.stacked_bar_chart(context, ["A", "B"], [r.Series("S", [1])])
    with pytest.raises(r.ReportError, match="negative"):
        r.donut_chart(context, [r.Datum("A", -1)])
    with pytest.raises(r.ReportError, match=r"1\.\.5"):
        r.RiskItem("R-9", 6, 1)


@pytest.mark.parametrize(
    ("score", "band"),
    [
        (1, r.RiskBand.LOW),
        (4, r.RiskBand.LOW),
        (5, r.RiskBand.MEDIUM),
        (9, r.RiskBand.MEDIUM),
        (10, r.RiskBand.HIGH),
        (16, r.RiskBand.HIGH),
        (20, r.RiskBand.EXTREME),
        (25, r.RiskBand.EXTREME),
    ],
)
def test_risk_bands(score: int, band: r.RiskBand) -> None:
    assert r.RiskBand.of(score) is band


def test_risk_matrix_cells_list_ids(context: r.ReportContext) -> None:
    risks = [r.RiskItem(f"R-{i:02d}", 3, 4) for i in range(1, 40)]
    labels = list(_strings(r.risk_matrix(context, risks)))
    assert any(label.startswith("R-01") for label in labels)
    assert any(label.startswith("+") for label in labels)  # the rest counted, not cut off
    counts = list(_strings(r.risk_matrix(context, risks, show_ids=False)))
    assert "39" in counts


def test_scales() -> None:
    assert nice_step(27) == 5
    assert nice_step(12, integer=True) == 2
    assert nice_step(3, integer=True) == 1
    assert nice_step(0.9) == 0.2
    assert nice_step(7.5) == 2
    assert nice_range(3, 27) == (0, 30, 5)
    assert nice_range(-7, 12) == (-10, 15, 5)
    assert nice_range(0, 12, integer=True) == (0, 12, 2)
    low, high, _step = nice_range(0.5, 0.9, include_zero=False)
    assert low <= 0.5
    assert high >= 0.9
    assert low > 0
    assert ticks(0, 10, 2.5) == [0, 2.5, 5, 7.5, 10]
    assert step_places(2.5) == 1
    assert step_places(0.25) == 2
    assert step_places(50) == 0


def test_long_category_labels_wrap_then_shorten(context: r.ReportContext) -> None:
    theme = ChartTheme.of(context)
    short = wrap_label(theme, "Level 3", 60)
    assert short == ["Level 3"]
    long = wrap_label(theme, "Mechanical, electrical and plumbing subcontractor works", 60)
    assert len(long) == 2
    assert long[-1].endswith("\u2026")
    assert all(theme.width_of(line) <= 60 for line in long)
