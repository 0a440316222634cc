"""What every report kind shares: the request, the environment it reads from, report
photos, and the printed labels and colours of statuses."""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from executrek.app import reports as r
from executrek.app.i18n import tr
from executrek.app.paths import AppPaths
from executrek.app.photos.blobstore import BlobStore
from executrek.app.photos.derivative_cache import DerivativeCache
from executrek.app.photos.derivatives import DerivativeKind
from executrek.app.photos.markup import MARKUP_VERSION, Markup, MarkupError
from executrek.app.photos.refusal import PhotoRefused
from executrek.app.reports import Branding, Status, Tone
from executrek.app.settings import Branding as BrandingSettings
from executrek.app.settings import Thresholds
from executrek.models.services import report_queries as q
from executrek.models.services.report_queries import PhotoRef
from executrek.models.store import Store


class ReportKind(StrEnum):
    INSPECTION = "inspection"
    PUNCH = "punch"
    CHANGE_ORDERS = "change-orders"
    ISSUES = "issues"
    STATUS = "status"
    PORTFOLIO = "portfolio"

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
}

GROUP_KEYS = ("contractor", "location", "trade", "status")


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


@dataclass(frozen=True)
class ReportRequest:
    kind: ReportKind
    project_id: str | None  # None for the portfolio
    output: Path
    issued: dt.date
    prepared_by: str
    number: int | None = None  # the inspection number for ``inspection``
    filters: Filters = field(default_factory=Filters)
    draft: bool = False  # build only: no report number, nothing recorded


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
        )


def _logo(value: str) -> Path | None:
    if not value:
        return None
    path = Path(value).expanduser()
    return path if path.is_file() else None


Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]


@dataclass(frozen=True)
class KindSpec:
    data_type: type[Any]
    gather: Callable[[ReportEnv, ReportRequest], Any]
    story: Callable[[Any, Callable[[q.PhotoRef], Path]], r.StoryBuilder]
    kind_label: Callable[[], str]
    title: Callable[[Any], str]
    period: Callable[[Any, ReportRequest], tuple[dt.date, dt.date]]
    header: Callable[[Any], q.ProjectHeader | None]
    landscape: bool = False
    contents: bool = True
    records: Callable[[Any], dict[str, Any]] | None = None


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
        "draft": tr("Reports", "Draft"),
        "open": tr("Reports", "Open"),
        "ready_for_review": tr("Reports", "Ready for review"),
        "rejected": tr("Reports", "Rejected"),
        "closed": tr("Reports", "Closed"),
        "void": tr("Reports", "Void"),
        "in_progress": tr("Reports", "In progress"),
        "completed": tr("Reports", "Completed"),
        "pending": tr("Reports", "Pending"),
        "approved": tr("Reports", "Approved"),
        "promoted": tr("Reports", "Promoted"),
        "responded": tr("Reports", "Responded"),
        "mitigating": tr("Reports", "Mitigating"),
        "occurred": tr("Reports", "Occurred"),
        "pass": tr("Reports", "Pass"),
        "fail": tr("Reports", "Fail"),
        "na": tr("Reports", "N/A"),
        "info": tr("Reports", "Noted"),
    }
    return labels.get(value, value.replace("_", " ").capitalize())


_TONES = {
    "draft": Tone.GREY,
    "open": Tone.RED,
    "rejected": Tone.RED,
    "ready_for_review": Tone.AMBER,
    "closed": Tone.GREEN,
    "void": Tone.GREY,
    "in_progress": Tone.AMBER,
    "completed": Tone.GREEN,
    "pending": Tone.AMBER,
    "approved": Tone.GREEN,
    "promoted": Tone.BLUE,
    "responded": Tone.AMBER,
    "mitigating": Tone.AMBER,
    "occurred": Tone.RED,
    "pass": Tone.GREEN,
    "fail": Tone.RED,
    "na": Tone.GREY,
    "info": Tone.BLUE,
}


def status(value: str | None) -> Status | None:
    if value is None:
        return None
    return Status(status_label(value), _TONES.get(value, Tone.GREY))


def label(value: str) -> str:
    """A stored enum value as words: ``unforeseen_condition`` → "Unforeseen condition"."""
    words = {
        "owner_request": tr("Reports", "Owner request"),
        "design_error": tr("Reports", "Design error"),
        "unforeseen_condition": tr("Reports", "Unforeseen condition"),
        "regulatory": tr("Reports", "Regulatory"),
        "value_engineering": tr("Reports", "Value engineering"),
        "contractor_claim": tr("Reports", "Contractor claim"),
        "schedule_acceleration": tr("Reports", "Schedule acceleration"),
        "change_event": tr("Reports", "Change event"),
        "request": tr("Reports", "Change order request"),
        "change_order": tr("Reports", "Change order"),
        "observation": tr("Reports", "Observation"),
        "non_conformance": tr("Reports", "Non-conformance"),
        "rfi": tr("Reports", "RFI"),
        "safety": tr("Reports", "Safety"),
        "quality": tr("Reports", "Quality"),
        "schedule": tr("Reports", "Schedule"),
        "contractor": tr("Reports", "Contractor"),
        "owners_rep": tr("Reports", "Owner's rep"),
        "designer": tr("Reports", "Designer"),
        "owner": tr("Reports", "Owner"),
        "low": tr("Reports", "Low"),
        "medium": tr("Reports", "Medium"),
        "high": tr("Reports", "High"),
        "critical": tr("Reports", "Critical"),
    }
    return words.get(value, value.replace("_", " ").capitalize())


def photo_caption(ref: PhotoRef, fmt_date: Callable[[dt.date], str], prefix: str = "") -> str:
    parts = [prefix] if prefix else []
    if ref.role in ("before", "after"):
        parts.append(tr("Reports", "Before") if ref.role == "before" else tr("Reports", "After"))
    if ref.caption:
        parts.append(ref.caption)
    if ref.captured_at is not None:
        parts.append(fmt_date(ref.captured_at.date()))
    return " · ".join(parts) if parts else ref.filename
