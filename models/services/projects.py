"""Projects, their directory (organisations, people), structure and membership."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy import select

from executrek.models import numbering, validation
from executrek.models.directory import (
    MemberRole,
    Organisation,
    OrgKind,
    Person,
    ProjectMember,
    User,
)
from executrek.models.errors import QT_TRANSLATE_NOOP, ValidationError
from executrek.models.project import (
    CostCode,
    Location,
    LocationKind,
    Milestone,
    Project,
    ProjectStatus,
    Trade,
)
from executrek.models.services.common import PATH_SEPARATOR as PATH_SEPARATOR
from executrek.models.services.common import (
    Done,
    Editable,
    add_to_project,
    edit_fields,
    load,
    refuse_taken,
)
from executrek.models.services.record_reads import live_of_project
from executrek.models.store import Store


@dataclass(frozen=True)
class NewProject:
    code: str
    name: str
    owner_name: str
    pmo_name: str = "Executrek PMO"
    contract_value: Decimal | str | int = Decimal(0)
    contingency: Decimal | str | int = Decimal(0)
    currency: str = "USD"
    address: str | None = None
    baseline_start: dt.date | None = None
    baseline_finish: dt.date | None = None
    description: str | None = None


def _code(value: str) -> str:
    code = validation.required_text("code", value, max_len=32).upper()
    if not all(ch.isalnum() or ch in "-_." for ch in code):
        raise ValidationError(
            "code",
            QT_TRANSLATE_NOOP(
                "Errors", "{field} may contain only letters, digits, '-', '_' and '.'."
            ),
        )
    return code


def create_project(store: Store, new: NewProject) -> Done[Project]:
    code = _code(new.code)
    name = validation.required_text("name", new.name, max_len=200)
    contract = validation.decimal("contract_value", new.contract_value, allow_negative=False)
    contingency = validation.decimal("contingency", new.contingency, allow_negative=False)
    currency = validation.required_text("currency", new.currency, max_len=3).upper()
    if len(currency) != 3 or not currency.isalpha():
        raise ValidationError(
            "currency",
            QT_TRANSLATE_NOOP("Errors", "{field} must be a three-letter ISO code such as USD."),
        )
    _baseline_in_order(new.baseline_start, new.baseline_finish)
    owner = validation.required_text("owner_name", new.owner_name, max_len=200)
    pmo = validation.required_text("pmo_name", new.pmo_name, max_len=200)
    with store.transaction() as (s, changes):
        taken = QT_TRANSLATE_NOOP("Errors", "A project with code {code} already exists.")
        refuse_taken(s, Project.code, code, taken)
        project = Project(
            code=code,
            name=name,
            contract_value=contract,
            contingency=contingency,
            currency=currency,
            address=validation.text("address", new.address, max_len=1000, required=False),
            baseline_start=new.baseline_start,
            baseline_finish=new.baseline_finish,
            forecast_finish=new.baseline_finish,
            status=ProjectStatus.ACTIVE,
            description=validation.text(
                "description", new.description, max_len=20000, required=False
            ),
        )
        s.add(project)
        s.flush()
        owner_org = Organisation(project_id=project.id, name=owner, kind=OrgKind.OWNER)
        pmo_org = Organisation(project_id=project.id, name=pmo, kind=OrgKind.PMO)
        s.add_all([owner_org, pmo_org])
        s.flush()
        project.owner_org_id = owner_org.id
        project.pmo_org_id = pmo_org.id
        numbering.claim_project(s, project.id)
        if store.actor.user_id:
            s.add(
                ProjectMember(
                    project_id=project.id, user_id=store.actor.user_id, role=MemberRole.OWNERS_REP
                )
            )
    return Done(project, changes)


PROJECT_EDITABLE: Editable = {
    "name": lambda v: validation.required_text("name", v, max_len=200),
    "address": None,
    "contract_value": lambda v: validation.decimal("contract_value", v, allow_negative=False),
    "contingency": lambda v: validation.decimal("contingency", v, allow_negative=False),
    "baseline_start": None,
    "baseline_finish": None,
    "forecast_finish": None,
    "status": lambda v: validation.choice("status", ProjectStatus, v),
    "description": None,
}


def _baseline_in_order(start: dt.date | None, finish: dt.date | None) -> None:
    if start and finish and finish < start:
        raise ValidationError(
            "baseline_finish",
            QT_TRANSLATE_NOOP("Errors", "{field} cannot be before the baseline start."),
        )


def _baselines_of(project: Project) -> None:
    _baseline_in_order(project.baseline_start, project.baseline_finish)


def update_project(store: Store, project_id: str, **fields: Any) -> Done[Project]:
    return edit_fields(
        store, Project, project_id, "Project", fields, PROJECT_EDITABLE, after=_baselines_of
    )


def list_projects(store: Store) -> list[Project]:
    with store.read() as s:
        return list(
            s.scalars(select(Project).where(Project.deleted_at.is_(None)).order_by(Project.code))
        )


def find_project(store: Store, code_or_id: str) -> Project:
    with store.read() as s:
        project = s.scalar(
            select(Project).where(
                (Project.code == code_or_id.upper()) | (Project.id == code_or_id),
                Project.deleted_at.is_(None),
            )
        )
    if project is None:
        raise ValidationError(
            "project",
            QT_TRANSLATE_NOOP("Errors", "There is no project {code}."),
            code=code_or_id,
        )
    return project


def add_organisation(
    store: Store,
    project_id: str,
    name: str,
    kind: OrgKind | str,
    *,
    trade_id: str | None = None,
    email: str | None = None,
    phone: str | None = None,
) -> Done[Organisation]:
    clean = validation.required_text("name", name, max_len=200)
    org_kind = validation.choice("kind", OrgKind, kind)
    with store.transaction() as (s, changes):
        load(s, Project, project_id, "Project")
        taken = QT_TRANSLATE_NOOP("Errors", "{name} is already in this project's directory.")
        refuse_taken(s, Organisation.name, clean, taken, project_id)
        org = Organisation(
            project_id=project_id,
            name=clean,
            kind=org_kind,
            trade_id=trade_id,
            email=validation.text("email", email, max_len=200, required=False),
            phone=validation.text("phone", phone, max_len=60, required=False),
        )
        s.add(org)
    return Done(org, changes)


def add_person(
    store: Store,
    project_id: str,
    name: str,
    *,
    organisation_id: str | None = None,
    role: str | None = None,
    email: str | None = None,
) -> Done[Person]:
    return add_to_project(
        store,
        project_id,
        lambda: Person(
            organisation_id=organisation_id,
            name=validation.required_text("name", name, max_len=200),
            role=validation.text("role", role, max_len=200, required=False),
            email=validation.text("email", email, max_len=200, required=False),
        ),
    )


def ensure_user(
    store: Store, username: str, display_name: str, email: str | None = None
) -> Done[User]:
    """The app's user on this laptop; becomes the actor of every later change."""
    uname = validation.required_text("username", username, max_len=80).lower()
    with store.transaction() as (s, changes):
        user = s.scalar(select(User).where(User.username == uname))
        if user is None:
            user = User(
                username=uname,
                display_name=validation.required_text("display_name", display_name, max_len=200),
                email=validation.text("email", email, max_len=200, required=False),
            )
            s.add(user)
            s.flush()
    store.set_current_user(user.id)
    return Done(user, changes)


def add_milestone(
    store: Store, project_id: str, name: str, baseline: dt.date, forecast: dt.date | None = None
) -> Done[Milestone]:
    return add_to_project(
        store,
        project_id,
        lambda: Milestone(
            name=validation.required_text("name", name, max_len=200),
            baseline_date=baseline,
            forecast_date=forecast or baseline,
        ),
    )


def set_milestone_dates(
    store: Store,
    milestone_id: str,
    *,
    forecast: dt.date | None = None,
    actual: dt.date | None = None,
) -> Done[Milestone]:
    with store.transaction() as (s, changes):
        ms = load(s, Milestone, milestone_id, "Milestone")
        if forecast is not None:
            ms.forecast_date = forecast
        if actual is not None:
            ms.actual_date = actual
    return Done(ms, changes)


def add_location(
    store: Store,
    project_id: str,
    code: str,
    name: str,
    kind: LocationKind | str,
    parent_id: str | None = None,
) -> Done[Location]:
    clean_code = validation.required_text("code", code, max_len=64)
    clean_name = validation.required_text("name", name, max_len=200)
    loc_kind = validation.choice("kind", LocationKind, kind)
    with store.transaction() as (s, changes):
        load(s, Project, project_id, "Project")
        parent_path = ""
        if parent_id:
            parent = load(s, Location, parent_id, "Location")
            if parent.project_id != project_id:
                raise ValidationError(
                    "parent_id",
                    QT_TRANSLATE_NOOP("Errors", "The parent location belongs to another project."),
                )
            parent_path = parent.path
        taken = QT_TRANSLATE_NOOP("Errors", "Location code {code} is already used.")
        refuse_taken(s, Location.code, clean_code, taken, project_id)
        loc = Location(
            project_id=project_id,
            parent_id=parent_id,
            kind=loc_kind,
            code=clean_code,
            name=clean_name,
            path=f"{parent_path}{PATH_SEPARATOR}{clean_name}" if parent_path else clean_name,
        )
        s.add(loc)
    return Done(loc, changes)


def locations(store: Store, project_id: str) -> list[Location]:
    with store.read() as s:
        return live_of_project(s, Location, project_id, Location.path)


def add_trade(store: Store, project_id: str, code: str, name: str) -> Done[Trade]:
    return _add_coded(store, Trade, project_id, code, name)


def add_cost_code(store: Store, project_id: str, code: str, name: str) -> Done[CostCode]:
    return _add_coded(store, CostCode, project_id, code, name)


Coded = TypeVar("Coded", Trade, CostCode)


def _add_coded(
    store: Store, cls: type[Coded], project_id: str, code: str, name: str
) -> Done[Coded]:
    """A new trade or cost code of the project: a short code and its name."""
    return add_to_project(
        store,
        project_id,
        lambda: cls(
            code=validation.required_text("code", code, max_len=32),
            name=validation.required_text("name", name, max_len=200),
        ),
    )


def directory(store: Store, project_id: str) -> list[Organisation]:
    with store.read() as s:
        return live_of_project(s, Organisation, project_id, Organisation.kind, Organisation.name)
