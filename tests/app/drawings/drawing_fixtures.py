"""Drawing files made in code for the drawings tests: plans, broken PDFs, scans."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pypdf
from PIL import Image
from pypdf.generic import RectangleObject
from reportlab.pdfgen.canvas import Canvas

RED = (255, 0, 0)
GREEN = (0, 255, 0)
BLUE = (0, 0, 255)
YELLOW = (255, 255, 0)


def quadrants(size: tuple[int, int]) -> Image.Image:
    """Top-left red, top-right green, bottom-left blue, bottom-right yellow."""
    width, height = size
    image = Image.new("RGB", size)
    image.paste(RED, (0, 0, width // 2, height // 2))
    image.paste(GREEN, (width // 2, 0, width, height // 2))
    image.paste(BLUE, (0, height // 2, width // 2, height))
    image.paste(YELLOW, (width // 2, height // 2, width, height))
    return image


def small_pdf(path: Path, pages: int = 1, size: tuple[float, float] = (600, 400)) -> Path:
    canvas = Canvas(str(path), pagesize=size, invariant=True)
    for n in range(pages):
        canvas.drawString(40, 40, f"page {n + 1}")
        canvas.showPage()
    canvas.save()
    return path


def encrypted_pdf(source: Path, path: Path) -> Path:
    writer = pypdf.PdfWriter(clone_from=source)
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="AES-128")
    with open(path, "wb") as fh:
        writer.write(fh)
    return path


def zero_size_page_pdf(source: Path, path: Path) -> Path:
    writer = pypdf.PdfWriter(clone_from=source)
    writer.pages[0].mediabox = RectangleObject([0, 0, 0, 0])
    with open(path, "wb") as fh:
        writer.write(fh)
    return path


def rotated_pdf(source: Path, path: Path, degrees: int = 90) -> Path:
    writer = pypdf.PdfWriter(clone_from=source)
    writer.pages[0].rotate(degrees)
    with open(path, "wb") as fh:
        writer.write(fh)
    return path


def labelled_pdf(source: Path, path: Path, prefix: str) -> Path:
    writer = pypdf.PdfWriter(clone_from=source)
    writer.set_page_label(0, len(writer.pages) - 1, style="/D", prefix=prefix, start=101)
    with open(path, "wb") as fh:
        writer.write(fh)
    return path


def huge_bilevel_png(path: Path, width: int = 20_000, height: int = 14_000) -> Path:
    """A real, valid 1-bit PNG scan of ``width`` × ``height`` pixels, written row by row
    (a few MB on disk, never a full bitmap in memory)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    row = b"\x00" + b"\xff" * ((width + 7) // 8)  # filter byte + white pixels
    packer = zlib.compressobj(9)
    body = b"".join(packer.compress(row) for _ in range(height)) + packer.flush()
    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", body) + chunk(b"IEND", b"")
    )
    return path
