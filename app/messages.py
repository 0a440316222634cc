"""A refusal in the user's language: the one translation the screens (the error
line of ``ui.tasks``, a form's line under its field, the diary, inspection and drawing
dialogs) and the command line's error output share.

``models`` has no Qt, so a ``DomainError`` carries its English template (marked for
lupdate with ``models.errors.QT_TRANSLATE_NOOP`` in the context of its class) and the
values apart; here the template (and its "Row {row}: " prefix) is translated in that
context, then filled in. A ``label``, ``what`` or ``action`` value (what a cost check
names: "The contract value"; a record's name; "Rejecting a line") is a marked text of the
same context and is translated too (``WORDED_VALUES``). A ``{field}`` value
is a column name ("due_date"): it is shown as the word the forms use ("Due date"), from
``FIELD_WORDS`` (context "Field"), unless the caller names the field itself. A
``SyncError`` or ``StoreError`` raised with a marked template is translated the same
way; one raised with a plain sentence is shown as it is.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

from executrek.app.i18n import translate
from executrek.models.errors import QT_TRANSLATE_NOOP

FIELD_WORDS: dict[str, str] = {
    "activity_code": QT_TRANSLATE_NOOP("Field", "Activity code"),
    "actor_name": QT_TRANSLATE_NOOP("Field", "Name"),
    "address": QT_TRANSLATE_NOOP("Field", "Address"),
    "amount": QT_TRANSLATE_NOOP("Field", "Amount"),
    "approved_stored": QT_TRANSLATE_NOOP("Field", "Approved stored materials"),
    "approved_work": QT_TRANSLATE_NOOP("Field", "Approved work"),
    "approver_name": QT_TRANSLATE_NOOP("Field", "Approver"),
    "assignee": QT_TRANSLATE_NOOP("Field", "Assignee"),
    "attendees": QT_TRANSLATE_NOOP("Field", "Attendees"),
    "author_id": QT_TRANSLATE_NOOP("Field", "Author"),
    "author_name": QT_TRANSLATE_NOOP("Field", "Author"),
    "baseline_finish": QT_TRANSLATE_NOOP("Field", "Baseline finish"),
    "body": QT_TRANSLATE_NOOP("Field", "Text"),
    "caption": QT_TRANSLATE_NOOP("Field", "Caption"),
    "category": QT_TRANSLATE_NOOP("Field", "Category"),
    "change_order_id": QT_TRANSLATE_NOOP("Field", "Change order"),
    "closed_at": QT_TRANSLATE_NOOP("Field", "Closed on"),
    "code": QT_TRANSLATE_NOOP("Field", "Code"),
    "commentary": QT_TRANSLATE_NOOP("Field", "Commentary"),
    "commitment_id": QT_TRANSLATE_NOOP("Field", "Commitment"),
    "commitment_type": QT_TRANSLATE_NOOP("Field", "Commitment type"),
    "contingency": QT_TRANSLATE_NOOP("Field", "Contingency"),
    "contract_value": QT_TRANSLATE_NOOP("Field", "Contract value"),
    "contractor": QT_TRANSLATE_NOOP("Field", "Contractor"),
    "contractor_id": QT_TRANSLATE_NOOP("Field", "Contractor"),
    "cost_code": QT_TRANSLATE_NOOP("Field", "Cost code"),
    "created_on": QT_TRANSLATE_NOOP("Field", "Created on"),
    "currency": QT_TRANSLATE_NOOP("Field", "Currency"),
    "date": QT_TRANSLATE_NOOP("Field", "Date"),
    "day": QT_TRANSLATE_NOOP("Field", "Date"),
    "days_claimed": QT_TRANSLATE_NOOP("Field", "Days claimed"),
    "days_granted": QT_TRANSLATE_NOOP("Field", "Days granted"),
    "decision": QT_TRANSLATE_NOOP("Field", "Decision"),
    "decision_note": QT_TRANSLATE_NOOP("Field", "Decision note"),
    "definition": QT_TRANSLATE_NOOP("Field", "Definition"),
    "description": QT_TRANSLATE_NOOP("Field", "Description"),
    "discipline": QT_TRANSLATE_NOOP("Field", "Discipline"),
    "display_name": QT_TRANSLATE_NOOP("Field", "Display name"),
    "due_date": QT_TRANSLATE_NOOP("Field", "Due date"),
    "email": QT_TRANSLATE_NOOP("Field", "Email"),
    "end_date": QT_TRANSLATE_NOOP("Field", "End date"),
    "external_ref": QT_TRANSLATE_NOOP("Field", "External reference"),
    "file_id": QT_TRANSLATE_NOOP("Field", "File"),
    "filename": QT_TRANSLATE_NOOP("Field", "File name"),
    "finish_date": QT_TRANSLATE_NOOP("Field", "Finish date"),
    "funding": QT_TRANSLATE_NOOP("Field", "Funding"),
    "group_by": QT_TRANSLATE_NOOP("Field", "Group by"),
    "impact": QT_TRANSLATE_NOOP("Field", "Impact"),
    "issue_type": QT_TRANSLATE_NOOP("Field", "Issue type"),
    "item": QT_TRANSLATE_NOOP("Field", "Item"),
    "kind": QT_TRANSLATE_NOOP("Field", "Kind"),
    "location": QT_TRANSLATE_NOOP("Field", "Location"),
    "location_id": QT_TRANSLATE_NOOP("Field", "Location"),
    "markup": QT_TRANSLATE_NOOP("Field", "Markup"),
    "mime": QT_TRANSLATE_NOOP("Field", "File type"),
    "mitigation": QT_TRANSLATE_NOOP("Field", "Mitigation"),
    "name": QT_TRANSLATE_NOOP("Field", "Name"),
    "note": QT_TRANSLATE_NOOP("Field", "Note"),
    "original_amount": QT_TRANSLATE_NOOP("Field", "Original amount"),
    "original_value": QT_TRANSLATE_NOOP("Field", "Original value"),
    "owner_name": QT_TRANSLATE_NOOP("Field", "Owner"),
    "page_count": QT_TRANSLATE_NOOP("Field", "Page count"),
    "page_index": QT_TRANSLATE_NOOP("Field", "Page"),
    "pages": QT_TRANSLATE_NOOP("Field", "Pages"),
    "parent_code": QT_TRANSLATE_NOOP("Field", "Parent code"),
    "parent_id": QT_TRANSLATE_NOOP("Field", "Parent"),
    "pass_mark": QT_TRANSLATE_NOOP("Field", "Pass mark"),
    "period_end": QT_TRANSLATE_NOOP("Field", "Period end"),
    "period_start": QT_TRANSLATE_NOOP("Field", "Period start"),
    "phone": QT_TRANSLATE_NOOP("Field", "Phone"),
    "pmo_name": QT_TRANSLATE_NOOP("Field", "PMO name"),
    "priority": QT_TRANSLATE_NOOP("Field", "Priority"),
    "probability": QT_TRANSLATE_NOOP("Field", "Probability"),
    "project": QT_TRANSLATE_NOOP("Field", "Project"),
    "rate": QT_TRANSLATE_NOOP("Field", "Rate"),
    "reason": QT_TRANSLATE_NOOP("Field", "Reason"),
    "received_on": QT_TRANSLATE_NOOP("Field", "Received on"),
    "record": QT_TRANSLATE_NOOP("Field", "Record"),
    "record_type": QT_TRANSLATE_NOOP("Field", "Record type"),
    "reduce_at_pct": QT_TRANSLATE_NOOP("Field", "Reduce at (%)"),
    "report": QT_TRANSLATE_NOOP("Field", "Report"),
    "report_number": QT_TRANSLATE_NOOP("Field", "Report number"),
    "responsibility": QT_TRANSLATE_NOOP("Field", "Responsibility"),
    "retainage_released": QT_TRANSLATE_NOOP("Field", "Retainage released"),
    "review_note": QT_TRANSLATE_NOOP("Field", "Review note"),
    "revision": QT_TRANSLATE_NOOP("Field", "Revision"),
    "role": QT_TRANSLATE_NOOP("Field", "Role"),
    "schedule_impact_days": QT_TRANSLATE_NOOP("Field", "Schedule impact (days)"),
    "scheduled_value": QT_TRANSLATE_NOOP("Field", "Scheduled value"),
    "severity": QT_TRANSLATE_NOOP("Field", "Severity"),
    "sha256": QT_TRANSLATE_NOOP("Field", "File checksum"),
    "sheet_number": QT_TRANSLATE_NOOP("Field", "Sheet number"),
    "signature": QT_TRANSLATE_NOOP("Field", "Signature"),
    "signer_name": QT_TRANSLATE_NOOP("Field", "Your name"),
    "signer_role": QT_TRANSLATE_NOOP("Field", "Your role"),
    "size_bytes": QT_TRANSLATE_NOOP("Field", "File size"),
    "source": QT_TRANSLATE_NOOP("Field", "Source"),
    "spec_reference": QT_TRANSLATE_NOOP("Field", "Spec reference"),
    "status": QT_TRANSLATE_NOOP("Field", "Status"),
    "stored": QT_TRANSLATE_NOOP("Field", "Stored materials"),
    "target_id": QT_TRANSLATE_NOOP("Field", "Target"),
    "target_type": QT_TRANSLATE_NOOP("Field", "Target type"),
    "temp_min": QT_TRANSLATE_NOOP("Field", "Lowest temperature"),
    "tier": QT_TRANSLATE_NOOP("Field", "Tier"),
    "title": QT_TRANSLATE_NOOP("Field", "Title"),
    "to_line_id": QT_TRANSLATE_NOOP("Field", "Target line"),
    "to_type": QT_TRANSLATE_NOOP("Field", "Target type"),
    "trade": QT_TRANSLATE_NOOP("Field", "Trade"),
    "unit": QT_TRANSLATE_NOOP("Field", "Unit"),
    "username": QT_TRANSLATE_NOOP("Field", "User name"),
    "value": QT_TRANSLATE_NOOP("Field", "Value"),
    "weather": QT_TRANSLATE_NOOP("Field", "Weather"),
    "withholding": QT_TRANSLATE_NOOP("Field", "Withholding"),
    "work": QT_TRANSLATE_NOOP("Field", "Work"),
}


def field_word(field: str) -> str:
    """A field's column name as the user reads it ("due_date" → "Due date"), translated;
    a dotted name ("lines.amount") by its last part; a name without an entry as its own
    words, capitalised."""
    key = field if field in FIELD_WORDS else field.rsplit(".", 1)[-1]
    return translate("Field", FIELD_WORDS.get(key, key.replace("_", " ").capitalize()))


class Worded(Protocol):
    """An error whose English template and values travel apart: every ``DomainError``,
    and a ``SyncError`` or ``StoreError`` raised with a marked template (``hint``: a
    marked sentence of what to do, shown after the message)."""

    @property
    def context(self) -> str: ...
    @property
    def template(self) -> str: ...
    @property
    def prefix(self) -> str: ...
    @property
    def params(self) -> Mapping[str, Any]: ...


#: Values that are marked texts of the template's context, translated with it: what a
#: check names ("The contract value", a record's name from ``models.record_words``), the
#: action a reason is needed for ("Rejecting a line"), what a status allows.
WORDED_VALUES = ("label", "what", "action")


def user_message(exc: Worded, field_label: str | None = None) -> str:
    """``exc`` as the user reads it: translated, then filled in (English without a
    translation; the English message if a translation's gaps do not match, or if an
    unmarked sentence has braces of its own). Its ``{field}`` is ``field_label`` when
    given (a screen's own name for the box), else :func:`field_word`."""
    params = dict(exc.params)
    for key in WORDED_VALUES:
        value = params.get(key)
        if isinstance(value, str) and value:
            params[key] = translate(exc.context, value)
    if field_label is not None:
        params["field"] = field_label
    elif isinstance(params.get("field"), str):
        params["field"] = field_word(params["field"])
    prefix = translate(exc.context, exc.prefix) if exc.prefix else ""
    template = translate(exc.context, exc.template[len(exc.prefix) :])
    hint = getattr(exc, "hint", "")
    try:
        text = (prefix + template).format(**params)
    except (KeyError, IndexError, ValueError):
        return str(exc)
    return f"{text} {translate(exc.context, hint)}" if hint else text
