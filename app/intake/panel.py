"""The expert panel's workbook (二(四)3 组织专家论证) and the received forms beside it.

One ``.xlsx``: 汇总 (every unit's latest submission, with totals), one sheet per
application with its key facts, and a scoring sheet per type whose criteria come from
the call's criteria file (``resources/panel/<call>.json``): the weights sit in a row the
bureau may edit, the weighted totals and ranks are formulas. Beside it, a folder with
each application's form PDF as it was received.
"""

import json
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from app import choices
from app.call import DEFAULT_CALL
from app.exchange import safe_file_name
from app.files import write_atomically
from app.intake.record import Submission
from app.intake.register import Unit, units
from app.intake.summary import funding_text, pipeline_text
from app.intake.verify import FORM_FILE
from app.resources import resource_path

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
EDITABLE = PatternFill("solid", fgColor="FFF2CC")  # the cells the bureau fills in
WRAP = Alignment(wrap_text=True, vertical="top")
SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
SUMMARY_HEADERS = ("序号", "类型", "申报单位", "组织名称", "推荐单位", "成员单位数", "牵头项目数",
                   "其中市级及以上", "标准供给", "第1年经费（万元）", "第2年经费（万元）",
                   "完整性问题", "检查错误", "提交次数", "校验码", "收到时间")


@dataclass(frozen=True)
class Criterion:
    title: str
    clause: str
    weight: float
    guide: str


def load_criteria(call_id: str = DEFAULT_CALL) -> dict[str, list[Criterion]]:
    """The scoring criteria of each type, as the call's criteria file lists them."""
    raw = json.loads(resource_path("panel", f"{call_id}.json").read_text(encoding="utf-8"))
    return {org_type: [Criterion(**item) for item in items]
            for org_type, items in raw["criteria"].items()}


def _sheet_name(number: int, name: str) -> str:
    return f"{number:02d}-{SHEET_FORBIDDEN.sub('_', name)}"[:31]


def _money(summary: dict[str, Any], year: str) -> float | None:
    total = summary.get("funding_total", {}).get(year)
    return float(total) if total else None


def _summary(sheet: Worksheet, chosen: list[Unit]) -> None:
    sheet.append(["新型标准化技术组织试点申报汇总（各单位最新一次提交）"])
    sheet["A1"].font = TITLE
    sheet.append(list(SUMMARY_HEADERS))
    for cell in sheet[2]:
        cell.font = BOLD
    for number, unit in enumerate(chosen, start=1):
        latest, summary = unit.latest, unit.latest.summary
        sheet.append([number, summary.get("org_type_label"), summary.get("applicant"),
                      summary.get("org_name"), summary.get("recommender"), summary.get("members"),
                      summary.get("led_projects"), summary.get("led_projects_municipal"),
                      summary.get("pipeline_total"), _money(summary, "1"), _money(summary, "2"),
                      latest.count("integrity"), latest.count("error"), len(unit.submissions),
                      latest.checksum, latest.received_on.replace("T", " ")])
    last = 2 + len(chosen)
    total = last + 1
    sheet.cell(total, 1, "合计")
    sheet.cell(total, 3, f'=COUNTA(C3:C{last})&" 家"')
    for column in range(6, 12):
        letter = get_column_letter(column)
        sheet.cell(total, column, f"=SUM({letter}3:{letter}{last})")
    for cell in sheet[total]:
        cell.font = BOLD
    for letter, width in zip("ABCDEFGHIJKLMNOP", (5, 16, 30, 30, 24, 8, 8, 8, 8, 12, 12, 8, 8, 8, 14, 17),
                             strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "D3"


def _facts_sheet(sheet: Worksheet, number: int, unit: Unit) -> None:
    latest, summary = unit.latest, unit.latest.summary
    sheet.append([f"{number}. {summary.get('applicant', '')}"])
    sheet["A1"].font = TITLE
    facts = [
        ("类型", summary.get("org_type_label")), ("组织名称", summary.get("org_name")),
        ("申报单位", summary.get("applicant")), ("统一社会信用代码", summary.get("credit_code")),
        ("推荐单位", f"{summary.get('recommender', '')}（{summary.get('recommender_kind', '')}）"),
        ("所属产业", summary.get("industry")), ("成员单位数（含申报单位）", summary.get("members")),
        ("牵头项目数", summary.get("led_projects")),
        ("其中市级及以上", summary.get("led_projects_municipal")),
        ("主导的标准", summary.get("standards_led")),
        ("标准供给", f"{summary.get('pipeline_total')}：{pipeline_text(summary)}"),
        ("标准实施措施", summary.get("measures")),
        ("经费来源（万元）", funding_text(summary)), ("附件数", summary.get("attachments")),
        ("校验码", latest.checksum), ("收到时间", latest.received_on.replace("T", " ")),
        ("提交次数", len(unit.submissions)), ("来源", latest.source),
    ]
    for label, value in facts:
        sheet.append([label, value])
    problems = [f["message"] for f in latest.findings]
    sheet.append(["发现的问题", "；\n".join(problems) if problems else "无"])
    for cells in sheet.iter_rows(min_row=2):
        cells[0].font = BOLD
        cells[1].alignment = WRAP
    sheet.column_dimensions["A"].width = 24
    sheet.column_dimensions["B"].width = 90


def _scoring(sheet: Worksheet, org_type: str, criteria: list[Criterion], chosen: list[Unit],
             facts_sheets: dict[str, str]) -> None:
    count, first_score = len(criteria), 4
    last_score = first_score + count - 1
    total_column, rank_column = last_score + 1, last_score + 2
    first_letter, last_letter = get_column_letter(first_score), get_column_letter(last_score)
    total_letter = get_column_letter(total_column)
    sheet.append([f"专家评分（{choices.ORG_TYPES[org_type]}）：每项 0–100 分，"
                  "在黄色格中打分；权重可改，总分按权重加权平均"])
    sheet["A1"].font = TITLE
    sheet.append(["序号", "申报单位", "校验码", *[c.title for c in criteria], "加权总分", "排名"])
    sheet.append(["", "权重", "", *[c.weight for c in criteria], f"=SUM({first_letter}3:{last_letter}3)", ""])
    sheet.append(["", "依据（通知）", "", *[c.clause for c in criteria], "", ""])
    sheet.append(["", "要点", "", *[c.guide for c in criteria], "", ""])
    for cell in [*sheet[2], *sheet[3]]:
        cell.font = BOLD
    for cell in sheet[2]:
        cell.alignment = WRAP
    sheet.row_dimensions[2].height = 45
    sheet.row_dimensions[5].height = 90
    for column in range(first_score, last_score + 1):
        sheet.cell(3, column).fill = EDITABLE
        sheet.cell(5, column).alignment = WRAP
        sheet.column_dimensions[get_column_letter(column)].width = 16
    first_row = 6
    last_row = first_row + len(chosen) - 1
    for offset, unit in enumerate(chosen):
        row = first_row + offset
        summary = unit.latest.summary
        sheet.cell(row, 1, offset + 1)
        name = sheet.cell(row, 2, summary.get("applicant"))
        name.hyperlink = f"#'{facts_sheets[unit.key]}'!A1"
        sheet.cell(row, 3, unit.latest.checksum)
        for column in range(first_score, last_score + 1):
            sheet.cell(row, column).fill = EDITABLE
        scores = f"{first_letter}{row}:{last_letter}{row}"
        sheet.cell(row, total_column,
                   f'=IF(COUNT({scores})=0,"",ROUND(SUMPRODUCT({scores},'
                   f'${first_letter}$3:${last_letter}$3)/SUM(${first_letter}$3:${last_letter}$3),2))')
        sheet.cell(row, rank_column,
                   f'=IF({total_letter}{row}="","",RANK({total_letter}{row},'
                   f'${total_letter}${first_row}:${total_letter}${last_row}))')
    sheet.column_dimensions["B"].width = 30
    sheet.column_dimensions["C"].width = 14
    sheet.freeze_panes = sheet.cell(first_row, first_score)


def write_panel(register: Path, submissions: list[Submission], target: Path,
                call_id: str = DEFAULT_CALL) -> list[Path]:
    """Write the workbook ``target`` and, in ``<stem>-申报书/``, each unit's received form.

    Returns the files written. Units are the packages' latest submissions, by type then
    order of arrival."""
    chosen = sorted(units(submissions), key=lambda u: u.latest.summary.get("org_type") != choices.BASE)
    criteria = load_criteria(call_id)
    book = Workbook()
    summary_sheet = book.active
    assert summary_sheet is not None
    summary_sheet.title = "汇总"
    _summary(summary_sheet, chosen)
    facts_sheets = {}
    for number, unit in enumerate(chosen, start=1):
        name = _sheet_name(number, unit.latest.summary.get("applicant") or unit.key)
        facts_sheets[unit.key] = name
        _facts_sheet(book.create_sheet(name), number, unit)
    for org_type in choices.ORG_TYPES:
        of_type = [u for u in chosen if u.latest.summary.get("org_type") == org_type]
        if of_type:
            sheet = book.create_sheet(f"评分-{choices.ORG_TYPES[org_type]}", 1)
            _scoring(sheet, org_type, criteria[org_type], of_type, facts_sheets)
    for sheet in book.worksheets:  # printed for the experts: each sheet one page wide, A4
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(target, book.save)
    written = [target]
    forms = target.parent / f"{target.stem}-申报书"
    forms.mkdir(exist_ok=True)
    for number, unit in enumerate(chosen, start=1):
        source = register / unit.latest.package / FORM_FILE
        if unit.latest.package and source.is_file():
            name = safe_file_name(f"{number:02d}-{unit.latest.summary.get('applicant', '')}-申报书.pdf", 100)
            shutil.copyfile(source, forms / name)
            written.append(forms / name)
    return written
