"""CSV-injection guard: text a spreadsheet would run as a formula is written with a leading ``'``.

The quote is removed again when a CSV/TSV is imported, so our files round-trip exactly
(a text that itself starts with ``'=`` gets two quotes and keeps one).
"""

from __future__ import annotations

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def escape_formula(text: str) -> str:
    """``=SUM(A1)`` → ``'=SUM(A1)``; ``'=x`` → ``''=x``; anything else unchanged."""
    if text.lstrip("'").startswith(FORMULA_TRIGGERS):
        return "'" + text
    return text


def unescape_formula(text: str) -> str:
    """Undo :func:`escape_formula`."""
    if text.startswith("'") and text.lstrip("'").startswith(FORMULA_TRIGGERS):
        return text[1:]
    return text
