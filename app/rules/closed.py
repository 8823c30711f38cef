"""Values outside a field's fixed choices (``app.choices.CLOSED``): an error at the field.

The window offers only the choices, but a received or older file may hold any text: a
level 团体 or a role 理事长单位 prints as typed and then counts nowhere (the printed
counts by level are over ``choices.STANDARD_LEVELS``). The message names the field and
its list, and what may be chosen; the row's number is the problem's ``row``.
"""

from collections.abc import Iterator

from sqlmodel import SQLModel

from app import choices, model
from app.call import Call
from app.limits import excerpt
from app.rules.engine import ERROR, Finding, rule
from app.rules.facts import Facts
from app.rules.printing import LIST_STEPS, SECTION_STEPS
from app.text import Text

# The title of each list as its page shows it (members: see _list_title).
LIST_TITLES = {
    "standards": "主导或参与制定的标准", "committees": "参与的标准化技术委员会",
    "projects": "承担的科研项目和标准化研究项目", "staff": "人员名单", "venues": "场地",
    "pipeline": "标准供给", "measures": "标准实施措施", "attachments": "附件",
    "funding": "经费（万元）",
}


def _list_title(key: str, facts: Facts) -> str:
    if key == "members":
        return "成员单位" if facts.is_base else "合作单位"
    if key == "governance_people":
        return "领导小组或理事会组成" if facts.is_base else "负责人与核心团队"
    return LIST_TITLES[key]


def _columns(row: SQLModel) -> Iterator[tuple[str, str]]:
    """``(column, label)`` of ``row``'s closed fields."""
    table = str(row.__tablename__)
    for (name, column), (label, _options) in (*choices.CLOSED.items(),
                                              *choices.CLOSED_TAGS.items()):
        if name == table:
            yield column, label


def _message(value: str, label: str, options: tuple[str, ...], where: Text | None = None) -> Text:
    shown = excerpt(value)
    allowed = [Text(option) for option in options]
    if where is None:
        return Text("“{label}”的值「{value}」不是可选的值，请从以下选择：{allowed}",
                    label=Text(label), value=shown, allowed=allowed)
    return Text("{where}的“{label}”的值「{value}」不是可选的值，请从以下选择：{allowed}",
                where=where, label=Text(label), value=shown, allowed=allowed)


@rule("values.choices", ERROR, "四", "check")
def _outside_choices(facts: Facts, _call: Call) -> Iterator[Finding]:
    sections: dict[type[SQLModel], SQLModel] = {
        model.Application: facts.application, model.Applicant: facts.applicant,
        model.Recommender: facts.recommender, model.Governance: facts.governance}
    for table, row in sections.items():
        for column, label in _columns(row):
            name = str(table.__tablename__)
            if wrong := choices.outside(name, column, getattr(row, column), facts.org_type):
                yield Finding(column, _message(wrong[0], label, choices.allowed(
                    name, column, facts.org_type)), step=SECTION_STEPS[table])
    for key, step in (*LIST_STEPS.items(), ("funding", "resources")):
        for row in getattr(facts, key):
            for column, label in _columns(row):
                name = str(row.__tablename__)
                if wrong := choices.outside(name, column, getattr(row, column), facts.org_type):
                    # (the row's number goes with every problem: app.rules.places)
                    where = Text(_list_title(key, facts))
                    yield Finding(key, _message(wrong[0], label, choices.allowed(
                        name, column, facts.org_type), where), row.id, column, step=step)

