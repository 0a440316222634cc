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
