"""The pattern of a report's number (``branding.report_number``, a PMO setting):
``{project}`` the project's code, ``{kind}`` the report kind's tag (STATUS, PUNCH…),
``{seq}`` the sequence of that kind in the project (``{seq:N}``: at least N digits,
zeros in front). The rest is letters, digits, ``-``, ``_`` and ``.``, since the number
also names the PDF file. ``{project}-{kind}-{seq:3}`` gives ``HOSP-EW-STATUS-007``.
"""

from __future__ import annotations

import re

from executrek.app.i18n import translate

DEFAULT = "{project}-{kind}-{seq:3}"
MAX_LENGTH = 40  # the issued reports' log keeps numbers of up to 40 characters
_PART = re.compile(r"\{project\}|\{kind\}|\{seq(?::[1-9])?\}|[A-Za-z0-9._-]")
_SEQ = re.compile(r"\{seq(?::([1-9]))?\}")
_PROJECT = re.compile(r"\{project\}[._-]?|[._-]?\{project\}")


def problem(pattern: str) -> str | None:
    """Why ``pattern`` cannot number reports (one translated line; None: it can)."""
    if not pattern or len(pattern) > MAX_LENGTH:
        return translate("Cli", "A report number pattern has 1 to {n} characters.").format(
            n=MAX_LENGTH
        )
    if not _SEQ.search(pattern):
        return translate(
            "Cli", "A report number pattern must contain {seq}, e.g. {project}-{kind}-{seq:3}."
        )
    if _PART.sub("", pattern):
        return translate(
            "Cli",
            "A report number pattern may hold only {{project}}, {{kind}}, {{seq}} or {{seq:N}}, "
            "letters, digits, “-”, “_” and “.”, not “{pattern}”.",
        ).format(pattern=pattern)
    return None


def render(pattern: str, project: str | None, kind: str, seq: int | None) -> str:
    """The number ``pattern`` gives (upper case, as numbers are looked up); without a
    project (the portfolio) ``{project}`` and a separator beside it are left out; a
    draft (``seq`` None) says DRAFT in place of the sequence. A pattern that cannot
    number reports (a hand-edited settings file) gives the default's number."""
    if problem(pattern) is not None:
        pattern = DEFAULT
    if project is None:
        pattern = _PROJECT.sub("", pattern, count=1)

    def sequence(match: re.Match[str]) -> str:
        return "DRAFT" if seq is None else str(seq).zfill(int(match.group(1) or 1))

    text = _SEQ.sub(sequence, pattern)
    return text.replace("{project}", project or "").replace("{kind}", kind).upper()
