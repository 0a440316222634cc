"""The gallery's list model: photo summaries in, thumbnails loaded lazily.

The model holds only ``PhotoSummary`` values. ``data(DecorationRole)`` returns the
thumbnail when it is in the (bounded) cache, otherwise a placeholder, and asks the
``ThumbnailLoader`` for it; when the image arrives the row is repainted. A view with
uniform item sizes asks only for the rows it paints, so scrolling through 5,000
photos loads only what passes the screen.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from executrek.app.photos.catalogue import PhotoSummary
from executrek.ui.photos.thumbnail_loader import ThumbnailLoader
from executrek.ui.widgets.column_model import ColumnTableModel
from executrek.ui.widgets.columns import Column, IdRole, RowRole

Index = QModelIndex | QPersistentModelIndex
PhotoIdRole = IdRole
SummaryRole = RowRole
ThumbnailState = Qt.ItemDataRole.UserRole + 8  # "loaded" / "waiting" / "failed"
_DECORATION = Qt.ItemDataRole.DecorationRole.value
_ALIGN = Qt.ItemDataRole.TextAlignmentRole.value
_STATE = int(ThumbnailState)

#: Made off the GUI thread: the thumbnail of one photo, already scaled for the grid.
ThumbnailSource = Callable[[PhotoSummary], QImage]


def _placeholder(size: QSize, colour: str) -> QImage:
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    painter = QPainter(image)
    painter.setPen(QColor("#9AA3AE"))
    painter.drawRect(0, 0, size.width() - 1, size.height() - 1)
    painter.end()
    return image


def label(row: PhotoSummary) -> str:
    """Under a thumbnail: its caption (else file name) and the day it was taken, with the
    numbers of the records it is attached to (``PI-012, NCR-003``)."""
    day = f"{row.taken.astimezone():%Y-%m-%d}"
    on = f" · {row.records}" if row.records else ""
    return f"{row.caption or row.filename}\n{day}{on}"


class PhotoGridModel(ColumnTableModel[PhotoSummary]):
    """One column (``ColumnTableModel``) for a ``QListView`` in icon mode: caption or file
    name, a tooltip, the thumbnail as decoration."""

    def __init__(
        self,
        loader: ThumbnailLoader,
        source: ThumbnailSource,
        *,
        icon_size: QSize = QSize(160, 120),
        cache_size: int = 600,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(
            [Column("photo", "", label, tooltip=self._tooltip)],
            parent,
        )
        self._loader = loader
        self._source = source
        self._row_of: dict[str, int] = {}
        self._images: OrderedDict[tuple[str, str], QImage] = OrderedDict()
        self._failed: dict[tuple[str, str], str] = {}
        self._cache_size = cache_size
        self.icon_size = icon_size
        self._waiting = _placeholder(icon_size, "#E6E9ED")
        self._broken = _placeholder(icon_size, "#F6D5D5")
        loader.loaded.connect(self._loaded)
        loader.failed.connect(self._failed_to_load)

    # -- contents ----------------------------------------------------------------------

    def set_photos(self, rows: Sequence[PhotoSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._row_of = {row.id: i for i, row in enumerate(self._rows)}
        self._loader.clear()
        self.endResetModel()

    def photo(self, row: int) -> PhotoSummary:
        return self._rows[row]

    def row_of(self, photo_id: str) -> int | None:
        return self._row_of.get(photo_id)

    def photos(self) -> list[PhotoSummary]:
        return list(self._rows)

    @staticmethod
    def _key(row: PhotoSummary) -> tuple[str, str]:
        """Thumbnails differ by markup: a new markup is a new picture."""
        return row.id, row.markup.content_hash() if not row.markup.is_empty else ""

    @property
    def cached_images(self) -> int:
        return len(self._images)

    # -- Qt model ----------------------------------------------------------------------

    def index(self, row: int, column: int = 0, parent: Index = QModelIndex()) -> QModelIndex:
        """As a list model's: ``index(row)`` is the photo at ``row``."""
        return super().index(row, column, parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in (_DECORATION, _STATE, _ALIGN):
            return super().data(index, role)
        if role == _ALIGN or not 0 <= index.row() < len(self._rows) or index.column() != 0:
            return None  # an icon view centres the caption under the thumbnail
        row = self._rows[index.row()]
        if role == _DECORATION:
            return self._thumbnail(row)
        key = self._key(row)
        if key in self._images:
            return "loaded"
        return "failed" if key in self._failed else "waiting"

    def _tooltip(self, row: PhotoSummary) -> str:
        when = row.taken.astimezone().strftime("%Y-%m-%d %H:%M")
        lines = [
            row.filename,
            when if row.has_capture_time else self.tr("imported {when}").format(when=when),
        ]
        if row.caption:
            lines.append(row.caption)
        if row.records:
            lines.append(self.tr("On {records}").format(records=row.records))
        elif not row.link_count:
            lines.append(self.tr("Not linked to a record yet"))
        reason = self._failed.get(self._key(row))
        if reason:
            lines.append(reason)
        return "\n".join(lines)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # -- thumbnails --------------------------------------------------------------------

    def _thumbnail(self, row: PhotoSummary) -> QImage:
        key = self._key(row)
        image = self._images.get(key)
        if image is not None:
            self._images.move_to_end(key)
            return image
        if key in self._failed:
            return self._broken
        if not self._loader.is_waiting(key):
            source, size = self._source, self.icon_size
            self._loader.request(key, lambda: _scaled(source(row), size))
        return self._waiting

    def _loaded(self, key: object, image: QImage) -> None:
        if not isinstance(key, tuple):
            return
        photo_id = str(key[0])
        row = self._row_of.get(photo_id)
        if row is None or self._key(self._rows[row]) != key:
            return  # the photo left the list, or its markup changed meanwhile
        if image.isNull():
            self._failed[key] = self.tr("The preview could not be read.")
        else:
            self._images[key] = image
            while len(self._images) > self._cache_size:
                self._images.popitem(last=False)
        index = self.index(row)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    def _failed_to_load(self, key: object, reason: str) -> None:
        if not isinstance(key, tuple):
            return
        row = self._row_of.get(str(key[0]))
        if row is None:
            return
        self._failed[key] = reason
        index = self.index(row)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])


def _scaled(image: QImage, size: QSize) -> QImage:
    """Runs on the worker: scale to the grid's icon size (small images stay as they are)."""
    if image.isNull() or (image.width() <= size.width() and image.height() <= size.height()):
        return image
    return image.scaled(
        size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
