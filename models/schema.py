"""The complete schema: importing this module registers every table on ``Base.metadata``."""

from __future__ import annotations

# Imported for their table definitions.
from executrek.models import (  # noqa: F401
    access,
    common,
    directory,
    local,
    project,
    report_log,
    sync_local,
)
from executrek.models.base import Base, EventRow, Synced
from executrek.models.records.change_order import model as change_order  # noqa: F401
from executrek.models.records.cost import budget_model as cost_budget  # noqa: F401
from executrek.models.records.cost import commitment_model as cost_commitment  # noqa: F401
from executrek.models.records.cost import payment_model as cost_payment  # noqa: F401
from executrek.models.records.diary import entries as diary_entries  # noqa: F401
from executrek.models.records.diary import model as diary  # noqa: F401
from executrek.models.records.drawing import model as drawing  # noqa: F401
from executrek.models.records.inspection import model as inspection  # noqa: F401
from executrek.models.records.issue import model as issue  # noqa: F401
from executrek.models.records.punch import model as punch  # noqa: F401
from executrek.models.records.risk import model as risk  # noqa: F401
from executrek.models.records.schedule import delay  # noqa: F401
from executrek.models.records.schedule import model as schedule  # noqa: F401

metadata = Base.metadata


def synced_tables() -> dict[str, type[Base]]:
    """Table name → mapped class, for every row that replicates (state and events)."""
    out: dict[str, type[Base]] = {}
    for mapper in Base.registry.mappers:
        cls: type[Base] = mapper.class_
        if issubclass(cls, Synced | EventRow):
            out[str(cls.__tablename__)] = cls
    return dict(sorted(out.items()))
