"""The long text of a list's current row, edited under the table.

A unit's 参与内容和作用 runs to sentences; as a table column it made the table wider
than the window. The table shows it as one cut line; this box shows and edits the whole
text of the row whose cell is current, and writes it like any field (after a pause in
typing, and when the row changes or the box is left).
"""

from typing import Any

from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app import limits

from ui.edits import EditSession
from ui.fields import GrowingTextEdit, TypingPause
from ui.i18n import _
from ui.list_model import Column, RowsModel


class LongTextDetail(QWidget):
    """One long column of the current row: a caption naming the row, and its text."""

    def __init__(self, session: EditSession, rows: RowsModel, column: Column) -> None:
        super().__init__()
        self.session, self.rows, self.column = session, rows, column
        self.row_id: int | None = None
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.editor = _DetailEdit(self)
        self.editor.MIN_LINES, self.editor.MAX_LINES = 3, 10
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.editor)
        self._loading = False
        self._written: str | None = None  # what this box wrote last
        self._pause = TypingPause(self, self.commit)
        self.editor.textChanged.connect(self._typed)
        session.field_changed.connect(self._on_field_changed)
        self.show_row(None)

    def show_row(self, number: int | None) -> None:
        """Edit the row at ``number`` of the table (None: no row is current)."""
        self.commit()
        row = self.rows.rows[number] if number is not None and number < len(self.rows.rows) else None
        self.row_id = row.id if row is not None else None
        header = _(self.column.header)
        if row is None:
            caption = _("{header}：选中表格中的一行后在此填写").format(header=header)
        else:
            name = next((getattr(row, c.name) for c in self.rows.columns
                         if c.kind in ("text", "readonly") and not c.long), "")
            shown = _("「{name}」").format(name=" ".join(str(name).split())) if name else ""
            caption = _("{header}（第 {n} 行{name}）：").format(
                header=header, n=number + 1 if number is not None else 0, name=shown)
        if self.caption.text() != caption:
            self.caption.setText(caption)
        editable = row is not None and self.rows.editable(row, self.column)
        if self.editor.isEnabled() != editable:
            self.editor.setEnabled(editable)
        self._load(getattr(row, self.column.name) if row is not None else "")

    def _load(self, value: Any) -> None:
        if self.editor.toPlainText() != (value or ""):
            self._loading = True
            self.editor.setPlainText(value or "")
            self._loading = False

    def _typed(self) -> None:
        if self._loading or self.row_id is None:
            return
        self.session.pending.emit()
        self._pause.typed()

    def commit(self) -> None:
        """Write what was typed (now: the row is changing, the box is left, or a pause)."""
        if not self._pause.waiting:
            return
        self._pause.stop()
        if self.row_id is not None:
            # As typed (not stripped: the box reloading a stripped text mid-typing put
            # the cursor back at its start), as the long fields of a page are written.
            self._written = limits.without_nul(self.editor.toPlainText())
            self.session.set_value(self.rows.table, self.row_id, self.column.name,
                                   self._written, merge=True)

    def _on_field_changed(self, table: str, row_id: int, name: str) -> None:
        if (table == self.rows.table.__tablename__ and row_id == self.row_id
                and name == self.column.name and not self._pause.waiting):
            row = self.session.doc.row(self.rows.table, row_id)
            value = getattr(row, name) if row is not None else ""
            if value != self._written or not self.editor.hasFocus():  # (not our own write)
                self._load(value)

    def start_typing(self, text: str) -> None:
        """The user typed ``text`` on this column's cell: go on typing here."""
        if not self.editor.isEnabled():
            return
        self.editor.setFocus()
        cursor = self.editor.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        self.editor.setTextCursor(cursor)
        if text:
            self.editor.insertPlainText(text)



class _DetailEdit(GrowingTextEdit):
    """The text box; leaving it writes what was typed."""

    def __init__(self, detail: LongTextDetail) -> None:
        super().__init__()
        self.detail = detail

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        super().focusOutEvent(event)
        self.detail.commit()
