"""The general comparison of two application versions (app.compare) on exported JSON."""

import copy
import json

import pytest

from app import compare
from app.compare import Change
from app.samples import sample_json
from app.text_diff import ADDED, REMOVED, changed_sentences


@pytest.fixture(scope="module")
def base() -> dict:
    return json.loads(sample_json("base").read_text(encoding="utf-8"))


def test_a_version_compared_with_itself_has_no_change(base: dict) -> None:
    result = compare.compare(base, copy.deepcopy(base))
    assert not result
    assert result.changes == []
    assert result.by_section() == {}


def test_a_field_changed_in_a_section_is_named_with_old_and_new(base: dict) -> None:
    new = copy.deepcopy(base)
    new["recommender"]["contact_phone"] = "021-12345678"
    result = compare.compare(base, new)
    assert result.changes == [Change("changed", "recommender", None, None, "contact_phone",
                                     base["recommender"]["contact_phone"], "021-12345678")]
    line = compare.describe(result.changes[0])
    assert line.startswith("推荐单位 · 联系电话：") and "021-12345678" in line


def test_money_is_compared_as_an_amount(base: dict) -> None:
    new = copy.deepcopy(base)
    amount = base["applicant"]["revenue_wan"]
    new["applicant"]["revenue_wan"] = amount.rstrip("0").rstrip(".") if "." in amount else amount + ".0"
    assert not compare.compare(base, new)
    new["applicant"]["revenue_wan"] = "1.01"
    assert [c.field for c in compare.compare(base, new).changes] == ["revenue_wan"]


def test_a_moved_member_is_one_move_and_references_do_not_change(base: dict) -> None:
    new = copy.deepcopy(base)
    moved = new["members"].pop(4)
    new["members"].insert(1, moved)
    remap = {4: 1, 1: 2, 2: 3, 3: 4}
    for rows in new.values():
        for row in rows if isinstance(rows, list) else [rows] if isinstance(rows, dict) else []:
            for name, value in row.items():
                if compare.is_reference(name) and isinstance(value, int):
                    row[name] = remap.get(value, value)
    result = compare.compare(base, new)
    assert [(c.kind, c.section, c.old_index, c.index) for c in result.changes] == [
        ("moved", "members", 4, 1)]
    assert compare.describe(result.changes[0]).endswith("从第 5 行移到第 2 行")


def test_a_reference_to_another_unit_reports_the_units_names(base: dict) -> None:
    new = copy.deepcopy(base)
    new["staff"][0]["member"] = 2
    [change] = compare.compare(base, new).changes
    assert (change.section, change.index, change.field) == ("staff", 0, "member")
    assert change.new == base["members"][2]["name"]
    assert change.old == base["members"][base["staff"][0]["member"]]["name"]


def test_rows_added_and_removed_are_matched_by_their_keys_not_position(base: dict) -> None:
    new = copy.deepcopy(base)
    gone = new["standards"].pop(0)
    new["standards"].append({**gone, "code": "GB/T 99999-2026", "name": "新标准"})
    changes = compare.compare(base, new).changes
    assert [(c.kind, c.index) for c in changes] == [("removed", 0), ("added", len(new["standards"]) - 1)]
    assert changes[0].row == gone["name"]
    assert compare.describe(changes[0]).startswith("主导或参与制定的标准 原第 1 行")


def test_a_renamed_unit_with_the_same_credit_code_is_a_change_of_name(base: dict) -> None:
    new = copy.deepcopy(base)
    new["members"][3]["name"] = "改名后的有限公司"
    changes = compare.compare(base, new).changes
    assert [(c.kind, c.index, c.field) for c in changes] == [("changed", 3, "name")]


def test_an_attachment_is_compared_by_its_content(base: dict) -> None:
    new = copy.deepcopy(base)
    new["attachments"][0]["sha256"] = "0" * 64
    new["attachments"][0]["size"] += 1
    [change] = compare.compare(base, new).changes
    assert (change.section, change.field) == ("attachments", "sha256")
    assert "文件内容已更换" in compare.describe(change)


def test_a_reordered_list_reports_only_the_rows_that_moved() -> None:
    old = [{"title": t} for t in "ABCDE"]
    new = [{"title": t} for t in "ABDEC"]
    changes = compare.compare_rows("pipeline", old, new)
    assert [(c.kind, c.old_index, c.index) for c in changes] == [("moved", 2, 4)]


def test_a_reversed_list_keeps_its_middle_row_in_place() -> None:
    old = [{"title": t} for t in "ABCDE"]
    changes = compare.compare_rows("pipeline", old, list(reversed(old)))
    assert len(changes) == 4
    assert all(c.old_index != c.index for c in changes)


def test_unkeyed_rows_are_paired_by_similarity() -> None:
    old = [{"content": "", "kind": "培训", "target": "100 人", "timing": "第 3 月"}]
    new = [{"content": "", "kind": "培训", "target": "120 人", "timing": "第 3 月"}]
    changes = compare.compare_rows("measures", old, new)
    assert [(c.kind, c.field, c.new) for c in changes] == [("changed", "target", "120 人")]


def test_row_ids_when_carried_decide_identity() -> None:
    old = [{"_id": 1, "title": "A"}, {"_id": 2, "title": "B"}]
    new = [{"_id": 2, "title": "A"}, {"_id": 1, "title": "B"}]
    changes = compare.compare_rows("pipeline", old, new)
    assert {(c.kind, c.field) for c in changes} == {("moved", None), ("changed", "title")}


def test_changes_come_in_the_wizards_step_order(base: dict) -> None:
    new = copy.deepcopy(base)
    new["attachments"][0]["name"] = "x.pdf"
    new["plan"]["goals"] = "新的目标。"
    new["members"][0]["name"] = "新名称"  # the applicant's name is edited on step 2
    new["application"]["org_name"] = "新组织"
    new["members"][2]["commitment"] = "新的投入"  # pledges are edited on 资源保障
    result = compare.compare(base, new)
    assert [compare.step_of(c) for c in result.changes] == [
        "type", "applicant", "resources", "plan", "attachments"]
    assert list(result.counts()) == ["type", "applicant", "resources", "plan", "attachments"]
    assert list(result.by_section()) == ["application", "members", "plan", "attachments"]


def test_describe_writes_the_fixed_words_in_traditional_and_values_as_typed(base: dict) -> None:
    new = copy.deepcopy(base)
    new["applicant"]["legal_representative"] = "张国强"
    [change] = compare.compare(base, new).changes
    line = compare.describe(change, "zh_TW")
    assert line.startswith("申請單位 · 法定代表人：") or line.startswith("申報單位 · 法定代表人：")
    assert "张国强" in line and "改為" in line


def test_long_texts_are_compared_by_sentence_with_the_changed_words_marked() -> None:
    old = "本中心已建成实验室。年检测能力 2000 台次。将继续扩大。"
    new = "本中心已建成实验室。年检测能力 3500 台次。将继续扩大。新增一句。"
    found = changed_sentences(old, new)
    assert [(s.old, s.new) for s in found] == [
        ("年检测能力 2000 台次。", "年检测能力 3500 台次。"), ("", "新增一句。")]
    marks = [(p.kind, p.text) for p in found[0].pieces if p.kind != "same"]
    assert (REMOVED, "20") in marks and (ADDED, "35") in marks


def test_describe_counts_changed_sentences_of_a_long_text(base: dict) -> None:
    new = copy.deepcopy(base)
    new["plan"]["goals"] += "再加一句。"
    [change] = compare.compare(base, new).changes
    assert compare.describe(change) == "建设方案 · 建设目标：改动 1 句"
