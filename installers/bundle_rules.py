"""What the bundle leaves out: used by executrek.spec (at build time) and by
check_bundle.py (to prove the built bundle is complete and lean).

We use QtCore, QtGui, QtWidgets and QtSvg (the SVG icon) from PySide6-Essentials. The
rest of Qt is excluded as Python modules, and the shared libraries, plugins and
translations only they need are filtered out of the collected binaries.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

# QtNetwork: only QNetworkInformation (the sync status re-checks when the network changes).
QT_USED = ("QtCore", "QtGui", "QtWidgets", "QtSvg", "QtNetwork")

QT_EXCLUDES = [
    f"PySide6.{name}"
    for name in (
        "QtQml",
        "QtQuick",
        "QtQuickControls2",
        "QtQuickWidgets",
        "QtQuickTest",
        "QtQuick3D",
        "QtOpenGL",
        "QtOpenGLWidgets",
        "QtPdf",
        "QtPdfWidgets",
        "QtSql",
        "QtTest",
        "QtDBus",
        "QtDesigner",
        "QtHelp",
        "QtUiTools",
        "QtXml",
        "QtConcurrent",
        "QtPrintSupport",
        "QtSvgWidgets",
        "QtMultimedia",
        "QtMultimediaWidgets",
        "QtWebEngineCore",
        "QtWebEngineWidgets",
        "QtCharts",
        "QtDataVisualization",
        "QtGraphs",
        "QtStateMachine",
        "QtRemoteObjects",
        "QtScxml",
        "QtTextToSpeech",
        "QtPositioning",
        "QtLocation",
        "QtBluetooth",
        "QtSerialPort",
        "QtWebSockets",
        "QtHttpServer",
        "QtNetworkAuth",
        "QtAxContainer",
    )
]

PYTHON_EXCLUDES = [
    "tkinter",
    "_tkinter",
    "unittest",
    "pydoc_data",
    "lib2to3",
    "pytest",
    "_pytest",
    "hypothesis",
    "pypdf",
    "mypy",
    "ruff",
    "IPython",
    "numpy",
    "matplotlib",
    "PyInstaller",
    "setuptools",
    "pip",
]

# Qt libraries, plugins and data that only excluded modules need. Patterns match the
# bundle-relative destination path (forward slashes) on every platform.
_DROP = [
    r"Qt6?(Quick|Qml|Pdf|Sql|Test|Designer|Help|UiTools|NetworkAuth|OpenGLWidgets|Lottie|"
    r"Labs|ShaderTools|VirtualKeyboard|WaylandCompositor|3D|Charts|DataVisualization|"
    r"Multimedia|WebEngine|WebChannel|Graphs|Location|Positioning)",
    r"/plugins/(qmltooling|designer|sqldrivers|tls|"
    r"wayland-graphics-integration-server|qmllint|scenegraph|multimedia|position|"
    r"renderers|geometryloaders|sceneparsers|texttospeech|virtualkeyboard|"
    r"printsupport|generic|egldeviceintegrations)/",
    # Platform plugins other than the desktop ones and offscreen; the GTK theme plugin
    # (it drags in a private copy of GTK's stack; Qt's own style is used instead).
    r"/platforms/lib?q(eglfs|linuxfb|vnc|vkkhrdisplay|minimalegl)[^/]*$",
    r"/platformthemes/lib?qgtk3",
    r"Qt6?(EglFSDeviceIntegration|EglFsKmsSupport)",
    r"/(qml|metatypes|typesystems|glue|include|scripts|support)/",
    # Qt's own catalogues other than qtbase (ours are executrek/resources/translations).
    r"PySide6[/\\](Qt[/\\])?translations[/\\](?!qtbase_)[^/\\]+\.qm$",
    r"PySide6/(lupdate|lrelease|uic|rcc|designer|assistant|linguist|qmlls|qmlformat)",
]
_DROP_RE = re.compile("|".join(f"(?:{p})" for p in _DROP), re.IGNORECASE)


# Linux: libraries of the desktop session (X11/xcb, Wayland, OpenGL, fontconfig, D-Bus,
# GLib) must be the system's own, matching its display server, drivers and config
# files; the .deb declares them (LINUX_SYSTEM_LIBS) and they are never bundled. The table
# lives in app/system_libs.py, because the app's start-up check names the same packages
# when Qt's X11 plugin cannot load. It is loaded by file path: the build does not depend
# on how (or whether) the package is installed.
def _load_system_libs() -> ModuleType:
    path = Path(__file__).resolve().parents[1] / "app" / "system_libs.py"
    spec = importlib.util.spec_from_file_location("_executrek_system_libs", path)
    assert spec is not None and spec.loader is not None, path
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_system_libs = _load_system_libs()
LINUX_SYSTEM_LIBS: dict[str, str] = _system_libs.LINUX_SYSTEM_LIBS
LINUX_RECOMMENDED_LIBS: dict[str, str] = _system_libs.LINUX_RECOMMENDED_LIBS

#: Provided by glibc itself (libc6 >= 2.34 is declared separately).
GLIBC_LIBS = frozenset(
    {
        "libc.so.6",
        "libm.so.6",
        "libdl.so.2",
        "libpthread.so.0",
        "librt.so.1",
        "libutil.so.1",
        "libresolv.so.2",
        "libmvec.so.1",
        "ld-linux-x86-64.so.2",
        "ld-linux-aarch64.so.1",
    }
)
_GTK_ONLY = re.compile(
    r"^lib(X(au|dmcp|ext|render|i|fixes|randr|cursor|inerama|composite|damage)|"
    r"gio-2\.0|gobject-2\.0|gmodule-2\.0|atk-1\.0|atk-bridge-2\.0|atspi|cairo|"
    r"cairo-gobject|gdk_pixbuf-2\.0|pango-1\.0|pangocairo-1\.0|pangoft2-1\.0|harfbuzz|"
    r"pixman-1|png16|fribidi|thai|datrie|graphite2|epoxy|bsd|md|expat|pcre2-8|blkid|"
    r"mount|selinux|brotlicommon|brotlidec|wayland-(client|cursor|egl))\.so(\.[0-9]+)*$"
)


def keep_binary(dest: str, platform: str = sys.platform) -> bool:
    """False for a bundled file that only an excluded part of Qt needs, or (Linux) a
    library that must come from the system."""
    path = "/" + dest.replace("\\", "/")
    if _DROP_RE.search(path) is not None:
        return False
    if platform.startswith("linux"):
        name = path.rsplit("/", 1)[-1]
        if name in LINUX_SYSTEM_LIBS or _GTK_ONLY.match(name):
            return False
    return True
