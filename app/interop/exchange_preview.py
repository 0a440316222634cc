"""What the Import / export screen shows before anything is imported: a grid of the
file's rows (or topics, or spaces) with one message per row that would be refused."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from executrek.app.i18n import translate
from executrek.app.interop.bcf import read_bcf
from executrek.app.interop.cobie import read_cobie
from executrek.app.interop.punch_exchange import PunchPlan
from executrek.app.interop.table_model import cell_text

PREVIEW_ROWS = 500


@dataclass(frozen=True)
class PreviewGrid:
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    messages: tuple[str, ...]  # per row: "" when the row imports, else why not
    summary: str
    warnings: tuple[str, ...] = ()
    total: int = 0
    refused: int = 0


def punch_grid(plan: PunchPlan, limit: int = PREVIEW_ROWS) -> PreviewGrid:
    shown = plan.table.rows[:limit]
    return PreviewGrid(
        headers=plan.table.headers,
        rows=tuple(tuple(cell_text(cell) for cell in row.cells) for row in shown),
        messages=tuple(plan.problems.get(row.row_number, "") for row in shown),
        summary=translate(
            "Exchange",
            "{layout} layout, {total} row(s): {good} ready to import, {bad} refused.",
        ).format(
            layout=plan.mapping.layout.value,
            total=len(plan.table.rows),
            good=len(plan.rows),
            bad=plan.refused,
        ),
        warnings=plan.table.warnings,
        total=len(plan.table.rows),
        refused=plan.refused,
    )


def bcf_grid(path: Path, limit: int = PREVIEW_ROWS) -> PreviewGrid:
    archive = read_bcf(path)
    rows: list[tuple[str, ...]] = []
    messages: list[str] = []
    seen: set[str] = set()
    for topic in archive.topics:
        message = ""
        if not topic.title.strip():
            message = translate("Exchange", "it has no title")
        elif len(topic.title.strip()) > 300:
            message = translate("Exchange", "the title is longer than 300 characters")
        elif topic.guid in seen:
            message = translate("Exchange", "its GUID appears twice")
        seen.add(topic.guid)
        messages.append(message)
        rows.append(
            (
                topic.title,
                topic.topic_type or "",
                topic.topic_status or "",
                topic.priority or "",
                topic.due_date.date().isoformat() if topic.due_date else "",
                ", ".join(topic.labels),
                str(len(topic.comments)),
                str(sum(1 for vp in topic.viewpoints if vp.snapshot is not None)),
            )
        )
    refused = sum(1 for m in messages if m)
    return PreviewGrid(
        headers=(
            translate("Exchange", "Title"),
            translate("Exchange", "Type"),
            translate("Exchange", "Status"),
            translate("Exchange", "Priority"),
            translate("Exchange", "Due"),
            translate("Exchange", "Labels"),
            translate("Exchange", "Comments"),
            translate("Exchange", "Snapshots"),
        ),
        rows=tuple(rows[:limit]),
        messages=tuple(messages[:limit]),
        summary=translate("Exchange", "BCF {version}: {total} topic(s), {bad} refused.").format(
            version=archive.version, total=len(rows), bad=refused
        ),
        warnings=archive.warnings,
        total=len(rows),
        refused=refused,
    )


def cobie_grid(path: Path, limit: int = PREVIEW_ROWS) -> PreviewGrid:
    book = read_cobie(path)
    rows = [
        (floor.name, space.name, space.description or "", space.category or "")
        for floor in book.floors
        for space in floor.spaces
    ]
    return PreviewGrid(
        headers=(
            translate("Exchange", "Floor"),
            translate("Exchange", "Space"),
            translate("Exchange", "Description"),
            translate("Exchange", "Category"),
        ),
        rows=tuple(rows[:limit]),
        messages=("",) * min(len(rows), limit),
        summary=translate(
            "Exchange",
            "{facility}: {floors} floor(s), {spaces} space(s), {components} component(s).",
        ).format(
            facility=book.facility.name,
            floors=len(book.floors),
            spaces=len(book.spaces),
            components=len(book.components),
        ),
        warnings=book.warnings,
        total=len(rows),
    )
