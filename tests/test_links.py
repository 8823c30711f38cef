"""Links planted in a shared folder: nothing is written through them, and two names of
one file never give two editing windows."""

import gc
import os
import sys
import time
from pathlib import Path

import pytest

from app import files, model
from app.document import ApplicationFile
from app.lock import EditLock, FileInUse, lock_path
from app.recent import remember
from app.samples import write_sample
from tests.test_lock import start_holder

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="plants POSIX links and FIFOs")

SECRET = b"the victim's own content\n"


@pytest.fixture
def victim(tmp_path: Path) -> Path:
    """A file outside the shared folder that a planted link points at."""
    path = tmp_path / "elsewhere" / "victim.txt"
    path.parent.mkdir()
    path.write_bytes(SECRET)
    return path


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    folder = tmp_path / "shared"
    folder.mkdir()
    return folder


@pytest.fixture
def sample(shared: Path) -> Path:
    path = shared / "a.stoa"
    write_sample("center", path).close()
    return path


def plant(kind: str, at: Path, victim: Path) -> None:
    if kind == "symlink":
        at.symlink_to(victim)
    elif kind == "dangling symlink":
        at.symlink_to(victim.with_name("created-through-the-link"))
    elif kind == "hard link":
        os.link(victim, at)
    elif kind == "fifo":
        os.mkfifo(at)
    else:
        raise ValueError(kind)


def assert_untouched(victim: Path) -> None:
    assert victim.read_bytes() == SECRET
    assert not victim.with_name("created-through-the-link").exists()


# The lock file beside the application

@pytest.mark.parametrize("kind", ["symlink", "dangling symlink", "hard link", "fifo"])
def test_a_planted_lock_file_is_never_written_through(sample: Path, victim: Path,
                                                      kind: str) -> None:
    plant(kind, lock_path(sample), victim)
    doc = ApplicationFile.open(sample)  # (a FIFO is never opened: no hang)
    assert not doc.read_only
    doc.set_value(model.Application, 1, "org_name", "照常编辑")
    assert lock_path(sample).is_file() and not lock_path(sample).is_symlink()
    doc.close()
    assert_untouched(victim)
    assert not lock_path(sample).exists()  # our own lock file went; the planted one earlier


def test_a_folder_at_the_lock_name_leaves_the_file_read_only_with_a_message(
        sample: Path) -> None:
    lock_path(sample).mkdir()
    (lock_path(sample) / "someone's.txt").write_bytes(SECRET)
    with pytest.raises(FileInUse, match=r"a\.stoa.*只能只读打开.*删除该锁文件"):
        ApplicationFile.open(sample)
    doc = ApplicationFile.open(sample, read_only=True)  # what the window does on FileInUse
    assert doc.read_only and doc.rows(model.Member)
    doc.close()
    assert (lock_path(sample) / "someone's.txt").read_bytes() == SECRET


def test_a_stale_lock_file_a_crash_left_is_reused(sample: Path) -> None:
    lock_path(sample).write_bytes(b"99999\n")  # the pid of a process long gone
    doc = ApplicationFile.open(sample)
    assert not doc.read_only
    assert lock_path(sample).read_bytes() == f"{os.getpid()}\n".encode()
    doc.close()
    assert not lock_path(sample).exists()


def test_release_removes_only_the_lock_file_it_created(sample: Path, home: Path) -> None:
    doc = ApplicationFile.open(sample)
    lock_path(sample).unlink()
    lock_path(sample).write_bytes(b"someone else's\n")  # (say, another PC's, after ours went)
    doc.close()
    assert lock_path(sample).read_bytes() == b"someone else's\n"
    assert not list((home / "data" / "locks").iterdir())  # our own identity lock went


# Temporaries beside outputs and settings

@pytest.mark.parametrize("kind", ["symlink", "dangling symlink", "hard link", "fifo"])
def test_write_atomically_ignores_a_planted_part_file(shared: Path, victim: Path,
                                                      kind: str) -> None:
    target = shared / "申报书.pdf"
    plant(kind, shared / f".{target.name}.part", victim)  # the name it used to write
    files.write_atomically(target, b"%PDF new")
    files.write_atomically(shared / "package.zip", lambda path: path.write_bytes(b"PK new"))
    assert target.read_bytes() == b"%PDF new" and (shared / "package.zip").read_bytes() == b"PK new"
    assert_untouched(victim)


@pytest.mark.parametrize("kind", ["symlink", "dangling symlink", "hard link", "fifo"])
def test_a_temporary_name_someone_guessed_is_never_written_through(
        shared: Path, victim: Path, kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    guessed = shared / ".out.json.guessed.part"
    plant(kind, guessed, victim)
    names = iter([guessed, shared / ".out.json.fresh.part"])
    monkeypatch.setattr(files, "_temporary_name", lambda target: next(names))
    files.write_atomically(shared / "out.json", b"{}")
    assert (shared / "out.json").read_bytes() == b"{}"
    assert_untouched(victim)


def test_a_temporary_swapped_for_a_link_is_never_put_in_place(shared: Path,
                                                              victim: Path) -> None:
    target = shared / "package.zip"
    target.write_bytes(b"PK previous")

    def swap(path: Path) -> None:  # another user's move while the writer works
        path.unlink()
        path.symlink_to(victim)

    with pytest.raises(files.NotAPlainFile, match="不会写入"):
        files.write_atomically(target, swap)
    assert target.read_bytes() == b"PK previous" and not target.is_symlink()
    assert_untouched(victim)
    assert not [p for p in shared.iterdir() if p.name.endswith(".part")]  # the link went


def test_a_crash_leftover_does_not_stop_the_write_and_is_cleaned(shared: Path) -> None:
    target = shared / "申报书.pdf"
    old = time.time() - 3600
    for name in (f".{target.name}.part", f".{target.name}.0123456789ab.part"):
        (shared / name).write_bytes(b"half a PDF")
        os.utime(shared / name, (old, old))
    (shared / f".{target.name}.dir.part").mkdir()  # a folder is never removed
    files.write_atomically(target, b"%PDF whole")
    assert target.read_bytes() == b"%PDF whole"
    assert sorted(p.name for p in shared.iterdir()) == sorted([target.name, f".{target.name}.dir.part"])


def test_a_folder_at_the_target_fails_cleanly(shared: Path) -> None:
    (shared / "out.pdf").mkdir()
    with pytest.raises(OSError):
        files.write_atomically(shared / "out.pdf", b"%PDF")
    assert [p.name for p in shared.iterdir()] == ["out.pdf"]  # no temporary left behind


def test_the_recent_list_is_not_written_through_a_link(home: Path, sample: Path,
                                                       victim: Path) -> None:
    (home / "config").mkdir(parents=True)
    (home / "config" / "recent.tmp").symlink_to(victim)  # the name it used to write
    remember(sample)
    assert_untouched(victim)


# Two names of one file

@pytest.mark.parametrize("link", ["symlink", "hard link"])
def test_a_second_name_of_an_open_file_gets_no_second_writer(sample: Path, link: str,
                                                             tmp_path: Path) -> None:
    other = tmp_path / "other-folder" / "b.stoa"
    other.parent.mkdir()
    if link == "symlink":
        other.symlink_to(sample)
    else:
        os.link(sample, other)
    for first, second in ((sample, other), (other, sample)):
        doc = ApplicationFile.open(first)
        with pytest.raises(FileInUse, match=f"「{second.name}」已在另一个申报助手窗口中打开"):
            ApplicationFile.open(second)
        shown = ApplicationFile.open(second, read_only=True)
        assert shown.read_only and shown.rows(model.Member)
        shown.close()
        doc.close()
    ApplicationFile.open(other).close()  # released by both: free again
    assert not lock_path(sample).exists() and not lock_path(other).exists()


@pytest.mark.parametrize("link", ["symlink", "hard link"])
def test_another_process_editing_through_another_name_makes_this_one_read_only(
        sample: Path, link: str, tmp_path: Path, repo_root: Path,
        child_env: dict[str, str]) -> None:
    other = tmp_path / "b.stoa"
    if link == "symlink":
        other.symlink_to(sample)
    else:
        os.link(sample, other)
    holder = start_holder(other, repo_root, child_env)
    try:
        with pytest.raises(FileInUse, match="a.stoa"):
            ApplicationFile.open(sample)
    finally:
        holder.communicate("\n", timeout=30)
    ApplicationFile.open(sample).close()


def test_a_killed_holder_of_a_hard_link_leaves_no_lock(sample: Path, tmp_path: Path,
                                                       repo_root: Path,
                                                       child_env: dict[str, str]) -> None:
    other = tmp_path / "b.stoa"
    os.link(sample, other)
    holder = start_holder(other, repo_root, child_env)
    holder.kill()
    holder.wait(timeout=30)
    doc = ApplicationFile.open(sample)  # its stale lock files are reused
    assert not doc.read_only
    doc.close()


def test_a_new_file_is_locked_beside_it(shared: Path) -> None:
    doc = ApplicationFile.create(shared / "new.stoa", "base")
    with pytest.raises(FileInUse):
        EditLock(shared / "new.stoa")
    doc.close()
    EditLock(shared / "new.stoa").release()


def test_a_document_dropped_without_closing_frees_the_file(sample: Path) -> None:
    """As a leaked file object did before: the locks go with the object that held them."""
    ApplicationFile.open(sample)  # (never closed)
    gc.collect()
    ApplicationFile.open(sample).close()
