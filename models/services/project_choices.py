"""The projects a picker offers (id, code, name by code), in plain SQL: the window's
project box fills from this at start-up, before the ORM is loaded, and after."""

from __future__ import annotations

from typing import NamedTuple

from executrek.models.local_read import SqlSource


class ProjectChoice(NamedTuple):
    id: str
    code: str
    name: str


def project_choices(source: SqlSource) -> list[ProjectChoice]:
    with source.sql() as con:
        return [
            ProjectChoice(*row)
            for row in con.execute(
                "SELECT id, code, name FROM projects WHERE deleted_at IS NULL ORDER BY code"
            )
        ]


def start_project(projects: list[ProjectChoice], wanted: str) -> str | None:
    """The project the module screens open on: the one wanted (last shown), else the
    first; None when there are none."""
    ids = [p.id for p in projects]
    return wanted if wanted in ids else (ids[0] if ids else None)
