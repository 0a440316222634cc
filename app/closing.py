"""``Closing``: the ``with`` block for an object with a ``close()``: entering gives the
object itself, leaving closes it, also when the block raised (which then propagates)."""

from __future__ import annotations

from types import TracebackType
from typing import Self


class Closing:
    """Mix in for ``with obj: …``; the class defines ``close()``."""

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
