"""A call file is checked before use: what cannot be a call is refused with a message that
names the field, what is merely worth a look is a warning, and nothing gives a traceback."""

import datetime as dt
import json
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.call import FIELDS, bundled_path, load_call
from app.call_check import MAX_CALL_BYTES, CallRefused, check_data, from_fields, read_call
from app.call_schema import SCHEMA_FILE, schema_text
from app.resources import resource_path
from tests.call_rounds import ROUND_2026, write_call

TODAY = dt.date(2026, 11, 29)


def refused(path: Path) -> str:
    with pytest.raises(CallRefused) as caught:
        read_call(path, TODAY)
    return str(caught.value)


def test_the_committed_schema_is_the_one_the_code_builds() -> None:
    assert resource_path(*SCHEMA_FILE).read_text(encoding="utf-8") == schema_text()


def test_the_bundled_2021_call_is_a_call_file_of_the_schema() -> None:
    data = json.loads(bundled_path().read_text(encoding="utf-8"))
    jsonschema.validate(data, json.loads(resource_path(*SCHEMA_FILE).read_text(encoding="utf-8")))
    call = load_call()
    assert (call.number, call.deadline, call.form_version) == (
        "沪市监标创20210511号", dt.date(2021, 10, 15), "2021")
    assert call.to_json() == data  # written back as read: nothing lost, nothing added


def test_a_later_round_loads_and_the_schema_accepts_it(tmp_path: Path) -> None:
    loaded = read_call(write_call(tmp_path / "c.json"), TODAY)
    jsonschema.validate(ROUND_2026, json.loads(schema_text()))
    assert loaded.call.number == "沪市监标创20261102号" and loaded.call.paper_copies == 3
    assert loaded.warnings == []
    assert loaded.call.days_left(TODAY) == 21


def test_a_past_deadline_is_allowed_but_said(tmp_path: Path) -> None:
    loaded = read_call(write_call(tmp_path / "c.json"), dt.date(2027, 1, 5))
    assert loaded.call.is_closed(dt.date(2027, 1, 5))
    assert any("2026-12-20 截止" in warning for warning in loaded.warnings)
    # the 2021 archive call, loaded today: a warning, never a refusal
    assert any("2021-10-15 截止" in w for w in read_call(bundled_path(), TODAY).warnings)


def test_a_deadline_before_the_notice_was_published_is_refused(tmp_path: Path) -> None:
    message = refused(write_call(tmp_path / "c.json", deadline="2026-10-01"))
    assert "「申报截止日期」（deadline）" in message and "早于「发布日期」（issued）" in message


def test_every_missing_field_is_named(tmp_path: Path) -> None:
    message = refused(write_call(tmp_path / "c.json", email=None, postcode=None))
    assert "缺少「申报邮箱」（email）" in message and "缺少「邮政编码」（postcode）" in message
    assert "c.json" in message


@pytest.mark.parametrize(("changes", "expected"), [
    ({"email": "std2026 at scjgj"}, "「申报邮箱」（email）「std2026 at scjgj」不是邮箱地址"),
    ({"email": "a@b"}, "不是邮箱地址"),
    ({"form_version": "2031"}, "来自更新版本的申报助手"),
    ({"form_version": "草案"}, "不是本程序认识的申报书版本"),
    ({"format_version": 2}, "文件格式版本 2 来自更新版本的申报助手"),
    ({"format": "something/else"}, "不是申报通知文件"),
    ({"paper_copies": "3"}, "「纸质申报书份数」（paper_copies）应为整数"),
    ({"paper_copies": True}, "应为整数"),
    ({"paper_copies": 0}, "应在 1 到 10 之间"),
    ({"issued": "2026/11/02"}, "「发布日期」（issued）「2026/11/02」不是日期"),
    ({"deadline": 20261220}, "「申报截止日期」（deadline）应为日期"),
    ({"pilot_types": ["base", "hub"]}, "含有未知类型「hub」"),
    ({"pilot_types": []}, "应为申报类型的列表"),
    ({"postcode": "20003"}, "「邮政编码」（postcode）「20003」应为六位数字"),
    ({"number": "   "}, "「通知文号」（number）不能为空"),
    ({"number": "沪市监\u202e号"}, "含有控制字符或不可见字符"),
    ({"title": "长" * 5000}, "「通知标题」（title）过长"),
    ({"id": "../../etc"}, "「标识」（id）只能由字母"),
    ({"entered_by_hand": "yes"}, "应为 true 或 false"),
    ({"extra": 1}, "不认识的字段「extra」"),
])
def test_a_wrong_field_is_refused_by_name(tmp_path: Path, changes: dict, expected: str) -> None:
    assert expected in refused(write_call(tmp_path / "c.json", **changes))


@pytest.mark.parametrize(("content", "expected"), [
    (b"\xff\xfe\x00garbage", "不是 UTF-8"),
    (b'{"format": ', "不是有效的 JSON"),
    (b"[" * 50_000 + b"]" * 50_000, "文件过大"),
    (b"[" * 20_000 + b"]" * 20_000, "嵌套过深"),
    (b'["a", "list"]', "不是一个 JSON 对象"),
    (b"", "不是有效的 JSON"),
])
def test_a_hostile_file_is_refused_without_a_traceback(tmp_path: Path, content: bytes,
                                                       expected: str) -> None:
    path = tmp_path / "c.json"
    path.write_bytes(content)
    assert expected in refused(path)


def test_a_huge_file_is_not_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    with path.open("wb") as stream:
        stream.truncate(2 * 1024 ** 3)  # 2 GB of nothing (sparse): reading it all would show
    assert "文件过大" in refused(path)
    assert MAX_CALL_BYTES < 1024 ** 2


def test_a_folder_or_a_missing_file_is_said_so(tmp_path: Path) -> None:
    assert "文件夹" in refused(tmp_path)
    assert "无法读取" in refused(tmp_path / "absent.json")


def test_typed_facts_are_checked_alike_and_marked_as_entered_by_hand() -> None:
    values = {key: value for key, value in ROUND_2026.items() if key not in ("format", "format_version")}
    loaded = from_fields(values, TODAY)
    assert loaded.call.entered_by_hand
    assert any("手工录入" in warning for warning in loaded.warnings)
    with pytest.raises(CallRefused, match="申报邮箱"):
        from_fields({**values, "email": "not an address"}, TODAY)



def test_typed_dates_are_read_as_the_form_reads_them() -> None:
    values = {key: value for key, value in ROUND_2026.items() if key not in ("format", "format_version")}
    loaded = from_fields({**values, "issued": "2026/11/2", "deadline": "２０２６年１２月２０日"}, TODAY)
    assert (loaded.call.issued, loaded.call.deadline) == (dt.date(2026, 11, 2), dt.date(2026, 12, 20))
    with pytest.raises(CallRefused, match="申报截止日期"):
        from_fields({**values, "deadline": "2026-02-30"}, TODAY)

def test_the_checksum_names_the_version_of_a_call(tmp_path: Path) -> None:
    one = read_call(write_call(tmp_path / "a.json"), TODAY).call
    reordered = json.dumps(dict(reversed(list(ROUND_2026.items()))), ensure_ascii=False)
    (tmp_path / "b.json").write_text(reordered, encoding="utf-8")
    assert read_call(tmp_path / "b.json", TODAY).call.checksum == one.checksum
    corrected = read_call(write_call(tmp_path / "c.json", contact_phone="63210001"), TODAY).call
    assert corrected.checksum != one.checksum


VALUES = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=30),
                      lambda inner: st.lists(inner, max_size=3)
                      | st.dictionaries(st.text(max_size=5), inner, max_size=3), max_leaves=6)


@settings(max_examples=150, deadline=None)
@given(key=st.sampled_from([spec.key for spec in FIELDS] + ["format", "format_version"]),
       value=VALUES)
def test_any_value_in_any_field_is_a_call_or_a_message(key: str, value: object) -> None:
    try:
        loaded = check_data({**ROUND_2026, key: value}, "c.json", TODAY)
    except CallRefused as error:
        assert error.problems and all(isinstance(p, str) and p for p in error.problems)
    else:
        assert loaded.call.deadline >= loaded.call.issued


def test_typed_facts_must_name_their_own_notice() -> None:
    values = {key: value for key, value in load_call().to_json().items()
              if key not in ("format", "format_version", "entered_by_hand")}
    with pytest.raises(CallRefused, match="请填写新通知的文号和发布日期"):
        from_fields({**values, "deadline": "2026-12-31"}, TODAY, reference=load_call())
    with pytest.raises(CallRefused, match="通知文号"):
        from_fields({**values, "deadline": "2026-12-31", "issued": "2026-11-20"}, TODAY,
                    reference=load_call())
    renamed = from_fields({**values, "deadline": "2026-12-31", "issued": "2026-11-20",
                           "number": "沪市监标创20261120号"}, TODAY, reference=load_call())
    assert renamed.call.number == "沪市监标创20261120号"
    assert from_fields(values, TODAY, reference=load_call()).call.entered_by_hand  # as it was
