"""The payment certificate (``executrek report payment --project CODE --number PA-001``):
one payment application as the AIA G702 application and certificate for payment (lines
1–9), the certification with the certifier's signature, the representative's
reductions with their reasons, and the G703 continuation sheet (columns C to I per
schedule-of-values line, with the totals row).

Every amount is ``certificate``'s arithmetic through ``queries.certificate_of``, exact
to the cent: the G703 totals are the sums of the printed lines, and G702 line 4 is
column G's total. An application not certified yet prints as a draft, with a banner
saying so on its first page and above the signature, and "(draft)" in its title.
"""

from __future__ import annotations

from decimal import Decimal

from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether, Table, TableStyle

from executrek.app import pdf as r
from executrek.app.i18n import translate
from executrek.app.report_kinds.common import KindSpec, ReportImages, pill, sections, status_label
from executrek.app.report_kinds.payment_data import PaymentData, gather_payment
from executrek.models.records.cost.certificate import percent_complete

ZERO = Decimal("0.00")
KEEP_G703_ROWS = 24  # a continuation sheet this short moves whole to a new page


def draft_banner(ctx: r.ReportContext) -> Flowable:
    """ "DRAFT — not certified" in white on red, the content's width."""
    style = ctx.styles.heading(0)
    table = Table(
        [[translate("Reports", "DRAFT — not certified")]], colWidths=[ctx.width], hAlign="LEFT"
    )
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), r.Tone.RED.colour),
                ("TEXTCOLOR", (0, 0), (-1, -1), colors.white),
                ("FONTNAME", (0, 0), (-1, -1), ctx.styles.fonts.bold),
                ("FONTSIZE", (0, 0), (-1, -1), style.fontSize + 2),
                ("LEADING", (0, 0), (-1, -1), style.fontSize + 6),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    table.spaceAfter = 8
    return table


def _pct(value: Decimal) -> str:
    return f"{value.normalize():f} %"


def _status_in_words(value: str) -> str:
    """The application's status as it reads mid-sentence ("under review")."""
    words = {
        "draft": translate("Reports", "a draft"),
        "under_review": translate("Reports", "under review"),
    }
    return words.get(value) or status_label(value).lower()


def _pending_text(data: PaymentData) -> str:
    if data.pending_lines == 1:
        return translate(
            "Reports",
            "This application is {status}: the amounts are the review's so far (one line "
            "still counted as claimed) and may change until it is certified.",
        ).format(status=_status_in_words(data.status))
    return translate(
        "Reports",
        "This application is {status}: the amounts are the review's so far ({pending} lines "
        "still counted as claimed) and may change until it is certified.",
    ).format(status=_status_in_words(data.status), pending=data.pending_lines)


def _application(ctx: r.ReportContext, data: PaymentData, width: float) -> Flowable:
    fmt = ctx.fmt
    return r.key_value_block(
        ctx,
        [
            (translate("Reports", "Application"), f"{data.number} · {data.title}"),
            (translate("Reports", "Application no."), str(data.application_no)),
            (
                translate("Reports", "Commitment"),
                f"{data.commitment_number} · {data.commitment_title}",
            ),
            (translate("Reports", "Contractor"), data.contractor),
            (translate("Reports", "Period"), fmt.period(data.period_start, data.period_end)),
            (
                translate("Reports", "Received"),
                fmt.date(data.received_on) if data.received_on else None,
            ),
            (translate("Reports", "Status"), r.status_pill(ctx, pill(data.status))),
            (translate("Reports", "Currency"), data.currency),
        ],
        width=width,
        columns=1,
    )


def _g702_table(ctx: r.ReportContext, data: PaymentData, width: float) -> Flowable:
    g = data.summary
    cur = data.currency
    columns = [
        r.Column(translate("Reports", "No."), weight=0.35),
        r.Column(translate("Reports", "Application and certificate for payment"), weight=3.2),
        r.Column(translate("Reports", "Amount"), r.ColumnKind.MONEY, currency=cur, weight=1.2),
    ]
    rows: list[list[r.CellValue]] = [
        ["1", translate("Reports", "Original contract sum"), g.original_sum],
        ["2", translate("Reports", "Net change by change orders"), g.net_change],
        ["3", translate("Reports", "Contract sum to date (1 + 2)"), g.contract_sum],
        [
            "4",
            translate("Reports", "Total completed and stored to date (column G)"),
            g.completed_to_date,
        ],
        [
            "5a",
            translate("Reports", "Retainage: {pct} of completed work").format(
                pct=_pct(data.work_pct)
            ),
            g.retainage_work,
        ],
        [
            "5b",
            translate("Reports", "Retainage: {pct} of stored material").format(
                pct=_pct(data.stored_pct)
            ),
            g.retainage_stored,
        ],
        ["", translate("Reports", "Less retainage released to date"), -g.retainage_released],
        ["5", translate("Reports", "Total retainage (5a + 5b − released)"), g.retainage_total],
        ["6", translate("Reports", "Total earned less retainage (4 − 5)"), g.earned_less_retainage],
        [
            "7",
            translate("Reports", "Less previous certificates for payment"),
            g.previous_certificates,
        ],
        ["", translate("Reports", "Less withholding (this application)"), g.withholding],
        ["8", translate("Reports", "Current payment due (6 − 7 − withholding)"), g.payment_due],
        [
            "9",
            translate("Reports", "Balance to finish, including retainage (3 − 6)"),
            g.balance_to_finish,
        ],
    ]
    return r.data_table(ctx, columns, rows, width=width, keep_whole=True)


def _summary(ctx: r.ReportContext, data: PaymentData) -> list[Flowable]:
    """The first page: the draft banner, the G702 beside the application's particulars,
    the payment due as claimed and as reviewed, the withholding."""
    g = data.summary
    cur = data.currency
    fmt = ctx.fmt
    out: list[Flowable] = []
    if not data.certified:
        out.append(draft_banner(ctx))
        out.append(r.para(_pending_text(data), ctx.styles.body))
    left = ctx.width * 0.6
    out.append(
        r.section_heading(
            ctx, translate("Reports", "Application and certificate for payment (G702)")
        )
    )
    out.append(
        r.side_by_side(
            ctx,
            _g702_table(ctx, data, left - 14),
            _application(ctx, data, ctx.width - left),
            (left, ctx.width - left),
            gap=14,
            space_after=10,
        )
    )
    out.append(
        r.para(
            translate(
                "Reports",
                "Payment due as the contractor applied for it: {claimed}; as reviewed: "
                "{due} (difference {difference}).",
            ).format(
                claimed=fmt.money(data.claimed_due, cur),
                due=fmt.money(g.payment_due, cur),
                difference=fmt.money(data.claimed_due - g.payment_due, cur),
            ),
            ctx.styles.body,
        )
    )
    if g.withholding:
        out.append(
            r.lead_para(
                ctx,
                translate("Reports", "Withholding"),
                translate("Reports", "{amount} withheld from this application: {reason}").format(
                    amount=fmt.money(g.withholding, cur), reason=data.withholding_reason or "—"
                ),
            )
        )
    return out


def _certification(ctx: r.ReportContext, data: PaymentData) -> list[Flowable]:
    """The certificate's words, signature and date, kept with their heading; a draft
    says it is not certified, in the same place."""
    fmt = ctx.fmt
    cur = data.currency
    heading = r.section_heading(ctx, translate("Reports", "Certificate for payment"), 1)
    if not data.certified:
        note = r.muted_note(
            ctx,
            translate(
                "Reports", "Not certified: the certificate is signed once every line is decided."
            ),
        )
        return [KeepTogether([heading, draft_banner(ctx), note])]
    amount = data.certified_amount if data.certified_amount is not None else ZERO
    when = fmt.datetime(data.certified_at) if data.certified_at is not None else "—"
    text = r.para(
        translate(
            "Reports",
            "In accordance with the contract and the review of this application, the "
            "contractor is entitled to payment of {amount}. Certified on {when} by {who}.",
        ).format(amount=fmt.money(amount, cur), when=when, who=data.certified_by or "—"),
        ctx.styles.body,
    )
    sig = data.signature
    block = r.signature_blocks(
        ctx,
        [
            r.Signature(
                sig.signer_name if sig else data.certified_by or "—",
                sig.signer_role if sig else None,
                sig.signed_at if sig else data.certified_at,
                sig.strokes if sig else [],
            )
        ],
        per_row=2,
    )
    return [KeepTogether([heading, text, block])]


def _reductions(ctx: r.ReportContext, data: PaymentData) -> list[Flowable]:
    cur = data.currency
    m = r.ColumnKind.MONEY
    columns = [
        r.Column(translate("Reports", "Item"), weight=0.5),
        r.Column(translate("Reports", "Description"), weight=2.0),
        r.Column(translate("Reports", "Decision"), weight=1.0),
        r.Column(translate("Reports", "Claimed"), m, currency=cur),
        r.Column(translate("Reports", "Approved"), m, currency=cur),
        r.Column(translate("Reports", "Reduced by"), m, currency=cur),
        r.Column(translate("Reports", "Reason"), weight=2.8),
        r.Column(translate("Reports", "By"), weight=1.6),
    ]
    rows = [
        [
            x.item,
            x.description,
            status_label(x.decision),
            x.claimed,
            x.approved,
            x.claimed - x.approved,
            x.reason,
            r.TextWithNote(x.by or "—", ctx.fmt.datetime(x.at) if x.at else ""),
        ]
        for x in data.reductions
    ]
    return [
        r.section_heading(ctx, translate("Reports", "Reductions by the owner's representative"), 1),
        r.data_table(
            ctx,
            columns,
            rows,
            empty_text=translate("Reports", "Every decided line approved as claimed"),
        ),
    ]


def g703_columns(currency: str) -> list[r.Column]:
    m = r.ColumnKind.MONEY
    return [
        r.Column(translate("Reports", "A Item"), weight=0.45),
        r.Column(translate("Reports", "B Description"), weight=2.3),
        r.Column(translate("Reports", "C Scheduled value"), m, currency=currency),
        r.Column(translate("Reports", "D From previous"), m, currency=currency),
        r.Column(translate("Reports", "E This period"), m, currency=currency),
        r.Column(translate("Reports", "F Materials stored"), m, currency=currency),
        r.Column(translate("Reports", "G Completed and stored"), m, currency=currency),
        r.Column(translate("Reports", "G ÷ C"), r.ColumnKind.PERCENT, weight=0.6, places=2),
        r.Column(translate("Reports", "H Balance to finish"), m, currency=currency),
        r.Column(translate("Reports", "I Retainage"), m, currency=currency),
    ]


def _g703(ctx: r.ReportContext, data: PaymentData) -> list[Flowable]:
    rows = [
        [
            x.item,
            x.description,
            x.scheduled,
            x.previous,
            x.this_period,
            x.stored,
            x.completed_to_date,
            x.pct / 100 if x.pct is not None else None,
            x.balance,
            x.retainage,
        ]
        for x in data.lines
    ]

    def total(name: str) -> Decimal:
        return sum((getattr(x, name) for x in data.lines), ZERO)

    scheduled, completed = total("scheduled"), total("completed_to_date")
    pct = percent_complete(completed, scheduled)
    totals: list[r.CellValue] = [
        "",
        translate("Reports", "Totals"),
        scheduled,
        total("previous"),
        total("this_period"),
        total("stored"),
        completed,
        pct / 100 if pct is not None else None,
        total("balance"),
        total("retainage"),
    ]
    return [
        r.section_heading(ctx, translate("Reports", "Continuation sheet (G703)")),
        r.data_table(
            ctx,
            g703_columns(data.currency),
            rows,
            totals=totals,
            keep_whole=len(rows) <= KEEP_G703_ROWS,
        ),
        r.muted_note(
            ctx,
            translate(
                "Reports",
                "G = D + E + F; H = C − G. Retainage per line: the work rate on D + E and "
                "the materials rate on F, each rounded half up to the cent; every total is "
                "the sum of its lines.",
            ),
        ),
    ]


def story(data: PaymentData, images: ReportImages) -> r.StoryBuilder:
    return sections(data, _summary, _certification, _reductions, _g703)


def _title(data: PaymentData) -> str:
    if data.certified:
        return translate("Reports", "Payment certificate {number}").format(number=data.number)
    return translate("Reports", "Payment certificate {number} (draft, not certified)").format(
        number=data.number
    )


SPEC = KindSpec(
    data_type=PaymentData,
    gather=gather_payment,
    story=story,
    kind_label=lambda: translate("Reports", "Payment certificate"),
    title=_title,
    landscape=True,
    contents=False,
)
