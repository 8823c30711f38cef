"""The printed form (申报书) as PDF: one copy to read, two copies to print (一式两份, 四).

The output is deterministic: reportlab's invariant mode, no clock time, fonts embedded
as subsets, so the same application always gives the same bytes.
"""

import datetime as dt
import io
from collections.abc import Callable
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import SimpleDocTemplate
from reportlab.platypus.doctemplate import LayoutError

from app.call import Call
from app.document import ApplicationFile
from app.form_versions import serves
from app.hant import SIMPLIFIED, fixed, writing_in
from app.json_io import application_checksum
from app.pdf import fonts
from app.pdf.copies import repeat
from app.pdf.form import TextTooLong, story
from app.pdf.wrap import check_cancelled, checking
from app.rules.facts import Facts, load_facts
from app.text import Text

__all__ = ["MARGINS", "TextTooLong", "build", "render", "render_document", "repeat"]

MARGINS = {"leftMargin": 30 * mm, "rightMargin": 20 * mm, "topMargin": 22 * mm,
           "bottomMargin": 22 * mm}  # the wider left margin is for binding

# The form versions (app.form_versions) this layout prints.
PRINTED_FORMS: tuple[str, ...] | None = ("2021",)


def numbered_canvas(checksum: str, footer: str | None = None) -> type[Canvas]:
    """A canvas that writes 第 X 页 共 Y 页 and the checksum once every page is known;
    ``footer`` replaces "校验码 <checksum>" where a document names more than one."""

    page_text = fixed("第 {page} 页 共 {total} 页")  # (in the language of the form being built)
    checksum_text = footer if footer is not None else fixed("校验码 {checksum}").format(
        checksum=checksum)

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            for number, state in enumerate(self._pages, start=1):
                check_cancelled()
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
    from app.call_store import call_of

    return render(load_facts(doc, dt.date.today()), application_checksum(doc), call_of(doc),
                  language=language)


def build(template: SimpleDocTemplate, story: list[Any], check: Callable[[], None] | None,
          **options: Any) -> None:
    """Lay ``story`` out, calling ``check`` (which raises to cancel) all along the way."""
    with checking(check):
        try:
            template.build(story, **options)
        except LayoutError as error:  # only a table row taller than a page gets here
            raise TextTooLong(Text("申报书中有一个表格的一格内容太长，一页纸放不下。"
                                   "请缩短表格中很长的内容（如“参与内容和作用”）后再输出。")) from error


def render(facts: Facts, checksum: str, call: Call,
           language: str = SIMPLIFIED, check: Callable[[], None] | None = None) -> bytes:
    """One copy of the form as PDF bytes, its fixed texts in ``language`` (``app.hant``).

    It reads only ``facts``, never the file, so it may run in a worker thread; ``check``
    is called often while it works and may raise to stop it. ``call`` is the one the
    application answers (``app.call_store.call_of``): its number, issuer and title are
    printed; a form version this layout does not serve is refused.
    """
    if not serves(PRINTED_FORMS, call.form_version):
        raise ValueError(f"申报书版本「{call.form_version}」没有打印版式，请升级申报助手。")
    fonts.register()
    with writing_in(language, verbatim=call.identifiers):
        out = io.BytesIO()
        template = SimpleDocTemplate(
            out, pagesize=A4, title=fixed(call.form_title), author=facts.applicant_member.name,
            subject=fixed(f"{call.subject_mark} 校验码 {checksum}"),
            creator=fixed("新型标准化技术组织申报助手"), invariant=1, initialFontName=fonts.SERIF,
            **MARGINS)
        build(template, story(facts, call), check, canvasmaker=numbered_canvas(checksum))
    return out.getvalue()
