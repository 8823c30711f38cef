"""支持函 (二(一)1): what a member's one-page support letter says, once for the PDF
(``letter_pdf``) and the .docx (``letter_docx``), so the two never differ.

It is prefilled from the application: the member, the applicant, the organisation to be
built and, once the member's workbook has come back, the commitments it made. What is
not known yet is left as a line to write on by hand.
"""

from dataclasses import dataclass, field
from typing import Any

from app import choices
from app.call import Call
from app.packets import layout
from app.packets.member_part import part_of, pipeline_titles

BLANK = "＿" * 16  # a line to write on


@dataclass(frozen=True)
class Letter:
    title: str
    addressee: str
    opening: str  # the paragraph of support
    pledges: list[str] = field(default_factory=list)  # one line per kind of commitment
    closing: str = "特此函告。"
    signature: tuple[str, ...] = ()
    file_title: str = ""


def _people(staff: list[dict[str, Any]]) -> str:
    names = "、".join(row["name"] for row in staff[:8]) + ("等" if len(staff) > 8 else "")
    return f"人员：投入 {len(staff)} 人（{names}）参与相关工作。"


def letter_of(data: dict[str, Any], index: int, call: Call) -> Letter:
    """The letter of member ``index`` of the application ``data`` (``app.json_io``)."""
    part = part_of(data, index)
    member = part["member"]
    org_type = data["application"]["org_type"]
    unit = "成员单位" if org_type == choices.BASE else "合作单位"
    kind = choices.ORG_TYPES.get(org_type, "")
    applicant = data["members"][0]["name"] or BLANK
    org_name = data["application"]["org_name"] or BLANK
    code = f"（统一社会信用代码：{member['credit_code']}）" if member["credit_code"] else ""
    verb = "牵头申报" if org_type == choices.BASE else "申报"  # (a center is one unit's, 二(一)1)
    opening = (f"我单位{member['name'] or BLANK}{code}支持{applicant}{verb}{org_name}"
               f"（{kind}），同意作为{unit}参与其建设和试点工作，并在 {call.pilot_years} 年试点期内提供以下支持：")
    pledges = []
    if part["staff"]:
        pledges.append(_people(part["staff"]))
    for venue in part["venues"]:
        area = f"{venue['area_m2']} 平方米" if venue.get("area_m2") else ""
        pledges.append(f"场地：{venue['address']}{'，' + area if area else ''}"
                       f"{'，用于' + venue['use'] if venue.get('use') else ''}。")
    if part["equipment"]:
        pledges.append("设备与平台：" + "、".join(row["name"] for row in part["equipment"]) + "。")
    years = [member.get("commitment_year1_wan"), member.get("commitment_year2_wan")]
    if any(years):
        pledges.append("经费：" + "，".join(
            f"第{'一二'[n]}年 {amount or '0.00'} 万元" for n, amount in enumerate(years)) + "。")
    elif member.get("commitment_wan"):
        pledges.append(f"经费：试点期内共 {member['commitment_wan']} 万元。")
    led = [item["title"] for item in part["pipeline"] if item["part"] == layout.LEAD]
    joined = pipeline_titles(member.get("pipeline_part") or "")
    if led:
        pledges.append("牵头研制标准：" + "；".join(f"《{t}》" for t in led) + "。")
    if joined:
        pledges.append("参与研制标准：" + "；".join(f"《{t}》" for t in joined) + "。")
    if member.get("contribution"):
        pledges.append(f"其他：{member['contribution']}")
    if not pledges:
        pledges = [f"人员：{BLANK}", f"场地：{BLANK}", f"经费：{BLANK}", f"其他：{BLANK}"]
    return Letter(
        title="支持函", addressee=f"{call.issuer}：", opening=opening,
        pledges=[f"{n}．{text}" for n, text in enumerate(pledges, start=1)],
        signature=(f"单位（盖章）：{member['name'] or BLANK}", f"单位负责人（签字）：{BLANK}",
                   "日期：＿＿＿＿年＿＿月＿＿日"),
        file_title=f"支持函-{member['name']}")
