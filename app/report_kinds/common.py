"""What every report kind shares: the request, the environment it reads from, report
photos, and the printed labels and colours of statuses."""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from reportlab.platypus import Flowable

from executrek.app import pdf as r
from executrek.app import status_colours
from executrek.app.i18n import translate
from executrek.app.paths import AppPaths
from executrek.app.pdf import Branding, Status, Tone
from executrek.app.photos.blobstore import BlobStore
from executrek.app.photos.derivative_cache import DerivativeCache
from executrek.app.photos.derivatives import DerivativeKind
from executrek.app.photos.markup import MARKUP_VERSION, Markup, MarkupError
from executrek.app.photos.refusal import PhotoRefused
from executrek.app.settings import Branding as BrandingSettings
from executrek.app.settings import Thresholds
from executrek.models.records.drawing.plan_queries import PlanPin, PlanSheet
from executrek.models.services import report_queries as q
from executrek.models.services.report_queries import PhotoRef
from executrek.models.store import Store

D = TypeVar("D")


class ReportKind(StrEnum):
    INSPECTION = "inspection"
    PUNCH = "punch"
    CHANGE_ORDERS = "change-orders"
    ISSUES = "issues"
    STATUS = "status"
    PORTFOLIO = "portfolio"
    DIARY = "diary"
    SCHEDULE = "schedule"
    COST = "cost"
    PAYMENT = "payment"

    @property
    def tag(self) -> str:
        """The kind's part of a report number (HOSP-EW-STATUS-007)."""
        return _TAGS[self]

    @property
    def needs_project(self) -> bool:
        return self is not ReportKind.PORTFOLIO


_TAGS = {
    ReportKind.INSPECTION: "INSP",
    ReportKind.PUNCH: "PUNCH",
    ReportKind.CHANGE_ORDERS: "COLOG",
    ReportKind.ISSUES: "ISSUES",
    ReportKind.STATUS: "STATUS",
    ReportKind.PORTFOLIO: "PORTFOLIO",
    ReportKind.DIARY: "DIARY",
    ReportKind.SCHEDULE: "SCHED",
    ReportKind.COST: "COST",
    ReportKind.PAYMENT: "PAYCERT",
}

GROUP_KEYS = ("contractor", "location", "trade", "status")


class PhotoPlacement(StrEnum):
    """Where a report prints the photos of its records (``--photos``)."""

    INLINE = "inline"  # beside or under their record, captioned with its number
    APPENDIX = "appendix"  # at the end, the record saying "see page N"
    NONE = "none"  # not printed


@dataclass(frozen=True)
class Filters:
    """Narrowing of a list report; names are matched case-insensitively."""

    contractor: str | None = None
    trade: str | None = None
    location: str | None = None
    statuses: tuple[str, ...] = ()
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    group_by: tuple[str, ...] = ("contractor", "location")

    def admits(
        self, status: str, contractor: str | None, created: dt.date, location: str | None = None
    ) -> bool:
        """Whether one entry of a log report (change orders, issues) passes: its status, its
        contractor (whole name), its creation day and, for entries that have a location
        (pass ``""`` for none; ``None`` means the kind has no locations), a part of it."""
        if self.statuses and status not in self.statuses:
            return False
        if self.contractor and (contractor or "").lower() != self.contractor.lower():
            return False
        if self.location and location is not None and self.location.lower() not in location.lower():
            return False
        if self.date_from and created < self.date_from:
            return False
        return not (self.date_to and created > self.date_to)

    def described(self, everything: str, *, location: bool) -> str:
        """The selection line of a log report: contractor, location (when the kind has
        locations) and statuses, or ``everything`` when nothing narrows it."""
        parts = []
        if self.contractor:
            parts.append(translate("Reports", "Contractor: {name}").format(name=self.contractor))
        if location and self.location:
            parts.append(translate("Reports", "Location: {name}").format(name=self.location))
        if self.statuses:
            names = ", ".join(status_label(s) for s in self.statuses)
            parts.append(translate("Reports", "Status: {names}").format(names=names))
        return "; ".join(parts) if parts else everything


@dataclass(frozen=True)
class ReportRequest:
    kind: ReportKind
    project_id: str | None  # None for the portfolio
    output: Path
    issued: dt.date
    prepared_by: str
    # the inspection number; the update SU-N for ``schedule``; PA-N for ``payment``
    number: int | None = None
    filters: Filters = field(default_factory=Filters)
    draft: bool = False  # build only: no report number, nothing recorded
    plans: bool = False  # punch and issue reports: plan extracts and sheet overviews
    photos: PhotoPlacement = PhotoPlacement.INLINE
    commentary: str = ""  # the status report: the rep's own words on page 1


@dataclass(frozen=True)
class ReportEnv:
    """Where reports read from: the store, the photo folders and the branding."""

    store: Store
    paths: AppPaths
    branding: BrandingSettings
    thresholds: Thresholds = field(default_factory=Thresholds)

    def report_branding(self, owner_name: str, pmo_name: str) -> Branding:
        b = self.branding
        return Branding(
            owner_name=owner_name,
            pmo_name=b.pmo_name or pmo_name,
            owner_logo=_logo(b.owner_logo),
            pmo_logo=_logo(b.pmo_logo),
            primary_colour=b.primary_colour,
            accent_colour=b.accent_colour,
            footer=b.report_footer.strip(),
        )


def _logo(value: str) -> Path | None:
    if not value:
        return None
    path = Path(value).expanduser()
    return path if path.is_file() else None


Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]


class ReportImages:
    """The picture files a story prints, prepared before the build: call it with a
    photo for the photo's report derivative; ``extract`` and ``overview`` give the plan
    images (None when the report has none for that pin or sheet)."""

    def __init__(
        self,
        photo_path: Callable[[PhotoRef], Path],
        extracts: dict[tuple[str, str], Path] | None = None,
        overviews: dict[str, Path] | None = None,
        placement: PhotoPlacement = PhotoPlacement.INLINE,
    ) -> None:
        self._photo_path = photo_path
        self._extracts = extracts or {}
        self._overviews = overviews or {}
        self.placement = placement  # where the story prints the records' photos

    def __call__(self, ref: PhotoRef) -> Path:
        return self._photo_path(ref)

    def extract(self, pin: PlanPin) -> Path | None:
        return self._extracts.get((pin.revision_id, pin.item_id))

    def overview(self, sheet: PlanSheet) -> Path | None:
        return self._overviews.get(sheet.revision_id)


def own_period(data: Any, request: ReportRequest) -> tuple[dt.date, dt.date]:
    """The period a report's data says it covers (its ``period_start`` to ``period_end``)."""
    return (data.period_start, data.period_end)


def project_of(data: Any) -> q.ProjectHeader | None:
    """The project a report's data is of, whose header the pages carry."""
    project: q.ProjectHeader | None = data.project
    return project


def sections(data: D, *parts: Callable[[r.ReportContext, D], Sequence[Flowable]]) -> r.StoryBuilder:
    """A report's story that is its sections in order, each drawn from ``data``."""

    def build(ctx: r.ReportContext) -> list[Flowable]:
        return [flowable for part in parts for flowable in part(ctx, data)]

    return build


@dataclass(frozen=True)
class KindSpec:
    data_type: type[Any]
    gather: Callable[[ReportEnv, ReportRequest], Any]
    story: Callable[[Any, ReportImages], r.StoryBuilder]
    kind_label: Callable[[], str]
    title: Callable[[Any], str]
    period: Callable[[Any, ReportRequest], tuple[dt.date, dt.date]] = own_period
    header: Callable[[Any], q.ProjectHeader | None] = project_of
    landscape: bool = False
    contents: bool = True
    records: Callable[[Any], dict[str, Any]] | None = None


def log_period(data: Any, request: ReportRequest) -> tuple[dt.date, dt.date]:
    """The period of a list report (punch, change orders, issues): its filter's dates,
    else from the project's baseline start (or the issue date) to the issue date."""
    end = request.filters.date_to or request.issued
    start = request.filters.date_from or data.project.baseline_start or end
    return (min(start, end), end)


class PhotoSource:
    """Report-sized, upright, metadata-free JPEGs of stored photos (markup drawn in).

    Made on first use into the derivative cache; a photo whose original is missing or
    unreadable resolves to a path that does not exist, which the photo grid prints as a
    visible "Photo not available" frame.
    """

    def __init__(self, paths: AppPaths) -> None:
        self.cache = DerivativeCache(paths.derivatives, BlobStore(paths.blobs))
        self._lock = threading.Lock()

    @staticmethod
    def markup_of(ref: PhotoRef) -> Markup | None:
        if not ref.markup_json:
            return None
        try:
            shapes = json.loads(ref.markup_json)
            data = (
                shapes
                if isinstance(shapes, dict)
                else {"version": MARKUP_VERSION, "shapes": shapes}
            )
            markup = Markup.from_dict(data)
        except (MarkupError, ValueError):
            return None
        return None if markup.is_empty else markup

    def path(self, ref: PhotoRef) -> Path:
        markup = self.markup_of(ref)
        try:
            return self.cache.get_or_make(ref.sha256, DerivativeKind.REPORT, markup)
        except (FileNotFoundError, PhotoRefused, OSError):
            return self.cache.path_for(ref.sha256, DerivativeKind.REPORT, markup)


# --- printed labels -------------------------------------------------------------------


def status_label(value: str) -> str:
    labels = {
        "draft": translate("Reports", "Draft"),
        "open": translate("Reports", "Open"),
        "ready_for_review": translate("Reports", "Ready for review"),
        "rejected": translate("Reports", "Rejected"),
        "closed": translate("Reports", "Closed"),
        "void": translate("Reports", "Void"),
        "in_progress": translate("Reports", "In progress"),
        "completed": translate("Reports", "Completed"),
        "pending": translate("Reports", "Pending"),
        "approved": translate("Reports", "Approved"),
        "promoted": translate("Reports", "Promoted"),
        "responded": translate("Reports", "Responded"),
        "mitigating": translate("Reports", "Mitigating"),
        "occurred": translate("Reports", "Occurred"),
        "pass": translate("Reports", "Pass"),
        "fail": translate("Reports", "Fail"),
        "na": translate("Reports", "N/A"),
        "info": translate("Reports", "Noted"),
        "executed": translate("Reports", "Executed"),
        "under_review": translate("Reports", "Under review"),
        "certified": translate("Reports", "Certified"),
        "reduced": translate("Reports", "Reduced"),
    }
    return labels.get(value, value.replace("_", " ").capitalize())


def status(value: str | None) -> Status | None:
    if value is None:
        return None
    return Status(status_label(value), Tone(status_colours.status_fill(value)))


def pill(value: str) -> Status:
    """The printed status of a record that always has one (a pill's label and colour)."""
    return Status(status_label(value), Tone(status_colours.status_fill(value)))


def label(value: str) -> str:
    """A stored enum value as words: ``unforeseen_condition`` → "Unforeseen condition"."""
    words = {
        "owner_request": translate("Reports", "Owner request"),
        "design_error": translate("Reports", "Design error"),
        "unforeseen_condition": translate("Reports", "Unforeseen condition"),
        "regulatory": translate("Reports", "Regulatory"),
        "value_engineering": translate("Reports", "Value engineering"),
        "contractor_claim": translate("Reports", "Contractor claim"),
        "schedule_acceleration": translate("Reports", "Schedule acceleration"),
        "change_event": translate("Reports", "Change event"),
        "request": translate("Reports", "Change order request"),
        "change_order": translate("Reports", "Change order"),
        "observation": translate("Reports", "Observation"),
        "non_conformance": translate("Reports", "Non-conformance"),
        "rfi": translate("Reports", "RFI"),
        "safety": translate("Reports", "Safety"),
        "quality": translate("Reports", "Quality"),
        "schedule": translate("Reports", "Schedule"),
        "contractor": translate("Reports", "Contractor"),
        "owners_rep": translate("Reports", "Owner's rep"),
        "designer": translate("Reports", "Designer"),
        "owner": translate("Reports", "Owner"),
        "low": translate("Reports", "Low"),
        "medium": translate("Reports", "Medium"),
        "high": translate("Reports", "High"),
        "critical": translate("Reports", "Critical"),
    }
    return words.get(value, value.replace("_", " ").capitalize())


def photo_caption(ref: PhotoRef, fmt_date: Callable[[dt.date], str], prefix: str = "") -> str:
    parts = [prefix] if prefix else []
    if ref.role in ("before", "after"):
        parts.append(
            translate("Reports", "Before")
            if ref.role == "before"
            else translate("Reports", "After")
        )
    if ref.caption:
        parts.append(ref.caption)
    if ref.captured_at is not None:
        parts.append(fmt_date(ref.captured_at.date()))
    return " · ".join(parts) if parts else ref.filename
