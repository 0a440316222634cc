"""Reading built PDFs back for assertions (pypdf)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from pypdf import PdfReader
from pypdf.generic import DictionaryObject


@dataclass(frozen=True)
class ImageUse:
    name: str  # the XObject's reference, unique per embedded image
    width: int
    height: int


def page_texts(reader: PdfReader) -> list[str]:
    return [page.extract_text() or "" for page in reader.pages]


def flat(text: str) -> str:
    """Whitespace collapsed: table cells and wrapped lines compare as one string."""
    return re.sub(r"\s+", " ", text)


def drawn_images(page: Any) -> list[ImageUse]:
    """Images the page's content actually paints (reportlab shares one XObject
    dictionary between pages, so listing resources is not enough)."""
    resources = page.get("/Resources")
    if not resources or "/XObject" not in resources:
        return []
    content = page.get_contents().get_data().decode("latin-1")
    used = set(re.findall(r"/(\S+) Do", content))
    result = []
    for key, ref in resources["/XObject"].items():
        obj = ref.get_object()
        if key.lstrip("/") in used and obj.get("/Subtype") == "/Image":
            result.append(ImageUse(repr(ref), int(obj["/Width"]), int(obj["/Height"])))
    return result


def painted_content(page: Any) -> bytes:
    """The page's content stream and that of every form XObject it paints (repeated
    elements such as status pills are drawn once into a form and placed by reference)."""
    content: bytes = page.get_contents().get_data()
    resources = page.get("/Resources")
    if not resources or "/XObject" not in resources:
        return content
    used = set(re.findall(r"/(\S+) Do", content.decode("latin-1")))
    forms = []
    for key, ref in resources["/XObject"].items():
        obj = ref.get_object()
        if key.lstrip("/") in used and obj.get("/Subtype") == "/Form":
            forms.append(obj.get_data())
    return b"\n".join([content, *forms])


def fonts(reader: PdfReader) -> dict[str, DictionaryObject]:
    result: dict[str, DictionaryObject] = {}
    for page in reader.pages:
        resources: Any = page["/Resources"]
        for ref in resources.get("/Font", {}).values():
            font = ref.get_object()
            result[str(font["/BaseFont"])] = font
    return result


def outline_entries(reader: PdfReader) -> Iterator[tuple[int, str, int]]:
    """(depth, title, zero-based page index) for every outline entry."""

    def walk(items: list[Any], depth: int) -> Iterator[tuple[int, str, int]]:
        for item in items:
            if isinstance(item, list):
                yield from walk(item, depth + 1)
            else:
                page = reader.get_destination_page_number(item)
                assert page is not None, item.title
                yield depth, str(item.title), page

    yield from walk(reader.outline, 0)


def media_box(page: Any) -> tuple[float, float]:
    box = page.mediabox
    return float(box.width), float(box.height)
