"""Opening application files: our own only, never a newer one, never writing a refused one."""

import re
import shutil
import sqlite3
from pathlib import Path

import pytest

from app import file_check, model, rules, snapshots, storage
from app.document import ApplicationFile


def assert_refused_untouched(path: Path, message: str) -> None:
    """Opening ``path`` is refused with ``message`` and leaves every byte and the mtime."""
    before = path.read_bytes(), path.stat().st_mtime_ns
    with pytest.raises(storage.FileRefused, match=message):
        ApplicationFile.open(path)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_new_file_records_schema_version_and_identity(tmp_path: Path) -> None:
    path = tmp_path / "a.stoa"
    ApplicationFile.create(path, "base").close()
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == storage.SCHEMA_VERSION
        assert connection.execute("PRAGMA application_id").fetchone()[0] == storage.APPLICATION_ID
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_creating_over_an_existing_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "a.stoa"
    path.write_text("my notes")
    with pytest.raises(storage.FileRefused, match="已存在"):
        ApplicationFile.create(path, "base")
    assert path.read_text() == "my notes"


@pytest.mark.parametrize("content", [b"", b"hello, not a database", b"\x00" * 4096])
def test_non_application_files_are_refused_untouched(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "x.stoa"
    path.write_bytes(content)
    assert_refused_untouched(path, "x.stoa")


def test_another_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.stoa"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE t (x)")
    assert_refused_untouched(path, "不是本程序的申报文件")


def test_file_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.stoa"
    ApplicationFile.create(path, "center").close()
    with sqlite3.connect(path) as connection:
        connection.execute(f"PRAGMA user_version={storage.SCHEMA_VERSION + 1}")
    assert_refused_untouched(path, "更新版本")


def test_truncated_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "cut.stoa"
    doc = ApplicationFile.create(path, "base")
    for number in range(200):
        doc.add_row(model.Member, {"name": f"单位{number}" * 20})
    doc.close()
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    assert_refused_untouched(path, "cut.stoa")


def test_older_file_is_migrated_one_step_at_a_time_after_a_snapshot(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, home: Path) -> None:
    path = tmp_path / "old.stoa"
    ApplicationFile.create(path, "base").close()
    steps: list[int] = []

    def step(connection: sqlite3.Connection) -> None:
        steps.append(connection.execute("PRAGMA user_version").fetchone()[0])
        connection.execute("CREATE TABLE added_in_v2 (x VARCHAR NOT NULL)")

    monkeypatch.setitem(file_check.SCHEMA, "added_in_v2", "x")  # what the new version expects
    monkeypatch.setattr(storage, "SCHEMA_VERSION", storage.SCHEMA_VERSION + 1)
    monkeypatch.setitem(storage.MIGRATIONS, storage.SCHEMA_VERSION - 1, step)
    ApplicationFile.open(path).close()
    assert steps == [storage.SCHEMA_VERSION - 1]
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == storage.SCHEMA_VERSION
    taken = snapshots.list_for(path)
    assert [s.reason for s in taken] == ["open", "migrate"]  # newest first
    with sqlite3.connect(taken[1].path) as connection:  # the file as it was before
        assert connection.execute("PRAGMA user_version").fetchone()[0] == storage.SCHEMA_VERSION - 1


def test_failed_migration_leaves_the_file_at_its_old_version(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "old.stoa"
    ApplicationFile.create(path, "base").close()

    def broken(connection: sqlite3.Connection) -> None:
        connection.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("boom")

    old_version = storage.SCHEMA_VERSION
    monkeypatch.setattr(storage, "SCHEMA_VERSION", old_version + 1)
    monkeypatch.setitem(storage.MIGRATIONS, old_version, broken)
    with pytest.raises(storage.FileRefused, match="升级没有完成.*boom"):
        ApplicationFile.open(path)
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == old_version
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    assert "half_done" not in tables


@pytest.mark.parametrize("fixture", sorted((Path(__file__).parent / "fixtures").glob("schema-v*.stoa")),
                         ids=lambda path: path.stem)
def test_every_released_schema_version_opens_upgrades_and_checks_clean(
        fixture: Path, tmp_path: Path) -> None:
    path = tmp_path / fixture.name
    shutil.copy(fixture, path)
    doc = ApplicationFile.open(path)
    try:
        members = doc.rows(model.Member)
        assert members and members[0].is_applicant and members[0].name
        assert all(member.credit_code_confirmed == "" for member in members)
        assert [p for p in rules.check(doc) if p.severity == rules.ERROR] == []
    finally:
        doc.close()
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == storage.SCHEMA_VERSION
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        file_id = connection.execute("SELECT file_id FROM application").fetchone()[0]
    assert re.fullmatch("[0-9a-f]{32}", file_id)  # schema 3: the id its snapshots follow
