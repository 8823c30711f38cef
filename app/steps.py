"""The wizard's steps in form order, and whether each has its required entries.

This answers only "is anything required still empty?" for the step list; the rules of
the call (formats, cross-field checks) are judged elsewhere.
"""

from collections.abc import Callable
from dataclasses import dataclass

from app import choices, model
from app.document import ApplicationFile


@dataclass(frozen=True)
class Step:
    key: str
    title: str


STEPS = (
    Step("type", "申报类型与名称"),
    Step("applicant", "申报单位"),
    Step("recommender", "推荐单位"),
    Step("foundation", "标准化工作基础"),
    Step("members", "成员单位"),
    Step("governance", "组织架构"),
    Step("resources", "资源保障"),
    Step("plan", "建设方案"),
    Step("attachments", "附件"),
    Step("check", "检查与输出"),
)


def step_title(step: Step, org_type: str) -> str:
    if step.key == "members" and org_type == choices.CENTER:
        return "合作单位"
    return step.title


def _type(doc: ApplicationFile) -> bool:
    app = doc.section(model.Application)
    needed = [app.org_name, app.industry, app.five_economy_tags or app.four_new_tags]
    if doc.is_base:
        needed.append(app.formation)
    return all(needed)


def _applicant(doc: ApplicationFile) -> bool:
    applicant, member = doc.section(model.Applicant), doc.applicant_member()
    needed = [member.name, member.credit_code, applicant.is_legal_person is not None,
              applicant.intro, applicant.contact_name, applicant.contact_department,
              applicant.contact_title, applicant.contact_phone, applicant.contact_mobile,
              applicant.contact_email]
    if doc.is_base:
        needed.append(applicant.role)
    return all(needed)


def _recommender(doc: ApplicationFile) -> bool:
    recommender = doc.section(model.Recommender)
    return bool(recommender.name and recommender.kind)


def _foundation(doc: ApplicationFile) -> bool:
    foundation = doc.section(model.Foundation)
    if doc.is_base:
        experience = doc.count(model.StandardRecord) or doc.count(model.ServiceInstitution)
        return bool(foundation.coordination_capacity and experience)
    return bool(foundation.tech_advantage and foundation.service_capacity
                and doc.count(model.ResearchProject))


def _members(doc: ApplicationFile) -> bool:
    return doc.count(model.Member) > 1 if doc.is_base else True


def _governance(doc: ApplicationFile) -> bool:
    governance = doc.section(model.Governance)
    people = doc.count(model.GovernancePerson)
    if doc.is_base:
        return bool(governance.body and governance.coordinator_member_id and people)
    roles = {person.role for person in doc.rows(model.GovernancePerson)}
    return {"负责人", "技术负责人"} <= roles


def _resources(doc: ApplicationFile) -> bool:
    own = [line for line in doc.rows(model.FundingLine) if line.category == choices.OWN_MONEY]
    return bool(doc.count(model.Venue) and any(line.amount_fen for line in own))


def _plan(doc: ApplicationFile) -> bool:
    plan = doc.section(model.Plan)
    needed = [plan.background, plan.goals, plan.mechanism, doc.count(model.PipelineItem),
              doc.count(model.Measure)]
    if not doc.is_base:
        needed.append(plan.research_plan)
    return all(needed)


def _attachments(doc: ApplicationFile) -> bool:
    return any(a.kind == choices.ATTACHMENT_KINDS[0] for a in doc.rows(model.Attachment))


FILLED: dict[str, Callable[[ApplicationFile], bool]] = {
    "type": _type, "applicant": _applicant, "recommender": _recommender,
    "foundation": _foundation, "members": _members, "governance": _governance,
    "resources": _resources, "plan": _plan, "attachments": _attachments,
}


def is_filled(doc: ApplicationFile, key: str) -> bool:
    """Whether step ``key`` has every required entry (the check step is never "filled")."""
    check = FILLED.get(key)
    return check(doc) if check is not None else False
