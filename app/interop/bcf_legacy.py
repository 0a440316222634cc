"""What older BCF files (1.0, 2.0) leave out or keep elsewhere, recovered from the file.

* BCF 1.0 topics have no ``CreationDate`` (2.1 and 3.0 require one), and hand-made files
  may lack a comment's ``Date``. :func:`creation_date_hint` finds a topic's best own
  date: its earliest comment, its modification date, or when its ``markup.bcf`` was
  saved into the zip (:func:`markup_saved_dates`). :func:`with_dates` fills whatever is
  still missing from a fallback, so the topic can be written as 2.1 or 3.0.
* BCF 1.0 and 2.0 keep a topic's status on its comments (``VerbalStatus``, and a
  ``Status`` of Error/Warning/Info/Unknown); the reader keeps those elements as raw XML
  in ``BcfComment.unknown_elements``. :func:`comment_status` and
  :func:`legacy_topic_status` read them back.
"""

from __future__ import annotations

import html
import posixpath
import re
import zipfile
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from executrek.app.interop.bcf_model import BcfComment, BcfTopic

# A raw element as ElementTree writes it: ``<VerbalStatus>x</VerbalStatus>`` or with a
# renamed prefix (``<ns0:VerbalStatus xmlns:ns0="…">x</ns0:VerbalStatus>``).
_RAW = "<(?:[\\w.-]+:)?{name}(?:\\s[^>]*)?>([^<]*)</"
_VERBAL_STATUS = re.compile(_RAW.format(name="VerbalStatus"))
_STATUS = re.compile(_RAW.format(name="Status"))
_ZIP_NO_DATE = (1980, 1, 1, 0, 0, 0)  # what a zip entry written without a date holds


class DateSource(StrEnum):
    """Where a topic's creation date came from."""

    FILE = "file"  # the topic's own CreationDate
    COMMENT = "comment"  # its earliest comment
    MODIFIED = "modified"  # its ModifiedDate
    ARCHIVE_ENTRY = "archive_entry"  # when its markup.bcf was saved into the zip
    NONE = "none"  # nothing in the file: the caller decides


@dataclass(frozen=True)
class DateHint:
    date: datetime | None
    source: DateSource


def creation_date_hint(topic: BcfTopic, saved: datetime | None = None) -> DateHint:
    """The best date ``topic``'s file gives for its creation; ``saved`` is when its
    ``markup.bcf`` was written into the archive, if known."""
    if topic.creation_date is not None:
        return DateHint(topic.creation_date, DateSource.FILE)
    dated = [comment.date for comment in topic.comments if comment.date is not None]
    if dated:
        return DateHint(min(dated, key=as_utc), DateSource.COMMENT)
    if topic.modified_date is not None:
        return DateHint(topic.modified_date, DateSource.MODIFIED)
    if saved is not None:
        return DateHint(saved, DateSource.ARCHIVE_ENTRY)
    return DateHint(None, DateSource.NONE)


def with_dates(topic: BcfTopic, fallback: datetime) -> BcfTopic:
    """``topic`` with a creation date (``fallback`` when it has none) and a date on every
    comment (its modification date, else the topic's creation date)."""
    created = topic.creation_date or fallback
    if topic.creation_date is not None and all(c.date is not None for c in topic.comments):
        return topic
    comments = tuple(
        comment
        if comment.date is not None
        else replace(comment, date=comment.modified_date or created)
        for comment in topic.comments
    )
    return replace(topic, creation_date=created, comments=comments)


def markup_saved_dates(path: Path) -> dict[str, datetime]:
    """When each topic's ``markup.bcf`` was saved into the zip at ``path``, by the name of
    its folder in lower case (a topic's GUID). Zip dates carry no zone; they are read as
    UTC. Empty for a folder or anything that is not a readable zip: only the directory
    is read, nothing is inflated."""
    if not path.is_file():
        return {}
    try:
        with zipfile.ZipFile(path) as package:
            entries = package.infolist()
    except (OSError, zipfile.BadZipFile, ValueError):
        return {}
    out: dict[str, datetime] = {}
    for entry in entries:
        name = entry.filename.replace("\\", "/")
        if posixpath.basename(name).lower() != "markup.bcf" or entry.date_time <= _ZIP_NO_DATE:
            continue
        try:
            when = datetime(*entry.date_time, tzinfo=UTC)
        except ValueError:  # a damaged directory entry: month 0, day 32 …
            continue
        out[posixpath.basename(posixpath.dirname(name)).lower()] = when
    return out


def comment_status(comment: BcfComment) -> str | None:
    """A BCF 1.0/2.0 comment's ``VerbalStatus`` (else its ``Status``), if it has one."""
    for pattern in (_VERBAL_STATUS, _STATUS):
        for raw in comment.unknown_elements:
            found = pattern.match(raw)
            if found and (text := html.unescape(found.group(1)).strip()):
                return text
    return None


def legacy_topic_status(topic: BcfTopic) -> str | None:
    """The ``VerbalStatus`` of ``topic``'s latest comment that has one (BCF 1.0/2.0 kept
    the topic's status there); undated comments count as the earliest."""
    for comment in sorted(topic.comments, key=lambda c: as_utc(c.date), reverse=True):
        for raw in comment.unknown_elements:
            found = _VERBAL_STATUS.match(raw)
            if found and (text := html.unescape(found.group(1)).strip()):
                return text
    return None


def as_utc(value: datetime | None) -> datetime:
    """``value`` as an aware UTC instant; a date without a zone is read as UTC."""
    if value is None:
        return datetime.min.replace(tzinfo=UTC)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
