"""Taking photos off a record again (the undo of adding them) and putting them back:
links tombstoned and synced as deletes, a photo the add brought in leaves the library
only when nothing else shows it, one the library had before stays; redo brings back the
same rows, and importing the same photo again later finds it new again."""

from __future__ import annotations

from sqlalchemy import select

from executrek.models.common import Photo, PhotoLink
from executrek.models.local import Outbox
from executrek.models.project import Project
from executrek.models.records.issue import service as issues
from executrek.models.services import records
from executrek.models.services.photo_unlink import relink_photos, unlink_photos
from executrek.models.services.record_reads import photos_in
from executrek.models.store import Store


def _photo(store: Store, project: Project, letter: str, target: tuple[str, str]) -> tuple[str, str]:
    """Add a photo onto ``target``: (photo id, link id made)."""
    done = records.add_photo(
        store,
        project.id,
        records.NewPhoto(
            sha256=letter * 64, filename=f"{letter}.jpg", mime="image/jpeg", size_bytes=9
        ),
        attach_to=target,
    )
    photo, _created = done.value
    made = done.changes.created.get("photo_links", set()) | done.changes.updated.get(
        "photo_links", set()
    )
    (link,) = made
    return photo.id, link


def _reported(store: Store, issue_id: str) -> list[str]:
    with store.read() as s:
        return sorted(p.filename for p in photos_in(s, "issue", [issue_id]).get(issue_id, []))


def test_undo_takes_the_photos_off_and_out_of_the_library_unless_shown_elsewhere(
    store: Store, project: Project
) -> None:
    ncr = issues.create_issue(
        store, project.id, issues.NewIssue(issue_type="non_conformance", title="Cover")
    ).value
    rfi = issues.create_issue(
        store, project.id, issues.NewIssue(issue_type="rfi", title="Beam")
    ).value
    # "c" was in the library before the add (on the RFI); "a" and "b" came with the add
    c_id, _ = _photo(store, project, "c", ("issue", rfi.id))
    a_id, a_link = _photo(store, project, "a", ("issue", ncr.id))
    b_id, b_link = _photo(store, project, "b", ("issue", ncr.id))
    _c, c_link = _photo(store, project, "c", ("issue", ncr.id))
    assert _reported(store, ncr.id) == ["a.jpg", "b.jpg", "c.jpg"]
    # "b" is also shown by the RFI (linked after the add)
    records.link_photo(store, b_id, "issue", rfi.id)
    with store.read() as s:
        seq = s.scalar(select(Outbox.seq).order_by(Outbox.seq.desc()).limit(1))

    done = unlink_photos(store, {a_link, b_link, c_link}, {a_id, b_id})
    assert set(done.value.links) == {a_link, b_link, c_link}
    assert done.value.photos == (a_id,)  # b is on the RFI, c was in the library before
    assert done.changes.touches("photo_links", "photos")
    assert _reported(store, ncr.id) == []
    assert records.photos_of(store, "issue", ncr.id) == []
    assert sorted(p.filename for p in records.photos_of(store, "issue", rfi.id)) == [
        "b.jpg",
        "c.jpg",
    ]
    with store.read() as s:
        assert s.get(Photo, a_id).deleted_at is not None  # type: ignore[union-attr]
        assert s.get(Photo, b_id).deleted_at is None  # type: ignore[union-attr]
        assert s.get(Photo, c_id).deleted_at is None  # type: ignore[union-attr]
        # synced as tombstones (deletes), like any other change
        sent = {
            (o.table_name, o.row_id, o.op)
            for o in s.scalars(select(Outbox).where(Outbox.seq > seq))
        }
    assert {("photo_links", a_link, "delete"), ("photos", a_id, "delete")} <= sent
    assert ("photos", b_id, "delete") not in sent

    # undoing twice changes nothing more
    again = unlink_photos(store, {a_link, b_link, c_link}, {a_id, b_id})
    assert again.value.links == () and again.value.photos == () and not again.changes

    # redo: the same rows come back
    relink_photos(store, done.value)
    assert _reported(store, ncr.id) == ["a.jpg", "b.jpg", "c.jpg"]
    with store.read() as s:
        assert s.get(Photo, a_id).deleted_at is None  # type: ignore[union-attr]
        live = s.scalars(
            select(PhotoLink.id).where(
                PhotoLink.record_id == ncr.id, PhotoLink.deleted_at.is_(None)
            )
        ).all()
    assert set(live) == {a_link, b_link, c_link}


def test_a_photo_taken_off_comes_back_as_new_when_added_again(
    store: Store, project: Project
) -> None:
    ncr = issues.create_issue(
        store, project.id, issues.NewIssue(issue_type="non_conformance", title="Cover")
    ).value
    a_id, a_link = _photo(store, project, "a", ("issue", ncr.id))
    unlink_photos(store, {a_link}, {a_id})
    done = records.add_photo(
        store,
        project.id,
        records.NewPhoto(sha256="a" * 64, filename="a.jpg", mime="image/jpeg", size_bytes=9),
        attach_to=("issue", ncr.id),
    )
    photo, created = done.value
    assert photo.id == a_id and created  # back in the library, not "already there"
    assert _reported(store, ncr.id) == ["a.jpg"]
    # the link taken off is put back (the pair is unique, tombstone included)
    assert done.changes.updated.get("photo_links") == {a_link}
