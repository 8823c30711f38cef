"""The 申报书's blocks (``app.form_content``) as reportlab flowables: how the PDF looks.

What the form says is decided there, once, for the PDF and the Word copy alike; here
only faces, sizes, rules and spacing. The texts arrive final (in the document's script,
typed ones as typed), so nothing here converts them; ``para`` still converts for the
other printed sheets (the mailing sheet) that set their own fixed texts.
"""

from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus import PageBreak as NewPage

from app.call import Call
from app.form_blocks import (
    TYPED_LIMIT,
    Block,
    Caption,
    Cover,
    Declaration,
    Fields,
    FileName,
    Gap,
    Grid,
    Heading,
    Instructions,
    LongText,
    Note,
    PageBreak,
    Plain,
    Recommendation,
    TextTooLong,
    within_limit,
)
from app.form_content import form_content
from app.hant import fixed
from app.pdf import fonts
from app.pdf.wrap import ChineseParagraph
from app.rules.facts import Facts

__all__ = ["TYPED_LIMIT", "TextTooLong", "flowables", "make_style", "para", "story", "table",
           "within_limit"]

FRAME_WIDTH = 210 * mm - 30 * mm - 20 * mm  # A4 less the binding and right margins
GRID = colors.HexColor("#404040")
HEADER_FILL = colors.HexColor("#e8e8e8")
LABEL_FILL = colors.HexColor("#f3f3f3")


def make_style(name: str, face: str, size: float, leading: float, **extra: Any) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=face, fontSize=size, leading=leading,
                          wordWrap="CJK", **extra)


BODY = make_style("body", fonts.SERIF, 10.5, 18, firstLineIndent=21, spaceAfter=4)
PLAIN = make_style("plain", fonts.SERIF, 10.5, 18)
CELL = make_style("cell", fonts.SERIF, 9.5, 14)
SMALL_CELL = make_style("smallCell", fonts.SERIF, 8.5, 12)
CELL_RIGHT = make_style("cellRight", fonts.SERIF, 9.5, 14, alignment=TA_RIGHT)
CELL_HEAD = make_style("cellHead", fonts.HEI, 9.5, 14, alignment=TA_CENTER)
LABEL = make_style("label", fonts.HEI, 9.5, 14)
H1 = make_style("h1", fonts.HEI, 14, 22, spaceBefore=10, spaceAfter=6)
H2 = make_style("h2", fonts.HEI, 11.5, 18, spaceBefore=6, spaceAfter=3)
TITLE = make_style("title", fonts.HEI, 22, 34, alignment=TA_CENTER)
COVER_LABEL = make_style("coverLabel", fonts.HEI, 14, 22)
COVER_VALUE = make_style("coverValue", fonts.SERIF, 14, 22)
CENTERED = make_style("centered", fonts.HEI, 14, 22, alignment=TA_CENTER)
DATE_LINE = make_style("dateLine", fonts.SERIF, 14, 22, alignment=TA_RIGHT)
NOTE = make_style("note", fonts.SERIF, 9.5, 15, textColor=colors.HexColor("#333333"))
CAPTION = make_style("caption", fonts.HEI, 10, 16, spaceBefore=6, spaceAfter=3)
SEAL = make_style("seal", fonts.SERIF, 10, 16, textColor=colors.HexColor("#555555"))
PLEDGE = make_style("pledge", fonts.SERIF, 12, 24, firstLineIndent=24)


def table(data: list[list[Any]], widths: Sequence[float], commands: list[tuple[Any, ...]],
          **options: Any) -> Table:
    """A Table whose plain-text cells are set in our serif too (Table's default font is
    Helvetica, which would put an unembedded font into the PDF)."""
    built = Table(data, colWidths=list(widths), **options)
    built.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.SERIF), *commands]))
    return built


def para(text: str, style: ParagraphStyle = PLAIN, *, typed: bool = False) -> ChineseParagraph:
    """``text`` set in ``style``; a fixed text in the document's language, unless ``typed``
    (the form's blocks are final: they are all set as ``typed``)."""
    if typed:
        within_limit(text)  # (before its markup, which takes as long as its layout)
    face = fonts.HEI if style.fontName == fonts.HEI else fonts.SERIF
    return ChineseParagraph(fonts.markup(text if typed else fixed(text), face), style)


def text(value: str, style: ParagraphStyle = PLAIN) -> ChineseParagraph:
    """A block's text, as it is: a file's name with a mark for what no face can print."""
    shown = fonts.replace_unprintable(value) if isinstance(value, FileName) else value
    return para(shown, style, typed=True)


class CheckBox(Flowable):
    """A square, ticked or not: the cover's ☑/☐ (neither face has those characters)."""

    def __init__(self, checked: bool, size: float = 11) -> None:
        super().__init__()
        self.checked, self.size = checked, size
        self.width = self.height = size

    def draw(self) -> None:
        canvas, size = self.canv, self.size
        canvas.setLineWidth(0.8)
        canvas.rect(0, 0, size, size)
        if self.checked:
            canvas.setLineWidth(1.4)
            path = canvas.beginPath()
            path.moveTo(size * 0.2, size * 0.55)
            path.lineTo(size * 0.42, size * 0.22)
            path.lineTo(size * 0.82, size * 0.85)
            canvas.drawPath(path, stroke=1, fill=0)


def grid(block: Grid) -> Flowable:
    """A bordered table whose header row repeats after a page break; sums shaded."""
    total = sum(block.widths)
    col_widths = [FRAME_WIDTH * w / total for w in block.widths]
    data: list[list[Any]] = [[text(h, CELL_HEAD) for h in block.headers]]
    body = SMALL_CELL if block.small else CELL
    for row in block.rows:
        data.append([text(v, CELL_RIGHT if n in block.right else body) for n, v in enumerate(row)])
    style: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    built = table(data, col_widths, style, repeatRows=1)
    if block.totals:
        built.setStyle(TableStyle([("BACKGROUND", (0, n + 1), (-1, n + 1), LABEL_FILL)
                                   for n in block.totals]))
    return built


def fields(block: Fields) -> Flowable:
    """Label/value pairs in a bordered table, ``columns`` pairs per row."""
    columns, data = block.columns, []
    for start in range(0, len(block.pairs), columns):
        row: list[Any] = []
        for label, value in block.pairs[start:start + columns]:
            row += [text(label, LABEL), text(value, CELL)]
        row += [""] * (2 * columns - len(row))
        data.append(row)
    spans = []
    if columns == 2 and len(block.pairs) % 2:  # the last value takes the whole row
        spans = [("SPAN", (1, len(data) - 1), (3, len(data) - 1))]
    label_width, value_width = (34 * mm, FRAME_WIDTH / 2 - 34 * mm) if columns == 2 else (
        40 * mm, FRAME_WIDTH - 40 * mm)
    style: list[tuple[Any, ...]] = [("GRID", (0, 0), (-1, -1), 0.5, GRID), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
             ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
    style += [("BACKGROUND", (2 * n, 0), (2 * n, -1), LABEL_FILL) for n in range(columns)]
    style += spans
    return table(data, [label_width, value_width] * columns, style)


def cover(block: Cover) -> list[Flowable]:
    types = table([[CheckBox(checked), text(label, COVER_VALUE)] for label, checked in block.types],
                  [8 * mm, 80 * mm],
                  [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    rows: list[list[Any]] = [[text(block.type_label, COVER_LABEL), types]]
    for line in block.lines:
        value: Any = text(line.value, COVER_VALUE)
        if line.seal:
            value = [value, text(line.seal, SEAL), Spacer(1, 24 * mm)]
        rows.append([text(line.label, COVER_LABEL), value])
    lines = table(rows, [44 * mm, FRAME_WIDTH - 54 * mm], [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (1, 1), (1, -1), 0.6, colors.black),
        ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ])
    return [Spacer(1, 30 * mm), text(block.title, TITLE), Spacer(1, 28 * mm),
            lines, Spacer(1, 30 * mm), text(block.issuer, CENTERED)]


def instructions(block: Instructions) -> list[Flowable]:
    story: list[Flowable] = [text(block.title, TITLE), Spacer(1, 10 * mm)]
    for number, item in enumerate(block.items, start=1):
        story.append(text(item, make_style(f"instruction{number}", fonts.SERIF, 11, 20,
                                           leftIndent=16, firstLineIndent=-16, spaceAfter=6)))
    return story


def declaration(block: Declaration) -> list[Flowable]:
    sign = table([*[[text(label, COVER_VALUE), text(value, COVER_VALUE) if value else ""]
                    for label, value in block.lines],
                  ["", ""],
                  ["", text(block.date, DATE_LINE)]],
                 [55 * mm, FRAME_WIDTH - 55 * mm],
                 [("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                  ("LINEBELOW", (1, 0), (1, 1), 0.6, colors.black),
                  ("ALIGN", (1, 3), (1, 3), "RIGHT")],
                 rowHeights=[16 * mm, 16 * mm, 24 * mm, 12 * mm])
    return [text(block.title, TITLE), Spacer(1, 10 * mm), text(block.text, PLEDGE),
            Spacer(1, 20 * mm), KeepTogether(sign)]


def recommendation(block: Recommendation) -> list[Flowable]:
    box = table([[text(block.opinion_label, COVER_LABEL)],
                 [""],
                 [text(block.seal_line, COVER_VALUE)],
                 [text(block.date, DATE_LINE)]],
                [FRAME_WIDTH],
                [("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                 ("VALIGN", (0, 0), (-1, -1), "TOP"),
                 ("LEFTPADDING", (0, 0), (-1, -1), 8),
                 ("RIGHTPADDING", (0, 0), (-1, -1), 12)],
                rowHeights=[12 * mm, 120 * mm, 14 * mm, 16 * mm])
    return [text(block.title, TITLE), Spacer(1, 8 * mm), text(block.unit_line, PLAIN),
            Spacer(1, 4 * mm), box, Spacer(1, 4 * mm), text(block.note, NOTE)]


def flowables(block: Block) -> list[Flowable]:
    """One block as the flowables that print it."""
    match block:
        case Heading(title, 1):  # never alone at the foot of a page
            return [CondPageBreak(40 * mm), text(title, H1)]
        case Heading(title, _):  # (without holding its table back, as keepWithNext would:
            return [CondPageBreak(30 * mm), text(title, H2)]  # a long table may start under it)
        case Fields():
            return [fields(block)]
        case Grid():
            return [grid(block)]
        case LongText(paragraphs):
            return [text(line, BODY) for line in paragraphs]
        case Plain(line):
            return [text(line, PLAIN)]
        case Note(line):
            return [text(line, NOTE)]
        case Caption(line):
            return [text(line, CAPTION)]
        case Gap(points):
            return [Spacer(1, points)]
        case PageBreak():
            return [NewPage()]
        case Cover():
            return cover(block)
        case Instructions():
            return instructions(block)
        case Declaration():
            return declaration(block)
        case Recommendation():
            return recommendation(block)
    raise TypeError(f"no layout for {block!r}")


def story(facts: Facts, call: Call) -> list[Flowable]:
    """The whole form as the story of one copy (within ``app.hant.writing_in``)."""
    return [flowable for block in form_content(facts, call) for flowable in flowables(block)]
