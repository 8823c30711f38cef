"""What the 申报书 says, built once from the facts and the call as ``app.form_blocks``:
the cover, 填写说明, sections 一 onward (``app.form_sections``), the declaration and the
recommending unit's opinion page (FORM.md "What goes out"). The PDF (``app.pdf.form``)
and the Word copy (``app.docx_form``) lay out these same blocks.

Call it within ``app.hant.writing_in``: fixed texts come out in the document's script,
what the user typed exactly as typed.
"""

from app import choices
from app.call import Call
from app.form_blocks import (
    Block,
    Cover,
    CoverLine,
    Declaration,
    Instructions,
    PageBreak,
    Recommendation,
    TextTooLong,
    within_limit,
)
from app.form_sections import Sections
from app.hant import fixed
from app.rules.facts import Facts
from app.text import Text

DATE_BLANKS = "＿＿＿＿年＿＿月＿＿日"


def form_content(facts: Facts, call: Call) -> list[Block]:
    """The 申报书 of ``facts`` under ``call``, block by block, in the order printed.

    Raises ``TextTooLong`` naming the part that holds a text too long to lay out."""
    sections = Sections(facts)
    try:
        return [*cover(facts, call), PageBreak(), *instructions(call), PageBreak(),
                *sections.all(), PageBreak(), *declaration(facts, call), PageBreak(),
                *recommendation(facts)]
    except TextTooLong as error:
        # (the sections are built in order: the heading last made is the text's)
        raise TextTooLong(Text("申报书「{place}」中{problem}请缩短后再输出。",
                               place=sections.place or fixed("封面"), problem=error.args[0])) from error


def _chinese_date(iso: str) -> str:
    try:
        year, month, day = (int(part) for part in iso.split("-"))
    except ValueError:
        return "      年    月    日"
    return f"{year}年{month}月{day}日"  # (the same characters in Traditional)


def cover(facts: Facts, call: Call) -> list[Block]:
    """Title, the type ticked, the names with room for the seals, the date, the issuer."""
    seal = fixed("（盖章）")
    return [Cover(
        title=fixed(call.form_title), type_label=fixed("申报类型："),
        types=tuple((fixed(label), facts.org_type == key) for key, label in choices.ORG_TYPES.items()),
        lines=(CoverLine(fixed("拟建组织名称："), within_limit(facts.application.org_name)),
               CoverLine(fixed("申报单位："), within_limit(facts.applicant_member.name), seal),
               CoverLine(fixed("推荐单位："), within_limit(facts.recommender.name), seal),
               CoverLine(fixed("填报日期："), fixed(_chinese_date(facts.application.fill_date)))),
        issuer=fixed(f"{call.issuer}　制"))]


def instructions(call: Call) -> list[Block]:
    items = [
        f"本申报书依据{call.issuer}《{call.title}》（{call.number}）填写，"
        "申报单位应对所填内容的真实性负责。",
        "申报类型分为技术标准创新基地和标准化创新中心，在封面相应方框内勾选一项。"
        "创新基地由产业链上下游或产业园区内的单位共同组建，须附成员单位支持函；"
        "创新中心由一家单位独立申报。",
        "金额单位均为万元，保留两位小数；经费合计由表格自动计算。",
        "推荐单位为申报单位所在区人民政府或行业主管部门，推荐意见页由推荐单位填写并盖章。",
        f"纸质申报书一式{call.copies_text}份，经推荐单位确认盖章后寄送或送达{call.postal_address}"
        f"（邮编 {call.postcode}）；电子版以压缩包形式发送至 {call.email}。"
        f"信封和邮件均注明“{call.subject_mark}”。",
        "每页页脚的校验码由申报内容计算得出，与电子版压缩包中的校验码一致，"
        "用于核对纸质版与电子版是否为同一版本。",
        f"联系人：{call.contact_name}，电话 {call.contact_phone}。",
    ]
    return [Instructions(fixed("填写说明"), tuple(
        fixed(f"{number}. {text}") for number, text in enumerate(items, start=1)))]


def declaration(facts: Facts, call: Call) -> list[Block]:
    """The 承诺, signed by the legal representative and stamped by the applicant."""
    organization = facts.application.org_name or fixed(choices.ORG_TYPES[facts.org_type])  # as typed
    text = (fixed("本单位郑重承诺：本申报书所填写的内容及所附材料真实、准确、完整，不存在虚假内容。"
                  "如获准创建") + organization + fixed(
                f"，本单位将按照《{call.title}》的要求，落实人员、场地、经费等保障，"
                "按期完成建设任务，并接受主管部门的指导、监督和评估。如有不实，愿承担相应责任。"))
    return [Declaration(fixed("承　诺"), within_limit(text),
                        ((fixed("法定代表人（签字）："), ""),
                         (fixed("申报单位（盖章）："), facts.applicant_member.name)),
                        fixed(DATE_BLANKS))]


def recommendation(facts: Facts) -> list[Block]:
    """The page the recommending unit fills in by hand, stamps and dates."""
    name = facts.recommender.name
    return [Recommendation(
        title=fixed("推荐单位意见"), unit_line=fixed("推荐单位：") + (name or "　"),
        opinion_label=fixed("推荐意见："), seal_line=fixed("推荐单位（盖章）：") + name,
        date=fixed(DATE_BLANKS), note=fixed("由推荐单位填写推荐意见、加盖公章并注明日期。"))]
