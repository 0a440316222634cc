"""Writing a reportlab document to a file object by object, photos read from disk one
at a time.

Reportlab's own ``canvas.save()`` formats every object of the document into one list
of byte strings, joins it into one more copy and only then writes it, with every
embedded photo held in memory from the moment it was drawn. Here each object is
formatted and written at once, and a JPEG drawn from a file keeps only its header
until its turn comes, so memory no longer grows with the number of photos. The bytes
are exactly those ``canvas.save()`` would write (same objects, same order, same
cross-reference table and trailer).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol

from reportlab import rl_config
from reportlab.pdfbase import pdfdoc, pdfutils

JPEG_SUFFIXES = frozenset({".jpg", ".jpeg", ".jpe"})


class JpegFileXObject(pdfdoc.PDFImageXObject):
    """A JPEG image XObject whose data stays on disk until the document is written
    (reportlab's own reads the whole file when the photo is first drawn)."""

    def __init__(self, name: str, path: str) -> None:
        """Raises ``ValueError`` if ``path`` cannot be embedded this way."""
        if rl_config.useA85 or Path(path).suffix.lower() not in JPEG_SUFFIXES:
            raise ValueError(f"{path} is not embedded from disk")
        try:
            with open(path, "rb") as fh:
                width, height, components = pdfutils.readJPEGInfo(fh)[:3]
        except Exception as exc:  # reportlab raises PDFError, struct.error...
            raise ValueError(f"{path} is not a JPEG reportlab can embed") from exc
        # The parent's __init__ would read the whole file: set its attributes instead.
        self.name = name
        self.mask = None
        self._path = path
        self.width = width
        self.height = height
        self.bitsPerComponent = 8
        self.colorSpace = {1: "DeviceGray", 3: "DeviceRGB"}.get(components, "DeviceCMYK")
        if components not in (1, 3):
            self._dotrans = 1
        self._filters = ("DCTDecode",)

    def format(self, document: Any) -> bytes:
        with open(self._path, "rb") as fh:
            self.streamContent = fh.read()
        try:
            return bytes(super().format(document))
        finally:
            del self.streamContent


class Writable(Protocol):
    def write(self, data: bytes, /) -> int: ...


class _Output:
    """Reportlab's ``PDFFile`` interface (``add`` returns the offset), writing through."""

    def __init__(self, out: Writable, version: tuple[int, int]) -> None:
        self._out = out
        self.offset = 0
        self.add(
            pdfdoc.pdfdocEnc(f"%PDF-{version[0]}.{version[1]}")
            + b"\n%\223\214\213\236 ReportLab Generated PDF document (opensource)\n"
        )

    def add(self, data: str | bytes) -> int:
        encoded: bytes = pdfdoc.pdfdocEnc(data)
        at = self.offset
        self._out.write(encoded)
        self.offset = at + len(encoded)
        return at


def write_document(document: pdfdoc.PDFDocument, canvas: Any, out: Writable) -> None:
    """What ``PDFDocument.SaveToFile`` does, streaming (reportlab 4/5 ``format``)."""
    doc: Any = document
    if getattr(doc, "_savedToFile", False):
        raise RuntimeError("a PDF document can only be saved once")
    doc._savedToFile = True
    # GetPDFData's preparation.
    for font in doc.delayedFonts:
        font.addObjects(doc)
    doc.info.invariant = doc.invariant
    doc.info.digest(doc.signature)
    doc.Reference(doc.Catalog)
    doc.Reference(doc.info)
    doc.Outlines.prepare(doc, canvas)
    if doc.Outlines.ready < 0:
        doc.Catalog.Outlines = None
    # format(), writing each object as it is made.
    doc.encrypt.prepare(doc)
    catalog = doc.Catalog
    info = doc.info
    doc.Reference(catalog)
    doc.Reference(info)
    encrypt_ref = None
    encrypt_info = doc.encrypt.info()
    if encrypt_info:
        encrypt_ref = doc.Reference(encrypt_info)
    number_to_id = doc.numberToId
    id_to_object = doc.idToObject
    id_to_offset = doc.idToOffset
    output = _Output(out, doc._pdfVersion)
    ids: list[str] = []
    counter = 0
    while True:  # objects may register new objects while they are formatted
        counter += 1
        if counter not in number_to_id:
            break
        oid = number_to_id[counter]
        indirect = pdfdoc.PDFIndirectObject(oid, id_to_object[oid])
        formatted = indirect.format(doc)
        if not rl_config.invariant and rl_config.pdfComments:
            name = type(id_to_object[oid]).__name__
            output.add(f"% {oid!a}: class {name[:50]} \n")
        id_to_offset[oid] = output.add(formatted)
        ids.append(oid)
    count = len(number_to_id)
    if counter - 1 != count:
        raise ValueError(f"PDF object counter {counter} does not match {count} objects")
    xref = pdfdoc.PDFCrossReferenceTable()
    xref.addsection(0, ids)
    xref_offset = output.add(xref.format(doc))
    trailer = pdfdoc.PDFTrailer(
        startxref=xref_offset,
        Size=count + 1,
        Root=doc.Reference(catalog),
        Info=doc.Reference(info),
        Encrypt=encrypt_ref,
        ID=doc.ID(),
    )
    output.add(trailer.format(doc))
