"""Marking an application approved, correcting the date, and withdrawing the mark.

Approval is the unit saying "the bureau approved us on this date": from then on the
application is kept exactly as submitted (``ApplicationFile`` refuses every edit of its
tables) and its checksum at that moment is recorded, so every report can name the
application it reports on. The 试点执行 rows are made for every planned standard,
milestone and funding cell, all in one transaction, one undo step in the window.

Withdrawing is deliberate and keeps everything entered since: it is for an approval
marked by mistake (the wrong file, before the letter came). A wrong date needs no
withdrawal: ``correct_date`` moves the pilot months without unlocking anything.
"""

import datetime as dt

from app import model
from app.call import Call
from app.call_store import call_of
from app.document import ApplicationFile
from app.json_io import application_checksum
from app.pilot.data import iso_day


class ApprovalRefused(ValueError):
    """An approval, correction or withdrawal that cannot be made; ``str()`` says why."""


def record(doc: ApplicationFile) -> model.PilotRecord | None:
    """The approval record, whether or not the approval is in force (None before any)."""
    return doc.row(model.PilotRecord, 1)


def approved_on(doc: ApplicationFile) -> dt.date | None:
    found = record(doc)
    return iso_day(found.approved_on) if found else None


def check_date(day: dt.date, call: Call, today: dt.date) -> None:
    if day < call.issued:
        raise ApprovalRefused(f"批准日期 {day.isoformat()} 早于申报通知的发布日期 "
                              f"{call.issued.isoformat()}，请核对批复文件上的日期。")
    if day > today:
        raise ApprovalRefused(f"批准日期 {day.isoformat()} 晚于今天，请在收到批复后再标记。")


def approve(doc: ApplicationFile, day: dt.date, reference: str = "",
            today: dt.date | None = None, call: Call | None = None) -> str:
    """Mark the application approved on ``day``; returns the checksum it was approved with."""
    if doc.is_approved():
        raise ApprovalRefused(f"「{doc.path.name}」已于 {approved_on(doc)} 标记为获批。"
                              f"若日期有误，请更正批准日期。")
    check_date(day, call or call_of(doc), today or dt.date.today())
    checksum = application_checksum(doc)
    with doc.batch():
        sync_rows(doc)
        if record(doc) is None:
            doc.add_row(model.PilotRecord, {"id": 1})
        doc.set_value(model.PilotRecord, 1, "approval_ref", reference.strip())
        doc.set_value(model.PilotRecord, 1, "approved_checksum", checksum)
        doc.set_value(model.PilotRecord, 1, "approved_on", day.isoformat())
    return checksum


def correct_date(doc: ApplicationFile, day: dt.date, today: dt.date | None = None,
                 call: Call | None = None) -> None:
    """A wrongly entered approval date, put right: the pilot months move, nothing unlocks."""
    if not doc.is_approved():
        raise ApprovalRefused(f"「{doc.path.name}」尚未标记为获批，无需更正日期。")
    check_date(day, call or call_of(doc), today or dt.date.today())
    doc.set_value(model.PilotRecord, 1, "approved_on", day.isoformat())


def withdraw(doc: ApplicationFile) -> None:
    """Take the approval mark away: the application can be edited again; the execution
    data stays and is there again when it is approved anew."""
    if not doc.is_approved():
        raise ApprovalRefused(f"「{doc.path.name}」尚未标记为获批。")
    doc.set_value(model.PilotRecord, 1, "approved_on", "")


def sync_rows(doc: ApplicationFile) -> None:
    """One progress row per planned standard and milestone, one spending row per funding
    cell of the plan; rows of plan entries removed while unlocked go."""
    items = {item.id for item in doc.rows(model.PipelineItem)}
    have = {row.pipeline_item_id: row for row in doc.rows(model.PilotStandard)}
    for item_id, row in have.items():
        if item_id not in items:
            doc.remove_row(model.PilotStandard, row.id or 0)
    for item_id in items - set(have):
        doc.add_row(model.PilotStandard, {"pipeline_item_id": item_id})
    milestones = {milestone.id for milestone in doc.rows(model.Milestone)}
    done = {row.milestone_id: row for row in doc.rows(model.PilotMilestone)}
    for milestone_id, pilot_row in done.items():
        if milestone_id not in milestones:
            doc.remove_row(model.PilotMilestone, pilot_row.id or 0)
    for milestone_id in milestones - set(done):
        doc.add_row(model.PilotMilestone, {"milestone_id": milestone_id})
    spent = {(row.year, row.direction, row.category) for row in doc.rows(model.PilotSpending)}
    for line in doc.rows(model.FundingLine):  # (in the plan's order)
        if (line.year, line.direction, line.category) not in spent:
            spent.add((line.year, line.direction, line.category))
            doc.add_row(model.PilotSpending, {"year": line.year, "direction": line.direction,
                                              "category": line.category})
