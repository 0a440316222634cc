"""python -m bench [suite …] [--json FILE] [--quick]"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.harness import BenchContext, Record, load, suites, workspace


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    p.add_argument(
        "suites", nargs="*", help=f"suites to run (default: all of {', '.join(suites())})"
    )
    p.add_argument("--json", type=Path, help="write the records to this file")
    p.add_argument("--quick", action="store_true", help="smaller sizes, for a smoke run")
    args = p.parse_args(argv)
    chosen = args.suites or suites()
    unknown = sorted(set(chosen) - set(suites()))
    if unknown:
        print(
            f"unknown suite(s): {', '.join(unknown)}; available: {', '.join(suites())}",
            file=sys.stderr,
        )
        return 2
    records: list[Record] = []
    for name in chosen:
        with workspace() as tmp:
            ctx = BenchContext(workdir=tmp, quick=args.quick)
            for rec in load(name)(ctx):
                records.append(rec)
                flag = "ok " if rec.met else "MISS"
                print(
                    f"{flag} {rec.suite:<8} {rec.case:<48} {rec.value:>10.4f} {rec.unit:<4} "
                    f"baseline {rec.baseline:>10.4f}  ratio {rec.ratio:>6.2f}  ({rec.target})",
                    flush=True,
                )
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps([r.as_dict() for r in records], indent=2))
    return 0 if all(r.met for r in records) else 1


if __name__ == "__main__":
    sys.exit(main())
