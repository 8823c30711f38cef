"""The JSON form: complete, exact on a round trip, and strict about what it accepts."""

import json
from pathlib import Path

import pytest

from app import credit_code, model, schema
from app.document import ApplicationFile
from app.json_io import ImportRefused, export_json, import_json
from app.resources import resource_path
from app.samples import sample_json, write_sample


def test_committed_schema_matches_the_tables() -> None:
    committed = resource_path(*schema.SCHEMA_FILE).read_text(encoding="utf-8")
    assert committed == schema.schema_text(), "run: python3 -m app.schema"


def test_sample_round_trip_is_exact(tmp_path: Path, org_type: str) -> None:
    doc = write_sample(org_type, tmp_path / "s.stoa")
    export_json(doc, tmp_path / "out" / "application.json")
    doc.close()
    exported = (tmp_path / "out" / "application.json").read_bytes()
    assert exported == sample_json(org_type).read_bytes()
    import_json(tmp_path / "out" / "application.json", tmp_path / "again.stoa")
    again = ApplicationFile.open(tmp_path / "again.stoa")
    export_json(again, tmp_path / "out2" / "application.json")
    again.close()
    assert (tmp_path / "out2" / "application.json").read_bytes() == exported
    for attachment in json.loads(exported)["attachments"]:
        assert (tmp_path / "out2" / attachment["file"]).read_bytes() == (
            tmp_path / "out" / attachment["file"]).read_bytes()


def test_an_empty_application_round_trips(tmp_path: Path, org_type: str) -> None:
    ApplicationFile.create(tmp_path / "e.stoa", org_type).close()
    doc = ApplicationFile.open(tmp_path / "e.stoa")
    doc.add_row(model.Member, {"name": "未填投入的单位"})
    export_json(doc, tmp_path / "a" / "application.json")
    doc.close()
    import_json(tmp_path / "a" / "application.json", tmp_path / "again.stoa")
    again = ApplicationFile.open(tmp_path / "again.stoa")
    export_json(again, tmp_path / "b" / "application.json")
    again.close()
    first = (tmp_path / "a" / "application.json").read_text(encoding="utf-8")
    assert first == (tmp_path / "b" / "application.json").read_text(encoding="utf-8")
    assert json.loads(first)["members"][1]["commitment_wan"] is None


def test_samples_read_like_real_applications(tmp_path: Path, org_type: str) -> None:
    doc = write_sample(org_type, tmp_path / "s.stoa")
    members = doc.rows(model.Member)
    codes = [m.credit_code for m in members]
    assert all(credit_code.is_valid(code) for code in codes)
    assert len(set(codes)) == len(codes)
    if org_type == "base":
        assert len(members) >= 12
        assert doc.count(model.PipelineItem) >= 10
        assert doc.section(model.Governance).body == "理事会"
        assert {line.year for line in doc.rows(model.FundingLine) if line.amount_fen} == {1, 2}
    else:
        assert doc.count(model.PipelineItem) >= 1
    doc.close()


def _edit_sample_json(folder: Path, change) -> Path:
    """Apply ``change`` to the sample's JSON in ``folder``; returns the JSON's path."""
    source = folder / "application.json"
    data = json.loads(source.read_text(encoding="utf-8"))
    change(data)
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return source


def test_a_wrong_field_is_named_by_its_path(tmp_path: Path, sample_folder: Path) -> None:
    source = _edit_sample_json(sample_folder, lambda d: d["members"][2].update(name=42))
    with pytest.raises(ImportRefused, match="members/2/name"):
        import_json(source, tmp_path / "x.stoa")
    assert not (tmp_path / "x.stoa").exists()
    assert list(tmp_path.glob("*.importing")) == [] and list(tmp_path.glob(".*")) == []


@pytest.mark.parametrize("content", ["", "{", "[]", '{"format": "other"}', "\ufeff{}"])
def test_what_is_not_application_json_is_refused(tmp_path: Path, content: str) -> None:
    source = tmp_path / "in.json"
    source.write_text(content, encoding="utf-8")
    with pytest.raises(ImportRefused):
        import_json(source, tmp_path / "x.stoa")
    assert not (tmp_path / "x.stoa").exists()


def test_a_changed_attachment_is_refused(tmp_path: Path, sample_folder: Path) -> None:
    data = json.loads((sample_folder / "application.json").read_text(encoding="utf-8"))
    attachment = sample_folder / data["attachments"][0]["file"]
    attachment.write_bytes(attachment.read_bytes() + b"tampered")
    with pytest.raises(ImportRefused, match="校验值不符"):
        import_json(sample_folder / "application.json", tmp_path / "x.stoa")
    assert not (tmp_path / "x.stoa").exists()


def test_an_attachment_path_outside_the_folder_is_refused(tmp_path: Path,
                                                          sample_folder: Path) -> None:
    source = _edit_sample_json(
        sample_folder, lambda d: d["attachments"][0].update(file="../../etc/passwd"))
    with pytest.raises(ImportRefused, match="超出"):
        import_json(source, tmp_path / "x.stoa")


def test_a_reference_to_a_missing_member_is_refused(tmp_path: Path, sample_folder: Path) -> None:
    source = _edit_sample_json(sample_folder, lambda d: d["pipeline"][0].update(lead_member=999))
    with pytest.raises(ImportRefused, match="pipeline/0/lead_member"):
        import_json(source, tmp_path / "x.stoa")


def test_import_never_overwrites(tmp_path: Path) -> None:
    target = tmp_path / "mine.stoa"
    target.write_bytes(b"weeks of work")
    with pytest.raises(ImportRefused, match="已存在"):
        import_json(sample_json("center"), target)
    assert target.read_bytes() == b"weeks of work"
