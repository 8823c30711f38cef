"""Blocks from a spreadsheet's clipboard, read back exactly; pasted texts as stored values."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app import paste

EXCEL = ('上海甲公司\t91310000MA1FL00001\t企业\r\n'
         '"上海乙研究院\n（徐汇）"\t\t科研院所\r\n'
         '"说""好""的"\t\t\r\n')


def test_an_excel_block_reads_as_its_rows_and_cells() -> None:
    assert paste.split_block(EXCEL) == [
        ["上海甲公司", "91310000MA1FL00001", "企业"],
        ["上海乙研究院\n（徐汇）", "", "科研院所"],
        ['说"好"的', "", ""],
    ]


def test_line_ends_of_any_kind_and_no_final_one() -> None:
    assert paste.split_block("a\tb\nc\td") == [["a", "b"], ["c", "d"]]
    assert paste.split_block("a\r\nb\r\n") == [["a"], ["b"]]
    assert paste.split_block('"x\r\ny"\r\n') == [["x\ny"]]
    assert paste.split_block("") == []


cells = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\r"),
                max_size=12)


@given(st.lists(st.lists(cells, min_size=2, max_size=4), min_size=1, max_size=5))
def test_a_block_written_out_reads_back_the_same(rows: list[list[str]]) -> None:
    assert paste.split_block(paste.join_block(rows)) == rows


KINDS = {"企业": "企业", "省部级（市级）": "省部级（市级）"}


@pytest.mark.parametrize(("text", "value"), [
    ("企业", "企业"), (" 企业 ", "企业"), ("省部级(市级)", "省部级（市级）"),
    ("省部级 （市级）", "省部级（市级）"), ("", "")])
def test_a_choice_is_found_in_its_options(text: str, value: str) -> None:
    assert paste.parse_cell("choice", text, KINDS) == value


def test_an_unknown_choice_is_refused_not_dropped() -> None:
    with pytest.raises(ValueError):
        paste.parse_cell("choice", "大学", KINDS)


@pytest.mark.parametrize(("kind", "text", "value"), [
    ("bool", "是", True), ("bool", "√", True), ("bool", "✓", True), ("bool", "Y", True),
    ("bool", "1", True), ("bool", "否", False), ("bool", "", False),
    ("int", "１２", 12), ("int", "1,200", 1200), ("int", "", None),
    ("month", "第3个月", 3), ("month", "12", 12),
    ("money", "12.5", 12_500_000), ("money", "１２．５", 12_500_000), ("money", "3万元", 3_000_000),
    ("text", "  两行\n文字  ", "两行\n文字"), ("member", "甲", 7)])
def test_values_are_read_as_their_editors_read_them(kind: str, text: str, value: object) -> None:
    assert paste.parse_cell(kind, text, {"甲": 7}) == value


@pytest.mark.parametrize(("kind", "text"), [
    ("bool", "也许"), ("int", "十二"), ("int", "-3"), ("month", "30"), ("money", "abc"),
    ("money", "1.2345678"), ("member", "不存在的单位")])
def test_what_fits_no_value_is_refused(kind: str, text: str) -> None:
    with pytest.raises(ValueError):
        paste.parse_cell(kind, text, {"甲": 7})
