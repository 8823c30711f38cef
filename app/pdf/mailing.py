"""邮寄封面: one A4 page for the envelope of the paper copies (通知四).

The bureau's address, postcode and office and the mark come from the call file; the
sender from the application. Below them, a checklist of what goes inside.
"""

import io
from collections.abc import Callable

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Spacer

from app.call import Call
from app.hant import SIMPLIFIED, fixed, writing_in
from app.pdf import build, fonts
from app.pdf.form import FRAME_WIDTH, make_style, para, table
from app.rules.facts import Facts

BIG = make_style("mailBig", fonts.SERIF, 16, 26)
BIG_HEI = make_style("mailBigHei", fonts.HEI, 16, 26)
MARK = make_style("mailMark", fonts.HEI, 20, 30, alignment=TA_CENTER)
SMALL = make_style("mailSmall", fonts.SERIF, 11, 18)
HEADING = make_style("mailHeading", fonts.HEI, 13, 22, spaceBefore=6, spaceAfter=4)


def _block(rows: list[tuple[str, str]], typed: bool) -> object:
    """Label and value rows; ``typed`` values (the sender's) are never converted."""
    return table([[para(label, BIG_HEI), para(value, BIG, typed=typed)] for label, value in rows],
                 [34 * mm, FRAME_WIDTH - 34 * mm],
                 [("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)])


def render_mailing_sheet(facts: Facts, call: Call, checksum: str,
                         language: str = SIMPLIFIED, check: Callable[[], None] | None = None) -> bytes:
    """The sheet, its fixed texts in ``language`` (``app.hant``); ``check`` may cancel."""
    fonts.register()
    with writing_in(language, verbatim=call.identifiers):
        return _render(facts, call, checksum, check)


def _render(facts: Facts, call: Call, checksum: str, check: Callable[[], None] | None) -> bytes:
    applicant, a = facts.applicant_member, facts.applicant
    sender_address = a.mailing_address or a.registered_address
    contact = "，".join(part for part in (a.contact_name, a.contact_mobile, a.contact_phone) if part)
    checklist = [
        f"申报书（纸质）一式{call.copies_text}份，每份均经法定代表人签字、申报单位盖章",
        "每份申报书的“推荐单位意见”页已由推荐单位填写意见并加盖公章",
        "需要纸质提交的附件（营业执照或法人证书复印件、成员单位支持函等）已加盖公章",
        f"电子版压缩包已发送至 {call.email}，邮件主题注明“{call.subject_mark}”",
        f"纸质申报书页脚的校验码（{checksum}）与电子版一致",
    ]
    story = [
        para("收件", HEADING),
        _block([("地址：", call.postal_address), ("邮编：", call.postcode),
                ("收件单位：", f"{call.issuer}　{call.office}"), ("联系人：", f"{call.contact_name}　{call.contact_phone}")],
               typed=False),
        Spacer(1, 8 * mm),
        table([[para(f"【{call.subject_mark}】", MARK)]], [FRAME_WIDTH],
              [("BOX", (0, 0), (-1, -1), 1.2, colors.black), ("ALIGN", (0, 0), (-1, -1), "CENTER"),
               ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 10)]),
        Spacer(1, 8 * mm),
        para("寄件", HEADING),
        _block([("寄件单位：", applicant.name), ("地址：", sender_address),
                ("邮编：", a.postcode), ("联系人：", contact)], typed=True),
        Spacer(1, 10 * mm),
        para("封装前请逐项核对：", HEADING),
        *[para(f"□　{item}", SMALL) for item in checklist],
    ]
    out = io.BytesIO()
    document = SimpleDocTemplate(out, pagesize=A4, leftMargin=30 * mm, rightMargin=20 * mm,
                                 topMargin=25 * mm, bottomMargin=20 * mm, invariant=1,
                                 initialFontName=fonts.SERIF,
                                 title=fixed(f"邮寄封面 {call.subject_mark}"),
                                 creator=fixed("新型标准化技术组织申报助手"))
    build(document, story, check)
    return out.getvalue()
