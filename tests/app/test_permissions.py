"""The app's answer to "may this person do that here?" for each role and action, from
the rights a real SQLite store keeps (``models/access.py``)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from executrek.app.permissions import Action, may
from executrek.models import access
from executrek.models.access import ProjectRole, Rights
from executrek.models.migrate import open_store
from executrek.models.store import Store

P = "11111111-1111-7111-8111-111111111111"
OTHER = "22222222-2222-7222-8222-222222222222"
LIMIT = Decimal("10000.00")
PMO_ACTIONS = (Action.LIBRARY_TEMPLATES, Action.PMO_SETTINGS)
PROJECT_ACTIONS = [a for a in Action if a not in PMO_ACTIONS]

# role -> the project actions it may do (approving and certifying within the limit)
ALLOWED = {
    "viewer": set(),
    "field": {Action.WRITE},
    "manager": set(PROJECT_ACTIONS),
}


@pytest.fixture
def store(tmp_path: Path) -> Store:
    st = open_store(tmp_path / "data")
    yield st  # type: ignore[misc]
    st.close()


def told(store: Store, role: str | None, *, admin: bool = False, creator: bool = False) -> Rights:
    roles = {P: ProjectRole(role, LIMIT)} if role else {}
    access.learn(store, Rights(True, "kim", admin, creator, roles))
    return access.load(store)


def test_a_laptop_never_told_is_its_own_pmo(store: Store) -> None:
    rights = access.load(store)
    assert not rights.known
    for action in Action:
        assert may(rights, action, P, amount=Decimal(10**9))


@pytest.mark.parametrize("role", ["viewer", "field", "manager"])
@pytest.mark.parametrize("action", PROJECT_ACTIONS)
def test_each_role_against_each_project_action(store: Store, role: str, action: Action) -> None:
    rights = told(store, role)
    verdict = may(rights, action, P, amount=LIMIT, currency="EUR")
    assert verdict.allowed == (action in ALLOWED[role])
    if verdict.allowed:
        assert verdict.reason == ""
    else:
        assert verdict.reason and "\n" not in verdict.reason
        assert ("viewer" in verdict.reason) == (role == "viewer")
    # the PMO's library and settings are the PMO administrators' whatever the project role
    for pmo in PMO_ACTIONS:
        assert not may(rights, pmo, P)
        assert "PMO administrator" in may(rights, pmo, P).reason


@pytest.mark.parametrize(
    ("action", "what"), [(Action.APPROVE_CO, "change order"), (Action.CERTIFY, "certificate")]
)
def test_a_manager_decides_up_to_the_limit(store: Store, action: Action, what: str) -> None:
    rights = told(store, "manager")
    assert may(rights, action, P, amount=LIMIT)
    over = may(rights, action, P, amount=LIMIT + Decimal("0.01"), currency="EUR")
    assert not over
    assert over.reason == (
        f"This {what} (EUR 10,000.01) is above your approval limit of EUR 10,000.00."
    )
    assert not may(rights, action, P)  # an amount not known is not within a limit
    assert may(rights, Action.REJECT_CO, P)  # rejecting has no limit
    access.learn(store, Rights(True, "kim", projects={P: ProjectRole("manager")}))
    assert may(access.load(store), action, P, amount=Decimal(10**9))  # no limit set


def test_not_a_member_and_projects_made_here(store: Store) -> None:
    rights = told(store, "manager")
    verdict = may(rights, Action.WRITE, OTHER)
    assert not verdict and "not a member" in verdict.reason
    # a project made on this laptop by someone who may create projects is theirs
    creator = told(store, None, creator=True)
    for action in PROJECT_ACTIONS:
        assert may(creator, action, OTHER, amount=Decimal(10**9))
    assert not may(creator, Action.LIBRARY_TEMPLATES, OTHER)
    assert not may(creator, Action.PMO_SETTINGS)


def test_a_pmo_administrator_may_do_everything(store: Store) -> None:
    rights = told(store, "viewer", admin=True)
    for action in Action:
        assert may(rights, action, P, amount=Decimal(10**9))
        assert may(rights, action, OTHER)


def test_what_the_server_says_is_kept_exactly(store: Store) -> None:
    answer = {
        "login": "kim",
        "pmo_admin": False,
        "creator": True,
        "projects": [
            {"project_id": P, "role": "manager", "approval_limit": "2500.5"},
            {"project_id": OTHER, "role": "owner", "approval_limit": None},  # unknown role
            {"role": "manager"},  # no project: ignored
        ],
    }
    parsed = access.parse(answer)
    assert access.learn(store, parsed)
    assert not access.learn(store, parsed)  # nothing new
    kept = access.load(store)
    assert kept == parsed
    assert kept.projects[P] == ProjectRole("manager", Decimal("2500.50"))
    assert kept.projects[OTHER] == ProjectRole("viewer")  # the narrowest
    assert kept.creator and not kept.pmo_admin
