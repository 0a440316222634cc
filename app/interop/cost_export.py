"""The cost lists as spreadsheets: ``budget`` (budget lines with their figures),
``budget-transfers``, ``commitments`` (with their figures) and ``pay-applications``.

Columns are ``app/list_columns_cost`` fields; the writers are the list export's, so
cells, number formats, atomic files and the formula guard (text a spreadsheet would run,
``=…``, ``+…``, ``-…``, ``@…``, is written as text: a leading ``'`` in CSV, a text cell
in XLSX) are the same as every other list. ``--status`` narrows each list.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from executrek.app import list_columns_cost as cols
from executrek.app.columns import Field
from executrek.app.export_kinds import COST_LISTS
from executrek.app.i18n import translate
from executrek.app.interop.errors import InteropError
from executrek.app.interop.exchange_result import ExchangeResult
from executrek.app.list_export import Column, Table, check_format, write_tables
from executrek.models.records.cost import queries
from executrek.models.records.cost.figures import budget_figures, commitment_figures
from executrek.models.records.cost.vocab import (
    BudgetStatus,
    CommitmentStatus,
    PayAppStatus,
    TransferStatus,
)
from executrek.models.store import Store

STATUSES: dict[str, tuple[str, ...]] = {
    "budget": tuple(s.value for s in BudgetStatus),
    "budget-transfers": tuple(s.value for s in TransferStatus),
    "commitments": tuple(s.value for s in CommitmentStatus),
    "pay-applications": tuple(s.value for s in PayAppStatus),
}


def export_cost(
    store: Store,
    project_id: str,
    kind: str,
    path: Path,
    fmt: str,
    statuses: Collection[str] = (),
) -> ExchangeResult:
    """Write the cost list ``kind`` of the project (only ``statuses``, when given)."""
    check_format(kind, fmt)
    return write_tables(kind, cost_tables(store, project_id, kind, statuses), path, fmt)


def cost_tables(
    store: Store, project_id: str, kind: str, statuses: Collection[str] = ()
) -> list[Table]:
    wanted = check_statuses(kind, statuses)
    with store.read() as s:
        if kind == "budget":
            figures = budget_figures(s, project_id)
            funding = {
                row.id: row.funding_source for row in queries.list_budget_lines(s, project_id)
            }
            rows = [
                cols.BudgetExportRow(line, funding.get(line.line_id))
                for line in _kept(figures.lines, wanted)
            ]
            return [
                _table(
                    translate("ListExport", "Budget"), cols.budget_export(figures.currency), rows
                )
            ]
        plain: dict[str, tuple[str, Sequence[Field[Any]], Callable[[Any, str], Sequence[Any]]]]
        plain = {
            "budget-transfers": (
                translate("ListExport", "Budget transfers"),
                cols.TRANSFERS,
                queries.list_transfers,
            ),
            "commitments": (
                translate("ListExport", "Commitments"),
                cols.COMMITMENTS,
                commitment_figures,
            ),
            "pay-applications": (
                translate("ListExport", "Pay applications"),
                cols.PAY_APPLICATIONS,
                queries.list_pay_applications,
            ),
        }
        if kind in plain:
            title, fields, read = plain[kind]
            rows = _kept(read(s, project_id), wanted)
            return [_table(title, (*fields, _currency(s, project_id)), rows)]
    raise InteropError(
        translate("ListExport", "“{kind}” is not a cost list; choose one of: {all}.").format(
            kind=kind, all=", ".join(COST_LISTS)
        )
    )


def check_statuses(
    kind: str, statuses: Collection[str], allowed: Sequence[str] | None = None
) -> frozenset[str]:
    """``statuses`` checked against ``allowed`` (by default the cost list's vocabulary):
    an unknown one is refused with one line naming the good ones."""
    if allowed is None:
        allowed = STATUSES.get(kind, ())
    for status in statuses:
        if status not in allowed:
            raise InteropError(
                translate(
                    "Exchange", "“{status}” is not a status of {kind}; use one of: {all}."
                ).format(status=status, kind=kind, all=", ".join(allowed))
            )
    return frozenset(statuses)


R = TypeVar("R")


def _kept(rows: Iterable[R], wanted: frozenset[str]) -> list[R]:
    """The rows in one of the ``wanted`` statuses (all when none is named)."""
    return [row for row in rows if not wanted or str(getattr(row, "status", "")) in wanted]


def _currency(session: Any, project_id: str) -> Field[Any]:
    from executrek.models.project import Project
    from executrek.models.services.common import load

    return cols.currency(load(session, Project, project_id, "Project").currency)


def _table(title: str, fields: Sequence[Field[Any]], rows: Sequence[Any]) -> Table:
    return Table(title, "", tuple(Column.from_field(f) for f in fields), rows)
