"""Random values of random types in random cells: a message, never a crash.

Hypothesis writes one value (or a few) straight into a real application file with plain
SQLite, as another program or a damaged copy would, then the file goes through what the
commands do with it: open, check against the call's rules, the JSON export, the facts of
the printed form and the checksum. Each step either works or refuses the file with a
Chinese message naming it (``storage.FileRefused``); nothing else may escape.
"""

import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from app import file_check, storage
from app.document import ApplicationFile
from app.export import take_snapshot
from app.samples import write_sample

VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.integers(min_value=-3, max_value=30),  # small numbers: months, years, positions, ids
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40),
    st.sampled_from(["", "base", "center", "9999-99-99", "2021-02-30", "-1", "１２", "\x00",
                     "来源", "使用", "国家标准", "𠮷野家", "\u202e", "a" * 3001]),
    st.binary(max_size=16),
)
CELLS = st.tuples(
    st.sampled_from(sorted(file_check.SCHEMA)),
    st.integers(min_value=0, max_value=40),  # which column (modulo the table's)
    st.integers(min_value=0, max_value=30),  # which row (modulo the table's)
    VALUES,
)


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("fuzz") / "pristine.stoa"
    write_sample("base", path).close()
    return path


def poke(path: Path, cells: list[tuple[str, int, int, object]]) -> None:
    connection = sqlite3.connect(path)
    for table, column_index, row_index, value in cells:
        columns = file_check.columns(table)
        column = columns[column_index % len(columns)]
        count = connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
        if not count:
            continue
        try:
            connection.execute(
                f'UPDATE "{table}" SET "{column.name}" = ? WHERE rowid = (SELECT rowid FROM '
                f'"{table}" ORDER BY rowid LIMIT 1 OFFSET ?)', (value, row_index % count))
        except (sqlite3.IntegrityError, OverflowError):
            pass  # NOT NULL or a duplicate key: SQLite itself keeps such a value out
    connection.commit()
    connection.close()


@settings(max_examples=120, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(cells=st.lists(CELLS, min_size=1, max_size=4))
@example(cells=[("fundingline", 2, 6, -5)])  # a pilot year before the first: an IndexError once
@example(cells=[("fundingline", 3, 0, "transfer")])  # a direction the grid has no row for
@example(cells=[("fundingline", 5, 1, b"\x00\xff")])  # bytes as money: a segfault in the window
def test_random_cells_give_a_message_never_a_crash(
        pristine: Path, tmp_path: Path, cells: list[tuple[str, int, int, object]]) -> None:
    path = tmp_path / "fuzzed.stoa"
    shutil.copyfile(pristine, path)
    poke(path, cells)
    try:
        doc = ApplicationFile.open(path, read_only=True)
    except storage.FileRefused as refused:
        assert path.name in str(refused) and len(str(refused)) < 2000
        return
    try:
        snapshot = take_snapshot(doc)  # the rules, the JSON, the form's facts, the checksum
        assert len(snapshot.checksum) == 12
        for problem in snapshot.problems:
            assert problem.message and len(problem.message) < 2000
    finally:
        doc.close()
