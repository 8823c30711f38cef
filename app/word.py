"""Word documents (.docx) as Chinese offices expect them, written with python-docx.

Every Word output (the form, member letters, pilot reports) starts from ``new_document``
and ends with ``save``: A4 with the printed form's margins, 宋体/黑体 named as Windows
has them with the East Asian font attribute on every run (else Word and WPS show CJK in a
Latin face's fallback), sizes in 号, and byte-identical files for identical content.
What python-docx has no API for (fields, the East Asian font attribute) goes through its
documented low-level element API (``docx.oxml``).
"""

import datetime as dt
import io
import re
import zipfile
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Mm, Pt
from docx.text.paragraph import Paragraph
from docx.text.run import Run

# 字号 in points, as Chinese forms name sizes.
SIZES = {"初号": 42.0, "小初": 36.0, "一号": 26.0, "小一": 24.0, "二号": 22.0, "小二": 18.0,
         "三号": 16.0, "小三": 15.0, "四号": 14.0, "小四": 12.0, "五号": 10.5, "小五": 9.0}
SONG = "宋体"  # SimSun: the body face of government forms
HEI = "黑体"  # SimHei: headings
FANGSONG = "仿宋"
LATIN = "Times New Roman"  # the Latin face Chinese Windows pairs with 宋体
# The PDF's page: A4 with a wider left margin for binding (app.pdf.MARGINS).
MARGINS_MM = {"left": 30, "right": 20, "top": 22, "bottom": 22}
# A fixed moment for the document's properties: a date taken from the machine's clock
# would make two exports of the same application differ.
FIXED_TIME = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
ZIP_TIME = (1980, 1, 1, 0, 0, 0)


# What XML 1.0 cannot hold (control characters a pasted or received text may carry): lxml
# refuses it, and with it the whole document. Each is written as "?" instead.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    return NOT_XML.sub("?", text)


def set_font(run: Run, east_asian: str = SONG, size: str | float = "小四",
             bold: bool | None = None, latin: str = LATIN) -> Run:
    """Give ``run`` a face for CJK (``w:eastAsia``) and one for Latin text, and a size
    (a 号 name or points)."""
    run.font.name = latin
    fonts = run._element.get_or_add_rPr().get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), east_asian)
    fonts.set(qn("w:hAnsi"), latin)
    run.font.size = Pt(SIZES[size] if isinstance(size, str) else size)
    if bold is not None:
        run.font.bold = bold
    return run


def add_text(paragraph: Paragraph, text: str, east_asian: str = SONG,
             size: str | float = "小四", bold: bool | None = None) -> Run:
    """Append ``text`` to ``paragraph`` as one run in the given face and size (a line
    break in ``text`` breaks the line)."""
    return set_font(paragraph.add_run(xml_safe(text)), east_asian, size, bold)


def _style_fonts(document: DocxDocument, name: str, east_asian: str, size: str) -> None:
    style = document.styles[name]
    style.font.name = LATIN
    style.font.size = Pt(SIZES[size])
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), east_asian)
    fonts.set(qn("w:hAnsi"), LATIN)


def new_document(title: str, author: str, language: str = "zh-CN") -> DocxDocument:
    """An empty A4 document with the form's margins, 宋体 小四 body and 黑体 headings,
    and properties that name the application, not the machine's user."""
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin, section.right_margin = Mm(MARGINS_MM["left"]), Mm(MARGINS_MM["right"])
    section.top_margin, section.bottom_margin = Mm(MARGINS_MM["top"]), Mm(MARGINS_MM["bottom"])
    _style_fonts(document, "Normal", SONG, "小四")
    for level, size in ((1, "三号"), (2, "四号"), (3, "小四")):
        _style_fonts(document, f"Heading {level}", HEI, size)
        document.styles[f"Heading {level}"].font.color.rgb = None
    # The language Word proofs and breaks lines with.
    language_element = OxmlElement("w:lang")
    language_element.set(qn("w:val"), language)
    language_element.set(qn("w:eastAsia"), language)
    document.styles["Normal"].element.get_or_add_rPr().append(language_element)
    properties = document.core_properties
    properties.title = title
    properties.author = author
    properties.last_modified_by = author
    properties.comments = ""
    properties.keywords = ""
    properties.subject = ""
    properties.category = ""
    properties.revision = 1
    properties.created = properties.modified = FIXED_TIME.replace(tzinfo=None)
    properties.last_printed = FIXED_TIME.replace(tzinfo=None)
    properties.language = language
    return document


def add_field(paragraph: Paragraph, instruction: str, shown: str = "1",
              size: str | float = "小五") -> None:
    """A Word field (``PAGE``, ``NUMPAGES``…) that Word and WPS compute when laid out;
    ``shown`` is what a reader that does not compute fields displays."""
    def run_with(element: BaseOxmlElement) -> None:
        run = set_font(paragraph.add_run(), SONG, size)
        run._element.append(element)

    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run_with(begin)
    code = OxmlElement("w:instrText")
    code.set(qn("xml:space"), "preserve")
    code.text = f" {instruction} "
    run_with(code)
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    run_with(separate)
    add_text(paragraph, shown, size=size)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run_with(end)


def page_footer(document: DocxDocument, page_words: tuple[str, str, str], checksum: str,
                checksum_label: str = "校验码") -> None:
    """"第 X 页 共 Y 页" from Word's PAGE and NUMPAGES fields, and the checksum, in every
    section's footer. ``page_words`` is ("第", "页 共", "页") in the document's script."""
    first, middle, last = page_words
    for section in document.sections:
        paragraph = section.footer.paragraphs[0]
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        add_text(paragraph, f"{first} ", size="小五")
        add_field(paragraph, "PAGE")
        add_text(paragraph, f" {middle} ", size="小五")
        add_field(paragraph, "NUMPAGES")
        add_text(paragraph, f" {last}    {checksum_label} {checksum}", size="小五")


def to_bytes(document: DocxDocument) -> bytes:
    """The .docx as bytes, identical for identical content: python-docx stamps every
    zip entry with the current time, so the entries are written again with a fixed one."""
    raw = io.BytesIO()
    document.save(raw)
    stable = io.BytesIO()
    with zipfile.ZipFile(raw) as source, zipfile.ZipFile(stable, "w", zipfile.ZIP_DEFLATED) as out:
        for entry in source.infolist():
            info = zipfile.ZipInfo(entry.filename, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            out.writestr(info, source.read(entry))
    return stable.getvalue()


def save(document: DocxDocument, path: Path) -> Path:
    """Write ``document`` to ``path`` (see ``to_bytes``)."""
    Path(path).write_bytes(to_bytes(document))
    return Path(path)
