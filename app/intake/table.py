"""The register as rows: the columns the window's table, the CSV and the workbook's
summary share, and the CSV itself (UTF-8 with a BOM, so Excel opens it in Chinese)."""

import csv
import io
from pathlib import Path
from typing import Any

from app.files import write_atomically
from app.intake.record import KIND_LABELS, PACKAGE, Submission
from app.intake.register import others, units
from app.intake.summary import funding_text, pipeline_text

CSV_NAME = "登记表.csv"
COLUMNS = ("序号", "状态", "类型", "申报单位", "组织名称", "推荐单位", "成员单位数", "牵头项目数",
           "其中市级及以上", "标准供给", "标准供给（按级别）", "经费来源（万元）", "完整性问题",
           "检查错误", "检查警告", "校验码", "收到时间", "发件人", "邮件主题含标识", "来源文件")
LATEST, EARLIER = "最新", "早先提交"


def problems_text(submission: Submission) -> str:
    return "；".join(f["message"] for f in submission.findings if f["kind"] != "warning")


def row(submission: Submission, status: str) -> dict[str, Any]:
    """One submission's cells, by column name."""
    summary = submission.summary
    mark = "" if submission.mail_mark is None else ("是" if submission.mail_mark else "否")
    return {
        "序号": submission.number, "状态": status,
        "类型": summary.get("org_type_label", KIND_LABELS.get(submission.kind, "")),
        "申报单位": summary.get("applicant", submission.zip_name or submission.source),
        "组织名称": summary.get("org_name", submission.reason),
        "推荐单位": summary.get("recommender", ""),
        "成员单位数": summary.get("members", ""), "牵头项目数": summary.get("led_projects", ""),
        "其中市级及以上": summary.get("led_projects_municipal", ""),
        "标准供给": summary.get("pipeline_total", ""), "标准供给（按级别）": pipeline_text(summary),
        "经费来源（万元）": funding_text(summary),
        "完整性问题": submission.count("integrity") if submission.kind == PACKAGE else "",
        "检查错误": submission.count("error") if submission.kind == PACKAGE else "",
        "检查警告": submission.count("warning") if submission.kind == PACKAGE else "",
        "校验码": submission.checksum, "收到时间": submission.received_on.replace("T", " "),
        "发件人": submission.mail_sender, "邮件主题含标识": mark, "来源文件": submission.source,
    }


def rows(submissions: list[Submission]) -> list[dict[str, Any]]:
    """Every submission: each unit's latest first, then its earlier ones, then the rest."""
    out = []
    for unit in units(submissions):
        out.append(row(unit.latest, LATEST))
        out += [row(s, EARLIER) for s in reversed(unit.submissions[:-1])]
    out += [row(s, KIND_LABELS[s.kind]) for s in others(submissions)]
    return out


def write_csv(folder: Path, submissions: list[Submission]) -> Path:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows(submissions))
    target = folder / CSV_NAME
    write_atomically(target, ("\ufeff" + buffer.getvalue()).encode("utf-8"))
    return target
