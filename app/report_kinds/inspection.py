"""The inspection report: the result, score and inspector up front, then the failed and
flagged items with the deficiencies they raised, the full checklist by section (results,
notes, item photos), the inspection's photos and the signatures."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from itertools import groupby

from reportlab.platypus import Flowable

from executrek.app import pdf as r
from executrek.app.i18n import translate
from executrek.app.pdf.markup import escape
from executrek.app.pdf.palette import MUTED, to_hex
from executrek.app.pdf.table_flowable import CellParagraph
from executrek.app.report_kinds.common import (
    KindSpec,
    ReportEnv,
    ReportImages,
    ReportRequest,
    status,
    status_label,
)
from executrek.app.report_kinds.photo_layout import RecordPhotos
from executrek.models.human_numbers import number_text
from executrek.models.records.inspection import report as inspection_report
from executrek.models.services import report_queries as q


@dataclass(frozen=True)
class InspectionReportData:
    project: q.ProjectHeader
    inspection: inspection_report.InspectionDetail


def _gather(env: ReportEnv, request: ReportRequest) -> InspectionReportData:
    assert request.project_id is not None
    return InspectionReportData(
        project=q.project_header(env.store, request.project_id),
        inspection=inspection_report.inspection_detail(
            env.store, request.project_id, request.number
        ),
    )


def _result_text(ins: inspection_report.InspectionDetail, ctx: r.ReportContext) -> str:
    if ins.score is None:
        return translate("Reports", "Not scored")
    return translate("Reports", "{score} (pass mark {mark})").format(
        score=ctx.fmt.percent(ins.score / Decimal(100), 1),
        mark=ctx.fmt.percent(ins.pass_mark / Decimal(100), 0),
    )


def flagged(ln: inspection_report.ChecklistLine) -> bool:
    """Failed, or a critical item not passed, or an item that raised a deficiency."""
    if ln.outcome == "fail" or ln.deficiency:
        return True
    return ln.critical and ln.outcome not in ("pass", "na", "info")


def story(data: InspectionReportData, images: ReportImages) -> r.StoryBuilder:
    ins = data.inspection

    def build(ctx: r.ReportContext) -> list[Flowable]:
        photos = RecordPhotos(ctx, images)
        out: list[Flowable] = []
        out += _headline(ctx, data)
        out += _flagged(ctx, ins, photos)
        out += _checklist(ctx, ins, photos)
        overall = photos.pictures(ins.photos, ins.number)
        if overall:
            heading = translate("Reports", "Photographs of the inspection")
            out.append(r.section_heading(ctx, heading))
            out += photos.section(ins.number, heading, overall)
        out.append(r.section_heading(ctx, translate("Reports", "Signatures")))
        if ins.signatures:
            out.append(
                r.signature_blocks(
                    ctx,
                    [
                        r.Signature(s.signer_name, s.signer_role, s.signed_at, s.strokes)
                        for s in ins.signatures
                    ],
                )
            )
        else:
            out.append(r.muted_note(ctx, translate("Reports", "Not signed.")))
        return out + photos.appendix()

    return build


def _headline(ctx: r.ReportContext, data: InspectionReportData) -> list[Flowable]:
    """Result, score and inspector first, then the rest of the inspection's details."""
    ins = data.inspection
    fmt = ctx.fmt
    answered = sum(1 for ln in ins.lines if ln.outcome is not None)
    failed = sum(1 for ln in ins.lines if ln.outcome == "fail")
    out: list[Flowable] = [
        r.section_heading(ctx, translate("Reports", "Result")),
        r.key_value_block(
            ctx,
            [
                (
                    translate("Reports", "Result"),
                    r.status_pill(ctx, _pill(ins.result))
                    if ins.result
                    else translate("Reports", "Not completed"),
                ),
                (translate("Reports", "Score"), _result_text(ins, ctx)),
                (translate("Reports", "Inspector"), ins.inspector),
                (
                    translate("Reports", "Items"),
                    translate("Reports", "{answered} of {total} answered, {failed} failed").format(
                        answered=answered, total=len(ins.lines), failed=failed
                    ),
                ),
                (translate("Reports", "Date"), fmt.date(ins.inspection_date)),
                (translate("Reports", "Status"), r.status_pill(ctx, _pill(ins.status))),
                (translate("Reports", "Location"), ins.location),
                (translate("Reports", "Contractor"), ins.contractor),
                (translate("Reports", "Checklist"), ins.template),
                (translate("Reports", "Weather"), ins.weather),
                (translate("Reports", "Attendees"), ins.attendees),
            ],
        ),
    ]
    if ins.notes:
        out.append(r.para(ins.notes, ctx.styles.body))
    return out


def _lines_table(
    ctx: r.ReportContext,
    ins: inspection_report.InspectionDetail,
    columns: list[r.Column],
    lines: list[inspection_report.ChecklistLine],
    photos: RecordPhotos,
    *,
    with_section: bool,
    empty_text: str | None = None,
    skip: Callable[[inspection_report.ChecklistLine], bool] = lambda ln: False,
) -> Flowable:
    """Checklist lines, each with its photos: under the line (inline) or named in the
    item's cell ("2 photos, see page 3")."""
    small = ctx.styles.small
    rows: list[list[r.CellValue]] = []
    details: dict[int, list[Flowable]] = {}
    for index, ln in enumerate(lines):
        shots = [] if skip(ln) else photos.pictures(ln.photos, f"{ins.number} #{ln.position}")
        prompt: Flowable = CellParagraph(_prompt(ln, with_section=with_section), small)
        heading = f"{ins.number} #{ln.position} · {ln.prompt}"
        where = photos.reference(f"{ins.number}-{ln.position}", heading, shots)
        if where is not None:
            prompt = r.Stack([prompt, where])
        elif shots:
            details[index] = photos.strips(shots, ctx.width)
        rows.append(
            [
                ln.position,
                prompt,
                _pill(ln.outcome) if ln.outcome else translate("Reports", "Not answered"),
                CellParagraph(answer, small) if (answer := _answer(ln)) else None,
                ln.deficiency,
            ]
        )
    table = r.data_table(ctx, columns, rows, empty_text=empty_text)
    return r.with_details(table, details)


def _line_columns(item_weight: float, raised: str, raised_weight: float) -> list[r.Column]:
    """The columns of a table of checklist lines; the last says what the line raised."""
    return [
        r.Column("#", r.ColumnKind.NUMBER, weight=0.35),
        r.Column(translate("Reports", "Checklist item"), weight=item_weight),
        r.Column(translate("Reports", "Result"), r.ColumnKind.STATUS, weight=0.9),
        r.Column(translate("Reports", "Answer and notes"), weight=2.2),
        r.Column(raised, weight=raised_weight),
    ]


def _flagged(
    ctx: r.ReportContext, ins: inspection_report.InspectionDetail, photos: RecordPhotos
) -> list[Flowable]:
    """The failed and flagged items with the deficiencies they raised, before the full
    checklist; their photos print here (not again in the checklist)."""
    columns = _line_columns(3.1, translate("Reports", "Deficiency raised"), 1.1)
    return [
        r.section_heading(ctx, translate("Reports", "Failed and flagged items")),
        _lines_table(
            ctx,
            ins,
            columns,
            [ln for ln in ins.lines if flagged(ln)],
            photos,
            with_section=True,
            empty_text=translate("Reports", "No item failed or was flagged."),
        ),
    ]


def _checklist(
    ctx: r.ReportContext, ins: inspection_report.InspectionDetail, photos: RecordPhotos
) -> list[Flowable]:
    columns = _line_columns(3.6, translate("Reports", "Raised"), 0.9)
    out: list[Flowable] = [r.section_heading(ctx, translate("Reports", "Checklist"))]
    for section, lines_iter in groupby(ins.lines, key=lambda ln: ln.section):
        lines = list(lines_iter)
        out.append(r.section_heading(ctx, section, 1))
        # a flagged line's photos print with it above, not again here
        out.append(_lines_table(ctx, ins, columns, lines, photos, with_section=False, skip=flagged))
    if any(ln.critical for ln in ins.lines):
        out.append(r.muted_note(ctx, translate("Reports", "● critical item")))
    return out


def _prompt(ln: inspection_report.ChecklistLine, *, with_section: bool = False) -> str:
    prompt = escape(ln.prompt)
    if ln.critical:
        prompt += f" <font color='{r.Tone.RED.value}'><b>●</b></font>"
    if with_section:
        prompt = f"{prompt}<br/><font color='{to_hex(MUTED)}'>{escape(ln.section)}</font>"
    return prompt


_OUTCOME_WORDS = frozenset({"pass", "fail", "na", "yes", "no"})


def _answer(ln: inspection_report.ChecklistLine) -> str:
    parts = []
    # A measurement or a chosen answer prints beside its outcome pill ("1.5 mm", "Good");
    # a value that only repeats the outcome (pass, yes, n/a) does not.
    if ln.value and ln.value.lower() not in _OUTCOME_WORDS:
        value = escape(number_text(ln.value))  # 1.5, as on screen, not 1.50000
        parts.append(f"<b>{value}{' ' + escape(ln.unit) if ln.unit else ''}</b>")
    if ln.note:
        parts.append(escape(ln.note))
    return "<br/>".join(parts)


def _pill(value: str | None) -> r.Status:
    st = status(value)
    return st if st is not None else r.Status(status_label("draft"), r.Tone.GREY)


def _period(data: InspectionReportData, request: ReportRequest) -> tuple[dt.date, dt.date]:
    day = data.inspection.inspection_date
    return (day, day)


SPEC = KindSpec(
    data_type=InspectionReportData,
    gather=_gather,
    story=story,
    kind_label=lambda: translate("Reports", "Inspection report"),
    title=lambda data: f"{data.inspection.number} {data.inspection.title}",
    period=_period,
    contents=False,
)
