"""Vector markup drawn over a photo without touching the original.

Coordinates are fractions (0…1) of the UPRIGHT picture's width and height, so a markup
fits the original, the report image and the thumbnail alike. Stroke widths and text
sizes are fractions of the picture's longer edge. Values are quantised to 6 decimals on
construction, so a markup, its JSON and its hash are canonical.

JSON (version 1)::

    {"version": 1, "shapes": [
      {"type": "arrow", "from": [0.1, 0.2], "to": [0.4, 0.5], "colour": "#ff0000", "width": 0.006},
      {"type": "ellipse" | "rectangle", "corners": [[x0, y0], [x1, y1]], "colour": …, "width": …},
      {"type": "freehand", "points": [[x, y], …], "colour": …, "width": …},
      {"type": "text", "at": [x, y], "text": "Crack", "colour": …, "size": 0.04}]}
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar

MARKUP_VERSION = 1
MAX_SHAPES = 1_000
MAX_POINTS = 10_000
MAX_TEXT_CHARS = 500
DEFAULT_COLOUR = "#ff0000"
DEFAULT_WIDTH = 0.006
DEFAULT_TEXT_SIZE = 0.04

_DECIMALS = 6
_COLOUR = re.compile(r"#[0-9a-f]{6}(?:[0-9a-f]{2})?")
_TEXT_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f]")  # newlines are allowed

Point = tuple[float, float]


class MarkupError(ValueError):
    """Invalid markup; the message names the offending field, e.g. ``shapes[2].to``."""


def _coordinate(value: object, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise MarkupError(f"{where}: expected a number between 0 and 1, got {value!r}")
    number = float(value)
    if not math.isfinite(number) or not 0.0 <= number <= 1.0:
        raise MarkupError(f"{where}: expected a number between 0 and 1, got {value!r}")
    return round(number, _DECIMALS)


def _point(value: object, where: str) -> Point:
    if not isinstance(value, Sequence) or isinstance(value, str) or len(value) != 2:
        raise MarkupError(f"{where}: expected a point [x, y], got {value!r}")
    return _coordinate(value[0], f"{where}[0]"), _coordinate(value[1], f"{where}[1]")


def _fraction(value: object, where: str, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise MarkupError(f"{where}: expected a number, got {value!r}")
    number = float(value)
    if not math.isfinite(number) or not low <= number <= high:
        raise MarkupError(f"{where}: must be between {low} and {high}, got {value!r}")
    return round(number, _DECIMALS)


def _colour(value: object, where: str) -> str:
    text = value.lower() if isinstance(value, str) else ""
    if _COLOUR.fullmatch(text) is None:
        raise MarkupError(f"{where}: expected a colour like #rrggbb or #rrggbbaa, got {value!r}")
    return text[:7] if text.endswith("ff") and len(text) == 9 else text


def _text(value: object, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise MarkupError(f"{where}: expected non-empty text")
    if len(value) > MAX_TEXT_CHARS:
        raise MarkupError(f"{where}: text longer than {MAX_TEXT_CHARS} characters")
    if _TEXT_CONTROL.search(value):
        raise MarkupError(f"{where}: text contains control characters")
    return value


def _set(obj: object, name: str, value: object) -> None:
    object.__setattr__(obj, name, value)


class _Styled:
    """What every shape has besides its geometry: a colour and a stroke width (a
    text's size), checked and written the same way for all."""

    TYPE: ClassVar[str] = ""
    # the size field, and the range its fraction of the longer edge must be in
    SIZE: ClassVar[tuple[str, float, float]] = ("width", 0.0005, 0.1)
    colour: str

    def _check_style(self) -> None:
        name, low, high = self.SIZE
        _set(self, "colour", _colour(self.colour, "colour"))
        _set(self, name, _fraction(getattr(self, name), name, low, high))

    def _dict(self, geometry: dict[str, Any]) -> dict[str, Any]:
        name = self.SIZE[0]
        return {"type": self.TYPE, **geometry, "colour": self.colour, name: getattr(self, name)}


@dataclass(frozen=True)
class Arrow(_Styled):
    start: Point
    end: Point
    colour: str = DEFAULT_COLOUR
    width: float = DEFAULT_WIDTH
    TYPE: ClassVar[str] = "arrow"

    def __post_init__(self) -> None:
        _set(self, "start", _point(self.start, "from"))
        _set(self, "end", _point(self.end, "to"))
        self._check_style()

    def to_dict(self) -> dict[str, Any]:
        return self._dict({"from": list(self.start), "to": list(self.end)})


@dataclass(frozen=True)
class _Boxed(_Styled):
    """A shape given by two opposite corners, stored as top-left and bottom-right."""

    corner: Point
    opposite: Point
    colour: str = DEFAULT_COLOUR
    width: float = DEFAULT_WIDTH
    TYPE: ClassVar[str] = ""

    def __post_init__(self) -> None:
        (x0, y0), (x1, y1) = _point(self.corner, "corners[0]"), _point(self.opposite, "corners[1]")
        _set(self, "corner", (min(x0, x1), min(y0, y1)))
        _set(self, "opposite", (max(x0, x1), max(y0, y1)))
        self._check_style()

    def to_dict(self) -> dict[str, Any]:
        return self._dict({"corners": [list(self.corner), list(self.opposite)]})


@dataclass(frozen=True)
class Ellipse(_Boxed):
    TYPE: ClassVar[str] = "ellipse"


@dataclass(frozen=True)
class Rectangle(_Boxed):
    TYPE: ClassVar[str] = "rectangle"


@dataclass(frozen=True)
class Freehand(_Styled):
    points: tuple[Point, ...]
    colour: str = DEFAULT_COLOUR
    width: float = DEFAULT_WIDTH
    TYPE: ClassVar[str] = "freehand"

    def __post_init__(self) -> None:
        if not isinstance(self.points, Sequence) or isinstance(self.points, str):
            raise MarkupError("points: expected a list of points")
        if not 1 <= len(self.points) <= MAX_POINTS:
            raise MarkupError(f"points: expected 1 to {MAX_POINTS} points, got {len(self.points)}")
        _set(self, "points", tuple(_point(p, f"points[{i}]") for i, p in enumerate(self.points)))
        self._check_style()

    def to_dict(self) -> dict[str, Any]:
        return self._dict({"points": [list(p) for p in self.points]})


@dataclass(frozen=True)
class Text(_Styled):
    at: Point
    text: str
    colour: str = DEFAULT_COLOUR
    size: float = DEFAULT_TEXT_SIZE
    TYPE: ClassVar[str] = "text"
    SIZE: ClassVar[tuple[str, float, float]] = ("size", 0.005, 0.5)

    def __post_init__(self) -> None:
        _set(self, "at", _point(self.at, "at"))
        _set(self, "text", _text(self.text, "text"))
        self._check_style()

    def to_dict(self) -> dict[str, Any]:
        return self._dict({"at": list(self.at), "text": self.text})


Shape = Arrow | Ellipse | Rectangle | Freehand | Text

_REQUIRED: dict[str, frozenset[str]] = {
    "arrow": frozenset({"from", "to"}),
    "ellipse": frozenset({"corners"}),
    "rectangle": frozenset({"corners"}),
    "freehand": frozenset({"points"}),
    "text": frozenset({"at", "text"}),
}
# Each shape's fields: its geometry, its type, its colour and its size field.
_FIELDS: dict[str, frozenset[str]] = {
    shape.TYPE: _REQUIRED[shape.TYPE] | {"type", "colour", shape.SIZE[0]}
    for shape in (Arrow, Ellipse, Rectangle, Freehand, Text)
}


def _corners(value: object) -> tuple[Any, Any]:
    if not isinstance(value, Sequence) or isinstance(value, str) or len(value) != 2:
        raise MarkupError(f"corners: expected two points, got {value!r}")
    return value[0], value[1]


def _shape_from(data: Mapping[str, Any]) -> Shape:
    kind = data.get("type")
    if kind not in _FIELDS:
        raise MarkupError(f"type: unknown shape {kind!r}; expected one of {sorted(_FIELDS)}")
    unknown = set(data) - _FIELDS[kind]
    if unknown:
        raise MarkupError(f"unknown field(s) {sorted(unknown)} for {kind}")
    missing = _REQUIRED[kind] - set(data)
    if missing:
        raise MarkupError(f"missing field(s) {sorted(missing)} for {kind}")
    style = {k: data[k] for k in ("colour", "width") if k in data}
    if kind == "arrow":
        return Arrow(data["from"], data["to"], **style)
    if kind in ("ellipse", "rectangle"):
        corner, opposite = _corners(data["corners"])
        boxed = Ellipse if kind == "ellipse" else Rectangle
        return boxed(corner, opposite, **style)
    if kind == "freehand":
        return Freehand(data["points"], **style)
    text_style = {k: data[k] for k in ("colour", "size") if k in data}
    return Text(data["at"], data["text"], **text_style)


def _within(prefix: str, message: str) -> str:
    """``shapes[2]`` + ``to: bad`` → ``shapes[2].to: bad``; other messages get ``: ``."""
    head = message.split(":", 1)[0]
    nested = re.fullmatch(r"[a-z_]+(?:\[\d+\])*", head) is not None
    return f"{prefix}.{message}" if nested else f"{prefix}: {message}"


@dataclass(frozen=True)
class Markup:
    shapes: tuple[Shape, ...] = field(default=())

    def __post_init__(self) -> None:
        if len(self.shapes) > MAX_SHAPES:
            raise MarkupError(f"shapes: more than {MAX_SHAPES} shapes")
        _set(self, "shapes", tuple(self.shapes))

    @property
    def is_empty(self) -> bool:
        return not self.shapes

    def to_dict(self) -> dict[str, Any]:
        return {"version": MARKUP_VERSION, "shapes": [s.to_dict() for s in self.shapes]}

    def to_json(self) -> str:
        """Canonical JSON: sorted keys, no spaces, quantised numbers."""
        return json.dumps(self.to_dict(), sort_keys=True, separators=(",", ":"), ensure_ascii=False)

    def content_hash(self) -> str:
        """A stable 16-hex-digit key for caches (same markup → same key, any platform)."""
        return hashlib.sha256(self.to_json().encode("utf-8")).hexdigest()[:16]

    @classmethod
    def from_dict(cls, data: object) -> Markup:
        if not isinstance(data, Mapping):
            raise MarkupError("markup: expected an object with 'version' and 'shapes'")
        if data.get("version") != MARKUP_VERSION:
            raise MarkupError(f"version: unsupported markup version {data.get('version')!r}")
        if set(data) - {"version", "shapes"}:
            raise MarkupError(f"unknown field(s) {sorted(set(data) - {'version', 'shapes'})}")
        shapes = data.get("shapes", [])
        if not isinstance(shapes, list):
            raise MarkupError("shapes: expected a list")
        if len(shapes) > MAX_SHAPES:
            raise MarkupError(f"shapes: more than {MAX_SHAPES} shapes")
        parsed: list[Shape] = []
        for index, item in enumerate(shapes):
            if not isinstance(item, Mapping):
                raise MarkupError(f"shapes[{index}]: expected an object")
            try:
                parsed.append(_shape_from(item))
            except MarkupError as exc:
                raise MarkupError(_within(f"shapes[{index}]", str(exc))) from None
        return cls(tuple(parsed))

    @classmethod
    def from_json(cls, text: str | bytes) -> Markup:
        try:
            data = json.loads(text)
        except (ValueError, RecursionError) as exc:
            raise MarkupError(f"markup: not valid JSON ({exc})") from None
        return cls.from_dict(data)
