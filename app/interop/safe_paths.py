"""Path checks for archive members and for files written from them.

Nothing in this package extracts archives to disk; these checks make sure that a
member name can never point outside its archive, and that a caller saving an
attachment can only write inside the folder it chose.
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path

from executrek.app.i18n import translate
from executrek.app.interop.errors import InteropError

_DRIVE = re.compile(r"^[A-Za-z]:")


def unsafe_reason(name: str) -> str | None:
    """Why ``name`` is not a safe relative member path, or None when it is."""
    unified = name.replace("\\", "/")
    if "\x00" in unified:
        return translate("Interop", "it contains a NUL character")
    if unified.startswith("/"):
        return translate("Interop", "it is an absolute path")
    if _DRIVE.match(unified):
        return translate("Interop", "it starts with a drive letter")
    if any(part == ".." for part in unified.split("/")):
        return translate("Interop", "it climbs out of the archive with “..”")
    return None


def normalize_member_name(name: str, *, archive: str) -> str:
    """``a\\b/./c`` → ``a/b/c``; raise :class:`InteropError` for traversal or absolute names."""
    reason = unsafe_reason(name)
    if reason is not None:
        raise InteropError(
            translate(
                "Interop",
                "“{archive}” contains the unsafe entry “{entry}”: {reason}. It was refused.",
            ).format(archive=archive, entry=name, reason=reason)
        )
    parts = [part for part in name.replace("\\", "/").split("/") if part not in ("", ".")]
    return "/".join(parts)


def resolve_relative(base_dir: str, reference: str) -> str | None:
    """Resolve ``reference`` (as written inside a file in ``base_dir``) to a member name.

    ``("topic", "../doc.pdf")`` → ``"doc.pdf"``. Returns None for URLs, absolute paths
    and anything that would leave the archive.
    """
    ref = reference.strip().replace("\\", "/")
    if not ref or "://" in ref or ref.startswith("/") or _DRIVE.match(ref) or "\x00" in ref:
        return None
    joined = (
        posixpath.normpath(posixpath.join(base_dir, ref)) if base_dir else posixpath.normpath(ref)
    )
    if joined == "." or joined.startswith("../") or joined == "..":
        return None
    return joined


def safe_join(folder: Path, relative: str) -> Path:
    """The path of ``relative`` inside ``folder``; raise :class:`InteropError` if it would land outside."""
    clean = normalize_member_name(relative, archive=str(folder))
    if not clean:
        raise InteropError(translate("Interop", "An empty file name cannot be saved."))
    root = folder.resolve()
    target = (root / clean).resolve()
    if not target.is_relative_to(root):
        raise InteropError(
            translate("Interop", "“{name}” would be written outside “{folder}”; refused.").format(
                name=relative, folder=str(folder)
            )
        )
    return target
