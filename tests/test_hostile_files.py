"""Files from anyone: a crash mid-commit, crafted schemas and wrong values.

Every file here is built by the test from a real application file, changed with plain
SQLite the way a crash, another program or an attacker would leave it. Each is opened
through the application's own ways in (the editing open, the read-only open the
commands use, the quick open of the window) and the command line, which must all
either show the last committed state or refuse the file with a message that names
what is wrong: never a traceback, never live SQL run.
"""

import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from app import file_check, model, storage, tables
from app.document import ApplicationFile
from app.lock import FileInUse
from app.opening import OpeningFile
from app.samples import write_sample


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    path = tmp_path / "sample.stoa"
    write_sample("base", path).close()
    return path


def run_cli(*args: str | Path, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app", *map(str, args)], capture_output=True,
                          text=True, env=env, cwd=cwd, timeout=120)


def crash_mid_commit(path: Path, target: Path) -> None:
    """``target``: ``path`` as a writer killed in the middle of a large commit leaves it.

    The writer's cache is one page, so SQLite writes changed pages into the file before
    the commit; the copy then holds half a transaction and the hot journal that undoes it.
    """
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("PRAGMA cache_size=1")
    writer.execute("BEGIN")
    writer.executemany("INSERT INTO measure (position, kind, content, target, timing) "
                       "VALUES (?, '', ?, '', '')", [(900 + i, "x" * 900) for i in range(600)])
    writer.execute("UPDATE plan SET mechanism = 'half-written' WHERE id = 1")
    shutil.copyfile(path, target)
    shutil.copyfile(storage.journal_path(path), storage.journal_path(target))
    writer.execute("ROLLBACK")
    writer.close()


@pytest.fixture
def crashed(sample: Path, tmp_path: Path) -> Path:
    doc = ApplicationFile.open(sample)
    doc.set_value(model.Plan, 1, "mechanism", "acknowledged edit")
    doc.close()
    target = tmp_path / "crashed.stoa"
    crash_mid_commit(sample, target)
    assert storage.journal_path(target).exists()
    with pytest.raises(sqlite3.OperationalError):  # what every read-only open met before
        sqlite3.connect(f"{target.as_uri()}?mode=ro", uri=True).execute(
            "SELECT count(*) FROM plan").fetchone()
    return target


def test_a_file_left_mid_commit_opens_read_only_with_every_acknowledged_edit(
        crashed: Path) -> None:
    doc = ApplicationFile.open(crashed, read_only=True)
    try:
        assert doc.section(model.Plan).mechanism == "acknowledged edit"
        assert not any(m.content == "x" * 900 for m in doc.rows(model.Measure))
    finally:
        doc.close()
    assert not storage.journal_path(crashed).exists()  # rolled back in place


def test_a_file_left_mid_commit_opens_for_editing_and_quickly(crashed: Path) -> None:
    opening = OpeningFile.open(crashed)
    try:
        assert opening.section(tables.Plan).mechanism == "acknowledged edit"
    finally:
        opening.close()
    doc = ApplicationFile.open(crashed)
    try:
        assert doc.section(model.Plan).mechanism == "acknowledged edit"
    finally:
        doc.close()


def test_the_commands_read_a_file_left_mid_commit(
        crashed: Path, tmp_path: Path, child_env: dict[str, str], repo_root: Path) -> None:
    result = run_cli("export-json", crashed, tmp_path / "out" / "a.json", env=child_env,
                     cwd=repo_root)
    assert result.returncode == 0, result.stderr
    assert "acknowledged edit" in (tmp_path / "out" / "a.json").read_text(encoding="utf-8")


def test_a_file_left_mid_commit_where_nothing_can_be_written_is_recovered_on_a_copy(
        crashed: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = crashed.read_bytes()
    journal = storage.journal_path(crashed).read_bytes()
    real_connect = storage.connect

    def read_only_share(path: Path, read_only: bool = False, **kwargs: bool) -> sqlite3.Connection:
        if not read_only and Path(path) == crashed:
            raise sqlite3.OperationalError("attempt to write a readonly database")
        return real_connect(path, read_only, **kwargs)

    monkeypatch.setattr(storage, "connect", read_only_share)
    doc = ApplicationFile.open(crashed, read_only=True)
    try:
        assert doc.section(model.Plan).mechanism == "acknowledged edit"
    finally:
        doc.close()
    assert crashed.read_bytes() == before  # the original and its journal are untouched
    assert storage.journal_path(crashed).read_bytes() == journal


# Crafted files: what each does to the sample, and words its refusal must contain.
def _trigger(c: sqlite3.Connection) -> None:
    c.execute("CREATE TRIGGER steal AFTER UPDATE ON plan BEGIN "
              "UPDATE applicant SET contact_email = 'thief@example.com'; DELETE FROM member "
              "WHERE is_applicant = 0; END")


def _view(c: sqlite3.Connection) -> None:
    c.execute("ALTER TABLE measure RENAME TO measure_real")
    c.execute("CREATE VIEW measure AS SELECT * FROM measure_real WHERE 0")


def _unknown_table(c: sqlite3.Connection) -> None:
    c.execute("CREATE TABLE payload (x)")


def _extra_column(c: sqlite3.Connection) -> None:
    c.execute("ALTER TABLE member ADD COLUMN secret VARCHAR")


def _missing_column(c: sqlite3.Connection) -> None:
    c.execute("ALTER TABLE recommender DROP COLUMN contact_phone")


def _bytes_in_money(c: sqlite3.Connection) -> None:
    c.execute("UPDATE fundingline SET amount_fen = X'00ff10' WHERE id = "
              "(SELECT id FROM fundingline ORDER BY id LIMIT 1 OFFSET 2)")


def _text_in_count(c: sqlite3.Connection) -> None:
    c.execute("UPDATE applicant SET staff_count = 'many'")


def _real_in_position(c: sqlite3.Connection) -> None:
    c.execute("UPDATE member SET position = 1.5 WHERE is_applicant = 0")


def _huge_integer(c: sqlite3.Connection) -> None:
    c.execute("UPDATE applicant SET revenue_fen = 9223372036854775807")


def _boolean_seven(c: sqlite3.Connection) -> None:
    c.execute("UPDATE member SET is_leading_enterprise = 7")


def _bytes_in_text(c: sqlite3.Connection) -> None:
    c.execute("UPDATE member SET name = X'e4b8ad' WHERE is_applicant = 1")


def _null_in_not_null(c: sqlite3.Connection) -> None:
    c.execute("PRAGMA writable_schema=ON")
    c.execute("UPDATE sqlite_master SET sql = replace(sql, 'contact_email VARCHAR NOT NULL', "
              "'contact_email VARCHAR') WHERE name = 'applicant'")
    c.commit()


def _unknown_org_type(c: sqlite3.Connection) -> None:
    c.execute("UPDATE application SET org_type = 'committee'")


def _no_applicant(c: sqlite3.Connection) -> None:
    c.execute("UPDATE applicant SET member_id = 99999")


def _no_section(c: sqlite3.Connection) -> None:
    c.execute("DELETE FROM plan")


def _huge_text(c: sqlite3.Connection) -> None:
    c.execute("UPDATE plan SET goals = ?", ("长" * (file_check.TEXT_HARD_LIMIT + 1),))


def _blob_size_lie(c: sqlite3.Connection) -> None:
    c.execute("UPDATE attachmentblob SET data = 5")


CRAFTED: dict[str, tuple[Callable[[sqlite3.Connection], None], tuple[str, ...]]] = {
    "trigger": (_trigger, ("触发器", "steal")),
    "view": (_view, ("视图", "measure")),
    "unknown table": (_unknown_table, ("payload",)),
    "extra column": (_extra_column, ("secret",)),
    "missing column": (_missing_column, ("推荐单位", "contact_phone")),
    "bytes in money": (_bytes_in_money, ("经费", "第 3 行", "amount_fen", "整数")),
    "text in count": (_text_in_count, ("申报单位", "staff_count", "文本")),
    "real in position": (_real_in_position, ("成员单位", "position", "小数")),
    "huge integer": (_huge_integer, ("revenue_fen", "超出范围")),
    "boolean seven": (_boolean_seven, ("is_leading_enterprise", "是/否")),
    "bytes in text": (_bytes_in_text, ("成员单位", "name", "二进制")),
    "null schema": (_null_in_not_null, ("contact_email", "定义")),
    "unknown type": (_unknown_org_type, ("committee",)),
    "no applicant": (_no_applicant, ("申报单位",)),
    "no section": (_no_section, ("建设方案", "缺少")),
    "huge text": (_huge_text, ("goals", "过长")),
    "blob not bytes": (_blob_size_lie, ("附件内容", "data")),
}


def craft(sample: Path, change: Callable[[sqlite3.Connection], None]) -> Path:
    connection = sqlite3.connect(sample)
    change(connection)
    connection.commit()
    connection.close()
    return sample


@pytest.mark.parametrize("name", CRAFTED)
def test_a_crafted_file_is_refused_naming_what_is_wrong(sample: Path, name: str) -> None:
    change, words = CRAFTED[name]
    path = craft(sample, change)
    before = path.read_bytes()
    for open_it in (lambda: ApplicationFile.open(path), lambda: OpeningFile.open(path),
                    lambda: ApplicationFile.open(path, read_only=True)):
        with pytest.raises(storage.FileRefused) as refused:
            open_it().close()
        message = str(refused.value)
        assert path.name in message
        for word in words:
            assert word in message, (word, message)
        assert not Path(str(path.parent / f".~lock.{path.name}#")).exists()
    assert path.read_bytes() == before  # refused files are never written


@pytest.mark.parametrize("command", ["check", "export-json", "export"])
def test_the_commands_refuse_a_crafted_file_with_exit_2_and_no_traceback(
        sample: Path, tmp_path: Path, command: str, child_env: dict[str, str],
        repo_root: Path) -> None:
    path = craft(sample, _bytes_in_money)
    extra: list[str | Path] = {"check": [], "export-json": [tmp_path / "o.json"],
                               "export": ["--out", tmp_path / "out"]}[command]
    result = run_cli(command, path, *extra, env=child_env, cwd=repo_root)
    assert result.returncode == 2
    assert "amount_fen" in result.stderr and "Traceback" not in result.stderr


def test_a_trigger_in_a_received_file_never_runs(sample: Path) -> None:
    path = craft(sample, _trigger)
    with pytest.raises(storage.NeedsRepair):
        ApplicationFile.open(path)
    connection = sqlite3.connect(path)
    assert connection.execute("SELECT count(*) FROM member").fetchone()[0] > 1
    connection.close()


@pytest.mark.parametrize("name", ["trigger", "view", "unknown table", "bytes in money",
                                  "text in count", "boolean seven", "huge text"])
def test_repair_makes_a_copy_that_opens_and_keeps_the_rest(sample: Path, name: str) -> None:
    doc = ApplicationFile.open(sample, read_only=True)
    members = [m.name for m in doc.rows(model.Member)]
    doc.close()
    path = craft(sample, CRAFTED[name][0])
    before = path.read_bytes()
    if name == "view":  # a view hiding a renamed table cannot be put back automatically
        with pytest.raises(storage.FileRefused, match="无法自动修复"):
            storage.repair_copy(path)
        return
    repaired, done = storage.repair_copy(path)
    assert done and repaired.name == "sample-修复.stoa"
    assert path.read_bytes() == before
    doc = ApplicationFile.open(repaired)
    try:
        assert [m.name for m in doc.rows(model.Member)] == members
        doc.set_value(model.Plan, 1, "mechanism", "edited after repair")  # no trigger fires
        assert len(doc.rows(model.Member)) == len(members)
    finally:
        doc.close()


def test_repair_command(sample: Path, child_env: dict[str, str], repo_root: Path) -> None:
    path = craft(sample, _trigger)
    result = run_cli("repair", path, env=child_env, cwd=repo_root)
    assert result.returncode == 0, result.stderr
    assert "触发器" in result.stdout and "sample-修复.stoa" in result.stdout
    assert run_cli("check", path.with_name("sample-修复.stoa"), env=child_env,
                   cwd=repo_root).returncode in (0, 1)


def test_every_connection_distrusts_the_schema(sample: Path) -> None:
    doc = ApplicationFile.open(sample)
    try:
        with doc._engine.connect() as connection:  # noqa: SLF001 (the pragma is the point)
            assert connection.exec_driver_sql("PRAGMA trusted_schema").scalar() == 0
    finally:
        doc.close()
    assert storage.connect(sample, read_only=True).execute(
        "PRAGMA trusted_schema").fetchone()[0] == 0


def test_the_expected_schema_is_the_one_the_application_creates(tmp_path: Path) -> None:
    ApplicationFile.create(tmp_path / "new.stoa", "base").close()
    connection = sqlite3.connect(tmp_path / "new.stoa")
    tables = {name for (name,) in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert tables == set(file_check.SCHEMA)
    for table in tables:
        found = [(row[1], row[2], bool(row[3])) for row in
                 connection.execute(f"PRAGMA table_info({table})")]
        assert found == [(c.name, c.declared, not c.nullable)
                         for c in file_check.columns(table)], table
    assert file_check.check(connection) == []
    connection.close()


def test_a_folder_that_cannot_be_written_opens_read_only(
        sample: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import app.lock

    def refuse(self: object, path: Path) -> None:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(app.lock.EditLock, "__init__", refuse)
    with pytest.raises(FileInUse, match="不能写入") as refused:
        ApplicationFile.open(sample)
    assert isinstance(refused.value, storage.ReadOnlyLocation)
    with pytest.raises(storage.ReadOnlyLocation):
        OpeningFile.open(sample)
    ApplicationFile.open(sample, read_only=True).close()


def test_an_upgrade_that_cannot_snapshot_is_refused_and_leaves_the_file(
        tmp_path: Path, repo_root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from app import snapshots

    old = tmp_path / "old.stoa"
    shutil.copyfile(repo_root / "tests" / "fixtures" / "schema-v1-base.stoa", old)
    before = old.read_bytes()

    def full_disk(path: Path, reason: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(snapshots, "take", full_disk)
    with pytest.raises(storage.FileRefused, match="升级前无法保存") as refused:
        ApplicationFile.open(old)
    assert "No space left" in str(refused.value)
    assert old.read_bytes() == before


def test_a_full_disk_names_the_file_it_could_not_write(
        sample: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    import app.json_io
    from app.__main__ import main

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")  # (no file name, as SQLite's are)

    monkeypatch.setattr(app.json_io, "write_atomically", full)
    out = tmp_path / "out" / "a.json"
    assert main(["export-json", str(sample), str(out)]) == 2
    error = capsys.readouterr().err
    assert "磁盘已满" in error and str(out.parent) in error and "None" not in error


def test_a_fault_of_ours_in_a_command_is_a_message_and_a_log_not_a_traceback(
        sample: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        home: Path) -> None:
    from app import rules
    from app.__main__ import main

    def broken(*args: object, **kwargs: object) -> None:
        raise KeyError("boom")

    monkeypatch.setattr(rules, "check", broken)
    assert main(["check", str(sample)]) == 3
    error = capsys.readouterr().err
    assert "内部出错" in error and "Traceback" not in error
    logs = list((home / "data" / "logs").glob("error-*.txt"))
    assert len(logs) == 1 and "KeyError" in logs[0].read_text(encoding="utf-8")
