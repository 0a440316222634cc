"""``executrek self-test [--result-file FILE] [--data-dir DIR]``: prove an installed copy
works, headless.

In a temporary data folder (or in ``--data-dir DIR``, which must hold no Executrek data
yet, and is kept) it migrates a new store, creates records through the
services, imports a generated photo into the blob store, builds a PDF report, then
starts the main window and closes it. Exit 0 when every step passed, 1 with the
reason otherwise. The outcome is also written as JSON to ``--result-file``, because a
windowed Windows build has no console to print to. Without a display (a CI runner, a
server) Qt's ``offscreen`` platform is used.

Everything here runs what a user's start-up runs, so a bundle that lacks migrations,
fonts, Qt plugins or a native library fails one named step.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from executrek.app.commands import add_flag

if TYPE_CHECKING:
    from executrek.app.context import AppContext
    from executrek.app.logging_setup import RecentLines

NAME = "self-test"
HELP = (
    "check that this installation works (headless; a temporary data folder, or an empty --data-dir)"
)

#: How long the main window may take to finish its start-up work before the test fails.
WINDOW_SETTLE_SECONDS = 60.0


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--result-file",
        type=Path,
        metavar="FILE",
        help="also write the outcome as JSON to FILE (windowed builds have no console)",
    )
    add_flag(p, "--keep", "keep the temporary data folder and print where it is")


@dataclass
class StepResult:
    name: str
    ok: bool
    seconds: float
    detail: str = ""


@dataclass
class Outcome:
    ok: bool
    version: str
    frozen: bool
    platform: str
    python: str
    qt_platform: str
    data_dir: str
    seconds: float = 0.0
    reason: str = ""
    steps: list[StepResult] = field(default_factory=list)

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2, ensure_ascii=False)


class StepFailed(Exception):
    """A check did not hold; the message is the reason shown to the user."""


def choose_qt_platform(environ: dict[str, str] | os._Environ[str], system: str) -> str:
    """Keep an explicit ``QT_QPA_PLATFORM``; on Linux without X11 or Wayland use
    ``offscreen`` (Windows and macOS sessions always have a display)."""
    explicit = environ.get("QT_QPA_PLATFORM")
    if explicit:
        return explicit
    if system == "Linux" and not (environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY")):
        return "offscreen"
    return ""


class _Run:
    """The state the steps share: the temporary data folder and the open context."""

    def __init__(self, data_dir: Path, recent: RecentLines) -> None:
        from executrek.app import paths

        self.app_paths = paths.resolve(data_dir).ensure()
        self.recent = recent
        self._ctx: AppContext | None = None
        self.project_id = ""
        self.photo_sha = ""
        self.photo_file = data_dir / "incoming-photo.jpg"

    @property
    def ctx(self) -> AppContext:
        if self._ctx is None:
            raise StepFailed("the store is not open")
        return self._ctx

    def migrate(self) -> str:
        from executrek.app.context import open_context
        from executrek.models.migrate import SCHEMA_HEAD, current_revision

        self._ctx = open_context(self.app_paths, self.recent)
        revision = current_revision(self.app_paths.database)
        if revision != SCHEMA_HEAD:
            raise StepFailed(f"schema is at {revision!r} after migrating, expected {SCHEMA_HEAD}")
        return f"schema {revision}"

    def records(self) -> str:
        from executrek.models.records.issue import service as issues
        from executrek.models.records.punch import service as punch
        from executrek.models.services import projects

        store = self.ctx.store
        projects.ensure_user(store, "self-test", "Self Test", None)
        project = projects.create_project(
            store,
            projects.NewProject(
                code="SELFTEST",
                name="Self-test project",
                owner_name="Self-test owner",
                contract_value="1250000.00",
                baseline_start=dt.date(2026, 1, 5),
                baseline_finish=dt.date(2026, 12, 18),
            ),
        ).value
        self.project_id = project.id
        item = punch.create_punch_item(
            store,
            project.id,
            punch.NewPunchItem(title="Sealant missing at window head", priority="high"),
        ).value
        punch.change_status(store, item.id, "ready_for_review", "fixed on site")
        issue = issues.create_issue(
            store, project.id, issues.NewIssue(issue_type="rfi", title="Door hardware schedule")
        ).value
        numbers = [punch.punch_number(item), issues.issue_number(issue)]
        if len(projects.list_projects(store)) != 1:
            raise StepFailed("the new project is not listed")
        return ", ".join(numbers)

    def photo(self) -> str:
        from PIL import Image, ImageDraw

        from executrek.app.photos.blobstore import BlobStore
        from executrek.app.photos.importer import import_paths
        from executrek.models.services import records

        image = Image.new("RGB", (640, 480), "#6f8fb0")
        draw = ImageDraw.Draw(image)
        draw.rectangle((80, 120, 560, 400), fill="#c8102e")
        draw.line((0, 0, 640, 480), fill="#ffffff", width=9)
        image.save(self.photo_file, "JPEG", quality=90)
        report = import_paths([self.photo_file], BlobStore(self.app_paths.blobs))
        if len(report.imported) != 1:
            reasons = "; ".join(f.reason or f.outcome for f in report.files) or "no file found"
            raise StepFailed(f"the generated photo was not imported ({reasons})")
        imported = report.imported[0]
        assert imported.sha256 is not None and imported.size is not None
        meta = imported.metadata
        records.add_photo(
            self.ctx.store,
            self.project_id,
            records.NewPhoto(
                sha256=imported.sha256,
                filename=imported.original_filename,
                mime=imported.mime or "image/jpeg",
                size_bytes=imported.size,
                width=meta.width if meta else None,
                height=meta.height if meta else None,
                caption="Self-test photo",
            ),
            attach_to=("project", self.project_id),
        )
        self.photo_sha = imported.sha256
        return (
            f"{imported.sha256[:12]}… {meta.width if meta else '?'}x{meta.height if meta else '?'}"
        )

    def heic_decoder(self) -> str:
        import pillow_heif

        return f"pillow-heif {pillow_heif.__version__}, libheif {pillow_heif.libheif_version()}"

    def drawing_engine(self) -> str:
        """PDFium (a native library PyInstaller must bundle) opens and renders a plan."""
        from PIL import ImageStat

        from executrek.app.drawings import engine, sample

        plan = self.app_paths.exports / "self-test-plan.pdf"
        plan.parent.mkdir(parents=True, exist_ok=True)
        sample.floor_plan_pdf(plan, size="A1", title="Self-test plan", sheet_prefix="ST-")
        info = engine.inspect_file(plan)
        page = info.pages[0]
        with engine.DrawingDocument.open(plan) as doc:
            image = doc.render_region(0, 0.25, 0, 0, page.width_pt, page.height_pt)
        darkest = min(ImageStat.Stat(image.convert("L")).extrema[0])
        if darkest > 128:
            raise StepFailed("the rendered plan is blank")
        return f"{page.width_pt:.0f}x{page.height_pt:.0f} pt, rendered {image.width}x{image.height}"

    def report(self) -> str:
        from executrek.app import pdf as r
        from executrek.app.i18n import translate
        from executrek.app.photos.blobstore import BlobStore

        original = BlobStore(self.app_paths.blobs).path_for(self.photo_sha)
        meta = r.ReportMeta(
            title="Installation self-test",
            report_number="ST-0001",
            project_code="SELFTEST",
            project_name="Self-test project",
            period_start=dt.date(2026, 11, 1),
            period_end=dt.date(2026, 11, 30),
            prepared_by="Executrek Field",
            issued=dt.date(2026, 11, 30),
            kind="Self-test report",
        )
        branding = r.Branding(
            owner_name="Self-test owner", pmo_name="Executrek PMO", owner_logo=None
        )

        def story(ctx: r.ReportContext) -> list[r.Flowable]:
            columns = [r.Column("Item"), r.Column("Status", r.ColumnKind.STATUS)]
            return [
                r.section_heading(ctx, "Checks"),
                r.data_table(ctx, columns, [["PI-0001", r.Status("Open", r.Tone.RED)]]),
                r.bar_chart(ctx, [r.Datum("Open", 1, r.Tone.RED)]),
                r.photo_grid(ctx, [r.Photo(original, "Generated photo")]),
            ]

        target = self.app_paths.exports / "self-test.pdf"
        target.parent.mkdir(parents=True, exist_ok=True)
        built = r.build_pdf(target, meta, branding, story, translate=translate, invariant=True)
        if built.pages < 2 or not target.read_bytes().startswith(b"%PDF"):
            raise StepFailed(f"the report has {built.pages} page(s)")
        return f"{built.pages} pages, {built.size:,} bytes"

    def window(self) -> str:
        # The composition root starts the GUI (as app.cli does); declared in pyproject's
        # import-linter contract.
        from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEventLoop

        from executrek.ui.launch import build_window, ensure_identity, make_app

        app = make_app()
        failures: list[str] = []
        previous_hook = sys.excepthook

        def record(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
            failures.append("".join(traceback.format_exception(kind, exc, tb)).strip())

        sys.excepthook = record
        try:
            ensure_identity(self.ctx)
            window = build_window(self.ctx)
            window.show()
            timer = QElapsedTimer()
            timer.start()
            while window.runner.busy() and timer.elapsed() < WINDOW_SETTLE_SECONDS * 1000:
                app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            busy = window.runner.busy()
            shown = window.isVisible()
            title = window.windowTitle()
            pages = window.pages.count()
            if not window.close():
                failures.append("the main window refused to close")
            window.deleteLater()
            QCoreApplication.sendPostedEvents(None, 0)
            app.processEvents()
        finally:
            sys.excepthook = previous_hook
        if failures:
            raise StepFailed(failures[0])
        if busy:
            raise StepFailed(f"start-up work still running after {WINDOW_SETTLE_SECONDS:.0f} s")
        if not shown:
            raise StepFailed("the main window did not show")
        return f"{title!r} with {pages} screens on Qt platform {app.platformName()!r}"

    def close(self) -> None:
        if self._ctx is not None:
            self._ctx.close()
            self._ctx = None


def _step(outcome: Outcome, name: str, fn: Callable[[], str]) -> bool:
    started = time.perf_counter()
    try:
        detail = fn()
    except StepFailed as exc:
        ok, detail = False, str(exc)
    except Exception as exc:  # any failure of an installed copy is the test's result
        ok = False
        detail = f"{type(exc).__name__}: {getattr(exc, 'message', None) or exc}"
        outcome.reason = outcome.reason or traceback.format_exc(limit=8)
    else:
        ok = True
    outcome.steps.append(StepResult(name, ok, round(time.perf_counter() - started, 3), detail))
    if not ok:
        outcome.reason = f"{name}: {detail}" + (f"\n{outcome.reason}" if outcome.reason else "")
    return ok


def execute(data_dir: Path, recent: RecentLines) -> Outcome:
    """Run every step in ``data_dir`` (which should be empty); stops at the first failure."""
    from executrek.app.version import version

    started = time.perf_counter()
    outcome = Outcome(
        ok=False,
        version=version(),
        frozen=bool(getattr(sys, "frozen", False)),
        platform=platform.platform(),
        python=platform.python_version(),
        qt_platform=os.environ.get("QT_QPA_PLATFORM", ""),
        data_dir=str(data_dir),
    )
    run = _Run(data_dir, recent)
    steps: list[tuple[str, Callable[[], str]]] = [
        ("migrate", run.migrate),
        ("records", run.records),
        ("photo", run.photo),
        ("heic decoder", run.heic_decoder),
        ("drawing engine", run.drawing_engine),
        ("report", run.report),
        ("main window", run.window),
    ]
    try:
        outcome.ok = all(_step(outcome, name, fn) for name, fn in steps)
    finally:
        run.close()
    outcome.seconds = round(time.perf_counter() - started, 3)
    return outcome


def _write_result(path: Path, outcome: Outcome) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(outcome.to_json() + "\n", encoding="utf-8")
    os.replace(tmp, path)


def _given_folder(args: argparse.Namespace) -> Path | None:
    """``--data-dir`` as the test's folder: only one with no Executrek data in it (the
    test writes a store, settings and photos there, and a real one must stay untouched)."""
    from executrek.app.commands import CommandError
    from executrek.app.i18n import translate

    if not args.data_dir:
        return None
    folder: Path = args.app_paths.data
    made_by_start = {"logs", "cache", "blobs", "backups"}  # what start-up makes
    held = [
        entry.name
        for entry in folder.iterdir()
        if entry.name not in made_by_start or (entry.name != "logs" and any(entry.iterdir()))
    ]
    if held:
        raise CommandError(
            translate(
                "Cli",
                "self-test runs only in a folder without Executrek data, and {folder} holds "
                "some ({names}); give a new folder with --data-dir, or leave it out for a "
                "temporary one.",
            ).format(folder=folder, names=", ".join(sorted(held)[:3]))
        )
    return folder


def run(args: argparse.Namespace) -> int:
    given = _given_folder(args)
    qt_platform = choose_qt_platform(os.environ, platform.system())
    if qt_platform:
        os.environ["QT_QPA_PLATFORM"] = qt_platform
    folder = given or Path(tempfile.mkdtemp(prefix="executrek-self-test-"))
    keep = args.keep or given is not None
    try:
        outcome = execute(folder, args.recent)
    finally:
        if not keep:
            import shutil

            shutil.rmtree(folder, ignore_errors=True)
    if args.result_file is not None:
        _write_result(args.result_file, outcome)
    for step in outcome.steps:
        mark = "ok  " if step.ok else "FAIL"
        print(f"{mark} {step.name:<13} {step.seconds:6.2f} s  {step.detail}")
    if keep:
        from executrek.app.i18n import translate

        print(translate("Cli", "data folder kept: {folder}").format(folder=folder))
    if not outcome.ok:
        first_line = outcome.reason.splitlines()[0] if outcome.reason else "unknown failure"
        print(f"executrek: self-test failed: {first_line}", file=sys.stderr)
        return 1
    print(f"Executrek Field {outcome.version}: self-test passed in {outcome.seconds:.1f} s")
    return 0
