"""Logos as they are drawn: the file, checked once, and its aspect ratio."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PIL import Image, UnidentifiedImageError
from reportlab.pdfgen.canvas import Canvas

from executrek.app.pdf.errors import ReportError


@dataclass(frozen=True)
class Logo:
    path: Path
    aspect: float  # width / height

    @classmethod
    def load(cls, path: Path) -> Logo:
        try:
            with Image.open(path) as image:
                width, height = image.size
        except (OSError, UnidentifiedImageError) as exc:
            raise ReportError(f"logo {path} cannot be read: {exc}") from exc
        if width < 1 or height < 1:
            raise ReportError(f"logo {path} is empty")
        return cls(path, width / height)

    def fit(self, max_width: float, max_height: float) -> tuple[float, float]:
        """Drawn size inside a box, aspect ratio kept."""
        width = min(max_width, max_height * self.aspect)
        return width, width / self.aspect

    def draw(
        self, canvas: Canvas, x: float, y: float, max_width: float, max_height: float
    ) -> float:
        """Draw with the lower-left corner at (x, y); returns the drawn width."""
        width, height = self.fit(max_width, max_height)
        canvas.drawImage(str(self.path), x, y, width, height, mask="auto")
        return width
