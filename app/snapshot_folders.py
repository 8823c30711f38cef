"""Which folder of the user's data holds an application's snapshots, and what it records.

An application file carries a random id (``Application.file_id``, schema 3), so its
snapshots live in ``snapshots/app-<id>`` wherever the file is moved or renamed. The
folder's ``source.json`` records the path of the file it belongs to and, for each
snapshot, the size, modification time and SQLite change counter of the file it copied
(so an unchanged file is not copied again). The rules:

- **moved or renamed**: the recorded path no longer holds a file with this id, so the
  file at the new path takes the folder over and the record follows it;
- **copied** (the recorded path still holds another file with the same id): the copy
  gets ``app-<id>-<hash of its path>`` and keeps it; the two never mix. History taken
  before the copy stays with whichever file keeps the id folder;
- **no id** (a file from before schema 3, about to be upgraded) or **unreadable**: the
  folder named after the path as before (``<stem>-<hash of its path>``). Such a per-path
  folder is moved into the id folder the first time the file has an id;
- a **damaged** file cannot tell its id: its snapshots are found by the recorded path.
"""

import datetime as dt
import hashlib
import json
import os
import re
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app import paths
from app.files import write_atomically

SUFFIX = ".stoa"
STAMP = "%Y%m%d-%H%M%S-%f"
SOURCE = "source.json"
PART = ".part"
# A leftover of a copy that crashed. A copy under way keeps writing, so its ``.part`` is
# never this old; a younger one may belong to another process and is left alone.
PART_STALE_S = 10 * 60
REASONS = {"open": "打开时", "edit": "编辑中", "migrate": "升级格式前", "restore": "恢复快照前",
           "manual": "手动", "merge": "导入成员回执前"}
# Exactly what ``Application.file_id`` holds: it becomes a folder name, so nothing else
# a received file might carry there (``..``, slashes) is ever used.
FILE_ID = re.compile(r"[0-9a-f]{32}")


@dataclass(frozen=True)
class Snapshot:
    path: Path
    taken: dt.datetime
    reason: str  # a key of REASONS

    @property
    def label(self) -> str:
        return f"{self.taken:%Y-%m-%d %H:%M:%S}（{REASONS.get(self.reason, self.reason)}）"


def root() -> Path:
    return paths.data_dir() / "snapshots"


def path_key(path: Path | str) -> str:
    """The full path as compared: resolved, and in the case Windows ignores."""
    return os.path.normcase(str(Path(path).resolve()))


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:10]


def legacy_folder(path: Path) -> Path:
    """The per-path folder used before files had an id (and for a file without one)."""
    return root() / f"{Path(path).stem}-{_digest(str(Path(path).resolve()))}"


def read_file_id(path: Path) -> str | None:
    """The id stored in the application file ``path``; None when it cannot be read."""
    try:
        connection = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
        try:
            connection.execute("PRAGMA trusted_schema=OFF")  # a received file runs no SQL of its own
            row = connection.execute("SELECT file_id FROM application WHERE id = 1").fetchone()
        finally:
            connection.close()
    except (sqlite3.Error, OSError, ValueError):
        return None
    value = row[0] if row else None
    return value if isinstance(value, str) and FILE_ID.fullmatch(value) else None


def file_stamp(path: Path) -> list[int]:
    """Size, modification time and SQLite's change counter (header bytes 24–27, which every
    committed write increments): equal stamps mean the file was not changed in between."""
    info = Path(path).stat()
    with Path(path).open("rb") as handle:
        header = handle.read(28)
    return [info.st_size, info.st_mtime_ns, int.from_bytes(header[24:28], "big")]


def read_source(folder: Path) -> dict[str, Any] | None:
    """``folder``'s record, or None when it has none (or one that cannot be read)."""
    try:
        data = json.loads((folder / SOURCE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("path"), str):
        return None
    if not isinstance(data.get("taken"), dict):
        data["taken"] = {}
    return data


def write_source(folder: Path, path: Path, taken: dict[str, Any]) -> None:
    data = {"path": str(Path(path).resolve()), "taken": taken}
    write_atomically(folder / SOURCE, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))


def _same_file(one: Path, other: Path) -> bool:
    try:
        return os.path.samefile(one, other)
    except OSError:
        return False


def _copy_elsewhere(recorded: str, path: Path, file_id: str) -> bool:
    """Whether ``recorded`` holds another file with ``file_id``: ``path`` is then a copy."""
    return (path_key(recorded) != path_key(path) and not _same_file(Path(recorded), path)
            and read_file_id(Path(recorded)) == file_id)


def locate(path: Path, claim: bool = False) -> Path | None:
    """The id folder of ``path`` (None when it has no id); ``claim`` makes it, records the
    path in it and adopts the file's old per-path folder."""
    file_id = read_file_id(path)
    if file_id is None:
        return None
    copy = root() / f"app-{file_id}-{_digest(path_key(path))}"
    folder = root() / f"app-{file_id}"
    recorded = read_source(folder)
    if copy.is_dir() or (recorded is not None and _copy_elsewhere(recorded["path"], path, file_id)):
        folder, recorded = copy, read_source(copy)
    if claim:
        folder.mkdir(parents=True, exist_ok=True)
        if recorded is None or path_key(recorded["path"]) != path_key(path):
            write_source(folder, path, recorded["taken"] if recorded else {})
        _adopt(legacy_folder(path), folder)
    return folder


def claim(path: Path) -> Path:
    """The folder ``path``'s next snapshot goes to, made if need be, cleaned of leftovers."""
    folder = locate(path, claim=True)
    if folder is None:
        folder = legacy_folder(path)
        folder.mkdir(parents=True, exist_ok=True)
        if read_source(folder) is None:
            write_source(folder, path, {})
    clean_parts(folder)
    return folder


def folders_of(path: Path) -> list[Path]:
    """Every folder holding snapshots of ``path``, even when the file cannot be read."""
    folder = locate(path)
    if folder is not None:
        found = [folder]
    else:  # damaged, missing or from before schema 3: what was recorded for this path
        key = path_key(path)
        found = [f for f in all_folders() if (r := read_source(f)) and path_key(r["path"]) == key]
    legacy = legacy_folder(path)
    if legacy not in found:
        found.append(legacy)
    return [f for f in found if f.is_dir()]


def all_folders() -> list[Path]:
    try:
        return [f for f in root().iterdir() if f.is_dir()]
    except OSError:
        return []


def snapshots_in(folder: Path) -> list[Snapshot]:
    """The snapshots in ``folder``, newest first (files not named by ``take`` are ignored)."""
    found = []
    for file in folder.glob(f"*{SUFFIX}"):
        stamp, _dash, reason = file.stem.rpartition("-")
        try:
            taken = dt.datetime.strptime(stamp, STAMP)
        except ValueError:
            continue
        found.append(Snapshot(file, taken, reason))
    return sorted(found, key=lambda s: s.taken, reverse=True)


def record(folder: Path, path: Path, name: str, stamp: list[int]) -> None:
    """Note that snapshot ``name`` copied ``path`` as ``stamp`` said; forget pruned ones."""
    recorded = read_source(folder)
    taken = recorded["taken"] if recorded else {}
    present = {s.path.name for s in snapshots_in(folder)}
    taken = {key: value for key, value in taken.items() if key in present}
    taken[name] = stamp
    write_source(folder, path, taken)


def stamp_of(folder: Path, name: str) -> list[int] | None:
    recorded = read_source(folder)
    value = recorded["taken"].get(name) if recorded else None
    return value if isinstance(value, list) else None


def clean_parts(folder: Path, now: float | None = None) -> None:
    """Remove what a copy that crashed left behind (see ``PART_STALE_S``)."""
    now = time.time() if now is None else now
    for part in folder.glob(f"*{PART}"):
        try:
            if now - part.stat().st_mtime > PART_STALE_S:
                part.unlink()
        except OSError:
            continue  # gone already, or held open by another program: next time


def _adopt(legacy: Path, folder: Path) -> None:
    """Move the snapshots of a per-path folder into ``folder``, once; then remove it."""
    if not legacy.is_dir() or legacy == folder:
        return
    for snapshot in snapshots_in(legacy):
        target = folder / snapshot.path.name
        if not target.exists():
            os.replace(snapshot.path, target)
    clean_parts(legacy, now=float("inf"))  # (nothing writes there any more)
    (legacy / SOURCE).unlink(missing_ok=True)
    try:
        legacy.rmdir()
    except OSError:
        pass  # something we did not put there: left as it is
