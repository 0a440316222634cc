"""How human record numbers read: ``PI-0042`` once numbered, ``PI-3F2A-7`` as a draft."""

from __future__ import annotations


def display(prefix: str, number: int | None, draft: str | None, width: int = 4) -> str:
    if number is not None:
        return f"{prefix}-{number:0{width}d}"
    return f"{prefix}-{draft or '?'}"
