"""Plain, frozen values for BCF (BIM Collaboration Format) 2.1 and 3.0 content.

One model serves both versions: the reader fills it from either, the writers produce
either from it. What one version cannot carry (3.0's ``ServerAssignedId`` and document
ids in 2.1, 2.1's topic ``Index`` in 3.0 …) is simply left out when writing that version.
Elements this model does not know are kept as raw XML strings in ``unknown_elements``
and written back, so tool-specific extensions survive a round trip.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from types import MappingProxyType

BCF_2_1 = "2.1"
BCF_3_0 = "3.0"
BCF_VERSIONS = (BCF_2_1, BCF_3_0)


def _no_files() -> Mapping[str, bytes]:
    return MappingProxyType({})


@dataclass(frozen=True)
class Vector3:
    x: float
    y: float
    z: float


@dataclass(frozen=True)
class BcfComponent:
    ifc_guid: str | None
    originating_system: str | None = None
    authoring_tool_id: str | None = None


@dataclass(frozen=True)
class BcfColoring:
    color: str  # "RRGGBB" or "AARRGGBB" hex
    components: tuple[BcfComponent, ...]


@dataclass(frozen=True)
class BcfCamera:
    """``kind`` is "perspective" (with ``field_of_view``) or "orthogonal" (with ``view_to_world_scale``)."""

    kind: str
    view_point: Vector3
    direction: Vector3
    up_vector: Vector3
    field_of_view: float | None = None
    view_to_world_scale: float | None = None
    aspect_ratio: float | None = None  # BCF 3.0 only


@dataclass(frozen=True)
class BcfLine:
    start: Vector3
    end: Vector3


@dataclass(frozen=True)
class BcfClippingPlane:
    location: Vector3
    direction: Vector3


@dataclass(frozen=True)
class BcfBitmap:
    """An image placed in the 3D view; ``data`` holds the image file when the archive has it."""

    format: str  # "png" | "jpg"
    reference: str
    location: Vector3
    normal: Vector3
    up: Vector3
    height: float
    data: bytes | None = None


@dataclass(frozen=True)
class BcfVisualization:
    """The content of a ``.bcfv`` viewpoint file."""

    guid: str
    selection: tuple[BcfComponent, ...] = ()
    default_visibility: bool | None = None
    visibility_exceptions: tuple[BcfComponent, ...] = ()
    spaces_visible: bool | None = None
    space_boundaries_visible: bool | None = None
    openings_visible: bool | None = None
    coloring: tuple[BcfColoring, ...] = ()
    camera: BcfCamera | None = None
    lines: tuple[BcfLine, ...] = ()
    clipping_planes: tuple[BcfClippingPlane, ...] = ()
    bitmaps: tuple[BcfBitmap, ...] = ()
    unknown_elements: tuple[str, ...] = ()


@dataclass(frozen=True)
class BcfViewpoint:
    """A viewpoint listed in a topic's markup: the camera/visibility file and its snapshot."""

    guid: str
    viewpoint_file: str | None = None
    snapshot_file: str | None = None
    snapshot: bytes | None = None
    index: int | None = None
    visualization: BcfVisualization | None = None


@dataclass(frozen=True)
class BcfComment:
    guid: str
    date: datetime | None
    author: str
    text: str
    viewpoint_guid: str | None = None
    modified_date: datetime | None = None
    modified_author: str | None = None
    unknown_elements: tuple[str, ...] = ()


@dataclass(frozen=True)
class BcfDocumentReference:
    """A link to a document: external (``url``) or carried inside the archive (``filename``/``data``)."""

    guid: str | None = None
    description: str | None = None
    url: str | None = None
    filename: str | None = None
    data: bytes | None = None
    document_guid: str | None = None  # BCF 3.0 documents.xml id
    document_description: str | None = None

    @property
    def is_external(self) -> bool:
        return self.url is not None


@dataclass(frozen=True)
class BcfBimSnippet:
    snippet_type: str
    reference: str
    reference_schema: str
    is_external: bool = False
    data: bytes | None = None


@dataclass(frozen=True)
class BcfHeaderFile:
    """A model file (usually IFC) the topic refers to."""

    filename: str | None = None
    date: datetime | None = None
    reference: str | None = None
    ifc_project: str | None = None
    ifc_spatial_structure_element: str | None = None
    is_external: bool = True


@dataclass(frozen=True)
class BcfTopic:
    guid: str
    title: str
    creation_date: datetime | None
    creation_author: str
    topic_type: str | None = None
    topic_status: str | None = None
    description: str | None = None
    priority: str | None = None
    labels: tuple[str, ...] = ()
    due_date: datetime | None = None
    assigned_to: str | None = None
    modified_date: datetime | None = None
    modified_author: str | None = None
    stage: str | None = None
    index: int | None = None
    server_assigned_id: str | None = None
    reference_links: tuple[str, ...] = ()
    related_topics: tuple[str, ...] = ()
    document_references: tuple[BcfDocumentReference, ...] = ()
    bim_snippet: BcfBimSnippet | None = None
    header_files: tuple[BcfHeaderFile, ...] = ()
    comments: tuple[BcfComment, ...] = ()
    viewpoints: tuple[BcfViewpoint, ...] = ()
    unknown_elements: tuple[str, ...] = ()  # unknown children of <Topic>
    unknown_markup_elements: tuple[str, ...] = ()  # unknown children of <Markup>


@dataclass(frozen=True)
class BcfProject:
    project_id: str
    name: str | None = None


@dataclass(frozen=True)
class BcfExtensions:
    """The project's value lists (BCF 3.0 ``extensions.xml``; 2.1 ``extensions.xsd`` enumerations)."""

    topic_types: tuple[str, ...] = ()
    topic_statuses: tuple[str, ...] = ()
    priorities: tuple[str, ...] = ()
    topic_labels: tuple[str, ...] = ()
    users: tuple[str, ...] = ()
    snippet_types: tuple[str, ...] = ()
    stages: tuple[str, ...] = ()


@dataclass(frozen=True)
class BcfArchive:
    """A whole BCF file. ``extra_files`` keeps members nothing else accounts for (IFC
    models, schemas …) by path, so writing the archive again keeps them."""

    version: str
    topics: tuple[BcfTopic, ...]
    project: BcfProject | None = None
    extensions: BcfExtensions | None = None
    extra_files: Mapping[str, bytes] = field(default_factory=_no_files)
    warnings: tuple[str, ...] = ()
