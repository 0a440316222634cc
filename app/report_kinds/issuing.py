"""Issue a report: gather its data, number it, prepare its photos, build the PDF, keep
the PDF in the blob store and log it with a snapshot of its inputs; and regenerate an
issued report from that snapshot, byte for byte.

Issued PDFs are built in reportlab's invariant mode (the issued date is printed; no
clock is read), so the snapshot alone reproduces the file and its SHA-256.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from executrek.app import pdf as r
from executrek.app import report_numbers
from executrek.app.i18n import translate
from executrek.app.photos.blobstore import BlobStore
from executrek.app.report_kinds import (
    change_orders,
    cost,
    diary,
    inspection,
    issues,
    payment,
    plans,
    portfolio,
    punch,
    schedule,
    status,
)
from executrek.app.report_kinds.codec import decode, encode
from executrek.app.report_kinds.common import (
    IsCancelled,
    KindSpec,
    PhotoPlacement,
    PhotoSource,
    Progress,
    ReportEnv,
    ReportImages,
    ReportKind,
    ReportRequest,
)
from executrek.models.errors import ValidationError
from executrek.models.services import issued_reports as issued
from executrek.models.services import report_queries as q

SNAPSHOT_VERSION = 1


KINDS: dict[ReportKind, KindSpec] = {
    ReportKind.INSPECTION: inspection.SPEC,
    ReportKind.PUNCH: punch.SPEC,
    ReportKind.CHANGE_ORDERS: change_orders.SPEC,
    ReportKind.ISSUES: issues.SPEC,
    ReportKind.STATUS: status.SPEC,
    ReportKind.PORTFOLIO: portfolio.SPEC,
    ReportKind.DIARY: diary.SPEC,
    ReportKind.SCHEDULE: schedule.SPEC,
    ReportKind.COST: cost.SPEC,
    ReportKind.PAYMENT: payment.SPEC,
}


@dataclass(frozen=True)
class IssuedResult:
    path: Path
    report_number: str
    pages: int
    sha256: str
    size: int
    issued_id: str | None  # None for drafts


def output_path(output: Path, number: str, *, draft: bool) -> Path:
    """Where the PDF goes: ``output`` when it names a PDF file; in the folder
    ``output``, a file named for the report number (``HOSP-EW-STATUS-007.pdf``) and never
    over an earlier file: a name already taken gets " (2)", " (3)"… (a draft's file
    is rewritten, it is no issue)."""
    if output.suffix.lower() == ".pdf" and not output.is_dir():
        return output
    path = output / f"{number}.pdf"
    again = 2
    while not draft and path.exists():
        path = output / f"{number} ({again}).pdf"
        again += 1
    return path


def report_number(env: ReportEnv, request: ReportRequest, code: str | None) -> str:
    """The next number of the kind in the project, in the PMO's pattern
    (``branding.report_number``); a number already in the log (an earlier pattern's, or
    another kind's when the pattern has no ``{kind}``) is passed over."""
    pattern = env.branding.report_number
    tag = request.kind.tag
    if request.draft:
        return report_numbers.render(pattern, code, tag, None)
    seq = issued.issued_count(env.store, request.project_id, request.kind.value) + 1
    number = report_numbers.render(pattern, code, tag, seq)
    while issued.number_taken(env.store, number):
        seq += 1
        number = report_numbers.render(pattern, code, tag, seq)
    if len(number) > report_numbers.MAX_LENGTH:  # refused before the build, not after
        raise ValidationError(
            "report_number",
            "The report number {number} is longer than 40 characters: the report number "
            "pattern in Settings needs to be shorter.",
            number=number,
        )
    return number


def _photo_refs(value: Any) -> Iterator[q.PhotoRef]:
    """Every PhotoRef in the report data, depth first (a stack, not recursion: the
    data of a long report is thousands of dataclasses)."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, q.PhotoRef):
            yield item
        elif isinstance(item, tuple | list):
            stack.extend(reversed(item))
        elif dataclasses.is_dataclass(item) and not isinstance(item, type):
            stack.extend(getattr(item, name) for name in reversed(_field_names(type(item))))


@functools.cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


class _Steps:
    """One progress scale over photo preparation and the PDF build."""

    def __init__(self, photos: int, progress: Progress | None, cancelled: IsCancelled | None):
        self.photos = photos
        self.progress = progress
        self.cancelled = cancelled or (lambda: False)

    def photo(self, done: int) -> None:
        if self.cancelled():
            raise r.ReportCancelled("cancelled")
        if self.progress is not None:
            self.progress(done, self.photos + 100)

    def build(self, done: int, total: int) -> None:
        if self.progress is not None:
            share = int(100 * done / total) if total else 100
            self.progress(self.photos + share, self.photos + 100)


def _prepare_photos(
    data: Any, source: PhotoSource, steps: _Steps, extra: int = 0
) -> Callable[[q.PhotoRef], Path]:
    paths: dict[tuple[str, str], Path] = {}
    refs = list(_photo_refs(data))
    steps.photos = len(refs) + extra  # ``extra``: plan images made after the photos
    for index, ref in enumerate(refs, start=1):
        key = (ref.sha256, ref.markup_json)
        if key not in paths:
            paths[key] = source.path(ref)
        steps.photo(index)

    def lookup(ref: q.PhotoRef) -> Path:
        return paths.get((ref.sha256, ref.markup_json)) or source.path(ref)

    return lookup


def _prepare_images(
    data: Any, env: ReportEnv, page: r.PageSetup, placement: PhotoPlacement, steps: _Steps
) -> ReportImages:
    """The photos (none when the report prints none), then the plan extracts and
    overviews, with one progress scale."""
    found = plans.plans_of(data)
    count = plans.image_count(found)
    printed = data if placement is not PhotoPlacement.NONE else ()
    photo_path = _prepare_photos(printed, PhotoSource(env.paths), steps, extra=count)
    before = steps.photos - count
    images = plans.prepare_images(
        found, photo_path, env.paths, page, lambda done: steps.photo(before + done)
    )
    images.placement = placement
    return images


def _build(
    env: ReportEnv,
    spec: KindSpec,
    data: Any,
    output: Path,
    meta: r.ReportMeta,
    branding: r.Branding,
    page: r.PageSetup,
    placement: PhotoPlacement,
    steps: _Steps,
    is_cancelled: IsCancelled | None,
    money: r.MoneyStyle = r.MoneyStyle.CODE,
) -> r.BuiltReport:
    """Prepare the images, then build the PDF in invariant mode (same inputs, same bytes)."""
    photo_path = _prepare_images(data, env, page, placement, steps)
    return r.build_pdf(
        output,
        meta,
        branding,
        spec.story(data, photo_path),
        translate=translate,
        page=page,
        numbers=r.NumberStyle(money=money),
        invariant=True,
        progress=steps.build,
        is_cancelled=is_cancelled,
    )


CONTENTS_MIN_PAGES = 12  # a table of contents only for reports longer than this


def _page_setup(env: ReportEnv, spec: KindSpec) -> r.PageSetup:
    paper = r.Paper.LETTER if env.branding.page_size.lower() == "letter" else r.Paper.A4
    return r.PageSetup(
        paper=paper,
        landscape=spec.landscape,
        contents=spec.contents,
        cover=env.branding.cover_page,
        contents_min_pages=CONTENTS_MIN_PAGES,
    )


def _money_style(value: object) -> r.MoneyStyle:
    """How money prints (``branding.currency_display``; anything else: with the code)."""
    return r.MoneyStyle.SYMBOL if value == r.MoneyStyle.SYMBOL.value else r.MoneyStyle.CODE


def issue_report(
    env: ReportEnv,
    request: ReportRequest,
    *,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
) -> IssuedResult:
    """Build the report ``request`` asks for into ``request.output`` and (unless it is a
    draft) log it as issued. Raises DomainError for bad input, ReportCancelled."""
    if request.kind.needs_project and request.project_id is None:
        raise ValidationError("project", "The {kind} report needs a project.", kind=request.kind)
    spec = KINDS[request.kind]
    steps = _Steps(0, progress, is_cancelled)
    data = spec.gather(env, request)
    steps.photo(0)
    header = spec.header(data)
    number = report_number(env, request, header.code if header else None)
    start, end = spec.period(data, request)
    meta = r.ReportMeta(
        title=spec.title(data),
        report_number=number,
        project_code=header.code if header else translate("Reports", "Portfolio"),
        project_name=header.name if header else translate("Reports", "All projects"),
        period_start=start,
        period_end=end,
        prepared_by=request.prepared_by,
        issued=request.issued,
        kind=spec.kind_label(),
    )
    owner = header.owner_name if header else getattr(data, "owner_name", "")
    pmo = header.pmo_name if header else getattr(data, "pmo_name", "")
    branding = env.report_branding(owner or translate("Reports", "Portfolio"), pmo)
    page = _page_setup(env, spec)
    money = _money_style(env.branding.currency_display)
    output = output_path(request.output, number, draft=request.draft)
    built = _build(
        env, spec, data, output, meta, branding, page, request.photos, steps, is_cancelled, money
    )
    if request.draft:
        return IssuedResult(built.path, number, built.pages, built.sha256, built.size, None)
    BlobStore(env.paths.blobs).put_file(built.path)
    snapshot = {
        "version": SNAPSHOT_VERSION,
        "kind": request.kind.value,
        "meta": encode(meta),
        "branding": encode(branding),
        "page": {"paper": page.paper.value, "landscape": page.landscape, "cover": page.cover},
        "photos": request.photos.value,
        "money": money.value,
        "data": encode(data),
        "records": spec.records(data) if spec.records else {},
    }
    row = issued.record_issued_report(
        env.store,
        issued.NewIssuedReport(
            project_id=request.project_id,
            kind=request.kind.value,
            report_number=number,
            title=meta.title,
            period_start=start,
            period_end=end,
            sha256=built.sha256,
            pages=built.pages,
            snapshot=snapshot,
        ),
    ).value
    return IssuedResult(built.path, number, built.pages, built.sha256, built.size, row.id)


def regenerate(
    env: ReportEnv,
    report_id: str,
    output: Path,
    *,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
) -> r.BuiltReport:
    """Rebuild an issued report from its snapshot; the bytes equal the issued PDF's as
    long as the photos, fonts and reportlab version are the same."""
    row = issued.issued_report(env.store, report_id)
    snap = row.snapshot
    if snap.get("version") != SNAPSHOT_VERSION:
        raise ValidationError(
            "report", "Report {number} cannot be regenerated.", number=row.report_number
        )
    kind = ReportKind(snap["kind"])
    spec = KINDS[kind]
    data = decode(spec.data_type, snap["data"])
    meta = decode(r.ReportMeta, snap["meta"])
    branding = decode(r.Branding, snap["branding"])
    page = r.PageSetup(
        paper=r.Paper(snap["page"]["paper"]),
        landscape=bool(snap["page"]["landscape"]),
        contents=spec.contents,
        cover=bool(snap["page"].get("cover", False)),
        contents_min_pages=CONTENTS_MIN_PAGES,
    )
    steps = _Steps(0, progress, is_cancelled)
    placement = PhotoPlacement(snap.get("photos", PhotoPlacement.INLINE.value))
    money = _money_style(snap.get("money", ""))
    return _build(
        env, spec, data, output, meta, branding, page, placement, steps, is_cancelled, money
    )


def issued_pdf(env: ReportEnv, report_id: str) -> Path:
    """The issued PDF as kept in the blob store (raises FileNotFoundError if absent)."""
    row = issued.issued_report(env.store, report_id)
    path = BlobStore(env.paths.blobs).path_for(row.sha256)
    if not path.is_file():
        raise FileNotFoundError(f"the PDF of {row.report_number} is not in the blob store")
    return path
