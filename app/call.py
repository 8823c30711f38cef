"""The call (申报通知) as data: every date, address and limit of one round comes from a file.

A round of the pilot, or another bureau's call of the same shape, is a JSON file
(``resources/schema/call.schema.json``, built by ``app.call_schema`` from ``FIELDS``):
the unit loads it, or types its facts in the window, and the application keeps the
call's content (``app.call_store``). Reading a call file and saying what is wrong with
it is ``app.call_check``; this module holds what a call is.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.resources import resource_path

DEFAULT_CALL = "shanghai-2021"
FORMAT = "sto-apply/call"
FORMAT_VERSION = 1  # of the call file's layout; a later one is refused (app.call_check)


@dataclass(frozen=True)
class CallField:
    """One fact of a call: its JSON key (and ``Call`` attribute), the label the user
    reads, and its kind, which decides how it is checked and entered."""

    key: str
    label: str
    kind: str  # text, date, count, email, postcode, types, form, flag
    maximum: int = 200  # characters of a text; the largest number of a count
    minimum: int = 1  # (a count)
    hint: str = ""


# In the order the dialog shows them and the schema lists them. A fact added here is
# checked, entered, shown and written to the schema without another change.
FIELDS: tuple[CallField, ...] = (
    CallField("id", "标识", "text", 60, hint="字母、数字、短横线，如 shanghai-2026"),
    CallField("issuer", "发文机关", "text"),
    CallField("number", "通知文号", "text", 60),
    CallField("title", "通知标题", "text", 300),
    CallField("issued", "发布日期", "date"),
    CallField("deadline", "申报截止日期", "date"),
    CallField("form_title", "申报书名称", "text"),
    CallField("form_version", "申报书版本", "form", 20),
    CallField("pilot_types", "受理的申报类型", "types"),
    CallField("pilot_years", "试点期（年）", "count", 5),
    CallField("paper_copies", "纸质申报书份数", "count", 10),
    CallField("postal_address", "邮寄地址", "text"),
    CallField("postcode", "邮政编码", "postcode", 6),
    CallField("office", "收件处室", "text", 100),
    CallField("contact_name", "联系人", "text", 60),
    CallField("contact_phone", "联系电话", "text", 60),
    CallField("email", "申报邮箱", "email", 254),
    CallField("subject_mark", "邮件主题标注", "text", 100),
    CallField("mail_limit_mb", "邮件大小上限（MB）", "count", 1000),
    CallField("attachment_limit_mb", "单个附件大小上限（MB）", "count", 1000),
    CallField("entered_by_hand", "手工录入", "flag",
              hint="由使用者按通知原文手工填写，而非载入发文机关的通知文件"),
)
FIELD_BY_KEY = {f.key: f for f in FIELDS}
NUMERALS = {1: "一", 2: "两", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九", 10: "十"}


@dataclass(frozen=True)
class Call:
    id: str
    issuer: str
    number: str
    title: str
    issued: dt.date
    deadline: dt.date
    form_title: str
    form_version: str
    pilot_types: tuple[str, ...]
    pilot_years: int
    paper_copies: int
    postal_address: str
    postcode: str
    office: str
    contact_name: str
    contact_phone: str
    email: str
    subject_mark: str
    mail_limit_mb: int
    attachment_limit_mb: int
    entered_by_hand: bool = False

    @property
    def copies_text(self) -> str:
        """一式两份: the number of paper copies as the notice writes it."""
        return NUMERALS.get(self.paper_copies, str(self.paper_copies))

    @property
    def identifiers(self) -> tuple[str, ...]:
        """What every output writes as the bureau wrote it, whatever the script: the mark
        (the bureau's mailbox filters on its spelling) and the notice's number (a document
        number is cited as issued). The mailbox is ASCII and the file names are never
        converted; names and addresses are words, and follow the document's script."""
        return (self.subject_mark, self.number)

    @property
    def pilot_months(self) -> int:
        return self.pilot_years * 12

    def is_closed(self, today: dt.date | None = None) -> bool:
        """True once the deadline has passed (the deadline day itself is still open)."""
        return (today or dt.date.today()) > self.deadline

    def days_left(self, today: dt.date | None = None) -> int:
        """Days until the deadline, the deadline day counted as open (0 on the day itself);
        negative once it has passed."""
        return (self.deadline - (today or dt.date.today())).days

    def to_json(self) -> dict[str, Any]:
        """The call file's content: ``format`` and its version first, then ``FIELDS``."""
        out: dict[str, Any] = {"format": FORMAT, "format_version": FORMAT_VERSION}
        for each in FIELDS:
            value = getattr(self, each.key)
            if each.kind == "date":
                value = value.isoformat()
            elif each.kind == "types":
                value = list(value)
            out[each.key] = value
        return out

    def to_text(self) -> str:
        """The call file as written (and as kept in an application file)."""
        return json.dumps(self.to_json(), ensure_ascii=False, indent=2) + "\n"

    @property
    def checksum(self) -> str:
        """SHA-256 of the content (key order and spacing do not count): which version of
        a call an application answers, and what its outputs were made under."""
        canonical = json.dumps(self.to_json(), ensure_ascii=False, sort_keys=True,
                               separators=(",", ":"))
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def bundled_path() -> Path:
    return resource_path("calls", f"{DEFAULT_CALL}.json")


def load_call(path: Path | None = None) -> Call:
    """A call file, checked (``app.call_check.read_call``); by default the one this release
    ships, which every application made before calls were loadable answers. Raises
    ``app.call_check.CallRefused`` for a file that is not a usable call."""
    from app.call_check import read_call

    return read_call(Path(path) if path is not None else bundled_path()).call
