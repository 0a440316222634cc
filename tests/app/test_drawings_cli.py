"""``executrek drawings import|list|labels`` and the demo's drawing sets."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest
from reportlab.pdfgen.canvas import Canvas

from executrek.app.cli import main
from executrek.app.drawings.sample import floor_plan_pdf


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo portfolio (with its drawings) shared by the module's tests, copied per test."""
    folder = tmp_path_factory.mktemp("demo") / "d"
    assert main(["demo", "--data-dir", str(folder)]) == 0
    return folder


@pytest.fixture
def data(demo_dir: Path, tmp_path: Path) -> str:
    import shutil

    target = tmp_path / "d"
    shutil.copytree(demo_dir, target)
    return str(target)


def test_demo_projects_have_sheets_with_pins_and_two_revisions(
    data: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "drawings", "list", "--project", "SCH-LHS", "--data-dir", data)
    assert (code, err) == (0, "")
    lines = out.strip().splitlines()
    assert lines[-1] == "2 sheet(s)"
    assert lines[0].startswith("A-101        rev B     architectural    Ground floor plan")
    assert "(2 revisions)" in lines[0] and "[Science Block › Ground]" in lines[0]
    assert lines[1].startswith("A-102        rev A")
    pins = [int(line.split("pins: ")[1].split()[0]) for line in lines[:2]]
    assert all(n > 0 for n in pins)


def test_import_prints_a_line_per_file_and_sheet(
    data: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "S201 - Foundations - P02.pdf"
    floor_plan_pdf(good, size="A1", seed=2)
    bad = tmp_path / "S202 broken.pdf"
    bad.write_bytes(b"%PDF-1.7 nothing else")
    code, out, err = run(
        capsys, "drawings", "import", "--project", "hosp-ew", "--discipline", "Structural",
        "--location", "East Wing › Basement", str(good), str(bad), "--data-dir", data,
    )  # fmt: skip
    assert code == 1 and err == ""
    lines = out.strip().splitlines()
    assert lines[0] == f"imported   {good}"
    assert lines[1] == "  S201 rev P02: new sheet"
    assert lines[2].startswith("refused: The file “S202 broken.pdf” is damaged")
    assert lines[3] == "1 new sheet(s), 0 new revision(s), 1 file(s) refused"
    code, out, _ = run(capsys, "drawings", "list", "--project", "HOSP-EW", "--data-dir", data)
    row = next(line for line in out.splitlines() if line.startswith("S201"))
    assert "structural" in row and "Foundations" in row and "[East Wing › Basement]" in row
    # A new revision of a demo sheet: the pins come over.
    rev = tmp_path / "A-102_Level 1 floor plan_Rev C.pdf"
    floor_plan_pdf(rev, size="A1", seed=4, revision="C")
    code, out, _ = run(
        capsys, "drawings", "import", "--project", "HOSP-EW", str(rev), "--data-dir", data
    )
    assert code == 0
    assert out.splitlines()[1] == "  A-102 rev C: new revision"


def test_import_refuses_unknown_discipline_and_location(
    data: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = tmp_path / "A-900.pdf"
    canvas = Canvas(str(sheet), pagesize=(842, 595))
    canvas.showPage()
    canvas.save()
    code, out, err = run(
        capsys, "drawings", "import", "--project", "HOSP-EW", "--discipline", "poetry",
        str(sheet), "--data-dir", data,
    )  # fmt: skip
    assert code == 1 and out == ""
    assert err.startswith("executrek: Discipline must be one of general, architectural")
    code, out, err = run(
        capsys, "drawings", "import", "--project", "HOSP-EW", "--location", "Nowhere",
        str(sheet), "--data-dir", data,
    )  # fmt: skip
    assert (code, out) == (1, "")
    assert err == (
        "executrek: --location “Nowhere” matches no location of HOSP-EW; see the codes and "
        "paths with 'executrek locations --project HOSP-EW'.\n"
    )


def test_labels_write_one_qr_label_per_location(
    data: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_pdf = tmp_path / "labels.pdf"
    code, out, err = run(
        capsys, "drawings", "labels", "--project", "OFC-HP", "--under", "Tower > Level 13",
        "-o", str(out_pdf), "--data-dir", data,
    )  # fmt: skip
    assert (code, err) == (0, "")
    # Level 13 and its four rooms: five labels on one page of six.
    assert out.strip() == f"5 label(s) on 1 page(s) written to {out_pdf}"
    text = pypdf.PdfReader(out_pdf).pages[0].extract_text()
    for code_text in ("B1-F1", "B1-F1-R01", "B1-F1-R04"):
        assert code_text in text
    assert "B1-F0" not in text and "B1-F2" not in text
    code, out, _ = run(
        capsys, "drawings", "labels", "--project", "OFC-HP", "-o", str(out_pdf),
        "--per-page", "24", "--data-dir", data,
    )  # fmt: skip
    assert code == 0 and out.startswith("16 label(s) on 1 page(s)")
