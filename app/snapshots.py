"""Automatic snapshots of an application file, kept in the user's data folder.

A snapshot is a complete, consistent copy made with SQLite's backup API (safe while the
file is open): on open, every ten minutes of editing, before a migration and before a
restore. The last ``KEEP`` of each application are kept, in a folder of their own named
after the file and a hash of its full path, so two files of the same name never mix.
"""

import datetime as dt
import hashlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from app import paths

KEEP = 20
SUFFIX = ".stoa"
STAMP = "%Y%m%d-%H%M%S-%f"
REASONS = {"open": "打开时", "edit": "编辑中", "migrate": "升级格式前", "restore": "恢复快照前",
           "manual": "手动"}


@dataclass(frozen=True)
class Snapshot:
    path: Path
    taken: dt.datetime
    reason: str  # a key of REASONS

    @property
    def label(self) -> str:
        return f"{self.taken:%Y-%m-%d %H:%M:%S}（{REASONS.get(self.reason, self.reason)}）"


def folder_for(path: Path) -> Path:
    resolved = str(Path(path).resolve())
    key = hashlib.sha256(resolved.encode("utf-8")).hexdigest()[:10]
    return paths.data_dir() / "snapshots" / f"{Path(path).stem}-{key}"


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy of the database ``source`` into ``target`` (backup API)."""
    reader = sqlite3.connect(f"{Path(source).resolve().as_uri()}?mode=ro", uri=True)
    writer = sqlite3.connect(target)
    try:
        reader.backup(writer)
        writer.execute("PRAGMA journal_mode=DELETE")
    finally:
        writer.close()
        reader.close()


def take(path: Path, reason: str, now: dt.datetime | None = None) -> Snapshot:
    """Snapshot ``path`` now and prune the oldest beyond ``KEEP``."""
    now = now or dt.datetime.now()
    folder = folder_for(path)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{now.strftime(STAMP)}-{reason}{SUFFIX}"
    partial = target.with_suffix(".part")
    copy_database(path, partial)
    partial.replace(target)
    for old in list_for(path)[KEEP:]:
        old.path.unlink(missing_ok=True)
    return Snapshot(target, now, reason)


def list_for(path: Path) -> list[Snapshot]:
    """The snapshots of ``path``, newest first."""
    found = []
    for file in folder_for(path).glob(f"*{SUFFIX}"):
        stamp, _dash, reason = file.stem.rpartition("-")
        try:
            taken = dt.datetime.strptime(stamp, STAMP)
        except ValueError:
            continue
        found.append(Snapshot(file, taken, reason))
    return sorted(found, key=lambda s: s.taken, reverse=True)


def latest(path: Path) -> Snapshot | None:
    snapshots = list_for(path)
    return snapshots[0] if snapshots else None


def restore(snapshot: Snapshot, target: Path) -> None:
    """Put ``snapshot`` back as ``target`` (which must be closed), after snapshotting it.

    A target that cannot be read (damaged) is never overwritten: restore to a new
    file with ``restore_copy`` instead.
    """
    take(target, "restore")
    partial = target.with_name(f".{target.name}.restoring")
    copy_database(snapshot.path, partial)
    partial.replace(target)


def restore_copy(snapshot: Snapshot, damaged: Path) -> Path:
    """A new file beside ``damaged`` holding ``snapshot``; the damaged file stays as it is."""
    target = damaged.with_name(f"{damaged.stem}-恢复-{snapshot.taken:%Y%m%d-%H%M%S}{SUFFIX}")
    number = 1
    while target.exists():
        number += 1
        target = damaged.with_name(f"{damaged.stem}-恢复-{snapshot.taken:%Y%m%d-%H%M%S}-{number}{SUFFIX}")
    partial = target.with_name(f".{target.name}.part")
    copy_database(snapshot.path, partial)
    partial.replace(target)
    return target


def recovery_hint(path: Path) -> str:
    """For a damaged file: which snapshot can bring the work back, or that none can."""
    found = latest(path)
    if found is None:
        return "没有找到这个文件的自动快照。"
    return f"可以从最近的自动快照（{found.label}）恢复为一个新文件，损坏的文件会原样保留。"
