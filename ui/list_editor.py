"""A list of the form edited in place: a table with add, remove and move up/down.

Each cell edit is one undoable edit written at once; the table redraws from the file
after every change, so undo, redo and edits on other pages show up by themselves. The
table is driven like a spreadsheet (``ui.list_view``); a block copied from Excel or WPS
pastes into it as one undo step (``ui.list_paste``), and a block copied out of it pastes
into a spreadsheet. Long texts are edited under the table (``ui.list_detail``); the
columns fit the window and keep the widths the user gives them (``app.preferences``).
"""

from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import paste, preferences, rules
from app.tables import Table

from ui import list_paste
from ui.edits import EditSession
from ui.i18n import _
from ui.list_detail import LongTextDetail
from ui.list_model import Column, RowsModel
from ui.list_view import SheetView
from ui.marks import ERROR_COLOUR, MessageLabel, problem_html

__all__ = ["Column", "ListEditor"]

MAX_TABLE_HEIGHT = 640
CELL_PADDING = 24  # pixels around a header's or a choice's text (margins, sort and combo arrows)
MIN_MAIN_WIDTH = 145  # the main text column (a unit's name) never gets narrower than this
WIDTHS_PREFERENCE = "column_widths"  # {list key: {column: width the user dragged it to}}
DISMISS_LINK = "dismiss"


class ListEditor(QWidget):
    """The table and its buttons; ``fixed`` lists (no add/remove) only edit cells."""

    def __init__(self, session: EditSession, table: Table, columns: list[Column],
                 *, defaults: dict[str, Any] | None = None, fixed: bool = False,
                 row_filter: Callable[[Any], bool] | None = None,
                 locked: Callable[[Any, str], bool] | None = None,
                 pinned: Callable[[Any], bool] | None = None,
                 add_text: str = "添加一行",
                 add_handler: Callable[[], None] | None = None, key: str = "") -> None:
        super().__init__()
        self.session, self.table, self.fixed = session, table, fixed
        self.key = key or table.__tablename__
        self.defaults = defaults or {}
        self.pinned = pinned or (lambda _row: False)
        self.rows = RowsModel(session, table, columns, row_filter, locked, parent=self)
        self.view = SheetView(self.rows)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.copy_requested.connect(self.copy_block)
        self.view.paste_requested.connect(self.paste_clipboard)
        self.view.clear_requested.connect(self.clear_cells)
        self.view.detail_requested.connect(self._to_detail)
        self._heights = QTimer(self, singleShot=True, interval=0)
        self._heights.timeout.connect(self.view.resizeRowsToContents)
        self._set_up_columns(columns)
        # Rows fit their wrapped text, measured for the rows that changed: measuring every
        # row at every change (ResizeToContents) took seconds per edit in a 200-row list.
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.rows.dataChanged.connect(self._rows_changed)
        for signal in (self.rows.modelReset, self.rows.rowsInserted):
            signal.connect(self._heights.start)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.details = {n: LongTextDetail(session, self.rows, column)
                        for n, column in enumerate(columns) if column.long}
        for detail in self.details.values():
            layout.addWidget(detail)
        self.paste_note = QLabel()  # what a paste could not place
        self.paste_note.setWordWrap(True)
        self.paste_note.setTextFormat(Qt.TextFormat.RichText)
        self.paste_note.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.paste_note.linkActivated.connect(lambda _link: self.paste_note.hide())
        self.paste_note.hide()
        layout.addWidget(self.paste_note)
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
        for name, text, slot in actions:
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.buttons[name] = button
        if fixed:
            for button in self.buttons.values():
                button.hide()
        layout.addLayout(buttons)
        self.button_row = buttons  # pages may add buttons of their own
        # A reset (rows moved) forgets the current cell: it is found again by its row's id.
        self._kept: tuple[int, int] | None = None
        self.rows.modelAboutToBeReset.connect(self._keep_current)
        self.rows.modelReset.connect(self._restore_current)
        for signal in (self.rows.modelReset, self.rows.rowsInserted, self.rows.rowsRemoved):
            signal.connect(self._update)
        # Rows that wrap grow once the table has its width: the table grows with them.
        self._refit = QTimer(self, singleShot=True, interval=0)
        self._refit.timeout.connect(self._fit_height)
        self.view.verticalHeader().sectionResized.connect(lambda *_: self._refit.start())
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update())
        self._update()

    # Columns: fitted to the window, widths the user drags kept

    def _set_up_columns(self, columns: list[Column]) -> None:
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        metrics = self.view.fontMetrics()
        self._wanted: list[int] = []
        self._least: list[int] = []
        for column in columns:
            # Widths are set for Chinese; a longer header in another language widens
            # its column rather than being cut. A choice's text may wrap.
            # (only a drop-down's cell has an arrow to make room for: the others half)
            padding = CELL_PADDING if column.kind in ("choice", "member") else CELL_PADDING // 2
            head = metrics.horizontalAdvance(_(column.header)) + padding
            options = max((metrics.horizontalAdvance(_(o)) + CELL_PADDING for o in column.options),
                          default=0)
            whole = metrics.horizontalAdvance(column.fits) + padding if column.fits else 0
            self._wanted.append(max(column.width or 120, head, options, whole))
            least = max(head, whole, column.min_width, MIN_MAIN_WIDTH if column.stretch else 0)
            self._least.append(min(least, self._wanted[-1]) if column.long else least)
        saved = preferences.get(WIDTHS_PREFERENCE)
        mine = saved.get(self.key) if isinstance(saved, dict) else None
        self._dragged: dict[str, int] = {
            name: width for name, width in (mine or {}).items()
            if isinstance(name, str) and isinstance(width, int) and 20 <= width <= 2000}
        self._fitting = False
        self._save_widths = QTimer(self, singleShot=True, interval=500)
        self._save_widths.timeout.connect(self._remember_widths)
        header.sectionResized.connect(self._dragged_to)
        self.view.resized.connect(self._fit_columns)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Widths that fill the table without sideways scrolling where the columns'
        least widths allow: the main column takes what is left, the others give up
        room down to their least (a header is never cut), dragged widths stay."""
        columns = self.rows.columns
        shown = [n for n in range(len(columns)) if not self.view.isColumnHidden(n)]
        widths = {n: self._dragged.get(columns[n].name, self._wanted[n]) for n in shown}
        available = self.view.viewport().width()
        excess = sum(widths.values()) - available
        elastic = [n for n in shown if columns[n].name not in self._dragged]
        if excess > 0:
            slack = sum(max(0, widths[n] - self._least[n]) for n in elastic)
            share = min(1.0, excess / slack) if slack else 0.0
            for n in elastic:
                widths[n] -= int(max(0, widths[n] - self._least[n]) * share + 0.999)
        else:
            main = next((n for n in shown if columns[n].stretch), shown[-1] if shown else None)
            if main is not None:
                widths[main] -= excess
        self._fitting = True
        try:
            for n, width in widths.items():  # (each refits the rows' heights: _dragged_to)
                if self.view.columnWidth(n) != width:
                    self.view.setColumnWidth(n, width)
        finally:
            self._fitting = False

    def _rows_changed(self, top: Any, bottom: Any, roles: Any = None) -> None:
        if roles == [Qt.ItemDataRole.BackgroundRole] or self._heights.isActive():
            return  # (a tint does not change a row's height)
        if bottom.row() - top.row() > 20:
            self._heights.start()
            return
        for number in range(top.row(), bottom.row() + 1):
            self.view.resizeRowToContents(number)

    def _dragged_to(self, number: int, _old: int, new: int) -> None:
        self._heights.start()  # (a column's new width wraps its texts anew)
        if self._fitting:
            return
        self._dragged[self.rows.columns[number].name] = new
        self._save_widths.start()

    def _remember_widths(self) -> None:
        saved = preferences.get(WIDTHS_PREFERENCE)
        saved = saved if isinstance(saved, dict) else {}
        preferences.put(WIDTHS_PREFERENCE, {**saved, self.key: dict(self._dragged)})

    # The current row

    def _current_number(self) -> int | None:
        current = self.view.currentIndex()
        return current.row() if current.isValid() and current.row() < len(self.rows.rows) else None

    def current_row(self) -> Any | None:
        """The row of the current cell (the one 删除/上移/下移 act on), or None."""
        number = self._current_number()
        return self.rows.rows[number] if number is not None else None

    def _keep_current(self) -> None:
        current = self.view.currentIndex()
        if current.isValid() and current.row() < len(self.rows.rows):
            self._kept = (self.rows.rows[current.row()].id, current.column())

    def _restore_current(self) -> None:
        kept, self._kept = self._kept, None
        if kept is not None:
            self._select(kept[0], kept[1])

    def _update(self) -> None:
        count = _("共 {n} 项").format(n=len(self.rows.rows))
        if self.count_label.text() != count:
            self.count_label.setText(count)
        row = self.current_row()
        movable = row is not None and not self.pinned(row)
        for name in ("remove", "up", "down"):
            if name in self.buttons and self.buttons[name].isEnabled() != movable:
                self.buttons[name].setEnabled(movable)
        for detail in self.details.values():
            detail.show_row(self._current_number())
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
        height = min(max(height, 90), MAX_TABLE_HEIGHT)
        if view.height() != height or view.minimumHeight() != height:
            view.setFixedHeight(height)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_columns()
        self._fit_height()

    def _select(self, row_id: int, column: int | None = None) -> None:
        """Make row ``row_id`` current, at ``column`` (its first editable cell)."""
        for number, row in enumerate(self.rows.rows):
            if row.id == row_id:
                if column is None:
                    stops = self.view._stops(number)
                    column = stops[0] if stops else 0
                self.view.go_to(self.rows.index(number, column))
                return

    def _to_detail(self, text: str) -> None:
        current = self.view.currentIndex()
        detail = self.details.get(current.column()) if current.isValid() else None
        if detail is not None:
            detail.show_row(current.row())
            detail.start_typing(text)

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
        detail = self.details.get(index.column())
        if detail is not None:
            detail.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def target(self) -> QWidget:
        return self

    # Rows

    def add(self) -> None:
        row_id = self.session.add_row(self.table, dict(self.defaults))
        if row_id is None:
            return  # the file refuses writes now: the window says so
        self._select(row_id)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.view.edit(self.view.currentIndex())  # (the user asked for a row to type in)

    def remove(self) -> None:
        row = self.current_row()
        if row is not None and not self.pinned(row):
            self.session.remove_row(self.table, row.id)

    def _move(self, delta: int) -> None:
        row = self.current_row()
        if row is None or self.pinned(row):
            return
        column = self.view.currentIndex().column()
        all_rows = self.session.doc.rows(self.table)
        index = next(i for i, other in enumerate(all_rows) if other.id == row.id)
        target = index + delta
        if target < 0 or target >= len(all_rows) or self.pinned(all_rows[target]):
            return
        self.session.move_row(self.table, row.id, target)
        self._select(row.id, column)

    def move_up(self) -> None:
        self._move(-1)

    def move_down(self) -> None:
        self._move(1)

    # Blocks: copy out, paste in, clear

    def _block(self) -> tuple[int, int, int, int] | None:
        """The selected block (top, left, bottom, right), or the current cell."""
        indexes = self.view.selectionModel().selectedIndexes()
        if not indexes:
            current = self.view.currentIndex()
            if not current.isValid():
                return None
            indexes = [current]
        rows = [i.row() for i in indexes]
        columns = [i.column() for i in indexes]
        return min(rows), min(columns), max(rows), max(columns)

    def copy_block(self) -> None:
        """The selected cells to the clipboard as a spreadsheet takes them."""
        block = self._block()
        if block is None:
            return
        top, left, bottom, right = block
        shown = [c for c in range(left, right + 1) if not self.view.isColumnHidden(c)]
        QApplication.clipboard().setText(paste.join_block(
            [[self.rows.copy_text(r, c) for c in shown] for r in range(top, bottom + 1)]))

    def paste_clipboard(self) -> None:
        self.paste_text(QApplication.clipboard().text())

    def paste_text(self, text: str) -> None:
        """Put a block copied from a spreadsheet at the current cell: it fills the cells
        rightwards and downwards, adds rows as needed, and is one undo step."""
        block = paste.split_block(text)
        if not block:
            return
        found = self._block()
        top, left = (found[0], found[1]) if found is not None else (len(self.rows.rows), 0)
        if found is not None and len(block) == 1 and len(block[0]) == 1 and found[:2] != found[2:]:
            # One value onto a selected block fills every cell of it, as a spreadsheet does.
            block = [[block[0][0]] * (found[3] - found[1] + 1)] * (found[2] - found[0] + 1)
        columns = [c for c in range(left, len(self.rows.columns)) if not self.view.isColumnHidden(c)]
        self._apply(list_paste.plan(self.rows, block, top, columns, self.defaults,
                                    can_add=not self.fixed), _("粘贴"), top, left, len(block),
                    max(len(cells) for cells in block))

    def clear_cells(self) -> None:
        """Delete: empty the selected cells that can be changed (one undo step)."""
        block = self._block()
        if block is None:
            return
        top, left, bottom, right = block
        columns = [c for c in range(left, right + 1) if not self.view.isColumnHidden(c)]
        empty = [[""] * len(columns) for _row in range(top, bottom + 1)]
        found = list_paste.plan(self.rows, empty, top, columns, {}, can_add=False)
        found.notes = []  # (cells that cannot be changed are simply left)
        self._apply(found, _("清除"), top, left, bottom - top + 1, right - left + 1)

    def _apply(self, plan: list_paste.PastePlan, text: str, top: int, left: int,
               height: int, width: int) -> None:
        added = self.session.edit_block(self.table, text, plan.values, plan.new_rows)
        if plan.notes:
            notes = "<br>".join(_escape(note) for note in plan.notes)
            self.paste_note.setText(f"{notes} <a href='{DISMISS_LINK}'>{_('知道了')}</a>")
        self.paste_note.setVisible(bool(plan.notes))
        if added is None:
            return
        bottom = min(top + height, len(self.rows.rows)) - 1
        if 0 <= top <= bottom:
            right = min(left + width, len(self.rows.columns)) - 1
            selection = QItemSelection(self.rows.index(top, left), self.rows.index(bottom, right))
            self.view.go_to(self.rows.index(top, left))
            self.view.selectionModel().select(
                selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
