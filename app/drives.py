"""Where a file lives: on this PC's own disk, on a network share, or on a removable drive.

Network shares drop writes when the connection hiccups and USB sticks get pulled, so the
UI offers to work on a local copy of a file found there (issue 7).
"""

import os
import sys
from pathlib import Path

LOCAL, NETWORK, REMOVABLE = "local", "network", "removable"
NETWORK_FILESYSTEMS = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "sshfs", "9p",
                       "afs", "ceph", "glusterfs", "davfs", "fuse.davfs2", "fuse.rclone"}
REMOVABLE_MOUNTS = ("/media/", "/run/media/", "/mnt/usb")
DRIVE_REMOVABLE, DRIVE_REMOTE = 2, 4  # GetDriveTypeW


def kind_from_mounts(path: Path, mounts: str) -> str:
    """The kind of ``path`` from the text of /proc/mounts (``device mountpoint fstype ...``)."""
    target = str(path)
    best, best_kind = "", LOCAL
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) > len(best):
            best = point
            if fields[2] in NETWORK_FILESYSTEMS or fields[0].startswith("//"):
                best_kind = NETWORK
            elif point.startswith(REMOVABLE_MOUNTS):
                best_kind = REMOVABLE
            else:
                best_kind = LOCAL
    return best_kind


def kind_on_windows(path: str, drive_type: int | None) -> str:
    """The kind of a Windows path given ``GetDriveTypeW`` of its root."""
    if path.startswith(("\\\\", "//")):
        return NETWORK  # \\server\share
    if drive_type == DRIVE_REMOTE:
        return NETWORK
    if drive_type == DRIVE_REMOVABLE:
        return REMOVABLE
    return LOCAL


def location_kind(path: Path) -> str:
    resolved = Path(os.path.abspath(path))
    if sys.platform == "win32":
        import ctypes

        root = resolved.anchor
        drive_type = ctypes.windll.kernel32.GetDriveTypeW(root) if root else None  # type: ignore[attr-defined]
        return kind_on_windows(str(resolved), drive_type)
    try:
        mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return LOCAL  # macOS and others: no cheap answer, assume the PC's own disk
    return kind_from_mounts(resolved, mounts)
