"""Edits to an application: written at once, reversible, references kept whole."""

from pathlib import Path

import pytest

from app import choices, model, tables
from app.document import ApplicationFile


@pytest.fixture
def doc(tmp_path: Path):
    document = ApplicationFile.create(tmp_path / "a.stoa", "base")
    yield document
    document.close()


def test_the_windows_table_names_are_the_models_tables() -> None:
    """``app.tables`` (no ORM) names exactly the model's tables, and the file takes either."""
    assert [t.__tablename__ for t in tables.ALL] == [
        t.__tablename__ for t in (*model.SECTION_TABLES, *model.LIST_TABLES)]
    assert [t.__name__ for t in tables.SECTIONS] == [t.__name__ for t in model.SECTION_TABLES]
    assert all(model.orm(t).__tablename__ == t.__tablename__ for t in tables.ALL)


def test_a_table_may_be_named_by_its_model_class_or_by_name(doc) -> None:
    doc.set_value(tables.Applicant, 1, "contact_name", "王立")
    assert doc.section(model.Applicant).contact_name == "王立"
    row_id = doc.add_row(tables.Venue, {"address": "嘉定区试验场"})
    assert doc.row(model.Venue, row_id).address == "嘉定区试验场"
    assert [v.id for v in doc.rows(tables.Venue)] == [v.id for v in doc.rows(model.Venue)]
    removed = doc.remove_row(tables.Venue, row_id)
    assert removed.table is model.Venue and doc.count(tables.Venue) == doc.count(model.Venue)


def test_new_application_has_applicant_funding_grid_and_yearly_summaries(doc) -> None:
    members = doc.rows(model.Member)
    assert len(members) == 1 and members[0].is_applicant and members[0].role == choices.LEAD_ROLE
    assert len(doc.rows(model.FundingLine)) == 2 * (len(choices.FUNDING_SOURCES)
                                                     + len(choices.FUNDING_USES))
    summaries = [(m.start_month, m.task) for m in doc.rows(model.Milestone)]
    assert summaries == [(12, "第一年度工作总结"), (24, "第二年度工作总结")]


def test_an_edit_is_in_the_file_as_soon_as_it_returns(doc, tmp_path: Path) -> None:
    doc.set_value(model.Application, 1, "org_name", "上海市测试技术标准创新基地")
    other = ApplicationFile.open(tmp_path / "a.stoa", read_only=True)  # another reader
    assert other.section(model.Application).org_name == "上海市测试技术标准创新基地"
    other.close()


def test_renaming_a_member_renames_it_everywhere(doc) -> None:
    member = doc.add_row(model.Member, {"name": "甲公司"})
    item = doc.add_row(model.PipelineItem, {"title": "团体标准", "lead_member_id": member})
    doc.set_value(model.Member, member, "name", "甲科技公司")
    lead = doc.row(model.PipelineItem, item).lead_member_id
    assert doc.row(model.Member, lead).name == "甲科技公司"


def test_removing_a_member_clears_references_and_restoring_brings_them_back(doc) -> None:
    member = doc.add_row(model.Member, {"name": "乙大学"})
    item = doc.add_row(model.PipelineItem, {"lead_member_id": member})
    doc.set_value(model.Governance, 1, "secretariat_member_id", member)
    removed = doc.remove_row(model.Member, member)
    assert doc.row(model.PipelineItem, item).lead_member_id is None
    assert doc.section(model.Governance).secretariat_member_id is None
    doc.restore_row(removed)
    assert doc.row(model.PipelineItem, item).lead_member_id == member
    assert doc.section(model.Governance).secretariat_member_id == member
    assert [m.name for m in doc.rows(model.Member)] == ["", "乙大学"]


def test_the_applicant_cannot_be_removed(doc) -> None:
    with pytest.raises(ValueError):
        doc.remove_row(model.Member, doc.applicant_member().id)


def test_rows_move_and_keep_their_order(doc) -> None:
    ids = [doc.add_row(model.Measure, {"content": text}) for text in "ABC"]
    assert doc.move_row(model.Measure, ids[2], 0) == 2
    assert [m.content for m in doc.rows(model.Measure)] == ["C", "A", "B"]


def test_attachment_bytes_survive_remove_and_restore(doc) -> None:
    attachment = doc.add_attachment("营业执照或法人证书", "执照.pdf", b"%PDF-1.4 data")
    removed = doc.remove_row(model.Attachment, attachment)
    assert doc.attachment_data(attachment) == b""
    doc.restore_row(removed)
    assert doc.attachment_data(attachment) == b"%PDF-1.4 data"
    row = doc.row(model.Attachment, attachment)
    assert row.size == 13 and len(row.sha256) == 64


def test_a_batch_is_all_or_nothing(doc, tmp_path: Path) -> None:
    with pytest.raises(RuntimeError):
        with doc.batch():
            doc.add_row(model.Measure, {"content": "A"})
            doc.set_value(model.Application, 1, "org_name", "半途")
            raise RuntimeError("interrupted")
    assert doc.rows(model.Measure) == []
    assert doc.section(model.Application).org_name == ""
    with doc.batch():
        doc.add_row(model.Measure, {"content": "B"})
    assert [m.content for m in doc.rows(model.Measure)] == ["B"]
