"""Every standard Chinese character a unit can type prints, in every output, and reads back.

A registered name may hold a character of any CJK block (GB 18030-2022 makes Extensions
B to F mandatory): the form, the mailing sheet and the attachment list set it in a
bundled face and a PDF reader gives the same code point back. Only a character that no
font has (a private-use character made with a 造字 program) stays an error, with a way on.
"""

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from reportlab.lib.styles import ParagraphStyle

from app import model, rules
from app.document import ApplicationFile
from app.export import FORM_FILE, MAILING_FILE, export, take_snapshot
from app.pdf import fonts
from app.pdf.wrap import ChineseParagraph
from app.samples import write_sample

BEFORE_DEADLINE = dt.date(2021, 10, 1)
# One character of each block, from its first row or a well-known one.
BLOCKS = {  # (the first is the applicant's: on the cover and the mailing sheet too)
    "Ext-B": "𠮷", "URO": "中", "Ext-A": "䶮", "Ext-C": "𪜀", "Ext-D": "𫝀", "Ext-E": "𫠠",
    "Ext-F": "𬺰", "Ext-G": "𰻞", "Ext-H": "𱍐", "Ext-I": "\U0002EBF0",
    "compatibility": "\uFA1F", "compatibility supplement": "\U0002F800",
}
PRIVATE_USE = "\ue8ff"  # what a 造字 program makes: no font but the unit's own has it

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils")


def pdftotext(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(pdf), "-"],
                          capture_output=True, check=True).stdout.decode("utf-8")


def squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _rare_application(tmp_path: Path) -> tuple[ApplicationFile, dict[str, str], str]:
    """The base sample with one unit name per block (the applicant's too) and an
    attachment whose name holds the rarest of them."""
    doc = write_sample("base", tmp_path / "rare.stoa")
    members = doc.rows(model.Member)
    assert len(members) >= len(BLOCKS)
    names: dict[str, str] = {}
    for member, (block, char) in zip(members, BLOCKS.items(), strict=False):
        names[block] = f"上海{char}野家{block[-1]}有限公司"
        doc.set_value(model.Member, member.id, "name", names[block])
    attachment = f"{BLOCKS['Ext-B']}野家{BLOCKS['Ext-G']}面{BLOCKS['Ext-H']}说明.pdf"
    doc.add_attachment("其他", attachment, b"%PDF-1.4\n%%EOF\n")
    return doc, names, attachment


@needs_poppler
def test_names_from_every_cjk_block_export_and_read_back_exactly(tmp_path: Path) -> None:
    doc, names, attachment = _rare_application(tmp_path)
    try:
        problems = [p for p in rules.check(doc, BEFORE_DEADLINE) if p.rule_id == "print.characters"]
        assert problems == []
        applicant = next(m for m in doc.rows(model.Member) if m.is_applicant).name
        result = export(take_snapshot(doc), tmp_path / "out")
    finally:
        doc.close()
    form = squeezed(pdftotext(tmp_path / "out" / FORM_FILE))
    for block, name in names.items():
        assert name in form, f"{block}: {name} does not read back from the form"
    assert attachment in form  # the attachment list: the name as given, no "?"
    mailing = squeezed(pdftotext(tmp_path / "out" / MAILING_FILE))
    assert applicant == names["Ext-B"] and applicant in mailing
    assert "?" not in form.split(attachment)[0][-20:]
    assert result.zip_path is not None and result.zip_path.exists()


@needs_poppler
def test_the_rare_faces_are_embedded_as_subsets(tmp_path: Path) -> None:
    doc, _names, _attachment = _rare_application(tmp_path)
    try:
        export(take_snapshot(doc), tmp_path / "out")
    finally:
        doc.close()
    listing = subprocess.run(["pdffonts", str(tmp_path / "out" / FORM_FILE)], capture_output=True,
                             check=True, text=True).stdout
    rare_lines = [line for line in listing.splitlines() if "JigmoExt" in line]
    assert {face for face in fonts.RARE if any(face in line for line in rare_lines)} == set(fonts.RARE)
    assert all(" yes yes " in line for line in rare_lines)  # embedded, as a subset


def test_a_private_use_character_is_still_an_error_that_says_how_to_go_on(tmp_path: Path) -> None:
    doc = write_sample("base", tmp_path / "s.stoa")
    try:
        member = next(m for m in doc.rows(model.Member) if m.is_applicant)
        doc.set_value(model.Member, member.id, "name", f"上海{PRIVATE_USE}{BLOCKS['Ext-B']}有限公司")
        found = [p for p in rules.check(doc, BEFORE_DEADLINE) if p.rule_id == "print.characters"]
    finally:
        doc.close()
    assert len(found) == 1
    message = str(found[0].message)
    assert "U+E8FF" in message and "U+20BB7" not in message
    assert "标准字符" in message and "手写" in message


def test_a_line_of_rare_characters_is_measured_and_set_in_the_face_that_has_them() -> None:
    fonts.register()
    style = ParagraphStyle("t", fontName=fonts.SERIF, fontSize=10, leading=14, wordWrap="CJK")
    text = ("上海" + BLOCKS["Ext-B"] + BLOCKS["Ext-G"]) * 10  # 40 characters, 10 pt each
    paragraph = ChineseParagraph(fonts.markup(text), style)
    paragraph.wrap(101, 1000)  # ten characters a line
    lines = paragraph.blPara.lines
    assert len(lines) == 4
    for line in lines:
        assert line.currentWidth <= 101
        for word in line.words:
            rare = {char for char in word.text if ord(char) > 0xFFFF}
            assert not rare or word.fontName in fonts.RARE, word.text
