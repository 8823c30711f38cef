"""The pilot's data read once from the file, joined with the plan it is measured against.

Progress, reminders and reports read a ``PilotData``, never the file: a report may be
laid out in a worker thread, and every figure in it comes from one consistent reading.
"""

import datetime as dt
from dataclasses import dataclass

from app import model
from app.call import Call
from app.call_store import call_of
from app.document import ApplicationFile
from app.json_io import application_checksum


@dataclass(frozen=True)
class StandardRow:
    item: model.PipelineItem
    progress: model.PilotStandard
    lead: str  # the lead unit's name


@dataclass(frozen=True)
class MilestoneRow:
    milestone: model.Milestone
    progress: model.PilotMilestone


@dataclass(frozen=True)
class PilotData:
    path_name: str
    org_name: str
    applicant: str
    org_type: str
    approved_on: dt.date | None
    approval_ref: str
    approved_checksum: str
    current_checksum: str  # differs from approved_checksum only if the application changed
    pilot_months: int
    record: model.PilotRecord
    plan: model.Plan
    standards: list[StandardRow]
    milestones: list[MilestoneRow]
    funding: list[model.FundingLine]
    spending: list[model.PilotSpending]
    activities: list[model.PilotActivity]
    results: list[model.PilotResult]
    files: list[model.PilotFile]

    @property
    def pilot_years(self) -> int:
        return self.pilot_months // 12


def iso_day(text: str) -> dt.date | None:
    """The date an ISO text names, None for "" or a text that is none (never raises)."""
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        return None


def load(doc: ApplicationFile, call: Call | None = None, checksum: bool = True) -> PilotData:
    """Everything the pilot's views and reports show, read from ``doc`` now.

    ``checksum=False`` skips comparing the application with its approved checksum (a
    tenth of a second on a large file): what the window does after each pilot edit, as
    an approved application cannot change in between."""
    call = call or call_of(doc)
    record = doc.row(model.PilotRecord, 1) or model.PilotRecord(id=1)
    members = {member.id: member.name for member in doc.rows(model.Member)}
    by_item = {row.pipeline_item_id: row for row in doc.rows(model.PilotStandard)}
    by_milestone = {row.milestone_id: row for row in doc.rows(model.PilotMilestone)}
    application = doc.section(model.Application)
    return PilotData(
        path_name=doc.path.name,
        org_name=application.org_name,
        applicant=doc.applicant_member().name,
        org_type=application.org_type,
        approved_on=iso_day(record.approved_on),
        approval_ref=record.approval_ref,
        approved_checksum=record.approved_checksum,
        current_checksum=application_checksum(doc) if checksum else record.approved_checksum,
        pilot_months=call.pilot_months,
        record=record,
        plan=doc.section(model.Plan),
        standards=[StandardRow(item, by_item.get(item.id) or model.PilotStandard(),
                               members.get(item.lead_member_id, ""))
                   for item in doc.rows(model.PipelineItem)],
        milestones=[MilestoneRow(milestone, by_milestone.get(milestone.id) or model.PilotMilestone())
                    for milestone in doc.rows(model.Milestone)],
        funding=doc.rows(model.FundingLine),
        spending=doc.rows(model.PilotSpending),
        activities=doc.rows(model.PilotActivity),
        results=doc.rows(model.PilotResult),
        files=doc.rows(model.PilotFile),
    )
