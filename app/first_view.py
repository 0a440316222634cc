"""The first screen before the store is fully open.

Opening the store means importing SQLAlchemy and mapping the models (most of a start-up
second on a laptop). When the file needs no migration, start-up reads the screen the
user left (portfolio or dashboard) with plain sqlite3 through the same read services —
on a worker, while the window is being built — shows it, and only then opens the store
behind it. Anything unusual (no file, an old or newer schema, a damaged file) gives
None: the full open deals with it and says what is wrong."""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from executrek.models.errors import DomainError
from executrek.models.local_read import LocalFile
from executrek.models.services import dashboard, health
from executrek.models.services.dashboard import Dashboard
from executrek.models.services.health import ProjectHealth
from executrek.models.services.project_choices import (
    ProjectChoice,
    project_choices,
    start_project,
)

log = logging.getLogger("executrek.app")


@dataclass
class FirstView:
    source: LocalFile
    projects: list[ProjectChoice]
    dashboard: Dashboard | None = None  # read ahead when the start screen is the dashboard
    portfolio: list[ProjectHealth] | None = None  # … or the portfolio

    def take_dashboard(self, project_id: str) -> Dashboard | None:
        """The read-ahead dashboard if it is this project's (handed out once)."""
        ready, self.dashboard = self.dashboard, None
        return ready if ready is not None and ready.health.project_id == project_id else None

    def take_portfolio(self) -> list[ProjectHealth] | None:
        ready, self.portfolio = self.portfolio, None
        return ready


def read_first_view(
    data_dir: Path, last_page: str = "", last_project: str = ""
) -> FirstView | None:
    source = LocalFile.at_head(data_dir)
    if source is None:
        return None
    try:
        view = FirstView(source, project_choices(source))
        if last_page == "dashboard":
            project_id = start_project(view.projects, last_project)
            if project_id is not None:
                view.dashboard = dashboard.dashboard(source, project_id)
        elif last_page in ("", "portfolio"):
            view.portfolio = health.portfolio(source)
    except (sqlite3.Error, DomainError) as exc:
        log.info("first view skipped: %s", exc)
        return None
    except Exception:  # only a head start: the full open still runs and reports
        log.exception("first view failed; the store opens the usual way")
        return None
    return view
