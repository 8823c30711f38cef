"""Snapshots kept in check (issue 16): they follow the application, not its path; a copy
keeps its own; crashed copies, sizes and big files are kept within bounds; restoring
skips a damaged snapshot and leaves a file that needs nothing alone."""

import datetime as dt
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app import model, snapshot_caps, snapshot_folders, snapshots
from app.document import ApplicationFile
from app.json_io import export_json, import_json
from app.samples import write_sample

FIXTURES = Path(__file__).parent / "fixtures"


def run_cli(args: list[str], repo_root: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app", *args], cwd=repo_root, env=env,
                          capture_output=True, text=True, timeout=120)


def edit(path: Path, name: str) -> None:
    """Open ``path`` as the window would, change the unit's name, close."""
    doc = ApplicationFile.open(path)
    doc.set_value(model.Application, 1, "org_name", name)
    doc.close()


def names_in(found: list[snapshots.Snapshot]) -> set[str]:
    names = set()
    for snapshot in found:
        with sqlite3.connect(snapshot.path) as connection:
            names.add(connection.execute("SELECT org_name FROM application").fetchone()[0])
    return names


def file_id(path: Path) -> str:
    with sqlite3.connect(path) as connection:
        return connection.execute("SELECT file_id FROM application").fetchone()[0]


def folders_in_use() -> list[Path]:
    return [f for f in snapshot_folders.all_folders() if snapshot_folders.snapshots_in(f)]


def test_each_file_gets_an_id_of_its_own_that_exports_leave_out(tmp_path: Path) -> None:
    one, two = tmp_path / "one.stoa", tmp_path / "two.stoa"
    write_sample("base", one).close()
    ApplicationFile.create(two, "base").close()
    assert snapshot_folders.FILE_ID.fullmatch(file_id(one)) and file_id(one) != file_id(two)
    doc = ApplicationFile.open(one)
    export_json(doc, tmp_path / "out" / "a.json")
    doc.close()
    exported = (tmp_path / "out" / "a.json").read_text(encoding="utf-8")
    assert file_id(one) not in exported and "file_id" not in exported
    imported = import_json(tmp_path / "out" / "a.json", tmp_path / "imported.stoa")
    assert file_id(imported) not in (file_id(one), "")  # an import is a new application


def test_moving_and_renaming_a_file_keeps_its_snapshots(tmp_path: Path) -> None:
    path = tmp_path / "申报.stoa"
    write_sample("center", path).close()
    edit(path, "第一版")
    ApplicationFile.open(path).close()
    before = snapshots.list_for(path)
    assert names_in(before) == {"第一版", "上海可信人工智能标准化创新中心"}
    moved = tmp_path / "elsewhere" / "申报-改名.stoa"
    moved.parent.mkdir()
    path.rename(moved)
    assert snapshots.list_for(moved) == before
    edit(moved, "第二版")
    ApplicationFile.open(moved).close()
    after = snapshots.list_for(moved)
    assert after[1:] == before and names_in(after[:1]) == {"第二版"}
    assert len(folders_in_use()) == 1  # one application, one folder
    # Damaged at its new place, it is still found by the path recorded when it moved.
    moved.write_bytes(moved.read_bytes()[:3000])
    assert snapshots.list_for(moved) == after
    assert snapshots.latest(moved) == after[0]


def test_a_copy_never_mixes_its_snapshots_with_the_original(tmp_path: Path) -> None:
    original = tmp_path / "原件.stoa"
    write_sample("base", original).close()
    copy = tmp_path / "副本" / "原件.stoa"
    copy.parent.mkdir()
    shutil.copy2(original, copy)
    assert file_id(copy) == file_id(original)
    for _round in range(2):
        edit(copy, "副本的名称")
        edit(original, "原件的名称")
    of_original, of_copy = snapshots.list_for(original), snapshots.list_for(copy)
    assert not {s.path for s in of_original} & {s.path for s in of_copy}
    assert "副本的名称" not in names_in(of_original)
    assert "原件的名称" not in names_in(of_copy)
    assert len(folders_in_use()) == 2


def test_the_per_path_folder_of_an_old_file_is_taken_over_on_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "old.stoa"
    shutil.copy(FIXTURES / "schema-v2-center.stoa", path)
    legacy = snapshot_folders.legacy_folder(path)  # as snapshots were kept before schema 3
    legacy.mkdir(parents=True)
    earlier = legacy / "20250101-120000-000000-edit.stoa"
    shutil.copy(path, earlier)
    ApplicationFile.open(path).close()  # upgrades (snapshot "migrate" first), then "open"
    found = snapshots.list_for(path)
    assert [s.reason for s in found] == ["open", "migrate", "edit"]
    assert found[-1].taken == dt.datetime(2025, 1, 1, 12)
    assert not legacy.exists() and len(folders_in_use()) == 1


def test_leftovers_of_a_crashed_snapshot_are_removed_when_taking_or_listing(tmp_path: Path) -> None:
    path = tmp_path / "a.stoa"
    write_sample("center", path).close()
    (folder,) = folders_in_use()
    hour_ago = time.time() - 3600
    for name in ("20260101-000000-000000-open.part", ".source.json.part"):
        (folder / name).write_bytes(b"half a copy")
        os.utime(folder / name, (hour_ago, hour_ago))
    being_written = folder / "20990101-000000-000000-edit.part"  # another process, right now
    being_written.write_bytes(b"copying")
    edit(path, "改过")
    assert sorted(p.name for p in folder.glob("*.part")) == [being_written.name]
    (folder / "crash.part").write_bytes(b"x")
    os.utime(folder / "crash.part", (hour_ago, hour_ago))
    snapshots.list_for(path)
    assert sorted(p.name for p in folder.glob("*.part")) == [being_written.name]


def test_the_caps_chosen() -> None:
    mb = snapshot_caps.MB
    assert snapshot_caps.application_cap(1 * mb) == 200 * mb  # 20 of a 10 MB file fit
    assert snapshot_caps.application_cap(300 * mb) == 1500 * mb  # five of a large one
    assert snapshot_caps.TOTAL_CAP == 2048 * mb and snapshot_caps.ALWAYS_KEEP == 3
    assert snapshot_caps.LARGEST_AUTOMATIC == 500 * mb


def test_an_application_keeps_what_its_cap_holds_and_never_fewer_than_three(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "a.stoa"
    ApplicationFile.create(path, "center").close()
    size = path.stat().st_size
    start = dt.datetime(2026, 1, 1)
    monkeypatch.setattr(snapshot_caps, "APPLICATION_TIMES", 1)
    monkeypatch.setattr(snapshot_caps, "APPLICATION_FLOOR", int(5.5 * size))  # room for five
    for minute in range(8):
        snapshots.take(path, "edit", start + dt.timedelta(minutes=minute))
    kept = snapshots.list_for(path)
    assert len(kept) == 5 and kept[0].taken == start + dt.timedelta(minutes=7)
    assert sum(s.path.stat().st_size for s in kept) <= 5.5 * size
    monkeypatch.setattr(snapshot_caps, "APPLICATION_FLOOR", 1)  # room for none: the newest 3
    snapshots.take(path, "edit", start + dt.timedelta(minutes=8))
    assert [s.taken.minute for s in snapshots.list_for(path)] == [8, 7, 6]


def test_all_applications_together_stay_within_the_total_cap_oldest_first(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = {name: tmp_path / f"{name}.stoa" for name in ("oldest", "older", "current")}
    for number, path in enumerate(files.values()):
        ApplicationFile.create(path, "base").close()
        for minute in range(4):
            snapshots.take(path, "edit", dt.datetime(2026, 1 + number, 1, 9, minute))
    size = snapshots.list_for(files["current"])[0].path.stat().st_size
    monkeypatch.setattr(snapshot_caps, "TOTAL_CAP", int(9.5 * size))
    snapshots.take(files["current"], "edit", dt.datetime(2026, 4, 1))
    counts = {name: len(snapshots.list_for(path)) for name, path in files.items()}
    assert counts == {"oldest": 0, "older": 4, "current": 5}  # 13 → 9: the oldest gave way
    assert not snapshot_folders.folders_of(files["oldest"])  # its emptied folder went too
    monkeypatch.setattr(snapshot_caps, "TOTAL_CAP", 1)
    snapshots.take(files["current"], "edit", dt.datetime(2026, 4, 2))
    counts = {name: len(snapshots.list_for(path)) for name, path in files.items()}
    assert counts == {"oldest": 0, "older": 0, "current": 3}  # never the current's newest 3
    assert snapshots.list_for(files["current"])[0].taken == dt.datetime(2026, 4, 2)


def test_an_unchanged_file_is_not_snapshotted_again_on_open(tmp_path: Path) -> None:
    path = tmp_path / "a.stoa"
    write_sample("base", path).close()  # (its open took the first)
    for _again in range(3):
        ApplicationFile.open(path).close()
    assert [s.reason for s in snapshots.list_for(path)] == ["open"]
    edit(path, "改过")  # a change: the next open keeps the file as it now is
    ApplicationFile.open(path).close()
    assert [s.reason for s in snapshots.list_for(path)] == ["open", "open"]
    assert names_in(snapshots.list_for(path)[:1]) == {"改过"}


def test_a_file_above_the_automatic_limit_is_not_snapshotted_and_the_caller_is_told(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "巨大.stoa"
    write_sample("base", path).close()
    before = snapshots.list_for(path)
    monkeypatch.setattr(snapshot_caps, "LARGEST_AUTOMATIC", path.stat().st_size - 1)
    doc = ApplicationFile.open(path, snapshot_later=True)
    doc.set_value(model.Application, 1, "org_name", "改过")  # (the owed one is skipped too)
    warning = doc.snapshot("edit")
    doc.close()
    assert "巨大.stoa" in warning and "MB" in warning and "快照" in warning
    assert snapshots.list_for(path) == before
    snapshots.take(path, "restore")  # before a restore it is taken all the same
    assert len(snapshots.list_for(path)) == len(before) + 1


def damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[100:] = bytes(len(data) - 100)
    path.write_bytes(bytes(data))


def test_restore_skips_a_damaged_snapshot_for_the_newest_good_one(
        tmp_path: Path, repo_root: Path, child_env: dict[str, str]) -> None:
    path = tmp_path / "weeks.stoa"
    write_sample("center", path).close()
    for name in ("好的版本", "最新版本", "此后的改动"):
        edit(path, name)  # (each open snapshots what the edit before it left)
    newest, good = snapshots.list_for(path)[:2]
    damage(newest.path)
    damage(path)
    assert snapshots.latest(path) == good
    assert "已跳过" in snapshots.recovery_hint(path)
    result = run_cli(["restore", str(path)], repo_root, child_env)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr and newest.label in result.stderr
    assert "已跳过" in result.stderr
    (recovered,) = tmp_path.glob("weeks-恢复-*.stoa")
    assert names_in([snapshots.Snapshot(recovered, good.taken, "")]) == {"好的版本"}
    with pytest.raises(snapshots.DamagedSnapshot, match="无法使用"):
        snapshots.restore_copy(newest, path)


def test_restoring_a_damaged_snapshot_in_place_is_refused_before_anything_changes(
        tmp_path: Path) -> None:
    path = tmp_path / "a.stoa"
    write_sample("center", path).close()
    edit(path, "现在的内容")
    (newest,) = snapshots.list_for(path)[:1]
    damage(newest.path)
    before, count = path.read_bytes(), len(snapshots.list_for(path))
    with pytest.raises(snapshots.DamagedSnapshot):
        snapshots.restore(newest, path)
    assert path.read_bytes() == before and len(snapshots.list_for(path)) == count


def test_every_snapshot_damaged_is_said_and_nothing_written(
        tmp_path: Path, repo_root: Path, child_env: dict[str, str]) -> None:
    path = tmp_path / "a.stoa"
    write_sample("center", path).close()
    for snapshot in snapshots.list_for(path):
        damage(snapshot.path)
    damage(path)
    result = run_cli(["restore", str(path)], repo_root, child_env)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "没有完好的自动快照" in result.stderr
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".stoa"] == ["a.stoa"]


def test_restore_on_a_good_file_says_so_and_writes_nothing_unless_forced(
        tmp_path: Path, repo_root: Path, child_env: dict[str, str]) -> None:
    path = tmp_path / "good.stoa"
    write_sample("base", path).close()
    edit(path, "改过")
    child_env = {**child_env, "STO_APPLY_HOME": str(tmp_path / "home")}
    snapshot_root = snapshot_folders.root()

    def state() -> tuple[list[str], list[str], bytes, int]:
        return (sorted(p.name for p in tmp_path.iterdir()),
                sorted(str(p) for p in snapshot_root.rglob("*")),
                path.read_bytes(), path.stat().st_mtime_ns)

    before = state()
    result = run_cli(["restore", str(path)], repo_root, child_env)
    assert result.returncode == 0, result.stderr
    assert "完好" in result.stdout and "不需要恢复" in result.stdout and "good.stoa" in result.stdout
    assert state() == before
    result = run_cli(["restore", "--force", str(path)], repo_root, child_env)
    assert result.returncode == 0, result.stderr
    (recovered,) = tmp_path.glob("good-恢复-*.stoa")
    assert names_in([snapshots.Snapshot(recovered, dt.datetime.now(), "")]) == names_in(
        snapshots.list_for(path)[:1])
    assert path.read_bytes() == before[2]


def test_an_id_that_is_not_one_never_leaves_the_snapshot_folder(tmp_path: Path) -> None:
    path = tmp_path / "hostile.stoa"
    ApplicationFile.create(path, "base").close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE application SET file_id = '../../../outside'")
    taken = snapshots.take(path, "manual")
    assert taken.path.parent.parent == snapshot_folders.root()
    assert not (tmp_path / "outside").exists()
    recorded = json.loads((taken.path.parent / snapshot_folders.SOURCE).read_text(encoding="utf-8"))
    assert recorded["path"] == str(path.resolve())
