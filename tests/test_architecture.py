"""Rules import-linter cannot express, checked on the source itself."""

from __future__ import annotations

import ast
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CODE = ("app", "ui", "models", "sync")


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            out.add(node.module)
    return out


def test_app_never_imports_widgets() -> None:
    offenders = [
        str(p.relative_to(ROOT))
        for p in (ROOT / "app").rglob("*.py")
        if any(m.startswith("PySide6.QtWidgets") for m in imports_of(p))
    ]
    assert offenders == []


def test_reports_and_models_need_no_qt_at_all() -> None:
    for folder in ("app/pdf", "models", "sync"):
        for p in (ROOT / folder).rglob("*.py"):
            assert not any(m.startswith("PySide6") for m in imports_of(p)), p


def test_every_code_package_is_in_the_wheel() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    mapping = config["tool"]["setuptools"]["package-dir"]
    listed = set(config["tool"]["setuptools"]["packages"])
    for top in (*CODE, "resources"):
        for init in (ROOT / top).rglob("__init__.py"):
            rel = init.parent.relative_to(ROOT).as_posix()
            name = "executrek." + rel.replace("/", ".")
            assert name in listed, f"{name} missing from [tool.setuptools] packages"
            assert mapping[name] == rel


def test_no_star_imports() -> None:
    for top in CODE:
        for p in (ROOT / top).rglob("*.py"):
            tree = ast.parse(p.read_text(encoding="utf-8"))
            stars = [
                n
                for n in ast.walk(tree)
                if isinstance(n, ast.ImportFrom) and any(a.name == "*" for a in n.names)
            ]
            assert not stars, p


def test_the_window_module_starts_without_the_heavy_libraries() -> None:
    """Start-up paints the window before the store opens: importing the GUI's entry point
    must not pull in the ORM, the sync engine's driver, the keyring or the PDF library
    (each costs tenths of a second before the first paint)."""
    heavy = (
        "sqlalchemy",
        "psycopg",
        "keyring",
        "reportlab",
        "openpyxl",
        "pypdfium2",
        "PySide6.QtNetwork",
        "importlib.metadata",
    )
    # The first screen (portfolio or dashboard) is read and shown before the store opens.
    first = (
        "executrek.ui.launch, executrek.ui.pages.dashboard_page, executrek.ui.pages.portfolio_page"
    )
    code = f"import sys, {first}; print(','.join(m for m in {heavy!r} if m in sys.modules))"
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""},
    )
    assert out.stdout.strip() == "", f"imported at start-up: {out.stdout.strip()}"


def test_the_version_constant_is_the_package_version() -> None:
    """pyproject reads the version from ``app/version.py`` (no metadata lookup at start)."""
    from importlib import metadata

    from executrek.app.version import VERSION, version

    assert version() == VERSION == metadata.version("executrek-field")


def _sources() -> list[Path]:
    return [
        p
        for folder in CODE
        for p in sorted((ROOT / folder).rglob("*.py"))
        if "migrations" not in p.relative_to(ROOT).parts
    ]


def test_modules_stay_under_600_lines() -> None:
    """A module that grows past 600 lines holds more than one thing: split it by what
    it does (generated files and migrations aside)."""
    too_long = {
        str(p.relative_to(ROOT)): n
        for p in _sources()
        if (n := p.read_text(encoding="utf-8").count("\n")) > 600
    }
    assert too_long == {}


def test_classes_stay_under_400_lines() -> None:
    too_long = {}
    for p in _sources():
        for node in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and node.end_lineno is not None:
                n = node.end_lineno - node.lineno + 1
                if n > 400:
                    too_long[f"{p.relative_to(ROOT)}:{node.name}"] = n
    assert too_long == {}
