"""Hostile and broken BCF files: each gives a clear InteropError and nothing else escapes."""

from __future__ import annotations

import os
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from executrek.app.interop.bcf import read_bcf
from executrek.app.interop.errors import InteropError, UnsafeContentError
from executrek.app.interop.limits import ArchiveLimits

MakeZip = Callable[[str, dict[str, bytes]], Path]

GOOD_MARKUP = b"""<?xml version="1.0" encoding="UTF-8"?>
<Markup><Topic Guid="2f3a1c9e-5d8b-4c7e-9f0a-1b2c3d4e5f60" TopicType="Issue" TopicStatus="Open">
<Title>Good topic</Title><CreationDate>2026-01-05T10:00:00Z</CreationDate>
<CreationAuthor>a@example.com</CreationAuthor></Topic></Markup>"""
VERSION_30 = b'<?xml version="1.0"?><Version VersionId="3.0"/>'
GOOD = "2f3a1c9e-5d8b-4c7e-9f0a-1b2c3d4e5f60/markup.bcf"

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE Markup [
 <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
 <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
 <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
 <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
 <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
 <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
]>
<Markup><Topic Guid="x"><Title>&f;</Title></Topic></Markup>"""
XXE = b"""<?xml version="1.0"?>
<!DOCTYPE Markup [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<Markup><Topic Guid="x"><Title>&secret;</Title></Topic></Markup>"""


def test_zip_bomb_member_is_refused(make_zip: MakeZip) -> None:
    bomb = make_zip(
        "bomb.bcfzip",
        {"bcf.version": VERSION_30, GOOD: GOOD_MARKUP, "x/snapshot.png": b"\0" * (24 << 20)},
    )
    assert bomb.stat().st_size < 200_000
    with pytest.raises(InteropError, match=r"x/snapshot\.png.*zip bomb"):
        read_bcf(bomb)


def test_total_size_and_entry_caps(make_zip: MakeZip) -> None:
    big = make_zip("big.bcf", {GOOD: GOOD_MARKUP, "model.ifc": os.urandom(2 << 20)})
    with pytest.raises(
        InteropError, match=r"would unpack to 2\.0 MB, more than the 1\.0 MB accepted"
    ):
        read_bcf(big, limits=ArchiveLimits(max_total_bytes=1 << 20))
    many = make_zip("many.bcf", {GOOD: GOOD_MARKUP, **{f"junk/{n}.txt": b"x" for n in range(30)}})
    with pytest.raises(InteropError, match="31 entries; at most 10"):
        read_bcf(many, limits=ArchiveLimits(max_entries=10))


def test_member_that_lies_about_its_size(make_zip: MakeZip, tmp_path: Path) -> None:
    path = make_zip("liar.bcf", {GOOD: GOOD_MARKUP, "t/snapshot.png": b"\0" * 5_000_000})
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as package:
        info = package.getinfo("t/snapshot.png")
    struct.pack_into("<I", data, info.header_offset + 22, 100)  # local header: uncompressed size
    central = data.find(b"PK\x01\x02", data.find(b"PK\x01\x02") + 4)  # second central entry
    struct.pack_into("<I", data, central + 24, 100)
    path.write_bytes(bytes(data))
    archive = read_bcf(path)  # the damaged member is left out; the topic survives
    assert [topic.title for topic in archive.topics] == ["Good topic"]
    assert dict(archive.extra_files) == {}
    assert archive.warnings == (
        "The entry “t/snapshot.png” in “liar.bcf” is damaged or cannot be read "
        "(Bad CRC-32 for file 't/snapshot.png').",
    )


@pytest.mark.parametrize(
    "entry",
    [
        "../evil.txt",
        "/etc/cron.d/evil",
        "C:/Windows/evil.txt",
        "c:evil.txt",
        "..\\evil.txt",
        "t/../../evil.txt",
    ],
)
def test_path_traversal_is_refused(make_zip: MakeZip, tmp_path: Path, entry: str) -> None:
    path = make_zip(
        "traversal.bcfzip", {"bcf.version": VERSION_30, GOOD: GOOD_MARKUP, entry: b"pwned"}
    )
    before = sorted(p.name for p in tmp_path.parent.iterdir())
    with pytest.raises(InteropError, match="unsafe entry") as caught:
        read_bcf(path)
    assert entry in caught.value.message
    assert "refused" in caught.value.message
    assert sorted(p.name for p in tmp_path.parent.iterdir()) == before
    assert not (tmp_path.parent / "evil.txt").exists()


@pytest.mark.parametrize(
    "content", [b"", b"Not a zip at all", b"PK\x03\x04 truncated", os.urandom(4096)]
)
def test_files_that_are_not_zips(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "issues.bcfzip"
    path.write_bytes(content)
    with pytest.raises(
        InteropError, match=r"“issues\.bcfzip” is not a BCF file: it is not a readable ZIP archive"
    ):
        read_bcf(path)


def test_zip_without_topics_and_missing_file(make_zip: MakeZip, tmp_path: Path) -> None:
    with pytest.raises(InteropError, match="contains no BCF topics"):
        read_bcf(make_zip("photos.bcf", {"a.jpg": b"\xff\xd8"}))
    with pytest.raises(InteropError, match="does not exist"):
        read_bcf(tmp_path / "nowhere.bcf")


def test_malformed_markup(make_zip: MakeZip) -> None:
    broken = b"<Markup><Topic Guid='x'><Title>unclosed"
    with pytest.raises(
        InteropError, match=r"No topic in “only-bad.bcf” could be read: .*not well-formed XML"
    ):
        read_bcf(make_zip("only-bad.bcf", {"bad/markup.bcf": broken}))
    archive = read_bcf(
        make_zip(
            "mixed.bcf", {"bcf.version": VERSION_30, GOOD: GOOD_MARKUP, "bad/markup.bcf": broken}
        )
    )
    assert [topic.title for topic in archive.topics] == ["Good topic"]
    assert len(archive.warnings) == 1
    assert "bad/markup.bcf" in archive.warnings[0]
    no_topic = read_bcf(
        make_zip("no-topic.bcf", {GOOD: GOOD_MARKUP, "empty/markup.bcf": b"<Markup/>"})
    )
    assert "has no <Topic>" in no_topic.warnings[0]


@pytest.mark.parametrize(
    "payload", [BILLION_LAUGHS, XXE], ids=["billion-laughs", "external-entity"]
)
@pytest.mark.parametrize(
    "member", ["other/markup.bcf", "bcf.version", "t/viewpoint.bcfv", "project.bcfp"]
)
def test_entity_tricks_refuse_the_whole_file(
    make_zip: MakeZip, payload: bytes, member: str
) -> None:
    members = {GOOD: GOOD_MARKUP, member: payload}
    if member == "t/viewpoint.bcfv":
        members["t/markup.bcf"] = GOOD_MARKUP.replace(
            b"</Topic>",
            b"</Topic><Viewpoints Guid='v'><Viewpoint>viewpoint.bcfv</Viewpoint></Viewpoints>",
        )
    with pytest.raises(UnsafeContentError, match="refused for safety"):
        read_bcf(make_zip("hostile.bcf", members))


def test_broken_viewpoint_keeps_the_topic(make_zip: MakeZip) -> None:
    markup = GOOD_MARKUP.replace(
        b"</Topic>",
        b"</Topic><Viewpoints Guid='v1'><Viewpoint>vp.bcfv</Viewpoint><Snapshot>s.png</Snapshot></Viewpoints>",
    )
    folder = GOOD.split("/")[0]
    archive = read_bcf(
        make_zip(
            "vp.bcf",
            {
                f"{folder}/markup.bcf": markup,
                f"{folder}/vp.bcfv": b"<Visual",
                f"{folder}/s.png": b"png",
            },
        )
    )
    [viewpoint] = archive.topics[0].viewpoints
    assert (viewpoint.visualization, viewpoint.snapshot) == (None, b"png")
    assert "kept without its camera" in archive.warnings[0]


def test_encrypted_and_duplicate_entries(make_zip: MakeZip) -> None:
    path = make_zip("secret.bcf", {GOOD: GOOD_MARKUP})
    data = bytearray(path.read_bytes())
    data[6] |= 0x1  # local header: "encrypted"
    central = data.find(b"PK\x01\x02")
    data[central + 8] |= 0x1
    path.write_bytes(bytes(data))
    with pytest.raises(InteropError, match="is encrypted"):
        read_bcf(path)
    twice = path.with_name("twice.bcf")
    with pytest.warns(UserWarning, match="Duplicate name"):
        write_twice(twice)
    with pytest.raises(InteropError, match="twice"):
        read_bcf(twice)


def write_twice(path: Path) -> None:
    """A zip holding the same name twice: which copy wins depends on the unzip tool."""
    with zipfile.ZipFile(path, "w") as package:
        package.writestr(GOOD, GOOD_MARKUP)
        package.writestr(GOOD, GOOD_MARKUP.replace(b"Good", b"Evil"))


def test_unpacked_folder_ignores_links_out_of_it(tmp_path: Path) -> None:
    folder = tmp_path / "unpacked"
    (folder / "t").mkdir(parents=True)
    (folder / "t" / "markup.bcf").write_bytes(GOOD_MARKUP)
    secret = tmp_path / "secret.txt"
    secret.write_text("do not read")
    try:
        (folder / "leak.txt").symlink_to(secret)
        (folder / "t" / "loop").symlink_to(tmp_path, target_is_directory=True)
    except OSError:
        pytest.skip("symbolic links are not available here")
    archive = read_bcf(folder)
    assert [topic.title for topic in archive.topics] == ["Good topic"]
    assert dict(archive.extra_files) == {}
    assert archive.warnings == (
        "“leak.txt” in “unpacked” is a link or special file and was skipped.",
    )


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_corrupted_archives_only_raise_interop_errors(tmp_path: Path, data: st.DataObject) -> None:
    with zipfile.ZipFile(path := tmp_path / "seed.bcf", "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("bcf.version", VERSION_30)
        package.writestr(GOOD, GOOD_MARKUP)
        package.writestr(
            "2f3a1c9e-5d8b-4c7e-9f0a-1b2c3d4e5f60/snapshot.png", b"\x89PNG" + b"\0" * 64
        )
    raw = bytearray(path.read_bytes())
    for _ in range(data.draw(st.integers(1, 8))):
        raw[data.draw(st.integers(0, len(raw) - 1))] = data.draw(st.integers(0, 255))
    path.write_bytes(bytes(raw))
    try:
        read_bcf(path)
    except InteropError as exc:
        message = exc.message
    else:
        message = "ok"
    assert message


def test_entry_without_a_name_is_passed_over(make_zip: MakeZip) -> None:
    """A central-directory entry whose name is empty (its one byte read as an extra field):
    zipfile's ``is_dir`` reads the name's last character and raised IndexError."""
    path = make_zip("noname.bcf", {"a": b"x"})
    data = bytearray(path.read_bytes())
    central = data.find(b"PK\x01\x02")
    name_len, extra_len = struct.unpack_from("<HH", data, central + 28)
    assert name_len == 1
    struct.pack_into("<HH", data, central + 28, 0, extra_len + 1)
    path.write_bytes(bytes(data))
    with pytest.raises(InteropError):
        read_bcf(path)
