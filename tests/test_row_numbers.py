"""`check` names a list row by the number the window shows beside it, never by its id in
the file; ``--json`` gives that number as ``row`` and the value's JSON Pointer into the
exported JSON (lists from 0) as ``path``."""

import json
import subprocess
import sys
from pathlib import Path

from app import model, rules
from app.json_io import application_to_json
from app.samples import write_sample
from tests.test_rules import BEFORE_DEADLINE


def _moved_and_emptied(path: Path) -> int:
    """The base sample with its 14th unit moved up to row 3 and its name cleared, so that
    its id (14), its row (3) and its JSON index (2) all differ; returns the id."""
    doc = write_sample("base", path)
    member = doc.rows(model.Member)[13]
    doc.move_row(model.Member, member.id or 0, 2)
    doc.set_value(model.Member, member.id or 0, "name", "")
    doc.close()
    return member.id or 0


def test_a_problem_carries_the_row_the_user_sees_and_its_json_path(tmp_path: Path) -> None:
    member_id = _moved_and_emptied(tmp_path / "s.stoa")
    from app.document import ApplicationFile

    doc = ApplicationFile.open(tmp_path / "s.stoa", read_only=True)
    (problem,) = [p for p in rules.check(doc, BEFORE_DEADLINE) if p.rule_id == "members.name.required"]
    data = application_to_json(doc)
    doc.close()
    assert problem.row_id == member_id != 3
    assert problem.row == 3 and problem.path == "/members/2/name"
    assert data["members"][2]["name"] == ""  # the pointer leads to the value
    assert problem.where == "members 第3行 name"


def test_paths_point_into_sections_the_applicant_and_amounts(tmp_path: Path) -> None:
    doc = write_sample("base", tmp_path / "s.stoa")
    doc.set_value(model.Applicant, 1, "contact_mobile", "123")
    doc.set_value(model.Member, doc.applicant_member().id or 0, "credit_code", "")
    line = doc.rows(model.FundingLine)[4]
    doc.set_value(model.FundingLine, line.id or 0, "amount_fen", 123)
    problems = rules.check(doc, BEFORE_DEADLINE)
    doc.close()
    by_rule = {p.rule_id: p for p in problems}
    mobile = by_rule["applicant.contact_mobile.format"]
    assert (mobile.row, mobile.path, mobile.where) == (None, "/applicant/contact_mobile",
                                                       "contact_mobile")
    assert by_rule["applicant.credit_code"].path == "/members/0/credit_code"
    amount = by_rule["resources.amounts.format"]
    # The funding grid shows no row numbers: no row, but the pointer to the amount.
    assert amount.row is None and amount.path == "/funding/4/amount_wan"


def test_check_on_the_command_line_numbers_rows_as_the_window(tmp_path: Path, repo_root: Path,
                                                             child_env) -> None:
    _moved_and_emptied(tmp_path / "s.stoa")
    run = [sys.executable, "-m", "app", "check", str(tmp_path / "s.stoa")]
    text = subprocess.run(run, cwd=repo_root, env=child_env, capture_output=True, text=True,
                          timeout=120)
    line = next(line for line in text.stdout.splitlines() if "请填写成员单位名称" in line)
    assert "members 第3行 name" in line
    found = subprocess.run([*run, "--json"], cwd=repo_root, env=child_env, capture_output=True,
                           text=True, timeout=120)
    (problem,) = [p for p in json.loads(found.stdout) if p["rule_id"] == "members.name.required"]
    assert problem["row"] == 3 and problem["path"] == "/members/2/name"

