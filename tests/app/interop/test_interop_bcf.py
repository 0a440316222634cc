from __future__ import annotations

import zipfile
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from executrek.app.interop.bcf import (
    BCF_2_1,
    BCF_3_0,
    BcfArchive,
    BcfCamera,
    BcfComment,
    BcfComponent,
    BcfDocumentReference,
    BcfExtensions,
    BcfProject,
    BcfTopic,
    BcfViewpoint,
    BcfVisualization,
    Vector3,
    read_bcf,
    write_bcf,
)
from executrek.app.interop.errors import InteropError
from executrek.app.interop.safe_paths import safe_join
from executrek.app.interop.safe_xml import parse_xml

CASES = "bcf_buildingsmart_test_cases"


def case(interop_data: Path, relative: str) -> Path:
    return interop_data / CASES / relative


def test_every_official_test_case_imports(bcf_cases: list[Path]) -> None:
    assert len(bcf_cases) == 38
    versions = {BCF_2_1: 0, BCF_3_0: 0}
    for path in bcf_cases:
        archive = read_bcf(path)
        versions[archive.version] += 1
        assert archive.topics, path
        assert archive.warnings == (), (path, archive.warnings)
        for topic in archive.topics:
            assert topic.guid, path
            assert topic.title, path
            assert topic.creation_date is not None, path
            for viewpoint in topic.viewpoints:
                assert viewpoint.snapshot is None or viewpoint.snapshot.startswith(b"\x89PNG"), path
                assert viewpoint.visualization is not None, path
                assert viewpoint.visualization.camera is not None, path
    assert versions == {BCF_2_1: 19, BCF_3_0: 19}


@pytest.mark.parametrize("version", [BCF_2_1, BCF_3_0])
def test_round_trip_in_the_same_version_keeps_everything(
    bcf_cases: list[Path], tmp_path: Path, version: str
) -> None:
    for number, path in enumerate(bcf_cases):
        original = read_bcf(path)
        if original.version != version:
            continue
        written = tmp_path / f"{number}.bcf"
        write_bcf(original, written)
        again = read_bcf(written)
        assert again.version == original.version
        assert again.topics == original.topics, path
        assert again.project == original.project, path
        assert again.extensions == original.extensions, path
        assert dict(again.extra_files) == dict(original.extra_files), path


def test_converting_between_versions_keeps_the_content(
    bcf_cases: list[Path], tmp_path: Path
) -> None:
    for number, path in enumerate(bcf_cases):
        original = read_bcf(path)
        other = BCF_3_0 if original.version == BCF_2_1 else BCF_2_1
        write_bcf(original, tmp_path / f"{number}.bcf", version=other)
        converted = read_bcf(tmp_path / f"{number}.bcf")
        assert converted.version == other
        for before, after in zip(original.topics, converted.topics, strict=True):
            assert (after.guid, after.title, after.description) == (
                before.guid,
                before.title,
                before.description,
            )
            assert (after.labels, after.due_date, after.assigned_to) == (
                before.labels,
                before.due_date,
                before.assigned_to,
            )
            assert [c.text for c in after.comments] == [c.text for c in before.comments]
            assert [c.viewpoint_guid for c in after.comments] == [
                c.viewpoint_guid for c in before.comments
            ]
            assert [v.snapshot for v in after.viewpoints] == [v.snapshot for v in before.viewpoints]
            for vb, va in zip(before.viewpoints, after.viewpoints, strict=True):
                assert vb.visualization is not None
                assert va.visualization is not None
                assert va.visualization.selection == vb.visualization.selection
                assert (
                    va.visualization.visibility_exceptions == vb.visualization.visibility_exceptions
                )
                assert va.visualization.coloring == vb.visualization.coloring
                assert va.visualization.spaces_visible == vb.visualization.spaces_visible
            assert [(d.url, d.filename, d.data) for d in after.document_references] == [
                (d.url, d.filename, d.data) for d in before.document_references
            ]


def test_minimum_information_facts(interop_data: Path) -> None:
    [topic] = read_bcf(
        case(interop_data, "v2.1/Markup/MinimumInformation/MinimumInformation.bcf")
    ).topics
    assert topic.guid.lower() == "ae693c83-c932-400e-8570-4a2cf45abcf3"
    [topic] = read_bcf(
        case(interop_data, "v3.0/Markup/Minimum information/Minimum information.bcf")
    ).topics
    assert topic.guid == "b0ddb128-a997-44c1-8ad8-59492daa5f6b"
    assert topic.creation_date == datetime(2021, 2, 17, 9, 16, 36, 674000, UTC)
    assert topic.creation_author == "Architect@example.com"
    assert (topic.topic_type, topic.topic_status) == ("ERROR", "OPEN")


def test_maximum_information_facts(interop_data: Path) -> None:
    archive = read_bcf(case(interop_data, "v2.1/Markup/MaximumInformation/MaximumInformation.bcf"))
    topics = {topic.title: topic for topic in archive.topics}
    assert set(topics) == {"Maximum Content", "Referenced topic"}
    topic = topics["Maximum Content"]
    assert (topic.topic_type, topic.topic_status, topic.priority, topic.index) == (
        "Structural",
        "Open",
        "High",
        0,
    )
    assert topic.labels == ("Structural", "IT Development")
    assert topic.reference_links == ("https://bim--it.net",)
    assert (topic.stage, topic.assigned_to) == ("Construction Start", "linhard@iabi.eu")
    assert topic.due_date == datetime(2016, 10, 2, 14, 22, 47, tzinfo=UTC)
    assert topic.related_topics == ("d1068c81-af04-4546-b63c-348810f6c716",)
    assert topic.bim_snippet is not None
    assert topic.bim_snippet.data is not None
    assert b"{" in topic.bim_snippet.data
    external, internal = topic.document_references
    assert external.url == "https://github.com/BuildingSMART/BCF-XML"
    assert (internal.filename, internal.is_external) == ("markup.xsd", False)
    assert internal.data is not None
    assert internal.data.lstrip().startswith(b"<?xml")
    assert len(topic.comments) == 4
    assert topic.comments[2].viewpoint_guid == "4ab7514b-b216-4d56-98d2-45cf8500ff5a"
    assert topic.comments[3].modified_author == "dangl@iabi.eu"
    assert [v.index for v in topic.viewpoints] == [2, 0, 1]
    vis = topic.viewpoints[0].visualization
    assert vis is not None
    assert (
        vis.guid == "8dc86298-9737-40b4-a448-98a9e953293a"
    )  # the file's own guid differs from the markup's
    assert len(vis.selection) == 5
    assert len(vis.visibility_exceptions) == 5
    assert vis.coloring[0].color == "3498DB"
    assert len(vis.coloring[0].components) == 4
    assert vis.camera is not None
    assert vis.camera.kind == "perspective"
    assert vis.camera.field_of_view == 60
    assert len(vis.lines) == 3
    assert len(vis.clipping_planes) == 2
    assert [b.reference for b in vis.bitmaps] == ["bitmap.png", "tux.png"]
    assert all(b.data is not None and b.data.startswith(b"\x89PNG") for b in vis.bitmaps)
    assert list(archive.extra_files) == ["IfcPile_01.ifc"]
    assert archive.project == BcfProject(
        "F338B6F0-A93E-40FF-A4D6-6117CD21EC2A", "BCF API Implementation"
    )
    assert archive.extensions is not None
    assert "Structural" in archive.extensions.topic_types


def test_bcf_3_specifics(interop_data: Path) -> None:
    [topic] = read_bcf(
        case(
            interop_data, "v3.0/Markup/Document reference internal/Document reference internal.bcf"
        )
    ).topics
    [document] = topic.document_references
    assert (document.filename, document.document_guid, document.data) == (
        "ThisIsADocument.txt",
        "b1d1b7f0-60b9-457d-ad12-16e0fb997bc5",
        b"",
    )
    assert topic.server_assigned_id == "6"
    [topic] = read_bcf(
        case(
            interop_data, "v3.0/Markup/Document Reference External/document reference external.bcf"
        )
    ).topics
    assert topic.document_references[0].url is not None
    assert topic.document_references[0].url.startswith("http://")
    assert [f.filename for f in topic.header_files] == ["MEP.ifc", "Architectural.ifc"]
    [topic] = read_bcf(case(interop_data, "v3.0/Markup/Labels/Labels.bcf")).topics
    assert topic.labels == ("Architects",)
    [topic] = read_bcf(case(interop_data, "v3.0/Markup/Milestone/Milestone.bcf")).topics
    assert topic.stage == "February"
    assert topic.comments[0].text == ""  # 3.0 comments may carry only a viewpoint
    archive = read_bcf(
        case(interop_data, "v3.0/Visualization/Orthogonal camera/orthogonal camera.bcf")
    )
    camera = archive.topics[0].viewpoints[0].visualization
    assert camera is not None
    assert camera.camera is not None
    assert camera.camera.kind == "orthogonal"
    assert camera.camera.aspect_ratio is not None
    assert archive.extensions is not None
    assert "CLASH" in archive.extensions.topic_types


def test_unzipped_folder_reads_like_the_zip(bcf_cases: list[Path], tmp_path: Path) -> None:
    for number, path in enumerate(bcf_cases):
        folder = tmp_path / f"case{number}" / "unzipped"
        with zipfile.ZipFile(path) as package:  # our own trusted test data
            package.extractall(folder)
        assert read_bcf(folder).topics == read_bcf(path).topics


def test_zip_with_an_enclosing_folder(
    interop_data: Path, make_zip: Callable[[str, dict[str, bytes]], Path]
) -> None:
    source = case(interop_data, "v3.0/Markup/Labels/Labels.bcf")
    with zipfile.ZipFile(source) as package:
        members = {
            f"Export 2026/{name}": package.read(name)
            for name in package.namelist()
            if not name.endswith("/")
        }
    nested = make_zip("nested.bcfzip", members)
    assert read_bcf(nested).topics == read_bcf(source).topics


def our_topic(guid: str, photo: bytes) -> BcfTopic:
    created = datetime(2026, 3, 2, 14, 30, tzinfo=UTC)
    return BcfTopic(
        guid=guid,
        title="Sprinkler head clashes with duct",
        creation_date=created,
        creation_author="owner.rep@example.com",
        topic_type="Clash",
        topic_status="Open",
        description="Level 2, grid C/4.\nSee photo.",
        priority="High",
        labels=("Mechanical", "Fire protection"),
        due_date=datetime(2026, 3, 20, tzinfo=UTC),
        assigned_to="gc.pm@example.com",
        comments=(
            BcfComment(
                guid="6a0d0c77-95a3-4a3e-9a0e-3f7f8f9f1b11",
                date=created,
                author="owner.rep@example.com",
                text="Please coordinate before ceiling close-in.",
                viewpoint_guid="0e9f3c1e-1a2b-4c5d-8e9f-0a1b2c3d4e5f",
            ),
        ),
        viewpoints=(
            BcfViewpoint(
                guid="0e9f3c1e-1a2b-4c5d-8e9f-0a1b2c3d4e5f",
                viewpoint_file="viewpoint.bcfv",
                snapshot_file="photo.jpg",
                snapshot=photo,
                visualization=BcfVisualization(
                    guid="0e9f3c1e-1a2b-4c5d-8e9f-0a1b2c3d4e5f",
                    selection=(BcfComponent("3vB2YO$MX4xv5uCqZZG05x"),),
                    default_visibility=True,
                    camera=BcfCamera(
                        kind="perspective",
                        view_point=Vector3(1.0, 2.0, 3.0),
                        direction=Vector3(0.0, 1.0, 0.0),
                        up_vector=Vector3(0.0, 0.0, 1.0),
                        field_of_view=60.0,
                        aspect_ratio=1.5,
                    ),
                ),
            ),
        ),
        document_references=(
            BcfDocumentReference(
                description="RFI 42", filename="rfi-42.pdf", data=b"%PDF-1.4 fake"
            ),
            BcfDocumentReference(description="Spec", url="https://example.com/spec"),
        ),
        unknown_elements=('<VendorField source="acme">kept <b>as is</b></VendorField>',),
    )


@pytest.mark.parametrize("version", [BCF_2_1, BCF_3_0])
def test_writing_our_own_topics_gives_the_official_layout(tmp_path: Path, version: str) -> None:
    guid = "9d5f4a52-1f0e-4c1a-9a47-0d4b7d0d2f10"
    archive = BcfArchive(
        version=version,
        topics=(our_topic(guid, b"\xff\xd8\xff\xe0 fake jpeg"),),
        project=BcfProject("5b1e2b3c-0000-4000-8000-000000000001", "Acme Tower"),
        extensions=BcfExtensions(topic_types=("Clash", "Issue"), topic_statuses=("Open", "Closed")),
    )
    path = tmp_path / "ours.bcf"
    write_bcf(archive, path)
    with zipfile.ZipFile(path) as package:
        names = set(package.namelist())
        version_root = parse_xml(package.read("bcf.version"), source="bcf.version")
        markup = package.read(f"{guid}/markup.bcf").decode()
    assert version_root.get("VersionId") == version
    assert {"bcf.version", "project.bcfp", f"{guid}/markup.bcf", f"{guid}/photo.jpg"} <= names
    assert f"{guid}/viewpoint.bcfv" in names
    if version == BCF_3_0:
        assert {"extensions.xml", "documents.xml"} <= names
        assert any(name.startswith("documents/") for name in names)
        assert "<Comments>" in markup
        assert "<Labels>" in markup
        assert "<Label>" in markup
    else:
        assert {"extensions.xsd", "rfi-42.pdf"} <= names
        assert "<ReferencedDocument>../rfi-42.pdf</ReferencedDocument>" in markup
    back = read_bcf(path)
    assert back.version == version
    assert back.topics[0].unknown_elements == archive.topics[0].unknown_elements
    namespaced = replace(
        archive,
        topics=(
            replace(archive.topics[0], unknown_elements=('<X xmlns="urn:vendor" a="1">kept</X>',)),
        ),
    )
    write_bcf(namespaced, path)
    [kept] = read_bcf(path).topics[0].unknown_elements
    element = parse_xml(kept.encode(), source="kept")
    assert (element.tag, element.get("a"), element.text) == ("{urn:vendor}X", "1", "kept")
    expected = archive.topics[0].viewpoints
    if version == BCF_2_1:  # 2.1 cameras have no aspect ratio
        vis = expected[0].visualization
        assert vis is not None
        assert vis.camera is not None
        expected = (
            replace(
                expected[0],
                visualization=replace(vis, camera=replace(vis.camera, aspect_ratio=None)),
            ),
        )
    assert back.topics[0].viewpoints == expected
    assert back.topics[0].comments == archive.topics[0].comments
    assert back.topics[0].labels == archive.topics[0].labels
    assert [(d.filename, d.data, d.url) for d in back.topics[0].document_references] == [
        ("rfi-42.pdf", b"%PDF-1.4 fake", None),
        (None, None, "https://example.com/spec"),
    ]
    assert back.extensions == archive.extensions
    assert back.project == archive.project


def test_writer_refuses_what_bcf_cannot_hold(tmp_path: Path) -> None:
    topic = our_topic("9d5f4a52-1f0e-4c1a-9a47-0d4b7d0d2f10", b"x")
    with pytest.raises(InteropError, match=r"choose 2\.1 or 3\.0"):
        write_bcf(BcfArchive(version="1.0", topics=(topic,)), tmp_path / "a.bcf")
    with pytest.raises(InteropError, match="share the GUID"):
        write_bcf(BcfArchive(version=BCF_3_0, topics=(topic, topic)), tmp_path / "b.bcf")
    bad = BcfTopic(guid="../escape", title="x", creation_date=None, creation_author="a")
    with pytest.raises(InteropError, match="unusable GUID"):
        write_bcf(BcfArchive(version=BCF_3_0, topics=(bad,)), tmp_path / "c.bcf")
    undated = BcfTopic(
        guid="9d5f4a52-1f0e-4c1a-9a47-0d4b7d0d2f11",
        title="x",
        creation_date=None,
        creation_author="a",
    )
    with pytest.raises(InteropError, match="no creation date"):
        write_bcf(BcfArchive(version=BCF_2_1, topics=(undated,)), tmp_path / "d.bcf")
    assert not list(tmp_path.iterdir())


def test_saving_attachments_stays_inside_the_chosen_folder(tmp_path: Path) -> None:
    target = safe_join(tmp_path, "topic/Snapshot.png")
    assert target == (tmp_path / "topic" / "Snapshot.png").resolve()
    for hostile in (
        "../outside.png",
        "/etc/passwd",
        "C:/Windows/x.png",
        "a/../../b.png",
        "..\\up.png",
    ):
        with pytest.raises(InteropError):
            safe_join(tmp_path, hostile)
