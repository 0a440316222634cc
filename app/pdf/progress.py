"""Progress and cancellation during a build.

Reportlab reports progress per flowable and per pass; ``BuildProgress`` turns that into
one ``progress(done, total)`` series for a progress bar, and checks ``is_cancelled``
after every flowable and page, raising ``ReportCancelled`` to stop the build.

``total`` is an estimate (flowables × expected passes) and grows if the layout needs an
extra pass; ``done`` never goes backwards and ends equal to ``total``.
"""

from __future__ import annotations

from collections.abc import Callable

from executrek.app.pdf.errors import ReportCancelled

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]


class BuildProgress:
    def __init__(
        self,
        progress: Progress | None,
        is_cancelled: IsCancelled | None,
        *,
        expected_passes: int,
    ) -> None:
        self._progress = progress
        self._is_cancelled = is_cancelled
        self._passes = expected_passes
        self._pass = 1
        self._size = 1
        self._done = 0

    @property
    def total(self) -> int:
        return self._passes * self._size

    def check(self) -> None:
        if self._is_cancelled is not None and self._is_cancelled():
            raise ReportCancelled("report build cancelled")

    def on_page(self, page: int) -> None:
        self.check()

    def on_reportlab(self, kind: str, value: int) -> None:
        """``BaseDocTemplate.setProgressCallBack`` hook."""
        self.check()
        if kind == "PASS":
            self._pass = value
            self._passes = max(self._passes, value)
        elif kind == "SIZE_EST":
            self._size = max(int(value), 1)
        elif kind == "PROGRESS":
            within = min(max(int(value), 0), self._size)
            self._report((self._pass - 1) * self._size + within)

    def finished(self) -> None:
        self._passes = self._pass
        self._report(self.total)

    def _report(self, done: int) -> None:
        done = min(max(done, self._done), self.total)
        self._done = done
        if self._progress is not None:
            self._progress(done, self.total)
