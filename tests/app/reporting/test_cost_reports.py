"""The cost reports read back with pypdf: the monthly cost report, every payment
certificate of the demo and the status report's budget section print the figures of the
cost room's one source (``figures.budget_figures``, ``figures.commitment_figures``,
``cashflow.cash_flow``, ``queries.certificate_of``) to the cent, and every printed total
is the sum of its printed lines; a certificate not yet certified says so on page 1. The
EAC trend is the issued cost reports' figures as issued, then today's."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from figure_reading import one
from reporting_fixtures import TODAY, Workspace, font_names_embedded, texts

from executrek.app.cli import main
from executrek.app.logging_setup import shutdown
from executrek.app.pdf import Tone
from executrek.app.report_kinds.common import ReportKind, ReportRequest
from executrek.app.report_kinds.cost_trend import eac_trend
from executrek.app.report_kinds.issuing import issue_report, regenerate
from executrek.models import clock
from executrek.models.records.change_order import service as change_orders
from executrek.models.records.change_order.service import LineInput
from executrek.models.records.cost import budget, figures, queries
from executrek.models.records.cost.cashflow import cash_flow
from executrek.models.records.cost.figures import BudgetFigures, CodeNode, Totals
from executrek.models.records.cost.funding import funding_figures, update_funding_source
from executrek.models.services import issued_reports as issued
from executrek.models.services import projects

M = r"(\([\d,]+\.\d\d\)|[\d,]+\.\d\d)"  # an amount in a money column
USD = r"USD (\(?[\d,]+\.\d\d\)?)"  # an amount with its currency


def amount(text: str) -> Decimal:
    digits = text.replace(",", "")
    return -Decimal(digits.strip("()")) if digits.startswith("(") else Decimal(digits)


def amounts(match: re.Match[str], first: int, count: int) -> list[Decimal]:
    return [amount(match[first + i]) for i in range(count)]


def money_row(label: str, count: int, text: str) -> list[Decimal]:
    """The ``count`` amounts printed after ``label`` (the first such row)."""
    found = one(re.escape(label) + " " + " ".join([M] * count), text)
    return amounts(found, 1, count)


def read(path: Path) -> list[str]:
    # pypdf may split the closing parenthesis of a bold negative amount from its digits
    return [re.sub(r"(\d) \)", r"\1)", page) for page in texts(path)]


def issue(ws: Workspace, kind: ReportKind, out: Path, number: int | None = None) -> list[str]:
    request = ReportRequest(
        kind=kind,
        project_id=ws.project_id(),
        output=out,
        issued=TODAY,
        prepared_by="Zoë Ødegård",
        number=number,
    )
    issue_report(ws.env, request)
    embedded, missing = font_names_embedded(out)
    assert embedded and not missing, missing  # every font embedded (no stray Helvetica)
    return read(out)


def budget_columns(t: Totals) -> list[Decimal]:
    """The eight money columns of a budget row, as the report orders them."""
    return [
        t.original,
        t.transfers_in - t.transfers_out,
        t.approved_budget,
        t.committed,
        t.cost_to_date,
        t.pending_weighted,
        t.eac,
        t.variance,
    ]


def subtotal_nodes(nodes: list[CodeNode]) -> list[CodeNode]:
    """The cost codes the report prints as subtotal rows (more than one line beneath)."""
    out = []
    for node in nodes:
        kids = subtotal_nodes(node.children)
        below = len(node.lines) + sum(1 for c in node.children if c.lines or c.children)
        if below > 1:
            out.append(node)
        out += kids
    return out


def sums(rows: list[list[Decimal]]) -> list[Decimal]:
    return [sum(column, Decimal(0)) for column in zip(*rows, strict=True)]


def test_cost_report_prints_the_budget_figures(ws: Workspace, tmp_path: Path) -> None:
    pid = ws.project_id()
    pages = issue(ws, ReportKind.COST, tmp_path / "cost.pdf")
    text = " ".join(pages)
    with ws.store.read() as s:
        b: BudgetFigures = figures.budget_figures(s, pid)
        committed = figures.commitment_figures(s, pid)
        flow = cash_flow(s, pid)
        apps = queries.list_pay_applications(s, pid)
    assert len(b.lines) >= 15 and any(c.certified_to_date for c in committed)
    first = pages[0]
    assert "Cost report November 2026" in first and "1 Nov 2026 – 25 Nov 2026" in first

    # the headline on page 1: sentence and figures, each from budget_figures
    t = b.total
    sentence = one(
        rf"The approved budget is {USD} \({USD} original, {USD} net transfers\); the "
        rf"estimate at completion is {USD}, {USD} (over|under) budget\.",
        first,
    )
    assert amounts(sentence, 1, 4) == [
        t.approved_budget,
        t.original,
        t.transfers_in - t.transfers_out,
        t.eac,
    ]
    assert amount(sentence[5]) * (-1 if sentence[6] == "over" else 1) == t.variance
    certified = sum((c.certified_to_date for c in committed), Decimal(0))
    for label, value in (
        ("Approved budget", t.approved_budget),
        ("Estimate at completion", t.eac),
        ("Variance", t.variance),
        ("Contingency remaining", b.contingency_remaining),
        ("Certified to date", certified),
        ("Cost to date", t.cost_to_date),
    ):
        assert amount(one(rf"{label} {USD}", first)[1]) == value, label
    hard = money_row("Hard costs (construction)", 8, first)
    soft = money_row("Soft costs", 8, first)
    assert hard == budget_columns(b.hard_total) and soft == budget_columns(b.soft_total)
    assert money_row("Total", 8, first) == sums([hard, soft]) == budget_columns(t)

    # the budget by cost code: every line, every subtotal, the total row = Σ lines
    budget = text[text.index("Budget by cost code") : text.index("Commitments Commitment")]
    printed = []
    for line in b.lines:
        row = one(rf"{line.number} {re.escape(line.title)} " + " ".join([M] * 8), budget)
        printed.append(amounts(row, 1, 8))
        assert printed[-1] == budget_columns(line), line.number
    for node in subtotal_nodes(b.tree):
        assert money_row(f"{node.code} · {node.name}", 8, budget) == budget_columns(node.totals)
    total = money_row("Total", 8, budget)
    assert total == sums(printed) == budget_columns(t)

    # commitments: every row as figures.commitment_figures, totals = Σ printed rows
    part = text[text.index("Commitments Commitment") :]
    rows = []
    for c in committed:
        row = one(rf"{c.number} · {re.escape(c.title)} .*? " + " ".join([M] * 7), part)
        rows.append(amounts(row, 1, 7))
        assert rows[-1] == [
            c.original,
            c.approved_changes,
            c.contract_sum,
            c.certified_to_date,
            c.retainage_held,
            c.paid_to_date,
            c.balance,
        ], c.number
    assert money_row("Total", 7, part) == sums(rows)
    assert sums(rows)[3] == certified

    # payment applications certified this month: Σ printed = printed total = services
    month = [a for a in apps if a.status == "certified"]  # the demo certifies today
    assert month
    cert_part = text[text.index("Payment applications certified this month") :]
    printed_apps = [
        amount(one(rf"{a.number} · {re.escape(a.title)} .*? {M}", cert_part)[1]) for a in month
    ]
    assert printed_apps == [a.certified_amount for a in month]
    assert money_row("Total", 1, cert_part) == [sum(printed_apps, Decimal(0))]

    # transfers this month: who and why
    moves = text[text.index("Budget transfers this month") : text.index("Cash flow")]
    assert "Owner's director" in moves and "Pending" in moves and "Approved" in moves
    assert "Rock found at the north footing" in moves

    # the cash flow sentence reads the S-curve's November point
    now = next(m for m in flow if m.month == dt.date(2026, 11, 1))
    said = one(rf"To the end of Nov 2026: {USD} planned, {USD} certified for payment", text)
    assert amounts(said, 1, 2) == [now.planned_cumulative, now.actual_cumulative]
    assert now.actual_cumulative == sum((c.paid_to_date for c in committed), Decimal(0))

    # contingency burn: the running remainder ends at the contingency remaining
    burn = text[text.index("Contingency burn") :]
    assert amount(one(rf"Remaining {USD}", burn)[1]) == b.contingency_remaining
    remaining = re.findall(r"BT-\d{3} BL-\d{3} · [^()\d]+? " + M + " " + M, burn)
    assert remaining and amount(remaining[-1][1]) == b.contingency_remaining
    assert (
        b.contingency_original + sum((amount(r[0]) for r in remaining), Decimal(0))
        == b.contingency_remaining
    )


def test_cost_report_prints_the_funding_sources(ws: Workspace, tmp_path: Path) -> None:
    pid, store = ws.project_id(), ws.store
    with store.read() as s:
        lines = queries.list_budget_lines(s, pid)
        grant = next(ln.funding_source_id for ln in lines if ln.funding_source == "Capital grant")
    # a design line loses its source (an "Unfunded" row), the grant shrinks (short)
    design = next(ln for ln in lines if ln.category == "design")
    budget.update_budget_line(store, design.id, funding_source_id=None)
    assert grant is not None
    update_funding_source(store, grant, amount="1000.00")
    pages = issue(ws, ReportKind.COST, tmp_path / "cost.pdf")
    text = " ".join(pages)
    with store.read() as s:
        b = figures.budget_figures(s, pid)
        funded = funding_figures(s, pid)
    assert [f.name for f in funded] == ["Capital grant", "Construction loan", "Owner equity", ""]
    part = text[text.index("Headroom = the source's amount") : text.index("Commitments Commitment")]
    printed = []
    for f in funded:
        name = f.name or "Unfunded (no source)"
        amount_cell = M if f.source_id is not None else "—"
        row = one(
            rf"{re.escape(name)} (\d+) budget lines?(?: · short by {USD})? {amount_cell} "
            + " ".join([M] * 3),
            part,
        )
        assert int(row[1]) == f.lines, name
        short = row[2]
        assert (amount(short) if short else None) == (-f.headroom if f.short else None), name
        values = [amount(v) for v in row.groups()[2:]]
        if f.source_id is None:
            values.insert(0, Decimal("0.00"))
        printed.append(values)
        assert values == [f.amount, f.approved_budget, f.eac, f.headroom], name
    assert funded[0].short and funded[-1].short  # the grant, and the unfunded design
    total = money_row("Total", 4, part)
    assert total == sums(printed)
    # every budget line is in one row: the total is the budget's
    assert total[1:3] == [b.total.approved_budget, b.total.eac]


def g702_rows(pages: list[str]) -> dict[str, Decimal]:
    first = pages[0]
    labels = {
        "1": "1 Original contract sum",
        "2": "2 Net change by change orders",
        "3": "3 Contract sum to date (1 + 2)",
        "4": "4 Total completed and stored to date (column G)",
        "5": "5 Total retainage (5a + 5b − released)",
        "6": "6 Total earned less retainage (4 − 5)",
        "7": "7 Less previous certificates for payment",
        "w": "Less withholding (this application)",
        "8": "8 Current payment due (6 − 7 − withholding)",
        "9": "9 Balance to finish, including retainage (3 − 6)",
    }
    return {key: money_row(label, 1, first)[0] for key, label in labels.items()}


PCT = r"([\d.]+)%"


def test_every_payment_certificate_is_exact_to_the_cent(ws: Workspace, tmp_path: Path) -> None:
    pid = ws.project_id()
    with ws.store.read() as s:
        apps = queries.list_pay_applications(s, pid)
        certs = {a.id: queries.certificate_of(s, a.id) for a in apps}
        lines = {a.id: queries.pay_app_lines(s, a.id) for a in apps}
    assert {a.status for a in apps} == {"certified", "under_review"}
    for a in apps:
        number = int(a.number.removeprefix("PA-"))
        out = tmp_path / f"{a.number}.pdf"
        pages = issue(ws, ReportKind.PAYMENT, out, number)
        text = " ".join(pages)
        cert = certs[a.id]
        g = cert.summary
        printed = g702_rows(pages)
        assert printed == {
            "1": g.original_sum,
            "2": g.net_change,
            "3": g.contract_sum,
            "4": g.completed_to_date,
            "5": g.retainage_total,
            "6": g.earned_less_retainage,
            "7": g.previous_certificates,
            "w": g.withholding,
            "8": g.payment_due,
            "9": g.balance_to_finish,
        }, a.number
        # the G702's arithmetic holds on the printed figures
        assert printed["3"] == printed["1"] + printed["2"]
        assert printed["6"] == printed["4"] - printed["5"]
        assert printed["8"] == printed["6"] - printed["7"] - printed["w"]
        assert printed["9"] == printed["3"] - printed["6"]

        # G703: each line as certificate_of computes it; totals = Σ printed lines
        sheet = text[text.index("Continuation sheet (G703)") :]
        rows = []
        for line in cert.lines:
            row = one(
                rf"{line.item} {re.escape(line.description)} "
                + " ".join([M] * 5)
                + f" {PCT} "
                + " ".join([M] * 2),
                sheet,
            )
            values = amounts(row, 1, 5) + amounts(row, 7, 2)
            rows.append(values)
            assert values == [
                line.scheduled,
                line.previous,
                line.this_period,
                line.stored,
                line.completed_to_date,
                line.balance,
                line.retainage,
            ], (a.number, line.item)
            assert Decimal(row[6]) == line.pct
            assert values[4] == values[1] + values[2] + values[3]  # G = D + E + F
            assert values[5] == values[0] - values[4]  # H = C − G
        totals = one("Totals " + " ".join([M] * 5) + f" {PCT} " + " ".join([M] * 2), sheet)
        printed_totals = amounts(totals, 1, 5) + amounts(totals, 7, 2)
        assert printed_totals == sums(rows)
        assert printed_totals[4] == printed["4"]  # line 4 is column G's total
        assert printed_totals[6] == g.retainage_work + g.retainage_stored

        # draft or certified, said on page 1 and at the signature
        first = pages[0]
        if a.status == "certified":
            assert "DRAFT" not in text and "(draft" not in first
            assert f"entitled to payment of USD {a.certified_amount:,.2f}" in text
            assert "Alex Morgan Owner's representative Signed" in text
        else:
            assert "DRAFT — not certified" in first
            assert f"Payment certificate {a.number} (draft, not certified)" in first
            assert text.count("DRAFT — not certified") == 2
        for decided in lines[a.id]:
            if decided.decision in ("reduced", "rejected"):
                assert decided.reason is not None and decided.reason[:40] in text
        if g.withholding:
            assert (cert.withholding_reason or "")[:40] in text


def red_share(path: Path) -> float:
    """The share of page 1's pixels in the red of the draft banner."""
    pdf = pdfium.PdfDocument(str(path))
    try:
        image = pdf[0].render(scale=0.5).to_pil().convert("RGB")
    finally:
        pdf.close()
    red = tuple(int(Tone.RED.value[i : i + 2], 16) for i in (1, 3, 5))
    data = image.tobytes()
    pixels = len(data) // 3
    close = sum(
        1 for at in range(0, len(data), 3) if sum(abs(data[at + i] - red[i]) for i in range(3)) < 30
    )
    return close / pixels


def test_a_draft_certificate_carries_the_red_banner(ws: Workspace, tmp_path: Path) -> None:
    with ws.store.read() as s:
        apps = queries.list_pay_applications(s, ws.project_id())
    draft = next(a for a in apps if a.status == "under_review")
    done = next(a for a in apps if a.status == "certified")
    for a, banner in ((draft, True), (done, False)):
        out = tmp_path / f"{a.number}.pdf"
        issue(ws, ReportKind.PAYMENT, out, int(a.number.removeprefix("PA-")))
        assert (red_share(out) > 0.01) is banner, a.number


def test_status_report_budget_section_reads_the_same_figures(ws: Workspace, tmp_path: Path) -> None:
    pid = ws.project_id()
    text = " ".join(issue(ws, ReportKind.STATUS, tmp_path / "status.pdf"))
    with ws.store.read() as s:
        b = figures.budget_figures(s, pid)
    part = text[text.index("Owner's budget.") :]
    said = one(
        rf"Owner's budget\. At completion {USD} (over|under) budget; ([\d.]+)% of the "
        r"owner's contingency drawn down\.",
        part,
    )
    assert amount(said[1]) * (-1 if said[2] == "over" else 1) == b.total.variance
    drawn = 100 * b.contingency_drawdown / b.contingency_original
    assert Decimal(said[3]) == drawn.quantize(Decimal("0.1"))
    for label, value in (
        ("Approved budget", b.total.approved_budget),
        ("Estimate at completion", b.total.eac),
        ("Variance", b.total.variance),
        ("Contingency remaining", b.contingency_remaining),
    ):
        assert money_row(label, 1, part) == [value], label
    # a project without a budget has no such section
    empty = projects.create_project(
        ws.store, projects.NewProject(code="NOBUDGET", name="No budget", owner_name="Owner")
    ).value
    out = tmp_path / "empty.pdf"
    issue_report(
        ws.env,
        ReportRequest(ReportKind.STATUS, empty.id, out, TODAY, "Zoë Ødegård", draft=True),
    )
    assert "Owner's budget" not in " ".join(read(out))


@pytest.fixture
def data_dir(demo_template: Path, tmp_path: Path) -> Iterator[Path]:
    target = tmp_path / "cli-data"
    shutil.copytree(demo_template, target)
    yield target
    shutdown()


def test_the_commands(data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "cost.pdf"
    base = ["--project", "HOSP-EW", "--data-dir", str(data_dir)]
    assert main(["report", "cost", *base, "-o", str(out)]) == 0
    assert "HOSP-EW-COST-001" in capsys.readouterr().out
    assert "Cost report November 2026" in texts(out)[0]
    paid = tmp_path / "pa.pdf"
    assert main(["report", "payment", *base, "--number", "PA-002", "-o", str(paid)]) == 0
    assert "HOSP-EW-PAYCERT-001" in capsys.readouterr().out
    assert "Payment certificate PA-002" in texts(paid)[0]
    again = tmp_path / "again.pdf"
    regenerate = ["report", "regenerate", "--number", "HOSP-EW-PAYCERT-001"]
    assert main([*regenerate, "--data-dir", str(data_dir), "-o", str(again)]) == 0
    assert again.read_bytes() == paid.read_bytes()
    assert main(["report", "payment", *base, "--number", "PA-009", "-o", str(paid)]) == 1
    err = capsys.readouterr().err
    assert err == "executrek: There is no payment application PA-009 in HOSP-EW.\n"
    assert main(["report", "payment", *base, "--number", "CO-1", "-o", str(paid)]) == 2
    assert "not a payment application number" in capsys.readouterr().err
    assert main(["report", "status", *base, "--number", "PA-001", "-o", str(paid)]) == 2
    assert "--number is for the payment certificate" in capsys.readouterr().err


def issue_on(ws: Workspace, day: dt.date, out: Path) -> list[str]:
    """The monthly cost report of ``day``'s month, issued that day (the clock pinned)."""
    with clock.pinned(day):
        request = ReportRequest(ReportKind.COST, ws.project_id(), out, day, "Zoë Ødegård")
        issue_report(ws.env, request)
    return read(out)


def headline(ws: Workspace) -> tuple[Decimal, Decimal, Decimal]:
    with ws.store.read() as s:
        t = figures.budget_figures(s, ws.project_id()).total
    return (t.approved_budget, t.eac, t.variance)


def test_the_eac_trend_is_the_issued_reports_as_issued_then_today(
    ws: Workspace, tmp_path: Path
) -> None:
    pid, store = ws.project_id(), ws.store
    with store.read() as s:
        line = next(ln for ln in queries.list_budget_lines(s, pid) if ln.category == "construction")
    # an old snapshot without the budget's figures is skipped (it counts as number 001)
    issued.record_issued_report(
        store,
        issued.NewIssuedReport(
            pid, "cost", "HOSP-EW-COST-001", "Cost report August 2026",
            dt.date(2026, 8, 1), dt.date(2026, 8, 31), "0" * 64, 3, {"data": {}},
        ),
    )  # fmt: skip
    september = issue_on(ws, dt.date(2026, 9, 30), tmp_path / "sep.pdf")
    assert "Estimate at completion trend" not in " ".join(september)  # one point: no trend
    first = headline(ws)
    # the owner adds 150,000.00 to the budget in October
    with clock.pinned(dt.date(2026, 10, 15)):
        t = budget.create_transfer(
            store, pid, title="Owner scope", reason="Owner adds a roof garden",
            from_line_id=None, to_line_id=line.id, amount=Decimal("150000.00"),
        ).value  # fmt: skip
        budget.submit_transfer(store, t.id)
        budget.approve_transfer(store, t.id, approver="Pat Owner")
    issue_on(ws, dt.date(2026, 10, 31), tmp_path / "oct.pdf")
    second = headline(ws)
    assert second[0] == first[0] + Decimal("150000.00")
    # in November a change order of 40,000.00 is pending: the EAC rises, the budget not
    co = change_orders.create_change_order(
        store, pid, title="Roof garden drainage", reason="owner_request", tier="change_order",
        lines=[LineInput("Drainage", 1, "40000.00", cost_code_id=line.cost_code_id)],
    ).value  # fmt: skip
    change_orders.submit(store, co.id)
    now = headline(ws)
    assert now[0] == second[0] and now[1] == second[1] + Decimal("40000.00")

    trend = eac_trend(store, pid)
    assert [(p.day, p.report_number) for p in trend] == [
        (dt.date(2026, 9, 30), "HOSP-EW-COST-002"),
        (dt.date(2026, 10, 31), "HOSP-EW-COST-003"),
        (TODAY, ""),
    ]
    assert [(p.approved_budget, p.eac, p.variance) for p in trend] == [first, second, now]
    # a report of an earlier day sees only what came before it
    assert [p.day for p in eac_trend(store, pid, on=dt.date(2026, 10, 31))] == [
        dt.date(2026, 9, 30),
        dt.date(2026, 10, 31),
    ]
    assert eac_trend(store, pid, on=dt.date(2026, 10, 31))[-1].report_number == ""

    # the November report prints the trend: the two reports as issued, then its own
    out = tmp_path / "nov.pdf"
    pages = issue_on(ws, TODAY, out)
    text = " ".join(pages)
    part = text[text.index("Estimate at completion trend") : text.index("Contingency burn")]
    for point, label in (
        (trend[0], "30 Sep 2026 HOSP-EW-COST-002"),
        (trend[1], "31 Oct 2026 HOSP-EW-COST-003"),
        (trend[2], "25 Nov 2026 This report"),
    ):
        assert money_row(label, 3, part) == [point.approved_budget, point.eac, point.variance]
    assert "HOSP-EW-COST-001" not in part and "Aug 2026" not in part
    # kept in the snapshot: the issued report regenerates byte for byte
    row = issued.last_issued(store, pid, ReportKind.COST.value)
    assert row is not None and row.report_number == "HOSP-EW-COST-004"
    again = tmp_path / "again.pdf"
    regenerate(ws.env, row.id, again)
    assert again.read_bytes() == out.read_bytes()
