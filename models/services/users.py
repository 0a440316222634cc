"""The signed-in user's identity: the ``users`` row of the current login, with the
company and role of the person records linked to it (the Settings page's "You")."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from executrek.models import validation
from executrek.models.directory import Organisation, Person, User
from executrek.models.errors import QT_TRANSLATE_NOOP, ValidationError
from executrek.models.services.common import Done, load
from executrek.models.store import Store

_EMAIL_SHAPE = "@"


@dataclass(frozen=True)
class Identity:
    user_id: str
    username: str
    display_name: str
    email: str
    title: str  # the title printed under the name on reports and approvals
    company: str  # from a person record linked to the user ("" when none)
    role: str  # that person's role on the project ("" when none)

    @property
    def initials(self) -> str:
        """What a signature block shows when there is no room for the name."""
        parts = [p for p in self.display_name.replace("-", " ").split() if p[:1].isalpha()]
        if not parts:
            return self.username[:2].upper()
        picked = parts if len(parts) <= 3 else [parts[0], parts[-1]]
        return "".join(p[0].upper() for p in picked)


def current_identity(store: Store) -> Identity | None:
    """The identity of the store's current user, or None before one is set."""
    user_id = store.actor.user_id
    if user_id is None:
        return None
    with store.read() as s:
        user = load(s, User, user_id, "User")
        person = s.execute(
            select(Person.role, Organisation.name)
            .outerjoin(Organisation, Organisation.id == Person.organisation_id)
            .where(Person.user_id == user_id, Person.deleted_at.is_(None))
            .order_by(Person.updated_at.desc())
            .limit(1)
        ).first()
        return Identity(
            user_id=user.id,
            username=user.username,
            display_name=user.display_name,
            email=user.email or "",
            title=user.title or "",
            company=(person[1] or "") if person else "",
            role=(person[0] or "") if person else "",
        )


def update_identity(
    store: Store, user_id: str, *, display_name: str, email: str, title: str
) -> Done[Identity]:
    """Change the user's name, email and title (synced like any other record)."""
    name = validation.required_text("display_name", display_name, max_len=200)
    mail = validation.text("email", email, max_len=200, required=False)
    if mail is not None and (_EMAIL_SHAPE not in mail or " " in mail):
        raise ValidationError(
            "email",
            QT_TRANSLATE_NOOP("Errors", "{field} must look like name@example.com."),
        )
    job = validation.text("title", title, max_len=200, required=False)
    with store.transaction() as (s, changes):
        user = load(s, User, user_id, "User")
        if user.display_name != name:
            user.display_name = name
        if user.email != mail:
            user.email = mail
        if user.title != job:
            user.title = job
    ident = current_identity(store)
    assert ident is not None
    return Done(ident, changes)
