"""One app window per data folder: a ``QLockFile`` in the data folder.

Two copies of the GUI on the same store would each hold their own caches, undo stacks
and sync timers behind the other's back. The first copy takes the lock for as long as it
runs; a second copy finds it held, says so and opens nothing. A lock left behind by a
crashed copy is taken over (Qt checks whether the owning process still runs; the lock
never goes stale by age, since a copy may run for days). The command line does not take
the lock: its read-only commands work beside an open window.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile

LOCK_NAME = "executrek.lock"
log = logging.getLogger("executrek.app")


class InstanceLock:
    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / LOCK_NAME
        self._lock = QLockFile(str(self.path))
        self._lock.setStaleLockTime(0)

    def acquire(self) -> bool:
        """Take the lock without waiting; False only when another running copy holds it.

        A folder where no lock file can be made (read-only, odd network share) is not a
        second copy: the store's own checks then say what is wrong with the folder."""
        if self._lock.tryLock(0):
            return True
        if self._lock.error() == QLockFile.LockError.LockFailedError:
            return False
        log.warning("cannot create the lock file %s (%s)", self.path, self._lock.error())
        return True

    def held(self) -> bool:
        return bool(self._lock.isLocked())

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()

    def refusal(self) -> str:
        """What the second copy tells the user (translated)."""
        info = self._lock.getLockInfo()  # (pid, hostname, app name) in PySide6
        pid = info[0] if isinstance(info, tuple) and info and info[0] else None
        text = QCoreApplication.translate(
            "InstanceLock",
            "Executrek Field is already open on this computer with the data folder {folder}. "
            "Switch to the open window (look in the taskbar), or close it before starting "
            "another one.",
        ).format(folder=self.path.parent)
        if pid:
            text += " " + QCoreApplication.translate("InstanceLock", "(process {pid})").format(
                pid=pid
            )
        return text
