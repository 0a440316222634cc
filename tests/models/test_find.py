"""Search everywhere (``models/services/find.py``): record numbers in any form, words in
titles, comments, contractor, trade and location names, across every kind of record,
grouped by kind and scoped to a project."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from executrek.models.project import Project
from executrek.models.records.change_order import service as change_orders
from executrek.models.records.inspection import service as inspections
from executrek.models.records.issue import service as issues
from executrek.models.records.punch import service as punch
from executrek.models.records.risk import service as risks
from executrek.models.services import find, projects, records
from executrek.models.store import Store

ITEMS = 45


@dataclass
class Site:
    project: Project
    punch_ids: dict[int, str]  # number → id
    rfi: str
    ncr: str
    co: str
    risk: str
    inspection: str
    contractor_of: dict[int, str]  # punch number → contractor name
    room_of: dict[int, str]  # punch number → room name


@pytest.fixture
def site(store: Store, project: Project) -> Site:
    pid = project.id
    hvac = projects.add_trade(store, pid, "23", "HVAC").value
    elec = projects.add_trade(store, pid, "26", "Electrical").value
    nordic = projects.add_organisation(
        store, pid, "Nordic Mechanical", "subcontractor", trade_id=hvac.id
    ).value
    kovac = projects.add_organisation(store, pid, "Kovač Fire Protection", "subcontractor").value
    ampere = projects.add_organisation(
        store, pid, "Ampère Electrical", "subcontractor", trade_id=elec.id
    ).value
    wing = projects.add_location(store, pid, "EW", "East Wing", "building").value
    level1 = projects.add_location(store, pid, "EW-1", "Level 1", "floor", wing.id).value
    level2 = projects.add_location(store, pid, "EW-2", "Level 2", "floor", wing.id).value
    room101 = projects.add_location(store, pid, "EW-1-01", "Room 101", "room", level1.id).value
    room201 = projects.add_location(store, pid, "EW-2-01", "Room 201", "room", level2.id).value
    orgs = [(kovac, None), (ampere, elec.id), (nordic, hvac.id)]
    items = []
    for n in range(1, ITEMS + 1):
        org, trade = orgs[n % 3]
        room = room201 if n % 2 == 0 else room101
        title = "Sealant gap at window head" if n == 10 else "Paint touch-up required"
        items.append(
            punch.NewPunchItem(
                title=title,
                description="Joint at gridline C/4" if n == 10 else None,
                contractor_id=org.id,
                trade_id=trade,
                location_id=room.id,
            )
        )
    punch.bulk_create_punch_items(store, pid, items)
    listed = find.search(store, pid, "paint", kinds=["punch_item"], limit=ITEMS)
    ids = {int(h.number[3:]): h.id for h in listed.groups[0].hits}
    ids[10] = find.search(store, pid, "sealant").groups[0].hits[0].id
    records.add_comment(
        store, pid, "punch_item", ids[7], "Efflorescence came back", author_name="Architect"
    )
    rfi = issues.create_issue(
        store,
        pid,
        issues.NewIssue(
            issue_type="rfi",
            title="Confirm door hardware set",
            spec_reference="08 71 00",
            contractor_id=nordic.id,
            location_id=room201.id,
        ),
    ).value
    ncr = issues.create_issue(
        store, pid, issues.NewIssue(issue_type="non_conformance", title="Slab cover below spec")
    ).value
    co = change_orders.create_change_order(
        store,
        pid,
        title="Additional data outlets",
        reason="owner_request",
        tier="change_order",
        contractor_id=ampere.id,
    ).value
    risk = risks.create_risk(
        store,
        pid,
        title="Long-lead switchgear delivery",
        probability=4,
        impact=5,
        mitigation="Expedite; weekly supplier calls",
    ).value
    tpl = inspections.create_template(
        store,
        name="Fire stopping",
        definition={"sections": [{"title": "All", "items": [{"prompt": "Sealed"}]}]},
    ).value
    ins = inspections.start_inspection(
        store,
        pid,
        tpl.id,
        inspection_date=dt.date(2026, 3, 2),
        location_id=level2.id,
        contractor_id=kovac.id,
    ).value
    names = {o.id: o.name for o, _ in orgs}
    return Site(
        project,
        ids,
        rfi.id,
        ncr.id,
        co.id,
        risk.id,
        ins.id,
        {n: names[orgs[n % 3][0].id] for n in range(1, ITEMS + 1)},
        {n: "Room 201" if n % 2 == 0 else "Room 101" for n in range(1, ITEMS + 1)},
    )


def kinds(found: find.Found) -> list[str]:
    return [g.kind for g in found.groups]


def ids_of(found: find.Found, kind: str) -> list[str]:
    return [h.id for g in found.groups if g.kind == kind for h in g.hits]


@pytest.mark.parametrize("typed", ["PI-0042", "pi-42", "PI 42", "pi42", "PI-042"])
def test_a_punch_number_in_any_form_finds_that_item_only(
    store: Store, site: Site, typed: str
) -> None:
    found = find.search(store, site.project.id, typed)
    assert kinds(found) == ["punch_item"]
    (group,) = found.groups
    assert [(h.id, h.number, h.title) for h in group.hits] == [
        (site.punch_ids[42], "PI-0042", "Paint touch-up required")
    ]
    assert group.total == 1
    assert group.hits[0].status == "open"
    assert group.hits[0].location == "East Wing › Level 2 › Room 201"
    assert group.hits[0].contractor == site.contractor_of[42]


@pytest.mark.parametrize("typed", ["42", "0042", "#42"])
def test_a_bare_number_puts_that_record_first(store: Store, site: Site, typed: str) -> None:
    found = find.search(store, site.project.id, typed)
    assert found.groups[0].hits[0].id == site.punch_ids[42]


def test_bare_number_one_finds_the_first_record_of_every_kind(store: Store, site: Site) -> None:
    found = find.search(store, site.project.id, "1")
    firsts = {g.kind: g.hits[0].number for g in found.groups}
    assert firsts == {
        "punch_item": "PI-0001",
        "issue": firsts["issue"],  # RFI-001 and NCR-001 are both number 1
        "change_order": "CO-001",
        "inspection": "INS-001",
        "risk": "RSK-001",
    }
    issue_numbers = {h.number for g in found.groups if g.kind == "issue" for h in g.hits}
    assert {"RFI-001", "NCR-001"} <= issue_numbers


def test_each_series_prefix_names_its_own_kind(store: Store, site: Site) -> None:
    pid = site.project.id
    assert ids_of(find.search(store, pid, "RFI-1"), "issue") == [site.rfi]
    assert ids_of(find.search(store, pid, "ncr-001"), "issue") == [site.ncr]
    assert kinds(find.search(store, pid, "CO-1")) == ["change_order"]
    assert find.search(store, pid, "CE-1").empty  # the change order is of tier CO
    assert ids_of(find.search(store, pid, "INS-001"), "inspection") == [site.inspection]
    assert ids_of(find.search(store, pid, "rsk 1"), "risk") == [site.risk]
    assert find.search(store, pid, "PI-0046").empty
    # every prefix comes from the numbering series of the services
    assert {"PI", "INS", "RSK", "NCR", "RFI", "OBS", "CO", "COR", "CE"} <= set(find.series())


def test_a_contractor_name_finds_that_contractors_records(store: Store, site: Site) -> None:
    pid = site.project.id
    mine = sorted(n for n, name in site.contractor_of.items() if name == "Nordic Mechanical")
    for typed in ("Nordic Mechanical", "nordic", "NORD mech"):
        found = find.search(store, pid, typed, limit=ITEMS)
        group = found.groups[0]
        assert group.kind == "punch_item"
        assert sorted(int(h.number[3:]) for h in group.hits) == mine
        assert group.total == len(mine) == 15
        assert ids_of(found, "issue") == [site.rfi]
    # accents are ignored, as in the full-text index
    kovac = find.search(store, pid, "kovac", limit=ITEMS)
    assert kovac.groups[0].total == 15
    assert ids_of(kovac, "inspection") == [site.inspection]


def test_a_trade_finds_items_of_that_trade_and_records_of_its_contractors(
    store: Store, site: Site
) -> None:
    found = find.search(store, site.project.id, "electrical", limit=ITEMS)
    electrical = [n for n, name in site.contractor_of.items() if name == "Ampère Electrical"]
    assert sorted(int(h.number[3:]) for h in found.groups[0].hits) == sorted(electrical)
    assert kinds(found) == ["punch_item", "change_order"]  # the CO's contractor's trade
    assert find.search(store, site.project.id, "hvac").groups[0].total == 15


def test_a_location_at_any_level_of_its_path(store: Store, site: Site) -> None:
    pid = site.project.id
    level2 = find.search(store, pid, "Level 2", limit=ITEMS)
    evens = sorted(n for n in range(1, ITEMS + 1) if n % 2 == 0)
    assert sorted(int(h.number[3:]) for h in level2.groups[0].hits) == evens
    assert ids_of(level2, "issue") == [site.rfi]
    assert ids_of(level2, "inspection") == [site.inspection]
    room = find.search(store, pid, "room 101", kinds=["punch_item"], limit=ITEMS)
    assert room.groups[0].total == ITEMS - len(evens)
    assert find.search(store, pid, "east wing", kinds=["punch_item"]).groups[0].total == ITEMS
    assert find.search(store, pid, "EW-2-01", kinds=["punch_item"]).groups[0].total == len(evens)


def test_words_may_match_in_different_fields(store: Store, site: Site) -> None:
    """Every word must match somewhere: the contractor and the location here."""
    found = find.search(store, site.project.id, "nordic level 2", limit=ITEMS)
    expected = [
        n
        for n in range(1, ITEMS + 1)
        if site.contractor_of[n] == "Nordic Mechanical" and n % 2 == 0
    ]
    assert sorted(int(h.number[3:]) for h in found.groups[0].hits) == expected
    assert (
        find.search(store, site.project.id, "sealant level 2").groups[0].hits[0].id
        == site.punch_ids[10]
    )
    assert find.search(store, site.project.id, "sealant level 1").empty


def test_titles_descriptions_specs_mitigations_and_comments(store: Store, site: Site) -> None:
    pid = site.project.id
    assert ids_of(find.search(store, pid, "gridline"), "punch_item") == [site.punch_ids[10]]
    assert ids_of(find.search(store, pid, "efflorescence"), "punch_item") == [site.punch_ids[7]]
    assert ids_of(find.search(store, pid, "08 71"), "issue") == [site.rfi]
    assert ids_of(find.search(store, pid, "supplier"), "risk") == [site.risk]
    assert ids_of(find.search(store, pid, "outlets"), "change_order") == [site.co]
    records.add_comment(store, pid, "issue", site.ncr, "Core samples taken", author_name="GC")
    assert ids_of(find.search(store, pid, "core samples"), "issue") == [site.ncr]


def test_newest_first_capped_with_the_total(store: Store, site: Site) -> None:
    found = find.search(store, site.project.id, "paint", limit=5)
    group = found.groups[0]
    assert [h.number for h in group.hits] == ["PI-0045", "PI-0044", "PI-0043", "PI-0042", "PI-0041"]
    assert group.total == ITEMS - 1  # all but the sealant item
    first = find.first(store, site.project.id, "paint", limit=5)
    assert first.groups[0].hits == group.hits and first.groups[0].total is None
    assert find.totals(store, site.project.id, "paint") == {"punch_item": ITEMS - 1}


def test_kind_filter(store: Store, site: Site) -> None:
    pid = site.project.id
    assert kinds(find.search(store, pid, "nordic")) == ["punch_item", "issue"]
    assert kinds(find.search(store, pid, "nordic", kinds=["issue"])) == ["issue"]
    assert find.search(store, pid, "PI-0042", kinds=["issue"]).empty
    with pytest.raises(Exception, match="no kind of record called photo"):
        find.search(store, pid, "nordic", kinds=["photo"])


def test_scoped_to_the_project_or_across_projects(
    store: Store, site: Site, project: Project
) -> None:
    other = projects.create_project(
        store, projects.NewProject(code="SCH", name="School", owner_name="District")
    ).value
    org = projects.add_organisation(store, other.id, "Nordic Mechanical", "subcontractor").value
    theirs = punch.create_punch_item(
        store, other.id, punch.NewPunchItem(title="Sealant gap at door", contractor_id=org.id)
    ).value
    here = find.search(store, project.id, "sealant")
    assert ids_of(here, "punch_item") == [site.punch_ids[10]]
    there = find.search(store, other.id, "nordic")
    assert ids_of(there, "punch_item") == [theirs.id] and kinds(there) == ["punch_item"]
    everywhere = find.search(store, None, "sealant")
    assert {(h.project_code, h.id) for h in everywhere.groups[0].hits} == {
        ("HOSP", site.punch_ids[10]),
        ("SCH", theirs.id),
    }
    assert {h.project_code for h in find.search(store, None, "PI-1").groups[0].hits} == {
        "HOSP",
        "SCH",
    }


def test_deleted_records_are_not_found(store: Store, site: Site) -> None:
    draft = punch.create_punch_item(
        store, site.project.id, punch.NewPunchItem(title="Zebra crossing paint", status="draft")
    ).value
    assert ids_of(find.search(store, site.project.id, "zebra"), "punch_item") == [draft.id]
    punch.delete_punch_item(store, draft.id)
    assert find.search(store, site.project.id, "zebra").empty
    assert find.search(store, site.project.id, "PI-0046").empty


def test_a_big_projects_plan_gives_the_same_answers(
    store: Store, site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Above ``SCAN_FROM`` rows a kind is read by one pass over its table instead of the
    project index: the same records, in the same order."""
    queries = ("nordic level 2", "paint", "42", "efflorescence", "electrical", "zzz")
    small = [find.search(store, site.project.id, q, limit=7) for q in queries]
    monkeypatch.setattr(find, "SCAN_FROM", 10)
    with store.sql() as con:
        plan = find.plan(con, site.project.id, find.parse("nordic"), find.kinds_of(["punch_item"]))
    assert "NOT INDEXED" in plan.tops[0].sql and "NOT INDEXED" in plan.counts[0].sql
    assert [find.search(store, site.project.id, q, limit=7) for q in queries] == small


def test_what_is_not_a_query(store: Store, site: Site) -> None:
    for typed in ("", "   ", "!?", "a", 'AND OR "('):
        assert find.search(store, site.project.id, typed).empty, typed
    # FTS5 syntax typed by the user is plain text
    for typed in ('"sealant"*', "sealant*", "(sealant)"):
        assert find.search(store, site.project.id, typed).groups[0].total == 1
    assert find.search(store, site.project.id, 'sealant" OR "paint').empty  # "or" is a word


def test_a_kind_found_big_is_not_probed_again(
    store: Store, site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whether a kind is big is asked once it is (the probe walks ``SCAN_FROM`` index
    entries); a small kind is asked on every search, as it may grow."""
    monkeypatch.setattr(find, "SCAN_FROM", 10)  # 45 punch items: big; one risk: small
    statements: list[str] = []
    plans = []
    with store.sql() as con:
        con.set_trace_callback(statements.append)
        try:
            for _ in range(3):
                query, kinds = find.parse("nordic"), find.kinds_of(["punch_item", "risk"])
                plans.append(find.plan(con, site.project.id, query, kinds))
        finally:
            con.set_trace_callback(None)
    probes = [s for s in statements if "LIMIT 1 OFFSET" in s]
    assert sum("FROM punch_items" in s for s in probes) == 1
    assert sum("FROM risks" in s for s in probes) == 3
    for plan in plans:
        assert "NOT INDEXED" in plan.tops[0].sql and "NOT INDEXED" not in plan.tops[1].sql


def test_a_words_comments_are_read_once_per_statement(store: Store, site: Site) -> None:
    """The comments matching a word are one FTS5 query (a list the statement reads), not
    an FTS5 query per comment of the kind joined in the same loop (0.5 ms of a 1 ms
    search for 24 issue comments on the 100k demo)."""
    with store.sql() as con:
        plan = find.plan(con, site.project.id, find.parse("efflorescence came"), find.KINDS)
        for st in (*plan.tops, *plan.counts):
            rows = con.execute("EXPLAIN QUERY PLAN " + st.sql, st.params).fetchall()
            children: dict[int, int] = {}
            for _id, parent, _unused, _detail in rows:
                children[parent] = children.get(parent, 0) + 1
            reads = [(p, detail) for _id, p, _u, detail in rows if "comments_fts" in detail]
            assert reads, st.sql
            for parent, detail in reads:
                assert children[parent] == 1, (st.kind, detail)
    found = find.search(store, site.project.id, "efflorescence came")
    assert ids_of(found, "punch_item") == [site.punch_ids[7]]
