"""Guards against Qt binding releases that break the app at run time."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    ping = Signal()
    value = Signal(int)


def test_signal_emit_keeps_the_reference_count_of_true() -> None:
    """PySide6 6.12.0 returned True from Signal.emit() without taking a reference: every
    emit from Python used one up and the interpreter aborted after ~13,000 (bool_dealloc).
    The task runner emits once per background job, so such a release must never ship."""
    emitter = _Emitter()
    before = sys.getrefcount(True)
    for n in range(2000):
        emitter.ping.emit()
        emitter.value.emit(n)
    assert sys.getrefcount(True) >= before - 50  # others may drop a few; 4,000 would be the bug
