"""申报书.docx: the same form as the PDF, as a Word document a bureau opens in Word or WPS.

Read back with python-docx as Word would: every name, code, title and total, the
headings in the PDF's order as real headings, lists as tables whose header row repeats,
fonts named for Chinese Windows, the footer's page fields and checksum, identical bytes
for identical content; and in the outputs beside the PDFs and, as the file chooses, in
the zip. The slow test lays it out in LibreOffice and compares its pages with our PDF's.
"""

import datetime as dt
import hashlib
import io
import os
import shutil
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from pypdf import PdfReader

from app import choices, docx_choice, docx_form, export, model, money, package, pdf, storage, word
from app.call import load_call
from app.call_store import call_of
from app.document import ApplicationFile
from app.form_blocks import Heading, TextTooLong
from app.form_content import form_content
from app.hant import SIMPLIFIED, TRADITIONAL, writing_in
from app.json_io import application_checksum, application_to_json
from app.resources import resource_path
from app.rules.facts import load_facts
from app.samples import write_sample
from app.word_tables import is_repeated_header

FIXTURES = Path(__file__).parent / "fixtures"
TODAY = dt.date(2021, 10, 1)


def render(doc: ApplicationFile, language: str = SIMPLIFIED) -> bytes:
    return docx_form.render(load_facts(doc, TODAY), application_checksum(doc), language=language)


def opened(data: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(data))


def all_text(document: docx.document.Document) -> str:
    """Every paragraph, in the body and in every table cell, as one text."""
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    return "\n".join(parts)


def headings(document: docx.document.Document) -> list[tuple[int, str]]:
    return [(int(p.style.name.removeprefix("Heading ")), p.text) for p in document.paragraphs
            if p.style.name.startswith("Heading")]


@pytest.fixture
def sample(org_type: str, tmp_path: Path):
    doc = write_sample(org_type, tmp_path / f"{org_type}.stoa")
    yield doc
    doc.close()


def test_the_word_form_holds_every_name_code_title_and_total(sample) -> None:
    document = opened(render(sample))
    text = all_text(document)
    assert load_call().form_title in text
    for member in sample.rows(model.Member):
        assert member.name in text and member.credit_code in text
    for item in sample.rows(model.PipelineItem):
        assert item.title in text
    for direction in (choices.FUNDING_SOURCE, choices.FUNDING_USE):
        total = sum(line.amount_fen or 0 for line in sample.rows(model.FundingLine)
                    if line.direction == direction)
        assert money.format_wan(total) in text
    for words in ("填写说明", "承　诺", "法定代表人（签字）：", "推荐单位意见", "推荐意见："):
        assert words in text


def test_the_headings_are_the_pdfs_in_order_as_word_headings(sample) -> None:
    """One source: the Word headings are the content's, which the PDF prints too."""
    facts = load_facts(sample, TODAY)
    with writing_in(SIMPLIFIED):
        expected = [(block.level, block.text) for block in form_content(facts, load_call())
                    if isinstance(block, Heading)]
    found = headings(opened(render(sample)))
    assert found == expected
    first_level = [title for level, title in found if level == 1]
    assert [title.split("、")[0] for title in first_level] == list("一二三四五六七八九")
    assert first_level[0] == "一、申报类型与名称" and first_level[-1] == "九、附件清单"
    pdf_text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(
        pdf.render(facts, application_checksum(sample), call_of(sample)))).pages).replace(" ", "")
    positions = [pdf_text.find(title.replace(" ", "")) for title in first_level]
    assert -1 not in positions and positions == sorted(positions)


def test_every_list_is_a_table_whose_header_repeats_and_whose_rows_stay_whole(sample) -> None:
    document = opened(render(sample))
    lists = [t for t in document.tables if t.rows[0].cells[0].text == "序号"]
    assert len(lists) >= 8
    for table in lists:
        assert is_repeated_header(table.rows[0])
        assert not any(is_repeated_header(row) for row in table.rows[1:])
        for row in table.rows:
            assert row._tr.trPr.find(qn("w:cantSplit")) is not None
    members = next(t for t in lists if "统一社会信用代码" in t.rows[0].cells[2].text)
    applicant = sample.rows(model.Member)[0]
    names = [row.cells[1].text for row in members.rows[1:]]
    assert (applicant.name in names) == (sample.org_type == choices.BASE)  # (a center lists partners)


def test_every_run_names_its_east_asian_face_and_a_size_in_hao(sample) -> None:
    document = opened(render(sample))
    sizes = set(word.SIZES.values())
    paragraphs = list(document.paragraphs) + [
        p for table in document.tables for row in table.rows for cell in row.cells
        for p in cell.paragraphs] + document.sections[0].footer.paragraphs
    runs = [run for p in paragraphs for run in p.runs]
    assert len(runs) > 300
    for run in runs:
        assert run._element.rPr.rFonts.get(qn("w:eastAsia")) in (word.SONG, word.HEI), run.text
        assert run.font.size.pt in sizes, run.text
    body_runs = [r for p in document.paragraphs if p.style.name.startswith("Heading")
                 for r in p.runs]
    assert {r._element.rPr.rFonts.get(qn("w:eastAsia")) for r in body_runs} == {word.HEI}


def test_long_texts_are_paragraphs_indented_two_characters(sample) -> None:
    intro = sample.section(model.Applicant).intro
    document = opened(render(sample))
    lines = [line.strip() for line in intro.splitlines() if line.strip()]
    found = [p for p in document.paragraphs if p.text in lines]
    assert [p.text for p in found] == lines
    for paragraph in found:
        assert paragraph.paragraph_format.element.pPr.ind.get(qn("w:firstLineChars")) == "200"


def test_the_cover_ticks_the_type_and_leaves_room_to_stamp(sample) -> None:
    document = opened(render(sample))
    cover = document.tables[0]
    ticked = {p.text for p in cover.rows[0].cells[1].paragraphs}
    chosen = choices.ORG_TYPES[sample.org_type]
    other = next(label for key, label in choices.ORG_TYPES.items() if key != sample.org_type)
    assert ticked == {f"☑ {chosen}", f"☐ {other}"}
    assert all_text(document).count("（盖章）") >= 2
    new_pages = [p.text for p in document.paragraphs if p.paragraph_format.page_break_before]
    assert new_pages == ["填写说明", "一、申报类型与名称", "承　诺", "推荐单位意见"]


def test_the_footer_counts_pages_with_fields_and_carries_the_checksum(sample) -> None:
    document = opened(render(sample))
    footer = document.sections[0].footer.paragraphs[0]
    assert [n.text.strip() for n in footer._element.iter(qn("w:instrText"))] == ["PAGE", "NUMPAGES"]
    assert footer.text.startswith("第 ") and f"校验码 {application_checksum(sample)}" in footer.text
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert (round(section.left_margin.mm), round(section.right_margin.mm)) == (30, 20)
    properties = document.core_properties
    assert properties.title == load_call().form_title
    assert properties.author == sample.rows(model.Member)[0].name
    assert properties.created == properties.modified == word.FIXED_TIME
    assert application_checksum(sample) in properties.subject


def test_the_same_application_gives_the_same_bytes(sample) -> None:
    assert render(sample) == render(sample)
    assert render(sample, TRADITIONAL) == render(sample, TRADITIONAL) != render(sample)


def test_traditional_converts_the_forms_words_and_keeps_what_was_typed(tmp_path: Path) -> None:
    doc = write_sample("base", tmp_path / "b.stoa")
    try:
        member = doc.rows(model.Member)[1]
        doc.set_value(model.Member, member.id, "name", "上海机器人产业发展有限公司")
        document = opened(render(doc, TRADITIONAL))
        org_name = doc.section(model.Application).org_name
    finally:
        doc.close()
    text = all_text(document)
    assert "上海机器人产业发展有限公司" in text and "上海機器人產業發展有限公司" not in text
    assert org_name in text
    assert headings(document)[0] == (1, "一、申報類型與名稱")
    assert "企業" in text  # a choice's value is the form's word, in the form's script
    assert "第 " in document.sections[0].footer.paragraphs[0].text
    assert "頁" in document.sections[0].footer.paragraphs[0].text


def test_rare_characters_line_breaks_and_control_characters_come_through(tmp_path: Path) -> None:
    doc = write_sample("base", tmp_path / "b.stoa")
    try:
        member = doc.rows(model.Member)[1]
        doc.set_value(model.Member, member.id, "name", "上海𠀀𪚥科技有限公司")
        doc.set_value(model.Member, member.id, "contribution", "参与标准研制；\n提供试验场地。")
        doc.set_value(model.Plan, 1, "mechanism", "机制\x01创新")  # (a received file's)
        document = opened(render(doc))
    finally:
        doc.close()
    text = all_text(document)
    assert "上海𠀀𪚥科技有限公司" in text  # Word finds a face for it: no mark in its place
    assert "参与标准研制；\n提供试验场地。" in text  # a line break inside the cell
    assert "机制?创新" in text


def test_a_cancel_stops_the_word_layout_and_a_huge_text_is_named(tmp_path: Path) -> None:
    doc = write_sample("base", tmp_path / "b.stoa")
    try:
        facts, checksum = load_facts(doc, TODAY), application_checksum(doc)
        doc.set_value(model.Application, 1, "org_name", "名" * 300_000)
        huge = load_facts(doc, TODAY)
    finally:
        doc.close()
    calls = 0

    def cancel_after_ten() -> None:
        nonlocal calls
        calls += 1
        if calls > 10:
            raise export.ExportCancelled()

    with pytest.raises(export.ExportCancelled):
        docx_form.render(facts, checksum, check=cancel_after_ten)
    with pytest.raises(TextTooLong, match="申报书「封面」中有一段文字长达 300000 字"):
        docx_form.render(huge, checksum)


# -- in the outputs and the package ---------------------------------------------------

def manifest(archive: zipfile.ZipFile) -> dict[str, list[str]]:
    text = archive.read(package.MANIFEST_NAME).decode("utf-8-sig")
    return {line.split("\t")[0]: line.split("\t")[1:] for line in text.splitlines()
            if line.count("\t") == 2}


def test_the_outputs_hold_the_word_form_and_the_zip_lists_it(tmp_path: Path) -> None:
    doc = write_sample("center", tmp_path / "c.stoa")
    try:
        assert docx_choice.in_package(doc)  # on by default
        result = export.export(export.take_snapshot(doc), tmp_path / "one")
        again = export.export(export.take_snapshot(doc), tmp_path / "two")
    finally:
        doc.close()
    written = tmp_path / "one" / export.FORM_DOCX_FILE
    assert written in result.files and written.read_bytes() == (
        tmp_path / "two" / export.FORM_DOCX_FILE).read_bytes()
    assert result.zip_path is not None and again.zip_path is not None
    assert result.zip_path.read_bytes() == again.zip_path.read_bytes()
    data = written.read_bytes()
    with zipfile.ZipFile(result.zip_path) as archive:
        assert archive.read(export.FORM_DOCX_FILE) == data
        assert manifest(archive)[export.FORM_DOCX_FILE] == [
            str(len(data)), hashlib.sha256(data).hexdigest()]


def test_the_files_choice_keeps_the_word_form_out_of_the_zip_not_out_of_the_folder(
        tmp_path: Path) -> None:
    doc = write_sample("base", tmp_path / "b.stoa")
    try:
        before = application_to_json(doc)
        doc.set_value(model.Application, 1, docx_choice.COLUMN, False)
        assert application_to_json(doc) == before  # the choice is not content: same checksum
        snapshot = export.take_snapshot(doc)
    finally:
        doc.close()
    doc = ApplicationFile.open(tmp_path / "b.stoa")  # remembered in the file
    try:
        assert not docx_choice.in_package(doc)
    finally:
        doc.close()
    result = export.export(snapshot, tmp_path / "out")
    assert (tmp_path / "out" / export.FORM_DOCX_FILE).is_file()
    with zipfile.ZipFile(result.zip_path) as archive:
        assert export.FORM_DOCX_FILE not in archive.namelist()
        assert export.FORM_DOCX_FILE not in manifest(archive)
    forced = export.export(snapshot, tmp_path / "forced", docx_in_package=True)
    with zipfile.ZipFile(forced.zip_path) as archive:
        assert export.FORM_DOCX_FILE in archive.namelist()


def test_the_command_line_chooses_with_docx_and_no_docx(
        tmp_path: Path, repo_root: Path, child_env: dict[str, str]) -> None:
    write_sample("center", tmp_path / "c.stoa").close()
    for flag, expected in (("--no-docx", False), ("--docx", True)):
        out = tmp_path / flag.strip("-")
        result = subprocess.run([sys.executable, "-m", "app", "export", str(tmp_path / "c.stoa"),
                                 "--out", str(out), flag], cwd=repo_root, env=child_env,
                                capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, result.stderr
        assert f"已输出：{out / export.FORM_DOCX_FILE}" in result.stdout
        (zip_path,) = out.glob("*.zip")
        with zipfile.ZipFile(zip_path) as archive:
            assert (export.FORM_DOCX_FILE in archive.namelist()) is expected


def test_a_version_4_file_is_upgraded_with_the_word_form_in_the_package(tmp_path: Path) -> None:
    for name in ("schema-v4-base.stoa", "schema-v4-center.stoa"):
        path = tmp_path / name
        shutil.copyfile(FIXTURES / name, path)
        assert storage.inspect_file(path) == 4
        doc = ApplicationFile.open(path)
        try:
            assert docx_choice.in_package(doc)
            doc.set_value(model.Application, 1, docx_choice.COLUMN, False)
        finally:
            doc.close()
        assert storage.inspect_file(path) == 5
        with sqlite3.connect(path) as connection:
            assert connection.execute(
                f"SELECT {docx_choice.COLUMN} FROM application").fetchone() == (0,)


# -- laid out by another program ------------------------------------------------------

FONTS_CONF = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>{fonts}</dir>
  <cachedir>{cache}</cachedir>
  <alias binding="same"><family>宋体</family><prefer><family>Noto Serif SC</family></prefer></alias>
  <alias binding="same"><family>黑体</family><prefer><family>WenQuanYi Micro Hei</family></prefer></alias>
</fontconfig>
"""


def big_application(path: Path) -> ApplicationFile:
    doc = write_sample("base", path)
    with doc.batch():
        for number in range(200):
            doc.add_row(model.Member, {"name": f"上海第{number}号智能网联汽车零部件有限公司",
                                       "credit_code": "91310000MA1FL0000X", "kind": "企业",
                                       "contribution": "参与标准研制、试验验证和推广应用。" * 3})
    return doc


@pytest.mark.slow
def test_libreoffice_lays_it_out_in_about_as_many_pages_as_our_pdf(tmp_path: Path) -> None:
    """Word and WPS are not on a CI machine; LibreOffice is. It must open the file without
    a complaint and, given the faces Windows would map 宋体/黑体 to, fill about as many
    pages as the PDF (the pages are rendered to PNG beside, to look at)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    conf = tmp_path / "fonts.conf"
    conf.write_text(FONTS_CONF.format(fonts=resource_path("fonts"), cache=tmp_path / "fc"),
                    encoding="utf-8")
    ours = {}
    for name, make in (("base", lambda p: write_sample("base", p)),
                       ("center", lambda p: write_sample("center", p)), ("big", big_application)):
        doc = make(tmp_path / f"{name}.stoa")
        try:
            (tmp_path / f"{name}.docx").write_bytes(render(doc))
            ours[name] = len(PdfReader(io.BytesIO(pdf.render(
                load_facts(doc, TODAY), application_checksum(doc), call_of(doc)))).pages)
        finally:
            doc.close()
    converted = subprocess.run(
        [soffice, f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path / "lo"),
         *[str(tmp_path / f"{name}.docx") for name in ours]],
        env={**os.environ, "FONTCONFIG_FILE": str(conf)},
        capture_output=True, text=True, timeout=600)
    assert converted.returncode == 0, converted.stderr
    for name, pages in ours.items():
        laid_out = PdfReader(tmp_path / "lo" / f"{name}.pdf")
        assert abs(len(laid_out.pages) - pages) <= 0.2 * pages, (name, len(laid_out.pages), pages)
        text = "".join(page.extract_text() for page in laid_out.pages)
        assert "二、申报单位基本情况" in text and "推荐单位意见" in text
        if shutil.which("pdftoppm"):
            subprocess.run(["pdftoppm", "-png", "-r", "40", str(tmp_path / "lo" / f"{name}.pdf"),
                            str(tmp_path / "lo" / name)], check=True, timeout=300)
