"""app.word: the base every Word output is built on."""

import zipfile
from pathlib import Path

import docx
from docx.oxml.ns import qn

from app import word


def _letter(author: str = "上海某某有限公司") -> docx.document.Document:
    document = word.new_document("支持函", author)
    paragraph = document.add_paragraph()
    word.add_text(paragraph, "兹支持𠀀申报 ABC", size="四号")
    document.add_heading("一、基本情况", level=1)
    word.page_footer(document, ("第", "页 共", "页"), "ab12cd34")
    return document


def test_the_same_content_gives_the_same_bytes() -> None:
    assert word.to_bytes(_letter()) == word.to_bytes(_letter())
    assert word.to_bytes(_letter()) != word.to_bytes(_letter("另一单位"))


def test_every_run_names_an_east_asian_face_and_the_size_in_hao(tmp_path: Path) -> None:
    path = word.save(_letter(), tmp_path / "letter.docx")
    document = docx.Document(str(path))
    run = document.paragraphs[0].runs[0]
    assert run.text == "兹支持𠀀申报 ABC"
    assert run._element.rPr.rFonts.get(qn("w:eastAsia")) == word.SONG
    assert run.font.size.pt == 14.0
    heading_fonts = document.styles["Heading 1"].element.rPr.rFonts
    assert heading_fonts.get(qn("w:eastAsia")) == word.HEI
    section = document.sections[0]
    assert round(section.page_width.mm) == 210 and round(section.left_margin.mm) == 30


def test_properties_name_the_application_not_the_machine(tmp_path: Path) -> None:
    path = word.save(_letter(), tmp_path / "letter.docx")
    properties = docx.Document(str(path)).core_properties
    assert (properties.title, properties.author, properties.last_modified_by) == (
        "支持函", "上海某某有限公司", "上海某某有限公司")
    assert properties.created.year == 2000
    with zipfile.ZipFile(path) as package:
        assert {info.date_time for info in package.infolist()} == {word.ZIP_TIME}


def test_the_footer_counts_pages_with_word_fields(tmp_path: Path) -> None:
    path = word.save(_letter(), tmp_path / "letter.docx")
    footer = docx.Document(str(path)).sections[0].footer.paragraphs[0]
    codes = [node.text.strip() for node in footer._element.iter(qn("w:instrText"))]
    assert codes == ["PAGE", "NUMPAGES"]
    assert "校验码 ab12cd34" in footer.text
