"""A pilot report laid out as .docx (``app.word``): the same blocks as the PDF, the same
stamp and signature spaces and checksums; a chart becomes the table of its figures,
which Word users can turn into a chart of their own."""

from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from app import word
from app.pilot import charts
from app.pilot.report_content import (
    Fields,
    Figure,
    Grid,
    Heading,
    NewPage,
    Para,
    Report,
    Signatures,
)

TEXT_WIDTH_MM = 160  # A4 less the form's margins


def _shade(cell: object) -> None:
    properties = cell._element.get_or_add_tcPr()  # type: ignore[attr-defined]
    fill = OxmlElement("w:shd")
    fill.set(qn("w:val"), "clear")
    fill.set(qn("w:fill"), "E8E8E8")
    properties.append(fill)


def _cell_text(cell: object, text: str, bold: bool = False, right: bool = False,
               face: str = word.SONG) -> None:
    paragraph = cell.paragraphs[0]  # type: ignore[attr-defined]
    if right:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    word.add_text(paragraph, text, word.HEI if bold else face, "五号")


def _grid(document: DocxDocument, headers: tuple[str, ...], rows: tuple[tuple[str, ...], ...],
          widths: tuple[int, ...], right: tuple[int, ...] = (), totals: int = 0) -> None:
    table = document.add_table(rows=1 + len(rows), cols=len(headers))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    scale = TEXT_WIDTH_MM / sum(widths)
    sizes = [Mm(width * scale) for width in widths]
    # Word reads the cells' widths, LibreOffice and WPS the grid's: both are set.
    table.autofit = False
    for index, size in enumerate(sizes):
        table.columns[index].width = size
    # (each row's cells fetched once: python-docx finds a cell by walking the table)
    for number, (row, cells) in enumerate(zip(table.rows, (headers, *rows), strict=True)):
        bold = number == 0 or number > len(rows) - totals
        for index, (cell, value) in enumerate(zip(row.cells, cells, strict=True)):
            _cell_text(cell, value, bold, index in right and number > 0)
            cell.width = sizes[index]
            if number == 0:
                _shade(cell)
    document.add_paragraph()


def _figure(document: DocxDocument, chart: charts.Chart) -> None:
    if isinstance(chart, charts.BarChart):
        rows = tuple((category, *(charts.number_text(s.values[i]) for s in chart.series))
                     for i, category in enumerate(chart.categories))
        headers = (chart.title, *(f"{s.name}（{chart.unit}）" for s in chart.series))
        _grid(document, headers, rows, (40, *(20,) * len(chart.series)),
              right=tuple(range(1, len(headers))))


def _signatures(document: DocxDocument, block: Signatures) -> None:
    word.add_text(document.add_paragraph(), "本单位对以上内容的真实性负责。")
    for _blank in range(3):
        document.add_paragraph()
    for label, value in (("负责人（签字）：", "＿＿＿＿＿＿＿＿＿＿"), ("申报单位（盖章）：", block.unit)):
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.space_after = Pt(24)
        word.add_text(paragraph, label, size="四号")
        word.add_text(paragraph, value, size="四号")
    paragraph = document.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    word.add_text(paragraph, "＿＿＿＿年＿＿月＿＿日", size="四号")


def document(report: Report) -> DocxDocument:
    result = word.new_document(report.title, report.unit)
    title = result.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    word.add_text(title, report.title, word.HEI, "二号")
    for block in report.blocks:
        if isinstance(block, Heading):
            heading = result.add_heading(level=block.level)
            word.add_text(heading, block.text, word.HEI, "三号" if block.level == 1 else "四号")
        elif isinstance(block, Para):
            paragraph = result.add_paragraph()
            paragraph.paragraph_format.first_line_indent = Pt(24)
            word.add_text(paragraph, block.text)
        elif isinstance(block, Fields):
            _grid(result, ("项目", "内容"), block.pairs, (25, 75))
        elif isinstance(block, Grid):
            _grid(result, block.headers, block.rows, block.widths, block.right, block.totals)
        elif isinstance(block, Figure):
            _figure(result, block.chart)
        elif isinstance(block, Signatures):
            _signatures(result, block)
        elif isinstance(block, NewPage):
            result.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    word.page_footer(result, ("第", "页 共", "页"),
                     f"{report.application_checksum}    报告校验码 {report.checksum}",
                     checksum_label="申报书校验码")
    return result


def render(report: Report) -> bytes:
    """The report as .docx bytes, identical for an identical report (``word.to_bytes``)."""
    return word.to_bytes(document(report))
