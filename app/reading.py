"""Reading a file someone named: a regular file only, never blocking, hashed while read.

A pipe or a device named as an attachment hung the import; a 2 GB file was read whole
before its hash was compared. Here the kind is checked before opening (and again on the
open descriptor), the open cannot block, and the bytes are read in pieces, hashed as
they come, never beyond what was expected.
"""

import hashlib
import os
import stat
from collections.abc import Callable
from pathlib import Path

PIECE = 1024 * 1024  # bytes read between two looks at the cancel flag


class NotRegular(Exception):
    """The path is a folder, a pipe, a device or a socket, not a file to read."""


class TooLong(Exception):
    """The file held more bytes than expected (it grew, or it is not the one described)."""


def regular_size(path: Path) -> int:
    """The size of the regular file ``path``; ``NotRegular`` for anything else."""
    info = os.stat(path)
    if not stat.S_ISREG(info.st_mode):
        raise NotRegular(str(path))
    return info.st_size


def read_hashed(path: Path, most: int, check: Callable[[], None] | None = None) -> tuple[bytes, str]:
    """The bytes of ``path`` (at most ``most``) and their SHA-256, ``check`` called
    between pieces (it may raise to stop). ``OSError``, ``NotRegular``, ``TooLong``."""
    regular_size(path)
    # O_NONBLOCK: a pipe put in place of the file after it was looked at cannot hang us.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    descriptor = os.open(path, flags)
    digest, parts, size = hashlib.sha256(), [], 0
    try:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            raise NotRegular(str(path))
        while piece := os.read(descriptor, PIECE):
            size += len(piece)
            if size > most:
                raise TooLong(str(path))
            digest.update(piece)
            parts.append(piece)
            if check is not None:
                check()
    finally:
        os.close(descriptor)
    return b"".join(parts), digest.hexdigest()
