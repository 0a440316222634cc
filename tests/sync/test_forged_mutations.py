"""Random forged mutations from a field user (issue 15): whatever a non-admin login sends
through ``pmo.sync_push`` / ``pmo.sync_push_rows`` — any synced table, any op, envelope
and ``data.project_id`` naming her project, another one, the nil area or nothing the
server knows, row ids and references of other projects' rows and of the PMO library,
values of the right type or not — the server applies only what lives in her own project
(or is hers in the shared area: her user records and their audit lines) and refuses the
rest with a reason; nothing else on the server changes, and the laptops of the other
project's member and of the PMO sync afterwards without an error.

Cast: ``pmo`` (administrator) keeps the library and owns project A, where ``forger`` is
a field member; ``victim`` owns project B (punch, issue, risk, a closed diary day, a
schedule, cost rows and a change order with lines), where ``forger`` is nobody.
"""

from __future__ import annotations

import datetime as dt
import json
import time
import uuid
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import JSON, Boolean, Column, Date, Enum, Integer, Table
from sync_cost_data import build_costs
from test_sync_diary import write_day
from test_sync_protocol import hlc
from test_sync_roundtrip import new_project
from test_sync_schedule import programme

from executrek.models import clock
from executrek.models.base import Scaled, UTCDateTime
from executrek.models.migrate import open_store
from executrek.models.records.inspection import service as inspections
from executrek.models.records.issue import service as issues
from executrek.models.records.punch import service as punch
from executrek.models.records.risk import service as risks
from executrek.models.records.schedule.importer import import_programme
from executrek.models.schema import synced_tables
from executrek.models.services import projects
from executrek.models.store import Store
from executrek.sync import admin
from executrek.sync.connection import connect
from executrek.sync.engine import SyncReport, sync_once
from executrek.sync.placement import set_aside_records
from executrek.sync.push import _apply_batch, _Batch, _Pending
from executrek.sync.wire import NIL_PROJECT

pytestmark = pytest.mark.postgres

TEMPLATE = {"sections": [{"title": "Doors", "items": [{"prompt": "Closer works"}]}]}
# What a server row may carry that the laptops never send.
BOOKKEEPING = {"id", "row_version", "field_versions", "updated_at", "updated_by"}
FORGE = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def pullable(central: Any) -> None:
    """Wait until a pull can read every row on the server: it reads only rows below the
    server's transaction horizon, which is cluster-wide (another database's long
    transaction on the same server holds a fresh row back for a moment)."""
    query = "SELECT count(*) FROM pmo.records WHERE xid >= pg_snapshot_xmin(pg_current_snapshot())"
    for attempt in range(40):
        if central.sql(query) == [(0,)]:
            return
        time.sleep(0.05 * (attempt + 1))
    raise AssertionError("the server's transaction horizon did not move")


def synced(store: Store, central: Any, login: str) -> SyncReport:
    """A sync that reads everything on the server and ends without an error."""
    pullable(central)
    report = sync_once(store, central.creds(login))
    assert report.ok and report.error_kind is None, (report.errors, report.quarantined)
    return report


@pytest.fixture(scope="module")
def world(central: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    out: dict[str, Any] = {}
    opened: list[Store] = []

    def laptop(who: str) -> Store:
        st_ = open_store(tmp_path_factory.mktemp(who))
        opened.append(st_)
        projects.ensure_user(st_, f"{who}-{uuid.uuid4().hex[:6]}", who.title())
        out[f"{who}_laptop"] = st_
        return st_

    tag = uuid.uuid4().hex[:4].upper()
    out["pmo"] = central.add_user("fpmo", pmo_admin=True)
    out["victim"] = central.add_user("fvictim")
    out["forger"] = central.add_user("fforger", creator=False)

    pmo = laptop("pmo")
    inspections.create_template(pmo, name="Fire doors", definition=TEMPLATE)
    out["a"] = new_project(pmo, f"FA{tag}")
    punch.create_punch_item(pmo, out["a"], punch.NewPunchItem(title="A's own"))
    synced(pmo, central, out["pmo"])
    admin.grant(central.admin, out["forger"], f"FA{tag}")

    victim = laptop("victim")
    b = out["b"] = new_project(victim, f"FB{tag}")
    loc = projects.add_location(victim, b, "L1", "Level 1", "floor").value.id
    punch.create_punch_item(victim, b, punch.NewPunchItem(title="B secret", location_id=loc))
    issues.create_issue(
        victim, b, issues.NewIssue(issue_type="rfi", title="B question", location_id=loc)
    )
    risks.create_risk(victim, b, title="B risk", probability=2, impact=3)
    write_day(victim, b, clock.today() - dt.timedelta(days=3))  # signed and closed
    import_programme(victim, b, programme(12), source_name="b.xer", source_sha256="b" * 64)
    build_costs(victim, b)  # budget, commitments, SOV lines, a change order with lines
    item = punch.create_punch_item(victim, b, punch.NewPunchItem(title="Both edit")).value.id
    synced(victim, central, out["victim"])
    other = laptop("victim_other")  # her second laptop: a conflict in B to resolve
    synced(other, central, out["victim"])
    punch.update_punch_item(victim, item, title="Edited here")
    punch.update_punch_item(other, item, title="Edited there")
    synced(victim, central, out["victim"])
    synced(other, central, out["victim"])
    synced(victim, central, out["victim"])

    synced(laptop("forger"), central, out["forger"])
    out["pools"] = _pools(central, out)
    out["outside"] = outside(central, out)
    yield out
    for st_ in opened:
        st_.close()


def _pools(central: Any, w: dict[str, Any]) -> dict[str, list[tuple[str, str]]]:
    """(table, id) of the server's rows per area, in a stable order (derandomized runs
    pick the same kinds of rows every time)."""
    pools: dict[str, list[tuple[str, str]]] = {"a": [], "b": [], "shared": []}
    area = {w["a"]: "a", w["b"]: "b", NIL_PROJECT: "shared"}
    for pid, tbl, rid in central.sql(
        "SELECT project_id::text, tbl, id::text FROM pmo.records ORDER BY tbl, seq"
    ):
        pools[area[pid]].append((tbl, rid))
    assert {t for t, _ in pools["b"]} >= {
        "punch_items",
        "contractor_issues",
        "risks",
        "diary_days",
        "schedule_activities",
        "change_orders",
        "change_order_lines",
        "budget_lines",
        "commitments",
        "_conflicts",
    }
    return pools


def outside(central: Any, w: dict[str, Any]) -> dict[str, Any]:
    """Everything on the server outside project A, but the forger's own shared rows."""
    a, forger = w["a"], w["forger"]
    records = central.sql(
        "SELECT id::text, project_id::text, tbl, data, row_version, deleted, hlc, "
        "field_versions, created_by, updated_by FROM pmo.records "
        "WHERE project_id <> %s AND NOT (project_id = %s AND created_by = %s)",
        (a, NIL_PROJECT, forger),
    )
    return {
        "records": {r[0]: r[1:] for r in records},
        "projects": central.sql(
            "SELECT project_id::text, code, counters, created_by FROM pmo.projects "
            "WHERE project_id <> %s ORDER BY 1",
            (a,),
        ),
        "memberships": central.sql(
            "SELECT project_id::text, login, role, approval_limit, revoked_at "
            "FROM pmo.memberships ORDER BY 1, 2"
        ),
        "people": central.sql("SELECT login, is_admin, can_create FROM pmo.people ORDER BY 1"),
        "blobs": central.sql("SELECT sha256, project_id::text FROM pmo.blob_projects ORDER BY 1"),
        "seq": central.sql("SELECT coalesce(max(seq), 0) FROM pmo.records")[0][0],
    }


def assert_nothing_outside_changed(central: Any, w: dict[str, Any], since: dict[str, Any]) -> None:
    """Nothing outside A changed since ``since``; the forger's shared rows are only hers
    to write; what she wrote in A stays in A."""
    now = outside(central, w)
    before, after = since["records"], now["records"]
    changed = {
        k: (before.get(k), after.get(k))
        for k in before.keys() | after.keys()
        if before.get(k) != after.get(k)
    }
    assert not changed, changed
    for key in ("projects", "memberships", "people", "blobs"):
        assert now[key] == since[key], key
    stray = central.sql(
        "SELECT tbl, id::text, data FROM pmo.records WHERE project_id = %s AND created_by = %s "
        "AND NOT (tbl = 'users' OR (tbl = 'audit_events' AND data->>'record_id' IN ("
        "SELECT id::text FROM pmo.records WHERE project_id = %s AND tbl = 'users' "
        "AND created_by = %s)))",
        (NIL_PROJECT, w["forger"], NIL_PROJECT, w["forger"]),
    )
    assert not stray, stray
    # And what she changed in her project names it and points only into it or the library.
    misplaced = central.sql(
        "SELECT r.tbl, r.id::text, r.data->>'project_id', NULL FROM pmo.records r "
        "WHERE r.project_id = %(a)s AND r.seq > %(seq)s AND r.data ? 'project_id' "
        "AND pmo._uuid(r.data->>'project_id') IS DISTINCT FROM r.project_id "
        "UNION ALL SELECT r.tbl, r.id::text, f.field, t.project_id::text FROM pmo.records r "
        "JOIN pmo.ref_fields f ON f.tbl = r.tbl "
        "JOIN pmo.records t ON t.id = pmo._uuid(r.data->>f.field) "
        "WHERE r.project_id = %(a)s AND r.seq > %(seq)s AND (t.tbl <> f.target "
        "OR (t.project_id <> r.project_id AND NOT (t.project_id = %(nil)s "
        "AND f.target IN (SELECT tbl FROM pmo.shared_tables))))",
        {"a": w["a"], "nil": NIL_PROJECT, "seq": since["seq"]},
    )
    assert not misplaced, misplaced


# --- the forged mutations ------------------------------------------------------------


def _typed(col: Column[Any]) -> st.SearchStrategy[Any]:
    """A wire value of the column's type."""
    kind = col.type
    strategy: st.SearchStrategy[Any]
    if isinstance(kind, UTCDateTime):
        strategy = st.datetimes(dt.datetime(2020, 1, 1), dt.datetime(2027, 1, 1)).map(
            lambda d: d.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        )
    elif isinstance(kind, Scaled):
        strategy = st.decimals(-(10**9), 10**9, places=2).map(str)
    elif isinstance(kind, Boolean):
        strategy = st.booleans()
    elif isinstance(kind, Date):
        strategy = st.dates(dt.date(2020, 1, 1), dt.date(2027, 12, 31)).map(dt.date.isoformat)
    elif isinstance(kind, Enum) and kind.enums:
        strategy = st.sampled_from(list(kind.enums))
    elif isinstance(kind, Integer):
        strategy = st.integers(-5, 10**6)
    elif isinstance(kind, JSON):
        strategy = st.one_of(st.just({}), st.just(TEMPLATE), st.lists(st.integers(), max_size=2))
    else:
        strategy = st.text(TEXT, max_size=12)
    return st.one_of(strategy, st.none()) if col.nullable else strategy


# PostgreSQL's jsonb has no NUL character: a payload holding one is refused before any
# pmo function runs (psycopg raises UntranslatableCharacter), so it tests nothing here.
TEXT = st.characters(exclude_characters="\x00")
GARBAGE = st.one_of(
    st.none(),
    st.integers(-(2**70), 2**70),
    st.text(TEXT, max_size=6),
    st.booleans(),
    st.just("1.5"),
    st.just([]),
    st.just({"nested": ["x"]}),
)


def _name(col: Column[Any]) -> str:
    return col.name


def weighted(*options: tuple[int, st.SearchStrategy[Any]]) -> st.SearchStrategy[Any]:
    """One of the strategies, each as often as its weight says."""
    index = [i for i, (n, _) in enumerate(options) for _ in range(n)]
    return st.sampled_from(index).flatmap(lambda i: options[i][1])


def _ids(
    pools: dict[str, list[tuple[str, str]]], target: str | None, weights: tuple[int, ...]
) -> st.SearchStrategy[str]:
    """An id, new or of a row of her own project, of the other project or of the library
    (rows of ``target``'s table when there are some), as often as ``weights`` says."""
    choices = [st.uuids().map(str)]
    for area in ("a", "b", "shared"):
        rows = pools[area]
        fitting = [rid for tbl, rid in rows if tbl == target]
        choices.append(st.sampled_from(fitting or [rid for _, rid in rows]))
    return weighted(*zip(weights, choices, strict=True))


OPS = st.sampled_from(["insert", "update", "delete", "event", "resolve"])
NEW_ROW = (5, 1, 3, 1)  # new, A, B, shared: mostly new rows (they get past the id check)
REFERENCE = (1, 3, 4, 2)  # a reference: into A, B and the library alike


@st.composite
def forged_mutation(draw: st.DrawFn, w: dict[str, Any]) -> dict[str, Any]:
    """One mutation of one of these kinds: a row of her own project with references
    anywhere, or with values of any type; a row sent for her project whose data names
    another place; a row sent
    straight into B (new, or one of B's); a row for the shared area (new, or one of the
    library's); or anything at all."""
    tables: dict[str, Table] = {n: c.__table__ for n, c in synced_tables().items()}  # type: ignore[attr-defined,misc]
    pools = w["pools"]
    a, b = w["a"], w["b"]
    anywhere = weighted(
        (3, st.just(a)),
        (2, st.just(b)),
        (2, st.just(NIL_PROJECT)),
        (1, st.none()),
        (1, st.sampled_from([a.upper(), b.upper()])),
        (1, st.uuids().map(str)),
    )
    kind = draw(st.sampled_from(["own", "junk", "smuggle", "into_b", "shared", "any"]))
    existing = {"into_b": pools["b"], "shared": pools["shared"]}.get(kind, pools["b"])
    if kind not in ("own", "junk") and draw(st.booleans()):
        table, row_id = draw(st.sampled_from(existing))  # an existing row, as it is
        op = draw(weighted((3, st.just("update")), (2, st.just("delete")), (1, OPS)))
    else:
        table = draw(st.sampled_from(sorted(tables)))
        row_id = draw(_ids(pools, table, NEW_ROW) if kind == "any" else st.uuids().map(str))
        op = draw(weighted((4, st.just("insert")), (1, st.just("event")), (1, OPS)))
    envelope, named = {
        "own": (st.just(a), st.sampled_from([a, a.upper()])),
        "junk": (st.just(a), st.just(a)),
        "smuggle": (st.just(a), anywhere),
        "into_b": (st.sampled_from([b, b.upper()]), st.sampled_from([b, b.upper()])),
        "shared": (st.sampled_from([NIL_PROJECT, None]), anywhere),
        "any": (anywhere, anywhere),
    }[kind]
    if table == "projects":
        row_id = draw(st.sampled_from([a, b, NIL_PROJECT, row_id]))
    cols = [
        c for c in tables.get(table, tables["audit_events"]).columns if c.name not in BOOKKEEPING
    ]
    chosen = draw(st.lists(st.sampled_from(cols), min_size=1, max_size=4, unique_by=_name))
    refs = [c for c in cols if c.foreign_keys and c.name != "project_id"]
    if kind == "own" and refs:  # a row of hers with a reference: to where?
        chosen.insert(0, draw(st.sampled_from(refs)))
        chosen = list({c.name: c for c in chosen}.values())
    values: dict[str, Any] = {}
    for col in chosen:
        if col.name == "project_id":
            values[col.name] = draw(named)
        elif col.foreign_keys:
            fk = next(iter(col.foreign_keys)).column.table.name
            values[col.name] = draw(weighted((9, _ids(pools, fk, REFERENCE)), (1, GARBAGE)))
        else:
            junk = 6 if kind == "junk" else 1  # her own row with values of any type
            values[col.name] = draw(weighted((2, _typed(col)), (junk, GARBAGE)))
    if table in tables and "project_id" in tables[table].c and draw(st.booleans()):
        values.setdefault("project_id", draw(named))  # the usual shape: data names a place
    if op == "delete":
        values["deleted_at"] = "2026-12-01T10:00:00.000000Z"
    if op == "resolve":
        values = {"kept": draw(st.sampled_from(["mine", "theirs"]) | GARBAGE)}
    return {
        "table": table,
        "row_id": row_id,
        "project_id": draw(envelope),
        "op": op,
        "patch": {k: [None, v] for k, v in values.items()},
        "base_version": 0 if op in ("insert", "event") else draw(st.integers(1, 3)),
    }


def fresh(mutations: list[dict[str, Any]], known: set[str]) -> list[dict[str, Any]]:
    """The mutations with every new id drawn made new for this example (consistently
    within it): a later example drawing the same id would otherwise only meet the row an
    earlier one stored in A."""
    new: dict[str, str] = {}

    def renew(v: Any) -> Any:
        if isinstance(v, str) and len(v) == 36 and v.count("-") == 4 and v.lower() not in known:
            return new.setdefault(v, str(uuid.uuid4()))
        return v

    return [
        {
            **m,
            "row_id": renew(m["row_id"]),
            "patch": {k: [None, renew(v[1])] for k, v in m["patch"].items()},
        }
        for m in mutations
    ]


def send(
    conn: psycopg.Connection, mutations: list[dict[str, Any]], as_rows: bool, known: set[str]
) -> Any:
    """As the laptop's push sends them: column-wise first when ``as_rows`` (falling back
    to the classic path on "fallback" or an error), the classic path set-based first and
    row by row ("safe") when that raises."""
    device = str(uuid.uuid4())
    rows = []
    for seq, m in enumerate(fresh(mutations, known), start=1):
        values = {k: v[1] for k, v in m["patch"].items()}
        pending = _Pending(
            seq,
            m["table"],
            m["row_id"],
            m["project_id"],
            m["op"],
            json.dumps(m["patch"]),
            m["base_version"],
            hlc(),
            json.dumps(values),
        )
        rows.append(pending if as_rows else pending._replace(json=pending.classic()))
    try:
        return _apply_batch(conn, device, _Batch(rows, as_rows))
    except BaseException:
        conn.rollback()
        raise


def test_forged_mutations_change_nothing_outside_her_project(
    central: Any, world: dict[str, Any], h: Any
) -> None:
    w = world
    before = h.local_rows(w["victim_laptop"], include_users=True)
    seen: dict[str, int] = {}
    known = {rid for rows in w["pools"].values() for _, rid in rows} | {w["a"], w["b"]}
    known.add(NIL_PROJECT)

    with connect(central.creds(w["forger"])) as conn:

        @FORGE
        @given(
            batch=st.lists(forged_mutation(w), min_size=1, max_size=4),
            as_rows=st.booleans(),
        )
        def forge(batch: list[dict[str, Any]], as_rows: bool) -> None:
            # The designed answers: applied, or refused with a reason (quarantined), or
            # stopped at a file row whose blob she does not have. Anything raised by
            # the server gets past the laptop's own fallbacks and fails here.
            before_this = outside(central, w)  # so a failing example is the one at fault
            answer = send(conn, batch, as_rows, known)
            assert answer["status"] in ("ok", "blob_missing"), answer
            if answer["status"] == "ok":
                done = answer["applied"] + answer["skipped"] + len(answer["quarantined"])
                assert done == len(batch), answer
            for q in answer["quarantined"]:
                reason = str(q["reason"]).split(":")[0]
                seen[reason] = seen.get(reason, 0) + 1
            seen["applied"] = seen.get("applied", 0) + answer["applied"]
            assert_nothing_outside_changed(central, w, before_this)

        forge()

    # Both outcomes were exercised: forgeries landed in A, and were refused for reasons.
    assert seen["applied"] > 0 and len(seen) > 4, seen

    # B's member syncs both her laptops without an error; her rows are as they were.
    theirs = {rid for _, rid in forgers_shared_rows(central, w)}
    for laptop in ("victim_laptop", "victim_other_laptop"):
        report = synced(w[laptop], central, w["victim"])
        aside = {a["id"] for a in set_aside_records(w[laptop])}
        assert aside <= theirs and report.set_aside == len(aside), aside - theirs
    now = h.local_rows(w["victim_laptop"], include_users=True)
    assert {k: now.get(k) for k in before} == before
    assert {rid for _, rid in now.keys() - before.keys()} <= theirs
    assert_nothing_outside_changed(central, w, w["outside"])

    # A's other member (the PMO) and the forger herself sync without an error too:
    # forged rows that cannot be stored are set aside, never a stopped sync.
    synced(w["pmo_laptop"], central, w["pmo"])
    synced(w["forger_laptop"], central, w["forger"])


def forgers_shared_rows(central: Any, w: dict[str, Any]) -> list[tuple[str, str]]:
    """(table, id) of the shared rows the forger created (hers to write)."""
    rows = central.sql(
        "SELECT tbl, id::text FROM pmo.records WHERE project_id = %s AND created_by = %s",
        (NIL_PROJECT, w["forger"]),
    )
    return [(t, i) for t, i in rows]


def test_the_cast_is_what_the_module_says(central: Any, world: dict[str, Any]) -> None:
    """The forger is a field member of A and of nothing else."""
    assert central.sql(
        "SELECT project_id::text, role FROM pmo.memberships WHERE login = %s",
        (world["forger"],),
    ) == [(world["a"], "field")]


# --- found by the forged mutations -----------------------------------------------------
# The server keeps no column types, so a row holding a stamp that is no date, a list
# where text belongs or a number beyond 64 bits is accepted wherever its pusher may
# write; every laptop that pulls it must set it aside and go on, as it does with a row
# its constraints refuse ("nothing in a pulled row stops the sync"). Today the pull
# raises (ValueError, sqlite3.ProgrammingError, OverflowError) and the sync stops.

STAMP = "2026-12-01T10:00:00.000000Z"


def plant(central: Any, login: str, place: str | None, rows: list[tuple[str, Any]]) -> list[str]:
    """Push ``rows`` ((table, values)) as new rows of ``place``; all must be taken."""
    ids = [str(uuid.uuid4()) for _ in rows]
    batch = [
        {
            "table": tbl,
            "row_id": rid,
            "project_id": place,
            "op": "insert",
            "patch": {k: [None, v] for k, v in values.items()},
            "base_version": 0,
        }
        for (tbl, values), rid in zip(rows, ids, strict=True)
    ]
    with connect(central.creds(login)) as conn:
        answer = send(conn, batch, False, {*ids, place or NIL_PROJECT})
    assert answer["applied"] == len(rows), answer
    return ids


def arrived(store: Store, fine: str, bad: list[str], report: SyncReport) -> None:
    """The fine row is on the laptop, the bad ones are set aside (and counted)."""
    aside = {a["id"] for a in set_aside_records(store)}
    assert set(bad) <= aside and fine not in aside, aside
    assert report.set_aside == len(aside)
    with store.read() as s:
        kinds = synced_tables()
        assert any(s.get(kinds[t], fine) is not None for t in ("users", "punch_items"))


def test_a_user_record_no_laptop_can_store_stops_no_sync(
    central: Any, world: dict[str, Any], make_laptop: Any
) -> None:
    """Anyone registered may create user records in the shared area, which every laptop
    pulls first: one such row stopped every sync of every project. (``world`` is set up
    first: its laptops pull the shared area too.)"""
    outsider = central.add_user(f"fo{uuid.uuid4().hex[:4]}", creator=False)
    user = {"display_name": "Ghost", "created_at": STAMP, "updated_at": STAMP}
    fine, *bad = plant(
        central,
        outsider,
        None,
        [
            ("users", {**user, "username": f"ghost-{uuid.uuid4().hex[:6]}"}),
            ("users", {**user, "username": f"g1-{uuid.uuid4().hex[:6]}", "created_at": "1.5"}),
            ("users", {**user, "username": f"g2-{uuid.uuid4().hex[:6]}", "email": ["a"]}),
            ("users", {**user, "username": f"g3-{uuid.uuid4().hex[:6]}", "title": 2**70}),
        ],
    )
    bystander = central.add_user(f"fb{uuid.uuid4().hex[:4]}")
    laptop = make_laptop("bystander")
    arrived(laptop, fine, bad, synced(laptop, central, bystander))


def test_a_project_row_no_laptop_can_store_stops_no_members_sync(
    central: Any, world: dict[str, Any], make_laptop: Any
) -> None:
    """A field member's row in her own project, pulled by the project's other members."""
    owner = central.add_user(f"fc{uuid.uuid4().hex[:4]}")
    laptop = make_laptop("c_owner")
    code = f"FC{uuid.uuid4().hex[:4].upper()}"
    c = new_project(laptop, code)
    synced(laptop, central, owner)
    admin.grant(central.admin, world["forger"], code)
    item = {"project_id": c, "title": "Fine", "priority": "medium", "status": "open"}
    item |= {"created_at": STAMP, "updated_at": STAMP}
    risk = {k: v for k, v in item.items() if k != "priority"} | {"category": "other"}
    fine, *bad = plant(
        central,
        world["forger"],
        c,
        [
            ("punch_items", item),
            ("punch_items", {**item, "title": "Stamp", "closed_at": "1.5"}),
            ("punch_items", {**item, "title": "List", "description": ["a", "list"]}),
            ("risks", {**risk, "title": "Huge", "probability": 2**70, "impact": 2}),
        ],
    )
    arrived(laptop, fine, bad, synced(laptop, central, owner))
