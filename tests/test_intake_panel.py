"""The experts' workbook opens in LibreOffice and its formulas compute there: the summary's
totals at once, and the weighted totals and ranks once scores are typed in (slow: soffice)."""

import shutil
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from app import choices
from app.intake import record
from app.intake.panel import load_criteria, write_panel
from app.intake.receive import receive

sys.path.insert(0, str(Path(__file__).parent))
import intake_corpus as corpus  # noqa: E402


def recalculated(workbook: Path, folder: Path) -> openpyxl.Workbook:
    """``workbook`` as LibreOffice computes it: converted headless, read back with values."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    out = folder / "recalculated"
    subprocess.run([soffice, f"-env:UserInstallation=file://{folder / 'lo-profile'}", "--headless",
                    "--calc", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out),
                    str(workbook)], check=True, capture_output=True, timeout=240)
    return openpyxl.load_workbook(out / workbook.name, data_only=True)


@pytest.mark.slow
def test_the_panel_workbook_computes_in_libreoffice(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    for number in range(4):
        org_type = choices.BASE if number < 2 else choices.CENTER
        result = corpus.export_application(corpus.vary(org_type, number), tmp_path / "made", f"u{number}")
        inbox.mkdir(exist_ok=True)
        shutil.copy(result.zip_path, inbox / result.zip_path.name)
    register = tmp_path / "register"
    receive([inbox], register)
    target = tmp_path / "评审.xlsx"
    write_panel(register, record.load(register), target)
    # An expert scores the bases in the workbook, as in Excel: 80/90/.. and 60/70/..
    book = openpyxl.load_workbook(target)
    sheet = book["评分-技术标准创新基地"]
    criteria = load_criteria()["base"]
    for row, base_score in ((6, 80), (7, 60)):
        for offset in range(len(criteria)):
            sheet.cell(row, 4 + offset, base_score + 10 * (offset % 2))
    sheet.cell(3, 4, 0)  # and sets the first criterion's weight to nothing
    book.save(target)

    computed = recalculated(target, tmp_path)
    summary = computed["汇总"]
    applicants = [summary.cell(row, 3).value for row in range(3, 7)]
    assert sorted(applicants) == sorted(corpus.vary(choices.BASE if n < 2 else choices.CENTER, n)
                                        ["members"][0]["name"] for n in range(4))
    assert summary.cell(7, 3).value == "4 家"
    assert summary.cell(7, 10).value == pytest.approx(sum(summary.cell(r, 10).value for r in range(3, 7)))
    assert summary.cell(7, 10).value > 0
    scores = computed["评分-技术标准创新基地"]
    weights = [c.weight for c in criteria]
    weights[0] = 0
    total_column = 4 + len(criteria)
    expected = [round(sum(w * (s + 10 * (i % 2)) for i, w in enumerate(weights)) / sum(weights), 2)
                for s in (80, 60)]
    assert [scores.cell(r, total_column).value for r in (6, 7)] == pytest.approx(expected)
    assert [scores.cell(r, total_column + 1).value for r in (6, 7)] == [1, 2]
    unscored = computed["评分-标准化创新中心"]
    assert unscored.cell(6, 2).value and unscored.cell(6, 4 + len(load_criteria()["center"])).value in (None, "")
    assert len(computed.sheetnames) == 1 + 2 + 4  # summary, two scoring sheets, one per unit
