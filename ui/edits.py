"""Edits to the open application as undoable commands; each one is written at once.

``EditSession`` is the UI's single handle on the file: pages push edits here, and listen
to ``changed`` to redraw after an undo, a redo or an edit made elsewhere.

A write can fail (a full disk, a pulled USB stick, the file moved away: ``app.pending``).
Each command is therefore written *before* it enters the undo stack, and enters it only
once the file holds it: the stack never offers to undo what was never written. A field's
value that could not be written waits in memory, in order, and is written by ``retry``
(the window retries every few seconds); it enters the undo stack then. Adding, removing
or moving rows waits for nothing: while the file refuses writes they are not made, and
``refused`` says so. No write failure ever leaves this module as an exception.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from app import normalise, tables
from app.pending import PendingEdit, PendingWrites, SaveFailed
from app.tables import Table

from ui.i18n import _

if TYPE_CHECKING:
    from app.document import ApplicationFile, RemovedRow

T = TypeVar("T")


class EditSession(QObject):
    changed = Signal(str, object)  # table name, row id or None for the whole table
    field_changed = Signal(str, int, str)  # table name, row id, field
    saved = Signal()  # an edit reached the file
    pending = Signal()  # a field holds typing not yet written (written within a second)
    failed = Signal(object)  # an app.pending.SaveFailed: edits wait in memory (``waiting``)
    recovered = Signal()  # the file takes writes again; every waiting edit is in it
    refused = Signal(str)  # an edit not made while the file refuses writes: which one

    def __init__(self, doc: ApplicationFile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.undo_stack = QUndoStack(self)
        self.writes = PendingWrites(doc)
        self._deferred: list[tuple[str, int | None, str | None]] | None = None
        doc.add_listener(self._on_doc_changed)

    def _on_doc_changed(self, table: str, row_id: int | None, name: str | None) -> None:
        if self._deferred is not None:
            self._deferred.append((table, row_id, name))
            return
        self.changed.emit(table, row_id)
        if row_id is not None and name is not None:
            self.field_changed.emit(table, row_id, name)
        self.saved.emit()

    @contextmanager
    def deferred(self) -> Iterator[None]:
        """Many changes (a pasted block) told once at the end: a list that has rows added
        or removed redraws once, not once per row (hundreds of rows took minutes)."""
        if self._deferred is not None:
            yield
            return
        self._deferred = []
        try:
            yield
        finally:
            changes, self._deferred = self._deferred, None
            whole = {table for table, row_id, _name in changes if row_id is None}
            for table in dict.fromkeys(table for table, _row_id, _name in changes):
                if table in whole:
                    self.changed.emit(table, None)
            for table, row_id, name in dict.fromkeys(changes):
                if row_id is not None and name is not None:
                    if table not in whole:
                        self.changed.emit(table, row_id)
                    self.field_changed.emit(table, row_id, name)
            if changes:
                self.saved.emit()

    # The state of the file

    @property
    def failure(self) -> SaveFailed | None:
        """Why the last write failed, while edits wait or the file refuses writes."""
        return self.writes.failure

    def waiting(self) -> int:
        """How many fields hold values the file has not taken yet."""
        return len(self.writes)

    def value(self, table: Table, row_id: int, name: str) -> Any:
        """The field's value as the user last entered it: waiting, or in the file."""
        if self.writes.edits:
            found = self.writes.value(table, row_id, name, self)
            if found is not self:
                return found
        row = self.doc.row(table, row_id)
        return getattr(row, name) if row is not None else None

    def retry(self) -> bool:
        """Write the waiting edits, in order; True once the file holds every one."""
        had_failure = self.writes.failure is not None
        if self.writes.flush(self._written):
            if had_failure:
                self.recovered.emit()
            return True
        self.failed.emit(self.writes.failure)
        return False

    def switch_to(self, doc: ApplicationFile) -> None:
        """Go on with ``doc``, a copy saved elsewhere that holds every waiting edit.

        The undo history stays: its commands act on whichever file the session holds,
        and the copy has the same rows."""
        self.doc = doc
        self.writes.edits.clear()
        self.writes.failure = None
        self.writes.watch(doc)
        doc.add_listener(self._on_doc_changed)
        self.recovered.emit()

    def report(self, failure: SaveFailed) -> None:
        """A read or write of the file failed: say so (the window shows the banner)."""
        self.writes.failure = failure
        self.failed.emit(failure)

    def attempt(self, write: Callable[[], T]) -> tuple[bool, T | None]:
        """``(True, write())``, or ``(False, None)`` once the failure is reported."""
        try:
            return True, self.writes.attempt(write)
        except SaveFailed as failure:
            self.report(failure)
            return False, None

    # Edits

    def set_value(self, table: Table, row_id: int, name: str, value: Any,
                  merge: bool = False) -> None:
        entered = value
        value = normalise.value(table.__tablename__, name, value)  # (as the file will hold it)
        edit = PendingEdit(table, row_id, name, value, merge)
        if self.writes.edits:  # earlier values wait: this one goes in behind them
            self.writes.add(edit)
            self.retry()
            return
        read, row = self.attempt(lambda: self.doc.row(table, row_id))
        if not read:
            self._wait(edit)
            return
        current = getattr(row, name)
        if current == value:  # (typing undone within the pause, or cut at the field's limit)
            if entered != value:  # typed otherwise (full-width, spaced): show it as stored
                self.field_changed.emit(table.__tablename__, row_id, name)
                self.changed.emit(table.__tablename__, row_id)
            self.saved.emit()  # the file holds what the field shows: not "正在保存…" forever
            return
        command = SetValue(self, table, row_id, name, current, value, merge)
        if not self._write_first(command):
            self._wait(edit)

    def _wait(self, edit: PendingEdit) -> None:
        """``edit`` failed: it waits in memory, and the window counts it."""
        self.writes.add(edit)
        self.failed.emit(self.writes.failure)

    def _written(self, edit: PendingEdit, old: Any) -> None:
        """A waiting value reached the file: now it can be undone like any other."""
        if old != edit.value:
            command = SetValue(self, edit.table, edit.row_id, edit.name, old, edit.value,
                               edit.merge)
            command.done = True
            self.undo_stack.push(command)

    def _write_first(self, command: EditCommand) -> bool:
        """Write ``command``, then put it on the undo stack (as done); False if it failed."""
        written, _result = self.attempt(command.apply)
        if written:
            command.done = True
            self.undo_stack.push(command)
        return written

    def _push(self, command: EditCommand) -> bool:
        """A change of rows: made now, after the waiting values, or not at all."""
        if (self.writes.edits and not self.retry()) or not self._write_first(command):
            self.refused.emit(command.text())
            return False
        return True

    def push(self, command: EditCommand) -> bool:
        """A command built elsewhere (a merge of members' answers), written first and made
        one undo step; False when the file refused it (``refused``)."""
        return self._push(command)

    def add_row(self, table: Table, values: dict[str, Any] | None = None,
                index: int | None = None) -> int | None:
        """The new row's id; None when the file could not take it (``refused``)."""
        command = AddRow(self, table, values or {}, index)
        return command.row_id if self._push(command) else None

    def remove_row(self, table: Table, row_id: int) -> None:
        self._push(RemoveRow(self, table, row_id))

    def move_row(self, table: Table, row_id: int, new_index: int) -> None:
        self._push(MoveRow(self, table, row_id, new_index))

    def add_attachment(self, kind: str, name: str, data: bytes,
                       member_id: int | None = None) -> None:
        self._push(AddAttachment(self, kind, name, data, member_id))

    def edit_block(self, table: Table, text: str, values: list[tuple[int, str, Any]],
                   new_rows: list[dict[str, Any]]) -> list[int] | None:
        """Many cells set and rows added (a pasted block) as ONE undo step, written in
        one transaction; the ids of the new rows, or None when the file refused it
        (``refused``; nothing of it is in the file then)."""
        read, rows = self.attempt(lambda: {row.id: row for row in self.doc.rows(table)})
        if not read or rows is None:
            self.refused.emit(text)
            return None
        children: list[EditCommand] = []
        for row_id, name, value in values:
            row = rows.get(row_id)
            if row is not None and getattr(row, name) != value:
                children.append(SetValue(self, table, row_id, name, getattr(row, name), value,
                                         False))
        if new_rows:
            children.append(AppendRows(self, table, new_rows))
        if not children:
            return []
        if not self._push(Group(self, text, children)):
            self.changed.emit(table.__tablename__, None)  # redraw from the file as it is
            return None
        last = children[-1]
        return list(last.row_ids) if isinstance(last, AppendRows) else []

    # Undo and redo, for the menu: written first, then the stack moves

    def undo(self) -> None:
        self._step(self.undo_stack.index() - 1, "revert")

    def redo(self) -> None:
        self._step(self.undo_stack.index(), "apply")

    def _step(self, index: int, action: str) -> None:
        if not 0 <= index < self.undo_stack.count():
            return
        if self.writes.edits and not self.retry():
            self.refused.emit(_("撤销") if action == "revert" else _("重做"))
            return
        command = self.undo_stack.command(index)
        if not isinstance(command, EditCommand):
            return
        written, _result = self.attempt(getattr(command, action))
        if not written:
            self.refused.emit(_("撤销") if action == "revert" else _("重做"))
            return
        if action == "revert":
            command.undone = True
            self.undo_stack.undo()
        else:
            command.done = True
            self.undo_stack.redo()


class EditCommand(QUndoCommand):
    """An edit the undo stack keeps. ``apply`` and ``revert`` write it to the session's
    file; ``done`` / ``undone`` say the session already has, so the stack's own call
    (as it pushes, undoes or redoes) has nothing left to write."""

    def __init__(self, session: EditSession, text: str) -> None:
        super().__init__(text)
        self.session = session
        self.done = False
        self.undone = False

    @property
    def doc(self) -> ApplicationFile:
        return self.session.doc  # (after a save elsewhere: the copy)

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if self.done:
            self.done = False
            return
        self._guarded(self.apply)

    def undo(self) -> None:
        if self.undone:
            self.undone = False
            return
        self._guarded(self.revert)

    def _guarded(self, write: Callable[[], None]) -> None:
        """The stack called directly, and the file refused: the stack drops this command
        (Qt deletes an obsolete one) rather than claim a state the file does not have."""
        written, _result = self.session.attempt(write)
        if not written:
            self.setObsolete(True)


class SetValue(EditCommand):
    """One field changed. Typing bursts into the same field merge into one undo step."""

    MERGE_ID = 1

    def __init__(self, session: EditSession, table: Table, row_id: int, name: str,
                 old: Any, new: Any, merge: bool) -> None:
        super().__init__(session, _("修改"))
        self.table, self.row_id, self.name = table, row_id, name
        self.old, self.new, self.merge = old, new, merge

    def id(self) -> int:
        return self.MERGE_ID if self.merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt's name)
        if not isinstance(other, SetValue) or not other.merge or other.isObsolete():
            return False
        if (other.table, other.row_id, other.name) != (self.table, self.row_id, self.name):
            return False
        self.new = other.new
        return True

    def apply(self) -> None:
        self.doc.set_value(self.table, self.row_id, self.name, self.new)

    def revert(self) -> None:
        self.doc.set_value(self.table, self.row_id, self.name, self.old)


class Group(EditCommand):
    """Several edits as one undo step, each way in one transaction (all or none)."""

    def __init__(self, session: EditSession, text: str, children: list[EditCommand]) -> None:
        super().__init__(session, text)
        self.children = children

    def apply(self) -> None:
        with self.session.deferred(), self.doc.batch():
            for child in self.children:
                child.apply()

    def revert(self) -> None:
        with self.session.deferred(), self.doc.batch():
            for child in reversed(self.children):
                child.revert()


class AppendRows(EditCommand):
    """Rows added at the end of a list in one insert (a pasted block's new rows)."""

    def __init__(self, session: EditSession, table: Table, rows: list[dict[str, Any]]) -> None:
        super().__init__(session, _("添加一行"))
        self.table, self.rows = table, [dict(row) for row in rows]
        self.row_ids: list[int] = []
        self.removed: list[RemovedRow] = []

    def apply(self) -> None:
        if self.removed:  # (a redo: the same rows, with their ids, back in their places)
            for removed in self.removed:
                self.doc.restore_row(removed)
            self.removed = []
        else:
            self.row_ids = self.doc.append_rows(self.table, self.rows)

    def revert(self) -> None:
        removed = [self.doc.remove_row(self.table, row_id) for row_id in reversed(self.row_ids)]
        self.removed = removed[::-1]


class AddRow(EditCommand):
    def __init__(self, session: EditSession, table: Table, values: dict[str, Any],
                 index: int | None) -> None:
        super().__init__(session, _("添加一行"))
        self.table, self.values, self.index = table, values, index
        self.row_id = 0
        self.removed: RemovedRow | None = None

    def apply(self) -> None:
        if self.removed is None:
            self.row_id = self.doc.add_row(self.table, self.values, self.index)
        else:
            self.doc.restore_row(self.removed)

    def revert(self) -> None:
        self.removed = self.doc.remove_row(self.table, self.row_id)


class AddAttachment(EditCommand):
    def __init__(self, session: EditSession, kind: str, name: str, data: bytes,
                 member_id: int | None) -> None:
        super().__init__(session, _("添加附件"))
        self.args = (kind, name, data, member_id)
        self.row_id = 0
        self.removed: RemovedRow | None = None

    def apply(self) -> None:
        if self.removed is None:
            self.row_id = self.doc.add_attachment(*self.args)
        else:
            self.doc.restore_row(self.removed)

    def revert(self) -> None:
        self.removed = self.doc.remove_row(tables.Attachment, self.row_id)


class RemoveRow(EditCommand):
    def __init__(self, session: EditSession, table: Table, row_id: int) -> None:
        super().__init__(session, _("删除一行"))
        self.table, self.row_id = table, row_id
        self.removed: RemovedRow | None = None

    def apply(self) -> None:
        self.removed = self.doc.remove_row(self.table, self.row_id)

    def revert(self) -> None:
        if self.removed is not None:
            self.doc.restore_row(self.removed)


class MoveRow(EditCommand):
    def __init__(self, session: EditSession, table: Table, row_id: int,
                 new_index: int) -> None:
        super().__init__(session, _("移动一行"))
        self.table, self.row_id, self.new_index = table, row_id, new_index
        self.old_index = 0

    def apply(self) -> None:
        self.old_index = self.doc.move_row(self.table, self.row_id, self.new_index)

    def revert(self) -> None:
        self.doc.move_row(self.table, self.row_id, self.old_index)
