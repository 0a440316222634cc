"""Status workflows: whether a record may move from one status to another.

Each kind declares its transitions next to its table (``TRANSITIONS``, carried by its
``RecordKind``); this module checks a move against them and words the refusal.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from executrek.models.errors import QT_TRANSLATE_NOOP, WorkflowError

Transitions = Mapping[Any, frozenset[Any]]


def allowed(transitions: Transitions, current: object) -> frozenset[object]:
    return transitions.get(current, frozenset())


def check(transitions: Transitions, number: str, current: object, target: object) -> None:
    if target == current:
        raise WorkflowError(
            QT_TRANSLATE_NOOP("Errors", "{number} is already {status}."),
            number=number,
            status=_v(target),
        )
    if target not in allowed(transitions, current):
        options = ", ".join(sorted(_v(s) for s in allowed(transitions, current))) or "none"
        raise WorkflowError(
            QT_TRANSLATE_NOOP(
                "Errors", "{number} cannot go from {current} to {target} (allowed: {options})."
            ),
            number=number,
            current=_v(current),
            target=_v(target),
            options=options,
        )


def _v(status: object) -> str:
    return str(getattr(status, "value", status))
