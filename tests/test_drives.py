"""Telling a network share or a USB stick from the PC's own disk."""

from pathlib import Path

from app import drives

MOUNTS = """\
/dev/nvme0n1p2 / ext4 rw,relatime 0 0
//fileserver/科室 /home/user/share cifs rw 0 0
server:/export /mnt/nfs nfs4 rw 0 0
/dev/sdb1 /media/user/KINGSTON vfat rw 0 0
/dev/nvme0n1p3 /home ext4 rw 0 0
"""


def test_mount_table_kinds() -> None:
    assert drives.kind_from_mounts(Path("/home/user/文档/a.stoa"), MOUNTS) == drives.LOCAL
    assert drives.kind_from_mounts(Path("/home/user/share/申报/a.stoa"), MOUNTS) == drives.NETWORK
    assert drives.kind_from_mounts(Path("/mnt/nfs/a.stoa"), MOUNTS) == drives.NETWORK
    assert drives.kind_from_mounts(Path("/media/user/KINGSTON/a.stoa"), MOUNTS) == drives.REMOVABLE
    assert drives.kind_from_mounts(Path("/home/user/shared.stoa"), MOUNTS) == drives.LOCAL


def test_windows_kinds() -> None:
    assert drives.kind_on_windows(r"\\fileserver\科室\a.stoa", None) == drives.NETWORK
    assert drives.kind_on_windows(r"Z:\a.stoa", drives.DRIVE_REMOTE) == drives.NETWORK
    assert drives.kind_on_windows(r"E:\a.stoa", drives.DRIVE_REMOVABLE) == drives.REMOVABLE
    assert drives.kind_on_windows(r"C:\Users\a.stoa", 3) == drives.LOCAL

