"""Write a :class:`BcfArchive` as a BCF 2.1 or 3.0 zip with the official layout::

bcf.version
project.bcfp              (when there is a project, or 2.1 extensions)
extensions.xml            (3.0, always)   | extensions.xsd (2.1, when there are values)
documents.xml, documents/ (3.0 internal documents)
<topic guid>/markup.bcf, <viewpoint>.bcfv, <snapshot>.png, bitmaps, snippets
"""

from __future__ import annotations

import hashlib
import posixpath
import uuid
import zipfile
from dataclasses import replace
from pathlib import Path

from executrek.app.i18n import translate
from executrek.app.interop.atomic_write import atomic_path
from executrek.app.interop.bcf_markup_write import TopicFiles, ViewpointFiles, build_markup
from executrek.app.interop.bcf_model import (
    BCF_2_1,
    BCF_3_0,
    BCF_VERSIONS,
    BcfArchive,
    BcfBitmap,
    BcfDocumentReference,
    BcfExtensions,
    BcfTopic,
    BcfViewpoint,
    BcfVisualization,
)
from executrek.app.interop.bcf_project_files import (
    DocumentEntry,
    build_documents,
    build_extensions_xml,
    build_extensions_xsd,
    build_project,
    build_version,
)
from executrek.app.interop.bcf_visinfo import build_visualization
from executrek.app.interop.errors import InteropError
from executrek.app.interop.safe_paths import resolve_relative, unsafe_reason
from executrek.app.interop.xml_build import xml_bytes

_EXTENSION_SCHEMA = "extensions.xsd"
_NAMESPACE = uuid.UUID("7d1c8f2e-4b4f-4d0c-9a57-3f2f6c0b9e51")


def write_bcf(archive: BcfArchive, path: Path, *, version: str | None = None) -> None:
    """Write ``archive`` to ``path`` as BCF ``version`` (default: the archive's own version)."""
    target = version or archive.version
    if target not in BCF_VERSIONS:
        raise InteropError(
            translate("Interop", "BCF {version} cannot be written; choose 2.1 or 3.0.").format(
                version=target
            )
        )
    members = _Members()
    members.add("bcf.version", xml_bytes(build_version(target)))
    extensions = archive.extensions
    if target == BCF_2_1:
        has_values = extensions is not None and extensions != BcfExtensions()
        if archive.project is not None or has_values:
            members.add(
                "project.bcfp",
                xml_bytes(
                    build_project(
                        archive.project, target, _EXTENSION_SCHEMA if has_values else None
                    )
                ),
            )
        if has_values and extensions is not None:
            members.add(_EXTENSION_SCHEMA, xml_bytes(build_extensions_xsd(extensions)))
    else:
        if archive.project is not None:
            members.add("project.bcfp", xml_bytes(build_project(archive.project, target, None)))
        members.add(
            "extensions.xml", xml_bytes(build_extensions_xml(extensions or BcfExtensions()))
        )
    documents: dict[str, DocumentEntry] = {}
    topic_markups: list[tuple[str, bytes]] = []
    seen: set[str] = set()
    for topic in archive.topics:
        folder = _topic_folder(topic, seen)
        files = _plan_topic(topic, folder, target, members, documents)
        topic_markups.append(
            (f"{folder}/markup.bcf", xml_bytes(build_markup(topic, target, files)))
        )
    if target == BCF_3_0 and documents:
        members.add("documents.xml", xml_bytes(build_documents(tuple(documents.values()))))
    for name, data in topic_markups:
        members.add(name, data)
    for name, data in archive.extra_files.items():
        clean = name.replace("\\", "/")
        if unsafe_reason(clean) is None and not members.has(clean):
            members.add(clean, data)
    with (
        atomic_path(path) as temporary,
        zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED) as package,
    ):
        for name, data in members.items():
            package.writestr(name, data)


class _Members:
    """Archive members in writing order, refusing silent overwrites."""

    def __init__(self) -> None:
        self._data: dict[str, bytes] = {}

    def has(self, name: str) -> bool:
        return name in self._data

    def add(self, name: str, data: bytes) -> None:
        self._data[name] = data

    def claim(self, wanted: str | None, fallback_dir: str, fallback_name: str, data: bytes) -> str:
        """Store ``data`` at ``wanted`` if free (or already holding the same bytes),
        else at a fresh name in ``fallback_dir``; returns the member name used."""
        if wanted and unsafe_reason(wanted) is None and self._data.get(wanted, data) == data:
            self._data[wanted] = data
            return wanted
        stem, dot, suffix = fallback_name.rpartition(".")
        candidate = posixpath.join(fallback_dir, fallback_name)
        counter = 2
        while candidate in self._data and self._data[candidate] != data:
            candidate = posixpath.join(
                fallback_dir,
                f"{stem}_{counter}{dot}{suffix}" if dot else f"{fallback_name}_{counter}",
            )
            counter += 1
        self._data[candidate] = data
        return candidate

    def items(self) -> list[tuple[str, bytes]]:
        return list(self._data.items())


def _topic_folder(topic: BcfTopic, seen: set[str]) -> str:
    if not _plain_name(topic.guid):
        raise InteropError(
            translate("Interop", "The topic “{topic}” has the unusable GUID “{guid}”.").format(
                topic=topic.title, guid=topic.guid
            )
        )
    if topic.guid.lower() in seen:
        raise InteropError(
            translate(
                "Interop", "Two topics share the GUID {guid}; BCF needs one folder per topic."
            ).format(guid=topic.guid)
        )
    seen.add(topic.guid.lower())
    return topic.guid


def _plan_topic(
    topic: BcfTopic,
    folder: str,
    version: str,
    members: _Members,
    documents: dict[str, DocumentEntry],
) -> TopicFiles:
    viewpoints: dict[int, ViewpointFiles] = {}
    for position, viewpoint in enumerate(topic.viewpoints):
        viewpoints[position] = _write_viewpoint(
            topic, viewpoint, position, folder, version, members
        )
    snippet_reference = None
    snippet = topic.bim_snippet
    if snippet is not None and not snippet.is_external and snippet.data is not None:
        wanted = resolve_relative(folder, snippet.reference)
        name = posixpath.basename(snippet.reference.replace("\\", "/")) or "snippet"
        stored = members.claim(wanted, folder, name, snippet.data)
        snippet_reference = (
            snippet.reference if stored == wanted else posixpath.relpath(stored, folder)
        )
    paths: dict[int, str] = {}
    guids: dict[int, str] = {}
    for position, reference in enumerate(topic.document_references):
        guids[position] = reference.guid or _stable_id(topic.guid, "reference", str(position))
        if reference.is_external:
            continue
        if version == BCF_2_1:
            paths[position] = _document_path_2_1(reference, members)
        else:
            paths[position] = _document_guid_3_0(reference, members, documents)
    return TopicFiles(
        viewpoints=viewpoints,
        snippet_reference=snippet_reference,
        documents=paths,
        reference_guids=guids,
    )


def _write_viewpoint(
    topic: BcfTopic,
    viewpoint: BcfViewpoint,
    position: int,
    folder: str,
    version: str,
    members: _Members,
) -> ViewpointFiles:
    guid = viewpoint.guid or _stable_id(topic.guid, "viewpoint", str(position))
    viewpoint_file = None
    visualization = viewpoint.visualization
    if visualization is not None:
        visualization = _store_bitmaps(visualization, folder, members)
        wanted = viewpoint.viewpoint_file if _plain_name(viewpoint.viewpoint_file) else None
        data = xml_bytes(build_visualization(visualization, version))
        stored = members.claim(
            posixpath.join(folder, wanted) if wanted else None,
            folder,
            f"Viewpoint_{guid}.bcfv",
            data,
        )
        viewpoint_file = posixpath.relpath(stored, folder)
    snapshot_file = None
    if viewpoint.snapshot is not None:
        wanted = viewpoint.snapshot_file if _plain_name(viewpoint.snapshot_file) else None
        suffix = posixpath.splitext(viewpoint.snapshot_file or "")[1].lower() or ".png"
        stored = members.claim(
            posixpath.join(folder, wanted) if wanted else None,
            folder,
            f"Snapshot_{guid}{suffix}",
            viewpoint.snapshot,
        )
        snapshot_file = posixpath.relpath(stored, folder)
    return ViewpointFiles(guid=guid, viewpoint_file=viewpoint_file, snapshot_file=snapshot_file)


def _store_bitmaps(
    visualization: BcfVisualization, folder: str, members: _Members
) -> BcfVisualization:
    bitmaps: list[BcfBitmap] = []
    for bitmap in visualization.bitmaps:
        if bitmap.data is None:
            bitmaps.append(bitmap)
            continue
        wanted = resolve_relative(folder, bitmap.reference)
        name = posixpath.basename(bitmap.reference.replace("\\", "/")) or f"bitmap.{bitmap.format}"
        stored = members.claim(wanted, folder, name, bitmap.data)
        reference = bitmap.reference if stored == wanted else posixpath.relpath(stored, folder)
        bitmaps.append(replace(bitmap, reference=reference))
    return replace(visualization, bitmaps=tuple(bitmaps))


def _document_path_2_1(reference: BcfDocumentReference, members: _Members) -> str:
    """BCF 2.1 keeps internal documents as plain files, referenced relative to the topic folder."""
    filename = reference.filename or ""
    if not _plain_name(filename):
        filename = "document"
    if reference.data is None:
        return "../" + filename
    stored = members.claim(filename, "documents", filename, reference.data)
    return "../" + stored


def _document_guid_3_0(
    reference: BcfDocumentReference, members: _Members, documents: dict[str, DocumentEntry]
) -> str:
    """BCF 3.0 lists internal documents in documents.xml and stores them as documents/<guid>."""
    filename = reference.filename or "document"
    digest = hashlib.sha256(reference.data or b"").hexdigest()
    guid = reference.document_guid or _stable_id("document", filename, digest)
    if guid.lower() not in {key.lower() for key in documents}:
        documents[guid] = DocumentEntry(
            guid=guid, filename=filename, description=reference.document_description
        )
        if reference.data is not None:
            members.add(f"documents/{guid}", reference.data)
    return guid


def _plain_name(name: str | None) -> bool:
    """A single, safe file name (no folders)."""
    if not name or name in (".", ".."):
        return False
    return "/" not in name and "\\" not in name and unsafe_reason(name) is None


def _stable_id(*parts: str) -> str:
    """A GUID derived from ``parts``, so writing the same data twice gives the same file."""
    return str(uuid.uuid5(_NAMESPACE, "\x1f".join(parts)))


def topic_fingerprint(topic: BcfTopic, version: str = BCF_3_0) -> str:
    """A digest of everything ``topic`` writes as BCF ``version`` (markup, viewpoints,
    snapshots, documents): two topics with the same digest give the same file content."""
    members = _Members()
    documents: dict[str, DocumentEntry] = {}
    folder = _topic_folder(topic, set())
    files = _plan_topic(topic, folder, version, members, documents)
    digest = hashlib.sha256(xml_bytes(build_markup(topic, version, files)))
    for name, data in sorted(members.items()):
        digest.update(b"\x00" + name.encode() + b"\x00" + hashlib.sha256(data).digest())
    for entry in documents.values():
        digest.update(b"\x01" + repr(entry).encode())
    return digest.hexdigest()
