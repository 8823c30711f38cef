"""The support letter as a one-page A4 PDF to print, sign and stamp (reportlab, the
form's fonts); a long list of commitments is set smaller so it stays on one page."""

import io

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Spacer

from app.packets.letter import Letter
from app.pdf import build, fonts
from app.pdf.form import make_style, para

LONG = 900  # characters of text above which the letter is set a size smaller


def render_letter_pdf(letter: Letter) -> bytes:
    fonts.register()
    length = len(letter.opening) + sum(len(p) for p in letter.pledges)
    size, leading = (15, 28) if length < LONG else (12, 21)
    title = make_style("letterTitle", fonts.HEI, 22, 34, alignment=TA_CENTER, spaceAfter=14)
    body = make_style("letterBody", fonts.SERIF, size, leading, firstLineIndent=2 * size)
    plain = make_style("letterPlain", fonts.SERIF, size, leading)
    right = make_style("letterSign", fonts.SERIF, size, leading + 8, alignment=TA_RIGHT)
    story = [para(letter.title, title), para(letter.addressee, plain, typed=True),
             para(letter.opening, body, typed=True),
             *[para(pledge, body, typed=True) for pledge in letter.pledges],
             para(letter.closing, body), Spacer(1, 18 * mm),
             *[para(line, right, typed=True) for line in letter.signature]]
    out = io.BytesIO()
    document = SimpleDocTemplate(out, pagesize=A4, leftMargin=28 * mm, rightMargin=26 * mm,
                                 topMargin=30 * mm, bottomMargin=25 * mm, invariant=1,
                                 initialFontName=fonts.SERIF, title=letter.file_title,
                                 creator="新型标准化技术组织申报助手")
    build(document, story, None)
    return out.getvalue()
