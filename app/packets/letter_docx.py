"""The support letter as .docx (``app.word``), for a unit that must put it on its own
letterhead: the same words as the PDF, in 仿宋 三号 as official letters are set."""

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from app import word
from app.packets.letter import Letter


def render_letter_docx(letter: Letter) -> bytes:
    document = word.new_document(letter.file_title, "新型标准化技术组织申报助手")
    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.paragraph_format.space_after = Pt(18)
    word.add_text(title, letter.title, word.HEI, "二号")
    word.add_text(document.add_paragraph(), letter.addressee, word.FANGSONG, "三号")
    for text in (letter.opening, *letter.pledges, letter.closing):
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.first_line_indent = Pt(32)
        paragraph.paragraph_format.line_spacing = Pt(28)
        word.add_text(paragraph, text, word.FANGSONG, "三号")
    document.add_paragraph()
    for text in letter.signature:
        paragraph = document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        paragraph.paragraph_format.space_before = Pt(10)
        word.add_text(paragraph, text, word.FANGSONG, "三号")
    return word.to_bytes(document)
