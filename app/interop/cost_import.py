"""Import a budget or a schedule of values from a spreadsheet into a project: read and
check the whole file (``cost_sheets``), then load it in one transaction (the cost room's
``load_budget`` / ``load_sov``). A file with any bad row loads nothing and says what is
wrong with each (first 50).

A budget may start from a standard cost-code list (``csi``: the MasterFormat divisions and
the PMO's soft-cost codes; ``uniclass``: a Uniclass 2015 table file): its codes that the
project lacks are added in the same transaction, and the file's codes are placed under
them (``03 30 00`` under ``03``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from executrek.app.i18n import translate
from executrek.app.interop.cost_codes import csi_codes, read_uniclass
from executrek.app.interop.cost_money import DecimalMark
from executrek.app.interop.cost_sheets import MAX_PROBLEMS, SheetResult, read_budget, read_sov
from executrek.app.interop.errors import InteropError
from executrek.app.record_refs import resolve
from executrek.models.changes import Changes
from executrek.models.project import CostCode, Project
from executrek.models.records.cost import budget, commitments
from executrek.models.records.cost.rows import CodeRow, LoadResult
from executrek.models.services.common import load
from executrek.models.store import Store


@dataclass(frozen=True)
class CostImport:
    """What an import did (``loaded``), or why it did nothing (``rejected``: one line per
    bad row, the first 50; ``rejected_count`` of them in all)."""

    kind: str  # "budget" | "sov"
    file: Path
    loaded: LoadResult | None = None
    target: str = ""  # the commitment's number for a schedule of values
    rejected: tuple[str, ...] = ()
    rejected_count: int = 0
    warnings: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    changes: Changes | None = None

    @property
    def ok(self) -> bool:
        return self.loaded is not None

    def summary(self) -> str:
        if self.loaded is None:
            return translate(
                "Interop", "{name}: nothing was imported; {count} row(s) have problems."
            ).format(name=self.file.name, count=self.rejected_count)
        done = self.loaded
        lines = {"name": self.file.name, "added": done.lines_added, "updated": done.lines_updated}
        if self.kind == "sov":
            return translate(
                "Interop",
                "{name}: {added} line(s) added to the schedule of values of {number}, "
                "{updated} updated.",
            ).format(**lines, number=self.target)
        return translate(
            "Interop",
            "{name}: {added} budget line(s) added, {updated} updated; {codes} cost code(s) "
            "added, {kept} kept.",
        ).format(**lines, codes=done.codes_added, kept=done.codes_kept)


def standard_codes(standard: str, file: Path | None = None) -> list[CodeRow]:
    """The codes of a standard list: ``csi`` (built in) or ``uniclass`` (from ``file``,
    a table or the folder of the tables)."""
    if standard == "csi":
        if file is not None:
            raise InteropError(
                translate("Interop", "The CSI divisions are built in; give no file with csi.")
            )
        return csi_codes()
    if standard == "uniclass":
        if file is None:
            raise InteropError(
                translate(
                    "Interop",
                    "Name the Uniclass 2015 table to use, for example Uniclass2015_EF.csv.",
                )
            )
        return read_uniclass(file)
    raise InteropError(
        translate(
            "Interop", "“{name}” is not a known cost-code standard; use csi or uniclass."
        ).format(name=standard)
    )


def import_budget(
    store: Store,
    project_id: str,
    path: Path,
    *,
    standard: Sequence[CodeRow] = (),
    decimal: DecimalMark | None = None,
    sheet: str | None = None,
) -> CostImport:
    """Load the budget in ``path`` (with the ``standard`` codes the project lacks)."""
    currency, existing = _project_codes(store, project_id)
    have = {row.code for row in existing}
    fresh = [row for row in standard if row.code not in have]
    sheet_read = read_budget(
        path, currency=currency, decimal=decimal, sheet=sheet, known=[*existing, *fresh]
    )
    if not sheet_read.ok:
        return _refused("budget", path, sheet_read)
    from_file = {row.code for row in sheet_read.codes}
    codes = [row for row in fresh if row.code not in from_file] + list(sheet_read.codes)
    done = budget.load_budget(store, project_id, codes, sheet_read.lines)
    return CostImport(
        "budget",
        path,
        loaded=done.value,
        warnings=sheet_read.warnings,
        notes=sheet_read.notes,
        changes=done.changes,
    )


def import_sov(
    store: Store,
    project_id: str,
    commitment: str,
    path: Path,
    *,
    decimal: DecimalMark | None = None,
    sheet: str | None = None,
) -> CostImport:
    """Load the schedule of values in ``path`` into the draft commitment numbered
    ``commitment`` (``SC-001``, ``PO-002``)."""
    ref = resolve(store, project_id, commitment)
    if ref.record_type != "commitment":
        raise InteropError(
            translate(
                "Interop", "{number} is not a contract or purchase order; give one like SC-001."
            ).format(number=commitment.strip().upper())
        )
    currency, existing = _project_codes(store, project_id)
    sheet_read = read_sov(path, currency=currency, decimal=decimal, sheet=sheet)
    known = {row.code for row in existing}
    unknown = [
        translate(
            "Interop", "Row {row}, Cost code: there is no cost code {code} in this project"
        ).format(row=row.row, code=row.cost_code)
        for row in sheet_read.rows
        if row.cost_code is not None and row.cost_code not in known
    ]
    number = commitment.strip().upper()
    if not sheet_read.ok or unknown:
        problems = [*sheet_read.problems, *unknown]
        return CostImport(
            "sov",
            path,
            target=number,
            rejected=tuple(problems[:MAX_PROBLEMS]),
            rejected_count=sheet_read.problem_count + len(unknown),
            warnings=sheet_read.warnings,
            notes=sheet_read.notes,
        )
    done = commitments.load_sov(store, ref.record_id, sheet_read.rows)
    return CostImport(
        "sov",
        path,
        loaded=done.value,
        target=number,
        warnings=sheet_read.warnings,
        notes=sheet_read.notes,
        changes=done.changes,
    )


def _refused(kind: str, path: Path, found: SheetResult) -> CostImport:
    return CostImport(
        kind,
        path,
        rejected=found.problems,
        rejected_count=found.problem_count,
        warnings=found.warnings,
        notes=found.notes,
    )


def _project_codes(store: Store, project_id: str) -> tuple[str, list[CodeRow]]:
    """The project's currency and its cost codes (with their parents' codes)."""
    with store.read() as s:
        project = load(s, Project, project_id, "Project")
        rows = list(
            s.scalars(
                select(CostCode).where(
                    CostCode.project_id == project_id, CostCode.deleted_at.is_(None)
                )
            )
        )
        by_id = {cc.id: cc.code for cc in rows}
        codes = [
            CodeRow(cc.code, cc.name, by_id.get(cc.parent_id) if cc.parent_id else None)
            for cc in rows
        ]
        return project.currency, codes
