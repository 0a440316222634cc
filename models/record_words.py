"""The names of records a refusal names by a value, marked for translation.

``load(s, cls, id, "Pay application")`` refuses with "{label} {id} does not exist", a
cost check with "The {label} belongs to another project": the name is a value of the
template, which ``app.messages.user_message`` translates in the template's context
("Errors"). lupdate finds marked texts only, so every such name is marked here once;
``tests/ui/test_german_errors.py`` fails when code passes a name missing from this list.
"""

from __future__ import annotations

from executrek.models.errors import QT_TRANSLATE_NOOP

RECORD_WORDS = (
    QT_TRANSLATE_NOOP("Errors", "Activity"),
    QT_TRANSLATE_NOOP("Errors", "Budget line"),
    QT_TRANSLATE_NOOP("Errors", "Budget transfer"),
    QT_TRANSLATE_NOOP("Errors", "Change order"),
    QT_TRANSLATE_NOOP("Errors", "Checklist item"),
    QT_TRANSLATE_NOOP("Errors", "Commitment"),
    QT_TRANSLATE_NOOP("Errors", "Contractor"),
    QT_TRANSLATE_NOOP("Errors", "Cost code"),
    QT_TRANSLATE_NOOP("Errors", "Delay event"),
    QT_TRANSLATE_NOOP("Errors", "Diary day"),
    QT_TRANSLATE_NOOP("Errors", "Diary entry"),
    QT_TRANSLATE_NOOP("Errors", "Drawing file"),
    QT_TRANSLATE_NOOP("Errors", "Funding source"),
    QT_TRANSLATE_NOOP("Errors", "Inspection"),
    QT_TRANSLATE_NOOP("Errors", "Issue"),
    QT_TRANSLATE_NOOP("Errors", "Issued report"),
    QT_TRANSLATE_NOOP("Errors", "Location"),
    QT_TRANSLATE_NOOP("Errors", "Milestone"),
    QT_TRANSLATE_NOOP("Errors", "Organisation"),
    QT_TRANSLATE_NOOP("Errors", "Pay application"),
    QT_TRANSLATE_NOOP("Errors", "Pay application line"),
    QT_TRANSLATE_NOOP("Errors", "Photo"),
    QT_TRANSLATE_NOOP("Errors", "Pin"),
    QT_TRANSLATE_NOOP("Errors", "Project"),
    QT_TRANSLATE_NOOP("Errors", "Punch item"),
    QT_TRANSLATE_NOOP("Errors", "Revision"),
    QT_TRANSLATE_NOOP("Errors", "Risk"),
    QT_TRANSLATE_NOOP("Errors", "Schedule update"),
    QT_TRANSLATE_NOOP("Errors", "Schedule-of-values line"),
    QT_TRANSLATE_NOOP("Errors", "Sheet"),
    QT_TRANSLATE_NOOP("Errors", "Template"),
    QT_TRANSLATE_NOOP("Errors", "User"),
    QT_TRANSLATE_NOOP("Errors", "budget line"),
    QT_TRANSLATE_NOOP("Errors", "contractor"),
    QT_TRANSLATE_NOOP("Errors", "cost code"),
    QT_TRANSLATE_NOOP("Errors", "funding source"),
    QT_TRANSLATE_NOOP("Errors", "location"),
)
