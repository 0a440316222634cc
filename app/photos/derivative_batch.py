"""Make many derivatives on a small thread pool, with progress and cancellation.

At most ``2 × workers`` jobs are in flight; cancelling stops submitting new ones and
waits only for those already running. ``progress(done, total)`` is called on the
calling thread (safe to forward to a Qt signal). The pool is always shut down before
returning.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from executrek.app.i18n import translate
from executrek.app.photos.derivative_cache import DerivativeCache
from executrek.app.photos.derivatives import DerivativeKind
from executrek.app.photos.markup import Markup
from executrek.app.photos.refusal import PhotoRefused

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class DerivativeJob:
    sha256: str
    kind: DerivativeKind
    markup: Markup | None = None


@dataclass(frozen=True)
class DerivativeResult:
    """``path`` when made (or already cached), else ``error``: one translated line."""

    job: DerivativeJob
    path: Path | None
    error: str | None


@dataclass(frozen=True)
class BatchReport:
    results: tuple[DerivativeResult, ...]  # in job order; jobs never started are absent
    cancelled: bool

    @property
    def failures(self) -> tuple[DerivativeResult, ...]:
        return tuple(r for r in self.results if r.error is not None)


def default_workers() -> int:
    return max(1, min(4, os.cpu_count() or 1))


def _make_one(cache: DerivativeCache, job: DerivativeJob) -> DerivativeResult:
    try:
        return DerivativeResult(job, cache.get_or_make(job.sha256, job.kind, job.markup), None)
    except PhotoRefused as exc:
        return DerivativeResult(job, None, exc.reason)
    except FileNotFoundError:
        return DerivativeResult(
            job, None, translate("Photos", "the original photo is missing from the photo store")
        )
    except OSError as exc:
        return DerivativeResult(
            job,
            None,
            translate("Photos", "could not save the preview ({detail})").format(
                detail=exc.strerror or type(exc).__name__
            ),
        )


T = TypeVar("T")
R = TypeVar("R")


def run_windowed(
    work: Callable[[T], R],
    items: Sequence[T],
    on_result: Callable[[int, R], None],
    *,
    workers: int,
    name: str,
    cancel: threading.Event | None = None,
) -> None:
    """``work(item)`` for each of ``items`` on a pool of ``workers`` threads named
    ``name``, at most ``2 × workers`` in flight; ``on_result(index, result)`` runs on the
    calling thread as each one finishes. Once ``cancel`` is set no new item is started;
    the pool is shut down (running work finished, queued work dropped) before returning."""
    total = len(items)
    window = 2 * workers
    in_flight: dict[Future[R], int] = {}
    next_index = 0
    pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix=name)
    try:
        while True:
            while next_index < total and len(in_flight) < window:
                if cancel is not None and cancel.is_set():
                    break
                in_flight[pool.submit(work, items[next_index])] = next_index
                next_index += 1
            if not in_flight:
                break
            finished, _ = wait(in_flight, return_when=FIRST_COMPLETED)
            for future in finished:
                on_result(in_flight.pop(future), future.result())
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def make_derivatives(
    cache: DerivativeCache,
    jobs: Iterable[DerivativeJob],
    *,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    max_workers: int | None = None,
) -> BatchReport:
    todo = list(jobs)
    total = len(todo)
    done: dict[int, DerivativeResult] = {}

    def finished(index: int, result: DerivativeResult) -> None:
        done[index] = result
        if progress is not None:
            progress(len(done), total)

    run_windowed(
        lambda job: _make_one(cache, job),
        todo,
        finished,
        workers=max_workers or default_workers(),
        name="photo-derivatives",
        cancel=cancel,
    )
    ordered = tuple(done[i] for i in sorted(done))
    return BatchReport(results=ordered, cancelled=len(done) < total)
