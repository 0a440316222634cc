"""A PMO administrator's Save on the Settings screen of a connected laptop: the PMO's
settings (``app/pmo_settings.py``) go to the central database, for every laptop, with
this laptop's stored connection (the administrator's own login), through
``sync/pmo_settings.set_values`` — the path ``executrek central settings set`` takes —
and come back into this laptop as a sync brings them.

- :func:`central_here`: whether Save sends the PMO's part to the central database
  (a connected laptop whose person the central database says is a PMO administrator);
  elsewhere the laptop keeps its own values (never connected, older server) or shows
  them read-only (everyone else);
- :func:`changed`: the settings whose value the person changed (only those are sent);
- :func:`save`: checks them as the central database would, sends them in one
  transaction (one refused: none is changed), copies the central values into the local
  store and writes the PMO's logo into the data folder, as a sync does. Blocking (the
  network): the window runs it off the GUI thread. Failures of the environment come
  back as a reason in the person's words, never as an exception.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from executrek.app import pmo_settings
from executrek.app.i18n import translate
from executrek.app.settings import Settings
from executrek.models import access
from executrek.models.access import Rights
from executrek.models.changes import Changes
from executrek.models.services.common import Done

if TYPE_CHECKING:
    from executrek.app.context import AppContext
    from executrek.app.sync_service import CredentialVault
    from executrek.sync.errors import SyncError

log = logging.getLogger("executrek.settings")
TABLE = "pmo_settings"  # what the changes name (the local copy of the PMO's settings)


@dataclass(frozen=True)
class CentralSaved:
    """What a Save did: ``values`` the PMO's settings as the central database now holds
    them (None: nothing was saved, ``reason`` says why in one line; ``refused`` names
    the setting refused, when one was)."""

    sent: tuple[str, ...] = ()
    values: dict[str, Any] | None = None
    refused: str | None = None
    reason: str = ""

    @property
    def ok(self) -> bool:
        return self.values is not None


def central_here(settings: Settings, rights: Rights | None) -> bool:
    """Save sends the PMO's part to the central database: the laptop is connected and
    the central database told it (at a sync) that its person is a PMO administrator."""
    return bool(settings.central.url) and rights is not None and rights.known and rights.pmo_admin


def changed(shown: Mapping[str, Any], edited: Mapping[str, Any]) -> dict[str, Any]:
    """The PMO settings of ``edited`` whose value differs from what was ``shown``."""
    return {k: v for k, v in edited.items() if k in pmo_settings.KEYS and shown.get(k) != v}


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def central_value(key: str, value: Any, label: str = "") -> Any:
    """The value the central database stores for what the screen holds (a logo: the
    picture in that file; an emptied logo: None, each laptop's own again); refused
    with :class:`pmo_settings.SettingError` as the central database would."""
    if pmo_settings.KEYS.get(key) == "image" and not _text(value).strip():
        return None
    return pmo_settings.parse(key, _text(value), label)


def save(
    ctx: AppContext,
    vault: CredentialVault,
    edited: Mapping[str, Any],
    labels: Mapping[str, str] | None = None,
) -> Done[CentralSaved]:
    """Send ``edited`` (key → the screen's value; ``labels``: the screen's name of each)
    to the central database in one transaction, then keep what it holds as a sync does."""
    import psycopg

    from executrek.app import pmo_images, sync_service
    from executrek.sync import pmo_settings as central
    from executrek.sync.admin import AdminError
    from executrek.sync.errors import SyncError

    labels = labels or {}
    values: dict[str, Any] = {}
    for key, value in edited.items():
        try:
            values[key] = central_value(key, value, labels.get(key, key))
        except pmo_settings.SettingError as exc:
            return Done(CentralSaved(refused=key, reason=str(exc)), Changes())
    try:
        creds = sync_service.credentials(ctx, vault)
        held = central.set_values(creds, values, access.load_settings(ctx.store))
    except AdminError as exc:
        key = str(exc.params.get("key", ""))
        return Done(_refused(exc, key, labels.get(key, key)), Changes())
    except SyncError as exc:
        log.info("PMO settings not sent: %s", exc.kind)
        return Done(CentralSaved(reason=_unreachable(exc)), Changes())
    except psycopg.Error as exc:
        log.warning("PMO settings refused by the server: %s", type(exc).__name__)
        return Done(CentralSaved(reason=sync_service.explain("server")), Changes())
    log.info("PMO settings set on the central database: %s", ", ".join(values))
    access.learn_settings(ctx.store, held)
    pmo_images.materialise(held.get("branding.pmo_logo"), ctx.paths.data)
    changes = Changes()
    for key in values:
        changes.note("updated", TABLE, key, None)
    return Done(CentralSaved(tuple(values), held), changes)


def _refused(exc: Exception, key: str, label: str) -> CentralSaved:
    params = getattr(exc, "params", {})
    if not key:
        return CentralSaved(
            reason=translate(
                "PmoSettings",
                "The central database says the login “{login}” is not a PMO administrator: "
                "only a PMO administrator can change the PMO's settings.",
            ).format(login=params.get("login", ""))
        )
    return CentralSaved(
        refused=key,
        reason=translate("PmoSettings", "The central database refused {setting}: {reason}.").format(
            setting=label, reason=params.get("reason", "")
        ),
    )


def _unreachable(exc: SyncError) -> str:
    from executrek.app.sync_messages import explain

    kind = exc.kind
    if kind == "offline":
        return translate("PmoSettings", "The central database cannot be reached.")
    if kind == "auth":
        return translate(
            "PmoSettings",
            "The central database refused the user name or password: enter the password "
            "again on the Sync screen.",
        )
    if kind == "config":
        return translate("PmoSettings", "This laptop is not connected to a central database.")
    return explain(kind, exc.sentence())
