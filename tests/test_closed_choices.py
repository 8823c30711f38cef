"""Choices are closed: a value outside a field's choices is refused by import and is an
error of the check, whose message names the field and what may be chosen."""

import json
from pathlib import Path

import pytest

from app import choices, model, rules
from app.document import ApplicationFile
from app.json_io import ImportRefused, export_json, import_json
from app.samples import write_sample
from tests.test_rules import BEFORE_DEADLINE


def _exported(tmp_path: Path, org_type: str = "base") -> tuple[Path, dict]:
    doc = write_sample(org_type, tmp_path / "s.stoa")
    source = export_json(doc, tmp_path / "out" / "application.json")
    doc.close()
    return source, json.loads(source.read_text(encoding="utf-8"))


def _write(source: Path, data: dict) -> Path:
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return source


@pytest.mark.parametrize(("key", "index", "field", "value", "options"), [
    ("members", 12, "role", "理事长单位", choices.MEMBER_ROLES),
    ("standards", 0, "level", "团体", choices.STANDARD_LEVELS),
    ("pipeline", 1, "level", "地方", choices.STANDARD_LEVELS),
    ("pipeline", 0, "level", "企业", choices.STANDARD_LEVELS),
    ("applicant", None, "nature", "国有企业", choices.UNIT_NATURES),
    ("application", None, "five_economy_tags", "创新型|数字型", choices.FIVE_ECONOMY_TAGS),
    ("governance_people", 0, "role", "负责人", choices.CLOSED[("governanceperson", "role")][1]),
])
def test_import_refuses_a_value_outside_the_choices(tmp_path: Path, key: str, index: int | None,
                                                    field: str, value: str,
                                                    options: tuple[str, ...]) -> None:
    source, data = _exported(tmp_path)
    (data[key] if index is None else data[key][index])[field] = value
    with pytest.raises(ImportRefused) as refused:
        import_json(_write(source, data), tmp_path / "i.stoa")
    message = str(refused.value)
    path = f"{key}/{field}" if index is None else f"{key}/{index}/{field}"
    assert path in message
    if index is not None:
        assert f"第 {index + 1} 行" in message  # the row as the window numbers it
    assert value.split("|")[-1] in message and "、".join(options) in message
    assert not (tmp_path / "i.stoa").exists()


def test_import_accepts_every_choice_and_the_empty_one(tmp_path: Path) -> None:
    source, data = _exported(tmp_path)
    for level, item in zip(choices.STANDARD_LEVELS, data["pipeline"], strict=False):
        item["level"] = level
    data["standards"][0]["level"] = ""
    data["application"]["industry"] = "低空经济"  # 所属产业 is open: typed freely
    doc = ApplicationFile.open(import_json(_write(source, data), tmp_path / "i.stoa"),
                               read_only=True)
    assert doc.section(model.Application).industry == "低空经济"
    doc.close()


def test_a_center_team_takes_only_the_center_roles(tmp_path: Path) -> None:
    source, data = _exported(tmp_path, "center")
    data["governance_people"][0]["role"] = "理事长"  # a base's role
    with pytest.raises(ImportRefused, match="governance_people/0/role.*负责人、技术负责人、核心成员"):
        import_json(_write(source, data), tmp_path / "i.stoa")


def test_check_finds_each_value_outside_the_choices_at_its_field(tmp_path: Path) -> None:
    doc = write_sample("base", tmp_path / "s.stoa")
    members = doc.rows(model.Member)
    doc.set_value(model.Member, members[12].id or 0, "role", "理事长单位")
    standard = doc.rows(model.StandardRecord)[0]
    doc.set_value(model.StandardRecord, standard.id or 0, "level", "团体")
    doc.set_value(model.Applicant, 1, "nature", "国有企业")
    found = [p for p in rules.check(doc, BEFORE_DEADLINE) if p.rule_id == "values.choices"]
    doc.close()
    assert all(p.severity == rules.ERROR for p in found)
    by_field = {(p.field, p.column): p for p in found}
    role = by_field[("members", "role")]
    assert role.row == 13 and role.path == "/members/12/role" and role.step == "members"
    assert "理事长单位" in role.message and "、".join(choices.MEMBER_ROLES) in role.message
    assert "“角色”" in role.message
    level = by_field[("standards", "level")]
    assert level.row == 1 and level.path == "/standards/0/level"
    assert "“级别”" in level.message and "、".join(choices.STANDARD_LEVELS) in level.message
    nature = by_field[("nature", "")]
    assert nature.step == "applicant" and nature.path == "/applicant/nature"
    assert "“单位性质”" in nature.message and "、".join(choices.UNIT_NATURES) in nature.message


def test_the_samples_hold_only_choices(tmp_path: Path, org_type: str) -> None:
    doc = write_sample(org_type, tmp_path / "s.stoa")
    found = [p for p in rules.check(doc, BEFORE_DEADLINE) if p.rule_id == "values.choices"]
    doc.close()
    assert found == []
