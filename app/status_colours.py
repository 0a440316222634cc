"""The status and RAG fill colours, shared by the app's charts and the PDF reports.

Plain hex strings (no Qt, no reportlab), so the dashboard can import them at start-up.
The hues are the app's; the lightness steps keep tones that share a legend at least 15
CIE L* apart in a greyscale print (the table is in docs/reports.md, the greyscale test
in tests/app/pdf/test_report_colours.py). Text colours on screen are another matter:
``ui/labels.py`` darkens them for 4.5:1 contrast on the window background.
"""

from __future__ import annotations

RED = "#BB1B21"  # L* 32, white text
AMBER = "#FFB335"  # L* 76, ink text
GREEN = "#4EA25B"  # L* 54, ink text
GREY = "#95A3B0"  # L* 66, ink text
BLUE = "#336BB6"  # L* 42, white text
PURPLE = "#C072DF"  # L* 62, ink text
TEAL = "#097A85"  # L* 38, white text

# Every stored status value → its fill.
STATUS_FILL: dict[str, str] = {
    "draft": GREY,
    "open": BLUE,
    "rejected": RED,
    "ready_for_review": PURPLE,
    "closed": GREEN,
    "void": GREY,
    "in_progress": AMBER,
    "completed": GREEN,
    "pending": AMBER,
    "approved": GREEN,
    "promoted": TEAL,
    "responded": PURPLE,
    "mitigating": AMBER,
    "occurred": RED,
    "pass": GREEN,
    "fail": RED,
    "na": GREY,
    "info": BLUE,
}

# A rating → its fill; anything else (no rating) is grey.
RAG_FILL: dict[str, str] = {"green": GREEN, "amber": AMBER, "red": RED}


def status_fill(value: str | None) -> str:
    return STATUS_FILL.get(value or "", GREY)


def rag_fill(value: str | None) -> str:
    return RAG_FILL.get(value or "", GREY)
