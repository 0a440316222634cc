"""The root files of a BCF archive: ``bcf.version``, ``project.bcfp``, the extension
lists (3.0 ``extensions.xml``, 2.1 ``extensions.xsd``) and 3.0's ``documents.xml``."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass

from executrek.app.interop.bcf_model import BCF_2_1, BcfExtensions, BcfProject
from executrek.app.interop.safe_xml import (
    attribute,
    child_text,
    find_child,
    find_children,
    local_name,
)
from executrek.app.interop.xml_build import sub

_XSD_NS = "http://www.w3.org/2001/XMLSchema"

# extensions.xml container → item element → BcfExtensions field, in schema order.
_EXTENSION_LISTS: tuple[tuple[str, str, str], ...] = (
    ("TopicTypes", "TopicType", "topic_types"),
    ("TopicStatuses", "TopicStatus", "topic_statuses"),
    ("Priorities", "Priority", "priorities"),
    ("TopicLabels", "TopicLabel", "topic_labels"),
    ("Users", "User", "users"),
    ("SnippetTypes", "SnippetType", "snippet_types"),
    ("Stages", "Stage", "stages"),
)
# BCF 2.1 extensions.xsd simple type → BcfExtensions field.
_XSD_TYPES: tuple[tuple[str, str], ...] = (
    ("TopicType", "topic_types"),
    ("TopicStatus", "topic_statuses"),
    ("TopicLabel", "topic_labels"),
    ("Priority", "priorities"),
    ("UserIdType", "users"),
    ("SnippetType", "snippet_types"),
    ("Stage", "stages"),
)


@dataclass(frozen=True)
class ProjectFile:
    project: BcfProject | None
    extension_schema: str | None  # BCF 2.1: the .xsd named in project.bcfp


@dataclass(frozen=True)
class DocumentEntry:
    guid: str
    filename: str
    description: str | None


def parse_version(root: ET.Element) -> str | None:
    version = attribute(root, "VersionId") or child_text(root, "DetailedVersion")
    return version.strip() if version else None


def build_version(version: str) -> ET.Element:
    root = ET.Element("Version", {"VersionId": version})
    if version == BCF_2_1:
        sub(root, "DetailedVersion", version)
    return root


def parse_project(root: ET.Element) -> ProjectFile:
    project_element = find_child(root, "Project")
    project = None
    if project_element is not None:
        name = child_text(project_element, "Name")
        project = BcfProject(project_id=attribute(project_element, "ProjectId") or "", name=name)
    schema = child_text(root, "ExtensionSchema")
    return ProjectFile(project=project, extension_schema=schema.strip() if schema else None)


def build_project(
    project: BcfProject | None, version: str, extension_schema: str | None
) -> ET.Element:
    root = ET.Element("ProjectExtension" if version == BCF_2_1 else "ProjectInfo")
    if project is not None:
        element = sub(root, "Project", attrib={"ProjectId": project.project_id})
        if project.name is not None:
            sub(element, "Name", project.name)
    if version == BCF_2_1:
        sub(root, "ExtensionSchema", extension_schema or "")
    return root


def parse_extensions_xml(root: ET.Element) -> BcfExtensions:
    values: dict[str, tuple[str, ...]] = {}
    for container, item, attribute_name in _EXTENSION_LISTS:
        element = find_child(root, container)
        if element is not None:
            values[attribute_name] = tuple(
                (child.text or "").strip()
                for child in find_children(element, item)
                if (child.text or "").strip()
            )
    return BcfExtensions(**values)


def build_extensions_xml(extensions: BcfExtensions) -> ET.Element:
    root = ET.Element("Extensions")
    for container, item, attribute_name in _EXTENSION_LISTS:
        items: tuple[str, ...] = getattr(extensions, attribute_name)
        if items:
            element = sub(root, container)
            for value in items:
                sub(element, item, value)
    return root


def parse_extensions_xsd(root: ET.Element) -> BcfExtensions:
    """Enumerations of the simple types a BCF 2.1 ``extensions.xsd`` redefines."""
    by_type = dict(_XSD_TYPES)
    values: dict[str, list[str]] = {}
    for element in root.iter():
        if local_name(element.tag) != "simpleType":
            continue
        attribute_name = by_type.get(element.get("name") or "")
        if attribute_name is None:
            continue
        bucket = values.setdefault(attribute_name, [])
        for node in element.iter():
            value = node.get("value")
            if local_name(node.tag) == "enumeration" and value and value not in bucket:
                bucket.append(value)
    return BcfExtensions(**{key: tuple(items) for key, items in values.items()})


def build_extensions_xsd(extensions: BcfExtensions) -> ET.Element:
    root = ET.Element("schema", {"xmlns": _XSD_NS})
    redefine = sub(root, "redefine", attrib={"schemaLocation": "markup.xsd"})
    for type_name, attribute_name in _XSD_TYPES:
        items: tuple[str, ...] = getattr(extensions, attribute_name)
        if not items:
            continue
        simple_type = sub(redefine, "simpleType", attrib={"name": type_name})
        restriction = sub(simple_type, "restriction", attrib={"base": type_name})
        for value in items:
            sub(restriction, "enumeration", attrib={"value": value})
    return root


def parse_documents(root: ET.Element) -> tuple[DocumentEntry, ...]:
    container = find_child(root, "Documents")
    if container is None:
        return ()
    return tuple(
        DocumentEntry(
            guid=(attribute(document, "Guid") or "").strip(),
            filename=(child_text(document, "Filename") or "").strip(),
            description=child_text(document, "Description"),
        )
        for document in find_children(container, "Document")
    )


def build_documents(entries: tuple[DocumentEntry, ...]) -> ET.Element:
    root = ET.Element("DocumentInfo")
    container = sub(root, "Documents")
    for entry in entries:
        document = sub(container, "Document", attrib={"Guid": entry.guid})
        sub(document, "Filename", entry.filename)
        if entry.description is not None:
            sub(document, "Description", entry.description)
    return root
