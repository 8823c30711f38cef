"""Member workbooks in a real office suite: LibreOffice (standing in for Excel and WPS)
opens and converts every one, keeps its drop-down lists, and a workbook a member saved
there merges like any other."""

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook
from packet_filling import fact_cell, fill
from test_packets import KANTU, LANXIN, SHENJIANG, _book, check_merged, fill_three

from app.json_io import application_to_json
from app.packets import layout, merge
from app.packets.making import make_packets
from app.packets.reading import read_answer
from app.samples import write_sample

pytestmark = pytest.mark.slow
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def convert(sources: list[Path], target: str, out: Path, profile: Path) -> list[Path]:
    """``soffice --convert-to`` in one run, with its own profile; the converted files."""
    if SOFFICE is None:
        pytest.skip("LibreOffice (soffice) is not installed: apt-get install libreoffice-calc")
    out.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to",
         target, "--outdir", str(out), *map(str, sources)],
        capture_output=True, text=True, timeout=600, env={**os.environ, "HOME": str(profile)})
    assert done.returncode == 0, done.stderr
    suffix = "." + target.split(":")[0]
    converted = [out / (source.stem + suffix) for source in sources]
    missing = [path.name for path in converted if not path.exists()]
    assert not missing, f"LibreOffice did not convert {missing}: {done.stdout}{done.stderr}"
    return converted


def test_libreoffice_opens_every_workbook_and_keeps_its_drop_downs(tmp_path: Path) -> None:
    doc = write_sample("base", tmp_path / "基地.stoa")
    try:
        packets = make_packets(doc, tmp_path / "out")
    finally:
        doc.close()
    books = [next(p.folder.glob("*.xlsx")) for p in packets]
    pdfs = convert(books, "pdf", tmp_path / "pdf", tmp_path / "lo")
    assert all(path.stat().st_size > 10_000 for path in pdfs)
    letters = [next(p.folder.glob("*.docx")) for p in packets[:3]]
    from pypdf import PdfReader

    for path in convert(letters, "pdf", tmp_path / "letters", tmp_path / "lo"):
        assert len(PdfReader(path).pages) == 1  # the .docx letter fits one page too
    resaved = convert(books[:3], "xlsx:Calc MS Excel 2007 XML", tmp_path / "resaved", tmp_path / "lo")
    for path in resaved:
        book = load_workbook(path)
        lists = {dv.formula1 for sheet in book for dv in sheet.data_validations.dataValidation}
        assert '"专职,兼职"' in lists and '"办公,试验验证,培训交流"' in lists
        assert '"牵头,参与"' in lists
        assert layout.META in book.sheetnames and book[layout.META].sheet_state != "visible"
        assert read_answer(path).problems == []  # unchanged: nothing wrong, nothing new


def test_three_answers_one_saved_by_libreoffice_merge_and_undo(tmp_path: Path) -> None:
    doc = write_sample("base", tmp_path / "基地.stoa")
    try:
        packets = make_packets(doc, tmp_path / "out")
        before = application_to_json(doc)
        lanxin, shenjiang, kantu = fill_three(packets, tmp_path)
        shenjiang = convert([shenjiang], "xlsx:Calc MS Excel 2007 XML", tmp_path / "wps",
                            tmp_path / "lo")[0]
        previews = [merge.preview(doc, read_answer(path)) for path in (lanxin, shenjiang, kantu)]
        assert [p.index for p in previews] == [LANXIN, SHENJIANG, KANTU]
        applied = merge.apply(doc, [(p, p.items) for p in previews])
        check_merged(doc, before, previews)
        applied.revert(doc)
        assert application_to_json(doc) == before
    finally:
        doc.close()


def test_a_workbook_filled_and_saved_in_libreoffice_reads_its_numbers(tmp_path: Path) -> None:
    doc = write_sample("base", tmp_path / "基地.stoa")
    try:
        packets = make_packets(doc, tmp_path / "out")
        answer = fill(_book(packets, LANXIN), tmp_path / "a.xlsx", facts={
            "commitment_year1_wan": 12.35, "commitment_year2_wan": 0.1,
            "contact_phone": "021-39986610"})
        resaved = convert([answer], "xlsx:Calc MS Excel 2007 XML", tmp_path / "re", tmp_path / "lo")[0]
        assert load_workbook(resaved)[layout.FACTS][fact_cell("contact_phone")].value == "021-39986610"
        result = merge.preview(doc, read_answer(resaved))
        values = {item.change.field: item.change.new for item in result.items}
        assert values == {"commitment_year1_wan": "12.35", "commitment_year2_wan": "0.10",
                          "commitment_wan": "12.45"}
    finally:
        doc.close()
