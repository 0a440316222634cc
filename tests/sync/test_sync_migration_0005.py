"""Central migration 0005_sync_recovery goes down to 0004 exactly (the saved function
definitions come back, the new functions and tables go) and up again."""

from __future__ import annotations

from typing import Any

import pytest
from alembic import command
from alembic.config import Config
from psycopg import sql
from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool

from executrek.sync import admin
from executrek.sync.connection import connect

pytestmark = pytest.mark.postgres


def _migrate(central: Any, target: str) -> None:
    def creator() -> Any:
        raw = connect(central.admin)
        raw.execute(sql.SQL("SET ROLE {}").format(sql.Identifier(central.roles.owner)))
        raw.commit()
        return raw

    engine = create_engine("postgresql+psycopg://", creator=creator, poolclass=NullPool)
    try:
        with engine.begin() as conn:
            cfg = Config()
            cfg.set_main_option("script_location", str(admin.MIGRATIONS_DIR))
            cfg.attributes["connection"] = conn
            if target == "head":
                command.upgrade(cfg, target)
            else:
                command.downgrade(cfg, target)
    finally:
        engine.dispose()


def _state(central: Any) -> tuple[Any, ...]:
    return (
        central.sql("SELECT version_num FROM pmo.alembic_version")[0][0],
        central.sql("SELECT value FROM pmo.settings WHERE key = 'protocol'")[0][0],
        central.sql(
            "SELECT count(*) FROM pg_proc WHERE pronamespace = 'pmo'::regnamespace AND proname "
            "IN ('_bulk_edit', '_purge', 'sync_quarantine_close', '_same_laptop')"
        )[0][0],
        central.sql("SELECT to_regclass('pmo.quarantine_done') IS NOT NULL")[0][0],
        central.sql("SELECT md5(pg_get_functiondef('pmo._apply(jsonb, text)'::regprocedure))")[0][
            0
        ],
    )


def test_down_to_0004_and_up_again(central: Any) -> None:
    _migrate(central, "0005_sync_recovery")  # from the later migrations
    head = _state(central)
    assert head[:4] == ("0005_sync_recovery", "3", 4, True)
    _migrate(central, "0004_server_checks")
    down = _state(central)
    assert down[:4] == ("0004_server_checks", "2", 0, False)
    assert down[4] != head[4]  # 0004's own _apply is back
    _migrate(central, "head")
    _migrate(central, "0005_sync_recovery")
    assert _state(central) == head
    _migrate(central, "head")
