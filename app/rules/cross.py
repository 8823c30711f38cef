"""Rules that look across fields and lists (FORM.md's cross-field rules)."""

from collections import Counter, defaultdict
from collections.abc import Iterator

from app import choices, credit_code, money, validators
from app.call import Call
from app.limits import excerpt
from app.rules.engine import BOTH, ERROR, WARNING, Check, Finding, rule
from app.rules.facts import Facts
from app.text import Text

BASE_ONLY = (choices.BASE,)
CENTER_ONLY = (choices.CENTER,)
MIN_MEMBERS_ADVISED = 5
COORDINATING_KINDS = ("园区管理单位", "标准化机构")
MUNICIPAL_OR_HIGHER = ("国家级", "省部级（市级）")


@rule("members.count", ERROR, "二(一)1", "members", BASE_ONLY)
def _members_count(facts: Facts, _call: Call) -> Iterator[Finding]:
    if not any(not m.is_applicant for m in facts.members):
        yield Finding("members", "创新基地须有申报单位以外的成员单位共同参与", missing=True)


@rule("members.count.advised", WARNING, "一(一)", "members", BASE_ONLY)
def _members_advised(facts: Facts, _call: Call) -> Iterator[Finding]:
    if 1 < len(facts.members) < MIN_MEMBERS_ADVISED:
        yield Finding("members", Text("目前只有 {n} 家单位，建议联合更多产业链上下游或园区内单位", n=len(facts.members)))


@rule("members.coverage", WARNING, "二(二)", "members", BASE_ONLY)
def _coverage(facts: Facts, _call: Call) -> Iterator[Finding]:
    kinds = {m.kind for m in facts.members}
    gaps = [party for party, member_kinds in choices.COVERAGE if not kinds.intersection(member_kinds)]
    if gaps:
        yield Finding("members", Text("成员单位尚未覆盖{parties}方面的单位，建议补充", parties=[Text(gap) for gap in gaps]),
                      missing=True)


@rule("members.name.required", ERROR, "二(一)1", "members")
def _member_names(facts: Facts, _call: Call) -> Iterator[Finding]:
    for member in facts.members:
        if not member.is_applicant and not member.name.strip():
            yield Finding("members", "请填写成员单位名称", member.id, "name", missing=True)


@rule("members.credit_code.repeated", ERROR, "二(一)1", "members")
def _repeated_codes(facts: Facts, _call: Call) -> Iterator[Finding]:
    codes = Counter(credit_code.normalize(m.credit_code) for m in facts.members if m.credit_code)
    for member in facts.members:
        code = credit_code.normalize(member.credit_code)
        if code and codes[code] > 1 and not member.is_applicant:
            yield Finding("members", Text("成员单位「{name}」的统一社会信用代码与其他单位重复", name=excerpt(member.name)),
                          member.id, "credit_code")


# (rule id, step, list, clause, types, message): the list must have at least one row.
REQUIRED_LISTS: tuple[tuple[str, str, str, str, tuple[str, ...], str], ...] = (
    ("governance.people", "governance", "governance_people", "一(一)", BASE_ONLY,
     "请填写领导小组或理事会的组成人员"),
    ("resources.venue", "resources", "venues", "二(一)3", BOTH, "请至少填写一处场地"),
    ("plan.pipeline.required", "plan", "pipeline", "三(二)", BOTH, "请至少填写一项标准供给"),
    ("plan.measures.required", "plan", "measures", "三(二)", BOTH, "请至少填写一项标准实施措施"),
)


def _non_empty(name: str, message: str) -> Check:
    def run(facts: Facts, _call: Call) -> Iterator[Finding]:
        if not getattr(facts, name):
            yield Finding(name, message, missing=True)
    return run


for _id, _step, _name, _clause, _types, _message in REQUIRED_LISTS:
    rule(_id, ERROR, _clause, _step, _types)(_non_empty(_name, _message))


@rule("governance.coordinator", ERROR, "一(一)", "governance", BASE_ONLY)
def _coordinator(facts: Facts, _call: Call) -> Iterator[Finding]:
    coordinator = facts.member(facts.governance.coordinator_member_id)
    if coordinator is None:
        yield Finding("coordinator_member_id", "请选择牵头协调单位", missing=True)
        return
    qualified = (coordinator.is_leading_enterprise or coordinator.kind in COORDINATING_KINDS
                 or (coordinator.is_applicant and facts.applicant.role in choices.APPLICANT_ROLES))
    if not qualified:
        yield Finding("coordinator_member_id",
                      Text("牵头协调单位「{name}」应为行业龙头企业、园区管理单位或标准化机构",
                           name=excerpt(coordinator.name)))


@rule("governance.center_leaders", ERROR, "三(一)", "governance", CENTER_ONLY)
def _center_leaders(facts: Facts, _call: Call) -> Iterator[Finding]:
    roles = {p.role for p in facts.governance_people}
    for role in ("负责人", "技术负责人"):
        if role not in roles:
            yield Finding("governance_people", Text("请填写创新中心的{role}", role=Text(role)), missing=True)


@rule("resources.own_money", ERROR, "二(一)3", "resources")
def _own_money(facts: Facts, _call: Call) -> Iterator[Finding]:
    own = sum(line.amount_fen or 0 for line in facts.funding if line.category == choices.OWN_MONEY
              and line.direction == choices.FUNDING_SOURCE)
    if own <= 0:
        yield Finding("funding", "申报单位自筹经费应大于 0", missing=True)


@rule("resources.funding.balance", ERROR, "二(一)3", "resources")
def _funding_balance(facts: Facts, _call: Call) -> Iterator[Finding]:
    totals: dict[tuple[int, str], int] = defaultdict(int)
    for line in facts.funding:
        totals[(line.year, line.direction)] += line.amount_fen or 0
    for year in sorted({line.year for line in facts.funding}):
        sources = totals[(year, choices.FUNDING_SOURCE)]
        uses = totals[(year, choices.FUNDING_USE)]
        if sources != uses:
            yield Finding("funding", Text(
                "第{year_cn}年经费来源合计 {sources} 万元与用途合计 {uses} 万元不相等",
                year_cn="一二三四五"[year - 1], year=year, sources=money.format_wan(sources),
                uses=money.format_wan(uses)))


@rule("resources.amounts.format", ERROR, "二(一)3", "resources")
def _amounts(facts: Facts, _call: Call) -> Iterator[Finding]:
    for line in facts.funding:
        message = validators.amount_fen(line.amount_fen)
        if message:
            yield Finding("funding", Text("经费“{category}”：{message}", category=Text(line.category), message=message), line.id, "amount_fen")
    for member in facts.members:
        message = validators.amount_fen(member.commitment_fen)
        if message:
            yield Finding("commitments", Text("成员单位「{name}」投入经费：{message}", name=excerpt(member.name), message=message), member.id,
                          "commitment_fen")


@rule("plan.months", ERROR, "三(三)", "plan")
def _months(facts: Facts, call: Call) -> Iterator[Finding]:
    last = call.pilot_months
    for item in facts.pipeline:
        if item.month is None or not 1 <= item.month <= last:
            yield Finding("pipeline", Text("标准「{title}」的计划完成时间应在第 1—{last} 个月内",
                               title=excerpt(item.title) or Text("未命名"), last=last),
                          item.id, "month")
    for milestone in facts.milestones:
        start, end = milestone.start_month, milestone.end_month
        if start is None or end is None or not 1 <= start <= end <= last:
            yield Finding("milestones", Text("进度安排「{task}」的起止月份应在第 1—{last} 个月内，且开始不晚于结束",
                                 task=excerpt(milestone.task) or Text("未命名"), last=last),
                          milestone.id)


@rule("foundation.center_project", ERROR, "二(三)", "foundation", CENTER_ONLY)
def _center_project(facts: Facts, _call: Call) -> Iterator[Finding]:
    led = [p for p in facts.projects if p.role == "牵头" and p.level in MUNICIPAL_OR_HIGHER]
    if not led:
        yield Finding("projects", "创新中心申报单位应有牵头承担市级及以上科研项目或标准化研究项目的经验，请至少填写一项",
                      missing=not facts.projects)


@rule("foundation.base_experience", ERROR, "二(二)", "foundation", BASE_ONLY)
def _base_experience(facts: Facts, _call: Call) -> Iterator[Finding]:
    if not facts.standards and not facts.service_institutions:
        yield Finding("standards", "请填写主导或参与制定的标准，或可协调的外部标准化服务机构（至少一项）",
                      missing=True)


@rule("attachments.support_letters", ERROR, "二(一)1", "attachments", BASE_ONLY)
def _support_letters(facts: Facts, _call: Call) -> Iterator[Finding]:
    with_letter = {a.member_id for a in facts.attachments if a.kind == choices.SUPPORT_LETTER}
    for member in facts.members:
        if not member.is_applicant and member.id not in with_letter:
            yield Finding("attachments", Text("缺少成员单位「{name}」的支持函", name=excerpt(member.name) or Text("未命名")),
                          missing=True)


@rule("attachments.licence", ERROR, "二(一)2", "attachments")
def _licence(facts: Facts, _call: Call) -> Iterator[Finding]:
    if not any(a.kind == choices.ATTACHMENT_KINDS[0] for a in facts.attachments):
        yield Finding("attachments", "请上传申报单位的营业执照或法人证书", missing=True)


@rule("check.deadline", WARNING, "四", "check")
def _deadline(facts: Facts, call: Call) -> Iterator[Finding]:
    if call.is_closed(facts.today):
        yield Finding("deadline", Text("本轮申报已于 {date} 截止，报送前请先向市市场监管局确认",
                                          date=call.deadline.isoformat()))
