"""build_pdf: atomic writes, cancellation, progress, reproducibility, bad settings."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import BuiltSample
from pypdf import PdfReader
from sample_report import SampleFiles, branding, meta, story

from executrek.app import pdf as r

SmallBuilder = Callable[..., tuple[r.BuiltReport, PdfReader]]


def _short_story(ctx: r.ReportContext) -> list[r.Flowable]:
    return [r.section_heading(ctx, "Notes"), r.para("Nothing to report.", ctx.styles.body)]


def test_invariant_builds_are_byte_identical(
    sample: BuiltSample, sample_files: SampleFiles, tmp_path: Path
) -> None:
    again = r.build_pdf(
        tmp_path / "again.pdf",
        meta(),
        branding(sample_files),
        story(sample_files),
        translate=r.untranslated,
        invariant=True,
    )
    assert again.path.read_bytes() == sample.built.path.read_bytes()
    assert again.sha256 == sample.built.sha256


def test_story_builder_failure_leaves_no_file(sample_files: SampleFiles, tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"

    def broken(ctx: r.ReportContext) -> list[r.Flowable]:
        raise RuntimeError("query failed")

    with pytest.raises(RuntimeError, match="query failed"):
        r.build_pdf(target, meta(), branding(sample_files), broken, translate=r.untranslated)
    assert list(tmp_path.iterdir()) == []


class _ExplodingFlowable(r.Flowable):
    """Fails in the middle of layout, after pages have been drawn."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        raise RuntimeError("bad flowable")


def test_failure_during_layout_keeps_the_previous_file(
    sample_files: SampleFiles, tmp_path: Path
) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"previous report")

    def story_with_bomb(ctx: r.ReportContext) -> list[r.Flowable]:
        return [*_short_story(ctx), r.PageBreak(), _ExplodingFlowable()]

    with pytest.raises(RuntimeError, match="bad flowable"):
        r.build_pdf(
            target, meta(), branding(sample_files), story_with_bomb, translate=r.untranslated
        )
    assert target.read_bytes() == b"previous report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]


def test_cancel_stops_the_build_and_writes_nothing(
    sample_files: SampleFiles, tmp_path: Path
) -> None:
    target = tmp_path / "report.pdf"
    calls: list[tuple[int, int]] = []

    def cancelled() -> bool:
        return len(calls) >= 3

    with pytest.raises(r.ReportCancelled):
        r.build_pdf(
            target,
            meta(),
            branding(sample_files),
            story(sample_files),
            translate=r.untranslated,
            progress=lambda done, total: calls.append((done, total)),
            is_cancelled=cancelled,
        )
    assert len(calls) == 3
    assert list(tmp_path.iterdir()) == []


def test_cancel_before_start(sample_files: SampleFiles, tmp_path: Path) -> None:
    with pytest.raises(r.ReportCancelled):
        r.build_pdf(
            tmp_path / "x.pdf",
            meta(),
            branding(sample_files),
            _short_story,
            translate=r.untranslated,
            is_cancelled=lambda: True,
        )
    assert list(tmp_path.iterdir()) == []


def test_rebuild_replaces_the_file(build_small: SmallBuilder) -> None:
    first, _ = build_small(_short_story)
    second, reader = build_small(
        lambda ctx: [*_short_story(ctx), r.PageBreak(), r.para("More", ctx.styles.body)]
    )
    assert first.path == second.path
    assert len(reader.pages) == second.pages == 3


def test_missing_folder_is_a_report_error(sample_files: SampleFiles, tmp_path: Path) -> None:
    with pytest.raises(r.ReportError, match="does not exist"):
        r.build_pdf(
            tmp_path / "nope" / "x.pdf",
            meta(),
            branding(sample_files),
            _short_story,
            translate=r.untranslated,
        )


def test_unreadable_logo_is_a_report_error(sample_files: SampleFiles, tmp_path: Path) -> None:
    bad = replace(branding(sample_files), owner_logo=tmp_path / "missing.png")
    with pytest.raises(r.ReportError, match="logo"):
        r.build_pdf(tmp_path / "x.pdf", meta(), bad, _short_story, translate=r.untranslated)
    assert list(tmp_path.iterdir()) == []


def test_report_without_logos(
    build_small: SmallBuilder, sample_files: SampleFiles, tmp_path: Path
) -> None:
    plain = replace(branding(sample_files), owner_logo=None, pmo_logo=None)
    built = r.build_pdf(
        tmp_path / "plain.pdf", meta(), plain, _short_story, translate=r.untranslated
    )
    reader = PdfReader(built.path)
    assert "Riverside Health Authority" in (reader.pages[0].extract_text() or "")


def test_settings_are_validated() -> None:
    with pytest.raises(r.ReportError):
        r.Branding("Owner", "PMO", None, primary_colour="navy")
    with pytest.raises(r.ReportError):
        replace(meta(), period_end=meta().period_start.replace(day=1).replace(month=10))
    with pytest.raises(r.ReportError):
        r.NumberStyle(decimal_separator=",", group_separator=",")


def test_default_build_is_a_valid_pdf_with_a_real_date(build_small: SmallBuilder) -> None:
    built, reader = build_small(_short_story)
    assert reader.metadata is not None
    assert not str(reader.metadata.get("/CreationDate", "")).startswith("D:2000")
    assert built.passes == 1  # "of N" and the contents are drawn at save, not in a 2nd pass


def test_translations_are_used(build_small: SmallBuilder) -> None:
    german = {
        "Page {page} of {total}": "Seite {page} von {total}",
        "Contents": "Inhalt",
        "No items": "Keine Einträge",
        "Nov": "Nov.",
    }

    def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        assert context == "Reports"
        return german.get(text, text)

    def story_builder(ctx: r.ReportContext) -> list[r.Flowable]:
        return [r.data_table(ctx, [r.Column("A")], [])]

    _, reader = build_small(story_builder, translate=translate, page=r.PageSetup())
    text = " ".join(p.extract_text() or "" for p in reader.pages)
    assert "Seite 1 von 3" in text
    assert "Seite 3 von 3" in text
    assert "Inhalt" in text
    assert "Keine Einträge" in text
    assert "1 Nov. 2026" in text


_BUILD_IN_SUBPROCESS = """
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from sample_report import branding, make_files, meta, story
from executrek.app import pdf as r
files = make_files(Path(sys.argv[2]))
r.build_pdf(Path(sys.argv[3]), meta(), branding(files), story(files),
            translate=r.untranslated, invariant=True)
"""


def test_invariant_output_does_not_depend_on_the_process(tmp_path: Path) -> None:
    """Golden files must match on any run: no hash-seed or id() dependent bytes."""
    here = str(Path(__file__).parent)
    outputs = []
    for seed in ("0", "4242"):
        out = tmp_path / f"seed-{seed}.pdf"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run(
            [sys.executable, "-c", _BUILD_IN_SUBPROCESS, here, str(tmp_path / "files"), str(out)],
            check=True,
            env=env,
            timeout=120,
        )
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
