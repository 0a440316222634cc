"""Read the members of a ZIP archive or of an unpacked folder, in memory, with caps.

Both sources answer the same three questions (which members, does one exist, give me
its bytes), so format readers do not care whether a user picked ``issues.bcf`` or the
folder someone unzipped it into. Nothing is ever extracted to disk.
"""

from __future__ import annotations

import os
import stat
import zipfile
from pathlib import Path
from typing import Generic, Protocol, TypeVar

from executrek.app.closing import Closing
from executrek.app.i18n import translate
from executrek.app.interop.errors import InteropError, UnsafeContentError
from executrek.app.interop.limits import ArchiveLimits, format_size
from executrek.app.interop.safe_paths import normalize_member_name

_READ_CHUNK = 1024 * 1024


class MemberSource(Protocol):
    """Named byte blobs: the members of an archive."""

    @property
    def label(self) -> str: ...

    @property
    def names(self) -> tuple[str, ...]: ...

    def has(self, name: str) -> bool: ...

    def read(self, name: str) -> bytes: ...


Member = TypeVar("Member")


class _Listed(Generic[Member]):
    """The questions both sources answer from their checked list of members."""

    def __init__(self, label: str) -> None:
        self._label = label
        self._members: dict[str, Member] = {}

    @property
    def label(self) -> str:
        return self._label

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(self._members)

    def has(self, name: str) -> bool:
        return name in self._members

    def _member(self, name: str, missing: str) -> Member:
        """Member ``name``; refused with ``missing`` (naming {archive} and {entry}) if absent."""
        found = self._members.get(name)
        if found is None:
            raise InteropError(missing.format(archive=self._label, entry=name))
        return found


class SafeZip(_Listed[zipfile.ZipInfo], Closing):
    """A ZIP archive checked against :class:`ArchiveLimits` before any member is inflated.

    Refuses (with :class:`InteropError`) archives that are not ZIPs, have too many
    entries, would inflate beyond the caps or at a bomb-like ratio, contain encrypted,
    duplicate, absolute or ``..`` entries. Use as a context manager.
    """

    def __init__(self, path: Path, *, kind: str, limits: ArchiveLimits | None = None) -> None:
        super().__init__(path.name)
        self._limits = limits or ArchiveLimits()
        self._kind = kind
        try:
            self._zip = zipfile.ZipFile(path)
        except FileNotFoundError:
            raise InteropError(
                translate("Interop", "“{name}” does not exist.").format(name=path.name)
            ) from None
        except Exception as exc:  # zipfile raises many types for damaged archives
            raise InteropError(
                translate(
                    "Interop",
                    "“{name}” is not a {kind}: it is not a readable ZIP archive ({detail}).",
                ).format(name=path.name, kind=kind, detail=_detail(exc))
            ) from exc
        try:
            self._members = self._check()
        except BaseException:
            self._zip.close()
            raise

    def size(self, name: str) -> int:
        return self._members[name].file_size

    def read(self, name: str) -> bytes:
        info = self._member(name, translate("Interop", "“{archive}” has no entry “{entry}”."))
        cap = min(info.file_size, self._limits.max_member_bytes)
        chunks: list[bytes] = []
        total = 0
        try:
            with self._zip.open(info) as handle:
                while True:
                    chunk = handle.read(_READ_CHUNK)
                    if not chunk:
                        break
                    total += len(chunk)
                    if total > cap:
                        raise self._bomb(name)
                    chunks.append(chunk)
        except InteropError:
            raise
        except Exception as exc:  # CRC errors, truncated streams, unsupported compression
            raise InteropError(
                translate(
                    "Interop",
                    "The entry “{entry}” in “{archive}” is damaged or cannot be read ({detail}).",
                ).format(entry=name, archive=self._label, detail=_detail(exc))
            ) from exc
        return b"".join(chunks)

    def close(self) -> None:
        self._zip.close()

    def _check(self) -> dict[str, zipfile.ZipInfo]:
        limits = self._limits
        infos = self._zip.infolist()
        if len(infos) > limits.max_entries:
            raise InteropError(
                translate(
                    "Interop", "“{name}” has {count} entries; at most {limit} are accepted."
                ).format(name=self._label, count=len(infos), limit=limits.max_entries)
            )
        total = sum(info.file_size for info in infos)
        if total > limits.max_total_bytes:
            raise InteropError(
                translate(
                    "Interop",
                    "“{name}” would unpack to {size}, more than the {limit} accepted; "
                    "it was refused as a possible zip bomb.",
                ).format(
                    name=self._label,
                    size=format_size(total),
                    limit=format_size(limits.max_total_bytes),
                )
            )
        members: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            name = normalize_member_name(info.filename, archive=self._label)
            if not name or info.is_dir():  # (is_dir reads the last character)
                continue
            if info.flag_bits & 0x1:
                raise InteropError(
                    translate(
                        "Interop",
                        "The entry “{entry}” in “{archive}” is encrypted; it cannot be read.",
                    ).format(entry=info.filename, archive=self._label)
                )
            if info.file_size > limits.max_member_bytes:
                raise self._bomb(info.filename)
            ratio = info.file_size / max(info.compress_size, 1)
            if info.file_size > limits.ratio_applies_above and ratio > limits.max_ratio:
                raise self._bomb(info.filename)
            if name in members:
                raise InteropError(
                    translate(
                        "Interop", "“{archive}” contains the entry “{entry}” twice; it was refused."
                    ).format(archive=self._label, entry=name)
                )
            members[name] = info
        return members

    def _bomb(self, entry: str) -> UnsafeContentError:
        return UnsafeContentError(self._bomb_message(entry))

    def _bomb_message(self, entry: str) -> str:
        return translate(
            "Interop",
            "The entry “{entry}” in “{archive}” inflates far beyond its stored size; "
            "it was refused as a possible zip bomb.",
        ).format(entry=entry, archive=self._label)


class FolderSource(_Listed[Path]):
    """The files below a folder (an unpacked archive), read with the same caps as a ZIP.

    Symbolic links are skipped so a crafted folder cannot make us read outside it.
    """

    def __init__(self, folder: Path, *, limits: ArchiveLimits | None = None) -> None:
        super().__init__(folder.name)
        self._limits = limits or ArchiveLimits()
        self._root = folder.resolve()
        self.skipped_links: tuple[str, ...] = ()
        self._scan()

    def read(self, name: str) -> bytes:
        path = self._member(name, translate("Interop", "“{archive}” has no file “{entry}”."))
        try:
            with path.open("rb") as handle:
                data = handle.read(self._limits.max_member_bytes + 1)
        except OSError as exc:
            raise InteropError(
                translate("Interop", "“{entry}” in “{archive}” cannot be read ({detail}).").format(
                    entry=name, archive=self._label, detail=_detail(exc)
                )
            ) from exc
        if len(data) > self._limits.max_member_bytes:
            raise InteropError(
                translate(
                    "Interop", "“{entry}” in “{archive}” is larger than {limit}; it was refused."
                ).format(
                    entry=name,
                    archive=self._label,
                    limit=format_size(self._limits.max_member_bytes),
                )
            )
        return data

    def _scan(self) -> None:
        limits = self._limits
        total = 0
        links: list[str] = []
        for dirpath, dirnames, filenames in os.walk(self._root, followlinks=False):
            base = Path(dirpath)
            dirnames[:] = [d for d in dirnames if not (base / d).is_symlink()]
            for filename in filenames:
                path = base / filename
                relative = path.relative_to(self._root).as_posix()
                info = path.lstat()
                if stat.S_ISLNK(info.st_mode) or not stat.S_ISREG(info.st_mode):
                    links.append(relative)
                    continue
                total += info.st_size
                if len(self._members) >= limits.max_entries or total > limits.max_total_bytes:
                    raise InteropError(
                        translate(
                            "Interop", "The folder “{name}” holds more files or data than accepted."
                        ).format(name=self._label)
                    )
                self._members[relative] = path
        self.skipped_links = tuple(links)


def _detail(exc: BaseException) -> str:
    text = str(exc).strip()
    return text or type(exc).__name__
