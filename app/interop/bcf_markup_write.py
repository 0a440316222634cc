"""Build ``markup.bcf`` for BCF 2.1 or 3.0 from a :class:`BcfTopic`.

Elements are written in schema order. The archive writer decides file names first
(:class:`TopicFiles`) so the markup references exactly what is stored.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

from executrek.app.i18n import translate
from executrek.app.interop.bcf_model import BCF_2_1, BcfComment, BcfTopic
from executrek.app.interop.dates import format_iso_datetime
from executrek.app.interop.errors import InteropError
from executrek.app.interop.xml_build import append_raw, sub, sub_text, xml_bool

DEFAULT_TOPIC_TYPE = "Issue"
DEFAULT_TOPIC_STATUS = "Open"

Item = TypeVar("Item")


@dataclass(frozen=True)
class ViewpointFiles:
    guid: str
    viewpoint_file: str | None
    snapshot_file: str | None


@dataclass(frozen=True)
class TopicFiles:
    """Names chosen for a topic's files. ``documents`` maps the index of a document
    reference to its 2.1 ``ReferencedDocument`` path or its 3.0 document guid."""

    viewpoints: Mapping[int, ViewpointFiles]  # by position in ``topic.viewpoints``
    snippet_reference: str | None
    documents: Mapping[int, str]
    reference_guids: Mapping[int, str]


def build_markup(topic: BcfTopic, version: str, files: TopicFiles) -> ET.Element:
    v21 = version == BCF_2_1
    label = topic.title or topic.guid
    if topic.creation_date is None:
        raise InteropError(
            translate(
                "Interop", "The topic “{topic}” has no creation date, which BCF requires."
            ).format(topic=label)
        )
    root = ET.Element("Markup")
    if topic.header_files:
        header = sub(root, "Header")
        container = header if v21 else sub(header, "Files")
        for file in topic.header_files:
            element = sub(
                container,
                "File",
                attrib={
                    "IfcProject": file.ifc_project,
                    "IfcSpatialStructureElement": file.ifc_spatial_structure_element,
                    ("isExternal" if v21 else "IsExternal"): xml_bool(file.is_external),
                },
            )
            sub_text(element, "Filename", file.filename)
            sub_text(element, "Date", _date(file.date))
            sub_text(element, "Reference", file.reference)
    topic_element = sub(
        root,
        "Topic",
        attrib={
            "Guid": topic.guid,
            "ServerAssignedId": None if v21 else topic.server_assigned_id,
            "TopicType": topic.topic_type if v21 else (topic.topic_type or DEFAULT_TOPIC_TYPE),
            "TopicStatus": topic.topic_status
            if v21
            else (topic.topic_status or DEFAULT_TOPIC_STATUS),
        },
    )
    _write_topic_body(topic_element, topic, v21, files)
    if v21:
        for comment in topic.comments:
            _write_comment(root, comment, v21, label)
        _write_viewpoints(root, topic, v21, files)
    for raw in topic.unknown_markup_elements:
        append_raw(root, raw, source=f"topic {label}")
    return root


def _write_topic_body(element: ET.Element, topic: BcfTopic, v21: bool, files: TopicFiles) -> None:
    label = topic.title or topic.guid
    for container, _position, link in _listed(
        element, topic.reference_links, v21, "ReferenceLinks"
    ):
        sub(container, "ReferenceLink", link)
    sub(element, "Title", topic.title)
    sub_text(element, "Priority", topic.priority)
    sub_text(element, "Index", None if topic.index is None else str(topic.index))
    for container, _position, text in _listed(element, topic.labels, v21, "Labels"):
        sub(container, "Labels" if v21 else "Label", text)  # 2.1 repeats "Labels"
    sub(element, "CreationDate", _date(topic.creation_date))
    sub(element, "CreationAuthor", topic.creation_author)
    sub_text(element, "ModifiedDate", _date(topic.modified_date))
    sub_text(element, "ModifiedAuthor", topic.modified_author)
    sub_text(element, "DueDate", _date(topic.due_date))
    sub_text(element, "AssignedTo", topic.assigned_to)
    sub_text(element, "Stage", topic.stage)
    sub_text(element, "Description", topic.description)
    snippet = topic.bim_snippet
    if snippet is not None:
        snippet_element = sub(
            element,
            "BimSnippet",
            attrib={
                "SnippetType": snippet.snippet_type,
                ("isExternal" if v21 else "IsExternal"): xml_bool(snippet.is_external),
            },
        )
        sub(snippet_element, "Reference", files.snippet_reference or snippet.reference)
        sub(snippet_element, "ReferenceSchema", snippet.reference_schema)
    _write_documents(element, topic, v21, files)
    for container, _position, related in _listed(
        element, topic.related_topics, v21, "RelatedTopics"
    ):
        sub(container, "RelatedTopic", attrib={"Guid": related})
    if not v21:
        for container, _position, comment in _listed(element, topic.comments, v21, "Comments"):
            _write_comment(container, comment, v21, label)
        _write_viewpoints(element, topic, v21, files)
    for raw in topic.unknown_elements:
        append_raw(element, raw, source=f"topic {label}")


def _listed(
    element: ET.Element, items: Sequence[Item], v21: bool, wrapper: str
) -> Iterator[tuple[ET.Element, int, Item]]:
    """Each of ``items`` with its position and the element it goes in: the topic's own
    in BCF 2.1, a ``wrapper`` element in 3.0 (made only when there are items)."""
    if not items:
        return
    container = element if v21 else sub(element, wrapper)
    for position, item in enumerate(items):
        yield container, position, item


def _write_documents(element: ET.Element, topic: BcfTopic, v21: bool, files: TopicFiles) -> None:
    references = topic.document_references
    for container, position, reference in _listed(element, references, v21, "DocumentReferences"):
        if v21:
            document = sub(
                container,
                "DocumentReference",
                attrib={"Guid": reference.guid, "isExternal": xml_bool(reference.is_external)},
            )
            sub(
                document,
                "ReferencedDocument",
                reference.url if reference.is_external else files.documents[position],
            )
        else:
            document = sub(
                container, "DocumentReference", attrib={"Guid": files.reference_guids[position]}
            )
            if reference.is_external:
                sub(document, "Url", reference.url)
            else:
                sub(document, "DocumentGuid", files.documents[position])
        sub_text(document, "Description", reference.description)


def _write_comment(parent: ET.Element, comment: BcfComment, v21: bool, label: str) -> None:
    if comment.date is None:
        raise InteropError(
            translate(
                "Interop", "A comment on topic “{topic}” has no date, which BCF requires."
            ).format(topic=label)
        )
    element = sub(parent, "Comment", attrib={"Guid": comment.guid})
    sub(element, "Date", _date(comment.date))
    sub(element, "Author", comment.author)
    if v21 or comment.text:
        sub(element, "Comment", comment.text)
    if comment.viewpoint_guid is not None:
        sub(element, "Viewpoint", attrib={"Guid": comment.viewpoint_guid})
    sub_text(element, "ModifiedDate", _date(comment.modified_date))
    sub_text(element, "ModifiedAuthor", comment.modified_author)
    for raw in comment.unknown_elements:
        append_raw(element, raw, source=f"comment {comment.guid}")


def _write_viewpoints(parent: ET.Element, topic: BcfTopic, v21: bool, files: TopicFiles) -> None:
    for container, position, viewpoint in _listed(parent, topic.viewpoints, v21, "Viewpoints"):
        names = files.viewpoints[position]
        element = sub(container, "Viewpoints" if v21 else "ViewPoint", attrib={"Guid": names.guid})
        sub_text(element, "Viewpoint", names.viewpoint_file)
        sub_text(element, "Snapshot", names.snapshot_file)
        sub_text(element, "Index", None if viewpoint.index is None else str(viewpoint.index))


def _date(value: datetime | None) -> str | None:
    return None if value is None else format_iso_datetime(value)
