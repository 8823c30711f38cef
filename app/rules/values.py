"""Values out of their range: what a typed field cannot hold but a received file can.

Impossible dates, negative counts, references to units that are no longer there, texts
over the form's limits and attachments over the call's: each an error or a warning at
the field or the list row, like the other rules, rather than a blank or a nonsense on
the printed form.
"""

from collections.abc import Iterator
from typing import Any

from sqlmodel import SQLModel

from app import exchange, limits, model, validators
from app.call import Call
from app.rules.engine import ERROR, WARNING, Finding, rule
from app.rules.facts import Facts
from app.rules.printing import LIST_STEPS, SECTION_STEPS
from app.text import Text

# (rule id, step, facts attribute, field, label, clause): a count that cannot be negative.
COUNTS: tuple[tuple[str, str, str, str, str, str], ...] = (
    ("applicant.staff_count.negative", "applicant", "applicant", "staff_count", "职工总数（人）", "二(一)2"),
    ("applicant.rd_staff_count.negative", "applicant", "applicant", "rd_staff_count", "研发人员（人）", "二(一)2"),
    ("applicant.std_staff_count.negative", "applicant", "applicant", "std_staff_count", "标准化工作人员（人）", "二(一)2"),
    ("resources.fulltime_count.negative", "resources", "resources", "fulltime_count", "专职人员（人）", "二(一)3"),
    ("resources.parttime_count.negative", "resources", "resources", "parttime_count", "兼职人员（人）", "二(一)3"),
    ("resources.std_professional_count.negative", "resources", "resources", "std_professional_count",
     "其中标准化专业人员（人）", "二(一)3"),
    ("plan.target_standards_in_use.negative", "plan", "plan", "target_standards_in_use", "推动标准应用（项）", "三(一)"),
    ("plan.target_enterprises_served.negative", "plan", "plan", "target_enterprises_served", "服务企业（家）", "三(一)"),
    ("plan.target_trainings.negative", "plan", "plan", "target_trainings", "开展培训（场）", "三(一)"),
    ("plan.target_pilots.negative", "plan", "plan", "target_pilots", "开展试点（个）", "三(一)"),
)


def _negative(attribute: str, field: str, label: str) -> Any:
    def run(facts: Facts, _call: Call) -> Iterator[Finding]:
        value = getattr(getattr(facts, attribute), field)
        if isinstance(value, int) and value < 0:
            yield Finding(field, Text("{label}不能为负数（现为 {value}）", label=Text(label), value=value))
    return run


for _id, _step, _attribute, _field, _label, _clause in COUNTS:
    rule(_id, ERROR, _clause, _step)(_negative(_attribute, _field, _label))


@rule("resources.venue_area.negative", ERROR, "二(一)3", "resources")
def _venue_area(facts: Facts, _call: Call) -> Iterator[Finding]:
    for venue in facts.venues:
        if venue.area_m2 is not None and venue.area_m2 < 0:
            yield Finding("venues", Text("场地「{address}」的面积不能为负数", address=_shown(venue.address)),
                          venue.id, "area_m2")


@rule("type.fill_date.format", ERROR, "四", "type")
def _fill_date(facts: Facts, _call: Call) -> Iterator[Finding]:
    """The date printed on the cover: 9999-99-99 would print as nonsense."""
    value = facts.application.fill_date
    if value and validators.iso_date(value):
        yield Finding("fill_date", Text("填报日期「{value}」不是有效的日期，请重新选择", value=_shown(value)))


# Where each list's rows show who they are, for a message naming the row.
ROW_NAMES = ("name", "title", "task", "address", "content", "category")


def _row_name(row: SQLModel) -> str:
    for name in ROW_NAMES:
        value = getattr(row, name, "")
        if isinstance(value, str) and value.strip():
            return _shown(value)
    return Text("未命名")


def _shown(value: str) -> str:
    return limits.excerpt(value)


@rule("references.missing_member", ERROR, "四", "check")
def _missing_members(facts: Facts, _call: Call) -> Iterator[Finding]:
    """A unit chosen in a row that is not among the members (a damaged or edited file):
    printed, it would be a blank where the unit's name belongs."""
    known = {m.id for m in facts.members}
    sections: list[tuple[type[SQLModel], SQLModel]] = [
        (model.Governance, facts.governance)]
    for table, row in sections:
        for column in model.member_reference_fields(table):
            if (ref := getattr(row, column)) is not None and ref not in known:
                yield Finding(column, Text("所选单位（编号 {ref}）已不在成员单位中，请重新选择", ref=ref),
                              step=SECTION_STEPS[table])
    for key, step in LIST_STEPS.items():
        for row in getattr(facts, key):
            for column in model.member_reference_fields(type(row)):
                if (ref := getattr(row, column)) is not None and ref not in known:
                    yield Finding(key, Text("「{row}」所选的单位（编号 {ref}）已不在成员单位中，请重新选择",
                                            row=_row_name(row), ref=ref), row.id, column, step=step)


@rule("attachments.size", WARNING, "四", "attachments")
def _attachment_sizes(facts: Facts, call: Call) -> Iterator[Finding]:
    """The package goes by e-mail (四); the call limits each attachment."""
    for attachment in facts.attachments:
        if attachment.size > limits.attachment_warn_bytes(call):
            yield Finding("attachments", Text(
                "附件「{name}」有 {size}，超过申报通知规定的单个附件 {limit} MB 上限，请压缩扫描件后重新添加",
                name=_shown(attachment.name), size=limits.megabytes(attachment.size),
                limit=call.attachment_limit_mb), attachment.id, "size")


@rule("text.length", ERROR, "四", "check")
def _text_lengths(facts: Facts, _call: Call) -> Iterator[Finding]:
    """Texts over the form's limits (单位简介 has its own rule)."""
    sections: dict[type[SQLModel], SQLModel] = {
        model.Application: facts.application, model.Applicant: facts.applicant,
        model.Recommender: facts.recommender, model.Foundation: facts.foundation,
        model.Governance: facts.governance, model.ResourcesInfo: facts.resources,
        model.Plan: facts.plan}
    hidden = exchange.HIDDEN_BY_TABLE  # the file's own bookkeeping, not the form's texts
    for table, row in sections.items():
        for name, value in vars(row).items():
            if isinstance(value, str) and name != "intro" and name not in hidden.get(table, ()):
                message = validators.text_length(value, limits.text_limit(name, name in limits.LONG_TEXTS))
                if message:
                    yield Finding(name, message, step=SECTION_STEPS[table])
    for key, step in LIST_STEPS.items():
        for row in getattr(facts, key):
            for name, value in vars(row).items():
                if isinstance(value, str) and not name.startswith("_"):
                    message = validators.text_length(value, limits.text_limit(name))
                    if message:
                        yield Finding(key, message, row.id, name, step=step)
