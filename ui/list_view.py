"""The table of a list, driven like a spreadsheet from the keyboard.

Tab and Shift+Tab commit the cell and move along the row (to the next row at its end);
Enter commits and moves down, back to the column where a run of Tabs began; typing on
a cell starts editing it, replacing its value; F2 or a double click edits it as it is.
Nothing else opens an editor: a click on a row number, 上移/下移 or a change of the
current cell only select, so no keystroke can land in a cell the user did not pick.
"""

from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QRegularExpression,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QInputMethodEvent,
    QKeyEvent,
    QKeySequence,
    QRegularExpressionValidator,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from app import money

from ui.fields import MONEY_PATTERN
from ui.i18n import _
from ui.list_model import AnyIndex, RowsModel

ONE_LINE_KINDS = ("bool", "int", "month", "money", "bytes")
LOADED = "stoLoaded"  # an editor's property: its cell's value is in it
NEXT, PREVIOUS, DOWN, UP = "next", "previous", "down", "up"
MOVE_KEYS = {Qt.Key.Key_Tab: NEXT, Qt.Key.Key_Backtab: PREVIOUS,
             Qt.Key.Key_Return: DOWN, Qt.Key.Key_Enter: DOWN}


def _plain(event: QKeyEvent) -> bool:
    """No modifier but Shift (and the keypad's, for its Enter)."""
    others = event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier
                                   | Qt.KeyboardModifier.KeypadModifier)
    return others == Qt.KeyboardModifier.NoModifier


def _move_of(event: QKeyEvent) -> str | None:
    if not _plain(event):
        return None
    move = MOVE_KEYS.get(Qt.Key(event.key()))
    if move == DOWN and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
        return UP
    if move == NEXT and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
        return PREVIOUS
    return move


class CellDelegate(QStyledItemDelegate):
    """Editors by column kind: drop-downs for choices and units, spin boxes for numbers.

    The model is asked directly (``self.rows.data``), never through ``QModelIndex.data``,
    and neither ``paint`` nor ``initStyleOption`` is overridden: in PySide6 6.12 each of
    these loses a reference to ``None`` per call, and at every paint that used up its
    references until Python aborted (``none_dealloc``). The model tints the current row
    and cuts long texts instead."""

    def __init__(self, rows: RowsModel, view: "SheetView") -> None:
        super().__init__(view)
        self.rows, self.view = rows, view

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
        # Qt sets an open editor's data again whenever its cell's range of the model
        # changes (a row redrawn for its problems, a write elsewhere in the row): that
        # wiped what was being typed. An editor is filled once, when it opens.
        if editor.property(LOADED):
            return
        editor.setProperty(LOADED, True)
        column = self.rows.columns[index.column()]
        value = self.rows.data(index, Qt.ItemDataRole.EditRole)
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

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """Tab, Shift+Tab and Enter in an editor: commit, close, and move the spreadsheet's
        way (``SheetView.step``) without opening the next cell: typing there opens it."""
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and isinstance(editor, QWidget)):
            move = _move_of(event)
            if move is not None:
                self.commitData.emit(editor)
                self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
                self.view.step(move)
                return True
        return super().eventFilter(editor, event)

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        column = self.rows.columns[index.column()]
        if column.long or column.kind in ONE_LINE_KINDS:  # (no need to lay the text out)
            return QSize(40, option.fontMetrics.height() + 6)
        return super().sizeHint(option, index)


class SheetView(QTableView):
    """The table: cells selected one by one or as a block; edited only on purpose."""

    copy_requested = Signal()
    paste_requested = Signal()
    clear_requested = Signal()
    detail_requested = Signal(str)  # a long text's cell asked to be edited: the typed text
    resized = Signal()  # the columns are fitted to the new width

    def __init__(self, rows: RowsModel) -> None:
        super().__init__()
        self.rows = rows
        self.setModel(rows)
        self.delegate = CellDelegate(rows, self)
        self.setItemDelegate(self.delegate)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        # Not CurrentChanged nor SelectedClicked: those opened the name cell, all of it
        # selected, after 上移 or a click on a row number (a keystroke then replaced it).
        Trigger = QAbstractItemView.EditTrigger
        self.setEditTriggers(Trigger.DoubleClicked | Trigger.EditKeyPressed
                             | Trigger.AnyKeyPressed)
        self.setTabKeyNavigation(True)
        self.tab_start: int | None = None  # where a run of Tabs began: Enter goes back there
        self.doubleClicked.connect(self._double_clicked)

    def _stops(self, number: int) -> list[int]:
        """The columns of row ``number`` that Tab stops at: those the user can change."""
        row = self.rows.rows[number]
        return [n for n, column in enumerate(self.rows.columns)
                if not self.isColumnHidden(n) and self.rows.editable(row, column)]

    def step(self, move: str) -> bool:
        """Move the current cell (after an edit or on a key); False at the list's edge."""
        current = self.currentIndex()
        if not current.isValid() or not self.rows.rows:
            return False
        row, column = current.row(), current.column()
        target: tuple[int, int] | None = None
        if move in (NEXT, PREVIOUS):
            if self.tab_start is None:
                self.tab_start = column
            forward = move == NEXT
            number = row
            while 0 <= number < len(self.rows.rows) and target is None:
                stops = self._stops(number)
                if number != row:
                    candidates = stops if forward else stops[::-1]
                else:
                    candidates = ([n for n in stops if n > column] if forward
                                  else [n for n in reversed(stops) if n < column])
                if candidates:
                    target = (number, candidates[0])
                number += 1 if forward else -1
        else:
            number = row + (1 if move == DOWN else -1)
            if 0 <= number < len(self.rows.rows):
                target = (number, self.tab_start if self.tab_start is not None else column)
            self.tab_start = None
        if target is None:
            return False
        keep_tab_start = self.tab_start
        self.go_to(self.rows.index(*target))
        self.tab_start = keep_tab_start
        return True

    def go_to(self, index: QModelIndex) -> None:
        """Make ``index`` the current and only selected cell (whatever keys are held:
        Shift+Tab must not stretch the selection)."""
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.scrollTo(index)

    def currentChanged(self, current: QModelIndex, previous: QModelIndex) -> None:  # noqa: N802
        super().currentChanged(current, previous)
        self.tab_start = None  # (``step`` puts it back for a Tab)
        self.rows.set_current_row(current.row() if current.isValid() else None)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.resized.emit()

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid() and self.rows.columns[index.column()].long:
            self.detail_requested.emit("")

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_requested.emit()
            return
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_requested.emit()
            return
        move = _move_of(event)
        if move is not None:
            if not self.step(move) and move in (NEXT, PREVIOUS):
                event.ignore()  # the last cell: Tab leaves the table
            return
        current = self.currentIndex()
        key = event.key()
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and current.isValid():
            self.clear_requested.emit()
            return
        if current.isValid() and self.rows.columns[current.column()].long:
            text = event.text()
            if key == Qt.Key.Key_F2 or (text and text.isprintable() and _plain(event)):
                self.detail_requested.emit("" if key == Qt.Key.Key_F2 else text)
                return
        super().keyPressEvent(event)

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:  # noqa: N802 (Qt's name)
        """Chinese typed on a long text's cell goes to the detail area, like a key."""
        current = self.currentIndex()
        text = event.commitString()
        if current.isValid() and text and self.state() != self.State.EditingState:
            if self.rows.columns[current.column()].long:
                self.detail_requested.emit(text)
                return
            if self.edit(current, self.EditTrigger.AnyKeyPressed, event):
                editor = self.indexWidget(current)
                if isinstance(editor, QLineEdit):  # replacing the cell, as a key does
                    editor.setText(text)
                elif isinstance(editor, QComboBox):
                    editor.setCurrentIndex(max(0, editor.findText(text, Qt.MatchFlag.MatchStartsWith)))
                return
        super().inputMethodEvent(event)
