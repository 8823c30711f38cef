"""A list of the form as a table model: its rows, read from the file, kept in step with it.

A changed value redraws its row only; rows added, removed or moved are inserted, removed
or (for a move) the table is reset. A reset closes any open editor and forgets the view's
current cell, so it is kept for what truly reorders the rows: a cell edit, the commonest
change, must leave the editor the user is moving to (Tab) and the current cell alone.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from app import money, rules, tables
from app.tables import Table

from ui import values
from ui.edits import EditSession
from ui.fields import member_label
from ui.i18n import _, translated
from ui.marks import ERROR_COLOUR, ERROR_TINT, WARNING_TINT

AnyIndex = QModelIndex | QPersistentModelIndex
ROOT_INDEX = QModelIndex()
CURRENT_ROW_TINT = "#eaf2fb"  # the row of the current cell, as a spreadsheet shows it
LONG_EXCERPT = 8  # characters of a long text the table shows; the box under it has all


@dataclass(frozen=True)
class Column:
    """One column: the field, its header and how it is edited.

    ``width`` is the width it asks for; ``stretch`` marks the main text column, which
    takes the room left over and never shrinks below ``min_width``. A ``long`` text
    (a unit's 参与内容和作用) shows as one elided line and is edited in the detail
    area under the table, so it never makes the table wider than the window. ``fits``
    is a value the column must always show whole (a credit code's 18 characters): the
    column is never narrower than it."""

    name: str
    header: str
    kind: str = "text"  # text, int, month, money, choice, member, bool, readonly, bytes
    options: tuple[str, ...] = ()
    width: int = 0
    stretch: bool = False
    min_width: int = 0
    long: bool = False
    fits: str = ""
    # A value the row does not hold itself (a pilot row shows its planned standard's
    # title): read with this instead of the row's field; such a column is read-only.
    shown: Callable[[Any], Any] | None = None

    def value(self, row: Any) -> Any:
        return self.shown(row) if self.shown is not None else getattr(row, self.name)


class RowsModel(QAbstractTableModel):
    def __init__(self, session: EditSession, table: Table, columns: list[Column],
                 row_filter: Callable[[Any], bool] | None = None,
                 locked: Callable[[Any, str], bool] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session, self.table, self.columns = session, table, columns
        self.row_filter = row_filter or (lambda _row: True)
        self.locked = locked or (lambda _row, _name: False)
        self.rows: list[Any] = []
        self.problems: dict[int, list[rules.Problem]] = {}  # by row id
        self.member_names: dict[int | None, str] = {}
        self.current_row: int | None = None  # (tinted)
        self.reload()
        session.changed.connect(self._on_changed)

    def _read(self) -> list[Any]:
        return [row for row in self.session.doc.rows(self.table) if self.row_filter(row)]

    def _read_members(self) -> bool:
        if not any(column.kind == "member" for column in self.columns):
            return False
        self.member_names = {m.id: m.name or member_label(m)
                             for m in self.session.doc.rows(tables.Member)}
        return True

    def reload(self) -> None:
        """Read every row again and start over (a view forgets its current cell)."""
        self.beginResetModel()
        self.rows = self._read()
        self._read_members()
        self.endResetModel()

    def _on_changed(self, table: str, row_id: int | None) -> None:
        if table == self.table.__tablename__:
            if row_id is None:
                self.refresh_rows()
            else:
                self.refresh_row(row_id)
        if table == tables.Member.__tablename__ and self._read_members() and self.rows:
            member_columns = [n for n, c in enumerate(self.columns) if c.kind == "member"]
            self.dataChanged.emit(self.index(0, min(member_columns)),
                                  self.index(len(self.rows) - 1, max(member_columns)))

    def _row_changed(self, number: int) -> None:
        self.dataChanged.emit(self.index(number, 0), self.index(number, len(self.columns) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Vertical, number, number)

    def refresh_row(self, row_id: int) -> None:
        """One row's value changed: redraw that row, nothing else."""
        number = next((n for n, row in enumerate(self.rows) if row.id == row_id), None)
        if number is None:
            return
        fresh = self.session.doc.row(self.table, row_id)
        if fresh is None or not self.row_filter(fresh):
            self.refresh_rows()
            return
        self.rows[number] = fresh
        self._row_changed(number)

    def refresh_rows(self) -> None:
        """Rows were added, removed or moved: insert or remove them where that is all
        that happened, reset only for a new order."""
        fresh = self._read()
        old_ids = [row.id for row in self.rows]
        new_ids = [row.id for row in fresh]
        if new_ids[:len(old_ids)] == old_ids and len(new_ids) > len(old_ids):
            self.beginInsertRows(ROOT_INDEX, len(old_ids), len(new_ids) - 1)
            self.rows = fresh
            self.endInsertRows()
        elif len(new_ids) == len(old_ids) - 1 and all(i in old_ids for i in new_ids):
            gone = next(n for n, row_id in enumerate(old_ids) if row_id not in new_ids)
            if old_ids[:gone] + old_ids[gone + 1:] != new_ids:
                self.reload()
                return
            self.beginRemoveRows(ROOT_INDEX, gone, gone)
            self.rows = fresh
            self.endRemoveRows()
        elif new_ids == old_ids:
            self.rows = fresh
        else:
            self.reload()
            return
        if self.rows:  # (values may have changed with the rows: an undone paste)
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.rows) - 1, len(self.columns) - 1))
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(self.rows) - 1)

    def set_current_row(self, number: int | None) -> None:
        """The view's current cell moved to row ``number``: its row is tinted."""
        previous, self.current_row = self.current_row, number
        for changed in {previous, number} - {None}:
            if changed is not None and changed < len(self.rows) and previous != number:
                self.dataChanged.emit(self.index(changed, 0),
                     self.index(changed, len(self.columns) - 1), [Qt.ItemDataRole.BackgroundRole])

    def set_problems(self, problems: dict[int, list[rules.Problem]]) -> None:
        """Tint the rows with problems; a tooltip on the row says what is wrong."""
        if problems == self.problems:
            return
        self.problems = problems
        if self.rows:
            last = self.index(len(self.rows) - 1, len(self.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(self.rows) - 1)

    def _row_problems(self, number: int) -> list[rules.Problem]:
        return self.problems.get(self.rows[number].id, [])

    def rowCount(self, parent: AnyIndex = ROOT_INDEX) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = ROOT_INDEX) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Vertical and section < len(self.rows)
                and self._row_problems(section)):
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor(ERROR_COLOUR)
            if role == Qt.ItemDataRole.FontRole:
                bold = QFont()
                bold.setBold(True)
                return bold
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return _(self.columns[section].header)
        return str(section + 1)

    def editable(self, row: Any, column: Column) -> bool:
        """Whether the user may change this cell (in the table or the detail area)."""
        return column.kind not in ("readonly", "bytes") and column.shown is None \
            and not self.locked(row, column.name)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = self.columns[index.column()]
        if not self.editable(self.rows[index.row()], column) or column.long:
            return base  # (a long text is edited under the table)
        if column.kind == "bool":
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row, column = self.rows[index.row()], self.columns[index.column()]
        value = column.value(row)
        if role == Qt.ItemDataRole.CheckStateRole and column.kind == "bool":
            return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.DisplayRole:
            text = self.display(column, value)
            if column.long:
                text = " ".join(text.split())
                return text[:LONG_EXCERPT] + "…" if len(text) > LONG_EXCERPT else text
            return text
        problems = self._row_problems(index.row())
        if role == Qt.ItemDataRole.BackgroundRole:
            if problems:
                errors = any(p.severity == rules.ERROR for p in problems)
                return QColor(ERROR_TINT if errors else WARNING_TINT)
            return QColor(CURRENT_ROW_TINT) if index.row() == self.current_row else None
        if problems and role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(translated(p.message) for p in problems)
        if role == Qt.ItemDataRole.ToolTipRole and column.kind in ("text", "readonly", "member"):
            return self.display(column, value) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind in ("money", "int", "month",
                                                                         "bytes"):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if self.locked(row, column.name):
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor("#666")
            if role == Qt.ItemDataRole.ToolTipRole:
                return _("此项在其他步骤中填写，这里只显示")
        return None

    def display(self, column: Column, value: Any) -> str:
        if column.kind == "bool":
            return ""
        if column.kind == "money":
            return money.format_wan(value)
        if column.kind == "month":
            return _("第{n}个月").format(n=value) if value else ""
        if column.kind == "bytes":
            return f"{value / 1024:,.1f} KB" if value else ""
        if column.kind == "member":
            return self.member_names.get(value, "") if value is not None else ""
        if column.kind == "choice":
            return _(value) if value else ""
        return values.int_text(value) if column.kind == "int" else (value or "")

    def copy_text(self, number: int, column_number: int) -> str:
        """The cell as a spreadsheet should get it, and as a paste reads it back."""
        column = self.columns[column_number]
        value = column.value(self.rows[number])
        if column.kind == "bool":
            return _("是") if value else _("否")
        if column.kind == "month":
            return values.int_text(value)
        return self.display(column, value)

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        row, column = self.rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole:
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        # Shown as entered even if the file cannot take it yet (it waits: ui.edits); a
        # written value redraws its row anyway.
        setattr(row, column.name, value)
        self.dataChanged.emit(index, index)
        self.session.set_value(self.table, row.id, column.name, value)
        return True
