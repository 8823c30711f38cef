"""What ``import-json`` checks in a received JSON before it builds anything from it.

The file may come from anyone: it is parsed with duplicate keys refused, validated
against the schema with Chinese messages that quote values shortened, bounded (list
rows, text lengths, integers SQLite can store) and cleaned of NUL characters.
"""

import json
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import jsonschema

from app import choices, exchange, limits
from app.schema import load_schema


class ImportRefused(Exception):
    """The JSON cannot become an application; ``str()`` says why, in Chinese."""


class _DuplicateKey(Exception):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _unique(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """An object whose keys are all different: with two, which one counts is a guess."""
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _DuplicateKey(key)
        out[key] = value
    return out


def parse(source: Path) -> Any:
    """The JSON value of ``source``, a regular file of at most ``MAX_JSON_BYTES``."""
    name = limits.excerpt(source.name)
    try:
        info = source.stat()
        if not stat.S_ISREG(info.st_mode):
            raise ImportRefused(f"「{name}」不是普通文件，无法作为申报数据导入。")
        if info.st_size > limits.MAX_JSON_BYTES:
            raise ImportRefused(
                f"「{name}」有 {limits.megabytes(info.st_size)}，超过申报数据的上限 "
                f"{limits.megabytes(limits.MAX_JSON_BYTES)}，不是本软件导出的数据。")
        with source.open("rb") as stream:  # (a size read allocates it: not the cap's)
            raw = stream.read(min(info.st_size + 1, limits.MAX_JSON_BYTES + 1))
        return json.loads(raw.decode("utf-8"), object_pairs_hook=_unique)
    except OSError as error:
        raise ImportRefused(f"无法读取「{limits.excerpt(str(source), 120)}」：{error.strerror}") from error
    except _DuplicateKey as error:
        raise ImportRefused(f"「{name}」中同一处出现了两个「{limits.excerpt(error.key)}」，"
                            "无法确定以哪个为准，请检查数据文件。") from error
    except (UnicodeDecodeError, ValueError) as error:
        raise ImportRefused(f"「{name}」不是有效的 JSON 文件（{limits.excerpt(str(error), 120)}）。") from error
    except RecursionError as error:
        raise ImportRefused(f"「{name}」嵌套过深，不是申报数据。") from error


CHECK_EVERY = 50  # rows validated between two looks at the cancel flag

TYPE_NAMES = {"string": "文本", "integer": "整数", "boolean": "是/否（true/false）",
              "null": "空（null）", "object": "对象", "array": "列表", "number": "数字"}


def _schema_message(error: jsonschema.ValidationError) -> str:
    """What the schema found wrong, in Chinese, quoting at most a short excerpt."""
    kind, expected, value = error.validator, error.validator_value, error.instance
    shown = limits.excerpt(value)
    if kind == "type":
        names = [TYPE_NAMES.get(str(t), str(t)) for t in (expected if isinstance(expected, list) else [expected])]
        return f"应为{'或'.join(names)}，现为「{shown}」"
    if kind in ("enum", "const"):
        return f"取值「{shown}」不在允许范围内"
    if kind == "pattern":
        return f"「{shown}」格式不正确"
    if kind == "required" and isinstance(value, dict):
        missing = [key for key in expected if key not in value]
        return f"缺少字段 {limits.excerpt('、'.join(missing))}"
    if kind == "additionalProperties" and isinstance(value, dict):
        known = error.schema.get("properties", {}) if isinstance(error.schema, dict) else {}
        extra = [str(key) for key in value if key not in known]
        return f"有不认识的字段 {limits.excerpt('、'.join(extra))}"
    if kind == "minItems":
        return f"至少应有 {expected} 项"
    if kind in ("minimum", "minLength"):
        return f"「{shown}」小于允许的最小值 {expected}"
    return f"不符合申报数据格式（{limits.excerpt(error.message, 80)}）"


def validate(data: Any, name: str, check: Callable[[], None] | None = None) -> None:
    """The schema, list sizes and references to units; raises ``ImportRefused``.

    The lists are validated row by row, ``check`` called between rows (the cancel of
    the window's import: a whole schema pass over thousands of rows takes a second).
    """
    name = limits.excerpt(name)
    schema = load_schema()
    top = data
    if isinstance(data, dict):
        top = dict(data)
        for key in exchange.LISTS:
            rows = data.get(key)
            if isinstance(rows, list):
                if len(rows) > limits.MAX_LIST_ROWS:  # before the schema walks a million rows
                    raise ImportRefused(f"「{name}」的列表 {key} 有 {len(rows)} 行，超过每个列表 "
                                        f"{limits.MAX_LIST_ROWS} 行的上限，不是一份申报书的数据。")
                top[key] = rows[:1]
    _refuse_first(jsonschema.Draft202012Validator(schema).iter_errors(top), name)
    for key in exchange.LISTS:
        validator = jsonschema.Draft202012Validator(schema["properties"][key]["items"])
        for index, row in enumerate(data[key][1:], start=1):
            if check is not None and index % CHECK_EVERY == 0:
                check()
            _refuse_first(validator.iter_errors(row), name, (key, index))
    members = len(data["members"])
    if sum(1 for m in data["members"] if m["is_applicant"]) != 1 or not data["members"][0]["is_applicant"]:
        raise ImportRefused("members/0 必须是申报单位，且只能有一个申报单位。")
    for key, table in (*exchange.SECTIONS.items(), *exchange.LISTS.items()):
        rows = data[key] if isinstance(data[key], list) else [data[key]]
        for index, row in enumerate(rows):
            for column, json_key in exchange.json_fields(table):
                ref = row.get(json_key)  # (an optional key, app.exchange.OPTIONAL, may be absent)
                if column.endswith("member_id") and ref is not None and ref >= members:
                    raise ImportRefused(f"字段 {key}/{index}/{json_key} 指向不存在的成员单位 {ref}。")


def _refuse_first(errors: Iterator[jsonschema.ValidationError], name: str,
                  prefix: tuple[str | int, ...] = ()) -> None:
    wrong = jsonschema.exceptions.best_match(errors)
    if wrong is not None:
        path = (*prefix, *wrong.absolute_path)
        where = "/".join(limits.excerpt(str(p)) for p in path) or "（根）"
        raise ImportRefused(f"「{name}」中字段 {where} 不符合申报数据格式：{_schema_message(wrong)}")


def check_values(data: dict[str, Any]) -> None:
    """Every value within what the file can store; NUL characters removed in place.

    Run after ``validate``: the structure is the schema's.
    """
    for key in (*exchange.SECTIONS, *exchange.LISTS):
        is_list = isinstance(data[key], list)
        for index, row in enumerate(data[key] if is_list else [data[key]]):
            for field, value in row.items():
                where = f"{key}/{index}/{field}" if is_list else f"{key}/{field}"
                if isinstance(value, str):
                    row[field] = _checked_text(value, where, field)
                elif isinstance(value, int | float) and not isinstance(value, bool):
                    row[field] = _checked_integer(value, where)


def _checked_integer(value: float, where: str) -> int:
    """``value`` as the integer SQLite stores (the schema lets 3.0 pass as 3, and 1e300)."""
    low, high = limits.INTEGER_RANGE
    if not low <= value <= high:
        raise ImportRefused(f"字段 {where} 的数值「{limits.excerpt(value)}」超出范围"
                            "（最多 15 位数字），请检查数据文件。")
    return int(value)


def _checked_text(text: str, where: str, field: str) -> str:
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError as error:
            bad = ord(text[error.start])
            raise ImportRefused(f"字段 {where} 含有无效的字符（U+{bad:04X}，单独的代理码位），"
                                "不是正常的文字，请检查数据文件。") from error
    cap = limits.hard_cap(field)
    if len(text) > cap:
        raise ImportRefused(f"字段 {where} 有 {len(text)} 字，超过导入上限 {cap} 字"
                            f"（表单限 {limits.text_limit(field)} 字），请删减后再导入。")
    return limits.without_nul(text)


def check_choices(data: dict[str, Any]) -> None:
    """Every field with fixed choices holds one of them (or nothing): a level typed as
    团体 or a role 理事长单位 would be printed, yet counted nowhere (issue 18).

    Run after ``validate``: the structure is the schema's."""
    org_type = data["application"]["org_type"]
    for key, table in (*exchange.SECTIONS.items(), *exchange.LISTS.items()):
        name = str(table.__tablename__)
        is_list = isinstance(data[key], list)
        for index, row in enumerate(data[key] if is_list else [data[key]]):
            for column in (c for (t, c) in (*choices.CLOSED, *choices.CLOSED_TAGS) if t == name):
                wrong = choices.outside(name, column, row.get(column), org_type)
                if not wrong:
                    continue
                label = (choices.CLOSED.get((name, column)) or choices.CLOSED_TAGS[(name, column)])[0]
                where = f"{key}/{index}/{column}（第 {index + 1} 行的“{label}”）" if is_list \
                    else f"{key}/{column}（“{label}”）"
                options = "、".join(choices.allowed(name, column, org_type))
                raise ImportRefused(
                    f"字段 {where} 的值「{limits.excerpt(wrong[0])}」不是可选的值，"
                    f"应为以下之一：{options}（也可留空）。请改正数据文件后再导入。")
