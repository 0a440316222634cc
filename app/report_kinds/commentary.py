"""The rep's commentary in the status report: the judgement senior management reads
next to the generated headline.

Written in the Reports screen (or given with ``report status --commentary`` /
``--commentary-file``) before the report is issued; it is part of the report's data,
so the issued snapshot keeps it and a regeneration prints it again. Each issue has its
own. Until it is issued the text is a draft, kept per project and report kind in
``report_drafts.json`` in the data folder, so closing the program keeps it.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from reportlab.platypus import Flowable

from executrek.app import atomic
from executrek.app import pdf as r
from executrek.app.i18n import translate
from executrek.models.errors import ValidationError

log = logging.getLogger("executrek.app.report_kinds.commentary")

MAX_CHARS = 1500  # a quarter of a page: on page 1 with the headline, the report in 4 pages
DRAFTS_FILE = "report_drafts.json"


def commentary_text(text: str) -> str:
    """The commentary as printed: line endings made plain, blank lines at either end
    dropped; refused when longer than ``MAX_CHARS``."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    cleaned = "\n".join(line.rstrip() for line in lines).strip()
    if len(cleaned) > MAX_CHARS:
        raise ValidationError(
            "commentary",
            "The commentary has {count} characters; at most {limit} fit with the headline.",
            count=len(cleaned),
            limit=MAX_CHARS,
        )
    return cleaned


def commentary_block(ctx: r.ReportContext, text: str) -> list[Flowable]:
    """The commentary under the headline: a heading naming the author, then its
    paragraphs (a blank line starts a new one). Nothing when there is none."""
    if not text:
        return []
    heading = translate("Reports", "Commentary from {name}").format(name=ctx.meta.prepared_by)
    out: list[Flowable] = [r.section_heading(ctx, heading, 1)]
    for paragraph in text.split("\n\n"):
        if paragraph.strip():
            out.append(r.para(paragraph.strip(), ctx.styles.body))
    return out


def _drafts_path(data_folder: Path) -> Path:
    return data_folder / DRAFTS_FILE


def _read(data_folder: Path) -> dict[str, str]:
    try:
        data = json.loads(_drafts_path(data_folder).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        log.warning("report drafts unreadable (%s); starting empty", exc)
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(k): v for k, v in data.items() if isinstance(v, str)}


def _key(project_id: str | None, kind: str) -> str:
    return f"{project_id or 'portfolio'}/{kind}"


def load_draft(data_folder: Path, project_id: str | None, kind: str) -> str:
    """The unsaved commentary of the next ``kind`` report of the project ("" if none)."""
    return _read(data_folder).get(_key(project_id, kind), "")


def save_draft(data_folder: Path, project_id: str | None, kind: str, text: str) -> None:
    """Keep ``text`` as the draft (an empty text forgets it); written atomically."""
    drafts = _read(data_folder)
    key = _key(project_id, kind)
    if text.strip():
        drafts[key] = text
    elif drafts.pop(key, None) is None:
        return
    atomic.write_text(
        _drafts_path(data_folder), json.dumps(drafts, indent=2, sort_keys=True, ensure_ascii=False)
    )
