from __future__ import annotations

from executrek.models.project import Project
from executrek.models.records.issue import service as issues
from executrek.models.records.punch import service as punch
from executrek.models.services import records
from executrek.models.services.search import search_project
from executrek.models.store import Store


def test_search_finds_titles_descriptions_and_comments_with_accents(
    store: Store, project: Project
) -> None:
    a = punch.create_punch_item(
        store,
        project.id,
        punch.NewPunchItem(
            title="Façade sealant failure", description="Joint at gridline C/4 debonded"
        ),
    ).value
    i = issues.create_issue(
        store, project.id, issues.NewIssue(issue_type="rfi", title="Curtain wall anchors")
    ).value
    records.add_comment(
        store,
        project.id,
        "issue",
        i.id,
        "Anchor spacing per detail 7/A-501",
        author_name="Architect",
    )
    assert [h.record_id for h in search_project(store, project.id, "facade")] == [a.id]
    assert [h.record_id for h in search_project(store, project.id, "debond")] == [a.id]
    hits = search_project(store, project.id, "spacing")
    assert [(h.record_type, h.record_id) for h in hits] == [("issue", i.id)]
    assert search_project(store, project.id, 'AND OR "(') == []


def test_edits_update_the_index(store: Store, project: Project) -> None:
    a = punch.create_punch_item(store, project.id, punch.NewPunchItem(title="Loose handrail")).value
    punch.update_punch_item(store, a.id, title="Loose balustrade")
    assert search_project(store, project.id, "handrail") == []
    assert [h.record_id for h in search_project(store, project.id, "balustrade")] == [a.id]


def test_bulk_load_rebuilds_the_index(store: Store, project: Project) -> None:
    items = [
        punch.NewPunchItem(title=f"Bulk item {n} grout") for n in range(punch.BULK_THRESHOLD + 5)
    ]
    punch.bulk_create_punch_items(store, project.id, items)
    hits = search_project(store, project.id, "grout", limit=10_000)
    assert len(hits) == punch.BULK_THRESHOLD + 5
    # triggers are back after the bulk load
    b = punch.create_punch_item(store, project.id, punch.NewPunchItem(title="Unique zebra")).value
    assert [h.record_id for h in search_project(store, project.id, "zebra")] == [b.id]
