"""Exports are written completely or not at all; I/O failures become InteropError."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from executrek.app import atomic
from executrek.app.i18n import translate
from executrek.app.interop.errors import InteropError


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; it replaces ``path`` only if the block succeeds."""
    try:
        with atomic.atomic_path(path) as temporary:
            yield temporary
    except OSError as exc:
        raise InteropError(
            translate("Interop", "“{name}” cannot be written ({detail}).").format(
                name=path.name, detail=str(exc)
            )
        ) from exc
