"""Read one topic folder (``markup.bcf`` plus its viewpoints, snapshots and attachments).

Accepts the 2.x shape (comments and viewpoints beside the topic, repeated ``Labels``)
and the 3.0 shape (everything inside ``Topic``, wrapped lists) alike.
"""

from __future__ import annotations

import posixpath
import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from executrek.app.i18n import translate
from executrek.app.interop.bcf_model import (
    BcfBimSnippet,
    BcfComment,
    BcfDocumentReference,
    BcfHeaderFile,
    BcfTopic,
    BcfViewpoint,
    BcfVisualization,
)
from executrek.app.interop.bcf_project_files import DocumentEntry
from executrek.app.interop.bcf_visinfo import parse_visualization
from executrek.app.interop.dates import parse_iso_datetime
from executrek.app.interop.errors import InteropError, UnsafeContentError
from executrek.app.interop.safe_paths import resolve_relative
from executrek.app.interop.safe_xml import (
    attribute,
    child_text,
    find_child,
    find_children,
    local_name,
    parse_xml,
    raw_xml_normalized,
)
from executrek.app.interop.xml_build import parse_bool, parse_int

_MARKUP_KNOWN = frozenset({"Header", "Topic", "Comment", "Viewpoints"})
_TOPIC_KNOWN = frozenset(
    {
        "ReferenceLink", "ReferenceLinks", "Title", "Priority", "Index", "Labels", "CreationDate",
        "CreationAuthor", "ModifiedDate", "ModifiedAuthor", "DueDate", "AssignedTo", "Stage",
        "Description", "BimSnippet", "DocumentReference", "DocumentReferences", "RelatedTopic",
        "RelatedTopics", "Comments", "Viewpoints",
    }
)  # fmt: skip
_COMMENT_KNOWN = frozenset(
    {"Date", "Author", "Comment", "Viewpoint", "ModifiedDate", "ModifiedAuthor"}
)


@dataclass
class TopicContext:
    """What reading a topic needs from the archive around it.

    ``load(member)`` returns a member's bytes (None if absent) and should remember that
    the member is accounted for.
    """

    topic_dir: str
    root_dir: str
    label: str
    load: Callable[[str], bytes | None]
    documents: Mapping[str, DocumentEntry]
    warnings: list[str] = field(default_factory=list)


def read_topic(markup: bytes, context: TopicContext) -> BcfTopic:
    """The topic in ``markup``; :class:`InteropError` if it is not a readable markup file."""
    source = f"{context.label}:{posixpath.join(context.topic_dir, 'markup.bcf')}"
    root = parse_xml(markup, source=source)
    topic = find_child(root, "Topic")
    if topic is None:
        raise InteropError(translate("Interop", "“{source}” has no <Topic>.").format(source=source))
    guid = (attribute(topic, "Guid") or posixpath.basename(context.topic_dir)).strip()
    comments = [*find_children(root, "Comment"), *_wrapped(topic, "Comments", "Comment")]
    viewpoint_elements = [
        *find_children(root, "Viewpoints"),
        *_wrapped(topic, "Viewpoints", "ViewPoint"),
    ]
    viewpoints = [_viewpoint(element, context) for element in viewpoint_elements]
    if not viewpoints:
        legacy = _legacy_viewpoint(context)
        if legacy is not None:
            viewpoints.append(legacy)
    labels = [
        *(text for element in _wrapped(topic, "Labels", "Label") if (text := _clean(element.text))),
        *(
            text
            for element in find_children(topic, "Labels")
            if not len(element) and (text := _clean(element.text))
        ),
    ]
    return BcfTopic(
        guid=guid,
        title=_clean(child_text(topic, "Title")) or "",
        creation_date=_date(topic, "CreationDate", context),
        creation_author=_clean(child_text(topic, "CreationAuthor")) or "",
        topic_type=_clean(attribute(topic, "TopicType")),
        topic_status=_clean(attribute(topic, "TopicStatus")),
        description=_optional_text(child_text(topic, "Description")),
        priority=_clean(child_text(topic, "Priority")),
        labels=tuple(labels),
        due_date=_date(topic, "DueDate", context),
        assigned_to=_clean(child_text(topic, "AssignedTo")),
        modified_date=_date(topic, "ModifiedDate", context),
        modified_author=_clean(child_text(topic, "ModifiedAuthor")),
        stage=_clean(child_text(topic, "Stage")),
        index=parse_int(child_text(topic, "Index")),
        server_assigned_id=_clean(attribute(topic, "ServerAssignedId")),
        reference_links=tuple(
            text
            for element in [
                *find_children(topic, "ReferenceLink"),
                *_wrapped(topic, "ReferenceLinks", "ReferenceLink"),
            ]
            if (text := _clean(element.text))
        ),
        related_topics=tuple(
            related
            for element in [
                *find_children(topic, "RelatedTopic"),
                *_wrapped(topic, "RelatedTopics", "RelatedTopic"),
            ]
            if (related := _clean(attribute(element, "Guid")))
        ),
        document_references=tuple(
            _document(element, context)
            for element in [
                *find_children(topic, "DocumentReference"),
                *_wrapped(topic, "DocumentReferences", "DocumentReference"),
            ]
        ),
        bim_snippet=_snippet(find_child(topic, "BimSnippet"), context),
        header_files=tuple(_header_files(find_child(root, "Header"), context)),
        comments=tuple(_comment(element, context) for element in comments),
        viewpoints=tuple(viewpoints),
        unknown_elements=_unknown(topic, _TOPIC_KNOWN),
        unknown_markup_elements=_unknown(root, _MARKUP_KNOWN),
    )


def _wrapped(parent: ET.Element, container: str, item: str) -> list[ET.Element]:
    """Items of a 3.0 list wrapper (``<Comments><Comment/>…``); empty for 2.x."""
    return [
        child
        for wrapper in find_children(parent, container)
        for child in find_children(wrapper, item)
    ]


def _clean(text: str | None) -> str | None:
    if text is None:
        return None
    stripped = text.strip()
    return stripped or None


def _optional_text(text: str | None) -> str | None:
    """Multi-line text kept as written; empty means absent."""
    return text if text and text.strip() else None


def _date(parent: ET.Element, name: str, context: TopicContext) -> datetime | None:
    text = child_text(parent, name)
    value = parse_iso_datetime(text)
    if value is None and text is not None and text.strip():
        context.warnings.append(
            translate(
                "Interop",
                "“{label}”: the {element} “{value}” in topic folder “{topic}” is not a date; it was left out.",
            ).format(label=context.label, element=name, value=text.strip(), topic=context.topic_dir)
        )
    return value


def _load_relative(reference: str | None, base_dir: str, context: TopicContext) -> bytes | None:
    if not reference:
        return None
    member = resolve_relative(base_dir, reference)
    return context.load(member) if member is not None else None


def _comment(element: ET.Element, context: TopicContext) -> BcfComment:
    viewpoint = find_child(element, "Viewpoint")
    return BcfComment(
        guid=(attribute(element, "Guid") or "").strip(),
        date=_date(element, "Date", context),
        author=_clean(child_text(element, "Author")) or "",
        text=child_text(element, "Comment") or "",
        viewpoint_guid=_clean(attribute(viewpoint, "Guid")) if viewpoint is not None else None,
        modified_date=_date(element, "ModifiedDate", context),
        modified_author=_clean(child_text(element, "ModifiedAuthor")),
        unknown_elements=_unknown(element, _COMMENT_KNOWN),
    )


def _viewpoint(element: ET.Element, context: TopicContext) -> BcfViewpoint:
    viewpoint_file = _clean(child_text(element, "Viewpoint"))
    snapshot_file = _clean(child_text(element, "Snapshot"))
    return BcfViewpoint(
        guid=(attribute(element, "Guid") or "").strip(),
        viewpoint_file=viewpoint_file,
        snapshot_file=snapshot_file,
        snapshot=_load_relative(snapshot_file, context.topic_dir, context),
        index=parse_int(child_text(element, "Index")),
        visualization=_visualization(viewpoint_file, context),
    )


def _legacy_viewpoint(context: TopicContext) -> BcfViewpoint | None:
    """BCF 1.0 kept one unlisted ``viewpoint.bcfv``/``snapshot.png`` per topic."""
    visualization = _visualization("viewpoint.bcfv", context)
    snapshot = context.load(posixpath.join(context.topic_dir, "snapshot.png"))
    if visualization is None and snapshot is None:
        return None
    return BcfViewpoint(
        guid=visualization.guid if visualization is not None else "",
        viewpoint_file="viewpoint.bcfv" if visualization is not None else None,
        snapshot_file="snapshot.png" if snapshot is not None else None,
        snapshot=snapshot,
        visualization=visualization,
    )


def _visualization(viewpoint_file: str | None, context: TopicContext) -> BcfVisualization | None:
    if not viewpoint_file:
        return None
    member = resolve_relative(context.topic_dir, viewpoint_file)
    data = context.load(member) if member is not None else None
    if member is None or data is None:
        return None
    base_dir = posixpath.dirname(member)
    try:
        root = parse_xml(data, source=f"{context.label}:{member}")
        return parse_visualization(
            root, lambda reference: _load_relative(reference, base_dir, context)
        )
    except UnsafeContentError:
        raise
    except InteropError as exc:
        context.warnings.append(
            translate(
                "Interop", "{problem} The viewpoint was kept without its camera and components."
            ).format(problem=exc.message)
        )
        return None


def _document(element: ET.Element, context: TopicContext) -> BcfDocumentReference:
    guid = _clean(attribute(element, "Guid"))
    description = _optional_text(child_text(element, "Description"))
    url = _clean(child_text(element, "Url"))
    if url is not None:
        return BcfDocumentReference(guid=guid, description=description, url=url)
    document_guid = _clean(child_text(element, "DocumentGuid"))
    if document_guid is not None:
        entry = context.documents.get(document_guid.lower())
        data = None
        for folder in ("documents", "Documents"):
            data = context.load(posixpath.join(context.root_dir, folder, document_guid))
            if data is not None:
                break
        if data is None:
            context.warnings.append(
                translate(
                    "Interop",
                    "“{label}”: the document {guid} referenced by topic folder “{topic}” is missing.",
                ).format(label=context.label, guid=document_guid, topic=context.topic_dir)
            )
        return BcfDocumentReference(
            guid=guid,
            description=description,
            filename=entry.filename if entry is not None else None,
            data=data,
            document_guid=document_guid,
            document_description=entry.description if entry is not None else None,
        )
    referenced = _clean(child_text(element, "ReferencedDocument")) or ""
    external = parse_bool(attribute(element, "IsExternal"))
    if external or "://" in referenced:
        return BcfDocumentReference(guid=guid, description=description, url=referenced)
    member = resolve_relative(context.topic_dir, referenced)
    return BcfDocumentReference(
        guid=guid,
        description=description,
        filename=posixpath.basename(member or referenced.replace("\\", "/")) or None,
        data=context.load(member) if member is not None else None,
    )


def _snippet(element: ET.Element | None, context: TopicContext) -> BcfBimSnippet | None:
    if element is None:
        return None
    reference = _clean(child_text(element, "Reference")) or ""
    external = bool(parse_bool(attribute(element, "IsExternal")))
    return BcfBimSnippet(
        snippet_type=_clean(attribute(element, "SnippetType")) or "",
        reference=reference,
        reference_schema=_clean(child_text(element, "ReferenceSchema")) or "",
        is_external=external,
        data=None if external else _load_relative(reference, context.topic_dir, context),
    )


def _header_files(header: ET.Element | None, context: TopicContext) -> list[BcfHeaderFile]:
    if header is None:
        return []
    elements = [*find_children(header, "File"), *_wrapped(header, "Files", "File")]
    files: list[BcfHeaderFile] = []
    for element in elements:
        external = parse_bool(attribute(element, "IsExternal"))
        files.append(
            BcfHeaderFile(
                filename=_clean(child_text(element, "Filename")),
                date=_date(element, "Date", context),
                reference=_clean(child_text(element, "Reference")),
                ifc_project=_clean(attribute(element, "IfcProject")),
                ifc_spatial_structure_element=_clean(
                    attribute(element, "IfcSpatialStructureElement")
                ),
                is_external=True if external is None else external,
            )
        )
    return files


def _unknown(parent: ET.Element, known: frozenset[str]) -> tuple[str, ...]:
    return tuple(
        raw_xml_normalized(child)
        for child in parent
        if local_name(child.tag) and local_name(child.tag) not in known
    )
