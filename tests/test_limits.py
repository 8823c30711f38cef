"""Limits at the field and at the attachment chooser: said where the user looks.

A paste beyond a field's limit is cut there and the field says so; an attachment far
above the call's limit, or a pipe or a folder, is refused naming it; one above the
limit but not far is added and the check warns.
"""

import os
import threading
from pathlib import Path

import pytest

from PySide6.QtWidgets import QApplication, QMessageBox

from app import choices, limits, model, rules

from ui.i18n import SOURCE, install_language
from ui.main import Controller, make_application

MEGABYTE = 1024 * 1024


@pytest.fixture
def controller(qtbot):
    """As in tests/gui: the window set up like the real one, in Simplified Chinese."""
    install_language(make_application(offscreen=True), SOURCE)
    built = Controller()
    qtbot.addWidget(built.start)
    yield built
    for each in list(built.windows):
        each.close()


@pytest.fixture
def window(controller, tmp_path: Path):
    return controller.new("base", tmp_path / "a.stoa")


def _page(window, key: str):
    number = next(i for i, page in enumerate(window.pages) if page.key == key)
    window.go_to(number)
    return window.pages[number]


def _paste(widget, text: str) -> None:
    QApplication.clipboard().setText(text)
    widget.setFocus()
    widget.paste()


def test_a_long_paste_into_a_text_is_cut_at_its_limit_and_says_so(window) -> None:
    binding = _page(window, "applicant").bindings["intro"]
    _paste(binding.editor, "简" * 2000)
    binding.flush()
    limit = choices.TEXT_LIMITS["intro"]
    assert binding.editor.toPlainText() == "简" * limit
    assert f"已截断至 {limit} 字" in binding.counter.text()
    assert window.doc.section(model.Applicant).intro == "简" * limit


def test_typing_at_the_limit_adds_nothing_more(window, qtbot) -> None:
    binding = _page(window, "plan").bindings["goals"]
    limit = choices.DEFAULT_TEXT_LIMIT
    _paste(binding.editor, "目" * (limit - 2))
    qtbot.keyClicks(binding.editor, "abcde")
    assert binding.editor.toPlainText() == "目" * (limit - 2) + "ab"
    assert f"已截断至 {limit} 字" in binding.counter.text()
    binding.editor.textCursor().deletePreviousChar()
    assert "已截断" not in binding.counter.text()


def test_a_text_over_the_limit_from_a_file_is_shown_whole_not_cut(controller, tmp_path: Path,
                                                                  qtbot) -> None:
    from app.document import ApplicationFile

    doc = ApplicationFile.create(tmp_path / "old.stoa", "base")
    doc.set_value(model.Plan, 1, "goals", "旧" * 3500)
    doc.close()
    window = controller.open(tmp_path / "old.stoa")
    binding = _page(window, "plan").bindings["goals"]
    assert len(binding.editor.toPlainText()) == 3500
    binding.editor.moveCursor(binding.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(binding.editor, "x")
    binding.flush()
    assert binding.editor.toPlainText() == "旧" * 3500
    assert window.doc.section(model.Plan).goals == "旧" * 3500


def test_a_long_paste_into_a_line_is_cut_and_says_so(window) -> None:
    binding = _page(window, "type").bindings["org_name"]
    _paste(binding.widget, "名" * 500)
    binding.commit()
    assert binding.widget.text() == "名" * limits.LINE_TEXT_LIMIT
    assert f"已截断至 {limits.LINE_TEXT_LIMIT} 字" in binding.notice
    assert binding.notice in binding.widget.toolTip()
    assert window.doc.section(model.Application).org_name == "名" * limits.LINE_TEXT_LIMIT


def test_keys_typed_past_the_limit_leave_the_status_saying_saved(window, qtbot) -> None:
    """Each key past the limit is cut, so nothing new reaches the file; the status line
    must still end on 已自动保存, not stay on 正在保存… (seen in a real window)."""
    binding = _page(window, "type").bindings["org_name"]
    _paste(binding.widget, "名" * limits.LINE_TEXT_LIMIT)
    binding.commit()
    qtbot.keyClicks(binding.widget, "ab")  # (QTest types no CJK characters: Latin ones)
    assert window.save_state.text() == "正在保存…"
    binding.commit()
    assert window.save_state.text() == "已自动保存"
    assert window.doc.section(model.Application).org_name == "名" * limits.LINE_TEXT_LIMIT


def test_a_typed_nul_is_not_stored(window) -> None:
    binding = _page(window, "type").bindings["org_name"]
    binding.widget.setText("上海\x00市")
    binding.commit()
    assert window.doc.section(model.Application).org_name == "上海市"


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    return shown


def _sparse(path: Path, size: int) -> Path:
    with path.open("wb") as stream:
        stream.write(b"%PDF-1.4\n")
        stream.truncate(size)
    return path


def test_an_attachment_far_above_the_limit_is_refused_naming_it(window, tmp_path: Path,
                                                                warnings: list[str]) -> None:
    page = _page(window, "attachments")
    before = window.doc.count(model.Attachment)
    assert not page.add_file(_sparse(tmp_path / "整本扫描.pdf", 101 * MEGABYTE))
    assert warnings and "整本扫描.pdf" in warnings[0] and "101.0 MB" in warnings[0]
    assert window.doc.count(model.Attachment) == before


def test_an_attachment_above_the_limit_is_added_and_the_check_warns(window, tmp_path: Path,
                                                                    warnings: list[str]) -> None:
    page = _page(window, "attachments")
    assert page.add_file(_sparse(tmp_path / "营业执照.pdf", 25 * MEGABYTE))
    assert warnings == []
    found = [p for p in rules.check(window.doc) if p.rule_id == "attachments.size"]
    assert found and "营业执照.pdf" in found[0].message and found[0].severity == rules.WARNING


def test_a_folder_as_an_attachment_is_refused(window, tmp_path: Path, warnings: list[str]) -> None:
    (tmp_path / "文件夹.pdf").mkdir()
    assert not _page(window, "attachments").add_file(tmp_path / "文件夹.pdf")
    assert warnings and "文件夹.pdf" in warnings[0] and "不是普通文件" in warnings[0]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
def test_a_pipe_as_an_attachment_is_refused_without_waiting(window, tmp_path: Path,
                                                            warnings: list[str]) -> None:
    pipe = tmp_path / "管道.pdf"
    os.mkfifo(pipe)
    gave_up = threading.Event()

    def writer() -> None:  # lets a reader that waits on the pipe go, so a failure cannot hang
        while not gave_up.wait(0.2):
            try:
                os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))
                return
            except OSError:
                continue

    thread = threading.Thread(target=writer, daemon=True)
    thread.start()
    try:
        added = _page(window, "attachments").add_file(pipe)
    finally:
        gave_up.set()
    assert not added
    assert warnings and "管道.pdf" in warnings[0] and "不是普通文件" in warnings[0]
