"""A pilot report laid out as PDF: A4, the form's margins and faces, every page footed
with its number, the approved application's checksum and the report's own."""

import io
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app.pdf import MARGINS, fonts, numbered_canvas
from app.pdf.wrap import ChineseParagraph
from app.pilot import chart_pdf
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

WIDTH = A4[0] - 50 * mm
GRID = colors.HexColor("#404040")
HEADER_FILL = colors.HexColor("#e8e8e8")


def _style(name: str, face: str, size: float, leading: float, **extra: Any) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=face, fontSize=size, leading=leading, wordWrap="CJK",
                          **extra)


TITLE = _style("title", fonts.HEI, 20, 30, alignment=TA_CENTER, spaceAfter=12)
H1 = _style("h1", fonts.HEI, 14, 22, spaceBefore=10, spaceAfter=6, keepWithNext=1)
H2 = _style("h2", fonts.HEI, 11.5, 18, spaceBefore=6, spaceAfter=3, keepWithNext=1)
BODY = _style("body", fonts.SERIF, 10.5, 18, firstLineIndent=21, spaceAfter=4)
CELL = _style("cell", fonts.SERIF, 9, 13)
CELL_RIGHT = _style("cellRight", fonts.SERIF, 9, 13, alignment=TA_RIGHT)
CELL_HEAD = _style("cellHead", fonts.HEI, 9, 13, alignment=TA_CENTER)
CELL_BOLD = _style("cellBold", fonts.HEI, 9, 13)
CELL_BOLD_RIGHT = _style("cellBoldRight", fonts.HEI, 9, 13, alignment=TA_RIGHT)
LABEL = _style("label", fonts.HEI, 10.5, 16)
VALUE = _style("value", fonts.SERIF, 10.5, 16)
SIGN = _style("sign", fonts.SERIF, 14, 22)
DATE_LINE = _style("dateLine", fonts.SERIF, 14, 22, alignment=TA_RIGHT)


def _para(text: str, style: ParagraphStyle) -> ChineseParagraph:
    face = fonts.HEI if style.fontName == fonts.HEI else fonts.SERIF
    return ChineseParagraph(fonts.markup(text, face), style)


def _table(data: list[list[Any]], widths: list[float], commands: list[tuple[Any, ...]],
           **options: Any) -> Table:
    built = Table(data, colWidths=widths, **options)
    built.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.SERIF), *commands]))
    return built


def _grid(block: Grid) -> Table:
    scale = WIDTH / sum(block.widths)
    body = []
    for number, row in enumerate(block.rows):
        total = number >= len(block.rows) - block.totals
        body.append([_para(value, (CELL_BOLD_RIGHT if total else CELL_RIGHT)
                           if index in block.right else (CELL_BOLD if total else CELL))
                     for index, value in enumerate(row)])
    return _table([[_para(h, CELL_HEAD) for h in block.headers], *body],
                  [w * scale for w in block.widths],
                  [("GRID", (0, 0), (-1, -1), 0.5, GRID), ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE")], repeatRows=1)


def _fields(block: Fields) -> Table:
    return _table([[_para(label, LABEL), _para(value, VALUE)] for label, value in block.pairs],
                  [32 * mm, WIDTH - 32 * mm],
                  [("GRID", (0, 0), (-1, -1), 0.5, GRID),
                   ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f3f3f3")),
                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE")])


def _signatures(block: Signatures) -> list[Flowable]:
    sign = _table([[_para("负责人（签字）：", SIGN), ""],
                   [_para("申报单位（盖章）：", SIGN), _para(block.unit, SIGN)],
                   ["", ""],
                   ["", _para("＿＿＿＿年＿＿月＿＿日", DATE_LINE)]],
                  [55 * mm, WIDTH - 55 * mm],
                  [("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                   ("LINEBELOW", (1, 0), (1, 1), 0.6, colors.black)],
                  rowHeights=[16 * mm, 16 * mm, 24 * mm, 12 * mm])
    return [_para("本单位对以上内容的真实性负责。", BODY), Spacer(1, 16 * mm), KeepTogether(sign)]


def story(report: Report) -> list[Flowable]:
    flowables: list[Flowable] = [_para(report.title, TITLE)]
    for block in report.blocks:
        if isinstance(block, Heading):
            flowables.append(_para(block.text, H1 if block.level == 1 else H2))
        elif isinstance(block, Para):
            flowables.append(_para(block.text, BODY))
        elif isinstance(block, Fields):
            flowables += [_fields(block), Spacer(1, 4 * mm)]
        elif isinstance(block, Grid):
            flowables += [_grid(block), Spacer(1, 3 * mm)]
        elif isinstance(block, Figure):
            flowables += [chart_pdf.drawing(block.chart, WIDTH, block.height_mm * mm),
                          Spacer(1, 3 * mm)]
        elif isinstance(block, Signatures):
            flowables += _signatures(block)
        elif isinstance(block, NewPage):
            flowables.append(PageBreak())
    return flowables


def render(report: Report) -> bytes:
    """The report as PDF bytes, the same bytes for the same report (invariant mode)."""
    fonts.register()
    out = io.BytesIO()
    template = SimpleDocTemplate(out, pagesize=A4, title=report.title, author=report.unit,
                                 subject=f"申报书校验码 {report.application_checksum}",
                                 creator="新型标准化技术组织申报助手", invariant=1,
                                 initialFontName=fonts.SERIF, **MARGINS)
    template.build(story(report), canvasmaker=numbered_canvas(report.checksum, footer=(
        f"申报书校验码 {report.application_checksum}    报告校验码 {report.checksum}")))
    return out.getvalue()
