"""Dates as a clerk types them (2008-03-18, 2008/3/18, 20080318, 2008年3月18日, 2008.3.18),
read into a calendar date; files store it as ISO text (``2008-03-18``) or "" for none.

Full-width digits and punctuation from a Chinese input method count as their plain
forms, and spaces anywhere are ignored, so what the clerk sees is what is read.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

FIRST_YEAR, LAST_YEAR = 1900, 2100  # a year outside is a typing slip, not a unit's history

# Year, month, day with one kind of separator between them (also "。" and the dashes an
# input method gives for "-"), or 年…月…日 with the 日 optional.
_SEPARATED = re.compile(r"(\d{4})([-/.。—–])(\d{1,2})\2(\d{1,2})")
_CHINESE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日?")
_DIGITS = re.compile(r"(\d{4})(\d{2})(\d{2})")


class DateNotUnderstood(ValueError):
    """The text is no date: ``reason`` is ``form`` (not one of the accepted ways of
    writing one), ``impossible`` (such as 2008-02-30) or ``year`` (outside 1900–2100).
    ``near`` is the first of the month meant, where there is one (for the calendar)."""

    def __init__(self, text: str, reason: str, near: dt.date | None = None) -> None:
        super().__init__(text)
        self.text, self.reason, self.near = text, reason, near


def _plain(text: str) -> str:
    """Full-width forms folded to ASCII (NFKC), every kind of space removed."""
    folded = unicodedata.normalize("NFKC", text)
    return "".join(folded.split())


def parse(text: str) -> dt.date | None:
    """The date ``text`` names, None for an empty text; raises ``DateNotUnderstood``."""
    plain = _plain(text)
    if not plain:
        return None
    found = (_SEPARATED.fullmatch(plain) or _CHINESE.fullmatch(plain)
             or _DIGITS.fullmatch(plain))
    if found is None:
        raise DateNotUnderstood(text, "form")
    numbers = [group for group in found.groups() if group.isdigit()]
    if not all(number.isascii() for number in numbers):
        raise DateNotUnderstood(text, "form")  # (digits of other scripts survive NFKC)
    year, month, day = (int(number) for number in numbers)
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise DateNotUnderstood(text, "year")
    try:
        return dt.date(year, month, day)
    except ValueError:
        near = dt.date(year, month, 1) if 1 <= month <= 12 else None
        raise DateNotUnderstood(text, "impossible", near) from None


def to_stored(text: str) -> str:
    """``text`` as the file stores it: ISO ``YYYY-MM-DD``, or "" for an empty text."""
    date = parse(text)
    return "" if date is None else date.isoformat()


def from_stored(value: str | None) -> dt.date | None:
    """The date of a stored value; None for "" or a value that is no ISO date (an older
    or damaged file: the field then shows the text as it is, for the clerk to correct)."""
    try:
        return dt.date.fromisoformat((value or "").strip()) if value else None
    except ValueError:
        return None
