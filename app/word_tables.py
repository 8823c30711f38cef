"""Word tables as Chinese forms have them, for every .docx output (``app.word``'s tables).

A list is a real table: columns of fixed widths, a shaded header row Word repeats at
the top of every page (``w:tblHeader``), and rows that never break across pages
(``w:cantSplit``), so a row is read whole. Label cells are shaded, lines to sign or
write on are a cell's bottom border, a box is a table's outer border. What python-docx
has no API for goes through its documented element API (``docx.oxml``).
"""

from collections.abc import Sequence

from docx.document import Document as DocxDocument
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_ROW_HEIGHT_RULE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Mm
from docx.table import Table, _Cell, _Row

HEADER_FILL = "E8E8E8"  # as the PDF's (app.pdf.form)
LABEL_FILL = "F3F3F3"
# Elements that follow, in the schema's order (Word refuses a file whose order is wrong).
ROW_AFTER_CANT_SPLIT = ("w:trHeight", "w:tblHeader", "w:tblCellSpacing", "w:jc", "w:hidden")
ROW_AFTER_HEADER = ("w:tblCellSpacing", "w:jc", "w:hidden", "w:ins", "w:del")
CELL_AFTER_SHADING = ("w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign",
                      "w:hideMark")


def new_table(document: DocxDocument, widths_mm: Sequence[float], rows: int = 1,
              grid: bool = True) -> Table:
    """A table of fixed column widths (Word and WPS keep them, whatever the text), ruled
    like a form with the PDF's padding round each cell when ``grid``, else without lines."""
    table = document.add_table(rows=rows, cols=len(widths_mm))
    if grid:  # (by its id: setting it by name looks it up among all styles, slowly)
        table._tbl.tblPr.style = document.styles["Table Grid"].style_id
    table.autofit = False  # (w:tblLayout fixed)
    if grid:
        margins = OxmlElement("w:tblCellMar")
        for side, twips in (("top", 30), ("left", 80), ("bottom", 40), ("right", 80)):
            margin = OxmlElement(f"w:{side}")
            margin.set(qn("w:w"), str(twips))
            margin.set(qn("w:type"), "dxa")
            margins.append(margin)
        table._tbl.tblPr.insert_element_before(margins, "w:tblLook", "w:tblCaption",
                                               "w:tblDescription")
    for column, width in zip(table.columns, widths_mm, strict=True):
        column.width = Mm(width)  # (the grid: rows added later take their widths from it)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_mm, strict=True):
            cell.width = Mm(width)
    return table


def keep_whole(row: _Row, height_mm: float | None = None, exact: bool = False) -> _Row:
    """The row never breaks across a page; at least (or ``exact``ly) ``height_mm`` tall."""
    row._tr.get_or_add_trPr().insert_element_before(OxmlElement("w:cantSplit"), *ROW_AFTER_CANT_SPLIT)
    if height_mm is not None:
        row.height = Mm(height_mm)
        row.height_rule = WD_ROW_HEIGHT_RULE.EXACTLY if exact else WD_ROW_HEIGHT_RULE.AT_LEAST
    return row


def repeat_as_header(row: _Row) -> None:
    """Word repeats the row at the top of each page the table runs onto."""
    row._tr.get_or_add_trPr().insert_element_before(OxmlElement("w:tblHeader"), *ROW_AFTER_HEADER)


def is_repeated_header(row: _Row) -> bool:
    properties = row._tr.trPr
    return properties is not None and properties.find(qn("w:tblHeader")) is not None


def shade(cell: _Cell, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().insert_element_before(shading, *CELL_AFTER_SHADING)


def middle(cell: _Cell) -> None:
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def _border(name: str, size_eighths: int) -> BaseOxmlElement:
    border = OxmlElement(f"w:{name}")
    border.set(qn("w:val"), "single")
    border.set(qn("w:sz"), str(size_eighths))
    border.set(qn("w:space"), "0")
    border.set(qn("w:color"), "000000")
    return border


def underline(cell: _Cell, size_eighths: int = 5) -> None:
    """A line under the cell: where a name is written, signed or stamped."""
    borders = OxmlElement("w:tcBorders")
    borders.append(_border("bottom", size_eighths))
    cell._tc.get_or_add_tcPr().insert_element_before(borders, "w:shd", *CELL_AFTER_SHADING)


def box(table: Table, size_eighths: int = 6) -> None:
    """A frame round the whole table, no lines inside (the recommending unit's box)."""
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right"):
        borders.append(_border(side, size_eighths))
    table._tbl.tblPr.insert_element_before(borders, "w:shd", "w:tblLayout", "w:tblCellMar",
                                           "w:tblLook", "w:tblCaption", "w:tblDescription")
