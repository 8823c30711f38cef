"""The application (申报书) as SQLModel tables: one-row section tables and ordered lists.

Money is stored as integer 分 (fields ending ``_fen``) so 万元 amounts stay exact.
A reference to a unit is a ``member_id`` pointing at a ``Member`` row; the applicant is
itself the first member row, so every unit picker offers it too.
"""

from typing import TypeVar

from sqlmodel import SQLModel

from app.model.lists import (
    Attachment,
    AttachmentBlob,
    CommitteeSeat,
    Equipment,
    FundingLine,
    GovernancePerson,
    Measure,
    Member,
    Milestone,
    PipelineItem,
    ResearchProject,
    ServiceInstitution,
    StaffMember,
    StandardRecord,
    Venue,
)
from app.model.pilot import (
    PILOT_TABLES,
    PilotActivity,
    PilotFile,
    PilotFileBlob,
    PilotMilestone,
    PilotRecord,
    PilotResult,
    PilotSpending,
    PilotStandard,
)
from app.model.sections import (
    Applicant,
    Application,
    Foundation,
    Governance,
    Plan,
    Recommender,
    ResourcesInfo,
)
from app.tables import Table

SECTION_TABLES = (Application, Applicant, Recommender, Foundation, Governance, ResourcesInfo, Plan)
LIST_TABLES = (
    Member,
    StandardRecord,
    CommitteeSeat,
    ResearchProject,
    ServiceInstitution,
    GovernancePerson,
    StaffMember,
    Venue,
    FundingLine,
    Equipment,
    PipelineItem,
    Measure,
    Milestone,
    Attachment,
)

__all__ = [
    "Applicant", "Application", "Attachment", "AttachmentBlob", "CommitteeSeat", "Equipment",
    "Foundation", "FundingLine", "Governance", "GovernancePerson", "LIST_TABLES", "Measure",
    "Member", "Milestone", "PILOT_TABLES", "PilotActivity", "PilotFile", "PilotFileBlob",
    "PilotMilestone", "PilotRecord", "PilotResult", "PilotSpending", "PilotStandard",
    "PipelineItem", "Plan", "Recommender", "ResearchProject",
    "APPLICATION_TABLES", "ResourcesInfo", "SECTION_TABLES", "ServiceInstitution", "StaffMember", "StandardRecord",
    "Venue", "member_reference_fields", "orm",
]

T = TypeVar("T", bound=SQLModel)
BY_NAME: dict[str, type[SQLModel]] = {
    table.__tablename__: table  # type: ignore[misc]
    for table in (*SECTION_TABLES, *LIST_TABLES, *PILOT_TABLES)}
# What approval locks (app.pilot.approval): the application as submitted.
APPLICATION_TABLES = (*SECTION_TABLES, *LIST_TABLES, AttachmentBlob)


def orm(table: type[T] | Table) -> type[T]:
    """The model class of ``table``, which may be named by an ``app.tables.Table``."""
    if isinstance(table, Table):
        return BY_NAME[table.__tablename__]  # type: ignore[return-value]
    return table


def member_reference_fields(table: type[SQLModel]) -> list[str]:
    """Columns of ``table`` that point at a member row (named ``…member_id``)."""
    return [name for name in table.model_fields if name.endswith("member_id")]
