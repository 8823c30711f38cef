"""Reading the versions compared (files, snapshots, exported folders, the content kept with
the last outputs), the ``diff`` command and the printed change list."""

import base64
import json
import shutil
import subprocess
import zlib
from pathlib import Path

import pytest

from app import compare_source, model, output_record
from app.__main__ import main
from app.compare_source import VersionRefused, compare_versions, load
from app.document import ApplicationFile
from app.json_io import application_checksum, export_json
from app.pdf.changes import Side, render_changes
from app.samples import write_sample

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    path = tmp_path / "a.stoa"
    write_sample("base", path).close()
    return path


def _export(path: Path, folder: Path) -> Path:
    doc = ApplicationFile.open(path, read_only=True)
    try:
        export_json(doc, folder / "application.json")
    finally:
        doc.close()
    return folder


def test_a_file_its_export_folder_and_its_json_are_the_same_version(sample: Path, tmp_path: Path) -> None:
    folder = _export(sample, tmp_path / "exported")
    versions = [load(sample), load(folder), load(folder / "application.json")]
    assert len({v.checksum for v in versions}) == 1
    assert not compare_versions(versions[0], versions[1])
    assert main(["diff", str(sample), str(folder)]) == 0


def test_diff_lists_the_changes_by_step_and_exits_1(sample: Path, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    folder = _export(sample, tmp_path / "before")
    doc = ApplicationFile.open(sample)
    members = doc.rows(model.Member)
    doc.move_row(model.Member, members[5].id or 0, 2)
    doc.set_value(model.Recommender, 1, "contact_name", "赵六")
    doc.close()
    assert main(["diff", str(folder), str(sample)]) == 1
    out = capsys.readouterr().out
    assert out.index("推荐单位（1 处）") < out.index("成员单位（1 处）")
    assert "从第 6 行移到第 3 行" in out and "“赵六”" in out
    assert main(["diff", str(folder), str(sample), "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["counts"] == {"recommender": 1, "members": 1}
    assert [c["kind"] for c in data["changes"]] == ["changed", "moved"]
    assert data["old_checksum"] != data["new_checksum"]


def test_a_side_that_cannot_be_read_is_a_message_and_exit_2(tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty").mkdir()
    assert main(["diff", str(tmp_path / "missing.stoa"), str(tmp_path / "empty")]) == 2
    assert "找不到" in capsys.readouterr().err
    with pytest.raises(VersionRefused, match="application.json"):
        load(tmp_path / "empty")
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    with pytest.raises(VersionRefused):
        load(tmp_path / "bad.json")


def test_a_snapshot_of_an_older_schema_is_read_and_left_as_it_is(tmp_path: Path) -> None:
    old = tmp_path / "old.stoa"
    shutil.copyfile(FIXTURES / "schema-v3-base.stoa", old)
    before = old.read_bytes()
    version = load(old)
    assert version.data["members"] and version.file_id
    assert old.read_bytes() == before


def test_versions_of_one_file_match_rows_by_id(sample: Path, tmp_path: Path) -> None:
    """A pipeline row rewritten in every field is still that row within one file; from an
    export (no ids) it can only be one row removed and another added."""
    before = load(sample)
    folder = _export(sample, tmp_path / "before")
    doc = ApplicationFile.open(sample)
    row = doc.rows(model.PipelineItem)[0]
    for name, value in (("title", "全新标准"), ("tech_result", "全新成果"), ("level", "团体标准"),
                        ("kind", "修订"), ("month", 23), ("lead_member_id", None)):
        doc.set_value(model.PipelineItem, row.id or 0, name, value)
    doc.close()
    after = load(sample)
    within = compare_versions(before, after)
    assert {(c.kind, c.index) for c in within.changes} == {("changed", 0)}
    across = compare_versions(load(folder), after)
    assert sorted(c.kind for c in across.changes) == ["added", "removed"]


def test_the_content_of_the_last_outputs_is_kept_with_their_record(sample: Path) -> None:
    doc = ApplicationFile.open(sample)
    checksum = application_checksum(doc)
    content = compare_source.content_for_record(doc, checksum)
    record = output_record.make(sample.parent, [], checksum, "zh_CN")
    record = output_record.OutputRecord(record.folder, (output_record.OutputFile("a.pdf", 1, 1),),
                                        record.made, checksum, "zh_CN", content=content)
    output_record.write(doc, record)
    doc.set_value(model.Plan, 1, "goals", "改过的目标。")
    last = compare_source.last_output(doc)
    assert last is not None and last.checksum == checksum
    result = compare_versions(last, compare_source.of_document(doc))
    assert [(c.section, c.field) for c in result.changes] == [("plan", "goals")]
    assert compare_source.content_for_record(doc, checksum) == ""  # edited since: not kept
    doc.close()


def test_kept_content_that_is_not_what_the_checksum_says_is_ignored(sample: Path) -> None:
    doc = ApplicationFile.open(sample, read_only=True)
    data = compare_source.of_document(doc).data
    doc.close()
    packed = compare_source.pack(data)
    checksum = compare_source.checksum_of(compare_source.without_ids(data))
    assert compare_source.unpack(packed, checksum) == data
    data["plan"]["goals"] = "被改过"
    assert compare_source.unpack(compare_source.pack(data), checksum) is None
    assert compare_source.unpack("not base64!", checksum) is None
    bomb = base64.b64encode(zlib.compress(b" " * (80 * 1024 * 1024))).decode()
    assert compare_source.unpack(bomb, checksum) is None
    data["staff"][0]["_id"] = [1]
    assert compare_source.unpack(compare_source.pack(data), checksum) is None


def _pdf_text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "c.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_the_change_list_names_both_checksums_in_the_chosen_script(sample: Path, tmp_path: Path) -> None:
    before = load(sample)
    doc = ApplicationFile.open(sample)
    doc.set_value(model.Plan, 1, "goals", before.data["plan"]["goals"] + "新增一句目标。")
    doc.close()
    after = load(sample)
    result = compare_versions(before, after)
    old, new = Side("上次输出", before.checksum), Side("a.stoa", after.checksum)
    simplified = _pdf_text(render_changes(result, old, new, "某基地"), tmp_path)
    assert "自上次版本以来的修改" in simplified
    assert before.checksum in simplified and after.checksum in simplified
    assert "建设方案（1 处）" in simplified and "新增一句目标" in simplified
    traditional = _pdf_text(render_changes(result, old, new, "某基地", "zh_TW"), tmp_path)
    assert "自上次版本以來的修改" in traditional and "建設方案" in traditional
    assert render_changes(result, old, new) == render_changes(result, old, new)


def test_diff_writes_the_change_list_where_asked(sample: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    folder = _export(sample, tmp_path / "before")
    doc = ApplicationFile.open(sample)
    doc.set_value(model.Recommender, 1, "contact_name", "赵六")
    doc.close()
    target = tmp_path / "修改清单.pdf"
    assert main(["diff", str(folder), str(sample), "--pdf", str(target), "--lang", "zh_TW"]) == 1
    assert target.read_bytes().startswith(b"%PDF") and str(target) in capsys.readouterr().out
    assert main(["diff", str(folder), str(sample), "--pdf", str(tmp_path / "no" / "x.pdf")]) == 2
    assert "无法写入" in capsys.readouterr().err
