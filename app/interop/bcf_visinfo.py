"""Read and write BCF viewpoint files (``.bcfv``, ``VisualizationInfo``) for 2.1 and 3.0.

The reader accepts either version's shape (2.1 keeps ``ViewSetupHints`` in
``Components`` and repeats ``Bitmap`` at the root; 3.0 moves the hints into
``Visibility``, wraps colored components and bitmaps, and adds ``AspectRatio``).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable, Sequence

from executrek.app.interop.bcf_model import (
    BCF_2_1,
    BcfBitmap,
    BcfCamera,
    BcfClippingPlane,
    BcfColoring,
    BcfComponent,
    BcfLine,
    BcfVisualization,
    Vector3,
)
from executrek.app.interop.safe_xml import (
    attribute,
    child_text,
    find_child,
    find_children,
    local_name,
    raw_xml_normalized,
)
from executrek.app.interop.xml_build import (
    append_raw,
    format_float,
    parse_bool,
    parse_float,
    sub,
    xml_bool,
)

_KNOWN = frozenset(
    {
        "Components",
        "OrthogonalCamera",
        "PerspectiveCamera",
        "Lines",
        "ClippingPlanes",
        "Bitmap",
        "Bitmaps",
    }
)


def parse_visualization(root: ET.Element, load: Callable[[str], bytes | None]) -> BcfVisualization:
    """``load(reference)`` returns a bitmap's bytes (resolved next to the viewpoint) or None."""
    components = find_child(root, "Components")
    selection: tuple[BcfComponent, ...] = ()
    exceptions: tuple[BcfComponent, ...] = ()
    coloring: list[BcfColoring] = []
    default_visibility: bool | None = None
    hints: ET.Element | None = None
    if components is not None:
        selection_element = find_child(components, "Selection")
        if selection_element is not None:
            selection = _components(selection_element)
        visibility = find_child(components, "Visibility")
        hints = find_child(components, "ViewSetupHints")
        if visibility is not None:
            default_visibility = parse_bool(attribute(visibility, "DefaultVisibility"))
            exceptions_element = find_child(visibility, "Exceptions")
            if exceptions_element is not None:
                exceptions = _components(exceptions_element)
            nested_hints = find_child(visibility, "ViewSetupHints")  # BCF 3.0 keeps them here
            if nested_hints is not None:
                hints = nested_hints
        coloring_element = find_child(components, "Coloring")
        if coloring_element is not None:
            for color in find_children(coloring_element, "Color"):
                wrapped = find_child(color, "Components")
                members = _components(color) + (_components(wrapped) if wrapped is not None else ())
                coloring.append(
                    BcfColoring(color=attribute(color, "Color") or "", components=members)
                )
    bitmaps = [
        bitmap
        for element in find_children(root, "Bitmap") + _bitmaps_3(root)
        if (bitmap := _bitmap(element, load)) is not None
    ]
    lines_element = find_child(root, "Lines")
    planes_element = find_child(root, "ClippingPlanes")
    return BcfVisualization(
        guid=attribute(root, "Guid") or "",
        selection=selection,
        default_visibility=default_visibility,
        visibility_exceptions=exceptions,
        spaces_visible=_hint(hints, "SpacesVisible"),
        space_boundaries_visible=_hint(hints, "SpaceBoundariesVisible"),
        openings_visible=_hint(hints, "OpeningsVisible"),
        coloring=tuple(coloring),
        camera=_camera(root),
        lines=tuple(
            BcfLine(start, end)
            for line in (find_children(lines_element, "Line") if lines_element is not None else [])
            if (start := _vector(line, "StartPoint")) is not None
            and (end := _vector(line, "EndPoint")) is not None
        ),
        clipping_planes=tuple(
            BcfClippingPlane(location, direction)
            for plane in (
                find_children(planes_element, "ClippingPlane") if planes_element is not None else []
            )
            if (location := _vector(plane, "Location")) is not None
            and (direction := _vector(plane, "Direction")) is not None
        ),
        bitmaps=tuple(bitmaps),
        unknown_elements=tuple(
            raw_xml_normalized(child)
            for child in root
            if local_name(child.tag) and local_name(child.tag) not in _KNOWN
        ),
    )


def build_visualization(vis: BcfVisualization, version: str) -> ET.Element:
    """The ``VisualizationInfo`` element for ``version``; bitmaps keep their ``reference``."""
    v21 = version == BCF_2_1
    root = ET.Element("VisualizationInfo", {"Guid": vis.guid})
    has_hints = any(
        value is not None
        for value in (vis.spaces_visible, vis.space_boundaries_visible, vis.openings_visible)
    )
    if (
        vis.selection
        or vis.visibility_exceptions
        or vis.coloring
        or has_hints
        or vis.default_visibility is not None
    ):
        components = sub(root, "Components")
        if v21 and has_hints:
            _write_hints(components, vis)
        if vis.selection:
            _write_components(sub(components, "Selection"), vis.selection)
        visibility = sub(
            components,
            "Visibility",
            attrib={
                "DefaultVisibility": None
                if vis.default_visibility is None
                else xml_bool(vis.default_visibility)
            },
        )
        if not v21 and has_hints:
            _write_hints(visibility, vis)
        if vis.visibility_exceptions:
            _write_components(sub(visibility, "Exceptions"), vis.visibility_exceptions)
        if vis.coloring:
            coloring = sub(components, "Coloring")
            for color in vis.coloring:
                color_element = sub(coloring, "Color", attrib={"Color": color.color})
                _write_components(
                    color_element if v21 else sub(color_element, "Components"), color.components
                )
    if vis.camera is not None:
        _write_camera(root, vis.camera, v21)
    lines = [(line.start, line.end) for line in vis.lines]
    _write_vector_pairs(root, "Lines", "Line", ("StartPoint", "EndPoint"), lines)
    planes = [(plane.location, plane.direction) for plane in vis.clipping_planes]
    _write_vector_pairs(root, "ClippingPlanes", "ClippingPlane", ("Location", "Direction"), planes)
    if vis.bitmaps:
        container = root if v21 else sub(root, "Bitmaps")
        for bitmap in vis.bitmaps:
            element = sub(container, "Bitmap")
            sub(
                element,
                "Bitmap" if v21 else "Format",
                bitmap.format.upper() if v21 else bitmap.format.lower(),
            )
            sub(element, "Reference", bitmap.reference)
            _write_vector(element, "Location", bitmap.location)
            _write_vector(element, "Normal", bitmap.normal)
            _write_vector(element, "Up", bitmap.up)
            sub(element, "Height", format_float(bitmap.height))
    for raw in vis.unknown_elements:
        append_raw(root, raw, source=f"viewpoint {vis.guid}")
    return root


def _components(parent: ET.Element) -> tuple[BcfComponent, ...]:
    return tuple(
        BcfComponent(
            ifc_guid=attribute(component, "IfcGuid"),
            originating_system=child_text(component, "OriginatingSystem"),
            authoring_tool_id=child_text(component, "AuthoringToolId"),
        )
        for component in find_children(parent, "Component")
    )


def _hint(hints: ET.Element | None, name: str) -> bool | None:
    return None if hints is None else parse_bool(attribute(hints, name))


def _vector(parent: ET.Element, name: str) -> Vector3 | None:
    element = find_child(parent, name)
    if element is None:
        return None
    x, y, z = (parse_float(child_text(element, axis)) for axis in ("X", "Y", "Z"))
    if x is None or y is None or z is None:
        return None
    return Vector3(x, y, z)


def _camera(root: ET.Element) -> BcfCamera | None:
    for tag, kind in (("PerspectiveCamera", "perspective"), ("OrthogonalCamera", "orthogonal")):
        element = find_child(root, tag)
        if element is None:
            continue
        view_point = _vector(element, "CameraViewPoint")
        direction = _vector(element, "CameraDirection")
        up_vector = _vector(element, "CameraUpVector")
        if view_point is None or direction is None or up_vector is None:
            return None
        return BcfCamera(
            kind=kind,
            view_point=view_point,
            direction=direction,
            up_vector=up_vector,
            field_of_view=parse_float(child_text(element, "FieldOfView")),
            view_to_world_scale=parse_float(child_text(element, "ViewToWorldScale")),
            aspect_ratio=parse_float(child_text(element, "AspectRatio")),
        )
    return None


def _bitmaps_3(root: ET.Element) -> list[ET.Element]:
    container = find_child(root, "Bitmaps")
    return find_children(container, "Bitmap") if container is not None else []


def _bitmap(element: ET.Element, load: Callable[[str], bytes | None]) -> BcfBitmap | None:
    reference = child_text(element, "Reference")
    location = _vector(element, "Location")
    normal = _vector(element, "Normal")
    up = _vector(element, "Up")
    height = parse_float(child_text(element, "Height"))
    if not reference or location is None or normal is None or up is None or height is None:
        return None
    image_format = (
        (child_text(element, "Format") or child_text(element, "Bitmap") or "png").strip().lower()
    )
    return BcfBitmap(
        format=image_format,
        reference=reference.strip(),
        location=location,
        normal=normal,
        up=up,
        height=height,
        data=load(reference.strip()),
    )


def _write_hints(parent: ET.Element, vis: BcfVisualization) -> None:
    sub(
        parent,
        "ViewSetupHints",
        attrib={
            "SpacesVisible": None if vis.spaces_visible is None else xml_bool(vis.spaces_visible),
            "SpaceBoundariesVisible": (
                None
                if vis.space_boundaries_visible is None
                else xml_bool(vis.space_boundaries_visible)
            ),
            "OpeningsVisible": None
            if vis.openings_visible is None
            else xml_bool(vis.openings_visible),
        },
    )


def _write_components(parent: ET.Element, components: tuple[BcfComponent, ...]) -> None:
    for component in components:
        element = sub(parent, "Component", attrib={"IfcGuid": component.ifc_guid})
        if component.originating_system is not None:
            sub(element, "OriginatingSystem", component.originating_system)
        if component.authoring_tool_id is not None:
            sub(element, "AuthoringToolId", component.authoring_tool_id)


def _write_vector(parent: ET.Element, tag: str, vector: Vector3) -> None:
    element = sub(parent, tag)
    sub(element, "X", format_float(vector.x))
    sub(element, "Y", format_float(vector.y))
    sub(element, "Z", format_float(vector.z))


def _write_vector_pairs(
    root: ET.Element,
    wrapper: str,
    tag: str,
    names: tuple[str, str],
    pairs: Sequence[tuple[Vector3, Vector3]],
) -> None:
    """Lines (start, end) or clipping planes (location, direction): a ``wrapper`` of
    ``tag`` elements, each with its two vectors; nothing when there are none."""
    if not pairs:
        return
    container = sub(root, wrapper)
    for first, second in pairs:
        element = sub(container, tag)
        _write_vector(element, names[0], first)
        _write_vector(element, names[1], second)


def _write_camera(root: ET.Element, camera: BcfCamera, v21: bool) -> None:
    perspective = camera.kind == "perspective"
    element = sub(root, "PerspectiveCamera" if perspective else "OrthogonalCamera")
    _write_vector(element, "CameraViewPoint", camera.view_point)
    _write_vector(element, "CameraDirection", camera.direction)
    _write_vector(element, "CameraUpVector", camera.up_vector)
    if perspective:
        sub(
            element,
            "FieldOfView",
            format_float(camera.field_of_view if camera.field_of_view is not None else 60.0),
        )
    else:
        scale = camera.view_to_world_scale
        sub(element, "ViewToWorldScale", format_float(scale if scale is not None else 1.0))
    if not v21:
        # Required in 3.0; 1.0 when the source (2.1) did not say.
        sub(
            element,
            "AspectRatio",
            format_float(camera.aspect_ratio if camera.aspect_ratio is not None else 1.0),
        )
