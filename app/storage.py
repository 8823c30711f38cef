"""The one way in to application files (.stoa): open, create, check version and integrity.

An application file is a SQLite database marked with our ``application_id`` and a schema
version in ``user_version``. Opening never writes to a file it refuses.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app import files, paths, snapshots
from app.call_store import _v5_call
from app.docx_choice import _v5_docx_choice
from app.lock import EditLock, FileInUse
from app.packets.upgrade import _v5_member_packets
from app.pilot.schema import _v5_pilot

if TYPE_CHECKING:
    from sqlalchemy import Engine

# SQLAlchemy and SQLModel are imported where an engine is made, not here: checking a
# file (``inspect_file``) is part of showing it, which must not wait for them (app.opening).

APPLICATION_ID = 0x53544F41  # "STOA": tells our files from any other SQLite database
SCHEMA_VERSION = 5
SQLITE_HEADER = b"SQLite format 3\x00"

def _v2_confirmed_codes(connection: sqlite3.Connection) -> None:
    """A member's failing credit code may be confirmed against the licence (issue 3)."""
    connection.execute(
        "ALTER TABLE member ADD COLUMN credit_code_confirmed VARCHAR NOT NULL DEFAULT ''")


def _v3_file_id(connection: sqlite3.Connection) -> None:
    """Each file carries a random id, so its snapshots follow it when moved (issue 16)."""
    connection.execute("ALTER TABLE application ADD COLUMN file_id VARCHAR NOT NULL DEFAULT ''")
    connection.execute("UPDATE application SET file_id = lower(hex(randomblob(16)))")


NORMALISED_CODES = 4  # the version from which codes are stored normalised


def _normalise_codes(connection: sqlite3.Connection) -> None:
    """Codes typed full-width, lower case or spaced before issue 18 are stored as the form
    prints them (``app.normalise``, which every write applies from this version on)."""
    from app import normalise

    for (table, column), normaliser in normalise.COLUMNS.items():
        present = {row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')}
        if column not in present:  # (a column a later version adds)
            continue
        for row_id, value in connection.execute(
                f'SELECT rowid, "{column}" FROM "{table}"').fetchall():
            if isinstance(value, str) and (normalised := normaliser(value)) != value:
                connection.execute(f'UPDATE "{table}" SET "{column}" = ? WHERE rowid = ?',
                                   (normalised, row_id))


def _v4_outputs_and_codes(connection: sqlite3.Connection) -> None:
    """Version 4: the document script and the last outputs are kept with the file, and
    codes are stored normalised."""
    connection.execute("ALTER TABLE application ADD COLUMN document_script VARCHAR NOT NULL "
                       "DEFAULT 'zh_CN'")
    connection.execute("ALTER TABLE application ADD COLUMN last_outputs VARCHAR NOT NULL DEFAULT ''")
    _normalise_codes(connection)


def _v5(connection: sqlite3.Connection) -> None:
    """Version 5: the call each application answers (app.call_store), whether the Word
    form goes into the zip (app.docx_choice), what member units
    answer to their packets (app.packets.upgrade) and the pilot's records once approved
    (app.pilot.schema)."""
    _v5_call(connection)
    _v5_docx_choice(connection)
    _v5_member_packets(connection)
    _v5_pilot(connection)


# One step per schema version: MIGRATIONS[n] upgrades a file from version n to n + 1.
# Keep a file of every released version under tests/fixtures/ (test_storage opens each).
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {
    1: _v2_confirmed_codes, 2: _v3_file_id, 3: _v4_outputs_and_codes, 4: _v5}


class FileRefused(Exception):
    """An application file that cannot be opened; ``str()`` is a message for the user.

    ``damaged`` is set when the file is ours (or looks it) but cannot be read: then a
    snapshot may bring the work back.
    """

    def __init__(self, message: str, damaged: bool = False) -> None:
        super().__init__(message)
        self.damaged = damaged


def decode_text(data: bytes) -> str:
    # A damaged byte in a text becomes U+FFFD where it stands, not a file that cannot open.
    return data.decode("utf-8", errors="replace")


SQLITE_FULL = 13


def cause(error: BaseException) -> str:
    """Why something failed, in words a user can act on: a full disk is called that."""
    if getattr(error, "sqlite_errorcode", None) == SQLITE_FULL or \
            getattr(error, "errno", None) == errno.ENOSPC or "disk is full" in str(error):
        return f"磁盘已满（{error}）"
    return str(getattr(error, "strerror", None) or error)


# SQLite's answer to a read-only connection that finds a hot journal: the file was left
# mid-commit (a crash, a power cut, a pulled stick) and must be rolled back by a writer.
SQLITE_READONLY_ROLLBACK = 776


def _harden(connection: sqlite3.Connection) -> None:
    """What every connection to an application file sets, whoever opens it."""
    connection.text_factory = decode_text
    # A received file may carry views and triggers; with this off, SQL functions with side
    # effects cannot run from them (app.file_check refuses such files in any case).
    connection.execute("PRAGMA trusted_schema=OFF")
    connection.execute("PRAGMA cell_size_check=ON")  # a damaged page is an error, not a crash
    connection.execute("PRAGMA busy_timeout=5000")


def connect(path: Path, read_only: bool = False,
            check_same_thread: bool = True) -> sqlite3.Connection:
    """The one way to a plain ``sqlite3`` connection to an application file."""
    if read_only:
        connection = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True,
                                     check_same_thread=check_same_thread)
    else:
        connection = sqlite3.connect(path, check_same_thread=check_same_thread)
    try:
        _harden(connection)
    except BaseException:
        connection.close()
        raise
    return connection


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    _harden(dbapi_connection)
    cursor = dbapi_connection.cursor()
    # Rollback journal, not WAL: WAL needs shared memory, which network drives do not
    # provide, and leaves -wal/-shm files beside the document that users copy apart.
    cursor.execute("PRAGMA journal_mode=DELETE")
    # FULL: a committed edit survives a power cut, which autosave promises.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _engine(path: Path) -> Engine:
    from sqlalchemy import event
    from sqlalchemy.pool import QueuePool
    from sqlmodel import create_engine

    from app import model  # noqa: F401  (registers every table on SQLModel.metadata)

    # ``mode=rw``: a file deleted or moved under the window is not created anew, empty,
    # at its old name by the next connection; the write fails and the window says so.
    uri = f"{Path(path).resolve().as_uri()}?mode=rw"

    def creator() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, check_same_thread=False)

    # (a creator makes SQLAlchemy assume a memory database; this is a file: pool as one)
    engine = create_engine("sqlite://", creator=creator, poolclass=QueuePool)
    event.listen(engine, "connect", _set_pragmas)
    return engine


def _read_only_engine(path: Path) -> Engine:
    """An engine that cannot write (SQLite's ``mode=ro``): for a file another process edits."""
    from sqlmodel import create_engine

    from app import model  # noqa: F401  (registers every table on SQLModel.metadata)

    def creator() -> sqlite3.Connection:
        return connect(path, read_only=True, check_same_thread=False)

    return create_engine("sqlite://", creator=creator)


def create_file(path: Path) -> Engine:
    """Create an empty application file with every table; refuses to overwrite."""
    path = Path(path)
    if path.exists():
        raise FileRefused(f"文件「{path}」已存在，不会覆盖。")
    path.parent.mkdir(parents=True, exist_ok=True)
    try:  # the name itself, new: not the target of a link someone left there
        os.close(files.create_exclusively(path))
    except FileExistsError as error:
        raise FileRefused(f"文件「{path}」已存在，不会覆盖。") from error
    from sqlmodel import SQLModel

    engine = _engine(path)
    SQLModel.metadata.create_all(engine)
    with engine.begin() as connection:
        connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
        connection.exec_driver_sql(f"PRAGMA user_version={SCHEMA_VERSION}")
    return engine


def journal_path(path: Path) -> Path:
    return Path(path).with_name(Path(path).name + "-journal")


def _is_hot_journal_error(error: sqlite3.Error) -> bool:
    return getattr(error, "sqlite_errorcode", None) == SQLITE_READONLY_ROLLBACK


def recover_journal(path: Path) -> Path:
    """Roll back what a crash left half-written in ``path``; the file to read afterwards.

    A writer that dies mid-commit leaves a hot journal holding the pages as they were
    before that commit. Any read-write connection rolls it back, which gives exactly the
    last committed state: every acknowledged edit, none half-made. SQLite decides under
    its own locks whether a journal is hot, so this is safe beside a window editing the
    file (its journal is then not hot and nothing happens). Where the file cannot be
    written (a read-only share or stick), the rollback happens on a copy of the file and
    journal in the data folder, and that copy is what is read: the original is untouched.
    """
    path = Path(path)
    try:
        connection = connect(path)
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            connection.close()
        return path
    except sqlite3.Error:
        pass  # cannot be written here: recover a copy
    import hashlib
    import shutil
    folder = paths.data_dir() / "recovered" / hashlib.sha256(
        str(path.resolve()).encode("utf-8")).hexdigest()[:10]
    try:
        folder.mkdir(parents=True, exist_ok=True)
        copy = folder / path.name
        for source, target in ((path, copy), (journal_path(path), journal_path(copy))):
            target.unlink(missing_ok=True)
            shutil.copyfile(source, target)
        connection = connect(copy)
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            connection.close()
    except (OSError, sqlite3.Error) as error:
        raise FileRefused(
            f"申报文件「{path.name}」上次保存时被中断，需要恢复，但无法恢复（{error}）。"
            f"请把它复制到本机可写的文件夹后再打开。", damaged=True) from error
    return copy


@dataclass(frozen=True)
class Examined:
    """What ``examine`` found: the schema ``version`` and the file to read it from."""

    version: int
    readable: Path  # the file itself, or a recovered copy (see recover_journal)


def examine(path: Path) -> Examined:
    """Check that ``path`` is an application file this version can open.

    Never writes to a file it refuses. A file left mid-commit is first rolled back to its
    last committed state (``recover_journal``), which is not damage. Then its schema and
    every value are checked (``app.file_check``): a file that holds what the application
    never writes is refused with a message naming table, row and column.
    """
    path = Path(path)
    if not path.is_file():
        raise FileRefused(f"找不到文件「{path}」。" if not path.exists()
                          else f"「{path.name}」不是一个普通文件，无法打开。")
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise FileRefused(f"无法读取文件「{path}」：{error.strerror}") from error
    if header != SQLITE_HEADER:
        raise FileRefused(f"「{path.name}」不是申报文件，或文件已损坏。",
                          damaged=path.suffix == ".stoa")
    readable = path
    try:
        try:
            version = _examine_connection(path, readable)
        except sqlite3.Error as error:
            if not _is_hot_journal_error(error):
                raise
            readable = recover_journal(path)
            version = _examine_connection(path, readable)
    except (sqlite3.DatabaseError, UnicodeDecodeError) as error:
        # (SQLite's report on a damaged page may itself hold bytes that are not UTF-8.)
        raise FileRefused(f"申报文件「{path.name}」已损坏，无法打开（{error}）。",
                          damaged=True) from error
    except sqlite3.Error as error:
        raise FileRefused(f"无法读取申报文件「{path.name}」（{error}）。") from error
    return Examined(version, readable)


def _examine_connection(path: Path, readable: Path) -> int:
    from app import file_check

    connection = connect(readable, read_only=True)
    try:
        app_id = connection.execute("PRAGMA application_id").fetchone()[0]
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        if app_id != APPLICATION_ID:
            raise FileRefused(f"「{path.name}」不是本程序的申报文件。")
        check = connection.execute("PRAGMA quick_check").fetchone()[0]
        if check != "ok":
            raise FileRefused(f"申报文件「{path.name}」已损坏，完整性检查未通过。", damaged=True)
        if version > SCHEMA_VERSION:
            raise FileRefused(
                f"申报文件「{path.name}」由更新版本的申报助手保存（格式版本 {version}，"
                f"本程序支持到 {SCHEMA_VERSION}），请升级申报助手后再打开。"
            )
        if version < 1:
            raise FileRefused(f"「{path.name}」的格式版本无效，无法打开。")
        _refuse_problems(path, file_check.check(connection, current=version == SCHEMA_VERSION))
    finally:
        connection.close()
    return int(version)


class NeedsRepair(FileRefused):
    """A file holding what the application never writes; ``repair_copy`` may mend it."""


def _refuse_problems(path: Path, problems: list[Any]) -> None:
    from app import file_check

    if problems:
        raise NeedsRepair(
            f"申报文件「{path.name}」含有本程序不会写入的内容，为安全起见没有打开。"
            f"它可能来自其他程序，或被改动过：\n{file_check.describe(problems)}\n"
            f"可以把它修复为一个新文件（{file_check.repaired_name(path)}），原文件保持不动。")


class ReadOnlyLocation(FileInUse):
    """The file cannot be edited where it is (a read-only folder, share or stick): it can
    still be read, as a file open in another window is."""


def edit_lock(path: Path) -> EditLock:
    """This process's edit lock on ``path``; ``FileInUse`` when it cannot edit it there."""
    path = Path(path)
    if not os.access(path, os.W_OK):
        raise ReadOnlyLocation(f"「{path.name}」是只读文件，不能在原位置修改。"
                               f"要修改，请用“另存为…”保存一份可写的副本。")
    try:
        return EditLock(path)
    except FileInUse:
        raise
    except OSError as error:
        raise ReadOnlyLocation(
            f"「{path.name}」所在的文件夹不能写入（{error.strerror or error}），不能在原位置修改。"
            f"要修改，请用“另存为…”保存到可写的文件夹。") from error


def inspect_file(path: Path) -> int:
    """``examine(path).version``: for opening to edit, where a copy would not do."""
    return examine(path).version


def repair_copy(path: Path) -> tuple[Path, list[str]]:
    """A mended copy of ``path`` beside it (``…-修复.stoa``) and what was changed.

    Foreign triggers, views and tables are dropped and wrong cells reset to empty, on the
    copy; the received file stays as it is. Refused when the copy still does not pass.
    """
    from app import file_check

    path = Path(path)
    readable = path
    if journal_path(path).exists():
        readable = recover_journal(path)
    target = path.with_name(file_check.repaired_name(path))
    number = 2
    while target.exists():
        target = path.with_name(f"{path.stem}-修复-{number}{path.suffix or '.stoa'}")
        number += 1
    try:
        with files.staged(target) as partial:  # (never through a link planted beside it)
            reader = connect(readable, read_only=True)
            writer = sqlite3.connect(partial, isolation_level=None)
            try:
                reader.backup(writer)
                _harden(writer)
                writer.execute("PRAGMA journal_mode=DELETE")
                writer.execute("BEGIN IMMEDIATE")
                done = file_check.repair(writer)
                writer.execute("COMMIT")
                version = writer.execute("PRAGMA user_version").fetchone()[0]
                problems = file_check.check(writer, current=version == SCHEMA_VERSION)
            finally:
                writer.close()
                reader.close()
            if problems:
                raise FileRefused(f"「{path.name}」无法自动修复：\n{file_check.describe(problems)}")
    except sqlite3.Error as error:
        raise FileRefused(f"「{path.name}」无法修复（{error}）。", damaged=True) from error
    except OSError as error:
        raise FileRefused(f"无法写入修复后的文件「{target.name}」：{error.strerror}") from error
    return target, done


def _migrate(path: Path, version: int) -> None:
    """Bring an older file up to date, one atomic step per version, after a snapshot."""
    from app import file_check

    try:
        snapshots.take(path, "migrate")
    except (OSError, sqlite3.Error) as error:
        raise FileRefused(
            f"「{path.name}」是旧版本的申报文件，打开前要先升级格式，但升级前无法保存它的快照"
            f"（{cause(error)}）。文件没有改动。"
            f"请检查磁盘空间和快照文件夹 {getattr(error, 'filename', None) or paths.data_dir() / 'snapshots'}"
            f" 是否可写。") from error
    try:
        connection = connect(path)
        connection.isolation_level = None
        try:
            while version < SCHEMA_VERSION:
                connection.execute("BEGIN IMMEDIATE")
                try:
                    MIGRATIONS[version](connection)
                    connection.execute(f"PRAGMA user_version={version + 1}")
                    connection.execute("COMMIT")
                except BaseException:
                    connection.execute("ROLLBACK")
                    raise
                version += 1
            problems = file_check.check(connection)
        finally:
            connection.close()
    except Exception as error:  # (a failing step of ours, too: the user gets a message)
        raise FileRefused(f"「{path.name}」的格式升级没有完成（{cause(error)}），文件保持升级前的样子。"
                          f"请检查磁盘空间和文件是否可写。") from error
    _refuse_problems(path, problems)


def upgrade(path: Path, version: int) -> int:
    """Bring a file of an older ``version`` (from ``inspect_file``) up to date; the new version."""
    if version < SCHEMA_VERSION:
        _migrate(path, version)
    return SCHEMA_VERSION


def open_file(path: Path, read_only: bool = False, version: int | None = None) -> Engine:
    """Open an existing application file for editing, upgrading an older one first.

    ``version`` is what ``inspect_file`` said, when the caller has just asked it (the
    integrity check reads the whole file, so it is not run twice). Read-only, nothing is
    written, so an older file cannot be upgraded: it is refused. A read-only file left
    mid-commit in a place that cannot be written is read from its recovered copy.
    """
    path = Path(path)
    readable = path
    if version is None:
        examined = examine(path)
        version, readable = examined.version, examined.readable
    if read_only:
        if version < SCHEMA_VERSION:
            raise FileRefused(
                f"「{path.name}」是旧版本的申报文件，要先升级格式才能打开，而这里只能读取它。"
                f"若它所在的文件夹不能写入，请先把它复制到可写的文件夹（如“文档”）再打开；"
                f"若它正在另一个窗口中编辑，请在那个窗口中查看。")
        return _read_only_engine(readable)
    upgrade(path, version)
    return _engine(path)
