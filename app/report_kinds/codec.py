"""Report inputs to JSON and back, exactly.

An issued report keeps the data it was built from (frozen dataclasses of dates, Decimals
and strings) in its snapshot; decoding gives equal values, so the same builder makes a
byte-identical PDF again. Decoding is driven by the dataclass field types.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import types
import typing
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")


def encode(value: Any) -> Any:
    """JSON-ready form of a dataclass tree (Decimal and dates become strings)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, tuple | list):
        return [encode(v) for v in value]
    if isinstance(value, dict):
        return {str(k): encode(v) for k, v in value.items()}
    if value is None or isinstance(value, bool | int | float | str):
        return value
    raise TypeError(f"cannot encode a {type(value).__name__} in a report snapshot")


def decode(cls: type[T], data: Any) -> T:
    """The dataclass ``cls`` from its encoded form."""
    result: T = _decode(cls, data)
    return result


def _decode(tp: Any, data: Any) -> Any:
    if tp is Any:
        return data
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = typing.get_args(tp)
        if data is None and type(None) in args:
            return None
        real = [a for a in args if a is not type(None)]
        return _decode(real[0], data)
    if origin is tuple:
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_decode(args[0], v) for v in data)
        return tuple(_decode(a, v) for a, v in zip(args, data, strict=True))
    if origin is list:
        (arg,) = typing.get_args(tp)
        return [_decode(arg, v) for v in data]
    if origin is dict:
        key_tp, value_tp = typing.get_args(tp)
        return {_decode(key_tp, k): _decode(value_tp, v) for k, v in data.items()}
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        older = getattr(tp, "from_older_snapshot", None)
        if older is not None:  # a class whose stored form changed reads the old form too
            data = older(data)
        hints = typing.get_type_hints(tp)
        # A field added since the snapshot was taken keeps its default (older reports).
        return tp(
            **{
                f.name: _decode(hints[f.name], data[f.name])
                for f in dataclasses.fields(tp)
                if f.name in data or not _has_default(f)
            }
        )
    if tp is Path:
        return Path(data)
    if tp is Decimal:
        return Decimal(data)
    if tp is dt.datetime:
        return dt.datetime.fromisoformat(data)
    if tp is dt.date:
        return dt.date.fromisoformat(data)
    if tp in (int, str, bool):
        return tp(data)
    if tp is float:
        return float(data)
    raise TypeError(f"cannot decode {tp!r} from a report snapshot")


def _has_default(f: dataclasses.Field[Any]) -> bool:
    return f.default is not dataclasses.MISSING or f.default_factory is not dataclasses.MISSING
