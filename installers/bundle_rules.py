"""What the bundle leaves out: used by executrek.spec (at build time) and by
check_bundle.py (to prove the built bundle is complete and lean).

We use QtCore, QtGui, QtWidgets and QtSvg (the SVG icon) from PySide6-Essentials. The
rest of Qt is excluded as Python modules, and the shared libraries, plugins and
translations only they need are filtered out of the collected binaries.
"""

from __future__ import annotations

import re
import sys

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
# files; the .deb declares them (LINUX_SYSTEM_LIBS) and they are never bundled. The
# second group are libraries only the dropped GTK theme plugin needed.
LINUX_SYSTEM_LIBS: dict[str, str] = {
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    # QtNetwork (kept for QNetworkInformation) and its GLib network-status plugin.
    "libgobject-2.0.so.0": "libglib2.0-0",
    "libgio-2.0.so.0": "libglib2.0-0",
    "libbrotlidec.so.1": "libbrotli1",
    "libbrotlicommon.so.1": "libbrotli1",
}
#: Wayland is optional (Qt falls back to X11/XWayland): a Recommends, not a Depends.
LINUX_RECOMMENDED_LIBS: dict[str, str] = {
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
}
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
