"""Each application keeps the call it answers (schema 5): files of version 4 answer the
2021 call once upgraded; moving a file to another call re-checks it and makes its last
outputs stale; a crafted call inside a received file is refused like any other content."""

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from app import export, model, output_record, rules, storage
from app.call_check import read_call
from app.call_store import CallNotOffered, bundled, call_of, use_call
from app.document import ApplicationFile
from app.json_io import export_json, import_json
from app.samples import write_sample
from tests.call_rounds import AFTER_DEADLINE, BEFORE_DEADLINE, write_call

FIXTURES = Path(__file__).parent / "fixtures"


def round_2026(tmp_path: Path, **changes: object):
    return read_call(write_call(tmp_path / "round.json", **changes), BEFORE_DEADLINE).call


@pytest.mark.parametrize("fixture", ["schema-v4-base.stoa", "schema-v4-center.stoa"])
def test_a_version_4_file_is_upgraded_to_answer_the_2021_call(tmp_path: Path, fixture: str) -> None:
    path = tmp_path / fixture
    shutil.copyfile(FIXTURES / fixture, path)
    assert storage.inspect_file(path) == 4
    doc = ApplicationFile.open(path)
    try:
        assert call_of(doc) == bundled()
        assert call_of(doc).number == "沪市监标创20210511号"
    finally:
        doc.close()
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == storage.SCHEMA_VERSION
        (kept,) = connection.execute("SELECT call_json FROM application").fetchone()
        assert '"number": "沪市监标创20210511号"' in kept
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_new_file_answers_the_call_it_was_made_for(tmp_path: Path) -> None:
    call = round_2026(tmp_path)
    doc = ApplicationFile.create(tmp_path / "n.stoa", "center", call)
    try:
        assert call_of(doc) == call
    finally:
        doc.close()


def test_a_call_that_does_not_take_the_type_is_refused(tmp_path: Path) -> None:
    only_centers = round_2026(tmp_path, pilot_types=["center"])
    with pytest.raises(CallNotOffered, match="不受理「技术标准创新基地」"):
        ApplicationFile.create(tmp_path / "n.stoa", "base", only_centers)
    assert not (tmp_path / "n.stoa").exists()
    doc = write_sample("base", tmp_path / "a.stoa")
    try:
        with pytest.raises(CallNotOffered):
            use_call(doc, only_centers)
        assert call_of(doc) == bundled()  # unchanged
    finally:
        doc.close()


def test_moving_to_another_call_rechecks_and_makes_outputs_stale(tmp_path: Path) -> None:
    doc = write_sample("base", tmp_path / "a.stoa")
    try:
        under_2021 = rules.check(doc, BEFORE_DEADLINE)
        assert [p.rule_id for p in under_2021 if p.rule_id == "check.deadline"]  # 2021 is past
        result = export.export(export.take_snapshot(doc, BEFORE_DEADLINE), tmp_path / "out")
        record = output_record.make(tmp_path / "out", [p.name for p in result.files],
                                    result.checksum, "zh_CN", call=result.call)
        checksum = output_record.current_checksum(doc)
        assert output_record.status(record, checksum, "zh_CN", call_of(doc).checksum).usable

        old = use_call(doc, round_2026(tmp_path))
        assert old == bundled()
        under_2026 = rules.check(doc, BEFORE_DEADLINE)
        assert not [p for p in under_2026 if p.rule_id == "check.deadline"]
        assert [p for p in rules.check(doc, AFTER_DEADLINE) if p.rule_id == "check.deadline"]
        moved = output_record.status(record, output_record.current_checksum(doc), "zh_CN",
                                     call_of(doc).checksum)
        assert moved.call_changed and not moved.usable

        use_call(doc, old)  # back: the outputs match again
        back = output_record.status(record, output_record.current_checksum(doc), "zh_CN",
                                    call_of(doc).checksum)
        assert back.usable
    finally:
        doc.close()


def test_a_record_from_before_calls_were_kept_counts_as_made_under_2021(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "申报书.pdf").write_bytes(b"%PDF")
    mtime = (folder / "申报书.pdf").stat().st_mtime_ns
    text = json.dumps({"folder": "out", "relative": True, "files": [["申报书.pdf", 4, mtime]],
                       "made": "2024-01-01 10:00:00", "checksum": "abc", "script": "zh_CN",
                       "recipient": "", "subject": ""})
    record = output_record.from_text(text, tmp_path / "a.stoa")
    assert record is not None and record.call == ""
    assert output_record.status(record, "abc", "zh_CN", bundled().checksum).usable
    later = round_2026(tmp_path)
    assert output_record.status(record, "abc", "zh_CN", later.checksum).call_changed


def test_a_crafted_call_inside_a_received_file_is_refused_and_repaired(tmp_path: Path) -> None:
    path = tmp_path / "received.stoa"
    write_sample("center", path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE application SET call_json = ?",
                           ('{"format": "sto-apply/call", "email": "evil"}',))
    with pytest.raises(storage.NeedsRepair, match="call_json"):
        ApplicationFile.open(path)
    repaired, done = storage.repair_copy(path)
    assert any("call_json" in line for line in done)
    doc = ApplicationFile.open(repaired, read_only=True)
    try:
        assert call_of(doc) == bundled()  # an emptied call is the bundled one
    finally:
        doc.close()


def test_json_round_trip_keeps_the_target_call(tmp_path: Path) -> None:
    call = round_2026(tmp_path)
    doc = write_sample("base", tmp_path / "a.stoa")
    try:
        use_call(doc, call)
        export_json(doc, tmp_path / "json" / "data.json")
    finally:
        doc.close()
    import_json(tmp_path / "json" / "data.json", tmp_path / "b.stoa", call=call)
    again = ApplicationFile.open(tmp_path / "b.stoa", read_only=True)
    try:
        assert call_of(again) == call
    finally:
        again.close()
    import_json(tmp_path / "json" / "data.json", tmp_path / "c.stoa")  # no call given: 2021's
    third = ApplicationFile.open(tmp_path / "c.stoa", read_only=True)
    try:
        assert call_of(third) == bundled()
        assert third.section(model.Application).call_id == bundled().id
    finally:
        third.close()
