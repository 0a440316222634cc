"""BCF comments as a plain response thread (author, text), as our issues keep them.

Our comments need text; BCF allows a comment with none (one that only sets a status,
as BCF 1.0/2.0 tools write them, or only points at a viewpoint). :func:`thread_of`
gives such a comment a visible marker saying what it carries instead of dropping it,
numbered when the same author has several alike, so none merges into another. The
markers are derived from the topic alone, so the same topic always gives the same
thread: an exporter recognises them and does not write them back as new comments.
"""

from __future__ import annotations

from executrek.app.i18n import translate
from executrek.app.interop.bcf_legacy import comment_status
from executrek.app.interop.bcf_model import BcfComment, BcfTopic

MAX_TEXT = 20000
MAX_AUTHOR = 200


def thread_of(topic: BcfTopic) -> list[tuple[BcfComment, str, str]]:
    """``topic``'s comments as our response thread holds them: (comment, author, body),
    a comment without text with its marker as the body."""
    out: list[tuple[BcfComment, str, str]] = []
    used: set[tuple[str, str]] = set()
    for comment in topic.comments:
        author = comment.author.strip()[:MAX_AUTHOR].strip() or "?"
        body = clip_text(comment.text)
        if not body:
            marker = _no_text(comment)
            body, number = marker, 2
            while (author, body) in used:
                body, number = f"{marker} #{number}", number + 1
        used.add((author, body))
        out.append((comment, author, body))
    return out


def _no_text(comment: BcfComment) -> str:
    status = comment_status(comment)
    if status and comment.viewpoint_guid:
        text = translate("Interop", "(no text; status “{status}”, with a viewpoint)")
    elif status:
        text = translate("Interop", "(no text; status “{status}”)")
    elif comment.viewpoint_guid:
        text = translate("Interop", "(no text; with a viewpoint)")
    else:
        text = no_text_label()
    return text.format(status=status[:100] if status else "")


def no_text_label() -> str:
    """The marker of a comment that has nothing but its author and date."""
    return translate("Interop", "(no text)")


def clip_text(text: str | None) -> str:
    """``text`` as our fields keep it: trimmed, at most 20,000 characters."""
    return (text or "").strip()[:MAX_TEXT].strip()
