"""A file shown before the ORM has loaded (app.opening) reads, locks and hands over as
``ApplicationFile.open`` would."""

import shutil
import sqlite3
from pathlib import Path

import pytest

from app import model, storage, tables
from app.document import ApplicationFile
from app.lock import FileInUse, lock_path
from app.opening import OpeningFile
from app.samples import write_sample

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def sample_file(tmp_path: Path, org_type: str) -> Path:
    path = tmp_path / f"{org_type}.stoa"
    write_sample(org_type, path).close()
    return path


def test_every_row_reads_as_the_model_gives_it(sample_file: Path) -> None:
    """The window's first page is drawn from these reads: they must be the file's values,
    booleans as booleans and empty numbers as None, in the list's order."""
    doc = ApplicationFile.open(sample_file, read_only=True)
    expected = {table.__tablename__: [row.model_dump() for row in doc.rows(table)]
                if table in model.LIST_TABLES else [doc.section(table).model_dump()]
                for table in (*model.SECTION_TABLES, *model.LIST_TABLES)}
    org_type, applicant_id = doc.org_type, doc.applicant_member().id
    doc.close()
    opening = OpeningFile.open(sample_file)
    try:
        for table in tables.ALL:
            rows = ([opening.section(table)] if table in tables.SECTIONS else opening.rows(table))
            assert [vars(row) for row in rows] == expected[table.__tablename__], table
            assert opening.count(table) == len(expected[table.__tablename__])
        assert opening.org_type == org_type and opening.applicant_member().id == applicant_id
        assert opening.row(tables.Member, applicant_id).is_applicant is True
        assert opening.row(tables.Member, 99999) is None
        assert not opening.ready
    finally:
        opening.close()


def test_it_holds_the_edit_lock_from_the_start_and_hands_it_over(sample_file: Path) -> None:
    opening = OpeningFile.open(sample_file)
    with pytest.raises(FileInUse):
        ApplicationFile.open(sample_file)
    doc = opening.finish()
    assert isinstance(doc, ApplicationFile) and opening.ready and opening.finish() is doc
    with pytest.raises(FileInUse):
        ApplicationFile.open(sample_file)
    opening.close()
    assert not lock_path(sample_file).exists()
    ApplicationFile.open(sample_file).close()  # free again


def test_closing_before_the_hand_over_releases_the_lock(sample_file: Path) -> None:
    OpeningFile.open(sample_file).close()
    assert not lock_path(sample_file).exists()
    ApplicationFile.open(sample_file).close()


def test_an_edit_before_the_hand_over_is_written_and_heard(sample_file: Path) -> None:
    """Typing in the first moments: the edit finishes the opening, then is written."""
    opening = OpeningFile.open(sample_file)
    heard: list[tuple[str, int | None, str | None]] = []
    opening.add_listener(lambda *change: heard.append(change))
    old = opening.set_value(tables.Application, 1, "org_name", "上海市测试基地")
    assert opening.ready and old != "上海市测试基地"
    assert heard == [("application", 1, "org_name")]
    assert opening.section(tables.Application).org_name == "上海市测试基地"
    opening.close()
    with sqlite3.connect(sample_file) as connection:
        assert connection.execute("SELECT org_name FROM application").fetchone()[0] == "上海市测试基地"


def test_the_rules_and_outputs_always_read_the_real_file(sample_file: Path) -> None:
    """Code naming a model class is never answered by the quick reads: it gets models."""
    opening = OpeningFile.open(sample_file)
    try:
        applicant = opening.section(model.Applicant)
        assert isinstance(applicant, model.Applicant) and opening.ready
    finally:
        opening.close()


@pytest.mark.parametrize("content", [b"not a database", b"SQLite format 3\x00" + b"\x00" * 200])
def test_a_file_that_is_not_ours_is_refused_without_a_lock_left(tmp_path: Path,
                                                                  content: bytes) -> None:
    path = tmp_path / "broken.stoa"
    path.write_bytes(content)
    with pytest.raises(storage.FileRefused):
        OpeningFile.open(path)
    assert not lock_path(path).exists()


def test_a_file_without_its_sections_is_refused(sample_file: Path) -> None:
    with sqlite3.connect(sample_file) as connection:
        connection.execute("DELETE FROM application")
    with pytest.raises(storage.FileRefused, match="申报类型与名称.*缺少"):
        OpeningFile.open(sample_file)
    assert not lock_path(sample_file).exists()


def test_an_older_file_is_upgraded_first(tmp_path: Path) -> None:
    path = tmp_path / "old.stoa"
    shutil.copy(FIXTURES / "schema-v1-base.stoa", path)
    opening = OpeningFile.open(path)
    try:
        assert all(member.credit_code_confirmed == "" for member in opening.rows(tables.Member))
        assert opening.finish().rows(model.Member)
    finally:
        opening.close()
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == storage.SCHEMA_VERSION
