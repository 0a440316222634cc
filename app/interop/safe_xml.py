"""Parse untrusted XML with defusedxml and walk it by local element names.

DTDs are refused outright (none of the formats we read needs one), which stops
billion-laughs and external-entity attacks before any expansion happens.
"""

from __future__ import annotations

import contextlib
import copy
import io
import xml.etree.ElementTree as ET
from collections.abc import Iterator

import defusedxml
import defusedxml.ElementTree as DET

from executrek.app.i18n import translate
from executrek.app.interop.errors import InteropError, UnsafeContentError


@contextlib.contextmanager
def _refusing(source: str) -> Iterator[None]:
    """Turn what the parser raises into an :class:`InteropError` naming ``source``."""
    try:
        yield
    except defusedxml.DefusedXmlException as exc:  # a ValueError: caught first
        raise UnsafeContentError(
            translate(
                "Interop",
                "“{source}” uses XML features (a DTD or entity declarations) that are refused for safety.",
            ).format(source=source)
        ) from exc
    except (ET.ParseError, ValueError, UnicodeError) as exc:
        raise InteropError(
            translate("Interop", "“{source}” is not well-formed XML ({detail}).").format(
                source=source, detail=str(exc)
            )
        ) from exc


def parse_xml(data: bytes, *, source: str) -> ET.Element:
    """The root element of ``data``; :class:`InteropError` naming ``source`` if unsafe or malformed."""
    with _refusing(source):
        root: ET.Element = DET.fromstring(data, forbid_dtd=True)
    return root


def iter_xml_end(data: bytes, *, source: str) -> Iterator[ET.Element]:
    """Stream end-of-element events over ``data`` (for large sheets); same safety as :func:`parse_xml`.

    Callers may ``clear()`` the elements they have seen to keep memory flat.
    """
    with _refusing(source):
        for _event, element in DET.iterparse(io.BytesIO(data), events=("end",), forbid_dtd=True):
            yield element


def local_name(tag: object) -> str:
    """``{namespace}Topic`` → ``Topic``; comments and processing instructions give ``""``."""
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]


def find_child(element: ET.Element, name: str) -> ET.Element | None:
    for child in element:
        if local_name(child.tag) == name:
            return child
    return None


def find_children(element: ET.Element, name: str) -> list[ET.Element]:
    return [child for child in element if local_name(child.tag) == name]


def child_text(element: ET.Element, name: str) -> str | None:
    """The text of the first child called ``name``: None when absent, ``""`` when empty."""
    child = find_child(element, name)
    if child is None:
        return None
    return child.text or ""


def attribute(element: ET.Element, name: str) -> str | None:
    """An attribute by local name, ignoring its namespace and the case of its first letter.

    BCF 2.1 writes ``isExternal`` where 3.0 writes ``IsExternal``.
    """
    wanted = name.lower()
    for key, value in element.attrib.items():
        if local_name(key).lower() == wanted:
            return value
    return None


def raw_xml(element: ET.Element) -> str:
    """``element`` serialised on its own (without the whitespace that followed it)."""
    detached = copy.deepcopy(element)
    detached.tail = None
    return ET.tostring(detached, encoding="unicode")


def raw_xml_normalized(element: ET.Element) -> str:
    """Like :func:`raw_xml`, with whitespace-only text and tails dropped, so the string is
    the same however the surrounding file was indented (it round-trips exactly)."""
    detached = copy.deepcopy(element)
    detached.tail = None
    for node in detached.iter():
        if node.text is not None and not node.text.strip() and len(node):
            node.text = None
        if node is not detached and node.tail is not None and not node.tail.strip():
            node.tail = None
    return ET.tostring(detached, encoding="unicode")
