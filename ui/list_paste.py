"""A block pasted into a list, as edits: which cells change, which rows are added, and
what could not be placed (said under the table, never dropped without a word)."""

from dataclasses import dataclass, field
from typing import Any

from app import limits, paste

from ui.i18n import _
from ui.list_model import Column, RowsModel

SKIPPED_KINDS = ("readonly", "bytes")


@dataclass
class PastePlan:
    values: list[tuple[int, str, Any]] = field(default_factory=list)  # (row id, field, value)
    new_rows: list[dict[str, Any]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what was not pasted, and why


def options_of(rows: RowsModel, column: Column) -> dict[str, Any]:
    """The labels a pasted cell of ``column`` may hold, to the value each stands for."""
    if column.kind == "member":
        return {label: member_id for member_id, label in rows.member_names.items() if label}
    found: dict[str, Any] = {}
    for option in column.options:
        found[option] = option
        found.setdefault(_(option), option)
    return found


def _quote(text: str) -> str:
    return limits.excerpt(" ".join(text.split()))


def plan(rows: RowsModel, block: list[list[str]], top: int, columns: list[int],
         defaults: dict[str, Any], can_add: bool) -> PastePlan:
    """The edits that put ``block`` at row ``top``, its cells in ``columns`` in order
    (the visible columns from the current one rightwards)."""
    result = PastePlan()
    unknown: list[str] = []
    widest = max((len(cells) for cells in block), default=0)
    if widest > len(columns):
        result.notes.append(_("粘贴的内容有 {n} 列，表格从所选列起只有 {m} 列，多出的列未粘贴。").format(
            n=widest, m=len(columns)))
    room = limits.MAX_LIST_ROWS - len(rows.rows)
    for offset, cells in enumerate(block):
        number = top + offset
        existing = rows.rows[number] if number < len(rows.rows) else None
        if existing is None and not any(text.strip() for text in cells):
            continue  # (a blank line at the block's end adds no empty row)
        if existing is None:
            number = len(rows.rows) + len(result.new_rows)
        if existing is None and (not can_add or room <= 0):
            result.notes.append(_("表格没有更多行，粘贴内容的最后 {n} 行未粘贴。").format(
                n=len(block) - offset))
            break
        added: dict[str, Any] = dict(defaults)
        for column_number, text in zip(columns, cells, strict=False):  # (extra cells: noted above)
            column = rows.columns[column_number]
            if column.kind in SKIPPED_KINDS or (existing is not None
                                                and not rows.editable(existing, column)):
                same = existing is not None and text.strip() == rows.copy_text(number, column_number)
                if text.strip() and not same:
                    result.notes.append(_("第 {row} 行「{header}」不能在这里修改，未粘贴“{text}”。").format(
                        row=number + 1, header=_(column.header), text=_quote(text)))
                continue
            try:
                value = paste.parse_cell(column.kind, text, options_of(rows, column))
            except ValueError:
                unknown.append(_("第 {row} 行「{header}」：“{text}”").format(
                    row=number + 1, header=_(column.header), text=_quote(text)))
                continue
            if existing is not None:
                result.values.append((existing.id, column.name, value))
            elif text.strip():  # (an empty cell leaves a new row's default)
                added[column.name] = value
        if existing is None:
            result.new_rows.append(added)
            room -= 1
    if unknown:
        result.notes.insert(0, _("以下内容不在可选项中或格式不对，这些格子未填入，请在表格中选择或改正：")
                            + _("；").join(unknown))
    return result
