"""Hostile backups and odd values: a Chinese message naming the field, never a traceback,
a hang or a frozen window; and import doing work in proportion to its rows."""

import json
import os
import sqlite3
import threading
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from app import model, rules
from app.document import ApplicationFile
from app.exchange import attachment_file_name, safe_file_name
from app.json_io import ImportCancelled, ImportRefused, import_json
from app.samples import write_sample

MEGABYTE = 1024 * 1024


def _edit(folder: Path, change: Callable[[dict[str, Any]], None]) -> Path:
    source = folder / "application.json"
    data = json.loads(source.read_text(encoding="utf-8"))
    change(data)
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return source


def _left_in(folder: Path) -> set[str]:
    return {path.name for path in folder.iterdir()}


def _staff(count: int) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        data["staff"] = [{"name": f"工程师{n}", "member": 0, "title": "工程师", "professional_title": "",
                          "specialty": "标准化", "employment": "专职"} for n in range(count)]
    return change


def test_import_reads_each_list_once_not_once_per_row(tmp_path: Path, sample_folder: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """Reading the whole list back at every row made 2,000 rows take 84 s."""
    source = _edit(sample_folder, _staff(300))
    scans: list[str] = []
    create = ApplicationFile.create

    def counting(path: Path, org_type: str) -> ApplicationFile:
        doc = create(path, org_type)
        event.listen(doc._engine, "before_cursor_execute",
                     lambda *args: scans.append(args[2]) if "FROM staffmember" in args[2] else None)
        return doc

    monkeypatch.setattr(ApplicationFile, "create", counting)
    import_json(source, tmp_path / "many.stoa")
    assert len(scans) < 30
    doc = ApplicationFile.open(tmp_path / "many.stoa")
    staff = doc.rows(model.StaffMember)
    doc.close()
    assert [s.name for s in staff] == [f"工程师{n}" for n in range(300)]
    assert [s.position for s in staff] == list(range(300))


def test_a_cancelled_import_stops_and_leaves_nothing(tmp_path: Path, sample_folder: Path) -> None:
    source = _edit(sample_folder, _staff(900))
    target = tmp_path / "out" / "cancelled.stoa"
    target.parent.mkdir()
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 25  # part-way through the rows

    with pytest.raises(ImportCancelled, match="已取消"):
        import_json(source, target, cancelled=cancelled)
    assert _left_in(target.parent) == set()


def test_progress_counts_up_to_every_row(tmp_path: Path, sample_folder: Path) -> None:
    source = _edit(sample_folder, _staff(450))
    seen: list[tuple[int, int]] = []
    import_json(source, tmp_path / "x.stoa", progress=lambda done, total: seen.append((done, total)))
    assert seen[-1][0] == seen[-1][1] >= 450
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


def _declare_attachment(folder: Path, name: str, size: int, sha256: str = "0" * 64) -> Path:
    def change(data: dict[str, Any]) -> None:
        data["attachments"][0].update(file=f"附件/{name}", size=size, sha256=sha256)
    return _edit(folder, change)


def test_an_attachment_far_above_the_call_limit_is_refused_before_reading(
        tmp_path: Path, sample_folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    huge = sample_folder / "附件" / "扫描件.pdf"
    with huge.open("wb") as stream:
        stream.truncate(101 * MEGABYTE)  # sparse: takes no disk
    source = _declare_attachment(sample_folder, huge.name, 101 * MEGABYTE)
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("read before refusing"))
    with pytest.raises(ImportRefused) as refused:
        import_json(source, tmp_path / "x.stoa")
    assert "扫描件.pdf" in str(refused.value) and "101.0 MB" in str(refused.value)
    assert "远超" in str(refused.value)
    assert not (tmp_path / "x.stoa").exists()


def test_an_attachment_larger_than_it_claims_is_never_read_whole(tmp_path: Path,
                                                                  sample_folder: Path) -> None:
    big = sample_folder / "附件" / "改过的.pdf"
    big.write_bytes(os.urandom(30 * MEGABYTE))
    source = _declare_attachment(sample_folder, big.name, 1000)
    tracemalloc.start()
    try:
        with pytest.raises(ImportRefused, match="改过的.pdf"):
            import_json(source, tmp_path / "x.stoa")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 10 * MEGABYTE


def test_a_folder_given_as_an_attachment_is_refused(tmp_path: Path, sample_folder: Path) -> None:
    (sample_folder / "附件" / "目录.pdf").mkdir()
    source = _declare_attachment(sample_folder, "目录.pdf", 10)
    with pytest.raises(ImportRefused, match="不是普通文件"):
        import_json(source, tmp_path / "x.stoa")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
def test_a_pipe_given_as_an_attachment_is_refused_not_waited_on(tmp_path: Path,
                                                                 sample_folder: Path) -> None:
    os.mkfifo(sample_folder / "附件" / "管道.pdf")
    source = _declare_attachment(sample_folder, "管道.pdf", 0)
    outcome: list[BaseException] = []

    def run() -> None:
        try:
            import_json(source, tmp_path / "x.stoa")
        except BaseException as error:  # noqa: BLE001 (handed to the test)
            outcome.append(error)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(20)
    if worker.is_alive():  # (let the reader of the old code go)
        with open(sample_folder / "附件" / "管道.pdf", "wb"):
            pass
        pytest.fail("import waited on a pipe")
    assert outcome and isinstance(outcome[0], ImportRefused)
    assert "管道.pdf" in str(outcome[0]) and "不是普通文件" in str(outcome[0])


def test_a_huge_wrong_value_is_quoted_short(tmp_path: Path, sample_folder: Path) -> None:
    source = _edit(sample_folder, lambda d: d["applicant"].update(staff_count="9" * 5 * MEGABYTE))
    with pytest.raises(ImportRefused) as refused:
        import_json(source, tmp_path / "x.stoa")
    message = str(refused.value)
    assert "applicant/staff_count" in message and "…" in message
    assert len(message) < 300


def test_a_text_far_over_its_limit_is_refused_naming_the_field(tmp_path: Path,
                                                                sample_folder: Path) -> None:
    source = _edit(sample_folder, lambda d: d["plan"].update(goals="长" * 5 * MEGABYTE))
    with pytest.raises(ImportRefused) as refused:
        import_json(source, tmp_path / "x.stoa")
    assert "plan/goals" in str(refused.value) and "30000" in str(refused.value)
    assert len(str(refused.value)) < 300


def test_a_text_over_its_limit_but_under_the_cap_is_imported_and_checked(
        tmp_path: Path, sample_folder: Path) -> None:
    source = _edit(sample_folder, lambda d: d["plan"].update(goals="长" * 4000))
    doc = ApplicationFile.open(import_json(source, tmp_path / "x.stoa"))
    problems = rules.check(doc)
    doc.close()
    assert any(p.field == "goals" and p.severity == rules.ERROR and "3000" in p.message
               for p in problems)


def test_a_list_of_too_many_rows_is_refused(tmp_path: Path, sample_folder: Path) -> None:
    source = _edit(sample_folder, _staff(1001))
    with pytest.raises(ImportRefused, match="staff.*1001.*1000"):
        import_json(source, tmp_path / "x.stoa")


@pytest.mark.parametrize("number", [10 ** 30, -(10 ** 19), 1e300])
def test_an_integer_sqlite_cannot_store_is_refused_naming_the_field(
        tmp_path: Path, sample_folder: Path, number: float) -> None:
    source = _edit(sample_folder, lambda d: d["resources"].update(fulltime_count=number))
    with pytest.raises(ImportRefused, match="resources/fulltime_count"):
        import_json(source, tmp_path / "x.stoa")
    assert not (tmp_path / "x.stoa").exists()


def test_a_lone_surrogate_is_refused_naming_the_field(tmp_path: Path, sample_folder: Path) -> None:
    source = sample_folder / "application.json"
    text = source.read_text(encoding="utf-8")
    data = json.loads(text)
    data["members"][1]["name"] = "SURROGATE"
    source.write_text(json.dumps(data, ensure_ascii=False).replace("SURROGATE", "\\ud800"),
                      encoding="utf-8")
    with pytest.raises(ImportRefused, match="members/1/name") as refused:
        import_json(source, tmp_path / "x.stoa")
    assert "U+D800" in str(refused.value)


def test_a_key_given_twice_is_refused_naming_it(tmp_path: Path, sample_folder: Path) -> None:
    source = sample_folder / "application.json"
    text = source.read_text(encoding="utf-8")
    source.write_text(text.replace('"staff_count":', '"staff_count": 5, "staff_count":', 1),
                      encoding="utf-8")
    with pytest.raises(ImportRefused, match="staff_count"):
        import_json(source, tmp_path / "x.stoa")


def test_nul_characters_are_removed_from_imported_values(tmp_path: Path, sample_folder: Path) -> None:
    source = _edit(sample_folder, lambda d: d["applicant"].update(website="www.\x00example.com"))
    doc = ApplicationFile.open(import_json(source, tmp_path / "x.stoa"))
    assert doc.section(model.Applicant).website == "www.example.com"
    doc.close()


@pytest.mark.parametrize("hidden", ["\x00", "\u200b", "\u200d", "\u202e", "\u2066", "\ufeff"])
def test_invisible_characters_never_reach_a_file_name(hidden: str) -> None:
    name = attachment_file_name(1, "其他", f"报告{hidden}fdp.exe")
    assert hidden not in name and "_" not in name.removeprefix("01-其他-")
    assert safe_file_name(hidden * 3) == "_"


def _checked(tmp_path: Path, change: Callable[[ApplicationFile], None]) -> list[rules.Problem]:
    doc = write_sample("base", tmp_path / "s.stoa")
    change(doc)
    problems = rules.check(doc)
    doc.close()
    return problems


def test_a_fill_date_that_is_no_date_is_an_error(tmp_path: Path) -> None:
    problems = _checked(tmp_path, lambda doc: doc.set_value(model.Application, 1, "fill_date", "9999-99-99"))
    assert any(p.field == "fill_date" and p.severity == rules.ERROR and "9999-99-99" in p.message
               for p in problems)


@pytest.mark.parametrize(("table", "field"), [(model.Applicant, "staff_count"),
                                              (model.ResourcesInfo, "fulltime_count"),
                                              (model.Plan, "target_trainings")])
def test_a_negative_count_is_an_error(tmp_path: Path, table: type, field: str) -> None:
    problems = _checked(tmp_path, lambda doc: doc.set_value(table, 1, field, -3))
    assert any(p.field == field and p.severity == rules.ERROR and "负数" in p.message for p in problems)


def test_a_reference_to_a_unit_no_longer_there_is_an_error_at_its_row(tmp_path: Path) -> None:
    doc = write_sample("base", tmp_path / "s.stoa")
    staff_id = doc.add_row(model.StaffMember, {"name": "李工", "member_id": doc.applicant_member().id})
    doc.close()
    with sqlite3.connect(tmp_path / "s.stoa") as connection:  # as a damaged or edited file has it
        connection.execute("PRAGMA foreign_keys=OFF")
        connection.execute("UPDATE staffmember SET member_id = 999 WHERE id = ?", (staff_id,))
    connection.close()
    doc = ApplicationFile.open(tmp_path / "s.stoa")
    problems = rules.check(doc)
    doc.close()
    found = [p for p in problems if p.field == "staff" and p.row_id == staff_id]
    assert found and found[0].severity == rules.ERROR and "李工" in found[0].message


def test_an_attachment_over_the_call_limit_is_a_warning_naming_it(tmp_path: Path) -> None:
    def big(doc: ApplicationFile) -> None:
        attachment = doc.rows(model.Attachment)[0]
        doc.set_value(model.Attachment, attachment.id or 0, "size", 25 * MEGABYTE)

    problems = _checked(tmp_path, big)
    found = [p for p in problems if p.rule_id == "attachments.size"]
    assert found and found[0].severity == rules.WARNING and "25.0 MB" in found[0].message
    assert "20 MB" in found[0].message


def test_an_attachment_over_the_limit_but_not_far_over_is_imported(tmp_path: Path,
                                                                    sample_folder: Path) -> None:
    import hashlib

    payload = b"%PDF-1.4\n" + b"0" * (21 * MEGABYTE)
    (sample_folder / "附件" / "大扫描件.pdf").write_bytes(payload)
    source = _declare_attachment(sample_folder, "大扫描件.pdf", len(payload),
                                 hashlib.sha256(payload).hexdigest())
    doc = ApplicationFile.open(import_json(source, tmp_path / "x.stoa"))
    assert any(a.size == len(payload) for a in doc.rows(model.Attachment))
    doc.close()


def test_messages_quote_member_names_short(tmp_path: Path) -> None:
    long_name = "很长的单位名称" * 1000
    problems = _checked(tmp_path, lambda doc: doc.add_row(model.Member, {"name": long_name}))
    named = [p for p in problems if "很长的单位名称" in p.message]
    assert named and max(len(p.message) for p in named) < 300
