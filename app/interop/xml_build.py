"""Small helpers for building and serialising XML with the standard library.

Only *writing* uses ``xml.etree`` directly; everything read from outside goes through
:mod:`.safe_xml`.
"""

from __future__ import annotations

import copy
import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping
from typing import TypeVar

from executrek.app.interop.safe_xml import parse_xml

Number = TypeVar("Number", int, float)


def sub(
    parent: ET.Element,
    tag: str,
    text: str | None = None,
    attrib: Mapping[str, str | None] | None = None,
) -> ET.Element:
    """Append ``<tag>`` to ``parent``; attributes whose value is None are left out."""
    child = ET.SubElement(parent, tag, {k: v for k, v in (attrib or {}).items() if v is not None})
    if text is not None:
        child.text = text
    return child


def sub_text(parent: ET.Element, tag: str, text: str | None) -> None:
    """Append ``<tag>text</tag>`` unless ``text`` is None."""
    if text is not None:
        sub(parent, tag, text)


def append_raw(parent: ET.Element, raw: str, *, source: str) -> None:
    """Append an element kept as raw XML text (an unknown extension element)."""
    parent.append(parse_xml(raw.encode("utf-8"), source=source))


def xml_bytes(root: ET.Element) -> bytes:
    """UTF-8 with an XML declaration, indented for people reading the file."""
    tree = copy.deepcopy(root)
    ET.indent(tree, space="  ")
    return ET.tostring(tree, encoding="utf-8", xml_declaration=True)


def xml_bool(value: bool) -> str:
    return "true" if value else "false"


def parse_bool(text: str | None) -> bool | None:
    if text is None:
        return None
    lowered = text.strip().lower()
    if lowered in ("true", "1"):
        return True
    if lowered in ("false", "0"):
        return False
    return None


def _parsed(text: str | None, parse: Callable[[str], Number]) -> Number | None:
    """``text`` (blanks around it ignored) read by ``parse``; None when absent or not one."""
    if text is None:
        return None
    try:
        return parse(text.strip())
    except ValueError:
        return None


def parse_float(text: str | None) -> float | None:
    return _parsed(text, float)


def parse_int(text: str | None) -> int | None:
    return _parsed(text, int)


def format_float(value: float) -> str:
    return repr(float(value))
