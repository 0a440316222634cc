"""The benchmark harness: records, timing helpers and the suite registry.

A suite is a module ``bench/suite_<name>.py`` with ``run(ctx: BenchContext) -> list[Record]``.
Every record compares our code (``value``) with a raw baseline (``baseline``) measured
in the same process run, so the ratio is meaningful on any machine.
"""

from __future__ import annotations

import gc
import importlib
import pkgutil
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Record:
    suite: str
    case: str
    value: float
    baseline: float
    unit: str
    target: str  # e.g. "ratio <= 2", "ratio >= 0.5", "value <= 0.1"
    note: str = ""

    @property
    def ratio(self) -> float:
        return self.value / self.baseline if self.baseline else float("inf")

    @property
    def met(self) -> bool:
        kind, op, limit = self.target.split()
        measured = self.ratio if kind == "ratio" else self.value
        return measured <= float(limit) if op == "<=" else measured >= float(limit)

    def as_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["ratio"] = round(self.ratio, 3)
        out["met"] = self.met
        return out


@dataclass
class BenchContext:
    workdir: Path
    quick: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    def folder(self, name: str) -> Path:
        path = self.workdir / name
        path.mkdir(parents=True, exist_ok=True)
        return path


def timed(
    fn: Callable[[], Any], *, repeat: int = 3, setup: Callable[[], Any] | None = None
) -> float:
    """Best wall-clock seconds of ``repeat`` runs (``setup`` runs untimed before each)."""
    best = float("inf")
    for _ in range(repeat):
        if setup is not None:
            setup()
        gc.collect()
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


@contextmanager
def workspace() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="executrek-bench-") as tmp:
        yield Path(tmp)


def suites() -> list[str]:
    here = Path(__file__).parent
    return sorted(
        m.name[len("suite_") :]
        for m in pkgutil.iter_modules([str(here)])
        if m.name.startswith("suite_")
    )


def load(name: str) -> Callable[[BenchContext], list[Record]]:
    module = importlib.import_module(f"bench.suite_{name}")
    runner: Callable[[BenchContext], list[Record]] = module.run
    return runner
