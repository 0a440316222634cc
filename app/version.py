"""The app's version: the one place it is written (pyproject reads it from here)."""

from __future__ import annotations

# Read by setuptools at build time ([tool.setuptools.dynamic]); a constant, because
# looking it up in the installed package metadata costs ~50 ms of every start.
VERSION = "0.1.0"


def version() -> str:
    return VERSION
