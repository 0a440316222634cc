"""Opening photos from any gallery: the viewer on one photo, or a before/after pair
side by side; the full images are read off the GUI thread (markup drawn in) and shown
as they arrive."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget
from shiboken6 import Shiboken

from executrek.app.photos.catalogue import PhotoSummary
from executrek.app.photos.library import PhotoLibrary
from executrek.app.photos.markup import Markup
from executrek.ui.photos.photo_viewer import PhotoViewerDialog

if TYPE_CHECKING:
    from executrek.ui.main_window import MainWindow


def photo_title(photo: PhotoSummary) -> str:
    return photo.caption or photo.filename


def open_images(
    window: MainWindow,
    library: PhotoLibrary,
    photos: Sequence[PhotoSummary],
    titles: Sequence[str],
    parent: QWidget,
) -> PhotoViewerDialog:
    """Show ``photos`` (one, or a pair) in a viewer that closes itself."""
    viewer = PhotoViewerDialog(titles, parent)
    viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    for position, photo in enumerate(photos):
        markup = None if photo.markup.is_empty else photo.markup

        def done(image: QImage, position: int = position) -> None:
            if Shiboken.isValid(viewer):  # the user may have closed it meanwhile
                viewer.set_image(position, image)

        def load(_h: object, p: PhotoSummary = photo, m: Markup | None = markup) -> QImage:
            return QImage(str(library.report_copy(p.sha256, m)))

        window.runner.submit(load, on_done=done, on_error=window.show_error, pool="cpu")
    viewer.show()
    return viewer


def compare(
    window: MainWindow,
    library: PhotoLibrary,
    before: PhotoSummary,
    after: PhotoSummary,
    parent: QWidget,
) -> PhotoViewerDialog:
    """``before`` and ``after`` side by side, the earlier one on the left."""
    if after.taken < before.taken:
        before, after = after, before

    def title(word: str, p: PhotoSummary) -> str:
        return f"{word}: {photo_title(p)} — {p.taken.astimezone():%Y-%m-%d %H:%M}"

    words = (
        QCoreApplication.translate("Photos", "Before"),
        QCoreApplication.translate("Photos", "After"),
    )
    return open_images(
        window,
        library,
        [before, after],
        [title(words[0], before), title(words[1], after)],
        parent,
    )
