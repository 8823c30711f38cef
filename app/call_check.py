"""Reading a call file, or the facts typed for one, and saying plainly what is wrong.

A call file comes from a bureau's website, a colleague's e-mail or the user's own typing,
so it is read as untrusted: bounded in size, parsed without a traceback, every field
checked by its kind (``app.call.FIELDS``). What cannot be a call is refused
(``CallRefused``, one message per wrong field, each naming it); what is possible but
worth a look is a warning (``LoadedCall.warnings``): a deadline already passed is
allowed, since the 2021 round is kept as an archive and a late unit may still be
preparing for the next round from it, but it is said.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app import choices, dates, limits
from app.call import FIELD_BY_KEY, FIELDS, FORMAT, FORMAT_VERSION, Call, CallField
from app.form_versions import FORM_VERSIONS, newer_than_known

MAX_CALL_BYTES = 64 * 1024  # a call is about 1 KB; anything near this is not one
# A mailbox as a bureau publishes one: ASCII, one @, a dotted domain. (Not RFC 5322:
# what a mail program will accept in its To line without asking.)
MAILBOX = re.compile(r"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}$")
CALL_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_\-]*$")
POSTCODE = re.compile(r"^[0-9]{6}$")
CONTROL = re.compile("[\x00-\x1f\x7f]")
KIND_WORDS = {"text": "文字", "date": "日期（YYYY-MM-DD）", "count": "整数", "email": "邮箱地址",
              "postcode": "六位数字", "types": "申报类型列表", "form": "文字", "flag": "true 或 false"}


class CallRefused(Exception):
    """Not a usable call; ``str()`` is the message for the user (one line per problem)."""

    def __init__(self, problems: list[str], source: str = "") -> None:
        self.problems = problems
        where = f"申报通知文件「{source}」" if source else "申报通知"
        super().__init__(f"{where}不能使用：\n" + "\n".join(f"· {p}" for p in problems))


@dataclass(frozen=True)
class LoadedCall:
    call: Call
    warnings: list[str] = field(default_factory=list)


def _name(spec: CallField) -> str:
    return f"「{spec.label}」（{spec.key}）"


def _value(spec: CallField, value: Any) -> tuple[Any, str]:
    """The field's value as ``Call`` holds it, or "" and why it cannot be."""
    name = _name(spec)
    if spec.kind == "flag":
        return (value, "") if isinstance(value, bool) else (None, f"{name}应为 true 或 false。")
    if spec.kind == "count":
        if isinstance(value, bool) or not isinstance(value, int):
            return None, f"{name}应为整数，而不是「{limits.excerpt(value)}」。"
        if not spec.minimum <= value <= spec.maximum:
            return None, f"{name}应在 {spec.minimum} 到 {spec.maximum} 之间，而不是 {value}。"
        return value, ""
    if spec.kind == "types":
        if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
            return None, f"{name}应为申报类型的列表，如 [\"base\", \"center\"]。"
        unknown = [v for v in value if v not in choices.ORG_TYPES]
        if unknown:
            return None, (f"{name}含有未知类型「{limits.excerpt(unknown[0])}」"
                          f"（可用：{'、'.join(choices.ORG_TYPES)}）。")
        return tuple(dict.fromkeys(value)), ""
    if not isinstance(value, str):
        return None, f"{name}应为{KIND_WORDS[spec.kind]}，而不是「{limits.excerpt(value)}」。"
    value = value.strip()
    if not value:
        return None, f"{name}不能为空。"
    if len(value) > spec.maximum:
        return None, f"{name}过长（{len(value)} 个字符，最多 {spec.maximum} 个）。"
    if CONTROL.search(value) or limits.INVISIBLE.search(value):
        return None, f"{name}含有控制字符或不可见字符。"
    if spec.kind == "date":
        try:
            return dt.date.fromisoformat(value), ""
        except ValueError:
            return None, f"{name}「{limits.excerpt(value)}」不是日期，应写作 YYYY-MM-DD。"
    if spec.kind == "email" and not MAILBOX.match(value):
        return None, f"{name}「{limits.excerpt(value)}」不是邮箱地址（应形如 name@example.gov.cn）。"
    if spec.kind == "postcode" and not POSTCODE.match(value):
        return None, f"{name}「{limits.excerpt(value)}」应为六位数字。"
    if spec.kind == "form" and value not in FORM_VERSIONS:
        known = "、".join(FORM_VERSIONS)
        if newer_than_known(value):
            return None, (f"{name}「{limits.excerpt(value)}」来自更新版本的申报助手"
                          f"（本程序认识的版本：{known}），请升级申报助手后再载入。")
        return None, f"{name}「{limits.excerpt(value)}」不是本程序认识的申报书版本（认识的：{known}）。"
    if spec.key == "id" and not CALL_ID.match(value):
        return None, f"{name}只能由字母、数字、短横线和下划线组成，而不是「{limits.excerpt(value)}」。"
    return value, ""


def check_data(data: object, source: str = "", today: dt.date | None = None) -> LoadedCall:
    """The call in ``data`` (a call file's JSON), or ``CallRefused`` listing every problem."""
    if not isinstance(data, dict):
        raise CallRefused(["内容不是一个 JSON 对象（{…}）。"], source)
    problems: list[str] = []
    if data.get("format") != FORMAT:
        problems.append(f"不是申报通知文件（format 应为 \"{FORMAT}\"）。")
    version = data.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise CallRefused([f"文件格式版本 {version} 来自更新版本的申报助手（本程序支持到 "
                           f"{FORMAT_VERSION}），请升级申报助手后再载入。"], source)
    if version != FORMAT_VERSION:
        problems.append(f"文件格式版本（format_version）应为 {FORMAT_VERSION}。")
    unknown = [key for key in data if key not in FIELD_BY_KEY and key not in ("format", "format_version")]
    if unknown:
        problems.append(f"含有本程序不认识的字段「{limits.excerpt(unknown[0])}」"
                        + (f"等 {len(unknown)} 个" if len(unknown) > 1 else "") + "。")
    values: dict[str, Any] = {}
    for spec in FIELDS:
        if spec.key not in data:
            if spec.kind == "flag":
                values[spec.key] = False
                continue
            problems.append(f"缺少{_name(spec)}。")
            continue
        value, problem = _value(spec, data[spec.key])
        if problem:
            problems.append(problem)
        else:
            values[spec.key] = value
    issued, deadline = values.get("issued"), values.get("deadline")
    if issued is not None and deadline is not None and deadline < issued:
        problems.append(f"{_name(FIELD_BY_KEY['deadline'])} {deadline.isoformat()} 早于"
                        f"{_name(FIELD_BY_KEY['issued'])} {issued.isoformat()}，不可能如此，请核对通知原文。")
    if problems:
        raise CallRefused(problems, source)
    call = Call(**values)
    warnings = []
    if call.is_closed(today):
        warnings.append(f"本轮申报已于 {call.deadline.isoformat()} 截止（{call.number}）。"
                        "如是新一轮申报，请载入新的申报通知。")
    if call.entered_by_hand:
        warnings.append("此申报通知由使用者手工录入，请对照通知原文核对每一项。")
    return LoadedCall(call, warnings)


def parse_text(text: str | bytes, source: str = "", today: dt.date | None = None) -> LoadedCall:
    """The call in a file's text; never a traceback, whatever the bytes."""
    if len(text) > MAX_CALL_BYTES:
        raise CallRefused([f"文件过大（{len(text)} 字节）：申报通知文件约 1 KB，"
                           f"超过 {MAX_CALL_BYTES // 1024} KB 的不会是申报通知。"], source)
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise CallRefused(["不是 UTF-8 编码的文字文件。"], source) from None
    try:
        data = json.loads(text)
    except RecursionError:
        raise CallRefused(["JSON 嵌套过深，不是申报通知文件。"], source) from None
    except ValueError as error:
        line = getattr(error, "lineno", None)
        where = f"第 {line} 行附近" if line else ""
        raise CallRefused([f"不是有效的 JSON（{where}格式错误）。"], source) from None
    return check_data(data, source, today)


def read_call(path: Path, today: dt.date | None = None) -> LoadedCall:
    """The call in file ``path``: checked size first, so a huge file is never read whole."""
    path = Path(path)
    try:
        with path.open("rb") as stream:
            data = stream.read(MAX_CALL_BYTES + 1)
    except IsADirectoryError:
        raise CallRefused(["这是一个文件夹，不是文件。"], path.name) from None
    except OSError as error:
        raise CallRefused([f"无法读取（{error.strerror or error}）。"], path.name) from None
    return parse_text(data, path.name, today)


def from_fields(values: dict[str, Any], today: dt.date | None = None,
                reference: Call | None = None) -> LoadedCall:
    """A call typed in the window: the same checks as a file's, marked as entered by hand.

    The notice's number and date are where the typed facts come from: facts that differ
    from the ``reference`` call (the bundled one) under its number and date would cite a
    notice that does not say them, so they are refused until the new notice is named."""
    data: dict[str, Any] = {"format": FORMAT, "format_version": FORMAT_VERSION}
    data.update(values)
    for spec in FIELDS:  # a date typed as clerks type them (2026/11/2, 2026年11月2日…)
        if spec.kind == "date" and isinstance(data.get(spec.key), str):
            try:
                data[spec.key] = dates.to_stored(data[spec.key]) or data[spec.key]
            except dates.DateNotUnderstood:
                pass  # (check_data names the field)
    data["entered_by_hand"] = True
    loaded = check_data(data, "", today)
    if reference is not None and _cites(loaded.call, reference) and any(
            getattr(loaded.call, spec.key) != getattr(reference, spec.key)
            for spec in FIELDS if spec.kind != "flag"):
        raise CallRefused([f"内容与 {reference.number} 不同，但{_name(FIELD_BY_KEY['number'])}或"
                           f"{_name(FIELD_BY_KEY['issued'])}仍是它的：请填写新通知的文号和发布日期。"])
    return loaded


def _cites(call: Call, reference: Call) -> bool:
    return call.number == reference.number or call.issued == reference.issued
