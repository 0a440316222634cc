"""Render resources/icons/executrek.svg into the icon files the installers need.

    python installers/make_icons.py OUT_DIR

writes ``executrek.png`` (256 px, Linux desktop entry and window icon),
``executrek.ico`` (16–256 px, Windows executable and installer) and
``executrek.icns`` (16–1024 px, macOS app bundle). Qt's SVG renderer draws the vector
once at 1024 px; Pillow downsamples and writes the container formats. Nothing binary is
committed: the SVG is the only source.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "icons" / "executrek.svg"
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]


def render_png(svg: Path, edge: int) -> bytes:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: cannot read {svg}")
    image = QImage(edge, edge, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    del app
    return bytes(data.data())


def make_icons(out_dir: Path, svg: Path = SVG) -> list[Path]:
    from PIL import Image

    out_dir.mkdir(parents=True, exist_ok=True)
    master = Image.open(io.BytesIO(render_png(svg, 1024))).convert("RGBA")
    png = out_dir / "executrek.png"
    master.resize((256, 256), Image.Resampling.LANCZOS).save(png, optimize=True)
    ico = out_dir / "executrek.ico"
    master.save(ico, sizes=ICO_SIZES)
    icns = out_dir / "executrek.icns"
    master.save(icns)  # Pillow writes every ICNS size up to the master's 1024 px
    return [png, ico, icns]


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: make_icons.py OUT_DIR", file=sys.stderr)
        return 2
    for path in make_icons(Path(argv[0])):
        print(f"{path} ({path.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
