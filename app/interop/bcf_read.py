"""Read a whole BCF archive (``.bcf``/``.bcfzip``, or an unpacked BCF folder)."""

from __future__ import annotations

import posixpath
import xml.etree.ElementTree as ET
from pathlib import Path
from types import MappingProxyType

from executrek.app.i18n import translate
from executrek.app.interop.bcf_markup_read import TopicContext, read_topic
from executrek.app.interop.bcf_model import BCF_2_1, BCF_3_0, BcfArchive, BcfExtensions, BcfTopic
from executrek.app.interop.bcf_project_files import (
    DocumentEntry,
    ProjectFile,
    parse_documents,
    parse_extensions_xml,
    parse_extensions_xsd,
    parse_project,
    parse_version,
)
from executrek.app.interop.errors import InteropError, UnsafeContentError
from executrek.app.interop.limits import ArchiveLimits
from executrek.app.interop.member_source import FolderSource, MemberSource, SafeZip
from executrek.app.interop.safe_paths import resolve_relative
from executrek.app.interop.safe_xml import find_child, parse_xml


def read_bcf(path: Path, *, limits: ArchiveLimits | None = None) -> BcfArchive:
    """All topics of the BCF file or unpacked BCF folder at ``path``.

    Damaged topics or viewpoints are skipped with a warning in ``BcfArchive.warnings``;
    :class:`InteropError` when nothing can be read, when the archive is unsafe (zip
    bomb, path traversal, entity expansion) or is not BCF at all.
    """
    if path.is_dir():
        folder = FolderSource(path, limits=limits)
        skipped = [
            translate(
                "Interop", "“{entry}” in “{name}” is a link or special file and was skipped."
            ).format(entry=entry, name=folder.label)
            for entry in folder.skipped_links
        ]
        return _Reader(folder, skipped).read()
    with SafeZip(path, kind=translate("Interop", "BCF file"), limits=limits) as archive:
        return _Reader(archive).read()


class _Reader:
    def __init__(self, source: MemberSource, warnings: list[str] | None = None) -> None:
        self._source = source
        self._consumed: set[str] = set()
        self._warnings: list[str] = list(warnings or [])

    def read(self) -> BcfArchive:
        source = self._source
        markups = sorted(
            name for name in source.names if posixpath.basename(name).lower() == "markup.bcf"
        )
        if not markups:
            raise InteropError(
                translate(
                    "Interop", "“{name}” contains no BCF topics (no markup.bcf was found)."
                ).format(name=source.label)
            )
        root_dir = self._root_dir(markups)
        version = self._version(root_dir, markups)
        project_file = self._project(root_dir)
        extensions = self._extensions(root_dir, project_file)
        documents = self._documents(root_dir)
        topics: list[BcfTopic] = []
        problems: list[str] = []
        for markup in markups:
            context = TopicContext(
                topic_dir=posixpath.dirname(markup),
                root_dir=root_dir,
                label=source.label,
                load=self._load,
                documents=documents,
            )
            data = self._load(markup)
            if data is None:
                problems.append(
                    translate("Interop", "“{entry}” in “{name}” could not be read.").format(
                        entry=markup, name=source.label
                    )
                )
                continue
            try:
                topics.append(read_topic(data, context))
            except UnsafeContentError:
                raise
            except InteropError as exc:
                problems.append(exc.message)
            self._warnings.extend(context.warnings)
        if not topics:
            raise InteropError(
                translate("Interop", "No topic in “{name}” could be read: {problem}").format(
                    name=source.label, problem=problems[0]
                )
            )
        self._warnings.extend(
            translate("Interop", "A topic was skipped: {problem}").format(problem=problem)
            for problem in problems
        )
        extra = {
            self._relative(name, root_dir): data
            for name in source.names
            if name not in self._consumed
            and _inside(name, root_dir)
            and (data := self._load(name)) is not None
        }
        return BcfArchive(
            version=version,
            topics=tuple(topics),
            project=project_file.project,
            extensions=extensions,
            extra_files=MappingProxyType(extra),
            warnings=tuple(self._warnings),
        )

    def _load(self, name: str) -> bytes | None:
        """A member's bytes; None (with a warning) if it is absent or damaged."""
        if not self._source.has(name):
            return None
        self._consumed.add(name)
        try:
            return self._source.read(name)
        except UnsafeContentError:
            raise
        except InteropError as exc:
            self._warnings.append(exc.message)
            return None

    def _root_dir(self, markups: list[str]) -> str:
        versions = sorted(
            (
                name
                for name in self._source.names
                if posixpath.basename(name).lower() == "bcf.version"
            ),
            key=len,
        )
        if versions:
            return posixpath.dirname(versions[0])
        return posixpath.dirname(posixpath.dirname(markups[0]))

    def _xml(self, name: str) -> ET.Element | None:
        data = self._load(name)
        if data is None:
            return None
        try:
            return parse_xml(data, source=f"{self._source.label}:{name}")
        except UnsafeContentError:
            raise
        except InteropError as exc:
            self._warnings.append(exc.message)
            return None

    def _version(self, root_dir: str, markups: list[str]) -> str:
        root = self._xml(posixpath.join(root_dir, "bcf.version"))
        found = parse_version(root) if root is not None else None
        if found is not None and found.startswith("3"):
            return BCF_3_0
        if found is not None and found.startswith("2"):
            return BCF_2_1
        if found is not None:
            self._warnings.append(
                translate(
                    "Interop", "“{name}” says it is BCF {version}; it was read as BCF 2.1."
                ).format(name=self._source.label, version=found)
            )
            return BCF_2_1
        return self._guess_version(markups[0])

    def _guess_version(self, markup: str) -> str:
        try:
            root = parse_xml(self._source.read(markup), source=markup)
        except UnsafeContentError:
            raise
        except InteropError:
            return BCF_2_1
        topic = find_child(root, "Topic")
        if topic is not None and any(
            find_child(topic, wrapper) is not None
            for wrapper in ("Comments", "Viewpoints", "DocumentReferences")
        ):
            return BCF_3_0
        return BCF_2_1

    def _project(self, root_dir: str) -> ProjectFile:
        root = self._xml(posixpath.join(root_dir, "project.bcfp"))
        if root is None:
            return ProjectFile(project=None, extension_schema=None)
        return parse_project(root)

    def _extensions(self, root_dir: str, project_file: ProjectFile) -> BcfExtensions | None:
        root = self._xml(posixpath.join(root_dir, "extensions.xml"))
        if root is not None:
            return parse_extensions_xml(root)
        schema = project_file.extension_schema or "extensions.xsd"
        member = resolve_relative(root_dir, schema)
        schema_root = self._xml(member) if member is not None else None
        if schema_root is not None:
            return parse_extensions_xsd(schema_root)
        return None

    def _documents(self, root_dir: str) -> dict[str, DocumentEntry]:
        root = self._xml(posixpath.join(root_dir, "documents.xml"))
        if root is None:
            return {}
        return {entry.guid.lower(): entry for entry in parse_documents(root)}

    @staticmethod
    def _relative(name: str, root_dir: str) -> str:
        return name[len(root_dir) + 1 :] if root_dir else name


def _inside(name: str, root_dir: str) -> bool:
    return not root_dir or name.startswith(root_dir + "/")
