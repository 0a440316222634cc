"""Errors a report build raises. Messages are plain English for logs; the GUI shows its
own translated text for each kind."""

from __future__ import annotations

from executrek.models.errors import EnvironmentFault


class ReportError(EnvironmentFault):
    """The report cannot be built from what it was given (bad settings, missing file)."""


class ReportCancelled(Exception):
    """The caller asked to stop; nothing was written."""
