"""Linux desktop libraries that come from the system (never from a wheel or the bundle),
with the Debian/Ubuntu package that provides each.

One table, two users: the start-up check (``executrek.app.qt_platform_check``) names the
packages to install when Qt's X11 (xcb) plugin cannot load, and the installers
(``installers/bundle_rules.py``) keep these libraries out of the bundle and declare them
in the ``.deb``'s Depends. This module imports nothing, so the build can load it by its
file path without the package being installed.
"""

from __future__ import annotations

#: X11/xcb, xkbcommon, OpenGL/EGL, fontconfig, FreeType, D-Bus and GLib must match the
#: user's display server, drivers and configuration files: a Depends of the .deb.
LINUX_SYSTEM_LIBS: dict[str, str] = {
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-glx.so.0": "libxcb-glx0",  # the GLX integration plugin (xcbglintegrations)
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
