"""What the payment certificate prints: one payment application as its G702 summary and
G703 continuation sheet (``queries.certificate_of``, whose arithmetic is
``certificate``'s, the one place of it), the contractor's claim beside it, the
representative's reductions with their reasons, the withholding, and the certifier's
signature. Plain frozen dataclasses, kept in the issued report's snapshot."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from executrek.app.report_kinds.common import ReportEnv, ReportRequest
from executrek.app.report_kinds.diary_data import SignatureLine
from executrek.models.common import Signature
from executrek.models.errors import NotFoundError
from executrek.models.records.cost import queries
from executrek.models.records.cost.certificate import G702, G703Line
from executrek.models.records.cost.payment_model import KIND as PAY_KIND
from executrek.models.records.row_fields import read_row
from executrek.models.services import report_queries as q


@dataclass(frozen=True)
class Reduction:
    """A line the representative reduced or rejected: claimed against approved (work
    this period plus stored materials), why, and who decided."""

    item: str
    description: str
    decision: str  # reduced, rejected
    claimed: Decimal
    approved: Decimal
    reason: str | None
    by: str | None
    at: dt.datetime | None


@dataclass(frozen=True)
class PaymentData:
    project: q.ProjectHeader
    id: str
    number: str  # PA-003
    application_no: int
    title: str
    status: str
    currency: str
    commitment_number: str
    commitment_title: str
    contractor: str
    period_start: dt.date
    period_end: dt.date
    received_on: dt.date | None
    work_pct: Decimal  # the retainage rate on work this certificate applies
    stored_pct: Decimal  # the rate on stored materials
    lines: tuple[G703Line, ...]
    summary: G702
    claimed_due: Decimal  # the payment due as the contractor claimed it
    pending_lines: int  # lines not decided yet (their claim is counted)
    withholding_reason: str | None
    reductions: tuple[Reduction, ...]
    certified_amount: Decimal | None
    certified_at: dt.datetime | None
    certified_by: str | None
    signature: SignatureLine | None

    @property
    def certified(self) -> bool:
        return self.status == "certified"


def pick(env: ReportEnv, request: ReportRequest) -> str:
    """The id of application ``PA-<request.number>`` of the project, or of its latest
    (newest period) when no number is given; NotFoundError, one line, when there is
    none."""
    assert request.project_id is not None
    header = q.project_header(env.store, request.project_id)
    with env.store.read() as s:
        apps = queries.list_pay_applications(s, request.project_id)
    if request.number is None:
        if not apps:
            raise NotFoundError(
                "There are no payment applications in {code} yet.", code=header.code
            )
        return apps[0].id
    wanted = PAY_KIND.display(request.number, None)
    found = next((a for a in apps if a.number == wanted), None)
    if found is None:
        raise NotFoundError(
            "There is no payment application {number} in {code}.",
            number=wanted,
            code=header.code,
        )
    return found.id


def _reductions(s: Session, pay_app_id: str) -> tuple[Reduction, ...]:
    decided: dict[str, queries.EventEntry] = {}
    for e in queries.events_of(s, pay_app_id):
        if e.line_id is not None:
            decided[e.line_id] = e  # the latest decision of each line
    out = []
    for line in queries.pay_app_lines(s, pay_app_id):
        if line.decision not in ("reduced", "rejected"):
            continue
        event = decided.get(line.id)
        out.append(
            Reduction(
                item=line.item,
                description=line.description,
                decision=line.decision,
                claimed=line.claimed_work + line.claimed_stored,
                approved=(line.approved_work or Decimal(0)) + (line.approved_stored or Decimal(0)),
                reason=line.reason,
                by=(event.approver_name or event.user) if event is not None else None,
                at=event.at if event is not None else None,
            )
        )
    return tuple(out)


def _signature(s: Session, pay_app_id: str) -> SignatureLine | None:
    certify = [e for e in queries.events_of(s, pay_app_id) if e.action == "certify"]
    if not certify or certify[-1].signature_id is None:
        return None
    sig = s.get(Signature, certify[-1].signature_id)
    if sig is None:
        return None
    return SignatureLine(sig.signer_name, sig.signer_role, sig.signed_at, list(sig.strokes))


def gather_payment(env: ReportEnv, request: ReportRequest) -> PaymentData:
    """The certificate of the application the request names (see ``pick``)."""
    app_id = pick(env, request)
    assert request.project_id is not None
    header = q.project_header(env.store, request.project_id)
    with env.store.read() as s:
        cert = queries.certificate_of(s, app_id)
        claimed = queries.certificate_of(s, app_id, claimed=True)
        lines = queries.pay_app_lines(s, app_id)
        reductions = _reductions(s, app_id)
        signature = _signature(s, app_id)
    return read_row(
        PaymentData,
        cert,
        project=header,
        lines=tuple(cert.lines),
        claimed_due=claimed.summary.payment_due,
        pending_lines=sum(1 for line in lines if line.decision == "pending"),
        reductions=reductions,
        signature=signature,
    )
