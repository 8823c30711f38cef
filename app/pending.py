"""Edits the file could not take yet: kept in order, retried, or saved into a copy elsewhere.

Every edit is normally written at once (``app.document``). When a write fails (a full
disk, a folder that became read-only, a USB stick pulled, the file moved or deleted
under the window), the edit must not be lost: ``PendingWrites`` keeps the values the
user entered, in the order entered, and writes them when the file can take them again
(``flush``), or into a copy the user saves elsewhere (``save_copy``). Later edits queue
behind earlier ones, so the file never receives them out of order.

Writes are also refused while the file's name no longer leads to the file that was
opened: SQLite would go on writing into a deleted file's orphaned inode, "successfully",
and everything written so would be gone when the window closes.
"""

from __future__ import annotations

import errno
import functools
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from app import tables
from app.tables import Table

if TYPE_CHECKING:
    from app.document import ApplicationFile

T = TypeVar("T")

# Why a write failed; the window says each in its own words (ui.save_banner).
FULL = "full"  # 磁盘已满
READ_ONLY = "read_only"  # no permission: the file or its folder became read-only
MISSING = "missing"  # the file was moved, renamed or deleted under the window
UNREACHABLE = "unreachable"  # the drive is gone (a USB stick pulled, a share dropped)
OTHER = "other"  # anything else: ``detail`` holds SQLite's or the system's message

_SQLITE_KINDS = {13: FULL, 8: READ_ONLY, 3: READ_ONLY, 10: UNREACHABLE, 14: UNREACHABLE}
_ERRNO_KINDS = {errno.ENOSPC: FULL, errno.EDQUOT: FULL, errno.EACCES: READ_ONLY,
                errno.EPERM: READ_ONLY, errno.EROFS: READ_ONLY, errno.ENOENT: MISSING,
                errno.EIO: UNREACHABLE, errno.ENODEV: UNREACHABLE, errno.ENXIO: UNREACHABLE}
_MESSAGE_KINDS = (("disk is full", FULL), ("readonly", READ_ONLY), ("read-only", READ_ONLY),
                  ("disk i/o error", UNREACHABLE), ("unable to open", UNREACHABLE))


class SaveFailed(Exception):
    """A write that did not reach ``path``: ``kind`` (one of the constants above) and
    ``detail``, the underlying message, for the window to put into words."""

    def __init__(self, path: Path, kind: str, detail: str = "") -> None:
        super().__init__(f"{path.name}: {kind} {detail}".strip())
        self.path, self.kind, self.detail = path, kind, detail


def write_errors() -> tuple[type[BaseException], ...]:
    """What a write to a failing file raises: SQLite's errors (bare, or wrapped by
    SQLAlchemy), the system's, and a refusal of a file that no longer reads right."""
    from sqlalchemy.exc import SQLAlchemyError

    from app.storage import FileRefused

    return (sqlite3.Error, SQLAlchemyError, OSError, FileRefused)


def classify(path: Path, error: BaseException) -> SaveFailed:
    """``error`` (from ``write_errors``) as a ``SaveFailed`` that says why."""
    if isinstance(error, SaveFailed):
        return error
    original = getattr(error, "orig", None) or error  # SQLAlchemy keeps SQLite's in .orig
    if isinstance(original, OSError):
        kind = _ERRNO_KINDS.get(original.errno or 0, OTHER)
        return SaveFailed(path, kind, original.strerror or str(original))
    detail = str(original).splitlines()[0] if str(original) else type(original).__name__
    code = getattr(original, "sqlite_errorcode", None)
    kind = _SQLITE_KINDS.get(code & 0xFF, OTHER) if isinstance(code, int) else OTHER
    if kind == OTHER:
        kind = next((k for text, k in _MESSAGE_KINDS if text in detail.lower()), OTHER)
    return SaveFailed(path, kind, detail)


def _refine(failure: SaveFailed) -> SaveFailed:
    """SQLite says "unable to open" for a journal it could not create: in a folder that
    is gone (a pulled stick) or one that cannot be written (read-only mount or rights)."""
    if failure.kind != UNREACHABLE:
        return failure
    folder = failure.path.parent
    if not folder.is_dir():
        return failure
    try:
        read_only_mount = bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (AttributeError, OSError):  # (no statvfs on Windows)
        read_only_mount = False
    if read_only_mount or not os.access(folder, os.W_OK):
        return SaveFailed(failure.path, READ_ONLY, failure.detail)
    return failure


def identity(path: Path) -> tuple[int, int] | None:
    """The file behind ``path`` (device, inode; on Windows volume and file index)."""
    try:
        found = os.stat(path)
    except OSError:
        return None
    return found.st_dev, found.st_ino


@dataclass
class PendingEdit:
    """One field's value not yet written; ``note`` is the caller's (the UI's undo step)."""

    table: Table
    row_id: int
    name: str
    value: Any
    merge: bool = False
    note: Any = None


class PendingWrites:
    """Writes to one open file, and the edits waiting for the file to take them."""

    def __init__(self, doc: ApplicationFile) -> None:
        self.watch(doc)
        self.edits: list[PendingEdit] = []
        self.failure: SaveFailed | None = None

    def watch(self, doc: ApplicationFile) -> None:
        """Write to ``doc`` from now on (after a save elsewhere, the copy)."""
        self.doc = doc
        self._identity = identity(doc.path)

    def __len__(self) -> int:
        return len(self.edits)

    def attempt(self, write: Callable[[], T]) -> T:
        """``write()`` to the file, or ``SaveFailed`` saying why it could not be written."""
        if self._identity is not None and identity(self.doc.path) != self._identity:
            raise SaveFailed(self.doc.path, MISSING)
        try:
            return write()
        except write_errors() as error:
            raise _refine(classify(self.doc.path, error)) from error

    def add(self, edit: PendingEdit) -> None:
        """Queue ``edit`` behind the others; typing into a field again replaces the value
        queued for it rather than queueing every pause (one field holds one value, so
        the file ends the same)."""
        key = (edit.table, edit.row_id, edit.name)
        same = [queued for queued in self.edits if (queued.table, queued.row_id, queued.name) == key]
        if same and edit.merge and same[-1].merge:
            same[-1].value = edit.value
            return
        self.edits.append(edit)

    def value(self, table: Table, row_id: int, name: str, default: Any) -> Any:
        """The value queued last for this field, or ``default`` if none is."""
        for edit in reversed(self.edits):
            if (edit.table, edit.row_id, edit.name) == (table, row_id, name):
                return edit.value
        return default

    def flush(self, written: Callable[[PendingEdit, Any], None]) -> bool:
        """Write the queued edits in order, ``written(edit, previous value)`` after each.

        Stops at the first that fails (``failure`` says why) and keeps it and the rest;
        True once every edit is in the file. With none waiting after a failure, the file
        is read once to see whether it is back.
        """
        if not self.edits and self.failure is not None:
            try:
                self.attempt(lambda: self.doc.count(tables.Application))
            except SaveFailed as failure:
                self.failure = failure
                return False
        while self.edits:
            edit = self.edits[0]
            try:
                old = self.attempt(functools.partial(
                    self.doc.set_value, edit.table, edit.row_id, edit.name, edit.value))
            except SaveFailed as failure:
                self.failure = failure
                return False
            self.edits.pop(0)
            written(edit, old)
        self.failure = None
        return True

    def save_copy(self, target: Path) -> None:
        """The file as committed plus every queued edit, as a new application file ``target``.

        Copied with SQLite's backup API from the window's own connection, which still
        reads a file whose name is gone; built under a temporary name beside ``target``
        and renamed into place only when complete. Raises ``SaveFailed`` (about ``target``).
        """
        from app import storage
        from app.document import ApplicationFile

        target = Path(target)
        if target.exists():
            raise SaveFailed(target, OTHER, "文件已存在，不会覆盖")
        partial = target.with_name(f".{target.name}.saving")
        try:
            partial.unlink(missing_ok=True)  # (left by a crash; unlink never follows a link)
            # Created exclusively: never through a planted link, never over another file.
            os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL
                             | getattr(os, "O_NOFOLLOW", 0), 0o644))
            self.doc.copy_to(partial)
            copy = ApplicationFile(partial, storage.open_file(partial))
            try:
                with copy.batch():
                    for edit in self.edits:
                        copy.set_value(edit.table, edit.row_id, edit.name, edit.value)
            finally:
                copy.close()
            os.replace(partial, target)
        except write_errors() as error:
            _discard(partial)
            raise classify(target, error) from error
        except BaseException:
            _discard(partial)
            raise


def _discard(partial: Path) -> None:
    """Remove an unfinished copy, if the folder lets us (it may be what failed)."""
    try:
        partial.unlink(missing_ok=True)
    except OSError:
        pass
