"""The pilot's tables arrive in files of version 4 by upgrading, and approval locks the
application as submitted while the pilot's own data stays editable."""

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from app import file_check, model, storage
from app.call_check import read_call
from app.call_store import use_call
from app.document import ApplicationFile, ApplicationLocked
from app.json_io import application_checksum, application_to_json
from app.pilot import approval
from app.samples import write_sample
from tests.call_rounds import BEFORE_DEADLINE, write_call

FIXTURES = Path(__file__).parent / "fixtures"
APPROVED = dt.date(2022, 1, 15)
TODAY = dt.date(2023, 2, 1)


@pytest.mark.parametrize("kind", ["base", "center"])
def test_a_version_4_file_gains_the_pilot_tables_and_keeps_its_content(
        tmp_path: Path, kind: str) -> None:
    path = tmp_path / "old.stoa"
    shutil.copyfile(FIXTURES / f"schema-v4-{kind}.stoa", path)
    assert storage.inspect_file(path) == 4
    with sqlite3.connect(path) as connection:
        pipeline = connection.execute("SELECT count(*) FROM pipelineitem").fetchone()[0]
    doc = ApplicationFile.open(path)
    try:
        assert not doc.is_approved()
        assert doc.count(model.PipelineItem) == pipeline
        assert doc.count(model.PilotStandard) == 0  # upgrading approves nothing
        approval.approve(doc, APPROVED, today=TODAY)
        assert doc.count(model.PilotStandard) == pipeline
    finally:
        doc.close()
    with storage.connect(path, read_only=True) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == storage.SCHEMA_VERSION
        assert file_check.check(connection) == []
    assert storage.inspect_file(path) == storage.SCHEMA_VERSION  # opens again, as it is


def test_file_check_knows_every_pilot_table_as_the_model_declares_it(tmp_path: Path) -> None:
    doc = ApplicationFile.create(tmp_path / "new.stoa", "base")
    doc.close()
    with storage.connect(tmp_path / "new.stoa", read_only=True) as connection:
        assert file_check.check(connection) == []
    for table in (*model.PILOT_TABLES, model.PilotFileBlob):
        assert table.__tablename__ in file_check.SCHEMA


def test_a_foreign_spending_category_is_refused_like_any_foreign_value(tmp_path: Path) -> None:
    doc = write_sample("base", tmp_path / "s.stoa")
    approval.approve(doc, APPROVED, today=TODAY)
    doc.close()
    with sqlite3.connect(tmp_path / "s.stoa") as connection:
        connection.execute("UPDATE pilotspending SET category = 'x' WHERE id = 1")
    with pytest.raises(storage.NeedsRepair, match="经费执行"):
        storage.inspect_file(tmp_path / "s.stoa")


def test_approval_keeps_the_application_as_submitted(tmp_path: Path) -> None:
    doc = write_sample("base", tmp_path / "s.stoa")
    try:
        before = application_to_json(doc)
        checksum = approval.approve(doc, APPROVED, "沪市监标创〔2022〕1号", today=TODAY)
        assert checksum == application_checksum(doc)
        milestone = doc.rows(model.Milestone)[0]
        member = doc.rows(model.Member)[1]
        refused = [
            lambda: doc.set_value(model.Plan, 1, "goals", "改过的目标"),
            lambda: doc.set_value(model.Milestone, milestone.id or 0, "task", "改"),
            lambda: doc.add_row(model.PipelineItem, {"title": "新标准"}),
            lambda: doc.remove_row(model.Member, member.id or 0),
            lambda: doc.move_row(model.Milestone, milestone.id or 0, 3),
            lambda: doc.append_rows(model.Venue, [{"address": "x"}]),
            lambda: doc.add_attachment("其他", "a.pdf", b"%PDF"),
        ]
        for edit in refused:
            with pytest.raises(ApplicationLocked, match="获批"):
                edit()
        assert application_to_json(doc) == before
        # The file's own settings are not the application: outputs may still be made.
        doc.set_value(model.Application, 1, "document_script", "zh_TW")
        doc.set_value(model.Application, 1, "docx_in_package", False)  # (the zip's Word copy)
        with pytest.raises(ApplicationLocked):  # the call it was approved under stays
            use_call(doc, read_call(write_call(tmp_path / "2026.json"), BEFORE_DEADLINE).call)
        progress = doc.rows(model.PilotMilestone)[0]
        doc.set_value(model.PilotMilestone, progress.id or 0, "done", True)
        assert doc.row(model.PilotMilestone, progress.id or 0).done  # type: ignore[union-attr]
    finally:
        doc.close()
    reopened = ApplicationFile.open(tmp_path / "s.stoa")
    try:
        with pytest.raises(ApplicationLocked):
            reopened.set_value(model.Plan, 1, "goals", "改过的目标")
    finally:
        reopened.close()


def test_a_wrong_date_is_corrected_without_unlocking_and_withdrawal_is_deliberate(
        tmp_path: Path) -> None:
    doc = write_sample("base", tmp_path / "s.stoa")
    try:
        approval.approve(doc, APPROVED, today=TODAY)
        with pytest.raises(approval.ApprovalRefused, match="已于 2022-01-15"):
            approval.approve(doc, APPROVED, today=TODAY)
        with pytest.raises(approval.ApprovalRefused, match="晚于今天"):
            approval.correct_date(doc, dt.date(2024, 1, 1), today=TODAY)
        approval.correct_date(doc, dt.date(2022, 2, 10), today=TODAY)
        assert approval.approved_on(doc) == dt.date(2022, 2, 10) and doc.is_approved()
        milestone = doc.rows(model.PilotMilestone)[0]
        doc.set_value(model.PilotMilestone, milestone.id or 0, "note", "已召开")
        approval.withdraw(doc)
        doc.set_value(model.Plan, 1, "goals", "更正后的目标")  # editable again
        removed = doc.rows(model.PipelineItem)[0]
        doc.remove_row(model.PipelineItem, removed.id or 0)
        checksum = approval.approve(doc, dt.date(2022, 2, 10), today=TODAY)
        assert checksum == application_checksum(doc)
        assert doc.row(model.PilotMilestone, milestone.id or 0).note == "已召开"  # type: ignore[union-attr]
        assert {row.pipeline_item_id for row in doc.rows(model.PilotStandard)} == {
            item.id for item in doc.rows(model.PipelineItem)}
    finally:
        doc.close()


def test_an_approval_date_before_the_call_is_refused(tmp_path: Path) -> None:
    doc = write_sample("center", tmp_path / "s.stoa")
    try:
        with pytest.raises(approval.ApprovalRefused, match="早于申报通知"):
            approval.approve(doc, dt.date(2020, 1, 1), today=TODAY)
        assert not doc.is_approved()
        doc.set_value(model.Plan, 1, "goals", "仍可修改")
    finally:
        doc.close()


def test_dates_are_stored_iso_and_a_date_that_is_none_is_named(tmp_path: Path) -> None:
    from app.pilot import data, progress

    doc = write_sample("base", tmp_path / "s.stoa")
    try:
        approval.approve(doc, APPROVED, today=TODAY)
        row = doc.rows(model.PilotStandard)[0]
        doc.set_value(model.PilotStandard, row.id or 0, "project_on", "２０２２年３月１日")
        doc.set_value(model.PilotStandard, row.id or 0, "draft_on", "三月底")
        stored = doc.row(model.PilotStandard, row.id or 0)
        assert stored is not None and stored.project_on == "2022-03-01"
        found = data.load(doc)
        texts = [r.text for r in progress.reminders(found, TODAY)]
        assert any("「三月底」无法识别" in text for text in texts)
        assert progress.compute(found, TODAY).standards[0].stage == "立项"
    finally:
        doc.close()


def test_a_forged_approval_date_is_refused_and_repaired_away(tmp_path: Path) -> None:
    doc = write_sample("base", tmp_path / "s.stoa")
    approval.approve(doc, APPROVED, today=TODAY)
    doc.close()
    with sqlite3.connect(tmp_path / "s.stoa") as connection:
        connection.execute("UPDATE pilotrecord SET approved_on = 'soon'")
    with pytest.raises(storage.NeedsRepair, match="试点批准与总结"):
        storage.inspect_file(tmp_path / "s.stoa")
    repaired, done = storage.repair_copy(tmp_path / "s.stoa")
    assert any("approved_on" in line for line in done)
    fixed = ApplicationFile.open(repaired)
    try:
        assert not fixed.is_approved()  # (the unit marks it again, with the right date)
    finally:
        fixed.close()
