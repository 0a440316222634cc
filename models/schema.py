"""The complete schema: importing this module registers every table on ``Base.metadata``."""

from __future__ import annotations

from executrek.models import (  # noqa: F401 - imported for their table definitions
    change_order,
    common,
    directory,
    drawing,
    inspection,
    issue,
    local,
    project,
    punch,
    report_log,
    sync_local,
)
from executrek.models.base import Base, EventRow, Synced
from executrek.models.records.risk import model as risk  # noqa: F401

metadata = Base.metadata


def synced_tables() -> dict[str, type[Base]]:
    """Table name → mapped class, for every row that replicates (state and events)."""
    out: dict[str, type[Base]] = {}
    for mapper in Base.registry.mappers:
        cls: type[Base] = mapper.class_
        if issubclass(cls, Synced | EventRow):
            out[str(cls.__tablename__)] = cls
    return dict(sorted(out.items()))
