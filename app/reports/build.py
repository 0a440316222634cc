"""``build_pdf``: the one entry point that turns a story into a PDF file on disk.

The file appears complete or not at all: the PDF is rendered in memory, written to a
temporary file beside the target, flushed to disk, then renamed over the target. A
failure or cancellation anywhere leaves the previous file (if any) untouched.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab import rl_config
from reportlab.platypus import Flowable, NextPageTemplate, PageBreak

from executrek.app import atomic
from executrek.app.reports.context import ReportContext
from executrek.app.reports.document import ReportDocTemplate, contents_flowable
from executrek.app.reports.errors import ReportError
from executrek.app.reports.flowables import section_heading
from executrek.app.reports.progress import BuildProgress, IsCancelled, Progress
from executrek.app.reports.settings import Branding, NumberStyle, PageSetup, ReportMeta
from executrek.app.reports.translate import Translate

StoryBuilder = Callable[[ReportContext], Sequence[Flowable]]
MAX_PASSES = 8


@dataclass(frozen=True)
class BuiltReport:
    path: Path
    pages: int
    sha256: str  # of the file as written: record it to prove a copy is unaltered
    size: int
    passes: int


def build_pdf(
    path: Path,
    meta: ReportMeta,
    branding: Branding,
    story_builder: StoryBuilder,
    *,
    translate: Translate,
    page: PageSetup | None = None,
    numbers: NumberStyle | None = None,
    invariant: bool = False,
    progress: Progress | None = None,
    is_cancelled: IsCancelled | None = None,
) -> BuiltReport:
    """Build the report and write it to ``path`` atomically.

    ``story_builder(ctx)`` returns the body flowables; the cover page and (with
    ``PageSetup.contents``) the table of contents come first. ``invariant=True`` makes
    the output byte-for-byte reproducible (fixed timestamps and document ID) for golden
    tests. Raises ``ReportCancelled`` if ``is_cancelled()`` turns true, ``ReportError``
    for unusable settings; the story builder's own exceptions pass through.
    """
    rl_config.useA85 = 0  # binary streams: smaller files, faster writes
    ctx = ReportContext.create(meta, branding, translate=translate, page=page, numbers=numbers)
    tracker = BuildProgress(progress, is_cancelled, expected_passes=3 if ctx.page.contents else 2)
    tracker.check()
    story = _front_matter(ctx) + list(story_builder(ctx))
    buffer = io.BytesIO()
    doc = ReportDocTemplate(buffer, ctx, invariant=invariant, on_page=tracker.on_page)
    doc.setProgressCallBack(tracker.on_reportlab)
    try:
        passes = doc.multiBuild(story, maxPasses=MAX_PASSES)
    except IndexError as exc:  # reportlab's "not resolved after N passes"
        raise ReportError(f"report layout did not settle: {exc}") from exc
    data = buffer.getvalue()
    tracker.check()
    _write_atomically(Path(path), data)
    tracker.finished()
    return BuiltReport(
        path=Path(path),
        pages=doc.page_count.total,
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
        passes=passes,
    )


def _front_matter(ctx: ReportContext) -> list[Flowable]:
    story: list[Flowable] = [NextPageTemplate(ctx.default_template), PageBreak()]
    if ctx.page.contents:
        title = ctx.translate("Reports", "Contents")
        story += [
            section_heading(ctx, title, 0, in_contents=False),
            contents_flowable(ctx),
            PageBreak(),
        ]
    return story


def _write_atomically(path: Path, data: bytes) -> None:
    if not path.parent.is_dir():
        raise ReportError(f"folder {path.parent} does not exist")
    atomic.write_bytes(path, data)
