"""How much room snapshots may take, per application and in all, and pruning to it.

The numbers, and why:
- ``KEEP`` = 20 snapshots per application: a day of editing at one per ten minutes
  of work, plus the opens.
- per application at most ``max(APPLICATION_FLOOR, APPLICATION_TIMES × file size)``:
  200 MB hold all 20 snapshots of a file up to 10 MB (an application with its scanned
  attachments is a few MB; the call's mail limit is 20 MB), and a larger file still
  keeps its five newest versions;
- in all at most ``TOTAL_CAP`` = 2 GB of the user's data folder (usually the system
  drive of an office PC). Other applications give way first, the one not touched for
  longest first;
- whatever the caps, the newest ``ALWAYS_KEEP`` = 3 of the file being snapshotted stay;
- a file above ``LARGEST_AUTOMATIC`` = 500 MB is not snapshotted automatically (on
  open and while editing; before an upgrade or a restore it still is): its three
  newest alone would take most of the 2 GB, and each copy takes seconds to minutes.
"""

import datetime as dt
from pathlib import Path

from app import snapshot_folders as folders
from app.snapshot_folders import Snapshot

MB = 1024 * 1024
KEEP = 20
ALWAYS_KEEP = 3
APPLICATION_FLOOR = 200 * MB
APPLICATION_TIMES = 5
TOTAL_CAP = 2048 * MB
LARGEST_AUTOMATIC = 500 * MB


def application_cap(file_size: int) -> int:
    return max(APPLICATION_FLOOR, APPLICATION_TIMES * file_size)


def _size(snapshot: Snapshot) -> int:
    try:
        return snapshot.path.stat().st_size
    except OSError:
        return 0


def _remove(snapshot: Snapshot) -> None:
    try:
        snapshot.path.unlink(missing_ok=True)
    except OSError:
        pass  # held open elsewhere (Windows): pruned next time


def prune_application(folder: Path, file_size: int) -> None:
    """Keep the newest of ``folder`` within ``KEEP`` and the application's cap."""
    cap = application_cap(file_size)
    total = 0
    for index, snapshot in enumerate(folders.snapshots_in(folder)):
        total += _size(snapshot)
        if index >= KEEP or (index >= ALWAYS_KEEP and total > cap):
            _remove(snapshot)


def prune_all(current: Path) -> None:
    """Bring every snapshot folder together within ``TOTAL_CAP``: other applications'
    oldest snapshots first (the application untouched for longest first), then the
    current one's oldest, never below its newest ``ALWAYS_KEEP``."""
    others = []
    for folder in folders.all_folders():
        if folder != current:
            folders.clean_parts(folder)
            others.append((folder, folders.snapshots_in(folder)))
    kept = folders.snapshots_in(current)
    total = sum(_size(s) for _folder, found in others for s in found) + sum(_size(s) for s in kept)
    if total <= TOTAL_CAP:
        return
    # The application whose newest snapshot is oldest was worked on longest ago.
    others.sort(key=lambda item: item[1][0].taken if item[1] else dt.datetime.min)
    for folder, found in others:
        for snapshot in reversed(found):
            if total <= TOTAL_CAP:
                return
            total -= _size(snapshot)
            _remove(snapshot)
        if not folders.snapshots_in(folder):
            _remove_folder(folder)
    for snapshot in reversed(kept[ALWAYS_KEEP:]):
        if total <= TOTAL_CAP:
            return
        total -= _size(snapshot)
        _remove(snapshot)


def _remove_folder(folder: Path) -> None:
    """An application folder left empty: its record goes, then the folder (unless a copy
    is being written into it right now: its ``.part`` keeps it)."""
    try:
        (folder / folders.SOURCE).unlink(missing_ok=True)
        folder.rmdir()
    except OSError:
        pass  # something we did not put there: left as it is
