"""The printed form (申报书) as PDF: one copy to read, two copies to print (一式两份, 四).

The output is deterministic: reportlab's invariant mode, no clock time, fonts embedded
as subsets, so the same application always gives the same bytes.
"""

import datetime as dt
import io
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import SimpleDocTemplate

from app.call import Call, load_call
from app.document import ApplicationFile
from app.hant import SIMPLIFIED, fixed, writing_in
from app.json_io import application_checksum
from app.pdf import fonts
from app.pdf.copies import repeat
from app.pdf.form import FormBuilder
from app.rules.facts import Facts, load_facts

__all__ = ["MARGINS", "render", "render_document", "repeat"]

MARGINS = {"leftMargin": 30 * mm, "rightMargin": 20 * mm, "topMargin": 22 * mm,
           "bottomMargin": 22 * mm}  # the wider left margin is for binding


def _numbered_canvas(checksum: str) -> type[Canvas]:
    """A canvas that writes 第 X 页 共 Y 页 and the checksum once every page is known."""

    page_text = fixed("第 {page} 页 共 {total} 页")  # (in the language of the form being built)
    checksum_text = fixed("校验码 {checksum}").format(checksum=checksum)

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._footer(number, len(self._pages))
                super().showPage()
            super().save()

        def _footer(self, page: int, total: int) -> None:
            width = A4[0]
            self.setFont(fonts.SERIF, 9)
            self.drawCentredString(width / 2, 12 * mm, page_text.format(page=page, total=total))
            self.setFont(fonts.SERIF, 7.5)
            self.drawRightString(width - MARGINS["rightMargin"], 12 * mm, checksum_text)

    return NumberedCanvas


def render_document(doc: ApplicationFile, language: str = SIMPLIFIED) -> bytes:
    """The form of an open application as PDF bytes."""
    return render(load_facts(doc, dt.date.today()), application_checksum(doc), language=language)


def render(facts: Facts, checksum: str, call: Call | None = None,
           language: str = SIMPLIFIED) -> bytes:
    """One copy of the form as PDF bytes, its fixed texts in ``language`` (``app.hant``).

    It reads only ``facts``, never the file, so it may run in a worker thread.
    """
    fonts.register()
    call = call or load_call()
    with writing_in(language):
        story = FormBuilder(facts, call).story()
        out = io.BytesIO()
        template = SimpleDocTemplate(
            out, pagesize=A4, title=fixed(call.form_title), author=facts.applicant_member.name,
            subject=fixed(f"{call.subject_mark} 校验码 {checksum}"),
            creator=fixed("新型标准化技术组织申报助手"), invariant=1, initialFontName=fonts.SERIF,
            **MARGINS)
        template.build(story, canvasmaker=_numbered_canvas(checksum))
    return out.getvalue()
