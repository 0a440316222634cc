"""The risk register's columns: the screen's table, the spreadsheet export and the top
risks of the status report (all three read the same ``RiskRow``)."""

from __future__ import annotations

from dataclasses import replace

from executrek.app import list_fields as shared
from executrek.app.columns import QT_TRANSLATE_NOOP, Field, Kind, attr_field
from executrek.models.records.risk.queries import RiskRow

NUMBER: Field[RiskRow] = shared.NUMBER
TITLE: Field[RiskRow] = replace(shared.TITLE, weight=2.4)
CATEGORY: Field[RiskRow] = attr_field(
    "category", QT_TRANSLATE_NOOP("Columns", "Category"), Kind.WORDS
)


def _rating(key: str, attr: str, title: str, short: str) -> Field[RiskRow]:
    """A 1–5 rating of the risk (its narrow column on screen says ``short``)."""
    return attr_field(key, title, Kind.INT, attr=attr, short=short)


PROBABILITY = _rating(
    "p",
    "probability",
    QT_TRANSLATE_NOOP("Columns", "Probability"),
    QT_TRANSLATE_NOOP("Columns", "P"),
)
IMPACT = _rating(
    "i", "impact", QT_TRANSLATE_NOOP("Columns", "Impact"), QT_TRANSLATE_NOOP("Columns", "I")
)
SCORE: Field[RiskRow] = attr_field("score", QT_TRANSLATE_NOOP("Columns", "Score"), Kind.INT, 0.6)
STATUS: Field[RiskRow] = shared.STATUS
OWNER: Field[RiskRow] = attr_field("owner", QT_TRANSLATE_NOOP("Columns", "Owner"), weight=1.3)
MITIGATION: Field[RiskRow] = attr_field(
    "mitigation", QT_TRANSLATE_NOOP("Columns", "Mitigation"), weight=3, brief=True
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
