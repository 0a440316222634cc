"""The risk table, its categories and status workflow, and the risk ``RecordKind``."""

from __future__ import annotations

import enum
from collections.abc import Mapping

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from executrek.models.base import Base, Numbered, Synced
from executrek.models.directory import enum_column
from executrek.models.records.kind import NumberSeries, RecordKind
from executrek.models.table_keys import project_index, unique_number
from executrek.models.vocab import RiskStatus


class RiskCategory(enum.StrEnum):
    COST = "cost"
    SCHEDULE = "schedule"
    QUALITY = "quality"
    SAFETY = "safety"
    SCOPE = "scope"
    OTHER = "other"


class Risk(Numbered, Synced, Base):
    __tablename__ = "risks"
    __table_args__ = (unique_number(), project_index(__tablename__, "status"))

    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    category: Mapped[RiskCategory] = enum_column(RiskCategory, "risk_category", RiskCategory.OTHER)
    probability: Mapped[int]  # 1 (rare) .. 5 (almost certain)
    impact: Mapped[int]  # 1 (negligible) .. 5 (severe)
    owner_id: Mapped[str | None] = mapped_column(ForeignKey("people.id"))
    mitigation: Mapped[str | None] = mapped_column(Text)
    status: Mapped[RiskStatus] = enum_column(RiskStatus, "risk_status", RiskStatus.OPEN)

    @property
    def score(self) -> int:
        return self.probability * self.impact


R = RiskStatus
TRANSITIONS: Mapping[RiskStatus, frozenset[RiskStatus]] = {
    R.OPEN: frozenset({R.MITIGATING, R.OCCURRED, R.CLOSED}),
    R.MITIGATING: frozenset({R.OPEN, R.OCCURRED, R.CLOSED}),
    R.OCCURRED: frozenset({R.CLOSED}),
    R.CLOSED: frozenset({R.OPEN}),
}
LIVE = (RiskStatus.OPEN.value, RiskStatus.MITIGATING.value)  # the risks still to manage

KIND = RecordKind(
    key="risk",
    model=Risk,
    series=(NumberSeries("RSK", 3),),
    transitions=TRANSITIONS,
    search_columns=("title", "description", "mitigation"),
)
