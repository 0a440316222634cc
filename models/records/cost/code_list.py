"""The project's cost codes as a list to choose from: every code, with or without budget
lines (the budget's tree shows only the codes that lead to a line), in tree order —
parents before their children, siblings by code — with its depth. For the screens that
make a budget line or a cost code under one."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from executrek.models.project import CostCode


@dataclass(frozen=True)
class CodeChoice:
    cost_code_id: str
    code: str
    name: str
    depth: int  # 0 for a code at the top of the tree
    parent_id: str | None

    @property
    def label(self) -> str:
        return f"{self.code} · {self.name}"


def code_choices(session: Session, project_id: str) -> list[CodeChoice]:
    """Every live cost code of the project in tree order (a code whose parent is
    missing, or on a loop of parents, is taken as a top-level one)."""
    rows = session.execute(
        select(CostCode.id, CostCode.code, CostCode.name, CostCode.parent_id)
        .where(CostCode.project_id == project_id, CostCode.deleted_at.is_(None))
        .order_by(CostCode.code)
    ).all()
    codes: list[tuple[str, str, str, str | None]] = [
        (row.id, row.code, row.name, row.parent_id) for row in rows
    ]
    known = {entry[0] for entry in codes}
    children: dict[str | None, list[tuple[str, str, str, str | None]]] = {}
    for entry in codes:
        parent = entry[3] if entry[3] in known else None
        children.setdefault(parent, []).append(entry)
    out: list[CodeChoice] = []
    seen: set[str] = set()

    def walk(parent: str | None, depth: int) -> None:
        for cid, code, name, parent_id in children.get(parent, ()):
            if cid not in seen:
                seen.add(cid)
                out.append(CodeChoice(cid, code, name, depth, parent_id))
                walk(cid, depth + 1)

    walk(None, 0)
    for cid, code, name, parent_id in codes:  # codes on a loop of parents
        if cid not in seen:
            seen.add(cid)
            out.append(CodeChoice(cid, code, name, 0, parent_id))
            walk(cid, 1)
    return out
