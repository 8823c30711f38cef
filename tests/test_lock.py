"""One writer per file: a second process gets the file read-only, never a second writer."""

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from app import model
from app.document import ApplicationFile
from app.lock import FileInUse, lock_path
from app.samples import write_sample


def start_holder(path: Path, repo_root: Path, env: dict[str, str]) -> subprocess.Popen[str]:
    child = subprocess.Popen([sys.executable, str(Path(__file__).parent / "lock_child.py"), str(path)],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=repo_root,
                             env=env)
    assert child.stdout is not None and child.stdout.readline().strip() == "OPEN"
    return child


@pytest.fixture
def held(tmp_path: Path, repo_root: Path, child_env: dict[str, str]) -> Iterator[Path]:
    """A sample file that another process has open for editing until the test ends."""
    path = tmp_path / "a.stoa"
    write_sample("center", path).close()
    holder = start_holder(path, repo_root, child_env)
    try:
        yield path
    finally:
        holder.communicate("\n", timeout=30)


def test_a_file_open_elsewhere_opens_read_only_and_cannot_be_written(
        tmp_path: Path, repo_root: Path, child_env: dict[str, str]) -> None:
    path = tmp_path / "a.stoa"
    write_sample("center", path).close()
    holder = start_holder(path, repo_root, child_env)
    try:
        with pytest.raises(FileInUse, match="a.stoa"):
            ApplicationFile.open(path)
        doc = ApplicationFile.open(path, read_only=True)
        assert doc.read_only and doc.rows(model.Member)[0].name
        before = path.read_bytes()
        with pytest.raises(OperationalError, match="readonly"):
            doc.set_value(model.Application, 1, "org_name", "第二个写入者")
        doc.close()
        assert path.read_bytes() == before
    finally:
        holder.communicate("\n", timeout=30)
    doc = ApplicationFile.open(path)  # once the other process closed it, it is ours
    assert not doc.read_only
    doc.close()
    assert not lock_path(path).exists()


def test_a_killed_holder_leaves_no_lock(tmp_path: Path, repo_root: Path,
                                        child_env: dict[str, str]) -> None:
    path = tmp_path / "a.stoa"
    ApplicationFile.create(path, "base").close()
    holder = start_holder(path, repo_root, child_env)
    holder.kill()
    holder.wait(timeout=30)
    doc = ApplicationFile.open(path)  # the OS dropped the dead process's lock
    doc.close()


def test_reading_commands_work_while_the_window_has_the_file(
        held: Path, repo_root: Path, child_env: dict[str, str]) -> None:
    result = subprocess.run([sys.executable, "-m", "app", "check", str(held)], cwd=repo_root,
                            env=child_env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
