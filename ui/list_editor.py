"""A list of the form edited in place: a table with add, remove and move up/down.

Each cell edit is one undoable edit written at once; the table redraws from the file
after every change, so undo, redo and edits on other pages show up by themselves.
"""

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRegularExpression,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QFont, QRegularExpressionValidator, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import money, rules, tables
from app.tables import Table

from ui import values
from ui.edits import EditSession
from ui.fields import MONEY_PATTERN, member_label
from ui.i18n import _, translated
from ui.marks import ERROR_COLOUR, ERROR_TINT, WARNING_TINT, MessageLabel, problem_html

AnyIndex = QModelIndex | QPersistentModelIndex
ROOT_INDEX = QModelIndex()
MAX_TABLE_HEIGHT = 640
CELL_PADDING = 24  # pixels around a header's or a choice's text (margins, sort and combo arrows)


@dataclass(frozen=True)
class Column:
    """One column: the field, its header and how it is edited."""

    name: str
    header: str
    kind: str = "text"  # text, int, month, money, choice, member, bool, readonly, bytes
    options: tuple[str, ...] = ()
    width: int = 0
    stretch: bool = False  # the main text column takes the room that is left


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
        self.reload()
        session.changed.connect(self._on_changed)

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = [row for row in self.session.doc.rows(self.table) if self.row_filter(row)]
        if any(column.kind == "member" for column in self.columns):
            self.member_names = {m.id: m.name or member_label(m)
                                 for m in self.session.doc.rows(tables.Member)}
        self.endResetModel()

    def _on_changed(self, table: str, _row_id: int | None) -> None:
        if table in (self.table.__tablename__, tables.Member.__tablename__):
            self.reload()

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

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = self.columns[index.column()]
        if column.kind in ("readonly", "bytes") or self.locked(self.rows[index.row()], column.name):
            return base
        if column.kind == "bool":
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row, column = self.rows[index.row()], self.columns[index.column()]
        value = getattr(row, column.name)
        if role == Qt.ItemDataRole.CheckStateRole and column.kind == "bool":
            return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(column, value)
        problems = self._row_problems(index.row())
        if problems and role == Qt.ItemDataRole.BackgroundRole:
            errors = any(p.severity == rules.ERROR for p in problems)
            return QColor(ERROR_TINT if errors else WARNING_TINT)
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

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        row, column = self.rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole:
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        # Shown as entered even if the file cannot take it yet (it waits: ui.edits); a
        # written value redraws the list anyway.
        setattr(row, column.name, value)
        self.dataChanged.emit(index, index)
        self.session.set_value(self.table, row.id, column.name, value)
        return True


class CellDelegate(QStyledItemDelegate):
    """Editors by column kind: drop-downs for choices and units, spin boxes for numbers."""

    def __init__(self, rows: RowsModel) -> None:
        super().__init__()
        self.rows = rows

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: AnyIndex) -> QWidget:
        column = self.rows.columns[index.column()]
        if column.kind == "choice":
            combo = QComboBox(parent)
            combo.addItem("", "")
            for choice in column.options:
                combo.addItem(_(choice), choice)
            return combo
        if column.kind == "member":
            combo = QComboBox(parent)
            combo.addItem("", None)
            for member_id, label in self.rows.member_names.items():
                combo.addItem(label, member_id)
            return combo
        if column.kind in ("int", "month"):
            spin = QSpinBox(parent)
            spin.setRange(0, 24 if column.kind == "month" else 9_999_999)
            spin.setSpecialValueText(_("未填写"))
            if column.kind == "month":
                spin.setPrefix(_("第"))
                spin.setSuffix(_("个月"))
            return spin
        editor = QLineEdit(parent)
        if column.kind == "money":
            editor.setValidator(QRegularExpressionValidator(QRegularExpression(MONEY_PATTERN), editor))
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        column = self.rows.columns[index.column()]
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QSpinBox):
            editor.setValue(value or 0)
        elif isinstance(editor, QLineEdit):
            editor.setText(money.format_wan(value) if column.kind == "money" else (value or ""))

    def setModelData(self, editor: QWidget, model_: Any, index: AnyIndex) -> None:
        column = self.rows.columns[index.column()]
        if isinstance(editor, QComboBox):
            value = editor.currentData()
        elif isinstance(editor, QSpinBox):
            value = editor.value() or None
        elif column.kind == "money":
            try:
                value = money.parse_wan(editor.text().replace("．", "."))
            except ValueError:
                return
        else:
            value = editor.text().strip()
        model_.setData(index, value, Qt.ItemDataRole.EditRole)


class ListEditor(QWidget):
    """The table and its buttons; ``fixed`` lists (no add/remove) only edit cells."""

    def __init__(self, session: EditSession, table: Table, columns: list[Column],
                 *, defaults: dict[str, Any] | None = None, fixed: bool = False,
                 row_filter: Callable[[Any], bool] | None = None,
                 locked: Callable[[Any, str], bool] | None = None,
                 pinned: Callable[[Any], bool] | None = None,
                 add_text: str = "添加一行",
                 add_handler: Callable[[], None] | None = None) -> None:
        super().__init__()
        self.session, self.table = session, table
        self.defaults = defaults or {}
        self.pinned = pinned or (lambda _row: False)
        self.rows = RowsModel(session, table, columns, row_filter, locked, parent=self)
        self.view = QTableView()
        self.view.setModel(self.rows)
        self.view.setItemDelegate(CellDelegate(self.rows))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(not any(column.stretch for column in columns))
        metrics = self.view.fontMetrics()
        for number, column in enumerate(columns):
            # Widths are set for Chinese; a longer header or choice in another language
            # widens its column rather than being cut.
            texts = [_(column.header), *(_(option) for option in column.options)]
            needed = max(metrics.horizontalAdvance(text) for text in texts) + CELL_PADDING
            self.view.setColumnWidth(number, max(column.width or 120, needed))
            if column.stretch:
                header.setSectionResizeMode(number, QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.message = MessageLabel(session)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.count_label = QLabel()
        buttons.addWidget(self.count_label)
        buttons.addStretch(1)
        self.buttons: dict[str, QPushButton] = {}
        actions = [("up", _("上移"), self.move_up), ("down", _("下移"), self.move_down)]
        if not fixed:
            actions = [("add", _(add_text), add_handler or self.add), ("remove", _("删除所选行"), self.remove),
                       *actions]
        for key, text, slot in actions:
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.buttons[key] = button
        if fixed:
            for button in self.buttons.values():
                button.hide()
        layout.addLayout(buttons)
        self.button_row = buttons  # pages may add buttons of their own
        self.rows.modelReset.connect(self._update)
        # Rows that wrap grow once the table has its width: the table grows with them.
        self._refit = QTimer(self, singleShot=True, interval=0)
        self._refit.timeout.connect(self._fit_height)
        self.view.verticalHeader().sectionResized.connect(lambda *_: self._refit.start())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self._update()

    def _selected(self) -> Any | None:
        indexes = self.view.selectionModel().selectedRows()
        return self.rows.rows[indexes[0].row()] if indexes else None

    def _update(self) -> None:
        self.count_label.setText(_("共 {n} 项").format(n=len(self.rows.rows)))
        row = self._selected()
        movable = row is not None and not self.pinned(row)
        for key in ("remove", "up", "down"):
            if key in self.buttons:
                self.buttons[key].setEnabled(movable)
        self._fit_height()

    def _fit_height(self) -> None:
        """Show every row (up to a screenful) so the page scrolls, not the table."""
        view = self.view
        rows = 0
        for number in range(self.rows.rowCount()):  # rows past the cap need not be measured
            rows += view.rowHeight(number)
            if rows > MAX_TABLE_HEIGHT:
                break
        empty = 2 * view.verticalHeader().defaultSectionSize() if not self.rows.rows else 0
        bar = view.horizontalScrollBar()
        scroll = bar.sizeHint().height() if bar.maximum() > 0 else 0
        height = view.horizontalHeader().height() + rows + empty + scroll + 2 * view.frameWidth()
        view.setFixedHeight(min(max(height, 90), MAX_TABLE_HEIGHT))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_height()

    def _select(self, row_id: int) -> None:
        for number, row in enumerate(self.rows.rows):
            if row.id == row_id:
                self.view.selectRow(number)
                self.view.scrollTo(self.rows.index(number, 0))
                return

    def show_problems(self, problems: Sequence[rules.Problem]) -> None:
        """Problems of this list: row ones tint their row, all are said under the table."""
        by_row: dict[int, list[rules.Problem]] = defaultdict(list)
        numbers = {row.id: number for number, row in enumerate(self.rows.rows, start=1)}
        lines = []
        for problem in problems:
            if problem.row_id is not None and problem.row_id in numbers:
                by_row[problem.row_id].append(problem)
                prefix = _("第 {n} 行：").format(n=numbers[problem.row_id])
                lines.append(problem_html(problem, prefix))
            else:
                lines.append(problem_html(problem))
        self.rows.set_problems(dict(by_row))
        self.message.show_lines(lines)

    def focus(self, row_id: int | None, column: str) -> None:
        """Select the row ``row_id`` (the first row without one) at ``column``."""
        number = next((n for n, row in enumerate(self.rows.rows) if row.id == row_id), 0)
        if not self.rows.rows:
            self.buttons.get("add", self.view).setFocus()
            return
        names = [c.name for c in self.rows.columns]
        index = self.rows.index(number, names.index(column) if column in names else 0)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)

    def target(self) -> QWidget:
        return self

    def add(self) -> None:
        row_id = self.session.add_row(self.table, dict(self.defaults))
        if row_id is None:
            return  # the file refuses writes now: the window says so
        self._select(row_id)
        self.view.edit(self.view.currentIndex())

    def remove(self) -> None:
        row = self._selected()
        if row is not None and not self.pinned(row):
            self.session.remove_row(self.table, row.id)

    def _move(self, delta: int) -> None:
        row = self._selected()
        if row is None or self.pinned(row):
            return
        all_rows = self.session.doc.rows(self.table)
        index = next(i for i, other in enumerate(all_rows) if other.id == row.id)
        target = index + delta
        if target < 0 or target >= len(all_rows) or self.pinned(all_rows[target]):
            return
        self.session.move_row(self.table, row.id, target)
        self._select(row.id)

    def move_up(self) -> None:
        self._move(-1)

    def move_down(self) -> None:
        self._move(1)
