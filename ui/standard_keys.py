"""The platform's standard key sequences for undo and redo, plus the ones people expect
besides them (Ctrl+Shift+Z and Ctrl+Y on Windows and Linux; macOS keeps ⌘⇧Z), each once:
one key sequence registered twice is an "Ambiguous shortcut overload" and does nothing."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable

from PySide6.QtGui import QKeySequence

StandardKey = QKeySequence.StandardKey


def unique(sequences: Iterable[QKeySequence]) -> list[QKeySequence]:
    """``sequences`` in order without repeats or empty ones."""
    seen: set[str] = set()
    out: list[QKeySequence] = []
    for sequence in sequences:
        text = sequence.toString(QKeySequence.SequenceFormat.PortableText)
        if text and text not in seen:
            seen.add(text)
            out.append(sequence)
    return out


def undo_keys() -> list[QKeySequence]:
    return unique([*QKeySequence.keyBindings(StandardKey.Undo), QKeySequence("Ctrl+Z")])


def redo_keys(platform: str | None = None) -> list[QKeySequence]:
    """The platform's redo keys first (the first one is shown in the menu)."""
    keys = list(QKeySequence.keyBindings(StandardKey.Redo))
    if (platform or sys.platform) != "darwin":
        keys += [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")]
    else:
        keys.append(QKeySequence("Ctrl+Shift+Z"))  # ⌘⇧Z
    return unique(keys)


def _portable(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.PortableText)


def typed(sequence: QKeySequence) -> bool:
    """Whether a person can type ``sequence`` on a laptop keyboard: a modifier, a function
    key or a printable key (not a dedicated Undo/Redo/Help key few keyboards have)."""
    text = _portable(sequence).split(", ")[0]
    if not text:
        return False
    if any(text.startswith(m) for m in ("Ctrl+", "Shift+", "Alt+", "Meta+")):
        return True
    if re.fullmatch(r"F\d{1,2}", text):
        return True
    return len(text) == 1 or text in ("Esc", "Return", "Enter", "Del")


def shown(sequences: Iterable[QKeySequence], most: int = 2) -> str:
    """The typeable ``sequences`` as the help lists them ("Ctrl+Y, Ctrl+Shift+Z"): at most
    ``most``; Alt+Backspace, the legacy spare for undo, only when there is nothing else."""
    keys = [s for s in unique(sequences) if typed(s)]
    legacy = [s for s in keys if "Alt+" in _portable(s) and _portable(s).endswith("Backspace")]
    keys = [s for s in keys if s not in legacy] or keys
    return ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in keys[:most])
