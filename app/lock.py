"""Who has an application file open: an OS lock on a small file beside it.

The lock belongs to the process: it goes when the process ends, even when killed, so a
crash never leaves a file locked. The lock file itself (``.~lock.<name>#``, as LibreOffice
names its own) is removed on a clean close. While another process holds the lock, the
file is opened read-only, so it is never written by two.
"""

import os
import sys
from pathlib import Path
from typing import IO


class FileInUse(Exception):
    """The file is open for editing in another window of the application."""


def lock_path(path: Path) -> Path:
    return path.with_name(f".~lock.{path.name}#")


def _try_lock(handle: IO[bytes]) -> bool:
    if sys.platform == "win32":
        import msvcrt

        handle.seek(0)  # msvcrt locks bytes from the current position: always byte 0
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


class EditLock:
    """Held while one process edits ``path``; ``release`` on close."""

    def __init__(self, path: Path) -> None:
        self.path = lock_path(Path(path))
        self._handle: IO[bytes] | None = open(self.path, "a+b")  # noqa: SIM115 (held open)
        if not _try_lock(self._handle):
            self._handle.close()
            self._handle = None
            raise FileInUse(f"「{Path(path).name}」已在另一个申报助手窗口中打开。")
        self._handle.seek(0)
        self._handle.truncate()
        self._handle.write(f"{os.getpid()}\n".encode())
        self._handle.flush()

    def release(self) -> None:
        if self._handle is None:
            return
        if sys.platform == "win32":  # Windows wants a lock undone before the file closes
            import msvcrt

            self._handle.seek(0)
            msvcrt.locking(self._handle.fileno(), msvcrt.LK_UNLCK, 1)
        self._handle.close()  # closing drops the lock
        self._handle = None
        try:
            self.path.unlink()
        except OSError:
            pass  # another process may already hold a new lock on it
