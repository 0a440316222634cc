"""The risk register's columns: the screen's table, the spreadsheet export and the top
risks of the status report (all three read the same ``RiskRow``)."""

from __future__ import annotations

from dataclasses import replace

from executrek.app import list_fields as shared
from executrek.app.columns import QT_TRANSLATE_NOOP, Field, Kind
from executrek.models.records.risk.queries import RiskRow

NUMBER: Field[RiskRow] = shared.NUMBER
TITLE: Field[RiskRow] = replace(shared.TITLE, weight=2.4)
CATEGORY: Field[RiskRow] = Field(
    "category", QT_TRANSLATE_NOOP("Columns", "Category"), lambda r: r.category, Kind.WORDS
)
PROBABILITY: Field[RiskRow] = Field(
    "p",
    QT_TRANSLATE_NOOP("Columns", "Probability"),
    lambda r: r.probability,
    Kind.INT,
    short=QT_TRANSLATE_NOOP("Columns", "P"),
)
IMPACT: Field[RiskRow] = Field(
    "i",
    QT_TRANSLATE_NOOP("Columns", "Impact"),
    lambda r: r.impact,
    Kind.INT,
    short=QT_TRANSLATE_NOOP("Columns", "I"),
)
SCORE: Field[RiskRow] = Field(
    "score", QT_TRANSLATE_NOOP("Columns", "Score"), lambda r: r.score, Kind.INT, 0.6
)
STATUS: Field[RiskRow] = shared.STATUS
OWNER: Field[RiskRow] = Field(
    "owner", QT_TRANSLATE_NOOP("Columns", "Owner"), lambda r: r.owner, weight=1.3
)
MITIGATION: Field[RiskRow] = Field(
    "mitigation",
    QT_TRANSLATE_NOOP("Columns", "Mitigation"),
    lambda r: r.mitigation,
    weight=3,
    brief=True,
)

# The screen's narrow probability and impact columns say "P" and "I".
SCREEN = (
    NUMBER,
    TITLE,
    CATEGORY,
    PROBABILITY.narrow(),
    IMPACT.narrow(),
    SCORE,
    STATUS,
    OWNER,
    MITIGATION,
)
EXPORT = (NUMBER, TITLE, CATEGORY, PROBABILITY, IMPACT, SCORE, OWNER, MITIGATION, STATUS)
TOP_RISKS = (NUMBER, TITLE, SCORE, OWNER, MITIGATION)
