"""Write one member's workbook (成员单位填报包.xlsx) with openpyxl.

A cover sheet says who asks, for which application, by when and how; the member's facts
come prefilled; its commitments are lists to fill. Every choice is a drop-down of the
form's own list, every input has a hint, amounts a number format; headers, labels and
the application's standards are locked (sheet protection, no password: a clerk who
unlocks a sheet and edits them is told so on import), inputs unlocked. Each sheet prints
on A4: fitted to the width, header rows repeated. A very hidden sheet names the format,
the application (its file id and checksum) and the member, and keeps the locked cells'
text so the reader can tell whether any was changed.
"""

import datetime as dt
import io
import json
from dataclasses import dataclass
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from app import choices
from app.packets import layout
from app.packets.member_part import Part

FONT = "宋体"
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
INPUT_FILL = PatternFill("solid", fgColor="FFFDE7")  # pale yellow: "write here"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
UNLOCKED = Protection(locked=False)
META_CHUNK = 30_000  # characters per meta cell (a cell holds 32,767)
MONEY_FORMAT = "0.00"


@dataclass(frozen=True)
class Request:
    """Who asks whom, for which application, by when."""

    applicant: str
    org_name: str
    org_type: str
    contact: str  # the lead's contact person, phone and e-mail, one line
    return_by: dt.date
    checksum: str
    file_id: str
    made: dt.date


class _Locked:
    """The text of every locked cell written, sheet by sheet, for the meta sheet."""

    def __init__(self) -> None:
        self.cells: dict[str, dict[str, str]] = {}

    def put(self, sheet: Worksheet, row: int, column: int, value: Any, style: str = "text") -> None:
        cell = sheet.cell(row=row, column=column, value=value)
        cell.style = style
        if value not in (None, ""):
            self.cells.setdefault(sheet.title, {})[cell.coordinate] = str(value)


def _styles(book: Workbook) -> None:
    """The workbook's named styles: one shared style per kind of cell (styling each cell
    on its own made a workbook take a second to build)."""
    def style(name: str, bold: bool = False, size: int = 11, wrap: bool = True,
              fill: PatternFill | None = None, border: bool = False, unlocked: bool = False,
              number_format: str = "General") -> None:
        named = NamedStyle(name=name, font=Font(name=FONT, bold=bold, size=size),
                           alignment=Alignment(wrap_text=wrap, vertical="center"),
                           number_format=number_format)
        if fill is not None:
            named.fill = fill
        if border:
            named.border = BOX
        named.protection = UNLOCKED if unlocked else Protection(locked=True)
        book.add_named_style(named)

    style("title", bold=True, size=15, wrap=False)
    style("heading", bold=True, size=13, wrap=False)
    style("note", wrap=False)
    style("text")
    style("header", bold=True, fill=HEADER_FILL, border=True)
    style("label", fill=HEADER_FILL, border=True)
    style("cell", border=True)
    style("total", border=True, number_format=MONEY_FORMAT)
    for kind, number_format in INPUT_FORMATS.items():
        style(f"input_{kind}", fill=INPUT_FILL, border=True, unlocked=True,
              number_format=number_format)


# Amounts with two decimals, areas whole; codes and phones as text, so a code never turns
# into 9.1E+17 nor a phone loses its leading 0.
INPUT_FORMATS = {"money": MONEY_FORMAT, "int": "0", "text": "@", "choice": "General"}


def _input(sheet: Worksheet, row: int, column: int, value: Any, field: layout.Field) -> None:
    cell = sheet.cell(row=row, column=column, value=value)
    kind = field.kind if field.kind in ("money", "int") else \
        "choice" if field.kind in ("choice", "yesno") else "text"
    cell.style = f"input_{kind}"


def _validation(sheet: Worksheet, field: layout.Field, cells: str) -> None:
    """The drop-down or number check of ``field`` over ``cells``, with its hint."""
    if field.kind in ("choice", "yesno"):
        rule = DataValidation(type="list", formula1='"' + ",".join(field.options) + '"',
                              allow_blank=True, showDropDown=False)
        rule.error = f"请从下拉列表中选择：{'、'.join(field.options)}"
    elif field.kind == "money":
        rule = DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="0",
                              allow_blank=True)
        rule.error = "请填写不小于 0 的金额（万元），最多两位小数"
    elif field.kind == "int":
        rule = DataValidation(type="whole", operator="greaterThanOrEqual", formula1="0",
                              allow_blank=True)
        rule.error = "请填写不小于 0 的整数"
    elif field.kind == "code":
        rule = DataValidation(type="textLength", operator="equal", formula1="18",
                              allow_blank=True)
        rule.error = "统一社会信用代码为 18 位"
    else:
        rule = DataValidation(allow_blank=True)  # a hint only
    rule.errorTitle = field.label
    rule.showErrorMessage = field.kind != "text"
    rule.errorStyle = "stop"
    if field.hint:
        rule.promptTitle = field.label[:32]  # (Excel caps the title at 32 characters)
        rule.prompt = field.hint[:255]
        rule.showInputMessage = True
    sheet.add_data_validation(rule)
    rule.add(cells)


def _page(sheet: Worksheet, landscape: bool, title_rows: str | None, one_page: bool = False) -> None:
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = "landscape" if landscape else "portrait"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 1 if one_page else 0  # (0: as many pages as it takes)
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = sheet.page_margins.right = 0.5
    if title_rows:
        sheet.print_title_rows = title_rows
    sheet.oddFooter.center.text = "第 &P 页 共 &N 页"
    # Locked: headers, labels and formulas; the clerk may still size columns and rows.
    sheet.protection.sheet = True
    sheet.protection.formatColumns = False
    sheet.protection.formatRows = False


def _cover(sheet: Worksheet, locked: _Locked, request: Request, member: str) -> None:
    kind = choices.ORG_TYPES.get(request.org_type, "")
    unit = "成员单位" if request.org_type == choices.BASE else "合作单位"
    sheet.column_dimensions["A"].width = 22
    sheet.column_dimensions["B"].width = 70
    locked.put(sheet, 1, 1, f"{unit}填报表", "title")
    rows = [
        ("致", member),
        ("申报单位", request.applicant),
        ("拟建组织", f"{request.org_name}（{kind}）"),
        ("联系人", request.contact),
        ("请于此日期前交回", f"{request.return_by:%Y年%m月%d日}"),
        ("申报书校验码", f"{request.checksum}（制表日期 {request.made:%Y-%m-%d}）"),
    ]
    for offset, (label, value) in enumerate(rows, start=3):
        locked.put(sheet, offset, 1, label, "header")
        locked.put(sheet, offset, 2, value, "cell")
    steps = [
        f"{request.applicant}正在申报{kind}，贵单位是{unit}。请按本表填写贵单位的情况和承诺投入的资源，"
        "申报单位会把它们写进申报书。",
        "1．只在浅黄色格子里填写；灰色和蓝色的格子是说明和表头，已锁定，请勿改动。",
        f"2．“{layout.FACTS}”页：核对并补全贵单位的信息（已按申报单位掌握的情况预填），"
        "填写两个试点年度的投入经费（万元）。",
        f"3．“{layout.STAFF}”“{layout.VENUES}”“{layout.EQUIPMENT}”页：每行填写一项；"
        "有下拉箭头的格子请从列表中选择。",
        f"4．“{layout.PIPELINE}”页：在贵单位牵头或参与的标准一行选择“牵头”或“参与”。",
        "5．请勿增删、改名或移动工作表，也不要另存为其他格式；用 Excel 或 WPS 填好后直接保存。",
        "6．把填好的本文件发回上面的联系人；支持函打印后由单位负责人签字、加盖公章，"
        "扫描件与本文件一并发回，原件寄给申报单位。",
        "有疑问请联系上面的联系人。",
    ]
    locked.put(sheet, 10, 1, "填写方法", "heading")
    for offset, text in enumerate(steps, start=11):
        sheet.merge_cells(start_row=offset, start_column=1, end_row=offset, end_column=2)
        locked.put(sheet, offset, 1, text)
        sheet.row_dimensions[offset].height = 36
    _page(sheet, landscape=False, title_rows=None)


def _facts(sheet: Worksheet, locked: _Locked, member: dict[str, Any]) -> None:
    sheet.column_dimensions["A"].width = 30
    sheet.column_dimensions["B"].width = 62
    locked.put(sheet, layout.TITLE_ROW, 1, "单位信息", "title")
    locked.put(sheet, layout.NOTE_ROW, 1, "请核对预填的内容，有误的直接改正，空着的请补全。", "note")
    locked.put(sheet, layout.HEADER_ROW, 1, "项目", "header")
    locked.put(sheet, layout.HEADER_ROW, 2, "填写内容", "header")
    for offset, field in enumerate(layout.FACT_FIELDS):
        row = layout.FIRST_ROW + offset
        locked.put(sheet, row, 1, field.label + ("（必填）" if field.required else ""), "label")
        _input(sheet, row, 2, _cell_value(field, member.get(field.key)), field)
        _validation(sheet, field, f"B{row}")
        if field.key in ("contribution", "commitment"):
            sheet.row_dimensions[row].height = 48
    total = layout.FIRST_ROW + len(layout.FACT_FIELDS)
    locked.put(sheet, total, 1, "两年合计（万元，自动计算）", "label")
    cell = sheet.cell(row=total, column=2, value=f"=SUM(B{total - 2}:B{total - 1})")
    cell.number_format = MONEY_FORMAT
    cell.border = BOX  # (not checked on return: spreadsheets rewrite formulas their own way)
    _page(sheet, landscape=False, title_rows=None)


def _cell_value(field: layout.Field, value: Any) -> Any:
    """A JSON value as the cell shows it: 是/否, a number for amounts and areas."""
    if field.kind == "yesno":
        return layout.YES if value else layout.NO if value is False else None
    if field.kind == "money":
        return float(value) if value not in (None, "") else None
    return value if value not in ("",) else None


def _list_sheet(sheet: Worksheet, locked: _Locked, spec: layout.ListSheet,
                rows: list[dict[str, Any]]) -> None:
    locked.put(sheet, layout.TITLE_ROW, 1, spec.title, "title")
    locked.put(sheet, layout.NOTE_ROW, 1, spec.note + "预填的是申报单位已掌握的，可改可删。", "note")
    locked.put(sheet, layout.HEADER_ROW, 1, "序号", "header")
    sheet.column_dimensions["A"].width = 6
    for column, field in enumerate(spec.fields, start=2):
        locked.put(sheet, layout.HEADER_ROW, column, field.label, "header")
        sheet.column_dimensions[get_column_letter(column)].width = field.width
    count = max(layout.LIST_ROWS, len(rows) + 10)
    for offset in range(count):
        row = layout.FIRST_ROW + offset
        locked.put(sheet, row, 1, offset + 1, "cell")
        values = rows[offset] if offset < len(rows) else {}
        for column, field in enumerate(spec.fields, start=2):
            _input(sheet, row, column, _cell_value(field, values.get(field.key)), field)
    last = layout.FIRST_ROW + count - 1
    for column, field in enumerate(spec.fields, start=2):
        letter = get_column_letter(column)
        _validation(sheet, field, f"{letter}{layout.FIRST_ROW}:{letter}{last}")
    sheet.freeze_panes = sheet.cell(row=layout.FIRST_ROW, column=1)
    width = 6 + sum(field.width for field in spec.fields)
    _page(sheet, landscape=width > 90, title_rows=f"{layout.HEADER_ROW}:{layout.HEADER_ROW}",
          one_page=count <= layout.LIST_ROWS)


def _pipeline(sheet: Worksheet, locked: _Locked, items: list[dict[str, Any]]) -> None:
    locked.put(sheet, layout.TITLE_ROW, 1, "标准研制", "title")
    note = ("申报书计划在试点期内研制的标准。贵单位牵头或参与的，请在最后一列选择。"
            if items else "申报书尚未列出计划研制的标准，本页无需填写。")
    locked.put(sheet, layout.NOTE_ROW, 1, note, "note")
    columns = [*layout.PIPELINE_COLUMNS, (layout.PIPELINE_PART.key, layout.PIPELINE_PART.label,
                                          layout.PIPELINE_PART.width)]
    for column, (_key, label, width) in enumerate(columns, start=1):
        locked.put(sheet, layout.HEADER_ROW, column, label, "header")
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.row_dimensions[layout.HEADER_ROW].height = 30  # (two lines for the longer labels)
    for offset, item in enumerate(items):
        row = layout.FIRST_ROW + offset
        for column, (key, _label, _width) in enumerate(layout.PIPELINE_COLUMNS, start=1):
            locked.put(sheet, row, column, item[key], "cell")
        _input(sheet, row, len(columns), item["part"] or None, layout.PIPELINE_PART)
    if items:
        letter = get_column_letter(len(columns))
        _validation(sheet, layout.PIPELINE_PART,
                    f"{letter}{layout.FIRST_ROW}:{letter}{layout.FIRST_ROW + len(items) - 1}")
    sheet.freeze_panes = sheet.cell(row=layout.FIRST_ROW, column=1)
    _page(sheet, landscape=True, title_rows=f"{layout.HEADER_ROW}:{layout.HEADER_ROW}")


def _meta(sheet: Worksheet, request: Request, part: Part, index: int, locked: _Locked) -> None:
    member = part["member"]
    entries: list[tuple[str, Any]] = [
        ("format", layout.FORMAT), ("format_version", layout.FORMAT_VERSION),
        ("file_id", request.file_id), ("checksum", request.checksum),
        ("member_index", index), ("member_name", member["name"]),
        ("member_credit_code", member["credit_code"]), ("made", request.made.isoformat()),
    ]
    text = json.dumps(locked.cells, ensure_ascii=False, sort_keys=True)
    for start in range(0, len(text), META_CHUNK):
        entries.append(("locked", text[start:start + META_CHUNK]))
    for row, (key, value) in enumerate(entries, start=1):
        sheet.cell(row=row, column=1, value=key)
        sheet.cell(row=row, column=2, value=value).number_format = "@"
    sheet.sheet_state = "veryHidden"
    sheet.protection.sheet = True


def build(part: Part, index: int, request: Request) -> Workbook:
    """The workbook of member ``index`` whose part is ``part``."""
    book = Workbook()
    _styles(book)
    locked = _Locked()
    cover = book.active
    assert cover is not None
    cover.title = layout.COVER
    _cover(cover, locked, request, part["member"]["name"])
    _facts(book.create_sheet(layout.FACTS), locked, part["member"])
    for spec in layout.LIST_SHEETS:
        _list_sheet(book.create_sheet(spec.title), locked, spec, part[spec.key])
    _pipeline(book.create_sheet(layout.PIPELINE), locked, part["pipeline"])
    _meta(book.create_sheet(layout.META), request, part, index, locked)
    book.active = 0
    return book


def to_bytes(book: Workbook) -> bytes:
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
