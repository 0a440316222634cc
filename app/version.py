"""The app's version, from the installed package metadata."""

from __future__ import annotations

from importlib import metadata


def version() -> str:
    try:
        return metadata.version("executrek-field")
    except metadata.PackageNotFoundError:
        return "0+unknown"
