"""Write PNG screenshots of every main screen (``scripts/screenshots``).

Runs the real window on an existing data folder (normally a fresh ``executrek demo``),
offscreen or under Xvfb; waits until each screen's background loads are done, picks
the first row where a screen has a detail pane, and grabs the window. ``--size`` is the
screen in device pixels and ``--scale`` its display scaling: the window is the screen's
size in logical pixels (1920x1080 at 1.5 is a 1280x720 window) and each PNG has the
screen's device pixels."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QSize
from PySide6.QtWidgets import QAbstractItemView, QWidget

from executrek.app.context import open_context, prepare
from executrek.ui import theme
from executrek.ui.event_wait import pump, wait_until
from executrek.ui.launch import build_window, ensure_identity, install_translations, make_app
from executrek.ui.main_window import MainWindow


def settle(window: MainWindow, timeout: float = 60.0) -> None:
    """Run events until no background job is running, then a little more for repaints."""
    for _ in range(3):
        wait_until(lambda: not window.runner.busy(), timeout=timeout, poll_ms=10)
        pump(60)


def pick_first_row(page: QWidget) -> None:
    table = getattr(page, "table", None)
    if (
        isinstance(table, QAbstractItemView)
        and table.model() is not None
        and table.model().rowCount()
    ):
        index = table.model().index(0, 0)
        table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )


def shoot(window: MainWindow, path: Path) -> None:
    settle(window)
    window.grab().save(str(path))


def capture(
    window: MainWindow,
    out: Path,
    extra: Mapping[str, Callable[[MainWindow], None]],
    only: list[str] | None = None,
) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    settle(window)
    for key in only or list(window.page_widgets):
        page = window.show_page(key)
        settle(window)
        pick_first_row(page)
        path = out / f"{key}.png"
        shoot(window, path)
        written.append(path)
    for name, prepare_shot in extra.items():
        prepare_shot(window)
        path = out / f"{name}.png"
        shoot(window, path)
        written.append(path)
    return written


def _drawings_zoom(window: MainWindow) -> None:
    """The sheet viewer zoomed in around the first pin of the first sheet."""
    from executrek.ui.drawings.drawings_page import DrawingsPage

    page = window.show_page("drawings")
    settle(window)
    if isinstance(page, DrawingsPage) and page.viewer.pin_items:
        view = page.viewer.view
        view.zoom_by(3.0)
        view.centerOn(next(iter(page.viewer.pin_items.values())).pos())


def _runner(window: MainWindow) -> None:
    """The checklist runner on the project's latest inspection."""
    from executrek.ui.inspections.inspections_page import InspectionsPage

    page = window.show_page("inspections")
    settle(window)
    if isinstance(page, InspectionsPage) and page.model.rowCount():
        page.table.selectRow(0)
        page.open_selected()


def _help(window: MainWindow) -> None:
    inspections = window.page_widgets["inspections"]
    close = getattr(getattr(inspections, "runner", None), "close_runner", None)
    if callable(close):
        close()  # back to the list
    window.show_page("punch")
    settle(window)
    window.toggle_help()


def screen_size(text: str) -> QSize:
    """ "1366x768" as a size."""
    width, _, height = text.lower().partition("x")
    try:
        size = QSize(int(width), int(height))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not WIDTHxHEIGHT: {text}") from None
    if size.width() < 320 or size.height() < 240:
        raise argparse.ArgumentTypeError(f"too small: {text}")
    return size


def window_size(screen: QSize, scale: float) -> QSize:
    """The window filling ``screen`` (device pixels) at ``scale``, in logical pixels."""
    return QSize(round(screen.width() / scale), round(screen.height() / scale))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--out", default="docs/screenshots")
    parser.add_argument("--project", default="HOSP-EW", help="project code to show")
    parser.add_argument("--language", default="en", help="UI language, e.g. de")
    parser.add_argument("--only", help="comma-separated screen keys (default: all)")
    parser.add_argument("--size", type=screen_size, default=QSize(1366, 768), help="WxH")
    parser.add_argument("--scale", type=float, default=1.0, help="display scaling, e.g. 1.5")
    parser.add_argument("--theme", choices=("light", "dark"), default="light")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.scale != 1.0:  # read when the application starts
        os.environ["QT_SCALE_FACTOR"] = f"{args.scale:g}"
    app = make_app([sys.argv[0]])
    theme.apply(app, args.theme)
    install_translations(app, args.language)
    app_paths, recent = prepare(args.data_dir)
    ctx = open_context(app_paths, recent)
    ctx.settings.demo_offered = True
    ensure_identity(ctx)
    window = build_window(ctx)
    window.resize(window_size(args.size, args.scale))
    window.show()
    settle(window)
    for i in range(window.project_box.count()):
        if window.project_box.itemText(i).startswith(args.project):
            window.project_box.setCurrentIndex(i)
    settle(window)
    only = args.only.split(",") if args.only else None
    if only:
        written = capture(window, Path(args.out), {}, only)
        window.close()
        ctx.close()
        print("\n".join(str(p) for p in written))
        return 0
    extra = {
        "drawings-zoom": _drawings_zoom,
        "inspection-runner": _runner,
        "shortcuts": _help,
    }
    written = capture(window, Path(args.out), extra)
    window.help_overlay.hide()
    if args.theme == "light":
        theme.apply(app, "dark")
        window.show_page("dashboard")
        dark = Path(args.out) / "dashboard-dark.png"
        shoot(window, dark)
        written.append(dark)
    window.close()
    ctx.close()
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
