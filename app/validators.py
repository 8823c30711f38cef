"""Field formats: each returns a Chinese description of what is wrong, or None."""

import datetime as dt
import re

from app import money
from app.text import Text

MOBILE = re.compile(r"^1\d{10}$")
# 021 numbers: optional area code, 8 digits, optional extension written 转 or -.
OFFICE_PHONE = re.compile(r"^(\(?0\d{2,3}\)?[- ]?)?\d{7,8}(\s*(转|-|—|ext\.?)\s*\d{1,6})?$")
POSTCODE = re.compile(r"^\d{6}$")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


def mobile(text: str) -> str | None:
    return None if MOBILE.match(_compact(text)) else Text("手机号码应为 11 位数字，以 1 开头")


def office_phone(text: str) -> str | None:
    compact = text.strip().replace(" ", "")
    return None if OFFICE_PHONE.match(compact) else Text("办公电话格式不正确，例如 021-64220000 转 2509")


def postcode(text: str) -> str | None:
    return None if POSTCODE.match(text.strip()) else Text("邮政编码应为 6 位数字")


def email(text: str) -> str | None:
    return None if EMAIL.match(text.strip()) else Text("电子邮箱格式不正确，例如 name@example.com")


def iso_date(text: str) -> str | None:
    try:
        dt.date.fromisoformat(text.strip())
    except ValueError:
        return Text("日期格式应为 年-月-日，例如 2021-10-08")
    return None


def amount_fen(fen: int | None) -> str | None:
    """Amounts are in 万元 with at most two decimals, and never negative."""
    if fen is None:
        return None
    if fen < 0:
        return Text("金额不能为负数")
    if fen % 10_000:
        return Text("金额最多保留两位小数（现为 {amount} 万元）", amount=money.format_wan(fen))
    return None


def text_length(text: str, limit: int) -> str | None:
    return None if len(text) <= limit else Text("超出字数上限：{n} 字，上限 {limit} 字", n=len(text), limit=limit)
