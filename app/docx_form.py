"""The 申报书 as a Word document (申报书.docx): the blocks of ``app.form_content``, the
same the PDF prints, laid out with python-docx through ``app.word``.

It reads as if typed in Word: sections 一 onward are Heading 1 and their parts Heading 2
(Word's navigation pane lists them), every list is a real table whose header row repeats
on each page and whose rows never split, a typed text is paragraphs indented by two
characters, the cover has its ☑/☐ and the lines to stamp on. 宋体 for text, 黑体 for
headings and labels, sizes in 号, the footer 第 X 页 共 Y 页 (Word's PAGE and NUMPAGES)
with the checksum. Same content, same bytes (``app.word.to_bytes``).
"""

import datetime as dt
from collections.abc import Callable
from copy import deepcopy

from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.oxml.table import CT_Row
from docx.oxml.text.font import CT_RPr
from docx.shared import Mm, Pt, RGBColor
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from docx.text.parfmt import ParagraphFormat
from docx.text.run import Run

from app import word
from app.call import Call, load_call
from app.document import ApplicationFile
from app.form_blocks import (
    Block,
    Caption,
    Cover,
    Declaration,
    Fields,
    Gap,
    Grid,
    Heading,
    Instructions,
    LongText,
    Note,
    PageBreak,
    Plain,
    Recommendation,
)
from app.form_content import form_content
from app.hant import SIMPLIFIED, TRADITIONAL, fixed, writing_in
from app.json_io import application_checksum
from app.rules.facts import Facts, load_facts
from app.word_tables import (
    HEADER_FILL,
    LABEL_FILL,
    box,
    keep_whole,
    middle,
    new_table,
    repeat_as_header,
    shade,
    underline,
)

TEXT_WIDTH_MM = 210 - word.MARGINS_MM["left"] - word.MARGINS_MM["right"]
WORD_LANGUAGES = {SIMPLIFIED: "zh-CN", TRADITIONAL: "zh-TW"}
SYMBOL_FACE = "Segoe UI Symbol"  # has ☑ and ☐ on every Windows since 7 (宋体 has not ☑)
GREY = RGBColor(0x55, 0x55, 0x55)
CHECK_EVERY = 50  # table rows written between two calls of the cancel check
# (face, size, line spacing in points) of the body texts, near the PDF's so the two have
# about as many pages.
BODY = (word.SONG, "五号", 18)
CELL = (word.SONG, "小五", 13)
CELL_HEAD = (word.HEI, "小五", 13)


def render(facts: Facts, checksum: str, call: Call | None = None, language: str = SIMPLIFIED,
           check: Callable[[], None] | None = None) -> bytes:
    """The form as .docx bytes, its fixed texts in ``language`` (``app.hant``), typed ones
    as typed. Reads only ``facts`` (a worker thread may run it); ``check`` may raise to stop."""
    call = call or load_call()
    with writing_in(language, verbatim=call.identifiers):
        blocks = form_content(facts, call)
        document = word.new_document(fixed(call.form_title), facts.applicant_member.name,
                                     WORD_LANGUAGES[language])
        document.core_properties.subject = fixed(f"{call.subject_mark} 校验码 {checksum}")
        writer = FormWriter(document, check or (lambda: None))
        for block in blocks:
            writer.add(block)
        word.page_footer(document, (fixed("第"), fixed("页 共"), fixed("页")), checksum,
                         fixed("校验码"))
    return word.to_bytes(document)


def render_document(doc: ApplicationFile, language: str = SIMPLIFIED) -> bytes:
    """The Word form of an open application."""
    from app.call_store import call_of

    return render(load_facts(doc, dt.date.today()), application_checksum(doc), call_of(doc),
                  language=language)


def _spacing(paragraph: ParagraphFormat, points: float) -> None:
    """Lines at least ``points`` apart (a line with a taller face, such as a rare
    character's, grows rather than being cut)."""
    paragraph.line_spacing = Pt(points)
    paragraph.line_spacing_rule = WD_LINE_SPACING.AT_LEAST


def _styles(document: DocxDocument) -> None:
    """Paragraphs without the template's 10 pt after each (a table cell would gape);
    headings in 黑体 as the PDF sets them: not bold, not coloured, kept with what follows."""
    normal = document.styles["Normal"].paragraph_format
    normal.space_before = normal.space_after = Pt(0)
    normal.line_spacing_rule = WD_LINE_SPACING.SINGLE
    for level, size, before, after in ((1, "四号", 10, 6), (2, "小四", 6, 3)):
        style = document.styles[f"Heading {level}"]
        style.font.bold = False
        style.font.size = Pt(word.SIZES[size])
        style.paragraph_format.space_before = Pt(before)
        style.paragraph_format.space_after = Pt(after)
        style.paragraph_format.keep_with_next = True


class FormWriter:
    """Appends blocks to a document, one after the other."""

    def __init__(self, document: DocxDocument, check: Callable[[], None]) -> None:
        self.document, self.check = document, check
        self.new_page = False  # the next paragraph starts a page
        self.style_ids: dict[str, str] = {}
        self.run_properties: dict[tuple[str, str], CT_RPr] = {}
        _styles(document)

    def paragraph(self, text: str = "", face: str = word.SONG, size: str = "五号",
                  spacing: float | None = None, align: WD_ALIGN_PARAGRAPH | None = None,
                  style: str | None = None) -> Paragraph:
        """A paragraph of ``text`` in one run (none when empty)."""
        paragraph = self.document.add_paragraph()
        if style is not None:  # (by its id: python-docx looks a name up among all styles)
            paragraph._p.style = self.style_ids.setdefault(
                style, self.document.styles[style].style_id)
        if self.new_page:
            paragraph.paragraph_format.page_break_before = True
            self.new_page = False
        if text:
            self.text(paragraph, text, face, size)
        if spacing is not None:
            _spacing(paragraph.paragraph_format, spacing)
        if align is not None:
            paragraph.alignment = align
        return paragraph

    def text(self, paragraph: Paragraph, text: str, face: str, size: str) -> Run:
        """``word.add_text``, its run properties made once per face and size and copied
        after (python-docx took most of the form's time making them run by run)."""
        made = self.run_properties.get((face, size))
        if made is None:
            run = word.add_text(paragraph, text, face, size)
            self.run_properties[face, size] = deepcopy(run._r.get_or_add_rPr())
            return run
        run = paragraph.add_run(word.xml_safe(text))
        run._r.insert(0, deepcopy(made))  # (w:rPr comes first in a run)
        return run

    def add(self, block: Block) -> None:
        self.check()
        match block:
            case Heading(title, level):
                self.paragraph(title, word.HEI, "四号" if level == 1 else "小四",
                               style=f"Heading {min(level, 2)}")
            case Fields():
                self.fields(block)
            case Grid():
                self.grid(block)
            case LongText(paragraphs):
                for text in paragraphs:
                    self.indented(text, *BODY, after=4)
            case Plain(text):
                self.paragraph(text, spacing=18)
            case Note(text):
                run = self.paragraph(text, size="小五", spacing=15).runs[0]
                run.font.color.rgb = RGBColor(0x33, 0x33, 0x33)
            case Caption(text):
                caption = self.paragraph(text, word.HEI, "五号", spacing=16)
                caption.paragraph_format.space_before = Pt(6)
                caption.paragraph_format.space_after = Pt(3)
                caption.paragraph_format.keep_with_next = True
            case Gap():
                pass  # (Word puts a paragraph's own space after it)
            case PageBreak():
                self.new_page = True
            case Cover():
                self.cover(block)
            case Instructions():
                self.instructions(block)
            case Declaration():
                self.declaration(block)
            case Recommendation():
                self.recommendation(block)
            case _:
                raise TypeError(f"no layout for {block!r}")

    def indented(self, text: str, face: str, size: str, spacing: float, after: float) -> Paragraph:
        """A paragraph whose first line is indented by two characters (w:firstLineChars,
        which Word and WPS keep at two characters whatever the size)."""
        paragraph = self.paragraph(text, face, size, spacing, WD_ALIGN_PARAGRAPH.JUSTIFY)
        paragraph.paragraph_format.first_line_indent = Pt(2 * word.SIZES[size])
        paragraph.paragraph_format.element.get_or_add_pPr().get_or_add_ind().set(
            qn("w:firstLineChars"), "200")
        paragraph.paragraph_format.space_after = Pt(after)
        return paragraph

    # -- tables ------------------------------------------------------------------------

    def cell_text(self, cell: _Cell, text: str, face: str, size: str, spacing: float,
                  align: WD_ALIGN_PARAGRAPH | None = None) -> Paragraph:
        paragraph = cell.paragraphs[0]
        if text:
            self.text(paragraph, text, face, size)
        _spacing(paragraph.paragraph_format, spacing)
        if align is not None:
            paragraph.alignment = align
        middle(cell)
        return paragraph

    def grid(self, block: Grid) -> None:
        total = sum(block.widths)
        widths = [TEXT_WIDTH_MM * w / total for w in block.widths]
        table = new_table(self.document, widths)
        header = table.rows[0]
        keep_whole(header)
        repeat_as_header(header)
        for cell, text in zip(header.cells, block.headers, strict=True):
            self.cell_text(cell, text, *CELL_HEAD, align=WD_ALIGN_PARAGRAPH.CENTER)
            shade(cell, HEADER_FILL)
        plain = self.row_model(table, block, shaded=False)
        summed = self.row_model(table, block, shaded=True) if block.totals else plain
        for number, values in enumerate(block.rows):
            if number % CHECK_EVERY == 0:
                self.check()
            row = deepcopy(summed if number in block.totals else plain)
            table._tbl.append(row)
            for cell, text in zip(row.tc_lst, values, strict=True):
                cell.p_lst[0].r_lst[0].text = word.xml_safe(text)
        self.after_table()

    def row_model(self, table: Table, block: Grid, shaded: bool) -> CT_Row:
        """A row of the table, formatted and empty, taken out of it to be copied for each
        item: building every cell through python-docx took seconds for a large list."""
        row = keep_whole(table.add_row())
        for column, cell in enumerate(row.cells):
            right = WD_ALIGN_PARAGRAPH.RIGHT if column in block.right else None
            self.cell_text(cell, "-", *CELL, right)
            if shaded:
                shade(cell, LABEL_FILL)
        table._tbl.remove(row._tr)
        return row._tr

    def fields(self, block: Fields) -> None:
        """Label/value pairs: labels in 黑体 on a shaded cell; an odd last value spans."""
        columns = block.columns
        pair = [34.0, TEXT_WIDTH_MM / 2 - 34] if columns == 2 else [40.0, TEXT_WIDTH_MM - 40]
        table = new_table(self.document, pair * columns, rows=0)
        for start in range(0, len(block.pairs), columns):
            row = keep_whole(table.add_row())
            cells = row.cells
            for n, (label, value) in enumerate(block.pairs[start:start + columns]):
                self.cell_text(cells[2 * n], label, *CELL_HEAD)
                shade(cells[2 * n], LABEL_FILL)
                self.cell_text(cells[2 * n + 1], value, *CELL)
            taken = len(block.pairs[start:start + columns])
            if taken < columns:  # the last value takes the rest of the row
                cells[2 * taken - 1].merge(cells[-1])
        self.after_table()

    def after_table(self) -> None:
        """Word needs a paragraph between two tables (else they join into one); a small one."""
        spacer = self.paragraph()
        spacer.paragraph_format.line_spacing = Pt(6)

    # -- the pages outside the sections -----------------------------------------------

    def title(self, text: str) -> Paragraph:
        paragraph = self.paragraph(text, word.HEI, "二号", align=WD_ALIGN_PARAGRAPH.CENTER)
        paragraph.paragraph_format.space_after = Pt(10)
        return paragraph

    def cover(self, block: Cover) -> None:
        self.paragraph().paragraph_format.space_before = Mm(30)
        self.title(block.title).paragraph_format.space_after = Mm(28)
        table = new_table(self.document, [44, TEXT_WIDTH_MM - 54], rows=0, grid=False)
        row = keep_whole(table.add_row())
        self.cell_text(row.cells[0], block.type_label, word.HEI, "四号", 22)
        row.cells[0].vertical_alignment = None
        boxes = row.cells[1].paragraphs[0]
        for number, (name, checked) in enumerate(block.types):
            paragraph = boxes if number == 0 else row.cells[1].add_paragraph()
            word.set_font(paragraph.add_run("☑" if checked else "☐"), word.SONG, "四号",
                          latin=SYMBOL_FACE)
            self.text(paragraph, f" {name}", word.SONG, "四号")
        for line in block.lines:
            row = keep_whole(table.add_row())
            label, value = row.cells
            self.cell_text(label, line.label, word.HEI, "四号", 22).paragraph_format.space_before = Pt(8)
            written = self.cell_text(value, line.value, word.SONG, "四号", 22)
            written.paragraph_format.space_before = Pt(8)
            if line.seal:
                seal = value.add_paragraph()
                self.text(seal, line.seal, word.SONG, "五号").font.color.rgb = GREY
                seal.paragraph_format.space_after = Mm(24)  # room for the seal
            label.vertical_alignment = value.vertical_alignment = None  # (at the top)
            underline(value)
        self.after_table()
        issuer = self.paragraph(block.issuer, word.HEI, "四号", align=WD_ALIGN_PARAGRAPH.CENTER)
        issuer.paragraph_format.space_before = Mm(26)

    def instructions(self, block: Instructions) -> None:
        self.title(block.title).paragraph_format.space_after = Mm(10)
        for item in block.items:
            paragraph = self.paragraph(item, size="五号", spacing=20, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            paragraph.paragraph_format.left_indent = Pt(16)
            paragraph.paragraph_format.first_line_indent = Pt(-16)
            paragraph.paragraph_format.space_after = Pt(6)

    def declaration(self, block: Declaration) -> None:
        self.title(block.title).paragraph_format.space_after = Mm(10)
        self.indented(block.text, word.SONG, "小四", 24, after=0)
        self.paragraph().paragraph_format.space_after = Mm(20)
        table = new_table(self.document, [55, TEXT_WIDTH_MM - 55], rows=0, grid=False)
        for label, value in block.lines:
            row = keep_whole(table.add_row(), 16)
            self.cell_text(row.cells[0], label, word.SONG, "四号", 22)
            self.cell_text(row.cells[1], value, word.SONG, "四号", 22)
            for cell in row.cells:
                cell.vertical_alignment = None
                cell.paragraphs[0].paragraph_format.space_before = Mm(8)
            underline(row.cells[1])
        self.after_table()
        date = self.paragraph(block.date, size="四号", align=WD_ALIGN_PARAGRAPH.RIGHT)
        date.paragraph_format.space_before = Mm(24)

    def recommendation(self, block: Recommendation) -> None:
        self.title(block.title).paragraph_format.space_after = Mm(8)
        self.paragraph(block.unit_line, spacing=18).paragraph_format.space_after = Mm(4)
        table = new_table(self.document, [TEXT_WIDTH_MM], rows=0, grid=False)
        box(table)
        for text, face, height, align in (
                (block.opinion_label, word.HEI, 12, None), ("", word.SONG, 120, None),
                (block.seal_line, word.SONG, 14, None),
                (block.date, word.SONG, 16, WD_ALIGN_PARAGRAPH.RIGHT)):
            row = keep_whole(table.add_row(), height, exact=True)
            self.cell_text(row.cells[0], text, face, "四号", 22, align)
            row.cells[0].vertical_alignment = None
        self.after_table()
        note = self.paragraph(block.note, size="小五", spacing=15)
        note.runs[0].font.color.rgb = RGBColor(0x33, 0x33, 0x33)
