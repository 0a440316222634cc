"""The PMO's images (``branding.pmo_logo``): a PNG or JPEG of at most 512 KB kept in
the central database as base64 text (``app/pmo_settings.py``) and written to the
laptop's data folder (``pmo/``), where the reports read it, whenever the settings are
put in place (start-up, and each sync that brings new ones).
"""

from __future__ import annotations

import base64
import hashlib
import io
import logging
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from executrek.app import atomic
from executrek.app.i18n import translate

MAX_BYTES = 512 * 1024
FORMATS = {"PNG": "png", "JPEG": "jpg"}
FOLDER = "pmo"  # in the data folder
log = logging.getLogger("executrek.settings")


class ImageRefused(ValueError):
    """An image that cannot be a PMO image (one translated line)."""


def _extension(data: bytes) -> str:
    """The file extension of ``data`` (PNG or JPEG read by Pillow), or ImageRefused."""
    if len(data) > MAX_BYTES:
        raise ImageRefused(
            translate("Cli", "The image is {size} KB; a PMO logo may be up to 512 KB.").format(
                size=(len(data) + 1023) // 1024
            )
        )
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.load()
            kind, (width, height) = image.format, image.size
    except (OSError, UnidentifiedImageError, Image.DecompressionBombError, ValueError):
        kind, width, height = None, 0, 0
    if kind not in FORMATS or width < 1 or height < 1:
        raise ImageRefused(translate("Cli", "A PMO logo must be a PNG or JPEG picture."))
    return FORMATS[str(kind)]


def encode_file(path: Path) -> str:
    """The picture in ``path`` as the setting's value (base64), or ImageRefused."""
    try:
        with path.expanduser().open("rb") as f:
            data = f.read(MAX_BYTES + 1)
    except OSError:
        raise ImageRefused(
            translate("Cli", "The file “{path}” cannot be read.").format(path=path)
        ) from None
    _extension(data)
    return base64.b64encode(data).decode("ascii")


def materialise(value: object, data_folder: Path) -> Path | None:
    """The file in ``data_folder``/pmo holding the image ``value`` (written when it is not
    there yet; earlier ones stay, the issued reports that printed them regenerate from
    them); None when ``value`` is no image (the laptop's own logo stays) or the folder
    cannot be written."""
    if not isinstance(value, str):
        return None
    try:
        data = base64.b64decode(value.encode("ascii"), validate=True)
    except ValueError:  # not base64 (binascii.Error)
        data = b""
    folder = data_folder / FOLDER
    stem = f"pmo-logo-{hashlib.sha256(data).hexdigest()[:16]}"
    for extension in FORMATS.values():  # written before (each start-up, each sync): as is
        if (folder / f"{stem}.{extension}").is_file():
            return folder / f"{stem}.{extension}"
    try:
        path = folder / f"{stem}.{_extension(data)}"
    except ValueError:
        log.warning("the PMO's logo from the central database is no picture; not used")
        return None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        atomic.write_bytes(path, data)
    except OSError as exc:
        log.warning("the PMO's logo cannot be written to %s (%s)", folder, exc)
        return None
    return path
