"""A domain refusal in the user's language: the one translation the screens' error line
(``ui.tasks`` through ``app.known_errors``) and the command line's error output share.

``models`` has no Qt, so a ``DomainError`` carries its English template (marked for
lupdate with ``models.errors.QT_TRANSLATE_NOOP`` in the context of its class) and the
values apart; here the template (and its "Row {row}: " prefix) is translated in that
context, then filled in. A ``label`` value (what a cost check names: "The contract
value") is a marked text of the same context and is translated too.
"""

from __future__ import annotations

from executrek.app.i18n import translate
from executrek.models.errors import DomainError


def user_message(exc: DomainError) -> str:
    """``exc`` as the user reads it: translated, then filled in (English without a
    translation; the English message if a translation's gaps do not match)."""
    params = dict(exc.params)
    label = params.get("label")
    if isinstance(label, str) and label:
        params["label"] = translate(exc.context, label)
    prefix = translate(exc.context, exc.prefix) if exc.prefix else ""
    template = translate(exc.context, exc.template[len(exc.prefix) :])
    try:
        return (prefix + template).format(**params)
    except (KeyError, IndexError, ValueError):
        return exc.message
