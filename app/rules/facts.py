"""Everything the rules read, loaded from the file once per check."""

import datetime as dt
from dataclasses import dataclass

from app import choices, model
from app.document import ApplicationFile


@dataclass(frozen=True)
class Facts:
    today: dt.date
    application: model.Application
    applicant: model.Applicant
    recommender: model.Recommender
    foundation: model.Foundation
    governance: model.Governance
    resources: model.ResourcesInfo
    plan: model.Plan
    members: list[model.Member]
    standards: list[model.StandardRecord]
    committees: list[model.CommitteeSeat]
    projects: list[model.ResearchProject]
    service_institutions: list[model.ServiceInstitution]
    governance_people: list[model.GovernancePerson]
    staff: list[model.StaffMember]
    venues: list[model.Venue]
    funding: list[model.FundingLine]
    equipment: list[model.Equipment]
    pipeline: list[model.PipelineItem]
    measures: list[model.Measure]
    milestones: list[model.Milestone]
    attachments: list[model.Attachment]

    @property
    def org_type(self) -> str:
        return self.application.org_type

    @property
    def is_base(self) -> bool:
        return self.org_type == choices.BASE

    @property
    def applicant_member(self) -> model.Member:
        return next(m for m in self.members if m.is_applicant)

    def member(self, member_id: int | None) -> model.Member | None:
        return next((m for m in self.members if m.id == member_id), None)


def load_facts(doc: ApplicationFile, today: dt.date) -> Facts:
    return Facts(
        today=today,
        application=doc.section(model.Application),
        applicant=doc.section(model.Applicant),
        recommender=doc.section(model.Recommender),
        foundation=doc.section(model.Foundation),
        governance=doc.section(model.Governance),
        resources=doc.section(model.ResourcesInfo),
        plan=doc.section(model.Plan),
        members=doc.rows(model.Member),
        standards=doc.rows(model.StandardRecord),
        committees=doc.rows(model.CommitteeSeat),
        projects=doc.rows(model.ResearchProject),
        service_institutions=doc.rows(model.ServiceInstitution),
        governance_people=doc.rows(model.GovernancePerson),
        staff=doc.rows(model.StaffMember),
        venues=doc.rows(model.Venue),
        funding=doc.rows(model.FundingLine),
        equipment=doc.rows(model.Equipment),
        pipeline=doc.rows(model.PipelineItem),
        measures=doc.rows(model.Measure),
        milestones=doc.rows(model.Milestone),
        attachments=doc.rows(model.Attachment),
    )
