"""Column mappings remembered per header signature, so the next file with the same
columns imports without questions. Kept in ``import_mappings.json`` in the data folder,
written atomically; an unreadable file or entry is ignored, never fatal."""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from executrek.app import atomic
from executrek.app.interop.column_mapping import (
    ColumnMapping,
    header_signature,
    mapping_from_json,
    mapping_to_json,
)
from executrek.app.interop.errors import InteropError

FILE_NAME = "import_mappings.json"
log = logging.getLogger("executrek.app.import")


class MappingMemory:
    def __init__(self, path: Path) -> None:
        self.path = path

    @classmethod
    def in_folder(cls, data: Path) -> MappingMemory:
        return cls(data / FILE_NAME)

    def _load(self) -> dict[str, Any]:
        try:
            document = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            log.warning("ignoring unreadable %s: %s", self.path, exc)
            return {}
        return document if isinstance(document, dict) else {}

    def recall(self, headers: Sequence[str]) -> ColumnMapping | None:
        entry = self._load().get(header_signature(headers))
        if entry is None:
            return None
        try:
            return mapping_from_json(json.dumps(entry), headers)
        except InteropError as exc:
            log.warning("ignoring a saved column mapping: %s", exc.message)
            return None

    def remember(self, mapping: ColumnMapping) -> None:
        document = self._load()
        document[mapping.signature] = json.loads(mapping_to_json(mapping))
        atomic.write_text(
            self.path, json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True)
        )
