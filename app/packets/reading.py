"""Read a returned member workbook back: what the member answered, and what is wrong.

A workbook comes back from Excel, WPS or LibreOffice: sheets may be moved, numbers may
be floats, text typed where a number was asked, half of it empty. Sheets are found by
title; the very hidden sheet says which application and member it was made for. A
workbook of another kind or another application, or whose locked cells were edited, is
refused as a whole (``AnswerRefused``); a wrong value only costs its cell, named in
``problems`` and left out of the answer.
"""

import json
import zipfile
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from app import credit_code, limits, money, reading
from app.packets import layout
from app.packets.member_part import Part

MAX_BYTES = 10 * 1024 * 1024  # a packet is some 30 KB; a workbook this large is something else
MAX_LIST_ROWS = 500  # rows read from a list sheet: far beyond any member's commitments
SHOWN_EDITS = 3  # edited locked cells named in the refusal


class AnswerRefused(Exception):
    """The workbook is not taken at all; the message says why and what to do."""


@dataclass(frozen=True)
class CellProblem:
    """A value that could not be taken: where it is, and why."""

    sheet: str
    cell: str
    label: str
    value: str
    message: str

    def text(self) -> str:
        return f"「{self.sheet}」{self.cell}（{self.label}）：{self.message}"


@dataclass
class Answer:
    """A member's returned workbook, as read."""

    path: Path
    file_id: str
    checksum: str
    member_index: int | None
    member_name: str  # as the packet was made for
    member_code: str
    part: Part
    problems: list[CellProblem] = field(default_factory=list)


def _text(value: Any) -> str:
    """A cell as text: a number typed into a text cell reads as its digits."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _open(path: Path) -> Workbook:
    name = Path(path).name
    try:
        size = reading.regular_size(path)
    except reading.NotRegular as error:
        raise AnswerRefused(f"「{name}」不是普通文件（可能是文件夹、设备或管道），无法导入。") from error
    except OSError as error:
        raise AnswerRefused(f"找不到文件「{name}」。") from error
    if size > MAX_BYTES:
        raise AnswerRefused(f"「{name}」有 {limits.megabytes(size)}，远大于一份填报表（通常不到 100 KB），"
                            "不像是申报助手生成的填报表，未导入。")
    try:
        return load_workbook(path, data_only=False)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError) as error:
        if isinstance(error, OSError) and not Path(path).exists():
            raise AnswerRefused(f"找不到文件「{name}」。") from error
        raise AnswerRefused(
            f"「{name}」不是 Excel 工作簿（.xlsx），或已损坏。请让成员单位用 Excel 或 WPS "
            "打开原填报表、填好后直接保存（不要另存为 .xls 或 .et），再发回。") from error


def _meta(book: Workbook, name: str) -> dict[str, str]:
    if layout.META not in book.sheetnames:
        raise AnswerRefused(f"「{name}」不是申报助手生成的成员单位填报表，无法导入。"
                            "请使用申报助手“生成成员填报包”得到的表格。")
    sheet = book[layout.META]
    meta: dict[str, str] = {}
    for key, value in sheet.iter_rows(min_col=1, max_col=2, values_only=True):
        if key is None:
            continue
        key = _text(key)
        meta[key] = meta.get(key, "") + _text(value) if key == "locked" else _text(value)
    if meta.get("format") != layout.FORMAT:
        raise AnswerRefused(f"「{name}」不是申报助手生成的成员单位填报表，无法导入。")
    if meta.get("format_version") != str(layout.FORMAT_VERSION):
        raise AnswerRefused(f"「{name}」是更新版本的申报助手生成的（格式版本 "
                            f"{limits.excerpt(meta.get('format_version'))}），请升级申报助手后再导入。")
    return meta


def _same(written: str, value: Any) -> bool:
    return _text(value) == written.strip()


def _check_locked(book: Workbook, name: str, meta: dict[str, str]) -> None:
    """Every locked cell still holds what was written; else the workbook is refused."""
    try:
        cells: dict[str, dict[str, str]] = json.loads(meta.get("locked") or "{}")
    except json.JSONDecodeError as error:
        raise AnswerRefused(f"「{name}」的隐藏信息已损坏，无法导入。请用原填报表重新填写。") from error
    edits: list[str] = []
    for title, written in cells.items():
        if title not in book.sheetnames:
            raise AnswerRefused(f"「{name}」缺少工作表「{title}」（可能被删除或改名），无法导入。"
                                "请用原填报表重新填写，不要删除或改名工作表。")
        sheet = book[title]
        for coordinate, text in written.items():
            value = sheet[coordinate].value
            if not _same(text, value):
                edits.append(f"「{title}」{coordinate} 格原为「{limits.excerpt(text, 20)}」，"
                             f"现为「{limits.excerpt(_text(value), 20)}」")
    if edits:
        more = f"等 {len(edits)} 处" if len(edits) > SHOWN_EDITS else ""
        raise AnswerRefused(
            f"「{name}」中锁定的格子被改动了：{'；'.join(edits[:SHOWN_EDITS])}{more}。"
            "表头、说明和申报书中已有的标准不能在填报表里修改，否则无法对应。"
            "请把这些格子改回原样，或用原填报表重新填写后再发回。")


class _Reader:
    """Values of one workbook, each checked by its field's kind."""

    def __init__(self) -> None:
        self.problems: list[CellProblem] = []

    def value(self, sheet: Worksheet, row: int, column: int, spec: layout.Field) -> Any:
        """The JSON value of the cell, or ``self`` (the sentinel) when it is wrong."""
        cell = sheet.cell(row=row, column=column)
        raw = cell.value
        text = _text(raw)
        where = f"{get_column_letter(column)}{row}"

        def wrong(message: str) -> Any:
            self.problems.append(CellProblem(sheet.title, where, spec.label,
                                             limits.excerpt(text, 30), message))
            return self

        if spec.kind in ("choice", "yesno"):
            if not text:
                return None if spec.kind == "yesno" else ""
            if text not in spec.options:
                return wrong(f"「{limits.excerpt(text, 20)}」不是可选的值，应为："
                             f"{'、'.join(spec.options)}；此格未导入")
            return (text == layout.YES) if spec.kind == "yesno" else text
        if spec.kind == "money":
            if not text:
                return None
            try:
                fen = money.parse_wan(_decimal_text(raw))
            except ValueError:
                return wrong(f"「{limits.excerpt(text, 20)}」不是金额，应填不小于 0 的万元数，最多两位小数；此格未导入")
            return money.format_wan(fen)
        if spec.kind == "int":
            if not text:
                return None
            try:
                number = Decimal(_decimal_text(raw))
            except InvalidOperation:
                number = Decimal(-1)
            if number < 0 or number != number.to_integral_value():
                return wrong(f"「{limits.excerpt(text, 20)}」不是整数，应填不小于 0 的整数；此格未导入")
            return int(number)
        if spec.kind == "code":
            code = credit_code.normalize(text)
            problem = credit_code.problem(code) if code else None
            if problem == "checksum":
                problem = "最后一位校验码不对"
            if problem:
                return wrong(f"统一社会信用代码{problem}，可能有错字；此格未导入，请与成员单位核对营业执照")
            return code
        if spec.kind == "email" and text and ("@" not in text or " " in text):
            return wrong(f"「{limits.excerpt(text, 30)}」不是电子邮箱地址；此格未导入")
        if len(text) > limits.hard_cap(spec.key):
            return wrong(f"有 {len(text)} 字，超过上限；此格未导入")
        return limits.without_nul(text)


def _decimal_text(raw: Any) -> str:
    """A number cell as its decimal text (12.5 → "12.5", never "12.500000000000002")."""
    if isinstance(raw, float):
        return repr(raw)
    return _text(raw)


def _facts(reader: _Reader, book: Workbook) -> dict[str, Any]:
    sheet = book[layout.FACTS]
    member: dict[str, Any] = {}
    for offset, spec in enumerate(layout.FACT_FIELDS):
        value = reader.value(sheet, layout.FIRST_ROW + offset, 2, spec)
        if value is not reader:
            member[spec.key] = value
    # The total (资源保障's 投入经费) follows the years once both are given; a partly
    # filled workbook leaves it as it was.
    years = [member.get(key) for key in ("commitment_year1_wan", "commitment_year2_wan")]
    if all(year not in (None, "") for year in years):
        member["commitment_wan"] = money.format_wan(sum(money.parse_wan(y) or 0 for y in years))
    return member


def _rows(reader: _Reader, book: Workbook, spec: layout.ListSheet) -> list[dict[str, Any]]:
    sheet = book[spec.title]
    rows = []
    last = min(sheet.max_row, layout.FIRST_ROW + MAX_LIST_ROWS)
    for row in range(layout.FIRST_ROW, last + 1):
        cells = [sheet.cell(row=row, column=column).value
                 for column in range(2, 2 + len(spec.fields))]
        if all(_text(value) == "" for value in cells):
            continue
        values: dict[str, Any] = {}
        for column, field_spec in enumerate(spec.fields, start=2):
            value = reader.value(sheet, row, column, field_spec)
            values[field_spec.key] = "" if value is reader else value
        missing = [f for f in spec.fields if f.required and not values[f.key]]
        if missing:
            reader.problems.append(CellProblem(
                spec.title, f"{get_column_letter(spec.fields.index(missing[0]) + 2)}{row}",
                missing[0].label, "", f"第 {row - layout.HEADER_ROW} 行没有填写{missing[0].label}；此行未导入"))
            continue
        rows.append(values)
    return rows


def _pipeline(reader: _Reader, book: Workbook, locked: dict[str, str]) -> list[dict[str, Any]]:
    """The member's part in each listed standard, by the locked title of its row."""
    sheet = book[layout.PIPELINE]
    column = len(layout.PIPELINE_COLUMNS) + 1
    items = []
    row = layout.FIRST_ROW
    while f"A{row}" in locked:
        value = reader.value(sheet, row, column, layout.PIPELINE_PART)
        items.append({"title": locked[f"A{row}"], "part": None if value is reader else value})
        row += 1
    return items


def read_answer(path: Path) -> Answer:
    """The answer in the workbook at ``path``; raises ``AnswerRefused``."""
    path = Path(path)
    book = _open(path)
    try:
        meta = _meta(book, path.name)
        _check_locked(book, path.name, meta)
        locked = json.loads(meta.get("locked") or "{}")
        reader = _Reader()
        part: Part = {"member": _facts(reader, book)}
        for spec in layout.LIST_SHEETS:
            part[spec.key] = _rows(reader, book, spec)
        part["pipeline"] = _pipeline(reader, book, locked.get(layout.PIPELINE, {}))
    finally:
        book.close()
    index = meta.get("member_index", "")
    return Answer(path, meta.get("file_id", ""), meta.get("checksum", ""),
                  int(index) if index.isdigit() else None, meta.get("member_name", ""),
                  meta.get("member_credit_code", ""), part, reader.problems)
