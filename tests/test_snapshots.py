"""Snapshots and damaged files: the work of weeks comes back, the damaged file stays."""

import datetime as dt
import random
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app import model, rules, snapshots, storage
from app.document import ApplicationFile
from app.samples import write_sample


def run_cli(args: list[str], repo_root: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app", *args], cwd=repo_root, env=env,
                          capture_output=True, text=True, timeout=120)


def test_a_snapshot_left_for_later_is_taken_before_the_first_write(tmp_path: Path) -> None:
    path = tmp_path / "a.stoa"
    doc = write_sample("center", path)
    doc.set_value(model.Application, 1, "industry", "改过")  # unlike its snapshot, so one is owed
    doc.close()
    before = len(snapshots.list_for(path))
    doc = ApplicationFile.open(path, snapshot_later=True)  # as the window opens a file
    original = doc.section(model.Application).org_name
    assert len(snapshots.list_for(path)) == before  # nothing yet: the window shows first
    doc.set_value(model.Application, 1, "org_name", "改过的名称")
    taken = snapshots.list_for(path)
    assert len(taken) == before + 1 and taken[0].reason == "open"
    with sqlite3.connect(taken[0].path) as copy:  # the file as it was, before the edit
        assert copy.execute("SELECT org_name FROM application").fetchone()[0] == original
    doc.set_value(model.Application, 1, "org_name", "再改一次")
    assert len(snapshots.list_for(path)) == before + 1  # owed once, taken once
    doc.close()


def test_opening_takes_a_snapshot_and_old_ones_are_pruned(tmp_path: Path) -> None:
    path = tmp_path / "a.stoa"
    doc = write_sample("center", path)  # written, then opened: one snapshot
    doc.set_value(model.Application, 1, "industry", "改过")
    doc.close()
    ApplicationFile.open(path).close()  # changed since: another (unchanged, it would not be)
    assert [s.reason for s in snapshots.list_for(path)] == ["open", "open"]
    start = dt.datetime(2026, 1, 1)
    for minute in range(snapshots.KEEP + 5):
        snapshots.take(path, "edit", start + dt.timedelta(minutes=minute))
    kept = snapshots.list_for(path)
    assert len(kept) == snapshots.KEEP
    # the two taken today and the newest edits: the oldest kept edit is the 8th one
    oldest_kept = start + dt.timedelta(minutes=(snapshots.KEEP + 5) - (snapshots.KEEP - 2))
    assert kept[0].reason == "open" and kept[-1].taken == oldest_kept
    with sqlite3.connect(kept[1].path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_restoring_brings_the_old_state_back_after_saving_the_current_one(tmp_path: Path) -> None:
    path = tmp_path / "a.stoa"
    doc = write_sample("base", path)
    doc.close()
    doc = ApplicationFile.open(path)  # snapshot "open": the sample as written
    doc.set_value(model.Application, 1, "org_name", "改过的名称")
    doc.close()
    before = snapshots.list_for(path)[0]
    snapshots.restore(before, path)
    doc = ApplicationFile.open(path)
    assert doc.section(model.Application).org_name != "改过的名称"
    doc.close()
    reasons = [s.reason for s in snapshots.list_for(path)]
    assert reasons[:3] == ["open", "restore", "open"]  # the current state was kept first
    saved = snapshots.list_for(path)[1]
    with sqlite3.connect(saved.path) as connection:
        assert connection.execute("SELECT org_name FROM application").fetchone()[0] == "改过的名称"


@pytest.mark.parametrize("damage", ["truncated", "zeroed", "garbage"])
def test_a_damaged_file_is_refused_and_recovered_into_a_new_file(
        tmp_path: Path, damage: str, repo_root: Path, child_env: dict[str, str]) -> None:
    path = tmp_path / "weeks-of-work.stoa"
    write_sample("base", path).close()
    ApplicationFile.open(path).close()
    data = bytearray(path.read_bytes())
    if damage == "truncated":
        data = data[: len(data) // 3]
    elif damage == "zeroed":
        data[4096:len(data) // 2] = bytes(len(data) // 2 - 4096)
    else:
        data = bytearray(random.Random(7).randbytes(len(data)))
    path.write_bytes(bytes(data))
    with pytest.raises(storage.FileRefused) as refused:
        ApplicationFile.open(path)
    assert refused.value.damaged and "weeks-of-work.stoa" in str(refused.value)

    result = run_cli(["check", str(path)], repo_root, child_env)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "weeks-of-work.stoa" in result.stderr and "快照" in result.stderr
    result = run_cli(["restore", str(path)], repo_root, child_env)
    assert result.returncode == 0, result.stderr
    assert path.read_bytes() == bytes(data)  # the damaged file is never overwritten
    (recovered,) = [p for p in tmp_path.glob("weeks-of-work-恢复-*.stoa")]
    doc = ApplicationFile.open(recovered)
    assert doc.rows(model.Member)[0].name
    doc.close()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, 10**7), st.integers(0, 255)), min_size=1, max_size=12),
       st.one_of(st.none(), st.integers(0, 10**7)))
def test_a_mangled_file_opens_cleanly_or_is_refused_never_a_crash(
        tmp_path_factory: pytest.TempPathFactory, flips: list[tuple[int, int]],
        cut: int | None) -> None:
    source = fuzz_source(tmp_path_factory)
    data = bytearray(source.read_bytes())
    for offset, value in flips:
        data[offset % len(data)] = value
    if cut is not None:
        data = data[: cut % len(data)]
    path = tmp_path_factory.mktemp("fuzz") / "f.stoa"
    path.write_bytes(bytes(data))
    try:
        doc = ApplicationFile.open(path)
    except storage.FileRefused:
        assert path.read_bytes() == bytes(data)  # refused files are not touched
        return
    try:
        rules.check(doc)  # reads every table
    finally:
        doc.close()


def fuzz_source(factory: pytest.TempPathFactory) -> Path:
    folder = factory.getbasetemp() / "fuzz-source"
    path = folder / "small.stoa"
    if not path.exists():
        folder.mkdir(exist_ok=True)
        ApplicationFile.create(path, "base").close()
    return path
