"""A killed process (the nearest thing to a power cut a test can do) loses nothing it
acknowledged, and rows and outbox still agree."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from executrek.models.migrate import open_store
    from executrek.models.services import projects
    from executrek.models.records.punch import service as punch

    store = open_store(Path(sys.argv[1]))
    projects.ensure_user(store, "rep", "Rep")
    p = projects.create_project(store, projects.NewProject(code="KILL", name="Kill test", owner_name="Owner")).value
    n = 0
    while True:
        n += 1
        item = punch.create_punch_item(store, p.id, punch.NewPunchItem(title=f"item {n}")).value
        if n % 3 == 0:
            punch.change_status(store, item.id, "ready_for_review")
        sys.stdout.write(item.id + "\\n")
        sys.stdout.flush()
    """
)


def test_every_acknowledged_write_survives_a_kill(tmp_path: Path) -> None:
    data = tmp_path / "data"
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(data)], stdout=subprocess.PIPE, text=True
    )
    acked: list[str] = []
    assert proc.stdout is not None
    try:
        for line in proc.stdout:
            acked.append(line.strip())
            if len(acked) >= 150:
                os.kill(proc.pid, signal.SIGKILL)
                break
    finally:
        proc.kill()
        rest = proc.stdout.read()
        proc.wait()
    acked.extend(x for x in rest.split() if x)  # printed before the kill landed
    conn = sqlite3.connect(data / "executrek.sqlite")
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {r[0] for r in conn.execute("SELECT id FROM punch_items")}
        assert set(acked) <= stored
        in_outbox = {
            r[0]
            for r in conn.execute(
                "SELECT row_id FROM outbox WHERE table_name = 'punch_items' AND op = 'insert'"
            )
        }
        assert in_outbox == stored
        events = conn.execute("SELECT count(*) FROM punch_status_events").fetchone()[0]
        event_outbox = conn.execute(
            "SELECT count(*) FROM outbox WHERE table_name = 'punch_status_events'"
        ).fetchone()[0]
        assert events == event_outbox
        moved = conn.execute(
            "SELECT count(*) FROM punch_items WHERE status = 'ready_for_review'"
        ).fetchone()[0]
        updates = conn.execute(
            "SELECT count(*) FROM outbox WHERE table_name = 'punch_items' AND op = 'update'"
        ).fetchone()[0]
        assert moved == updates
    finally:
        conn.close()
