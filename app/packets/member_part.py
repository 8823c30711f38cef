"""One member's part of an application: its own facts and the rows it commits, taken
from (and put back into) the application's JSON dict (``app.json_io``)."""

from typing import Any

from app.packets import layout

Part = dict[str, Any]  # {"member": {...}, "staff": [...], "venues": [...], "equipment": [...],
#                         "pipeline": [{"title", ..., "part"}]}


def list_keys(sheet: layout.ListSheet) -> tuple[str, ...]:
    return tuple(field.key for field in sheet.fields)


def pipeline_titles(text: str) -> list[str]:
    return [title for title in text.split("|") if title]


def part_of(data: dict[str, Any], index: int) -> Part:
    """What member ``index`` (its place in ``data["members"]``) is asked about."""
    member = data["members"][index]
    part: Part = {"member": {key: member.get(key) for key in layout.MEMBER_KEYS}}
    for sheet in layout.LIST_SHEETS:
        part[sheet.key] = [{key: row.get(key) for key in list_keys(sheet)}
                           for row in data[sheet.key] if row.get("member") == index]
    joined = set(pipeline_titles(member.get("pipeline_part") or ""))
    names = [m["name"] for m in data["members"]]
    part["pipeline"] = []
    for item in data["pipeline"]:
        lead = item.get("lead_member")
        share = layout.LEAD if lead == index else layout.PART if item["title"] in joined else ""
        part["pipeline"].append({
            "title": item["title"], "level": item["level"], "kind": item["kind"],
            "lead": names[lead] if lead is not None and lead < len(names) else "",
            "month": item["month"], "part": share})
    return part


def member_index(data: dict[str, Any], code: str, name: str) -> int | None:
    """The member of ``data`` a workbook answers for: by credit code, then by name; the
    applicant (index 0) answers no packet."""
    members = data["members"]
    if code:
        for index, member in enumerate(members[1:], start=1):
            if member["credit_code"] == code:
                return index
    if name:
        for index, member in enumerate(members[1:], start=1):
            if member["name"].strip() == name.strip():
                return index
    return None
