"""Fixtures for the report tests: the sample report, built once per session."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from pdf_inspect import page_texts
from pypdf import PdfReader
from sample_report import SampleFiles, branding, make_files, meta, story

from executrek.app import pdf as r


@dataclass(frozen=True)
class BuiltSample:
    built: r.BuiltReport
    reader: PdfReader
    texts: list[str]
    files: SampleFiles
    progress: list[tuple[int, int]]


@pytest.fixture(scope="session")
def sample_files(tmp_path_factory: pytest.TempPathFactory) -> SampleFiles:
    return make_files(tmp_path_factory.mktemp("sample-files"))


@pytest.fixture(scope="session")
def sample(tmp_path_factory: pytest.TempPathFactory, sample_files: SampleFiles) -> BuiltSample:
    out = tmp_path_factory.mktemp("sample-report") / "report.pdf"
    progress: list[tuple[int, int]] = []
    built = r.build_pdf(
        out,
        meta(),
        branding(sample_files),
        story(sample_files),
        translate=r.untranslated,
        invariant=True,
        progress=lambda done, total: progress.append((done, total)),
    )
    reader = PdfReader(out)
    return BuiltSample(built, reader, page_texts(reader), sample_files, progress)


@pytest.fixture
def context(sample_files: SampleFiles) -> r.ReportContext:
    return r.ReportContext.create(meta(), branding(sample_files), translate=r.untranslated)


@pytest.fixture
def build_small(
    tmp_path: Path, sample_files: SampleFiles
) -> Callable[..., tuple[r.BuiltReport, PdfReader]]:
    """Build a short report from a story builder; keyword arguments go to build_pdf."""

    def build(
        story_builder: r.StoryBuilder, name: str = "small.pdf", **options: object
    ) -> tuple[r.BuiltReport, PdfReader]:
        options.setdefault("translate", r.untranslated)
        options.setdefault("page", r.PageSetup(contents=False))
        built = r.build_pdf(
            tmp_path / name,
            meta(),
            branding(sample_files),
            story_builder,
            **options,  # type: ignore[arg-type]
        )
        return built, PdfReader(built.path)

    return build
