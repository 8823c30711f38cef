"""Putting a set of output files into a folder as one unit (never half old, half new).

The files are written into a hidden staging folder inside the output folder (the same
volume, so moving them is a rename). Once all are written and flushed to disk, a journal
in the staging folder names the new set and the previous one; then the previous files
are moved aside into a hidden folder, the new ones moved in, and both hidden folders
removed. A failure while moving puts everything back, so the folder keeps the previous
set. A process killed while moving leaves the journal: the next ``OutputSet`` on the
folder finishes the move (the new set was complete), so the folder is mixed only until
then, and only if the kill fell within those few renames. A process killed while
writing leaves only its staging folder, which the next one removes.

Only the files of a set are ever moved or removed: the names of this set, and those of
the previous one as its list (``RECORD``, part of every set) says. Whatever else the
user keeps in the folder is never touched.
"""

import json
import os
import shutil
import time
from collections.abc import Iterable
from pathlib import Path
from typing import IO

from app import files
from app.lock import try_lock

STAGING = ".sto-export-"  # + stamp: a set being written (or moved in, with a journal)
ASIDE = ".sto-previous-"  # + the same stamp: the previous set while the new one moves in
JOURNAL = ".journal.json"  # in the staging folder once every file is written
LOCK = ".lock"  # held by the writing process; a staging folder whose lock is free is left over
RECORD = ".sto-apply-outputs"  # the names of the set in the folder, one a line


def _move(source: Path, target: Path) -> None:
    files.replace_retrying(source, target)  # (one name: the kill tests patch it)


def _sync(path: Path) -> None:
    """Flush a written file to the disk, so a power cut after the swap finds it whole."""
    with path.open("r+b") as handle:  # (Windows flushes only a handle open for writing)
        os.fsync(handle.fileno())


def _is_file(path: Path) -> bool:
    """A file (or a link) at ``path``, not a folder: only those can be a set's."""
    return path.is_symlink() or path.is_file()


def recorded(folder: Path) -> list[str]:
    """The names of the set now in ``folder``, as its record lists them."""
    try:
        text = (folder / RECORD).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return []
    # only plain names: a record edited to name ../something moves nothing outside
    return [name for name in text.splitlines() if _plain(name)]


def _plain(name: str) -> bool:
    """A file name in the folder itself, not a path leading elsewhere."""
    return bool(name) and name == Path(name).name and name not in (".", "..") and "\\" not in name


def _aside(staging: Path) -> Path:
    return staging.parent / (ASIDE + staging.name.removeprefix(STAGING))


def _swap(folder: Path, staging: Path) -> None:
    """Do the moves a journal describes: the old files aside, the new ones in."""
    journal = json.loads((staging / JOURNAL).read_text(encoding="utf-8"))
    new, old = list(journal["new"]), list(journal["old"])
    if not all(isinstance(name, str) and _plain(name) for name in new + old):
        raise ValueError("a journal naming something else than a file of this folder")
    aside = _aside(staging)
    if aside.is_symlink():
        raise ValueError("the folder for the previous set is a link")
    aside.mkdir(exist_ok=True)
    for name in old:
        # an old name is still in the folder; if the new set has it too, what is there is
        # the old file as long as the new one is still waiting in the staging folder
        if _is_file(folder / name) and (name not in new or _is_file(staging / name)):
            _move(folder / name, aside / name)
    for name in new:
        if _is_file(staging / name):
            _move(staging / name, folder / name)


def _locked(staging: Path) -> IO[bytes] | None:
    """The staging folder's lock, if no running export holds it."""
    handle = (staging / LOCK).open("a+b")
    if try_lock(handle.fileno()):
        return handle
    handle.close()
    return None


def recover(folder: Path) -> None:
    """Finish or remove what an export killed in this folder left behind."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return
    for entry in entries:
        if not entry.name.startswith(STAGING) or entry.is_symlink() or not entry.is_dir():
            continue
        try:
            lock = _locked(entry)
            if lock is None:
                continue  # another export is writing there right now
            with lock:
                if (entry / JOURNAL).is_file():
                    _swap(folder, entry)
            shutil.rmtree(_aside(entry), ignore_errors=True)
            shutil.rmtree(entry)
        except (OSError, ValueError, KeyError, TypeError):
            continue  # tried again by the next export; never blocks this one
    for entry in entries:
        if (entry.name.startswith(ASIDE) and not entry.is_symlink() and entry.is_dir()
                and not (folder / (STAGING + entry.name.removeprefix(ASIDE))).exists()):
            shutil.rmtree(entry, ignore_errors=True)  # its swap had finished


class OutputSet:
    """A set of files written into ``staging`` and then put into ``folder`` at once.

    Use it as a context manager: leaving the block without ``commit`` (an error, a
    cancel) removes the staging folder and leaves the folder as it was.
    """

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        recover(folder)
        self.folder = folder
        self.staging = folder / f"{STAGING}{os.getpid()}-{time.time_ns()}"
        self.staging.mkdir()
        self._lock = _locked(self.staging)

    def __enter__(self) -> "OutputSet":
        return self

    def __exit__(self, *_exc: object) -> None:
        self._unlock()
        if (self.staging / JOURNAL).is_file():
            # the move had begun and was stopped by something else than the disk (which
            # ``commit`` undoes): finish it, as the next export would
            recover(self.folder)
            return
        shutil.rmtree(self.staging, ignore_errors=True)

    def path(self, name: str) -> Path:
        """Where to write the file ``name`` of the set."""
        return self.staging / name

    def _unlock(self) -> None:
        if self._lock is not None:
            self._lock.close()  # (closing drops the lock, on Windows too)
            self._lock = None

    def commit(self, names: Iterable[str]) -> None:
        """Put the files ``names`` (all written) into the folder in place of the previous set.

        On a failure the previous set is put back and the error raised.
        """
        new = [*names, RECORD]
        (self.staging / RECORD).write_text("".join(f"{name}\n" for name in new), encoding="utf-8")
        for name in new:
            _sync(self.staging / name)
        for name in new:
            if (self.folder / name).is_dir() and not (self.folder / name).is_symlink():
                raise IsADirectoryError(21, "同名的文件夹挡住了它", str(self.folder / name))
        old = [name for name in dict.fromkeys([RECORD, *recorded(self.folder), *new])
               if _is_file(self.folder / name)]
        part = self.staging / (JOURNAL + ".part")
        part.write_text(json.dumps({"new": new, "old": old}, ensure_ascii=False), encoding="utf-8")
        _sync(part)
        os.replace(part, self.staging / JOURNAL)  # from here on, the move gets finished
        try:
            _swap(self.folder, self.staging)
        except OSError:
            self._undo(new, old)
            raise
        self._unlock()  # (Windows removes no folder with an open file in it)
        shutil.rmtree(_aside(self.staging), ignore_errors=True)
        shutil.rmtree(self.staging, ignore_errors=True)

    def _undo(self, new: list[str], old: list[str]) -> None:
        """Put the previous set back after a failed move (best effort, then raise)."""
        aside = _aside(self.staging)
        for name in new:
            if not _is_file(self.staging / name) and _is_file(self.folder / name):
                try:
                    _move(self.folder / name, self.staging / name)
                except OSError:
                    pass
        for name in old:
            if _is_file(aside / name):
                try:
                    _move(aside / name, self.folder / name)
                except OSError:
                    pass
        (self.staging / JOURNAL).unlink(missing_ok=True)
        shutil.rmtree(aside, ignore_errors=True)
