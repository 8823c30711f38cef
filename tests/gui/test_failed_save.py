"""A write that fails (full disk, read-only folder, file moved away) loses nothing.

The user types on; the window shows a banner saying what failed and what to do, keeps
what was typed in memory, writes it in order once the file takes writes again (重试, or
by itself every few seconds), or into a copy elsewhere (另存为…). The undo stack only
ever holds edits the file holds. Failures are made the way they happen: a tmpfs filled
to the last byte, a folder made unwritable, the file deleted or renamed under the
window, and SQLite's own "database or disk is full" raised from the window's connection.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import event

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from app import model
from app.document import ApplicationFile
from app.samples import write_sample


@pytest.fixture(autouse=True)
def no_question_left_open(monkeypatch) -> None:
    """A test that fails with edits waiting must not hang on the close question."""
    from ui.main_window import MainWindow

    monkeypatch.setattr(MainWindow, "ask_unsaved", lambda self: "discard")


class BrokenDisk:
    """Every write of the window's file fails as SQLite fails on a full disk."""

    def __init__(self, doc, message: str = "database or disk is full") -> None:
        self.engine, self.message, self.broken = doc._engine, message, True
        event.listen(self.engine, "before_cursor_execute", self._refuse)

    def _refuse(self, _conn, _cursor, statement: str, *_args) -> None:
        if self.broken and statement.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE")):
            raise sqlite3.OperationalError(self.message)

    def fix(self) -> None:
        self.broken = False


def opened(controller, path: Path):
    write_sample("center", path).close()
    window = controller.open(path)
    window.show()
    return window


def enter(qtbot, widget, text: str) -> None:
    """Digits as keys; Chinese as an input method commits it, one phrase at a time."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    widget.setFocus()
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def type_into(qtbot, window, key: str, text: str, page: str = "recommender"):
    """Type ``text`` into the line field ``key`` of ``page`` as a user does: clear, type, Enter."""
    window.go_to_key(page)
    binding = window.current_page().bindings[key]
    binding.widget.selectAll()
    qtbot.keyClick(binding.widget, Qt.Key.Key_Delete)
    enter(qtbot, binding.widget, text)
    qtbot.keyClick(binding.widget, Qt.Key.Key_Return)  # (ends the typing pause now)
    return binding


def read_back(path: Path, table, name: str, row_id: int = 1):
    doc = ApplicationFile.open(path, read_only=True)
    try:
        return getattr(doc.row(table, row_id), name)
    finally:
        doc.close()


def test_typing_on_a_full_disk_stays_on_screen_and_reaches_the_file_when_space_returns(
        controller, qtbot, tmp_path: Path) -> None:
    path = tmp_path / "申报.stoa"
    window = opened(controller, path)
    disk = BrokenDisk(window.doc)
    name = type_into(qtbot, window, "contact_name", "王五")
    phone = type_into(qtbot, window, "contact_phone", "021-12345678")
    name = type_into(qtbot, window, "contact_name", "王小五")  # the same field again
    assert window.banner.isVisible()
    banner = window.banner.message.text()
    assert "申报.stoa" in banner and "磁盘已满" in banner and "另存为" in banner
    assert "2 处修改" in banner  # (the same field twice is one waiting value)
    assert name.widget.text() == "王小五" and phone.widget.text() == "021-12345678"
    assert window.save_state.text().startswith("未能保存") and "正在保存" not in window.windowTitle()
    assert window.session.undo_stack.count() == 0  # nothing the file does not hold
    assert read_back(path, model.Recommender, "contact_name") != "王小五"

    window.retry_saving()  # the disk still full: nothing changes, nothing crashes
    assert window.banner.isVisible() and window.session.waiting() == 2

    disk.fix()
    qtbot.mouseClick(window.banner.retry, Qt.MouseButton.LeftButton)
    assert not window.banner.isVisible() and window.save_state.text() == "已自动保存"
    assert read_back(path, model.Recommender, "contact_name") == "王小五"
    assert read_back(path, model.Recommender, "contact_phone") == "021-12345678"
    # Written now, the edits can be undone like any other: last first.
    assert window.session.undo_stack.count() == 2
    window.session.undo()
    assert read_back(path, model.Recommender, "contact_phone") != "021-12345678"
    assert read_back(path, model.Recommender, "contact_name") == "王小五"


def test_the_undo_stack_only_ever_holds_what_the_file_holds(controller, qtbot,
                                                            tmp_path: Path) -> None:
    path = tmp_path / "a.stoa"
    window = opened(controller, path)
    type_into(qtbot, window, "contact_name", "写进去了")
    stack = window.session.undo_stack
    assert stack.count() == 1 and stack.index() == 1
    disk = BrokenDisk(window.doc)
    for text in ("甲", "乙", "丙"):  # each edit after a failure: no crash
        type_into(qtbot, window, "contact_phone", text)
    assert stack.count() == 1 and stack.index() == 1
    window.session.undo()  # 撤销 while the file refuses: refused, the stack stays
    assert stack.index() == 1
    assert read_back(path, model.Recommender, "contact_name") == "写进去了"
    stack.undo()  # the stack driven directly: the command is dropped, never half-undone
    assert stack.index() == 0 and stack.count() == 0
    assert read_back(path, model.Recommender, "contact_name") == "写进去了"
    disk.fix()
    window.retry_saving()
    assert not window.banner.isVisible()


def test_rows_are_not_added_while_the_file_refuses_writes(controller, qtbot,
                                                          tmp_path: Path) -> None:
    path = tmp_path / "a.stoa"
    window = opened(controller, path)
    window.go_to_key("members")
    editor = next(iter(window.current_page().lists.values()))
    before = editor.rows.rowCount()
    disk = BrokenDisk(window.doc)
    qtbot.mouseClick(editor.buttons["add"], Qt.MouseButton.LeftButton)
    assert editor.rows.rowCount() == before and window.session.undo_stack.count() == 0
    assert "添加一行" in window.statusBar().currentMessage() and window.banner.isVisible()
    # A cell typed into shows what was typed, and waits with the rest.
    column = [c.name for c in editor.rows.columns].index("name")
    index = editor.rows.index(1, column)
    editor.rows.setData(index, "新名称")
    assert editor.rows.data(index) == "新名称" and window.session.waiting() == 1
    disk.fix()
    window.retry_saving()
    member_id = editor.rows.rows[1].id
    assert read_back(path, model.Member, "name", member_id) == "新名称"
    qtbot.mouseClick(editor.buttons["add"], Qt.MouseButton.LeftButton)
    assert editor.rows.rowCount() == before + 1


def test_a_file_deleted_under_the_window_is_saved_elsewhere_with_everything(
        controller, qtbot, tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "a.stoa"
    window = opened(controller, path)
    original = read_back(path, model.Recommender, "contact_name")
    type_into(qtbot, window, "contact_name", "删除前写入")
    path.unlink()  # SQLite would go on writing into the orphaned file: never
    type_into(qtbot, window, "contact_phone", "021-87654321")
    type_into(qtbot, window, "org_name", "删除后输入", page="type")
    assert "已被移动、改名或删除" in window.banner.message.text()
    assert not path.exists()

    copy = tmp_path / "elsewhere" / "副本.stoa"
    copy.parent.mkdir()
    monkeypatch.setattr(window, "ask_save_path", lambda: copy)
    qtbot.mouseClick(window.banner.save_as, Qt.MouseButton.LeftButton)
    assert window.doc.path == copy and not window.banner.isVisible()
    assert read_back(copy, model.Recommender, "contact_name") == "删除前写入"
    assert read_back(copy, model.Recommender, "contact_phone") == "021-87654321"
    assert read_back(copy, model.Application, "org_name") == "删除后输入"
    type_into(qtbot, window, "contact_name", "另存后继续")  # the window goes on there
    assert read_back(copy, model.Recommender, "contact_name") == "另存后继续"
    window.session.undo()  # and its undo history with it (typing into one field is one step)
    assert read_back(copy, model.Recommender, "contact_name") == original


def test_a_file_renamed_and_put_back_gets_what_was_typed_meanwhile(controller, qtbot,
                                                                   tmp_path: Path) -> None:
    path = tmp_path / "a.stoa"
    window = opened(controller, path)
    moved = tmp_path / "改名.stoa"
    path.rename(moved)
    type_into(qtbot, window, "contact_name", "改名期间")
    assert window.banner.isVisible() and read_back(moved, model.Recommender,
                                                   "contact_name") != "改名期间"
    moved.rename(path)
    window.session.retry()  # what the window's timer does every few seconds
    assert not window.banner.isVisible()
    assert read_back(path, model.Recommender, "contact_name") == "改名期间"


def test_closing_with_edits_waiting_asks_and_never_drops_them_silently(
        controller, qtbot, tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "a.stoa"
    window = opened(controller, path)
    BrokenDisk(window.doc)
    binding = type_into(qtbot, window, "contact_name", "未保存")
    enter(qtbot, binding.widget, "的尾巴")  # typing still in its pause when closing
    answers = ["cancel", "save_as"]
    asked = []
    monkeypatch.setattr(window, "ask_unsaved", lambda: asked.append(1) or answers.pop(0))
    copy = tmp_path / "副本.stoa"
    monkeypatch.setattr(window, "ask_save_path", lambda: copy)
    assert not window.close() and window.isVisible()  # cancelled: nothing lost
    assert window.close() and len(asked) == 2
    assert read_back(copy, model.Recommender, "contact_name") == "未保存的尾巴"


def _mount_tmpfs(folder: Path, size: str) -> None:
    folder.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({done.stderr.strip() or done.returncode})")


@pytest.fixture
def small_disk(tmp_path: Path):
    if shutil.which("mount") is None or os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root and mount(8)")
    folder = tmp_path / "stick"
    _mount_tmpfs(folder, "2m")
    yield folder
    subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(folder: Path) -> Path:
    filler = folder / "filler"
    handle = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        while True:
            os.write(handle, b"x" * 4096)
    except OSError:
        pass
    finally:
        os.close(handle)
    return filler


def test_a_really_full_disk_keeps_the_typing_until_space_is_freed(controller, qtbot,
                                                                  small_disk: Path) -> None:
    path = small_disk / "申报.stoa"
    window = opened(controller, path)
    filler = fill(small_disk)
    binding = type_into(qtbot, window, "contact_name", "满盘时输入")
    assert "磁盘已满" in window.banner.message.text() and binding.widget.text() == "满盘时输入"
    filler.unlink()
    window.retry_saving()
    assert not window.banner.isVisible()
    window.close()
    assert read_back(path, model.Recommender, "contact_name") == "满盘时输入"


def test_a_folder_that_became_read_only_keeps_the_typing_until_it_is_writable(
        controller, qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "a.stoa"
    window = opened(controller, path)
    folder.chmod(0o555)  # (root ignores this: the immutable flag stops root too)
    immutable = os.geteuid() == 0 and subprocess.run(
        ["chattr", "+i", str(folder)], capture_output=True).returncode == 0
    if os.geteuid() == 0 and not immutable:
        folder.chmod(0o755)
        window.close()
        pytest.skip("running as root on a file system without chattr +i")
    try:
        binding = type_into(qtbot, window, "contact_name", "只读时输入")
        assert "没有写入权限" in window.banner.message.text()
        assert binding.widget.text() == "只读时输入"
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
        folder.chmod(0o755)
    window.retry_saving()
    assert not window.banner.isVisible()
    assert read_back(path, model.Recommender, "contact_name") == "只读时输入"


def test_the_menu_undo_and_a_language_switch_keep_what_waits(controller, qtbot,
                                                              tmp_path: Path) -> None:
    path = tmp_path / "a.stoa"
    window = opened(controller, path)
    type_into(qtbot, window, "contact_name", "先写入")
    disk = BrokenDisk(window.doc)
    type_into(qtbot, window, "contact_phone", "12345")
    undo = next(action for action in window.menuBar().actions()[1].menu().actions()
                if action.text().startswith("撤销"))
    undo.trigger()  # Ctrl+Z: refused while the phone number waits; nothing moves
    assert window.session.undo_stack.index() == 1
    assert read_back(path, model.Recommender, "contact_name") == "先写入"
    controller.set_language("en")  # the pages are built anew: from what the user entered
    window.go_to_key("recommender")
    assert window.current_page().bindings["contact_phone"].widget.text() == "12345"
    assert "the disk is full" in window.banner.message.text()
    disk.fix()
    window.retry_saving()
    assert read_back(path, model.Recommender, "contact_phone") == "12345"


FIELDS = [(model.Recommender, "contact_name"), (model.Recommender, "contact_phone"),
          (model.Application, "org_name")]


@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(st.one_of(
    st.tuples(st.just("type"), st.integers(0, len(FIELDS) - 1),
              st.text(alphabet="甲乙丙丁12", min_size=1, max_size=4)),
    st.tuples(st.sampled_from(["break", "fix", "retry", "undo", "redo"]))), max_size=25))
def test_whatever_the_disk_does_the_file_ends_with_what_was_typed_last(
        qtbot, application, tmp_path_factory, steps) -> None:
    from ui.edits import EditSession

    path = tmp_path_factory.mktemp("any") / "a.stoa"
    doc = write_sample("center", path)
    try:
        session = EditSession(doc)
        disk = BrokenDisk(doc)
        disk.fix()
        expected = {(table, name): getattr(doc.row(table, 1), name) for table, name in FIELDS}
        for step in steps:
            if step[0] == "type":
                table, name = FIELDS[step[1]]
                session.set_value(table, 1, name, step[2], merge=True)
                expected[(table, name)] = step[2]
            elif step[0] == "break":
                disk.broken = True
            elif step[0] == "fix":
                disk.fix()
            elif step[0] == "retry":
                session.retry()
            elif step[0] in ("undo", "redo"):
                before = session.undo_stack.index()
                getattr(session, step[0])()
                if session.undo_stack.index() != before:  # it happened: the file agrees
                    expected = {key: getattr(doc.row(key[0], 1), key[1]) for key in expected}
            # Nothing waits: then the file holds everything as the user last saw it.
            if session.waiting() == 0:
                assert {key: getattr(doc.row(key[0], 1), key[1]) for key in expected} == expected
        disk.fix()
        assert session.retry()
        assert {key: getattr(doc.row(key[0], 1), key[1]) for key in expected} == expected
    finally:
        doc.close()


def test_a_save_elsewhere_that_fails_says_why_and_keeps_everything_waiting(
        controller, qtbot, tmp_path: Path, small_disk: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    path = tmp_path / "a.stoa"
    window = opened(controller, path)
    BrokenDisk(window.doc)
    type_into(qtbot, window, "contact_name", "等待中")
    fill(small_disk)  # the stick chosen for the copy is full too
    assert not window.save_copy_to(small_disk / "副本.stoa")
    assert "副本.stoa" in shown[-1] and "磁盘已满" in shown[-1]
    assert not list(small_disk.glob("*.stoa*")) and not list(small_disk.glob(".*saving"))
    existing = tmp_path / "已有.stoa"
    existing.write_bytes(b"someone else's file")
    assert not window.save_copy_to(existing)  # never over another file
    assert existing.read_bytes() == b"someone else's file" and "已有.stoa" in shown[-1]
    assert window.doc.path == path and window.session.waiting() == 1
    assert window.current_page().bindings["contact_name"].widget.text() == "等待中"
