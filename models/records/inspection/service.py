"""Writes of inspections: templates, conducting an inspection (start, answer, sign),
and completing it — which may raise punch items or contractor issues from its failed
items (the work itself is in ``completion``).

A template's definition may carry ``raise_on_complete`` (default true): completing an
inspection of that template raises its failed items in the same unit of work
(:func:`complete_and_raise`), so nobody has to remember a separate step."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select

from executrek.models import validation
from executrek.models.common import Signature
from executrek.models.errors import QT_TRANSLATE_NOOP, ValidationError
from executrek.models.project import Project
from executrek.models.records.inspection.completion import (
    Completion,
    Deficiency,
    complete_in,
    raise_in,
)
from executrek.models.records.inspection.model import (
    KIND,
    FailureAction,
    Inspection,
    InspectionItem,
    InspectionResponse,
    InspectionStatus,
    InspectionTemplate,
    Outcome,
    ResponseType,
)
from executrek.models.records.inspection.scoring import current_responses, items_in
from executrek.models.services.common import (
    Done,
    add_numbered,
    add_signature,
    load,
    valid_strokes,
)
from executrek.models.store import Store

SERIES = KIND.prefix()
# The template option (a key of the definition JSON): raise failed items on completion.
RAISE_ON_COMPLETE = "raise_on_complete"


# --- templates ---------------------------------------------------------------------


def validate_definition(definition: dict[str, Any]) -> dict[str, Any]:
    """Check a template document and return it normalised."""
    sections = definition.get("sections") if isinstance(definition, dict) else None
    if not isinstance(sections, list) or not sections:
        raise ValidationError(
            "definition",
            QT_TRANSLATE_NOOP("Errors", "A template needs at least one section."),
        )
    out_sections = []
    for si, section in enumerate(sections, start=1):
        title = validation.required_text(f"sections[{si}].title", section.get("title"), max_len=200)
        items = section.get("items")
        if not isinstance(items, list) or not items:
            raise ValidationError(
                f"sections[{si}].items",
                QT_TRANSLATE_NOOP("Errors", "Section '{title}' has no items."),
                title=title,
            )
        out_items = []
        for ii, item in enumerate(items, start=1):
            where = f"sections[{si}].items[{ii}]"
            rtype = validation.choice(
                where + ".type", ResponseType, item.get("type", "pass_fail_na")
            )
            norm: dict[str, Any] = {
                "prompt": validation.required_text(
                    where + ".prompt", item.get("prompt"), max_len=500
                ),
                "type": rtype.value,
                "weight": str(
                    validation.decimal(
                        where + ".weight", item.get("weight", 1), allow_negative=False
                    )
                ),
                "photo_required": bool(item.get("photo_required", False)),
                "critical": bool(item.get("critical", False)),
                "failure_action": validation.choice(
                    where + ".failure_action",
                    FailureAction,
                    item.get("failure_action", "punch_item"),
                ).value,
            }
            if rtype is ResponseType.CHOICE:
                choices = item.get("choices")
                if not isinstance(choices, list) or len(choices) < 2:
                    raise ValidationError(
                        where + ".choices",
                        QT_TRANSLATE_NOOP("Errors", "{field} needs at least two options."),
                    )
                norm["choices"] = [str(c) for c in choices]
                failing = [str(c) for c in item.get("failing_choices", [])]
                if not set(failing) <= set(norm["choices"]):
                    raise ValidationError(
                        where + ".failing_choices",
                        QT_TRANSLATE_NOOP("Errors", "{field} must be among the options."),
                    )
                norm["failing_choices"] = failing
            if rtype is ResponseType.NUMBER:
                norm["target"] = str(
                    validation.decimal(where + ".target", item.get("target"), places=4)
                )
                norm["tolerance"] = str(
                    validation.decimal(
                        where + ".tolerance",
                        item.get("tolerance", 0),
                        places=4,
                        allow_negative=False,
                    )
                )
                norm["unit"] = str(item.get("unit") or "")
            if rtype is ResponseType.YES_NO:
                norm["expected_yes"] = bool(item.get("expected_yes", True))
            out_items.append(norm)
        out_sections.append({"title": title, "items": out_items})
    out: dict[str, Any] = {"sections": out_sections}
    if RAISE_ON_COMPLETE in definition:  # absent means the default (on)
        option = definition[RAISE_ON_COMPLETE]
        if not isinstance(option, bool):
            raise ValidationError(
                RAISE_ON_COMPLETE,
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Raising failed items on completion is either on or off (true or false).",
                ),
            )
        out[RAISE_ON_COMPLETE] = option
    return out


def raises_on_complete(definition: dict[str, Any] | None) -> bool:
    """Whether completing an inspection of a template with ``definition`` raises its
    failed items at once (the default) rather than leaving it to a button."""
    if not isinstance(definition, dict):
        return True
    return bool(definition.get(RAISE_ON_COMPLETE, True))


def create_template(
    store: Store,
    *,
    name: str,
    definition: dict[str, Any],
    category: str = "General",
    project_id: str | None = None,
    pass_mark: Decimal | int | str = 80,
) -> Done[InspectionTemplate]:
    doc = validate_definition(definition)
    mark = validation.decimal("pass_mark", pass_mark, allow_negative=False)
    if mark > 100:
        raise ValidationError(
            "pass_mark", QT_TRANSLATE_NOOP("Errors", "{field} is a percentage (0–100).")
        )
    with store.transaction() as (s, changes):
        tpl = InspectionTemplate(
            project_id=project_id,
            name=validation.required_text("name", name, max_len=200),
            category=validation.required_text("category", category, max_len=80),
            version=1,
            pass_mark=mark,
            definition=doc,
        )
        s.add(tpl)
    return Done(tpl, changes)


def update_template(
    store: Store, template_id: str, *, definition: dict[str, Any], name: str | None = None
) -> Done[InspectionTemplate]:
    doc = validate_definition(definition)
    with store.transaction() as (s, changes):
        tpl = load(s, InspectionTemplate, template_id, "Template")
        if RAISE_ON_COMPLETE not in doc and RAISE_ON_COMPLETE in (tpl.definition or {}):
            # an editor that does not show the option keeps what was chosen
            doc[RAISE_ON_COMPLETE] = tpl.definition[RAISE_ON_COMPLETE]
        tpl.definition = doc
        tpl.version += 1
        if name is not None:
            tpl.name = validation.required_text("name", name, max_len=200)
    return Done(tpl, changes)


def set_raise_on_complete(store: Store, template_id: str, on: bool) -> Done[InspectionTemplate]:
    """Turn the template's "raise failed items on completion" option on or off (the
    checklist itself is unchanged, so the version stays)."""
    with store.transaction() as (s, changes):
        tpl = load(s, InspectionTemplate, template_id, "Template")
        if raises_on_complete(tpl.definition) != on or RAISE_ON_COMPLETE not in tpl.definition:
            tpl.definition = {**tpl.definition, RAISE_ON_COMPLETE: bool(on)}
    return Done(tpl, changes)


def template_raises_on_complete(store: Store, inspection_id: str) -> bool:
    """The option of the template the inspection was started from (on when the
    template is gone)."""
    with store.read() as s:
        ins = load(s, Inspection, inspection_id, "Inspection")
        tpl = s.get(InspectionTemplate, ins.template_id) if ins.template_id else None
        return raises_on_complete(tpl.definition if tpl is not None else None)


def templates(store: Store, project_id: str | None = None) -> list[InspectionTemplate]:
    with store.read() as s:
        q = select(InspectionTemplate).where(
            InspectionTemplate.deleted_at.is_(None), InspectionTemplate.archived.is_(False)
        )
        if project_id:
            q = q.where(
                (InspectionTemplate.project_id.is_(None))
                | (InspectionTemplate.project_id == project_id)
            )
        return list(s.scalars(q.order_by(InspectionTemplate.category, InspectionTemplate.name)))


# --- conducting ----------------------------------------------------------------------


def start_inspection(
    store: Store,
    project_id: str,
    template_id: str,
    *,
    title: str | None = None,
    inspection_date: dt.date,
    location_id: str | None = None,
    contractor_id: str | None = None,
    weather: str | None = None,
    attendees: str | None = None,
) -> Done[Inspection]:
    with store.transaction() as (s, changes):
        load(s, Project, project_id, "Project")
        tpl = load(s, InspectionTemplate, template_id, "Template")
        ins = add_numbered(
            s,
            Inspection,
            project_id,
            SERIES,
            template_id=tpl.id,
            template_version=tpl.version,
            title=validation.required_text("title", title or tpl.name, max_len=300),
            location_id=location_id,
            contractor_id=contractor_id,
            inspector_id=store.actor.user_id,
            inspection_date=inspection_date,
            weather=validation.text("weather", weather, max_len=200, required=False),
            attendees=validation.text("attendees", attendees, max_len=4000, required=False),
            pass_mark=tpl.pass_mark,
            status=InspectionStatus.IN_PROGRESS,
        )
        s.flush()
        position = 0
        for section in tpl.definition["sections"]:
            for item in section["items"]:
                position += 1
                s.add(
                    InspectionItem(
                        project_id=project_id,
                        inspection_id=ins.id,
                        position=position,
                        section=section["title"],
                        prompt=item["prompt"],
                        response_type=ResponseType(item["type"]),
                        choices=item.get("choices", []),
                        failing_choices=item.get("failing_choices", []),
                        expected_yes=item.get("expected_yes", True),
                        target=Decimal(item["target"]) if "target" in item else None,
                        tolerance=Decimal(item["tolerance"]) if "tolerance" in item else None,
                        unit=item.get("unit"),
                        photo_required=item["photo_required"],
                        critical=item["critical"],
                        weight=Decimal(item["weight"]),
                        failure_action=FailureAction(item["failure_action"]),
                    )
                )
    return Done(ins, changes)


def outcome_of(item: InspectionItem, value: str) -> Outcome:
    """What an answer means for scoring; refuses answers the item cannot take."""
    v = value.strip()
    rtype = item.response_type
    if rtype is ResponseType.PASS_FAIL_NA:
        mapping = {
            "pass": Outcome.PASS,
            "p": Outcome.PASS,
            "fail": Outcome.FAIL,
            "f": Outcome.FAIL,
            "na": Outcome.NA,
            "n/a": Outcome.NA,
            "n": Outcome.NA,
        }
        if v.lower() not in mapping:
            raise ValidationError(
                "value",
                QT_TRANSLATE_NOOP("Errors", "Answer pass, fail or N/A (got '{value}')."),
                value=v,
            )
        return mapping[v.lower()]
    if rtype is ResponseType.YES_NO:
        if v.lower() in ("na", "n/a"):
            return Outcome.NA
        if v.lower() not in ("yes", "no", "y"):
            raise ValidationError(
                "value",
                QT_TRANSLATE_NOOP("Errors", "Answer yes or no (got '{value}')."),
                value=v,
            )
        said_yes = v.lower() in ("yes", "y")
        return Outcome.PASS if said_yes == item.expected_yes else Outcome.FAIL
    if rtype is ResponseType.NUMBER:
        try:
            number = Decimal(v.replace(",", "."))
        except InvalidOperation:
            raise ValidationError(
                "value",
                QT_TRANSLATE_NOOP("Errors", "Enter a number (got '{value}')."),
                value=v,
            )
        if not number.is_finite():
            raise ValidationError(
                "value",
                QT_TRANSLATE_NOOP("Errors", "Enter a number (got '{value}')."),
                value=v,
            )
        if item.target is None:
            return Outcome.INFO
        within = abs(number - item.target) <= (item.tolerance or Decimal(0))
        return Outcome.PASS if within else Outcome.FAIL
    if rtype is ResponseType.CHOICE:
        if v not in item.choices:
            raise ValidationError(
                "value",
                QT_TRANSLATE_NOOP("Errors", "Choose one of: {choices}."),
                choices=", ".join(item.choices),
            )
        if not item.failing_choices:
            return Outcome.INFO
        return Outcome.FAIL if v in item.failing_choices else Outcome.PASS
    if not v:
        raise ValidationError("value", QT_TRANSLATE_NOOP("Errors", "The answer is empty."))
    return Outcome.INFO


def respond(
    store: Store, item_id: str, value: str, note: str | None = None
) -> Done[InspectionResponse]:
    """Record an answer (insert-only: a new answer supersedes, the old one stays)."""
    with store.transaction() as (s, changes):
        item = load(s, InspectionItem, item_id, "Checklist item")
        ins = load(s, Inspection, item.inspection_id, "Inspection")
        KIND.require_status(
            ins,
            InspectionStatus.IN_PROGRESS,
            QT_TRANSLATE_NOOP("Errors", "{number} is {status}; answers can no longer change."),
        )
        outcome = outcome_of(item, value)
        resp = InspectionResponse(
            project_id=item.project_id,
            inspection_id=ins.id,
            inspection_item_id=item.id,
            value=value.strip(),
            outcome=outcome,
            note=validation.text("note", note, max_len=4000, required=False),
        )
        s.add(resp)
    return Done(resp, changes)


def sign(
    store: Store,
    inspection_id: str,
    *,
    signer_name: str,
    signer_role: str | None,
    strokes: list[Any],
) -> Done[Signature]:
    if not (signer_name or "").strip():
        raise ValidationError(
            "signer_name",
            QT_TRANSLATE_NOOP("Errors", "Type the name of the person signing."),
        )
    with store.transaction() as (s, changes):
        ins = load(s, Inspection, inspection_id, "Inspection")
        sig = add_signature(
            s,
            "inspection",
            ins,
            validation.required_text("signer_name", signer_name, max_len=200),
            validation.text("signer_role", signer_role, max_len=200, required=False),
            valid_strokes(strokes),
        )
    return Done(sig, changes)


def items_of(
    store: Store, inspection_id: str
) -> list[tuple[InspectionItem, InspectionResponse | None]]:
    with store.read() as s:
        answers = current_responses(s, inspection_id)
        return [(it, answers.get(it.id)) for it in items_in(s, inspection_id)]


# --- completing ----------------------------------------------------------------------


def complete_inspection(store: Store, inspection_id: str) -> Done[Inspection]:
    """Every item answered and every required photo present, then score and result."""
    with store.transaction() as (s, changes):
        ins = load(s, Inspection, inspection_id, "Inspection")
        complete_in(s, ins)
    return Done(ins, changes)


def complete_and_raise(
    store: Store, inspection_id: str, *, due_date: dt.date | None = None
) -> Done[Completion]:
    """Complete the inspection and, when its template says so (the default), raise
    every failed item as its punch item or contractor issue, in one unit of work."""
    with store.transaction() as (s, changes):
        ins = load(s, Inspection, inspection_id, "Inspection")
        complete_in(s, ins)
        tpl = s.get(InspectionTemplate, ins.template_id) if ins.template_id else None
        automatic = raises_on_complete(tpl.definition if tpl is not None else None)
        raised = raise_in(s, ins, due_date=due_date) if automatic else None
    return Done(Completion(ins, raised), changes)


def raise_deficiencies(
    store: Store,
    inspection_id: str,
    *,
    due_date: dt.date | None = None,
    contractor_id: str | None = None,
) -> Done[list[Deficiency]]:
    """One step: every failed item without a linked record gets the punch item or
    contractor issue its template asks for, linked back to the item."""
    with store.transaction() as (s, changes):
        ins = load(s, Inspection, inspection_id, "Inspection")
        out = raise_in(s, ins, due_date=due_date, contractor_id=contractor_id)
    return Done(out, changes)
