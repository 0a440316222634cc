"""Typed settings with defaults and a schema version, stored as JSON in the data folder.

Secrets never land here: the central database password lives in the OS keyring.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import logging
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from executrek.app import atomic

SCHEMA_VERSION = 1
log = logging.getLogger("executrek.settings")


@dataclass
class Identity:
    username: str = ""
    display_name: str = ""
    email: str = ""
    title: str = "Owner's Representative"


@dataclass
class Branding:
    pmo_name: str = "Executrek PMO"
    pmo_logo: str = ""
    owner_logo: str = ""
    primary_colour: str = "#1F3A5F"
    accent_colour: str = "#E07A1F"
    page_size: str = "A4"  # or "Letter"
    cover_page: bool = False  # reports open with a separate cover page
    report_footer: str = ""  # printed in every report's footer (empty: none)
    currency_display: str = "code"  # money as "USD 1,234.50" (code) or "$1,234.50" (symbol)
    # A report's number: {project} code, {kind} tag, {seq} (or {seq:N}: N digits at least)
    report_number: str = "{project}-{kind}-{seq:3}"


@dataclass
class Central:
    url: str = ""  # never contains the password
    user: str = ""
    ca_file: str = ""
    auto_sync: bool = True


@dataclass
class Thresholds:
    """Red/amber/green limits for the portfolio health measures, and the PMO's limits of
    the cost checks."""

    budget_change_amber_pct: float = 3.0
    budget_change_red_pct: float = 7.5
    schedule_slip_amber_days: int = 7
    schedule_slip_red_days: int = 30
    # Completion float (working days) below this rates the schedule amber; negative float
    # (the programme itself cannot meet the date) rates it red.
    schedule_float_amber_days: int = 10
    overdue_punch_amber: int = 5
    overdue_punch_red: int = 20
    pass_rate_amber_pct: float = 85.0
    pass_rate_red_pct: float = 70.0
    # Cost checks: a pay application line is an over-claim when its claimed % complete is
    # more than this many points above the schedule's (``evidence.evidence_of``); a change
    # order's unit price is flagged when it deviates from the contract rate (or the other
    # projects' median) by more than this % either way (``rates.rate_check``).
    over_claim_pct: float = 10.0
    rate_tolerance_pct: float = 15.0


@dataclass
class Backups:
    """The copies ``db restore`` takes of the database it replaces: the newest
    ``keep_before_restore`` are kept, and none younger than ``keep_days`` is deleted."""

    keep_before_restore: int = 20
    keep_days: int = 30


@dataclass
class Settings:
    schema_version: int = SCHEMA_VERSION
    identity: Identity = field(default_factory=Identity)
    branding: Branding = field(default_factory=Branding)
    central: Central = field(default_factory=Central)
    thresholds: Thresholds = field(default_factory=Thresholds)
    backups: Backups = field(default_factory=Backups)
    language: str = "system"
    theme: str = "system"  # system, light, dark
    last_project: str = ""
    last_page: str = ""  # the screen shown at the last close; start-up returns to it
    demo_offered: bool = False


def _fill(cls: Any, data: Any) -> Any:
    """Build dataclass ``cls`` from ``data`` keeping defaults for missing or mistyped keys."""
    obj = cls()
    if not isinstance(data, dict):
        return obj
    for f in fields(cls):
        if f.name not in data:
            continue
        current = getattr(obj, f.name)
        value = data[f.name]
        if dataclasses.is_dataclass(current):
            setattr(obj, f.name, _fill(type(current), value))
        elif isinstance(current, bool):
            if isinstance(value, bool):
                setattr(obj, f.name, value)
        elif (
            isinstance(current, int | float)
            and isinstance(value, int | float)
            and not isinstance(value, bool)
        ):
            setattr(obj, f.name, type(current)(value))
        elif isinstance(current, str) and isinstance(value, str):
            setattr(obj, f.name, value)
        else:
            log.warning("settings: ignoring %s=%r (wrong type)", f.name, value)
    return obj


def load(path: Path) -> Settings:
    """Settings from ``path``; a missing, unreadable or damaged file gives the defaults
    (the damaged file is kept beside as ``.bad`` so nothing is lost)."""
    if not path.exists():
        return Settings()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        log.warning("settings file %s unreadable (%s); using defaults", path, exc)
        with contextlib.suppress(OSError):
            path.replace(path.with_suffix(".json.bad"))
        return Settings()
    settings: Settings = _fill(Settings, data)
    settings.schema_version = SCHEMA_VERSION
    return settings


def save(settings: Settings, path: Path) -> None:
    atomic.write_text(path, json.dumps(dataclasses.asdict(settings), indent=2, sort_keys=True))
