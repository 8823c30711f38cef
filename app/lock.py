"""Who has an application file open: OS locks keyed by the file itself, not by its name.

The locks belong to the process: they go when the process ends, even when killed, so a
crash never leaves a file locked. While another process holds them, the file is opened
read-only, so it is never written by two.

A file can have several names: a symbolic link, a hard link, on Windows an 8.3 short
name. So there are two locks, and ``FileInUse`` when either is held elsewhere:
- the lock file beside the file (``.~lock.<name>#``, as LibreOffice names its own), named
  after the file's real path with links resolved (``Path.resolve`` also gives Windows'
  long name for a short one). It stays beside the file because that is what another PC
  on a shared folder sees;
- a lock file named after the file's identity, device and inode (on Windows the volume
  serial number and file index, which ``os.stat`` reports as ``st_dev`` and ``st_ino``
  since Python 3.5), in the user's data folder: every name of one file leads there, so
  two windows of this user on this PC collide even through a hard link. (Hard links
  opened from two PCs are not caught: that folder is each PC's own.)

Neither lock file is ever written through a link (``app.files``): whatever else is at
its name (a link, a FIFO, a file with a second name) is removed as a name and the lock
file created afresh, exclusively; a stale plain one that a crash left is reused, opened
without following links. Release removes a lock file only while its name still leads to
the very file this process locked.
"""

import os
import stat
import sys
from pathlib import Path
from typing import BinaryIO

from app import files, paths

ATTEMPTS = 10  # (each lost race means another process just created or removed the file)


class FileInUse(Exception):
    """The file is open for editing in another window of the application."""


def lock_path(path: Path) -> Path:
    real = Path(path).resolve()
    return real.with_name(f".~lock.{real.name}#")


def try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)  # msvcrt locks bytes from the current position: byte 0
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unusable(path: Path, name: str) -> FileInUse:
    return FileInUse(f"「{name}」的锁文件「{path}」不是普通文件或无法使用，申报助手无法确认是否有人正在"
                     f"编辑它，因此只能只读打开。如确认无人使用，请删除该锁文件后重新打开。")


def _open_lock_file(path: Path, name: str) -> int:
    """The lock file at ``path``: created exclusively, or a stale plain one reused."""
    for _attempt in range(ATTEMPTS):
        try:
            return files.create_exclusively(path)
        except FileExistsError:
            pass
        try:
            return files.open_existing(path)
        except FileNotFoundError:
            continue  # released meanwhile: create it
        except files.NotAPlainFile:
            try:
                files.remove_name(path)  # (a link goes as a name: its target is not touched)
            except FileNotFoundError:
                continue
            except OSError as error:  # a folder, or a name we may not remove
                raise _unusable(path, name) from error
        except PermissionError as error:  # another user's: maybe live, so never removed
            raise _unusable(path, name) from error
    raise _unusable(path, name)


class _HeldLock:
    """An OS lock on one lock file, held until ``release``."""

    def __init__(self, path: Path, name: str) -> None:
        self.path = path
        for _attempt in range(ATTEMPTS):
            fd = _open_lock_file(path, name)
            if not try_lock(fd):
                os.close(fd)
                raise FileInUse(f"「{name}」已在另一个申报助手窗口中打开。")
            held = os.fstat(fd)
            # Its holder may have removed the name between our open and our lock: a lock
            # on a file no longer at that name protects nothing, so start again.
            try:
                named = os.lstat(path)
            except FileNotFoundError:
                named = None
            if named is not None and not files.is_link(named) \
                    and files.identity(named) == files.identity(held):
                # A file object, not a bare descriptor: a lock whose owner is dropped
                # without ``release`` (a leaked document) goes when it is collected.
                self._file: BinaryIO | None = os.fdopen(fd, "r+b", buffering=0)
                self._identity = files.identity(held)
                self._note_holder(fd)
                return
            self._close(fd)
        raise _unusable(path, name)

    @staticmethod
    def _note_holder(fd: int) -> None:
        """Which process holds it, for a person looking (nothing reads it back)."""
        try:
            if os.fstat(fd).st_size:  # (a stale one: a truncation costs ext4 a flush on close)
                os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, f"{os.getpid()}\n".encode())
        except OSError:
            pass  # (a full disk: the lock holds all the same)

    @staticmethod
    def _close(held: int | BinaryIO) -> None:
        fd = held if isinstance(held, int) else held.fileno()
        if sys.platform == "win32":  # Windows wants a lock undone before the file closes
            import msvcrt

            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        if isinstance(held, int):
            os.close(fd)  # closing drops the lock
        else:
            held.close()

    def _remove_if_ours(self) -> None:
        try:
            named = os.lstat(self.path)
            if not files.is_link(named) and files.identity(named) == self._identity:
                os.unlink(self.path)
        except OSError:
            pass  # gone already, or (Windows) another process has it open to lock it

    def release(self) -> None:
        if self._file is None:
            return
        if sys.platform != "win32":
            self._remove_if_ours()  # still locked: nobody can take it between
        self._close(self._file)
        if sys.platform == "win32":  # (Windows removes no file that is open)
            self._remove_if_ours()
        self._file = None


def _identity_lock(path: Path, name: str) -> _HeldLock | None:
    """The lock on ``path``'s identity, or None where the file has none to go by yet."""
    try:
        status = os.stat(path)  # (follows links: the file itself)
    except OSError:
        return None  # a file being created: no other name can lead to it yet
    if not stat.S_ISREG(status.st_mode) or status.st_ino == 0:
        return None  # (a file system without file numbers: the lock beside it still holds)
    folder = paths.data_dir() / "locks"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        return _HeldLock(folder / f"{status.st_dev:x}-{status.st_ino:x}.lock", name)
    except OSError:
        return None  # an unwritable data folder must not stop the editing: the lock beside does


class EditLock:
    """Held while one process edits ``path``; ``release`` on close."""

    def __init__(self, path: Path) -> None:
        path = Path(path)
        self.path = lock_path(path)
        self._by_identity = _identity_lock(path, path.name)
        try:
            self._beside: _HeldLock | None = _HeldLock(self.path, path.name)
        except BaseException:
            if self._by_identity is not None:
                self._by_identity.release()
            raise

    def release(self) -> None:
        if self._beside is not None:
            self._beside.release()
            self._beside = None
        if self._by_identity is not None:
            self._by_identity.release()
            self._by_identity = None
