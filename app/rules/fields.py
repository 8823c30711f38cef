"""Required entries and field formats (FORM.md "req"; the validators of issue 3)."""

from collections.abc import Callable, Iterator
from typing import Any

from app import choices, credit_code, model, validators
from app.call import Call
from app.limits import excerpt
from app.rules.engine import BOTH, ERROR, WARNING, Check, Finding, rule
from app.rules.facts import Facts
from app.text import Text

BASE_ONLY = (choices.BASE,)
CENTER_ONLY = (choices.CENTER,)

# (rule id, step, facts attribute, field, label, clause, types): an empty value is an error.
REQUIRED: tuple[tuple[str, str, str, str, str, str, tuple[str, ...]], ...] = (
    ("type.org_name", "type", "application", "org_name", "拟建组织名称", "一", BOTH),
    ("type.industry", "type", "application", "industry", "所属产业", "一", BOTH),
    ("type.formation", "type", "application", "formation", "组建方式", "一(一)", BASE_ONLY),
    ("applicant.intro", "applicant", "applicant", "intro", "单位简介", "二(一)1", BOTH),
    ("applicant.role", "applicant", "applicant", "role", "申报单位类型", "二(一)1", BASE_ONLY),
    ("applicant.contact_name", "applicant", "applicant", "contact_name", "联系人姓名", "二(四)1", BOTH),
    ("applicant.contact_department", "applicant", "applicant", "contact_department", "联系人部门", "二(四)1", BOTH),
    ("applicant.contact_title", "applicant", "applicant", "contact_title", "联系人职务", "二(四)1", BOTH),
    ("applicant.contact_phone", "applicant", "applicant", "contact_phone", "办公电话", "二(四)1", BOTH),
    ("applicant.contact_mobile", "applicant", "applicant", "contact_mobile", "手机", "二(四)1", BOTH),
    ("applicant.contact_email", "applicant", "applicant", "contact_email", "电子邮箱", "二(四)1", BOTH),
    ("recommender.name", "recommender", "recommender", "name", "推荐单位名称", "二(一)2", BOTH),
    ("recommender.kind", "recommender", "recommender", "kind", "推荐单位类型", "二(一)2", BOTH),
    ("foundation.tech_advantage", "foundation", "foundation", "tech_advantage", "技术优势", "二(三)", CENTER_ONLY),
    ("foundation.service_capacity", "foundation", "foundation", "service_capacity", "标准化服务能力", "二(三)", CENTER_ONLY),
    ("foundation.coordination_capacity", "foundation", "foundation", "coordination_capacity", "组织协调能力", "二(二)", BASE_ONLY),
    ("governance.body", "governance", "governance", "body", "领导机构形式（领导小组或理事会）", "一(一)", BASE_ONLY),
    ("plan.background", "plan", "plan", "background", "建设背景与必要性", "二(二)", BOTH),
    ("plan.goals", "plan", "plan", "goals", "建设目标", "三(一)", BOTH),
    ("plan.research_plan", "plan", "plan", "research_plan", "前期研究与试验验证计划", "一(二)", CENTER_ONLY),
    ("plan.mechanism", "plan", "plan", "mechanism", "机制创新", "三(二)", BOTH),
)


@rule("applicant.name.required", ERROR, "二(一)2", "applicant")
def _applicant_name(facts: Facts, _call: Call) -> Iterator[Finding]:
    if not facts.applicant_member.name.strip():
        yield Finding("name", "请填写申报单位名称", missing=True)


@rule("applicant.legal_person", ERROR, "二(一)2", "applicant")
def _legal_person(facts: Facts, _call: Call) -> Iterator[Finding]:
    if facts.applicant.is_legal_person is not True:
        yield Finding("is_legal_person", "申报单位应具有独立法人资格")


def _code_findings(member: model.Member, who: str, confirmed: bool) -> Iterator[Finding]:
    """The findings about ``member``'s credit code: those of confirmed failures or the rest.

    Findings point at the members list row, except the applicant's, which is a field of
    the applicant page.
    """
    field, row_id, column = ("credit_code", None, "") if member.is_applicant else (
        "members", member.id, "credit_code")
    code = member.credit_code
    is_confirmed = bool(code) and member.credit_code_confirmed == credit_code.normalize(code)
    problem = credit_code.problem(code) if code.strip() else "empty"
    if confirmed:
        if problem == "checksum" and is_confirmed:
            yield Finding(field, Text("{who}的统一社会信用代码校验位不正确，已确认与营业执照一致", who=who),
                          row_id, column)
    elif problem == "empty":
        yield Finding(field, Text("请填写{who}的统一社会信用代码", who=who), row_id, column,
                      missing=True)
    elif problem == "checksum" and not is_confirmed:
        yield Finding(field, Text("{who}的统一社会信用代码校验位不正确，请对照营业执照核对", who=who), row_id, column,
                      confirm_member=member.id)
    elif problem not in (None, "checksum"):
        yield Finding(field, Text("{who}的统一社会信用代码{problem}", who=who, problem=problem), row_id, column)


def _member_name(member: model.Member, facts: Facts) -> Text:
    """成员单位「…」 of a base, 合作单位「…」 of a center (the form's own words for them)."""
    name = excerpt(member.name) or Text("未命名")  # quoted short: a name may be long
    if facts.is_base:
        return Text("成员单位「{name}」", name=name)
    return Text("合作单位「{name}」", name=name)


@rule("applicant.credit_code", ERROR, "二(一)2", "applicant")
def _applicant_code(facts: Facts, _call: Call) -> Iterator[Finding]:
    yield from _code_findings(facts.applicant_member, Text("申报单位"), confirmed=False)


@rule("applicant.credit_code.confirmed", WARNING, "二(一)2", "applicant")
def _applicant_code_confirmed(facts: Facts, _call: Call) -> Iterator[Finding]:
    yield from _code_findings(facts.applicant_member, Text("申报单位"), confirmed=True)


@rule("members.credit_code", ERROR, "二(一)1", "members")
def _member_codes(facts: Facts, _call: Call) -> Iterator[Finding]:
    for member in facts.members:
        if not member.is_applicant:
            yield from _code_findings(member, _member_name(member, facts), confirmed=False)


@rule("members.credit_code.confirmed", WARNING, "二(一)1", "members")
def _member_codes_confirmed(facts: Facts, _call: Call) -> Iterator[Finding]:
    for member in facts.members:
        if not member.is_applicant:
            yield from _code_findings(member, _member_name(member, facts), confirmed=True)


def _required(attribute: str, field: str, label: str) -> Check:
    def run(facts: Facts, _call: Call) -> Iterator[Finding]:
        value: Any = getattr(getattr(facts, attribute), field)
        if value is None or (isinstance(value, str) and not value.strip()):
            yield Finding(field, Text("请填写{label}", label=Text(label)), missing=True)
    return run


for _id, _step, _attribute, _field, _label, _clause, _types in REQUIRED:
    rule(f"{_id}.required", ERROR, _clause, _step, _types)(_required(_attribute, _field, _label))


@rule("type.tags.required", ERROR, "一", "type")
def _tags(facts: Facts, _call: Call) -> Iterator[Finding]:
    if not (facts.application.five_economy_tags or facts.application.four_new_tags):
        yield Finding("five_economy_tags", "请至少选择一项“五型经济”或“四新经济”领域", missing=True)


@rule("type.org_name.ending", WARNING, "一", "type")
def _name_ending(facts: Facts, _call: Call) -> Iterator[Finding]:
    name, ending = facts.application.org_name.strip(), choices.ORG_TYPES[facts.org_type]
    if name and not name.endswith(ending):
        yield Finding("org_name", Text("组织名称一般以“{ending}”结尾，与申报类型一致", ending=Text(ending)))


def _format(attribute: str, field: str, check: Callable[[Any], str | None]) -> Check:
    def run(facts: Facts, _call: Call) -> Iterator[Finding]:
        value = getattr(getattr(facts, attribute), field)
        if value:
            message = check(value)
            if message:
                yield Finding(field, message)
    return run


FORMATS = (
    ("applicant.contact_mobile.format", "applicant", "contact_mobile", validators.mobile),
    ("applicant.contact_phone.format", "applicant", "contact_phone", validators.office_phone),
    ("applicant.contact_email.format", "applicant", "contact_email", validators.email),
    ("applicant.postcode.format", "applicant", "postcode", validators.postcode),
    ("applicant.founded.format", "applicant", "founded", validators.iso_date),
    ("applicant.revenue.format", "applicant", "revenue_fen", validators.amount_fen),
    ("applicant.intro.length", "applicant", "intro",
     lambda text: validators.text_length(text, choices.TEXT_LIMITS["intro"])),
)
for _id, _attribute, _field, _check in FORMATS:
    rule(_id, ERROR, "二(四)1", "applicant")(_format(_attribute, _field, _check))


@rule("recommender.phone.format", WARNING, "二(四)1", "recommender")
def _recommender_phone(facts: Facts, _call: Call) -> Iterator[Finding]:
    phone = facts.recommender.contact_phone
    if phone and validators.office_phone(phone) and validators.mobile(phone):
        yield Finding("contact_phone", "联系电话格式不正确，例如 021-64220000 转 2509")
