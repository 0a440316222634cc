"""``executrek photos import``: one line per file, a summary, exit 0 only without refusals."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PIL import Image

from executrek.app.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def _jpeg(path: Path, colour: tuple[int, int, int]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (60, 40), colour).save(path, "JPEG")
    return path


@pytest.fixture
def data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    folder = str(tmp_path / "d")
    assert run(capsys, "demo", "--data-dir", folder)[0] == 0
    return folder


def test_import_a_card_onto_a_punch_item(
    data: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    card = tmp_path / "card"
    _jpeg(card / "a.jpg", (255, 0, 0))
    _jpeg(card / "sub" / "b.jpg", (0, 255, 0))

    code, out, err = run(
        capsys, "photos", "import", "--project", "hosp-ew", "--attach-to", "PI-0001",
        str(card), "--data-dir", data,
    )  # fmt: skip

    assert (code, err) == (0, "")
    lines = out.strip().splitlines()
    assert lines[0] == f"imported   {card / 'a.jpg'}"
    assert lines[1] == f"imported   {card / 'sub' / 'b.jpg'}"
    assert lines[2].startswith(
        "2 imported, 0 duplicate(s), 0 refused (HOSP-EW, attached to PI-0001"
    )
    conn = sqlite3.connect(Path(data) / "executrek.sqlite")
    linked = conn.execute(
        "SELECT count(*) FROM photo_links l JOIN punch_items p ON p.id = l.record_id "
        "WHERE l.record_type = 'punch_item' AND p.number = 1"
    ).fetchone()[0]
    conn.close()
    assert linked == 2

    code, out, _ = run(
        capsys, "photos", "import", "--project", "HOSP-EW", str(card / "a.jpg"), "--data-dir", data
    )
    assert code == 0
    assert out.splitlines()[0] == (f"duplicate  {card / 'a.jpg'} (already in the project as a.jpg)")


def test_refusals_make_the_exit_code_non_zero(
    data: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = _jpeg(tmp_path / "good.jpg", (0, 0, 255))
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    fake = tmp_path / "fake.jpg"
    fake.write_text("hello")

    code, out, _ = run(
        capsys, "photos", "import", "--project", "HOSP-EW", str(good), str(empty), str(fake),
        "--data-dir", data,
    )  # fmt: skip

    assert code == 1
    lines = out.strip().splitlines()
    assert lines[0] == f"imported   {good}"
    assert lines[1] == f"refused: empty file  {empty}"
    assert lines[2].startswith("refused: not an image file")
    assert lines[3].startswith("1 imported, 0 duplicate(s), 2 refused")


def test_unknown_project_record_or_path_is_one_line(
    data: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    photo = _jpeg(tmp_path / "p.jpg", (9, 9, 9))
    code, _, err = run(
        capsys, "photos", "import", "--project", "NOPE", str(photo), "--data-dir", data
    )
    assert code == 1
    assert err.strip() == "executrek: There is no project NOPE."
    code, _, err = run(
        capsys, "photos", "import", "--project", "HOSP-EW", "--attach-to", "PI-99999",
        str(photo), "--data-dir", data,
    )  # fmt: skip
    assert code == 1
    assert err.strip() == "executrek: There is no record PI-99999 in this project."
    code, _, err = run(
        capsys, "photos", "import", "--project", "HOSP-EW", str(tmp_path / "missing"),
        "--data-dir", data,
    )  # fmt: skip
    assert code == 2
    assert "no such file or folder" in err


def test_export_a_records_photos(
    data: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    card = tmp_path / "card"
    _jpeg(card / "a.jpg", (255, 0, 0))
    _jpeg(card / "b.jpg", (0, 0, 255))
    run(capsys, "photos", "import", "--project", "HOSP-EW", "--attach-to", "PI-0002",
        str(card / "a.jpg"), "--data-dir", data)  # fmt: skip
    run(capsys, "photos", "import", "--project", "HOSP-EW", str(card / "b.jpg"), "--data-dir", data)
    out_dir = tmp_path / "out"

    code, out, _ = run(
        capsys, "photos", "export", "--project", "HOSP-EW", "--record", "PI-0002", str(out_dir),
        "--data-dir", data,
    )  # fmt: skip

    assert code == 0
    assert out.strip() == f"1 photo(s) exported to {out_dir} (without positions)"
    assert sorted(p.name for p in out_dir.iterdir()) == ["001-a.jpg", "photos.csv"]


def test_options_before_the_action(
    data: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    photo = _jpeg(tmp_path / "p.jpg", (1, 2, 3))
    code, out, err = run(
        capsys, "photos", "--data-dir", data, "import", "--project", "HOSP-EW", str(photo)
    )
    assert (code, err) == (0, "")
    assert out.startswith(f"imported   {photo}")
