"""Automatic snapshots of an application file, kept in the user's data folder.

A snapshot is a complete, consistent copy made with SQLite's backup API (safe while the
file is open): on open, every ten minutes of editing, before a migration and before a
restore. Each application keeps its own folder, which follows the file when it is moved
or renamed and never mixes with a copy's (``app.snapshot_folders`` says how); the newest
are kept within the caps of ``app.snapshot_caps``. Before a snapshot is put back it is
checked as a file being opened is, so a damaged one is skipped, never restored.
"""

import datetime as dt
import sqlite3
from pathlib import Path

from app import files
from app import snapshot_caps as caps
from app import snapshot_folders as folders
from app.snapshot_caps import KEEP
from app.snapshot_folders import REASONS, SUFFIX, Snapshot

__all__ = ["KEEP", "REASONS", "DamagedSnapshot", "Snapshot", "copy_database", "latest", "list_for",
           "newest_usable", "problem", "recovery_hint", "restore", "restore_copy", "take",
           "take_automatic"]


class DamagedSnapshot(sqlite3.DatabaseError):
    """A snapshot that cannot be put back; ``str()`` names it and says why, in Chinese."""


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy of the database ``source`` into ``target`` (backup API)."""
    reader = sqlite3.connect(f"{Path(source).resolve().as_uri()}?mode=ro", uri=True)
    try:
        backup(reader, target)
    finally:
        reader.close()


def backup(reader: sqlite3.Connection, target: Path) -> None:
    """What ``reader`` reads, as a database of its own at ``target`` (an empty new file)."""
    writer = sqlite3.connect(target)
    try:
        reader.backup(writer)
        writer.execute("PRAGMA journal_mode=DELETE")
    finally:
        writer.close()


def take(path: Path, reason: str, now: dt.datetime | None = None) -> Snapshot:
    """Snapshot ``path`` now, whatever its size, and prune to the caps."""
    now = now or dt.datetime.now()
    path = Path(path)
    folder = folders.claim(path)
    target = folder / f"{now.strftime(folders.STAMP)}-{reason}{SUFFIX}"
    partial = target.with_suffix(folders.PART)
    stamp = folders.file_stamp(path)
    copy_database(path, partial)
    partial.replace(target)
    folders.record(folder, path, target.name, stamp)
    caps.prune_application(folder, stamp[0])
    caps.prune_all(folder)
    return Snapshot(target, now, reason)


def take_automatic(path: Path, reason: str, now: dt.datetime | None = None) -> str:
    """The snapshot taken on open and while editing: skipped when the newest snapshot
    already holds the file as it is, and for a file above ``caps.LARGEST_AUTOMATIC``.

    Returns "" or, when a file too large went without, a message for the user."""
    path = Path(path)
    size = path.stat().st_size
    if size > caps.LARGEST_AUTOMATIC:
        return (f"「{path.name}」有 {size / caps.MB:,.0f} MB，超过自动快照的上限"
                f"（{caps.LARGEST_AUTOMATIC // caps.MB} MB），这次没有保存快照。"
                "请删去过大的附件，或自行另存一份副本作为备份。")
    folder = folders.claim(path)  # (a moved file's folder learns its new path even so)
    newest = folders.snapshots_in(folder)[:1]
    if newest and folders.stamp_of(folder, newest[0].path.name) == folders.file_stamp(path):
        return ""  # nothing changed since: a second copy would only push an older one out
    take(path, reason, now)
    return ""


def list_for(path: Path) -> list[Snapshot]:
    """The snapshots of ``path``, newest first; leftovers of crashed copies are removed."""
    found = []
    for folder in folders.folders_of(Path(path)):
        folders.clean_parts(folder)
        found += folders.snapshots_in(folder)
    return sorted(found, key=lambda s: s.taken, reverse=True)


def problem(snapshot: Snapshot) -> str:
    """Why ``snapshot`` cannot be put back, "" when it can: the checks a file gets when it
    is opened (``storage.inspect_file``: ours, a version this program reads, SQLite's
    ``quick_check``)."""
    from app import storage  # (storage snapshots before migrating: imported when used)

    try:
        storage.inspect_file(snapshot.path)
    except storage.FileRefused as error:
        return str(error)
    return ""


def newest_usable(path: Path) -> tuple[Snapshot | None, list[str]]:
    """The newest snapshot of ``path`` that passes ``problem``, and a note for each newer
    one skipped because it did not."""
    skipped: list[str] = []
    for snapshot in list_for(path):
        why = problem(snapshot)
        if not why:
            return snapshot, skipped
        skipped.append(f"快照 {snapshot.label} 无法使用，已跳过：{why}")
    return None, skipped


def latest(path: Path) -> Snapshot | None:
    """The newest snapshot of ``path`` that can be put back."""
    return newest_usable(path)[0]


def _check(snapshot: Snapshot) -> None:
    why = problem(snapshot)
    if why:
        raise DamagedSnapshot(f"快照 {snapshot.label} 无法使用：{why}")


def restore(snapshot: Snapshot, target: Path) -> None:
    """Put ``snapshot`` back as ``target`` (which must be closed), after snapshotting it.

    A target that cannot be read (damaged) is never overwritten: restore to a new
    file with ``restore_copy`` instead. Raises ``DamagedSnapshot`` for a snapshot that
    fails the checks of ``problem``.
    """
    _check(snapshot)
    take(target, "restore")
    with files.staged(target) as partial:  # (never through a link planted beside the file)
        copy_database(snapshot.path, partial)


def restore_copy(snapshot: Snapshot, damaged: Path) -> Path:
    """A new file beside ``damaged`` holding ``snapshot``; the damaged file stays as it is."""
    _check(snapshot)
    target = damaged.with_name(f"{damaged.stem}-恢复-{snapshot.taken:%Y%m%d-%H%M%S}{SUFFIX}")
    number = 1
    while target.exists():
        number += 1
        target = damaged.with_name(f"{damaged.stem}-恢复-{snapshot.taken:%Y%m%d-%H%M%S}-{number}{SUFFIX}")
    with files.staged(target) as partial:
        copy_database(snapshot.path, partial)
    return target


def recovery_hint(path: Path) -> str:
    """For a damaged file: which snapshot can bring the work back, or that none can."""
    found, skipped = newest_usable(path)
    damaged = f"（{len(skipped)} 个更新的快照已损坏，已跳过。）" if skipped else ""
    if found is None:
        if skipped:
            return f"这个文件的 {len(skipped)} 个自动快照都已损坏，无法用来恢复。"
        return "没有找到这个文件的自动快照。"
    return f"可以从最近的完好快照（{found.label}）恢复为一个新文件，损坏的文件会原样保留。{damaged}"
