"""Blocks of cells as Excel and WPS put them on the clipboard, and their values.

A block copied from a spreadsheet is tab-separated text: cells split by tabs, rows by
CRLF (LF from some programs), a newline after the last row, and a cell that holds a
tab, a newline or a quote wrapped in quotes with its quotes doubled. ``split_block``
reads that; ``join_block`` writes it, so a block copied out of a list pastes into a
spreadsheet and back unchanged.

``parse_cell`` turns one pasted text into the value a list's column stores, the way its
editor would take it: a choice only from its options (also written in full-width forms
or with stray spaces), a tick as 是/√/Y/1, numbers and 万元 amounts as their editors
read them. A text it cannot place raises ``ValueError``: the caller shows it, never
drops it silently.
"""

import csv
import io
import re
import unicodedata
from collections.abc import Mapping, Sequence
from typing import Any

from app import limits, money

TRUE_TEXTS = frozenset({"是", "√", "✓", "✔", "y", "yes", "1", "true", "t", "对", "有"})
FALSE_TEXTS = frozenset({"否", "×", "✗", "✘", "n", "no", "0", "false", "f", "", "无", "不是"})
_MONTH = re.compile(r"^第?(\d{1,2})(个月|月)?$")


def split_block(text: str) -> list[list[str]]:
    """The rows of cells of a tab-separated block (the newline ending it is no row)."""
    if not text:
        return []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter="\t", quotechar='"',
                        doublequote=True, strict=False)
    rows = [[cell.replace("\r\n", "\n").replace("\r", "\n") for cell in row] or [""]
            for row in reader]
    return rows


def join_block(rows: Sequence[Sequence[str]]) -> str:
    """Cells as a spreadsheet reads them from the clipboard: tabs, CRLF, quoted where needed."""
    def quoted(cell: str) -> str:
        if any(mark in cell for mark in ('\t', '\n', '\r', '"')):
            return '"' + cell.replace('"', '""') + '"'
        return cell

    return "".join("\t".join(quoted(cell) for cell in row) + "\r\n" for row in rows)


def normalized(text: str) -> str:
    """``text`` compared loosely: full-width forms as half-width, no spaces, any case."""
    return "".join(unicodedata.normalize("NFKC", text).split()).casefold()


def _choice(text: str, options: Mapping[str, Any]) -> Any:
    if text in options:
        return options[text]
    wanted = normalized(text)
    for label, value in options.items():
        if normalized(label) == wanted:
            return value
    raise ValueError(text)


def parse_cell(kind: str, text: str, options: Mapping[str, Any] | None = None) -> Any:
    """The value a column of ``kind`` stores for the pasted ``text``; ``ValueError`` if
    none fits. ``options`` maps each label the user may write to the stored value
    (choices: the option and its translation; units: their names to their ids)."""
    text = limits.without_nul(text).strip()
    if kind in ("choice", "member"):
        return _choice(text, options or {}) if text else ("" if kind == "choice" else None)
    plain = normalized(text)
    if kind == "bool":
        if plain in TRUE_TEXTS:
            return True
        if plain in FALSE_TEXTS:
            return False
        raise ValueError(text)
    if kind == "int":
        digits = plain.replace(",", "")
        if not digits:
            return None
        if not digits.isdigit() or int(digits) > 9_999_999:
            raise ValueError(text)
        return int(digits) or None
    if kind == "month":
        if not plain:
            return None
        found = _MONTH.match(plain)
        if found is None or not 1 <= int(found.group(1)) <= 24:
            raise ValueError(text)
        return int(found.group(1))
    if kind == "money":
        amount = plain.removesuffix("万元").removesuffix("万")
        return money.parse_wan(amount)
    return text
