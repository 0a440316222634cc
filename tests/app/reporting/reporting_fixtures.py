"""Test data for the report kinds: the demo portfolio plus site photos (one carrying GPS
and a sideways EXIF orientation), before/after pairs, markup and an international
contractor, made once per session and copied for each test."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, TiffImagePlugin
from pypdf import PdfReader

from executrek.app import demo
from executrek.app.paths import AppPaths, resolve
from executrek.app.photos.blobstore import BlobStore
from executrek.app.report_kinds.common import ReportEnv
from executrek.app.settings import Branding, Thresholds
from executrek.models import clock
from executrek.models.migrate import open_store
from executrek.models.records.change_order import queries as co_queries
from executrek.models.records.issue import queries as issue_queries
from executrek.models.records.punch import queries as punch_queries
from executrek.models.records.punch import service as punch
from executrek.models.services import projects, records
from executrek.models.store import Store

TODAY = dt.date(2026, 11, 25)  # the root conftest's PINNED_DAY: the ``clock`` fixture's day
CYRILLIC_CONTRACTOR = "СтройМонтаж Кузнецова ООО"
GREEK_TITLE = "Σφράγιση αρμού στο δώμα"
PHOTO_ITEMS = 6  # punch items of HOSP-EW that get a before and an after photo
# Photos of other records of HOSP-EW (taken in October: not among the status report's
# photos of the period): the first NCR and RFI and the first change order of the log.
RECORD_PHOTOS = {"non_conformance": 2, "rfi": 1, "change_order": 2}


def site_photo(size: tuple[int, int], hue: int, *, exif: Image.Exif | None = None) -> bytes:
    """A JPEG "site photo": sky over ground with a red marker in the top-left corner."""
    width, height = size
    image = Image.new("RGB", size, (100 + (hue * 37) % 140, 185, 225))
    draw = ImageDraw.Draw(image)
    draw.rectangle(
        (width * 0.5, height * 0.3, width * 0.5 + 40 + hue * 9, height * 0.5), fill="white"
    )
    draw.rectangle((0, height * 0.6, width, height), fill=(120, 110, 95))
    draw.rectangle((0, 0, width * 0.2, height * 0.2), fill=(220, 30, 30))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85, exif=exif if exif is not None else b"")
    return buffer.getvalue()


def gps_exif(orientation: int) -> Image.Exif:
    rational = TiffImagePlugin.IFDRational
    exif = Image.Exif()
    exif[0x0112] = orientation
    exif[0x010F] = "Canon"
    exif.get_ifd(0x8825).update(
        {
            1: "N",
            2: (rational(51, 1), rational(30, 1), rational(0, 1)),
            3: "W",
            4: (rational(0, 1), rational(7, 1), rational(0, 1)),
        }
    )
    return exif


def _add_photo(
    store: Store,
    blobs: BlobStore,
    project_id: str,
    data: bytes,
    name: str,
    target: tuple[str, str],
    role: str,
    taken: dt.datetime,
    caption: str | None = None,
) -> str:
    put = blobs.put_bytes(data)
    photo, _ = records.add_photo(
        store,
        project_id,
        records.NewPhoto(
            sha256=put.sha256,
            filename=name,
            mime="image/jpeg",
            size_bytes=len(data),
            captured_at=taken,
            caption=caption,
            gps_lat=51.5 if "gps" in name else None,
            gps_lon=-0.1167 if "gps" in name else None,
        ),
        attach_to=target,
        role=role,
    ).value
    return photo.id


def build_demo(root: Path) -> AppPaths:
    paths = resolve(root).ensure()
    store = open_store(paths.data)
    try:
        projects.ensure_user(store, "rep", "Zoë Ødegård")
        with clock.pinned(TODAY):
            demo.build(store)
        blobs = BlobStore(paths.blobs)
        hosp = projects.find_project(store, "HOSP-EW")
        org = projects.add_organisation(store, hosp.id, CYRILLIC_CONTRACTOR, "subcontractor").value
        punch.create_punch_item(
            store,
            hosp.id,
            punch.NewPunchItem(title=GREEK_TITLE, contractor_id=org.id),
        )
        entries = punch_queries.punch_entries(store, hosp.id)[:PHOTO_ITEMS]
        taken = dt.datetime(2026, 11, 10, 9, 30, tzinfo=dt.UTC)
        for i, entry in enumerate(entries):
            before = (
                site_photo((1200, 800), i, exif=gps_exif(6))
                if i == 0
                else site_photo((1200, 900), i)
            )
            photo_id = _add_photo(
                store,
                blobs,
                hosp.id,
                before,
                f"before-{i}{'-gps' if i == 0 else ''}.jpg",
                ("punch_item", entry.id),
                "before",
                taken + dt.timedelta(hours=i),
                caption=f"Defect at {entry.location}" if i == 1 else None,
            )
            if i == 2:
                records.set_markup(
                    store,
                    photo_id,
                    [
                        {
                            "type": "rectangle",
                            "corners": [[0.3, 0.3], [0.7, 0.7]],
                            "colour": "#FF0000",
                        }
                    ],
                )
            _add_photo(
                store,
                blobs,
                hosp.id,
                site_photo((1200, 900), i + 40),
                f"after-{i}.jpg",
                ("punch_item", entry.id),
                "after",
                taken + dt.timedelta(days=5, hours=i),
            )
        _record_photos(store, blobs, hosp.id)
    finally:
        store.close()
    return paths


def _record_photos(store: Store, blobs: BlobStore, project_id: str) -> None:
    """``RECORD_PHOTOS``: an NCR, an RFI and a change order with photos."""
    issues = issue_queries.issue_log(store, project_id)
    targets = [
        ("issue", next(i.id for i in issues if i.issue_type == kind), kind)
        for kind in ("non_conformance", "rfi")
    ]
    first_co = co_queries.change_order_log(store, project_id)[0]
    targets.append(("change_order", first_co.id, "change_order"))
    taken = dt.datetime(2026, 10, 20, 14, 0, tzinfo=dt.UTC)
    for n, (record_type, record_id, kind) in enumerate(targets):
        for k in range(RECORD_PHOTOS[kind]):
            _add_photo(
                store,
                blobs,
                project_id,
                site_photo((1200, 900), 60 + 7 * n + k),
                f"{kind}-{k}.jpg",
                (record_type, record_id),
                "evidence",
                taken + dt.timedelta(days=n, hours=k),
                caption=f"{kind.replace('_', ' ')} evidence {k + 1}",
            )


@dataclass
class Workspace:
    paths: AppPaths
    store: Store
    env: ReportEnv

    def project_id(self, code: str = "HOSP-EW") -> str:
        return projects.find_project(self.store, code).id


def open_copy(template: Path, target: Path) -> Workspace:
    shutil.copytree(template, target)
    paths = resolve(target)
    store = open_store(paths.data)
    store_user = projects.ensure_user(store, "rep", "Zoë Ødegård")
    del store_user
    env = ReportEnv(store, paths, Branding(pmo_name="Northgate PMO"), Thresholds())
    return Workspace(paths, store, env)


# --- reading PDFs back ----------------------------------------------------------------


def texts(path: Path) -> list[str]:
    reader = PdfReader(path)
    return [" ".join((page.extract_text() or "").split()) for page in reader.pages]


def page_x_of_y_everywhere(pages: list[str]) -> bool:
    total = len(pages)
    return all(f"Page {n} of {total}" in text for n, text in enumerate(pages, start=1))


def embedded_jpegs(path: Path) -> list[tuple[bytes, int, int]]:
    """(bytes, width, height) of every JPEG image XObject in the file."""
    reader = PdfReader(path)
    out: list[tuple[bytes, int, int]] = []
    seen: set[str] = set()
    for page in reader.pages:
        resources = page.get("/Resources") or {}
        xobjects = resources.get("/XObject") or {}
        for name in xobjects:
            obj = xobjects[name].get_object()
            filters = obj.get("/Filter")
            names = [str(f) for f in filters] if isinstance(filters, list) else [str(filters)]
            if obj.get("/Subtype") != "/Image" or "/DCTDecode" not in names:
                continue
            data = obj.get_data()
            key = hashlib.sha256(data).hexdigest()
            if key in seen:
                continue
            seen.add(key)
            out.append((data, int(obj["/Width"]), int(obj["/Height"])))
    return out


def jpeg_has_metadata(data: bytes) -> bool:
    """True if the JPEG carries an EXIF (GPS lives there) or XMP segment."""
    return b"Exif\x00\x00" in data[:65536] or b"http://ns.adobe.com/xap" in data[:65536]


def font_names_embedded(path: Path) -> tuple[set[str], set[str]]:
    """(embedded, not embedded) base font names."""
    reader = PdfReader(path)
    embedded: set[str] = set()
    missing: set[str] = set()
    for page in reader.pages:
        fonts = (page.get("/Resources") or {}).get("/Font") or {}
        for key in fonts:
            font = fonts[key].get_object()
            name = str(font.get("/BaseFont"))
            desc = font.get("/FontDescriptor")
            if desc is None and "/DescendantFonts" in font:
                desc = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            desc = desc.get_object() if desc is not None else None
            has_file = desc is not None and any(
                k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            (embedded if has_file else missing).add(name)
    return embedded, missing


def money_re(text: str) -> str:
    return re.escape(text)
