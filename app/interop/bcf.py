"""BCF (BIM Collaboration Format) 2.1 and 3.0: the issue files Solibri, Navisworks,
BIMcollab, Revizto and others exchange.

* :func:`read_bcf` reads a ``.bcf``/``.bcfzip`` archive, or an unpacked BCF folder,
  into a :class:`BcfArchive` of :class:`BcfTopic` values (comments, viewpoints with
  their snapshot bytes, documents, labels …). Members are read into memory with size
  caps; nothing is extracted to disk. Zip bombs, ``..``/absolute/drive-letter entries
  and XML entity tricks are refused with :class:`~.errors.InteropError`.
* :func:`write_bcf` writes a :class:`BcfArchive` as BCF 2.1 or 3.0.

To save a snapshot or document to disk, build the target with
:func:`~.safe_paths.safe_join` so a name from the file cannot escape your folder.
"""

from __future__ import annotations

from executrek.app.interop.bcf_model import (
    BCF_2_1,
    BCF_3_0,
    BCF_VERSIONS,
    BcfArchive,
    BcfBimSnippet,
    BcfBitmap,
    BcfCamera,
    BcfClippingPlane,
    BcfColoring,
    BcfComment,
    BcfComponent,
    BcfDocumentReference,
    BcfExtensions,
    BcfHeaderFile,
    BcfLine,
    BcfProject,
    BcfTopic,
    BcfViewpoint,
    BcfVisualization,
    Vector3,
)
from executrek.app.interop.bcf_read import read_bcf
from executrek.app.interop.bcf_write import write_bcf

__all__ = [
    "BCF_2_1",
    "BCF_3_0",
    "BCF_VERSIONS",
    "BcfArchive",
    "BcfBimSnippet",
    "BcfBitmap",
    "BcfCamera",
    "BcfClippingPlane",
    "BcfColoring",
    "BcfComment",
    "BcfComponent",
    "BcfDocumentReference",
    "BcfExtensions",
    "BcfHeaderFile",
    "BcfLine",
    "BcfProject",
    "BcfTopic",
    "BcfViewpoint",
    "BcfVisualization",
    "Vector3",
    "read_bcf",
    "write_bcf",
]
