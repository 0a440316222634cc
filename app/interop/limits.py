"""Size caps that keep hostile or broken files from exhausting memory or time."""

from __future__ import annotations

from dataclasses import dataclass

MIB = 1024 * 1024


@dataclass(frozen=True)
class ArchiveLimits:
    """Caps for ZIP containers (``.bcf``/``.bcfzip`` and ``.xlsx``), checked before anything is inflated."""

    max_entries: int = 5_000
    max_total_bytes: int = 256 * MIB
    max_member_bytes: int = 128 * MIB
    # Compression ratio above which a member is treated as a zip bomb; only applied to
    # members larger than ``ratio_applies_above`` (small XML compresses very well).
    max_ratio: float = 200.0
    ratio_applies_above: int = 2 * MIB


@dataclass(frozen=True)
class TableLimits:
    """Caps for tabular punch-list files."""

    max_file_bytes: int = 64 * MIB
    max_rows: int = 100_000
    max_columns: int = 1_000
    header_scan_rows: int = 30


def format_size(size: int) -> str:
    """``1536`` → ``"1.5 KB"``; for messages only."""
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB", "TB"):
        if value < 1024 or unit == "TB":
            return f"{int(value)} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} bytes"  # pragma: no cover - loop always returns
