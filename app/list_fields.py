"""The columns most lists have — number, title, status, contractor, location, a due date,
a grade — declared once, over any row that names the value alike. A list's module
(``app/list_columns_<list>.py``) takes one as it is, or at its own share of a printed
table's width (``replace(TITLE, weight=2.4)``)."""

from __future__ import annotations

from collections.abc import Container
from operator import attrgetter
from typing import Any

from executrek.app.columns import QT_TRANSLATE_NOOP, Field, Kind, attr_field, late

NUMBER: Field[Any] = attr_field("number", QT_TRANSLATE_NOOP("Columns", "Number"), weight=0.8)
TITLE: Field[Any] = attr_field("title", QT_TRANSLATE_NOOP("Columns", "Title"), weight=3)
STATUS: Field[Any] = attr_field("status", QT_TRANSLATE_NOOP("Columns", "Status"), Kind.STATUS)
CONTRACTOR: Field[Any] = attr_field("contractor", QT_TRANSLATE_NOOP("Columns", "Contractor"))
LOCATION: Field[Any] = attr_field("location", QT_TRANSLATE_NOOP("Columns", "Location"))


def due(key: str, live: Container[str]) -> Field[Any]:
    """The due date, overdue (in red) once it has passed while the record's status is
    one of ``live``."""
    return attr_field(
        key,
        QT_TRANSLATE_NOOP("Columns", "Due"),
        Kind.DATE,
        0.95,
        attr="due_date",
        tone=lambda r, today: late(r.due_date, r.status in live, today),
    )


def graded(key: str, title: str, **options: Any) -> Field[Any]:
    """A grade in words (a severity, a priority), in the colour the grade names."""
    grade = attrgetter(key)
    return attr_field(key, title, Kind.WORDS, 0.8, tone=lambda r, _today: grade(r), **options)
