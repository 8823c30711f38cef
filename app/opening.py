"""Showing an application file before the ORM has loaded.

The first file a start opens would otherwise wait for SQLAlchemy and pydantic, half a
second and more, before its window could show. ``OpeningFile.open`` does what
``ApplicationFile.open`` does first, with plain ``sqlite3``: the format and integrity
check, the upgrade of an older file, the edit lock. The window is then built from it:
reads that name a table by ``app.tables`` are answered from the file directly.

``finish`` hands over to a real ``ApplicationFile`` with the same lock (the window calls
it once the ORM has loaded in the background). From then on every call goes to that,
and so does any call before it that is not such a read: an edit typed in the first
moments finishes the opening first, waiting for the import, and is then written as
usual. Code that names tables by their model classes (the rules, the outputs) is
always answered by the real file.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from app import choices, storage, tables
from app.lock import EditLock
from app.tables import Table

if TYPE_CHECKING:
    from app.document import ApplicationFile, Listener


class OpeningFile:
    """An application file shown by the window while the ORM loads; then the real one."""

    read_only = False  # (a file open elsewhere is opened read-only, the usual way)

    def __init__(self, path: Path, edit_lock: EditLock, version: int) -> None:
        self.path = path
        self._lock: EditLock | None = edit_lock
        self._version = version
        self._reader: sqlite3.Connection | None = None
        self._booleans: dict[str, frozenset[str]] = {}
        self._listeners: list[Listener] = []
        self._doc: ApplicationFile | None = None
        self._failure: storage.FileRefused | None = None

    @classmethod
    def open(cls, path: Path) -> OpeningFile:
        """Check, upgrade and lock ``path`` as ``ApplicationFile.open`` would.

        Raises ``storage.FileRefused`` and ``app.lock.FileInUse`` as it does.
        """
        path = Path(path)
        version = storage.inspect_file(path)  # a refused file gets no lock file beside it
        opening = cls(path, storage.edit_lock(path), version)
        try:
            opening._version = storage.upgrade(path, version)
            opening.section(tables.Application)  # the sections the window starts from
            opening.section(tables.Applicant)
        except BaseException:
            opening.close()
            raise
        return opening

    # Handing over

    @property
    def ready(self) -> bool:
        """True once the real ``ApplicationFile`` answers (``finish``)."""
        return self._doc is not None

    def finish(self) -> ApplicationFile:
        """The real ``ApplicationFile``, opened now if it is not yet (imports the ORM).

        Raises ``storage.FileRefused`` if the file turns out to be damaged; the lock is
        released then, and every later call raises the same.
        """
        if self._failure is not None:
            raise self._failure
        if self._doc is None:
            from app.document import ApplicationFile

            self._close_reader()
            edit_lock, self._lock = self._lock, None
            if edit_lock is None:
                raise storage.FileRefused(f"「{self.path.name}」已关闭。")
            try:
                doc = ApplicationFile.take_over(self.path, edit_lock, self._version)
            except storage.FileRefused as error:
                self._failure = error
                raise
            for listener in self._listeners:
                doc.add_listener(listener)
            self._doc = doc
        return self._doc

    def __getattr__(self, name: str) -> Any:
        """Everything but the reads below: the real file's, after ``finish``."""
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.finish(), name)

    def close(self) -> None:
        if self._doc is not None:
            self._doc.close()
            return
        self._close_reader()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def add_listener(self, listener: Listener) -> None:
        if self._doc is not None:
            self._doc.add_listener(listener)
        else:
            self._listeners.append(listener)

    # Reading, before the hand-over

    @property
    def org_type(self) -> str:
        if self._doc is not None:
            return self._doc.org_type
        return str(self.section(tables.Application).org_type)

    @property
    def is_base(self) -> bool:
        return self.org_type == choices.BASE

    def is_approved(self) -> bool:
        """Whether the pilot's steps show (``ApplicationFile.is_approved``), read directly."""
        if self._doc is not None:
            return self._doc.is_approved()
        found = self._select(tables.PilotRecord, "WHERE id = 1")
        return bool(found and found[0].approved_on)

    def section(self, table: Any) -> Any:
        if self._doc is not None or not isinstance(table, Table):
            return self.finish().section(table)
        row = self._select(table, "WHERE id = 1")
        if not row:
            raise storage.FileRefused(f"申报文件「{self.path.name}」缺少必要内容，可能已损坏。")
        return row[0]

    def rows(self, table: Any) -> list[Any]:
        if self._doc is not None or not isinstance(table, Table):
            return self.finish().rows(table)
        return self._select(table, "ORDER BY position, id")

    def row(self, table: Any, row_id: int) -> Any:
        if self._doc is not None or not isinstance(table, Table):
            return self.finish().row(table, row_id)
        found = self._select(table, "WHERE id = ?", (row_id,))
        return found[0] if found else None

    def applicant_member(self) -> Any:
        if self._doc is not None:
            return self._doc.applicant_member()
        member_id = self.section(tables.Applicant).member_id
        member = self.row(tables.Member, member_id) if member_id is not None else None
        if member is None:
            raise storage.FileRefused(f"申报文件「{self.path.name}」缺少申报单位，可能已损坏。")
        return member

    def count(self, table: Any) -> int:
        if self._doc is not None or not isinstance(table, Table):
            return self.finish().count(table)
        return int(self._connection().execute(
            f'SELECT count(*) FROM "{table.__tablename__}"').fetchone()[0])

    def _connection(self) -> sqlite3.Connection:
        if self._reader is None:
            self._reader = storage.connect(self.path, read_only=True)
        return self._reader

    def _close_reader(self) -> None:
        if self._reader is not None:
            self._reader.close()
            self._reader = None

    def _select(self, table: Table, clause: str, parameters: tuple[Any, ...] = ()) -> list[Any]:
        """Rows as the model would give them: attributes by column, booleans as bool."""
        name = table.__tablename__
        connection = self._connection()
        if name not in self._booleans:
            self._booleans[name] = frozenset(
                column[1] for column in connection.execute(f'PRAGMA table_info("{name}")')
                if column[2].upper() == "BOOLEAN")
        booleans = self._booleans[name]
        try:
            cursor = connection.execute(f'SELECT * FROM "{name}" {clause}', parameters)
        except sqlite3.DatabaseError as error:
            raise storage.FileRefused(
                f"申报文件「{self.path.name}」已损坏，其中的内容无法读取（{error}）。", damaged=True) from error
        columns = [description[0] for description in cursor.description]
        return [SimpleNamespace(**{
            column: bool(value) if column in booleans and value is not None else value
            for column, value in zip(columns, values, strict=True)}) for values in cursor]
