"""The comparison views of the window: 与当前比较 (snapshots), 与上次输出比较 (check page),
文件 → 与其他申报文件比较…; links to each change's place and the change list PDF."""

import shutil
import subprocess
from pathlib import Path

import pytest

from PySide6.QtCore import QUrl

from app import model
from app.document import ApplicationFile
from app.json_io import export_json
from app.samples import write_sample

from ui.snapshot_dialog import SnapshotDialog


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    path = tmp_path / "base.stoa"
    write_sample("base", path).close()
    return path


def _open_window(controller, path: Path):
    window = controller.open(path)
    window.refresh_now()
    return window


def test_a_snapshot_compared_with_the_current_content_links_to_each_change(
        controller, sample: Path, monkeypatch) -> None:
    window = _open_window(controller, sample)
    window.doc.snapshot("manual")
    staff = window.doc.rows(model.StaffMember)
    window.session.set_value(model.StaffMember, staff[1].id, "title", "总工程师")
    window.session.set_value(model.Recommender, 1, "contact_phone", "021-99999999")

    def choose_compare(dialog: SnapshotDialog) -> int:
        dialog.list.setCurrentRow(0)
        assert dialog.compare_button.isEnabled()
        dialog.compare_button.click()
        return 0

    monkeypatch.setattr(SnapshotDialog, "exec", choose_compare)
    window.show_snapshots()
    [shown] = window.comparisons.open_windows
    assert "推荐单位 1 处" in shown.summary.text() and "资源保障 1 处" in shown.summary.text()
    lines = shown.view.toPlainText()
    assert lines.index("推荐单位 · 联系电话") < lines.index("人员名单 第 2 行")
    assert "“021-99999999”" in lines and "“总工程师”" in lines

    shown.view.anchorClicked.emit(QUrl("change:1"))  # the staff row's title
    assert window.current_page().key == "resources"
    editor = window.current_page().marks["staff"]
    assert editor.current_row().id == staff[1].id
    assert editor.rows.columns[editor.view.currentIndex().column()].name == "title"
    shown.view.anchorClicked.emit(QUrl("change:0"))
    assert window.current_page().key == "recommender"
    assert shown.parent() is None and shown.isVisible()  # beside the form, not over it
    window.close()
    assert not shown.isVisible() and not window.comparisons.open_windows


def test_the_last_outputs_are_compared_and_the_change_list_printed(
        controller, qtbot, sample: Path, tmp_path: Path) -> None:
    window = _open_window(controller, sample)
    window.go_to_key("check")
    page = window.current_page()
    assert not page.compare_button.isEnabled()  # nothing output yet
    page.output.folder = tmp_path / "out"
    with qtbot.waitSignal(page.output.finished, timeout=120_000) as blocker:
        page.output.make_button.click()
    made = blocker.args[0].checksum
    assert page.compare_button.isEnabled()
    plan = window.doc.section(model.Plan)
    window.session.set_value(model.Plan, 1, "goals", plan.goals.replace("。", "，并新增一项目标。", 1))
    page.compare_button.click()
    [shown] = window.comparisons.open_windows
    assert shown.old.checksum == made and shown.new.checksum != made
    assert "建设方案 · 建设目标：改动 1 句" in shown.view.toPlainText()
    assert "并新增一项目标" in shown.view.toPlainText()

    target = tmp_path / "修改清单.pdf"
    shown.ask_pdf_path = lambda: target
    assert shown.save_pdf() == target and target.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True,
                              check=True).stdout
        assert "自上次版本以来的修改" in text and made in text and shown.new.checksum in text


def test_two_other_files_are_compared_without_links(controller, sample: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.stoa"
    shutil.copyfile(sample, other)
    doc = ApplicationFile.open(other)
    doc.set_value(model.Applicant, 1, "website", "https://example.cn")
    export_json(doc, tmp_path / "exported" / "application.json")
    doc.close()
    window = _open_window(controller, sample)
    chooser = window.comparisons.choose_files()
    assert chooser.new_path.text() == str(sample)
    chooser.old_path.setText(str(tmp_path / "exported"))
    chooser.new_path.setText(str(other))
    chooser.compare_button.click()
    [shown] = window.comparisons.open_windows
    assert shown.go is None and "<a " not in shown.page_html()
    assert "两个版本内容相同" in shown.summary.text() and not shown.print_button.isEnabled()

    chooser = window.comparisons.choose_files()  # the open file as the new side: linked
    chooser.old_path.setText(str(tmp_path / "exported"))
    chooser.compare_button.click()
    linked = window.comparisons.open_windows[-1]
    assert linked.go is not None and "申报单位 · 单位网址" in linked.view.toPlainText()


def test_a_side_that_is_no_application_is_said_in_words(controller, sample: Path, tmp_path: Path,
                                                        monkeypatch) -> None:
    window = _open_window(controller, sample)
    said: list[str] = []
    monkeypatch.setattr(window.comparisons, "tell_refused", said.append)
    (tmp_path / "notes.stoa").write_bytes(b"not a database")
    assert window.comparisons.with_files(tmp_path / "notes.stoa", sample) is None
    assert said and "notes.stoa" in said[0]
    assert not window.comparisons.open_windows
