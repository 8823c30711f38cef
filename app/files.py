"""Writing a file so that it is there whole or not at all, and never through a planted link.

A shared folder is writable by others, who can plant a symbolic link (or a hard link, a
FIFO, a folder) at a name the application is about to write, hoping it writes through
it into a file of theirs or of the user's. So every file the application creates beside
a user's file is created exclusively: ``O_CREAT | O_EXCL`` (which fails on any existing
name, a link included) plus ``O_NOFOLLOW`` where the system has it. Temporaries get a
random name nobody can have planted in advance; whatever already sits at a fixed name
(a lock file) is looked at with ``lstat`` and removed as a name, never opened through.

Windows: ``O_EXCL`` becomes ``CreateFile(CREATE_NEW)``. It fails on a name that exists,
but a *dangling* symbolic link is followed and its target created (golang/go#73702,
CVE-2025-0913), and there is no ``O_NOFOLLOW``. Hence the check after every create and
open: the name must still be a plain file (no reparse point) and the very file opened.
Creating symbolic links on Windows needs Developer Mode or an administrator, and remote
links on a share are not followed by default, so what is left is narrow; it is named.
"""

import errno
import os
import stat
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

REPLACE_RETRIES = 10  # Windows refuses to replace a file a viewer or scanner holds open
REPLACE_PAUSE_S = 0.2
LEFTOVER_AGE_S = 600  # a temporary this old beside its file is a crash's, not a writer's
TEMPORARY_SUFFIX = ".part"

NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)  # 0 on Windows: see the module docstring
_BINARY = getattr(os, "O_BINARY", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # a FIFO swapped in never makes an open wait
_REPARSE_POINT = getattr(stat, "FILE_ATTRIBUTE_REPARSE_POINT", 0x400)
_NAME_SURROGATE = 0x20000000  # (IsReparseTagNameSurrogate: symbolic links, junctions)

Identity = tuple[int, int]  # (st_dev, st_ino): a file itself, whatever names lead to it


class NotAPlainFile(OSError):
    """A name the application writes is taken by a link, a folder or a special file."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"「{path}」是链接、文件夹或特殊文件，不是普通文件，申报助手不会写入它。"
                         f"请删除或改名后再试。")
        self.path = path  # (not ``filename``: OSError would print errno and name first)


def identity(status: os.stat_result) -> Identity:
    return status.st_dev, status.st_ino


def is_link(status: os.stat_result) -> bool:
    """A symbolic link, or on Windows any reparse point naming another path (a junction).

    Only name surrogates: OneDrive turns synced files into reparse points of its own,
    and those are plain files for everything here."""
    return stat.S_ISLNK(status.st_mode) or bool(
        getattr(status, "st_file_attributes", 0) & _REPARSE_POINT
        and getattr(status, "st_reparse_tag", 0) & _NAME_SURROGATE)


def check_opened(fd: int, path: Path) -> os.stat_result:
    """``fd`` must be a plain file that ``path`` itself names, not reached through a link."""
    opened = os.fstat(fd)
    try:
        named = os.lstat(path)
    except OSError as error:
        raise NotAPlainFile(path) from error
    if (not stat.S_ISREG(opened.st_mode) or is_link(named)
            or identity(named) != identity(opened)):
        raise NotAPlainFile(path)
    return opened


def create_exclusively(path: Path, mode: int = 0o666) -> int:
    """A new, empty plain file at ``path``, open for reading and writing: its descriptor.

    Raises ``FileExistsError`` if anything at all is at that name (a link included),
    ``NotAPlainFile`` if the system followed a link anyway (Windows, dangling link).
    """
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL | NOFOLLOW | _BINARY, mode)
    try:
        check_opened(fd, path)
    except BaseException:
        os.close(fd)
        raise
    return fd


def open_existing(path: Path) -> int:
    """An existing plain file at ``path`` with only that name, opened without following it.

    Anything else raises ``NotAPlainFile`` without being opened (a FIFO would block): a
    link, a folder, a special file, and a file with a second name, since a hard link's
    other name could be anybody's file. The caller removes the name and creates its own.
    """
    if not stat.S_ISREG((status := os.lstat(path)).st_mode) or is_link(status):
        raise NotAPlainFile(path)
    try:
        fd = os.open(path, os.O_RDWR | NOFOLLOW | _NONBLOCK | _BINARY)
    except OSError as error:
        if error.errno in (errno.ELOOP, errno.EMLINK):  # (a link swapped in: BSDs say EMLINK)
            raise NotAPlainFile(path) from error
        raise
    try:
        if check_opened(fd, path).st_nlink > 1:
            raise NotAPlainFile(path)
    except BaseException:
        os.close(fd)
        raise
    return fd


def remove_name(path: Path) -> None:
    """Remove the name ``path`` without following it: a link goes, its target stays.

    A folder is never removed (``NotAPlainFile``): it may hold someone's files.
    """
    status = os.lstat(path)
    if stat.S_ISDIR(status.st_mode) and not is_link(status):
        raise NotAPlainFile(path)
    os.unlink(path)


def _temporary_name(target: Path) -> Path:
    # (a short prefix of the name keeps it recognisable and within the 255-byte limit)
    return target.with_name(f".{target.name[:60]}.{os.urandom(6).hex()}{TEMPORARY_SUFFIX}")


def _create_temporary(target: Path) -> tuple[Path, int]:
    for _attempt in range(100):
        temporary = _temporary_name(target)
        try:
            return temporary, create_exclusively(temporary)
        except FileExistsError:
            continue  # someone planted this very name: draw another
    raise NotAPlainFile(_temporary_name(target))


def replace_retrying(source: Path, target: Path) -> None:
    """``os.replace``, tried again for a while on Windows, which refuses to replace a file
    a viewer or virus scanner holds open for a moment (elsewhere a refusal is final)."""
    for attempt in range(REPLACE_RETRIES):
        try:
            os.replace(source, target)
            return
        except PermissionError:
            if sys.platform != "win32" or attempt == REPLACE_RETRIES - 1:
                raise
            time.sleep(REPLACE_PAUSE_S)


def _remove_leftovers(target: Path, now: float) -> None:
    """Temporaries of ``target`` a crash left behind (removed as names, never opened)."""
    prefix, folder = f".{target.name[:60]}.", target.parent
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        if not (entry.name.startswith(prefix) and entry.name.endswith(TEMPORARY_SUFFIX)):
            continue
        try:
            if now - entry.stat(follow_symlinks=False).st_mtime > LEFTOVER_AGE_S:
                remove_name(folder / entry.name)
        except OSError:
            continue  # (a folder, or gone already: not worth failing a good write for)


@contextmanager
def _staging(target: Path) -> Iterator[tuple[Path, int]]:
    """A new temporary beside ``target`` and its open descriptor, which the block closes;
    moved onto ``target`` after the block, removed if the block fails."""
    temporary, fd = _create_temporary(target)
    created = identity(os.fstat(fd))
    moved = False
    try:
        yield temporary, fd
        status = os.lstat(temporary)
        if is_link(status) or identity(status) != created:
            raise NotAPlainFile(temporary)  # swapped under us: never put it in place
        replace_retrying(temporary, target)
        moved = True
    finally:
        if not moved:
            try:
                remove_name(temporary)
            except OSError:
                pass  # (swapped for a folder, or gone: nothing of ours to remove)
    _remove_leftovers(target, time.time())


@contextmanager
def staged(target: Path) -> Iterator[Path]:
    """A new, empty temporary file beside ``target``, to be written by name in the block;
    when the block ends it replaces ``target``, and if the block fails it is removed.

    For writers that need a path (SQLite, zipfile): the file was created exclusively under
    a random name, and it must still be that file when it is moved into place.
    """
    with _staging(Path(target)) as (temporary, fd):
        os.close(fd)  # (Windows cannot rename a file this process still holds open)
        yield temporary


def write_atomically(target: Path, payload: bytes | Callable[[Path], None]) -> None:
    """Write ``payload`` (bytes, or a function that writes a given path) beside ``target``
    and rename it into place: a failure never leaves half a file, nor writes elsewhere."""
    if callable(payload):
        with staged(target) as temporary:
            payload(temporary)
        return
    with _staging(Path(target)) as (_temporary, fd), os.fdopen(fd, "wb") as out:
        out.write(payload)  # (through the descriptor created, never through the name)

