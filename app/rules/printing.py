"""Text the printed form cannot show: characters that no bundled face has.

The bundled faces hold every standard Chinese character (the CJK extensions and
compatibility ideographs too), so what is left is chiefly a private-use character made
with a 造字 program, which no font elsewhere shares, and symbols such as emoji.
reportlab would print such a character as nothing at all, so it is an error at the
field, before export, rather than a blank on the stamped paper; the message says how to
go on without misstating a name.
"""

from collections.abc import Iterator
from typing import Any

from sqlmodel import SQLModel

from app import exchange, glyphs, model
from app.call import Call
from app.rules.engine import ERROR, Finding, rule
from app.rules.facts import Facts
from app.text import Text

# Where each table is edited, and under which key a page lists its rows.
SECTION_STEPS: dict[type[SQLModel], str] = {
    model.Application: "type", model.Applicant: "applicant", model.Recommender: "recommender",
    model.Foundation: "foundation", model.Governance: "governance",
    model.ResourcesInfo: "resources", model.Plan: "plan",
}
LIST_STEPS: dict[str, str] = {
    "members": "members", "standards": "foundation", "committees": "foundation",
    "projects": "foundation", "service_institutions": "foundation",
    "governance_people": "governance", "staff": "resources", "venues": "resources",
    "equipment": "resources", "pipeline": "plan", "measures": "plan", "milestones": "plan",
    "attachments": "attachments",
}
EXCERPT = 10  # characters of context shown before the first unprintable one


# A file's name is printed with ? for what no face has: the file is what matters.
NOT_CHECKED = {"name"}  # of attachments


def _texts(row: Any) -> Iterator[tuple[str, str]]:
    skip = NOT_CHECKED if isinstance(row, model.Attachment) else set()
    skip = skip | exchange.HIDDEN_BY_TABLE.get(type(row), set())  # never printed (a path)
    for name, value in vars(row).items():
        if isinstance(value, str) and value and not name.startswith("_") and name not in skip:
            yield name, value


def _message(text: str, bad: list[str]) -> Text:
    at = min(text.index(char) for char in bad)
    excerpt = text[max(0, at - EXCERPT):at + 1]
    shown = "、".join(f"「{char}」(U+{ord(char):04X})" for char in bad)
    return Text("“…{excerpt}”中的字符{shown}无法打印：它不是标准字符（多为造字程序自造的字或表情符号），"
                "任何字体中都没有。请改用标准字符（输入法中可按拼音或部件查找，生僻字也有标准编码）；"
                "若确无标准字，请暂用同音字，打印后在纸质申报书上手写该字，并附证照扫描件说明",
                excerpt=excerpt, shown=shown)


@rule("print.characters", ERROR, "四", "check")
def _characters(facts: Facts, _call: Call) -> Iterator[Finding]:
    sections: dict[type[SQLModel], SQLModel] = {model.Application: facts.application, model.Applicant: facts.applicant,
                model.Recommender: facts.recommender, model.Foundation: facts.foundation,
                model.Governance: facts.governance, model.ResourcesInfo: facts.resources,
                model.Plan: facts.plan}
    for table, row in sections.items():
        for name, text in _texts(row):
            if bad := glyphs.unprintable(text):
                yield Finding(name, _message(text, bad), step=SECTION_STEPS[table])
    for key, step in LIST_STEPS.items():
        for row in getattr(facts, key):
            for name, text in _texts(row):
                if not (bad := glyphs.unprintable(text)):
                    continue
                if key == "members" and row.is_applicant and name in ("name", "credit_code"):
                    yield Finding(name, _message(text, bad), step="applicant")
                else:
                    yield Finding(key, _message(text, bad), row.id, name, step=step)

