"""True and false reach the central database as JSON booleans, whichever way a new row
travels: SQLite's ``json_extract`` (used to build the rows' values for the column-wise
push, ``sync_push_rows``) turns them into 1 and 0, which stored e.g. an imported
programme's ``critical`` or a drawing revision's ``superseded`` as a number on the
server (``test_sync_decided`` checks the revisions' ``superseded`` on the other path)."""

from __future__ import annotations

from typing import Any

import pytest
from test_sync_roundtrip import new_project
from test_sync_schedule import programme

from executrek.models.records.schedule.importer import import_programme
from executrek.sync.engine import sync_once

pytestmark = pytest.mark.postgres


def test_a_long_run_of_new_rows_keeps_its_booleans(central: Any, make_laptop: Any) -> None:
    """An imported programme goes column-wise (``sync_push_rows``): its activities'
    ``critical`` flags must arrive as booleans too."""
    login = central.add_user("boolrun")
    a = make_laptop("a")
    pid = new_project(a, "BOOLRUN")
    import_programme(a, pid, programme(120), source_name="run.xer", source_sha256="b" * 64)
    assert sync_once(a, central.creds(login)).ok
    kinds = central.sql(
        "SELECT jsonb_typeof(data->'critical'), count(*) FROM pmo.records "
        "WHERE tbl = 'schedule_activities' AND project_id = %s GROUP BY 1",
        (pid,),
    )
    assert [k for k, _n in kinds] == ["boolean"]
    assert sum(n for _k, n in kinds) == 120
