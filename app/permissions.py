"""May this person do this in that project? The central database's roles, as the laptop
last learnt them (``models/access.py``), answered before the server would refuse.

``may(rights, action, project_id, amount=…, currency=…)`` gives a :class:`Decision`:
allowed, or why not in one translated line in the user's words. The rules mirror the
server (``sync/migrations/versions/0004_server_checks.py``, ``0008_cost.py``):

- a laptop never told its rights (never connected, or an older server) is its own PMO:
  nothing is restricted;
- a PMO administrator may do everything; library inspection templates and the PMO's
  settings (``app/pmo_settings.py``) are theirs only;
- viewers write nothing; field users write records but not the cost records, decisions
  on change orders or the team; managers do all that, approving change orders and
  certifying payment applications only up to their approval limit (none: no limit);
- a project the server does not know yet (created on this laptop) belongs to a person
  who may create projects (the server makes them its manager); anyone else is no member.

Qt-free: the reasons go through the app's ``translate`` helper only.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import Enum

from executrek.app.i18n import translate
from executrek.models.access import ProjectRole, Rights
from executrek.models.records.cost.checks import amount_text


class Action(Enum):
    WRITE = "write"  # add or change the project's records
    APPROVE_CO = "approve_co"  # approve a change order of an amount
    REJECT_CO = "reject_co"
    COST_WRITE = "cost_write"  # budget, transfers and their approval, commitments, payments
    CERTIFY = "certify"  # certify a payment application of an amount
    LIBRARY_TEMPLATES = "library_templates"  # the PMO's library inspection templates
    PMO_SETTINGS = "pmo_settings"  # thresholds, cost checks, report branding (PMO-wide)
    MANAGE_TEAM = "manage_team"


@dataclass(frozen=True)
class Decision:
    allowed: bool
    reason: str = ""

    def __bool__(self) -> bool:
        return self.allowed


ALLOWED = Decision(True)


def _no(reason: str) -> Decision:
    return Decision(False, reason)


def _money(amount: Decimal, currency: str) -> str:
    return f"{currency} {amount_text(amount)}".strip()


def role_in(rights: Rights, project_id: str | None) -> ProjectRole | None:
    """The person's role in the project (None: no member); a project the server does not
    know yet is its creator's (manager, no limit)."""
    if project_id is None:
        return None
    found = rights.projects.get(project_id)
    if found is None and (rights.creator or rights.pmo_admin):
        return ProjectRole("manager")  # made here: the first sync makes them its manager
    return found


def may(
    rights: Rights,
    action: Action,
    project_id: str | None = None,
    *,
    amount: Decimal | None = None,
    currency: str = "",
) -> Decision:
    """Whether the person may do ``action`` in ``project_id`` (for approvals and
    certificates: of ``amount``), and if not, why."""
    if not rights.known or rights.pmo_admin:
        return ALLOWED
    if action is Action.LIBRARY_TEMPLATES:
        return _no(
            translate(
                "Permissions", "Only a PMO administrator can change the PMO library's templates."
            )
        )
    if action is Action.PMO_SETTINGS:
        return _no(
            translate(
                "Permissions",
                "Only a PMO administrator can change the PMO's settings; these come from the "
                "central database.",
            )
        )
    role = role_in(rights, project_id)
    if role is None:
        return _no(
            translate(
                "Permissions", "You are not a member of this project on the central database."
            )
        )
    if role.role not in ("field", "manager"):
        return _no(
            translate(
                "Permissions", "You can read this project but not change it (your role is viewer)."
            )
        )
    if action is Action.WRITE:
        return ALLOWED
    if role.role != "manager":
        return _manager_only(action)
    limit = role.approval_limit
    if action not in (Action.APPROVE_CO, Action.CERTIFY) or limit is None:
        return ALLOWED
    if amount is not None and amount <= limit:
        return ALLOWED
    text = (
        translate(
            "Permissions", "This change order ({amount}) is above your approval limit of {limit}."
        )
        if action is Action.APPROVE_CO
        else translate(
            "Permissions", "This certificate ({amount}) is above your approval limit of {limit}."
        )
    )
    shown = _money(amount, currency) if amount is not None else "?"
    return _no(text.format(amount=shown, limit=_money(limit, currency)))


def _manager_only(action: Action) -> Decision:
    if action in (Action.APPROVE_CO, Action.REJECT_CO):
        return _no(
            translate("Permissions", "Only a project manager can approve or reject change orders.")
        )
    if action is Action.CERTIFY:
        return _no(
            translate("Permissions", "Only a project manager can certify a payment application.")
        )
    if action is Action.MANAGE_TEAM:
        return _no(translate("Permissions", "Only a project manager can change the project team."))
    return _no(
        translate(
            "Permissions", "Only a project manager can change the budget, commitments and payments."
        )
    )
