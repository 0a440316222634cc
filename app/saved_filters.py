"""Named punch-list filters and the column layout, kept in ``saved_filters.json`` in the
data folder. Plain JSON values; the screens turn them into their filter objects."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from executrek.app import atomic

log = logging.getLogger("executrek.app.saved_filters")


@dataclass
class SavedFilters:
    path: Path
    filters: dict[str, dict[str, Any]] = field(default_factory=dict)
    hidden_columns: dict[str, list[str]] = field(default_factory=dict)  # per table

    @classmethod
    def load(cls, path: Path) -> SavedFilters:
        out = cls(path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return out
        except (OSError, ValueError) as exc:
            log.warning("saved filters %s unreadable (%s); starting empty", path, exc)
            return out
        if isinstance(data, dict):
            filters = data.get("filters")
            if isinstance(filters, dict):
                out.filters = {str(k): v for k, v in filters.items() if isinstance(v, dict)}
            hidden = data.get("hidden_columns")
            if isinstance(hidden, dict):
                out.hidden_columns = {
                    str(k): [str(c) for c in v] for k, v in hidden.items() if isinstance(v, list)
                }
        return out

    def save(self) -> None:
        payload = {"filters": self.filters, "hidden_columns": self.hidden_columns}
        atomic.write_text(self.path, json.dumps(payload, indent=2, sort_keys=True))

    def put(self, name: str, values: dict[str, Any]) -> None:
        self.filters[name] = values
        self.save()

    def remove(self, name: str) -> None:
        if self.filters.pop(name, None) is not None:
            self.save()

    def names(self) -> list[str]:
        return sorted(self.filters, key=str.casefold)
