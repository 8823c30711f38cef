"""The call's rules: each one trips on a wrong application and stays quiet on the samples."""

import datetime as dt
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from app import choices, model, rules
from app.document import ApplicationFile
from app.rules.fields import FORMATS, REQUIRED
from app.rules.values import COUNTS
from app.samples import write_sample

BEFORE_DEADLINE = dt.date(2021, 10, 1)
Mutation = Callable[[ApplicationFile], None]


def _set(table: type, name: str, value: object) -> Mutation:
    return lambda doc: doc.set_value(table, 1, name, value)


def _set_member(name: str, value: object, applicant: bool = False) -> Mutation:
    def mutate(doc: ApplicationFile) -> None:
        member = next(m for m in doc.rows(model.Member) if m.is_applicant == applicant)
        doc.set_value(model.Member, member.id, name, value)
    return mutate


def _clear(table: type) -> Mutation:
    def mutate(doc: ApplicationFile) -> None:
        for row in doc.rows(table):
            if not getattr(row, "is_applicant", False):
                doc.remove_row(table, row.id)
    return mutate


def _confirmed_bad_code(applicant: bool) -> Mutation:
    """A code whose check character fails, confirmed by the user against the licence."""
    def mutate(doc: ApplicationFile) -> None:
        bad = FAILING_CHECKSUM
        _set_member("credit_code", bad, applicant)(doc)
        _set_member("credit_code_confirmed", bad, applicant)(doc)
    return mutate


FAILING_CHECKSUM = "91310000MA1FL0000X"


def _first(table: type, name: str, value: object) -> Mutation:
    return lambda doc: doc.set_value(table, doc.rows(table)[0].id, name, value)


def _funding(category: str, year: int, value: int | None) -> Mutation:
    def mutate(doc: ApplicationFile) -> None:
        line = next(x for x in doc.rows(model.FundingLine)
                    if x.category == category and x.year == year
                    and x.direction == choices.FUNDING_SOURCE)
        doc.set_value(model.FundingLine, line.id, "amount_fen", value)
    return mutate


def _sections() -> dict[str, type]:
    return {"application": model.Application, "applicant": model.Applicant,
            "recommender": model.Recommender, "foundation": model.Foundation,
            "governance": model.Governance, "plan": model.Plan}


CASES: dict[str, tuple[str, Mutation]] = {
    f"{rule_id}.required": (types[0], _set(_sections()[attribute], field, ""))
    for rule_id, _step, attribute, field, _label, _clause, types in REQUIRED
}
BAD_FORMATS = {"contact_mobile": "2123456789", "contact_phone": "电话", "contact_email": "a@b",
               "postcode": "20003", "founded": "2021-13-01", "revenue_fen": 123,
               "intro": "长" * 1501}
CASES.update({rule_id: ("base", _set(model.Applicant, field, BAD_FORMATS[field]))
              for rule_id, _attribute, field, _check in FORMATS})
CASES.update({
    "type.tags.required": ("base", lambda d: (_set(model.Application, "five_economy_tags", "")(d),
                                              _set(model.Application, "four_new_tags", "")(d))),
    "type.org_name.ending": ("center", _set(model.Application, "org_name", "上海某某中心")),
    "applicant.name.required": ("base", _set_member("name", "", applicant=True)),
    "applicant.legal_person": ("center", _set(model.Applicant, "is_legal_person", False)),
    "members.credit_code": ("base", _set_member("credit_code", FAILING_CHECKSUM)),
    "members.credit_code.confirmed": ("base", _confirmed_bad_code(applicant=False)),
    "applicant.credit_code.confirmed": ("center", _confirmed_bad_code(applicant=True)),
    "applicant.credit_code": ("center", _set_member("credit_code", "1231", applicant=True)),
    "recommender.phone.format": ("base", _set(model.Recommender, "contact_phone", "无")),
    "members.count": ("base", _clear(model.Member)),
    "members.count.advised": ("base", lambda d: [d.remove_row(model.Member, m.id)
                                                 for m in d.rows(model.Member)[4:]]),
    "members.coverage": ("base", lambda d: [d.set_value(model.Member, m.id, "kind", "企业")
                                            for m in d.rows(model.Member)]),
    "members.name.required": ("base", _set_member("name", "")),
    "members.credit_code.repeated": ("base", lambda d: d.set_value(
        model.Member, d.rows(model.Member)[2].id, "credit_code",
        d.rows(model.Member)[1].credit_code)),
    "governance.coordinator": ("base", _set(model.Governance, "coordinator_member_id", None)),
    "governance.people": ("base", _clear(model.GovernancePerson)),
    "governance.center_leaders": ("center", _clear(model.GovernancePerson)),
    "resources.venue": ("center", _clear(model.Venue)),
    "resources.own_money": ("base", lambda d: (_funding(choices.OWN_MONEY, 1, None)(d),
                                               _funding(choices.OWN_MONEY, 2, None)(d))),
    "resources.funding.balance": ("center", _funding(choices.OWN_MONEY, 2, 1_000_000)),
    "resources.amounts.format": ("base", _first(model.FundingLine, "amount_fen", 1)),
    "plan.pipeline.required": ("center", _clear(model.PipelineItem)),
    "plan.measures.required": ("base", _clear(model.Measure)),
    "plan.months": ("base", _first(model.PipelineItem, "month", 25)),
    "foundation.center_project": ("center", _clear(model.ResearchProject)),
    "foundation.base_experience": ("base", lambda d: (_clear(model.StandardRecord)(d),
                                                      _clear(model.ServiceInstitution)(d))),
    "attachments.support_letters": ("base", lambda d: d.remove_row(
        model.Attachment, next(a.id for a in d.rows(model.Attachment)
                               if a.kind == choices.SUPPORT_LETTER))),
    "print.characters": ("base", _set(model.Applicant, "intro", "本单位成立于2009年😀。")),
    "attachments.licence": ("center", lambda d: d.remove_row(
        model.Attachment, d.rows(model.Attachment)[0].id)),
})


def _dangling(table: type, column: str) -> Mutation:
    """The first row's unit reference pointing at no member, as a damaged file has it."""
    def mutate(doc: ApplicationFile) -> None:
        connection = doc._engine.raw_connection()
        try:
            connection.execute("PRAGMA foreign_keys=OFF")
            connection.execute(f"UPDATE {table.__tablename__} SET {column} = 999 WHERE id = ?",
                               (doc.rows(table)[0].id,))
            connection.commit()
            connection.execute("PRAGMA foreign_keys=ON")
        finally:
            connection.close()
    return mutate


# The rules on values out of range (app/rules/values.py).
CASES.update({rule_id: (("base", _set(getattr(model, {"applicant": "Applicant", "resources": "ResourcesInfo",
                                                      "plan": "Plan"}[attribute]), field, -1)))
              for rule_id, _step, attribute, field, _label, _clause in COUNTS})
CASES.update({
    "resources.venue_area.negative": ("center", _first(model.Venue, "area_m2", -5)),
    "type.fill_date.format": ("base", _set(model.Application, "fill_date", "9999-99-99")),
    "references.missing_member": ("base", _dangling(model.PipelineItem, "lead_member_id")),
    "attachments.size": ("center", _first(model.Attachment, "size", 25 * 1024 * 1024)),
    "text.length": ("center", _set(model.Plan, "goals", "长" * 3001)),
    "values.choices": ("base", _first(model.StandardRecord, "level", "团体")),
})


def test_every_rule_cites_a_clause_of_the_notice_and_has_a_case() -> None:
    registered = rules.load_rules()
    for rule in registered.values():
        assert rule.clause in rules.CLAUSES, rule.id
        assert rule.severity in (rules.ERROR, rules.WARNING)
    untested = set(registered) - set(CASES) - {"check.deadline"}
    assert not untested


@pytest.mark.parametrize("rule_id", sorted(CASES))
def test_rule_trips_on_a_wrong_application_and_not_on_the_sample(tmp_path: Path,
                                                                 rule_id: str) -> None:
    org_type, mutate = CASES[rule_id]
    doc = write_sample(org_type, tmp_path / "s.stoa")
    assert rule_id not in {p.rule_id for p in rules.check(doc, BEFORE_DEADLINE)}
    mutate(doc)
    tripped = [p for p in rules.check(doc, BEFORE_DEADLINE) if p.rule_id == rule_id]
    doc.close()
    assert tripped and all(p.message for p in tripped)


@pytest.mark.parametrize("applicant", [True, False], ids=["applicant", "member"])
def test_a_confirmed_checksum_failure_is_a_warning_until_the_code_changes(
        tmp_path: Path, applicant: bool) -> None:
    path = tmp_path / "s.stoa"
    doc = write_sample("base", path)
    member = next(m for m in doc.rows(model.Member) if m.is_applicant == applicant)
    doc.set_value(model.Member, member.id, "credit_code", FAILING_CHECKSUM.lower())

    def codes() -> list[tuple[str, str, int | None]]:
        return [(p.severity, p.message, p.confirm_member) for p in rules.check(doc, BEFORE_DEADLINE)
                if "统一社会信用代码" in p.message]

    (severity, message, confirm), = codes()
    assert severity == rules.ERROR and "请对照营业执照核对" in message and confirm == member.id
    doc.set_value(model.Member, member.id, "credit_code_confirmed", FAILING_CHECKSUM)
    doc.close()
    doc = ApplicationFile.open(path)  # the confirmation is stored in the file
    (severity, message, confirm), = codes()
    assert severity == rules.WARNING and "已确认与营业执照一致" in message and confirm is None
    doc.set_value(model.Member, member.id, "credit_code", "91310000MA1FL0001X")
    assert [severity for severity, _message, _confirm in codes()] == [rules.ERROR]
    doc.close()


def test_rules_of_one_type_do_not_fire_for_the_other(tmp_path: Path) -> None:
    doc = write_sample("center", tmp_path / "c.stoa")
    _clear(model.Member)(doc)
    doc.set_value(model.Governance, 1, "body", "")
    fired = {p.rule_id for p in rules.check(doc, BEFORE_DEADLINE)}
    doc.close()
    assert not fired & {"members.count", "governance.body.required", "members.coverage"}


def test_a_passed_deadline_is_a_warning_naming_the_date(tmp_path: Path) -> None:
    doc = write_sample("base", tmp_path / "b.stoa")
    after = [p for p in rules.check(doc, dt.date(2021, 10, 16)) if p.rule_id == "check.deadline"]
    on_the_day = [p for p in rules.check(doc, dt.date(2021, 10, 15))
                  if p.rule_id == "check.deadline"]
    doc.close()
    assert len(after) == 1 and "2021-10-15" in after[0].message and not on_the_day
    assert after[0].severity == rules.WARNING


def test_rules_never_change_the_file(tmp_path: Path) -> None:
    doc = write_sample("base", tmp_path / "b.stoa")
    doc.close()
    before = (tmp_path / "b.stoa").read_bytes()
    doc = ApplicationFile.open(tmp_path / "b.stoa")
    _ = rules.check(doc)
    doc.close()
    assert (tmp_path / "b.stoa").read_bytes() == before


def _cli(args: list[str], repo_root: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", "check", *args], cwd=repo_root, env=env,
                          capture_output=True, text=True, timeout=120)


def test_check_command_exit_codes(tmp_path: Path, repo_root: Path, child_env) -> None:
    for org_type in ("base", "center"):
        write_sample(org_type, tmp_path / f"{org_type}.stoa").close()
        assert _cli([str(tmp_path / f"{org_type}.stoa")], repo_root, child_env).returncode == 0
    ApplicationFile.create(tmp_path / "empty.stoa", "base").close()
    result = _cli([str(tmp_path / "empty.stoa"), "--json"], repo_root, child_env)
    assert result.returncode == 1
    problems = json.loads(result.stdout)
    assert {"rule_id", "severity", "clause", "step", "field", "message"} <= set(problems[0])
    text = _cli([str(tmp_path / "empty.stoa")], repo_root, child_env)
    assert "错误\t通知一\t请填写拟建组织名称" in text.stdout
    (tmp_path / "bad.stoa").write_text("x")
    result = _cli([str(tmp_path / "bad.stoa")], repo_root, child_env)
    assert result.returncode == 2 and "bad.stoa" in result.stderr and "Traceback" not in result.stderr


def test_a_character_no_font_has_is_an_error_at_its_field_or_row(tmp_path: Path) -> None:
    doc = write_sample("base", tmp_path / "s.stoa")
    item = doc.rows(model.PipelineItem)[1]
    # (private-use characters, made with a 造字 program: the rare faces have every
    # standard one, 𪚥 and 𠮷 included)
    doc.set_value(model.PipelineItem, item.id, "title", "\ue0a5字标准")
    doc.set_value(model.Member, doc.rows(model.Member)[0].id, "name", "上海\ue8ff野家有限公司")
    found = {(p.step, p.field, p.row_id, p.column): p.message
             for p in rules.check(doc, BEFORE_DEADLINE) if p.rule_id == "print.characters"}
    doc.close()
    assert "U+E0A5" in found[("plan", "pipeline", item.id, "title")]
    assert "「\ue8ff」" in found[("applicant", "name", None, "")]
    assert len(found) == 2
