"""What a returned workbook would change in the application, and the change itself.

The member's part as the file holds it and as the workbook answers it are compared by
the general diff (``app.compare``): the member's own fields by its row's identity, its
staff, venues and equipment by their natural keys, the pipeline by title. Each change
becomes an ``Item`` the lead may accept or not, carrying the edit that makes it. The
accepted items are written in one transaction (``apply``), and ``Applied.revert`` puts
the file back exactly: the window makes that one undo step.
"""

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import SQLModel

from app import hant, model, money
from app.compare import ADDED, CHANGED, MOVED, REMOVED, Change, compare_rows, describe
from app.document import ApplicationFile, RemovedRow
from app.json_io import application_to_json
from app.packets import layout
from app.packets.member_part import list_keys, member_index, pipeline_titles
from app.packets.reading import Answer, AnswerRefused, CellProblem

LIST_TABLES: dict[str, type[SQLModel]] = {
    "staff": model.StaffMember, "venues": model.Venue, "equipment": model.Equipment}


@dataclass(frozen=True)
class Edit:
    """How one change is written: set a field, add a row, or remove one."""

    action: str  # "set", "add", "remove"
    table: type[SQLModel]
    row_id: int | None = None
    column: str | None = None
    value: Any = None  # the stored value to set, or the new row's values


@dataclass(frozen=True)
class Item:
    change: Change
    edit: Edit


@dataclass
class Preview:
    """What one returned workbook would change, for one member."""

    answer: Answer
    index: int  # the member's place in the list
    member_id: int
    member_name: str
    org_type: str
    items: list[Item] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def problems(self) -> list[CellProblem]:
        return self.answer.problems

    def line(self, item: Item, language: str = hant.SIMPLIFIED) -> str:
        return describe(item.change, language, self.org_type)


def _column(key: str) -> str:
    """The table's column of a JSON key (``x_wan`` → ``x_fen``; ``member`` → ``member_id``)."""
    if key.endswith("_wan"):
        return key.removesuffix("_wan") + "_fen"
    if key == "member" or key.endswith("_member"):
        return key + "_id"
    return key


def _stored(key: str, value: Any) -> Any:
    if key.endswith("_wan"):
        return money.parse_wan(value) if value not in (None, "") else None
    return value


def _find_member(data: dict[str, Any], answer: Answer) -> int:
    typed = answer.part["member"]
    index = member_index(data, answer.member_code, "")
    if index is None:
        index = member_index(data, typed.get("credit_code") or "", "")
    if index is None:
        index = member_index(data, "", answer.member_name) or member_index(
            data, "", typed.get("name") or "")
    if index is None:
        raise AnswerRefused(
            f"「{answer.path.name}」是「{answer.member_name}」的填报表，但申报书中已没有这家单位"
            f"（统一社会信用代码 {answer.member_code or '未填'}）。"
            "如仍需导入，请先在“成员单位”一步添加它，再导入回执。")
    return index


def preview(doc: ApplicationFile, answer: Answer) -> Preview:
    """What ``answer`` would change in ``doc``; refused when it is for another file."""
    file_id = doc.section(model.Application).file_id
    if answer.file_id != file_id:
        raise AnswerRefused(
            f"「{answer.path.name}」是为另一份申报书制作的填报表，不能导入到「{doc.path.name}」。"
            "请确认打开的是发出这份填报包的申报文件。")
    data = application_to_json(doc)
    index = _find_member(data, answer)
    members = doc.rows(model.Member)
    member = members[index]
    result = Preview(answer, index, member.id or 0, member.name, data["application"]["org_type"])
    _member_items(result, data["members"][index], answer)
    for key, table in LIST_TABLES.items():
        _list_items(result, key, table, data[key], doc.rows(table), answer.part[key], index)
    _pipeline_items(result, data, doc.rows(model.PipelineItem), answer, members)
    return result


def _member_items(result: Preview, old_member: dict[str, Any], answer: Answer) -> None:
    new = dict(answer.part["member"])
    listed = [item for item in answer.part["pipeline"] if item["part"] is not None]
    if answer.part["pipeline"]:
        kept = [t for t in pipeline_titles(old_member.get("pipeline_part") or "")
                if t not in {item["title"] for item in listed}]
        joined = [item["title"] for item in listed if item["part"] == layout.PART]
        new["pipeline_part"] = "|".join(kept + joined)
    old = {key: old_member.get(key) for key in new}
    for change in compare_rows("members", [{**old, "_id": 1}], [{**new, "_id": 1}]):
        key = change.field
        if change.kind == CHANGED and key is not None:
            change = dataclasses.replace(change, index=result.index, old_index=result.index,
                                         row=result.member_name)
            result.items.append(Item(change, Edit("set", model.Member, result.member_id,
                                                  _column(key), _stored(key, new[key]))))


def _list_items(result: Preview, key: str, table: type[SQLModel], old_all: list[dict[str, Any]],
                rows: list[Any], answered: list[dict[str, Any]], index: int) -> None:
    keys = list_keys(next(s for s in layout.LIST_SHEETS if s.key == key))
    mine = [(place, rows[place].id) for place, row in enumerate(old_all) if row.get("member") == index]
    old = [{k: old_all[place].get(k) for k in keys} for place, _id in mine]
    added = 0
    for change in compare_rows(key, old, answered):
        if change.kind == MOVED:
            continue  # (the order of a member's rows among the list's is the lead's)
        if change.kind == ADDED:
            values = {_column(k): _stored(k, v) for k, v in answered[change.index or 0].items()}
            values["member_id"] = result.member_id
            place = len(old_all) + added
            added += 1
            result.items.append(Item(dataclasses.replace(change, index=place),
                                     Edit("add", table, value=values)))
            continue
        place, row_id = mine[change.old_index or 0]
        moved = dataclasses.replace(change, index=place, old_index=place)
        if change.kind == REMOVED:
            result.items.append(Item(moved, Edit("remove", table, row_id)))
        elif change.field is not None:
            value = answered[change.index or 0][change.field]
            result.items.append(Item(moved, Edit("set", table, row_id, _column(change.field),
                                                 _stored(change.field, value))))


def _pipeline_items(result: Preview, data: dict[str, Any], rows: list[Any], answer: Answer,
                    members: list[Any]) -> None:
    """A standard the member now says it leads, or no longer leads."""
    names = [m["name"] for m in data["members"]]
    parts = {item["title"]: item["part"] for item in answer.part["pipeline"]
             if item["part"] is not None}
    old, new, ids = [], [], []
    for place, item in enumerate(data["pipeline"]):
        lead = item.get("lead_member")
        part = parts.get(item["title"])
        if part is None:
            continue
        now = result.index if part == layout.LEAD else (None if lead == result.index else lead)
        if now == lead:
            continue
        ids.append((place, rows[place].id, now))
        shown = [names[v] if v is not None else "" for v in (lead, now)]
        old.append({"title": item["title"], "lead_member": shown[0], "_id": place})
        new.append({"title": item["title"], "lead_member": shown[1], "_id": place})
    for change in compare_rows("pipeline", old, new):
        if change.kind != CHANGED:
            continue
        place, row_id, now = ids[change.old_index or 0]
        lead_id = members[now].id if now is not None else None
        result.items.append(Item(dataclasses.replace(change, index=place, old_index=place),
                                 Edit("set", model.PipelineItem, row_id, "lead_member_id", lead_id)))


@dataclass
class Applied:
    """What ``apply`` wrote, in order, with what it replaced: enough to undo it exactly."""

    records: list[tuple[str, Any]] = field(default_factory=list)

    def revert(self, doc: ApplicationFile) -> None:
        with doc.batch():
            for action, record in reversed(self.records):
                if action == "set":
                    table, row_id, column, old = record
                    doc.set_value(table, row_id, column, old)
                elif action == "add":
                    table, row_id = record
                    doc.remove_row(table, row_id)
                else:
                    doc.restore_row(record)


def apply(doc: ApplicationFile, chosen: list[tuple[Preview, list[Item]]],
          today: dt.date | None = None) -> Applied:
    """Write the chosen items of each preview, and mark each member answered, in one
    transaction: all of it or, if the file refuses a write, none."""
    answered = (today or dt.date.today()).isoformat()
    applied = Applied()
    with doc.batch():
        for result, items in chosen:
            for item in items:
                _write(doc, item.edit, applied)
            _write(doc, Edit("set", model.Member, result.member_id, "packet_answered", answered),
                   applied)
    return applied


def _write(doc: ApplicationFile, edit: Edit, applied: Applied) -> None:
    if edit.action == "set":
        assert edit.row_id is not None and edit.column is not None
        old = doc.set_value(edit.table, edit.row_id, edit.column, edit.value)
        applied.records.append(("set", (edit.table, edit.row_id, edit.column, old)))
    elif edit.action == "add":
        applied.records.append(("add", (edit.table, doc.add_row(edit.table, edit.value))))
    else:
        assert edit.row_id is not None
        removed: RemovedRow = doc.remove_row(edit.table, edit.row_id)
        applied.records.append(("remove", removed))
