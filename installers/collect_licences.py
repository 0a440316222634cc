"""Write the licence notices of everything the bundle ships into one folder.

    python installers/collect_licences.py OUT_DIR

For executrek-field and every distribution it requires (transitively, from the
installed metadata) it copies the licence files from the ``.dist-info`` folder into
``OUT_DIR/<name>-<version>/`` and lists name, version and licence in
``OUT_DIR/NOTICES.txt``, followed by the obligations of the LGPL components (Qt for
Python, psycopg, libheif/libde265) and the full LGPL-3.0/GPL texts from
``installers/licenses/``. See docs/installers.md.
"""

from __future__ import annotations

import re
import shutil
import sys
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent
TEXTS = ROOT / "licenses"
_LICENCE_FILE = re.compile(r"(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.IGNORECASE)
_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[([^\]]*)\])?")
_EXTRA = re.compile(r"extra\s*==\s*['\"]([^'\"]+)['\"]")

LGPL_NOTE = """\
LGPL components
---------------
Qt 6 and Qt for Python (PySide6-Essentials, shiboken6), psycopg, and in the HEIC
decoder libheif and libde265 are licensed under the GNU Lesser General Public License
version 3 (LGPL-3.0, full text in LGPL-3.0.txt, which builds on GPL-3.0.txt). They are
shipped as separate shared libraries in this installation; you may replace them with
modified versions of your own. The exact sources of the versions shipped are available
from Executrek on request for three years from the date of this release (write to the
address in the About box), and from the projects' public repositories:
https://code.qt.io (Qt 6, Qt for Python), https://github.com/psycopg/psycopg,
https://github.com/strukturag/libheif, https://github.com/strukturag/libde265.
Nothing in the Executrek Field licence forbids modifying these libraries or reverse
engineering the application to debug such modifications.
"""


def requirements(dist: metadata.Distribution, extras: set[str]) -> list[tuple[str, set[str]]]:
    """(name, extras) of what ``dist`` requires with ``extras`` (``psycopg[binary]``)."""
    found = []
    for req in dist.requires or []:
        extra = _EXTRA.search(req)
        if extra and extra.group(1) not in extras:
            continue
        match = _NAME.match(req)
        if match:
            wanted = {e.strip() for e in (match.group(2) or "").split(",") if e.strip()}
            found.append((match.group(1), wanted))
    return found


def closure(root: str) -> list[metadata.Distribution]:
    seen: dict[tuple[str, frozenset[str]], metadata.Distribution] = {}
    todo: list[tuple[str, set[str]]] = [(root, set())]
    while todo:
        name, extras = todo.pop()
        key = (re.sub(r"[-_.]+", "-", name).lower(), frozenset(extras))
        if key in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # an optional or platform-specific requirement not installed here
        seen[key] = dist
        todo.extend(requirements(dist, extras))
    unique = {d.metadata["Name"].lower(): d for d in seen.values()}
    return sorted(unique.values(), key=lambda d: d.metadata["Name"].lower())


def licence_of(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return expression
    classifiers = [c.rsplit("::", 1)[-1].strip() for c in meta.get_all("Classifier") or []]
    licences = [c for c in classifiers if "License" in c or "GPL" in c]
    short = (meta.get("License") or "").strip().splitlines()
    if short and len(short[0]) < 80:
        return short[0]
    return ", ".join(licences) or "see the files in this folder"


def copy_licence_files(dist: metadata.Distribution, target: Path) -> int:
    copied = 0
    for file in dist.files or []:
        parts = Path(str(file)).parts
        if not parts or not parts[0].endswith(".dist-info"):
            continue
        if not (_LICENCE_FILE.search(parts[-1]) or "licenses" in parts):
            continue
        source = Path(str(dist.locate_file(file)))
        if source.is_file():
            target.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target / parts[-1])
            copied += 1
    return copied


def collect(out: Path, root: str = "executrek-field") -> list[str]:
    out.mkdir(parents=True, exist_ok=True)
    lines = ["Executrek Field bundles the following components.", ""]
    for dist in closure(root):
        name, version = dist.metadata["Name"], dist.version
        copy_licence_files(dist, out / f"{name}-{version}")
        lines.append(f"{name} {version}: {licence_of(dist)}")
    lines += [
        "Python (the interpreter and standard library): PSF-2.0",
        "DejaVu fonts: Bitstream Vera / Arev licence, see executrek/resources/fonts",
        "libpq (PostgreSQL client, in psycopg-binary): PostgreSQL licence",
        "OpenSSL (in psycopg-binary and Python): Apache-2.0",
        "",
        LGPL_NOTE,
    ]
    for text in sorted(TEXTS.glob("*.txt")):
        shutil.copyfile(text, out / text.name)
    (out / "NOTICES.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return lines


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: collect_licences.py OUT_DIR", file=sys.stderr)
        return 2
    lines = collect(Path(argv[0]))
    print(f"{argv[0]}: notices for {sum(1 for line in lines if ': ' in line)} components")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
