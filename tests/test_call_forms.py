"""The form version is part of the call: rules, steps and the printed form say which
versions they serve, and a call naming a version nobody serves never reaches them."""

import dataclasses
from pathlib import Path

import pytest

from app import rules, steps
from app.call_check import CallRefused, read_call
from app.call_store import bundled
from app.form_versions import FORM_VERSIONS, serves
from app.pdf import PRINTED_FORMS, render
from app.rules.engine import RULES, Finding, Rule
from app.rules.facts import load_facts
from app.samples import write_sample
from tests.call_rounds import BEFORE_DEADLINE, write_call


def test_every_version_a_call_may_name_is_served_by_steps_rules_and_print() -> None:
    for version in FORM_VERSIONS:
        assert serves(PRINTED_FORMS, version)
        assert [step.key for step in steps.steps_for(version)][-1] == "check"
        assert any(serves(rule.forms, version) for rule in rules.load_rules().values())


def test_a_rule_serves_only_the_versions_it_names(tmp_path: Path, monkeypatch) -> None:
    def always(_facts, _call):
        yield Finding("org_name", "只用于某一版本的规则")

    rules.load_rules()
    monkeypatch.setitem(RULES, "test.later", Rule("test.later", rules.WARNING, "一", "type",
                                                  ("base", "center"), always, forms=("2099",)))
    monkeypatch.setitem(RULES, "test.this", Rule("test.this", rules.WARNING, "一", "type",
                                                 ("base", "center"), always, forms=("2021",)))
    doc = write_sample("base", tmp_path / "a.stoa")
    try:
        found = {p.rule_id for p in rules.check(doc, BEFORE_DEADLINE)}
    finally:
        doc.close()
    assert "test.this" in found and "test.later" not in found


def test_a_call_for_an_unknown_form_is_refused_before_any_output(tmp_path: Path) -> None:
    with pytest.raises(CallRefused, match="form_version"):
        read_call(write_call(tmp_path / "c.json", form_version="2030"))
    doc = write_sample("center", tmp_path / "c.stoa")
    try:
        facts = load_facts(doc, BEFORE_DEADLINE)
    finally:
        doc.close()
    unknown = dataclasses.replace(bundled(), form_version="2030")  # (only code could make one)
    with pytest.raises(ValueError, match="没有打印版式"):
        render(facts, "0" * 12, unknown)
