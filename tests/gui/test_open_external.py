"""A file or folder that no program opens is said in the window, with its path and a
button that copies it (issue 17, item 9): never a click that does nothing."""

from pathlib import Path

import pytest

from PySide6.QtGui import QGuiApplication

from app import export, output_record
from app.samples import write_sample

from ui import open_external


@pytest.fixture
def no_handler(monkeypatch) -> list[open_external.CannotOpen]:
    """No program for anything (as on a PC without a mail program); the messages shown."""
    shown: list[open_external.CannotOpen] = []
    monkeypatch.setattr(open_external.QDesktopServices, "openUrl", lambda _url: False)
    monkeypatch.setattr(open_external, "show", shown.append)
    return shown


def check_panel(controller, path: Path):
    window = controller.open(path)
    window.go_to_key("check")
    return window, window.current_page().output


def test_a_folder_no_program_opens_gets_a_message_with_a_copy_button(
        controller, tmp_path: Path, no_handler) -> None:
    path = tmp_path / "center.stoa"
    write_sample("center", path).close()
    _window, panel = check_panel(controller, path)
    panel.folder.mkdir()
    panel.open_button.click()
    [message] = no_handler
    assert str(panel.folder) in message.message.text() and "文件夹" in message.message.text()
    message.copy_button.click()
    assert QGuiApplication.clipboard().text() == str(panel.folder)
    assert message.copy_button.text() == "已复制路径"


def test_a_mail_draft_no_program_opens_gets_a_message_with_its_path(
        controller, tmp_path: Path, no_handler) -> None:
    path = tmp_path / "center.stoa"
    doc = write_sample("center", path)
    folder = tmp_path / "center-申报材料"
    folder.mkdir()
    names = [export.FORM_FILE, "申报.zip", "申报.eml"]
    for name in names:
        (folder / name).write_bytes(b"x")
    output_record.write(doc, output_record.make(folder, names, output_record.current_checksum(doc),
                                                output_record.script_of(doc)))
    doc.close()
    _window, panel = check_panel(controller, path)
    assert panel.mail_button.isEnabled()
    panel.mail_button.click()
    [message] = no_handler
    assert str(folder / "申报.eml") in message.message.text() and "邮件草稿" in message.message.text()
    message.copy_button.click()
    assert QGuiApplication.clipboard().text() == str(folder / "申报.eml")
    panel.recorded.linkActivated.emit((folder / export.FORM_FILE).as_uri())  # a listed file
    assert len(no_handler) == 2 and str(folder / export.FORM_FILE) in no_handler[1].message.text()
