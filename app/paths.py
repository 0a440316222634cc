"""Every path the app uses, resolved in one place.

Order: ``--data-dir`` on the command line, then ``EXECUTREK_DATA_DIR``, then the
platform's per-user, non-roaming data folder (never a synced Documents folder).
With an explicit data folder, everything (cache and logs included) lives below it,
so tests and portable installs never touch the user's real folders.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "ExecutrekField"
APP_AUTHOR = "Executrek"
ENV_DATA_DIR = "EXECUTREK_DATA_DIR"


@dataclass(frozen=True)
class AppPaths:
    data: Path
    cache: Path
    logs: Path

    @property
    def database(self) -> Path:
        return self.data / "executrek.sqlite"

    @property
    def blobs(self) -> Path:
        return self.data / "blobs"

    @property
    def backups(self) -> Path:
        return self.data / "backups"

    @property
    def exports(self) -> Path:
        return self.data / "exports"

    @property
    def settings_file(self) -> Path:
        return self.data / "settings.json"

    @property
    def derivatives(self) -> Path:
        return self.cache / "derivatives"

    @property
    def crash_dir(self) -> Path:
        return self.logs / "crashes"

    def ensure(self) -> AppPaths:
        for folder in (self.data, self.cache, self.logs, self.blobs, self.backups, self.crash_dir):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def resolve(data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
    explicit = data_dir or os.environ.get(ENV_DATA_DIR)
    if explicit:
        root = Path(explicit).expanduser().resolve()
        return AppPaths(data=root, cache=root / "cache", logs=root / "logs")
    return AppPaths(
        data=Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR, roaming=False)),
        cache=Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR)),
        logs=Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR)),
    )
