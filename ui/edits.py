"""Edits to the open application as undoable commands; each one is written at once.

``EditSession`` is the UI's single handle on the file: pages push edits here, and listen
to ``changed`` to redraw after an undo, a redo or an edit made elsewhere.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from app import tables
from app.tables import Table

from ui.i18n import _

if TYPE_CHECKING:
    from app.document import ApplicationFile, RemovedRow


class EditSession(QObject):
    changed = Signal(str, object)  # table name, row id or None for the whole table
    field_changed = Signal(str, int, str)  # table name, row id, field
    saved = Signal()  # an edit reached the file
    pending = Signal()  # a field holds typing not yet written (written within a second)

    def __init__(self, doc: ApplicationFile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.undo_stack = QUndoStack(self)
        doc.add_listener(self._on_doc_changed)

    def _on_doc_changed(self, table: str, row_id: int | None, name: str | None) -> None:
        self.changed.emit(table, row_id)
        if row_id is not None and name is not None:
            self.field_changed.emit(table, row_id, name)
        self.saved.emit()

    def set_value(self, table: Table, row_id: int, name: str, value: Any,
                  merge: bool = False) -> None:
        current = getattr(self.doc.row(table, row_id), name)
        if current == value:
            return
        self.undo_stack.push(SetValue(self.doc, table, row_id, name, current, value, merge))

    def add_row(self, table: Table, values: dict[str, Any] | None = None,
                index: int | None = None) -> int:
        command = AddRow(self.doc, table, values or {}, index)
        self.undo_stack.push(command)
        return command.row_id

    def remove_row(self, table: Table, row_id: int) -> None:
        self.undo_stack.push(RemoveRow(self.doc, table, row_id))

    def move_row(self, table: Table, row_id: int, new_index: int) -> None:
        self.undo_stack.push(MoveRow(self.doc, table, row_id, new_index))

    def add_attachment(self, kind: str, name: str, data: bytes,
                       member_id: int | None = None) -> None:
        self.undo_stack.push(AddAttachment(self.doc, kind, name, data, member_id))


class SetValue(QUndoCommand):
    """One field changed. Typing bursts into the same field merge into one undo step."""

    MERGE_ID = 1

    def __init__(self, doc: ApplicationFile, table: Table, row_id: int, name: str,
                 old: Any, new: Any, merge: bool) -> None:
        super().__init__(_("修改"))
        self.doc, self.table, self.row_id, self.name = doc, table, row_id, name
        self.old, self.new, self.merge = old, new, merge

    def id(self) -> int:
        return self.MERGE_ID if self.merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetValue) or not other.merge:
            return False
        if (other.table, other.row_id, other.name) != (self.table, self.row_id, self.name):
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self.doc.set_value(self.table, self.row_id, self.name, self.new)

    def undo(self) -> None:
        self.doc.set_value(self.table, self.row_id, self.name, self.old)


class AddRow(QUndoCommand):
    def __init__(self, doc: ApplicationFile, table: Table, values: dict[str, Any],
                 index: int | None) -> None:
        super().__init__(_("添加一行"))
        self.doc, self.table, self.values, self.index = doc, table, values, index
        self.row_id = 0
        self.removed: RemovedRow | None = None

    def redo(self) -> None:
        if self.removed is None:
            self.row_id = self.doc.add_row(self.table, self.values, self.index)
        else:
            self.doc.restore_row(self.removed)

    def undo(self) -> None:
        self.removed = self.doc.remove_row(self.table, self.row_id)


class AddAttachment(QUndoCommand):
    def __init__(self, doc: ApplicationFile, kind: str, name: str, data: bytes,
                 member_id: int | None) -> None:
        super().__init__(_("添加附件"))
        self.doc, self.args = doc, (kind, name, data, member_id)
        self.row_id = 0
        self.removed: RemovedRow | None = None

    def redo(self) -> None:
        if self.removed is None:
            self.row_id = self.doc.add_attachment(*self.args)
        else:
            self.doc.restore_row(self.removed)

    def undo(self) -> None:
        self.removed = self.doc.remove_row(tables.Attachment, self.row_id)


class RemoveRow(QUndoCommand):
    def __init__(self, doc: ApplicationFile, table: Table, row_id: int) -> None:
        super().__init__(_("删除一行"))
        self.doc, self.table, self.row_id = doc, table, row_id
        self.removed: RemovedRow | None = None

    def redo(self) -> None:
        self.removed = self.doc.remove_row(self.table, self.row_id)

    def undo(self) -> None:
        if self.removed is not None:
            self.doc.restore_row(self.removed)


class MoveRow(QUndoCommand):
    def __init__(self, doc: ApplicationFile, table: Table, row_id: int,
                 new_index: int) -> None:
        super().__init__(_("移动一行"))
        self.doc, self.table, self.row_id, self.new_index = doc, table, row_id, new_index
        self.old_index = 0

    def redo(self) -> None:
        self.old_index = self.doc.move_row(self.table, self.row_id, self.new_index)

    def undo(self) -> None:
        self.doc.move_row(self.table, self.row_id, self.old_index)
