"""Pieces the site diary reports share: a grey "none recorded" line, a table or that
line, entry photos three to a row, weather and status in words, and the delay table
(one day's delays, or the register of a period with its dates)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from reportlab.platypus import Flowable

from executrek.app import pdf as r
from executrek.app import status_colours
from executrek.app.i18n import translate
from executrek.app.pdf.table_flowable import CellParagraph
from executrek.app.report_kinds.common import ReportImages, photo_caption
from executrek.app.report_kinds.diary_data import DelayLine
from executrek.app.report_kinds.diary_labels import section_title, value_word
from executrek.models.services import report_queries as q


def none_note(ctx: r.ReportContext, text: str | None = None) -> Flowable:
    return r.muted_note(ctx, text or translate("Reports", "None recorded."))


def status_of(status: str) -> r.Status:
    return r.Status(value_word(status), r.Tone(status_colours.status_fill(status)))


def weather_text(am: str | None, pm: str | None) -> str:
    words = [value_word(w) for w in (am, pm) if w]
    return " / ".join(words) if am != pm else value_word(am)


def text_cell(ctx: r.ReportContext, text: str) -> CellParagraph | str:
    return CellParagraph(r.escape(text), ctx.styles.small) if "\n" in text else text


def photo_rows(
    ctx: r.ReportContext,
    refs: Sequence[q.PhotoRef],
    images: ReportImages,
    prefix: str = "",
    width: float = 1.0,
) -> list[Flowable]:
    """The photos three to a row (``width``: the share of the page width they take)."""
    if not refs:
        return []
    shown = [r.Photo(images(p), photo_caption(p, ctx.fmt.date, prefix)) for p in refs]
    return [r.photo_grid(ctx, shown, per_row=3, width=ctx.width * width)]


def entry_heading(ctx: r.ReportContext, kind: str) -> Flowable:
    return r.section_heading(ctx, section_title(kind), 1)


def table_or_note(
    ctx: r.ReportContext,
    columns: Sequence[r.Column],
    rows: Sequence[Sequence[r.CellValue]],
    empty: str | None = None,
) -> Flowable:
    """The table, or one grey line when there is nothing to list (a day stays short)."""
    return r.data_table(ctx, columns, rows) if rows else none_note(ctx, empty)


def delay_table(
    ctx: r.ReportContext,
    delays: Sequence[DelayLine],
    *,
    totals: bool,
    dated: bool = False,
    heading: str | None = None,
) -> list[Flowable]:
    """The delays under their heading (one day's; ``dated``: a register with the date of
    each), the hours summed in a totals row when ``totals``."""
    register = dated
    columns = [
        r.Column(translate("Reports", "Cause"), weight=1.2),
        r.Column(translate("Reports", "Responsible"), weight=1.2),
        r.Column(translate("Reports", "Time"), weight=1.05),
        r.Column(translate("Reports", "Hours"), r.ColumnKind.NUMBER, places=1, weight=0.6),
        r.Column(translate("Reports", "Delay"), weight=3),
        r.Column(translate("Reports", "Linked"), weight=1),
    ]
    if register:
        columns.insert(0, r.Column(translate("Reports", "Date"), r.ColumnKind.DATE, weight=0.95))
    rows: list[list[r.CellValue]] = []
    for d in delays:
        where = "; ".join(x for x in (d.locations, d.contractors) if x)
        text = f"{d.description}\n{where}" if where else d.description
        row: list[r.CellValue] = [
            value_word(d.cause),
            value_word(d.responsible),
            "–".join(x for x in (d.start_time, d.end_time) if x),
            d.hours,
            text_cell(ctx, text),
            d.linked,
        ]
        rows.append([d.day, *row] if register else row)
    total: list[r.CellValue] | None = None
    if totals:
        total = [
            translate("Reports", "Total"),
            "",
            "",
            sum((d.hours for d in delays), Decimal(0)),
            "",
            "",
        ]
        if register:
            total.insert(1, "")
    title = r.section_heading(ctx, heading or section_title("delay"), 1)
    if not rows:
        return [title, none_note(ctx, translate("Reports", "No delays."))]
    return [title, r.data_table(ctx, columns, rows, totals=total)]
