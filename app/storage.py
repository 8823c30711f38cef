"""The one way in to application files (.stoa): open, create, check version and integrity.

An application file is a SQLite database marked with our ``application_id`` and a schema
version in ``user_version``. Opening never writes to a file it refuses.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app import snapshots

if TYPE_CHECKING:
    from sqlalchemy import Engine

# SQLAlchemy and SQLModel are imported where an engine is made, not here: checking a
# file (``inspect_file``) is part of showing it, which must not wait for them (app.opening).

APPLICATION_ID = 0x53544F41  # "STOA": tells our files from any other SQLite database
SCHEMA_VERSION = 3
SQLITE_HEADER = b"SQLite format 3\x00"

def _v2_confirmed_codes(connection: sqlite3.Connection) -> None:
    """A member's failing credit code may be confirmed against the licence (issue 3)."""
    connection.execute(
        "ALTER TABLE member ADD COLUMN credit_code_confirmed VARCHAR NOT NULL DEFAULT ''")


def _v3_file_id(connection: sqlite3.Connection) -> None:
    """Each file carries a random id, so its snapshots follow it when moved (issue 16)."""
    connection.execute("ALTER TABLE application ADD COLUMN file_id VARCHAR NOT NULL DEFAULT ''")
    connection.execute("UPDATE application SET file_id = lower(hex(randomblob(16)))")


# One step per schema version: MIGRATIONS[n] upgrades a file from version n to n + 1.
# Keep a file of every released version under tests/fixtures/ (test_storage opens each).
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {1: _v2_confirmed_codes,
                                                               2: _v3_file_id}


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


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    dbapi_connection.text_factory = decode_text
    cursor = dbapi_connection.cursor()
    # Rollback journal, not WAL: WAL needs shared memory, which network drives do not
    # provide, and leaves -wal/-shm files beside the document that users copy apart.
    cursor.execute("PRAGMA journal_mode=DELETE")
    # FULL: a committed edit survives a power cut, which autosave promises.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def _engine(path: Path) -> Engine:
    from sqlalchemy import event
    from sqlmodel import create_engine

    from app import model  # noqa: F401  (registers every table on SQLModel.metadata)

    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _set_pragmas)
    return engine


def _read_only_engine(path: Path) -> Engine:
    """An engine that cannot write (SQLite's ``mode=ro``): for a file another process edits."""
    from sqlmodel import create_engine

    from app import model  # noqa: F401  (registers every table on SQLModel.metadata)

    uri = f"{Path(path).resolve().as_uri()}?mode=ro"

    def connect() -> sqlite3.Connection:
        connection = sqlite3.connect(uri, uri=True, check_same_thread=False)
        connection.text_factory = decode_text
        connection.execute("PRAGMA busy_timeout=5000")
        return connection

    return create_engine("sqlite://", creator=connect)


def create_file(path: Path) -> Engine:
    """Create an empty application file with every table; refuses to overwrite."""
    path = Path(path)
    if path.exists():
        raise FileRefused(f"文件「{path}」已存在，不会覆盖。")
    path.parent.mkdir(parents=True, exist_ok=True)
    from sqlmodel import SQLModel

    engine = _engine(path)
    SQLModel.metadata.create_all(engine)
    with engine.begin() as connection:
        connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
        connection.exec_driver_sql(f"PRAGMA user_version={SCHEMA_VERSION}")
    return engine


def inspect_file(path: Path) -> int:
    """Check that ``path`` is an application file this version can open; return its version.

    Reads only: the file is opened read-only, so a refused file is never touched.
    """
    path = Path(path)
    if not path.is_file():
        raise FileRefused(f"找不到文件「{path}」。")
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise FileRefused(f"无法读取文件「{path}」：{error.strerror}") from error
    if header != SQLITE_HEADER:
        raise FileRefused(f"「{path.name}」不是申报文件，或文件已损坏。",
                          damaged=path.suffix == ".stoa")
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            app_id = connection.execute("PRAGMA application_id").fetchone()[0]
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            check = connection.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            connection.close()
    except (sqlite3.DatabaseError, UnicodeDecodeError) as error:
        # (SQLite's report on a damaged page may itself hold bytes that are not UTF-8.)
        raise FileRefused(f"申报文件「{path.name}」已损坏，无法打开（{error}）。",
                          damaged=True) from error
    if app_id != APPLICATION_ID:
        raise FileRefused(f"「{path.name}」不是本程序的申报文件。")
    if check != "ok":
        raise FileRefused(f"申报文件「{path.name}」已损坏，完整性检查未通过。", damaged=True)
    if version > SCHEMA_VERSION:
        raise FileRefused(
            f"申报文件「{path.name}」由更新版本的申报助手保存（格式版本 {version}，"
            f"本程序支持到 {SCHEMA_VERSION}），请升级申报助手后再打开。"
        )
    if version < 1:
        raise FileRefused(f"「{path.name}」的格式版本无效，无法打开。")
    return version


def _migrate(path: Path, version: int) -> None:
    """Bring an older file up to date, one atomic step per version, after a snapshot."""
    snapshots.take(path, "migrate")
    connection = sqlite3.connect(path, isolation_level=None)
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
    finally:
        connection.close()


def upgrade(path: Path, version: int) -> int:
    """Bring a file of an older ``version`` (from ``inspect_file``) up to date; the new version."""
    if version < SCHEMA_VERSION:
        _migrate(path, version)
    return SCHEMA_VERSION


def open_file(path: Path, read_only: bool = False, version: int | None = None) -> Engine:
    """Open an existing application file for editing, upgrading an older one first.

    ``version`` is what ``inspect_file`` said, when the caller has just asked it (the
    integrity check reads the whole file, so it is not run twice). Read-only, nothing is
    written, so an older file cannot be upgraded: it is refused.
    """
    path = Path(path)
    if version is None:
        version = inspect_file(path)
    if read_only:
        if version < SCHEMA_VERSION:
            raise FileRefused(f"「{path.name}」需要升级格式后才能打开，请先在编辑它的窗口中打开一次。")
        return _read_only_engine(path)
    upgrade(path, version)
    return _engine(path)
