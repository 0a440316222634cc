"""What the Sync screen's lists show: everything read in one go off the GUI thread
(``read_lists``, run in the db pool) and the words of each row — a record as a person
knows it, both sides of a conflict with who and when, a refused change, a set-aside
record and its reason, a diary day changed after it was closed."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from executrek.app import sync_service
from executrek.app.context import AppContext
from executrek.app.sync_service import (
    ConflictRow,
    DiaryProblem,
    QuarantinedChange,
    SetAsideRow,
    SyncReport,
)

translate = QCoreApplication.translate


@dataclass(frozen=True)
class SyncLists:
    """Everything the lists show, read together."""

    conflicts: list[ConflictRow]
    decided: list[ConflictRow]
    refused: list[QuarantinedChange]
    refused_labels: dict[tuple[str, str], str]
    set_aside: list[SetAsideRow]
    diary: list[DiaryProblem]
    downloads: list[tuple[str, int]]  # (project code, records so far)


def read_lists(ctx: AppContext) -> SyncLists:
    """The lists, for the db pool (each closed diary day is hashed again)."""
    refused = sync_service.list_quarantined(ctx)
    return SyncLists(
        sync_service.conflict_rows(ctx),
        sync_service.decided_rows(ctx),
        refused,
        sync_service.record_labels(ctx, [(q.table_name, q.row_id) for q in refused]),
        sync_service.set_aside_rows(ctx),
        sync_service.diary_problems(ctx),
        sync_service.downloading(ctx),
    )


def field_name(field: str) -> str:
    return field.replace("_", " ")


def who_when(who: str | None, ms: int | None) -> str:
    who_text = who or translate("SyncPage", "unknown")
    at = sync_service.when(ms)
    return f"{who_text}, {at}" if at else who_text


def sides(c: sync_service.ConflictView) -> list[str]:
    """Mine, who and when; theirs, who and when."""
    return [
        sync_service.shown(c.mine),
        who_when(c.mine_by, c.mine_at_ms),
        sync_service.shown(c.theirs),
        who_when(c.theirs_by, c.theirs_at_ms),
    ]


def linked_tip(c: sync_service.ConflictView) -> str:
    """The fields decided together with this one (a change order's dates with its status)."""
    if not c.linked:
        return ""
    parts = [
        translate("SyncPage", "{field}: mine {mine}, theirs {theirs}").format(
            field=field_name(f), mine=sync_service.shown(m), theirs=sync_service.shown(t)
        )
        for f, m, t in c.linked
    ]
    return translate("SyncPage", "Decided together with: {fields}").format(fields="; ".join(parts))


def conflict_cells(r: ConflictRow) -> list[str]:
    return [r.label, field_name(r.view.field), *sides(r.view)]


def decided_cells(r: ConflictRow) -> list[str]:
    kept = (
        translate("SyncPage", "mine") if r.view.current_is_mine else translate("SyncPage", "theirs")
    )
    return [r.label, field_name(r.view.field), kept, *sides(r.view)]


def refused_cells(q: QuarantinedChange, labels: dict[tuple[str, str], str]) -> list[str]:
    return [
        f"#{q.seq} {q.op}",
        labels.get((q.table_name, q.row_id), q.row_id),
        ", ".join(field_name(f) for f in q.fields),
        q.reason,
        q.at.strftime("%Y-%m-%d %H:%M"),
        translate("SyncPage", "sent again") if q.resend else translate("SyncPage", "waits for you"),
    ]


def aside_cells(r: SetAsideRow) -> list[str]:
    return [r.label, r.project, r.record.reason]


def diary_sentence(d: DiaryProblem) -> str:
    """What happened to the day, in a sentence: *Diary day DIA-004 of 2026-11-20 was
    changed after it was closed…*, or it no longer follows the day before it, or it is
    sealed but open again."""
    p = d.problem
    day = p.day.isoformat()
    if p.reason == "content":
        return translate(
            "SyncPage",
            "Diary day {number} of {day} was changed after it was closed: its content no "
            "longer matches what was signed.",
        ).format(number=p.number, day=day)
    if p.reason == "link":
        before = p.previous_number or translate("SyncPage", "the day before it")
        return translate(
            "SyncPage",
            "Diary day {number} of {day} no longer follows {before}: {before} was changed "
            "or removed after {number} was closed.",
        ).format(number=p.number, day=day, before=before)
    return translate(
        "SyncPage", "Diary day {number} of {day} is sealed but no longer closed."
    ).format(number=p.number, day=day)


def diary_cells(d: DiaryProblem) -> list[str]:
    return [d.project, d.problem.number, d.problem.day.isoformat(), diary_sentence(d)]


def downloads_text(downloads: list[tuple[str, int]]) -> str:
    return " ".join(
        translate(
            "SyncPage",
            "Downloading {project}: {n} records so far; the next sync continues where it stopped.",
        ).format(project=code, n=f"{n:,}")
        for code, n in downloads
    )


def report_text(report: SyncReport) -> str:
    return translate(
        "SyncPage",
        "Last sync: sent {pushed}, received {pulled}, photos sent {sent} and received "
        "{received}, conflicts to decide {conflicts}, decided automatically {decided}, "
        "set aside {aside}, errors {errors}, waiting to be sent {pending}.",
    ).format(
        pushed=report.pushed,
        pulled=report.pulled,
        sent=report.photos_sent,
        received=report.photos_received,
        conflicts=report.open_conflicts,
        decided=report.decided,
        aside=report.set_aside,
        errors=len(report.errors) + len(report.quarantined),
        pending=report.pending,
    )
