"""Which reader a schedule file needs, told from its first bytes (not its name): P6 XER,
MS Project XML, or an MS Project ``.mpp`` (refused with the way out: save it as XML).
``read_programme`` only parses (a ``programme.Programme``); ``import_schedule_file``
reads, hashes and imports a file as a new schedule update."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from executrek.app.i18n import translate
from executrek.app.interop.errors import InteropError
from executrek.app.interop.schedule_mspdi import read_mspdi
from executrek.app.interop.schedule_xer import MAGIC, read_xer
from executrek.models.records.schedule.importer import ImportedUpdate, import_programme
from executrek.models.records.schedule.programme import Programme
from executrek.models.services.common import Done
from executrek.models.store import Store

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the container of .mpp files
_SNIFF = 4096


def read_programme(path: Path, xer_project: str | None = None) -> Programme:
    """The programme in ``path``: ``InteropError`` (one line) for a file that cannot be
    read or is no schedule we read. ``xer_project`` (id or short name) picks the project
    of an XER file that holds several (``schedule_xer.SeveralProjects`` when it does and
    none is named)."""
    try:
        with path.open("rb") as fh:
            head = fh.read(_SNIFF)
    except OSError as exc:
        raise InteropError(
            translate("Interop", "“{file}” cannot be read ({reason}).").format(
                file=path.name, reason=exc.strerror or exc
            )
        ) from exc
    if head.startswith(MAGIC):
        return read_xer(path, xer_project)
    if xer_project is not None:
        raise InteropError(
            translate(
                "Interop", "“{file}” is not a P6 XER file: it has no projects to pick from."
            ).format(file=path.name)
        )
    if head.startswith(OLE2):
        raise InteropError(
            translate(
                "Interop",
                "“{file}” is a Microsoft Project .mpp file, which is not read here: open it "
                "in MS Project and save it as XML (File › Save As › XML Format), then "
                "import the .xml file.",
            ).format(file=path.name)
        )
    if b"<APIBusinessObjects" in head:
        raise InteropError(
            translate(
                "Interop",
                "“{file}” is a Primavera P6 XML (PMXML) export, which is not read here: "
                "export the project from P6 as XER and import the .xer file.",
            ).format(file=path.name)
        )
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if text.startswith(b"<") and b"<Project" in head:
        return read_mspdi(path)
    raise InteropError(
        translate(
            "Interop",
            "“{file}” is not a schedule: import a Primavera P6 .xer file or a Microsoft "
            "Project .xml file.",
        ).format(file=path.name)
    )


def file_sha256(path: Path) -> str:
    """The SHA-256 of a file, read in blocks (a 100 MB programme never in memory)."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def import_schedule_file(
    store: Store,
    project_id: str,
    path: Path,
    *,
    as_baseline: bool = False,
    data_date: dt.date | None = None,
    xer_project: str | None = None,
) -> Done[ImportedUpdate]:
    """Read ``path`` (its project ``xer_project`` when an XER holds several) and keep it
    as a new schedule update of the project (one transaction; see
    ``importer.import_programme``)."""
    programme = read_programme(path, xer_project)
    return import_programme(
        store,
        project_id,
        programme,
        source_name=path.name,
        source_sha256=file_sha256(path),
        as_baseline=as_baseline,
        data_date=data_date,
    )
