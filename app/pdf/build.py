"""``build_pdf``: the one entry point that turns a story into a PDF file on disk.

The file appears complete or not at all: the PDF is laid out in one pass and streamed
into a temporary ``.part`` file beside the target (photos read from disk one at a time,
see ``pdf_writer``), hashed as it is written, flushed to disk, then renamed over the
target. A failure or cancellation anywhere leaves the previous file (if any) untouched.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from reportlab import rl_config
from reportlab.platypus import Flowable, NextPageTemplate, PageBreak

from executrek.app import atomic
from executrek.app.pdf.contents import ContentsIfLong, ContentsTitle
from executrek.app.pdf.context import PORTRAIT_TEMPLATE, ReportContext
from executrek.app.pdf.document import ReportDocTemplate, contents_flowable
from executrek.app.pdf.errors import ReportError
from executrek.app.pdf.flowables import section_heading
from executrek.app.pdf.markup import escape
from executrek.app.pdf.progress import BuildProgress, IsCancelled, Progress
from executrek.app.pdf.settings import Branding, NumberStyle, PageSetup, ReportMeta
from executrek.app.pdf.title_block import title_block
from executrek.app.pdf.translate import Translate

StoryBuilder = Callable[[ReportContext], Sequence[Flowable]]


@dataclass(frozen=True)
class BuiltReport:
    path: Path
    pages: int
    sha256: str  # of the file as written: record it to prove a copy is unaltered
    size: int
    passes: int  # layout passes: always 1 (page totals and contents are drawn at save)


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

    ``story_builder(ctx)`` returns the body flowables; the cover page (or, without
    one, the title block at the top of the first page) and (with
    ``PageSetup.contents``) the table of contents come first. ``invariant=True`` makes
    the output byte-for-byte reproducible (fixed timestamps and document ID) for golden
    tests. Raises ``ReportCancelled`` if ``is_cancelled()`` turns true, ``ReportError``
    for unusable settings; the story builder's own exceptions pass through.
    """
    rl_config.useA85 = 0  # binary streams: smaller files, faster writes
    # No validation of every attribute set on chart shapes (a development aid that
    # costs a third of a chart's build time); the charts are covered by tests.
    rl_config.shapeChecking = 0
    path = Path(path)
    if not path.parent.is_dir():
        raise ReportError(f"folder {path.parent} does not exist")
    ctx = ReportContext.create(meta, branding, translate=translate, page=page, numbers=numbers)
    tracker = BuildProgress(progress, is_cancelled, expected_passes=1)
    tracker.check()
    with atomic.atomic_write(path) as fh:
        out = _HashingWriter(fh)
        doc = ReportDocTemplate(out, ctx, invariant=invariant, on_page=tracker.on_page)
        doc.setProgressCallBack(tracker.on_reportlab)
        story = _front_matter(ctx, doc) + list(story_builder(ctx)) + _back_matter(ctx, doc)
        doc.build(story)
        tracker.check()
    tracker.finished()
    return BuiltReport(
        path=path,
        pages=doc.pages,
        sha256=out.sha256.hexdigest(),
        size=out.size,
        passes=1,
    )


class _HashingWriter:
    """The output file, hashed and counted as it is written."""

    def __init__(self, out: IO[bytes]) -> None:
        self._out = out
        self.sha256 = hashlib.sha256()
        self.size = 0

    def write(self, data: bytes) -> int:
        self.sha256.update(data)
        self.size += len(data)
        return self._out.write(data)


def _front_matter(ctx: ReportContext, doc: ReportDocTemplate) -> list[Flowable]:
    """A cover page, or the title block opening the first page; then the contents when
    they are always wanted."""
    story: list[Flowable] = [NextPageTemplate(ctx.default_template)]
    if ctx.page.cover:
        story.append(PageBreak())
    else:
        story.append(title_block(ctx))
    if ctx.page.contents and ctx.page.contents_min_pages <= 0:
        if not ctx.page.cover:
            story.append(PageBreak())
        title = ctx.translate("Reports", "Contents")
        story += [
            section_heading(ctx, title, 0, in_contents=False),
            contents_flowable(ctx, doc),
            PageBreak(),
        ]
    return story


def _back_matter(ctx: ReportContext, doc: ReportDocTemplate) -> list[Flowable]:
    """The contents of a report that runs past ``contents_min_pages`` (moved behind the
    first page when the file is written)."""
    if not ctx.page.contents or ctx.page.contents_min_pages <= 0:
        return []

    def contents() -> list[Flowable]:
        title = ctx.translate("Reports", "Contents")
        return [
            NextPageTemplate(PORTRAIT_TEMPLATE),
            PageBreak(),
            ContentsTitle(escape(title), ctx.styles.toc_title),
            contents_flowable(ctx, doc),
        ]

    return [ContentsIfLong(ctx.page.contents_min_pages, contents)]
