"""Check a built bundle before it is packaged: complete, lean, and licence-clean.

    python installers/check_bundle.py BUNDLE [--forbid-gpl] [--json FILE]

BUNDLE is ``dist/executrek`` (Linux, Windows) or ``dist/Executrek Field.app`` (macOS).
Fails (exit 1, one line per problem) when

* a file the app loads at run time is missing: any migration script of ``models/`` or
  ``sync/``, any file below ``resources/`` (fonts, templates, icons, translations), the
  package metadata (the version), the offscreen and the native Qt platform plugins;
* a Qt part we exclude slipped in (Quick, QML, WebEngine, …);
* with ``--forbid-gpl``: the x265 HEVC encoder (GPL-2.0, bundled by the stock
  pillow-heif wheels) is in the bundle. See docs/installers.md.

Prints the bundle size and writes the findings as JSON with ``--json``.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "installers"))
from bundle_rules import (  # noqa: E402
    GLIBC_LIBS,
    LINUX_RECOMMENDED_LIBS,
    LINUX_SYSTEM_LIBS,
)

RUNTIME_SOURCES = ("models/migrations", "sync/migrations", "resources")
NATIVE_PLATFORM = {
    "linux": ("qxcb", "qwayland"),
    "win32": ("qwindows",),
    "darwin": ("qcocoa",),
}
FORBIDDEN = re.compile(
    r"Qt6?(Quick|Qml|WebEngine|Pdf|Designer|3D|Multimedia|Charts)[^/]*$", re.IGNORECASE
)
GPL = re.compile(r"x265", re.IGNORECASE)


@dataclass(frozen=True)
class Findings:
    bundle: str
    files: int
    bytes: int
    gpl_components: list[str]
    problems: list[str]
    deb_depends: list[str]
    deb_recommends: list[str]


def files_of(bundle: Path) -> list[str]:
    return sorted(p.relative_to(bundle).as_posix() for p in bundle.rglob("*") if p.is_file())


def elf_needed(path: Path) -> list[str]:
    out = subprocess.run(
        ["readelf", "-d", str(path)], capture_output=True, text=True, check=False
    ).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out)


def linux_system_needs(bundle: Path, files: list[str]) -> tuple[set[str], set[str], list[str]]:
    """(system packages needed, recommended, problems): every library a bundled ELF file
    needs is in the bundle, in glibc, or a declared system library."""
    if shutil.which("readelf") is None:
        return set(), set(), ["readelf (binutils) is needed to check the libraries"]
    names = {Path(f).name for f in files}
    depends: set[str] = set()
    recommends: set[str] = set()
    problems: list[str] = []
    for f in files:
        path = bundle / f
        if ".so" not in path.name or path.is_symlink():
            continue
        for lib in elf_needed(path):
            if lib in names or lib in GLIBC_LIBS:
                continue
            if lib in LINUX_SYSTEM_LIBS:
                depends.add(LINUX_SYSTEM_LIBS[lib])
            elif lib in LINUX_RECOMMENDED_LIBS:
                recommends.add(LINUX_RECOMMENDED_LIBS[lib])
            else:
                problems.append(f"{f} needs {lib}, which is neither bundled nor declared")
    return depends, recommends, problems


def expected_runtime_files(root: Path = ROOT) -> list[str]:
    out = []
    for folder in RUNTIME_SOURCES:
        for path in sorted((root / folder).rglob("*")):
            if not path.is_file() or "__pycache__" in path.parts or path.suffix == ".pyc":
                continue
            # Modules live in the archive; only migration scripts must also be files.
            if path.suffix != ".py" or "migrations" in path.parts:
                out.append("executrek/" + path.relative_to(root).as_posix())
    return out


def check(bundle: Path, *, forbid_gpl: bool, platform: str = sys.platform) -> Findings:
    files = files_of(bundle)
    problems: list[str] = []
    for wanted in expected_runtime_files():
        if not any(f.endswith("/" + wanted) or f == wanted for f in files):
            problems.append(f"missing run-time file {wanted}")
    if not any(re.search(r"executrek_field-[^/]+\.dist-info/METADATA$", f) for f in files):
        problems.append("missing the executrek-field package metadata (version)")
    plugins = [f for f in files if "/platforms/" in f]
    for name in ("qoffscreen", *NATIVE_PLATFORM.get(platform, ())):
        if not any(name in Path(f).name for f in plugins):
            problems.append(f"missing Qt platform plugin {name}")
    for f in files:
        if FORBIDDEN.search(Path(f).name):
            problems.append(f"excluded Qt part bundled: {f}")
    gpl = [f for f in files if GPL.search(Path(f).name)]
    if forbid_gpl and gpl:
        problems.append(
            "GPL x265 encoder bundled (" + ", ".join(gpl) + "); build pillow-heif against a "
            "decode-only libheif, see docs/installers.md"
        )
    depends: set[str] = set()
    recommends: set[str] = set()
    if platform.startswith("linux"):
        depends, recommends, lib_problems = linux_system_needs(bundle, files)
        problems += lib_problems
    # PyInstaller links duplicate libraries (symlinks): count each file's bytes once.
    size = sum((bundle / f).stat().st_size for f in files if not (bundle / f).is_symlink())
    return Findings(
        str(bundle), len(files), size, gpl, problems, sorted(depends), sorted(recommends)
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path)
    parser.add_argument("--forbid-gpl", action="store_true")
    parser.add_argument("--json", type=Path, metavar="FILE")
    args = parser.parse_args(argv)
    if not args.bundle.is_dir():
        print(f"check_bundle: no bundle at {args.bundle}", file=sys.stderr)
        return 1
    result = check(args.bundle, forbid_gpl=args.forbid_gpl)
    if args.json:
        args.json.write_text(json.dumps(asdict(result), indent=2) + "\n", encoding="utf-8")
    for problem in result.problems:
        print(f"check_bundle: {problem}", file=sys.stderr)
    gpl = result.gpl_components
    note = f"; contains GPL component(s): {', '.join(gpl)}" if gpl else ""
    print(f"bundle {args.bundle}: {result.files} files, {result.bytes / 2**20:.1f} MiB{note}")
    return 1 if result.problems else 0


if __name__ == "__main__":
    sys.exit(main())
