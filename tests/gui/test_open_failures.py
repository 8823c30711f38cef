"""Opening that fails below the file checks gets a message naming the file and the cause.

A folder or share that cannot be written (the edit lock goes beside the file), a full
disk, a snapshot folder that cannot be made (an old-format file is snapshotted before its
upgrade), an upgrade that fails: the window says which file and why, in Chinese, and
shows the start screen; a file named at start no longer ends the process.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from app import paths, storage, tables
from app.samples import write_sample

from ui.main import Controller

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.fixture
def messages(monkeypatch) -> list[tuple[str, str]]:
    """The critical messages shown (their boxes would wait for a click)."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "critical",
                        lambda _parent, title, text, *_args: shown.append((title, text)))
    return shown


@pytest.fixture
def quick_controller(qtbot, application):
    """As ``run_gui`` makes it: a file named at start opens before the ORM has loaded."""
    built = Controller(quick_open=True)
    qtbot.addWidget(built.start)
    yield built
    for window in list(built.windows):
        window.close()


def _immutable(folder: Path) -> bool:
    """Make ``folder`` unwritable, for root too (chattr +i); False where that cannot be."""
    folder.chmod(0o555)
    if os.geteuid() != 0:
        return True
    if shutil.which("chattr") is None:
        return False
    return subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode == 0


def _writable(folder: Path) -> None:
    if os.geteuid() == 0 and shutil.which("chattr"):
        subprocess.run(["chattr", "-i", str(folder)], capture_output=True)
    folder.chmod(0o755)


@pytest.mark.parametrize("quick", [False, True], ids=["from the start screen", "named at start"])
def test_a_file_in_a_folder_that_cannot_be_written_opens_read_only_saying_why(
        controller, quick_controller, messages, tmp_path: Path, quick: bool,
        monkeypatch) -> None:
    folder = tmp_path / "共享"
    folder.mkdir()
    path = folder / "申报.stoa"
    write_sample("center", path).close()
    if not _immutable(folder):
        _writable(folder)
        pytest.skip("cannot make a folder unwritable for root here (no chattr +i)")
    chosen = quick_controller if quick else controller
    told: list[tuple[str, bool]] = []
    monkeypatch.setattr(chosen, "tell_read_only",
                        lambda message, elsewhere=True: told.append((message, elsewhere)))
    try:
        window = chosen.open(path)
        assert window is not None and window.doc.read_only
        assert window.doc.section(tables.Applicant).contact_name  # shown, checkable, printable
    finally:
        for each in list(chosen.windows):
            each.close()
        _writable(folder)
    assert not messages
    assert len(told) == 1
    text, elsewhere = told[0]
    assert "申报.stoa" in text and "不能写入" in text and "另存为" in text and not elsewhere


def test_an_old_file_in_a_folder_that_cannot_be_written_says_to_copy_it(
        controller, messages, tmp_path: Path, monkeypatch) -> None:
    folder = tmp_path / "共享"
    folder.mkdir()
    path = folder / "旧.stoa"
    shutil.copy(FIXTURES / "schema-v1-center.stoa", path)
    if not _immutable(folder):
        _writable(folder)
        pytest.skip("cannot make a folder unwritable for root here (no chattr +i)")
    monkeypatch.setattr(controller, "tell_read_only", lambda message, elsewhere=True: None)
    try:
        assert controller.open(path) is None
    finally:
        _writable(folder)
    assert len(messages) == 1 and "旧.stoa" in messages[0][1] and "复制" in messages[0][1]
    assert controller.start.isVisible() and not controller.windows


def test_a_full_disk_gets_a_message(controller, messages, tmp_path: Path) -> None:
    if shutil.which("mount") is None or os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root and mount(8)")
    disk = tmp_path / "stick"
    disk.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(disk)],
                             capture_output=True, text=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({mounted.stderr.strip()})")
    try:
        path = disk / "a.stoa"
        shutil.copy(FIXTURES / "schema-v1-center.stoa", path)  # its upgrade must write
        handle = os.open(disk / "filler", os.O_WRONLY | os.O_CREAT)
        try:
            while True:
                os.write(handle, b"x" * 4096)
        except OSError:
            pass
        finally:
            os.close(handle)
        assert controller.open(path) is None
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)
    assert messages and "a.stoa" in messages[0][1] and "磁盘已满" in messages[0][1]
    assert controller.start.isVisible()


def test_an_old_file_whose_snapshot_folder_cannot_be_made_gets_a_message(
        controller, messages, tmp_path: Path) -> None:
    path = tmp_path / "旧格式.stoa"
    shutil.copy(FIXTURES / "schema-v1-base.stoa", path)
    blocked = paths.data_dir() / "snapshots"
    blocked.parent.mkdir(parents=True, exist_ok=True)
    blocked.write_text("a file where the snapshot folder should be")
    assert controller.open(path) is None
    text = messages[0][1]
    assert "旧格式.stoa" in text and "snapshots" in text
    assert controller.start.isVisible()
    assert storage.inspect_file(path) == 1  # not upgraded without its snapshot


@pytest.mark.parametrize("quick", [False, True], ids=["from the start screen", "named at start"])
def test_a_failed_upgrade_gets_a_message(controller, quick_controller, messages, monkeypatch,
                                         tmp_path: Path, quick: bool) -> None:
    path = tmp_path / "旧格式.stoa"
    shutil.copy(FIXTURES / "schema-v1-center.stoa", path)

    def fails(connection: sqlite3.Connection) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setitem(storage.MIGRATIONS, 1, fails)
    chosen = quick_controller if quick else controller
    assert chosen.open(path) is None
    assert "旧格式.stoa" in messages[0][1] and "磁盘已满" in messages[0][1]
    assert chosen.start.isVisible() and not chosen.windows
    monkeypatch.undo()
    window = chosen.open(path)  # the failed step left the file as it was: it opens now
    assert window is not None and storage.inspect_file(path) == storage.SCHEMA_VERSION
