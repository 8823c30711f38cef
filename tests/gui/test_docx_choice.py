"""The check page's choice to put 申报书.docx into the zip: on by default, kept in the file
(an edit that undoes), followed by 生成全部申报材料; the Word file is written either way."""

import zipfile
from pathlib import Path

from app import docx_choice, export
from app.document import ApplicationFile
from app.samples import write_sample


def open_check_page(controller, path: Path):
    window = controller.open(path)
    window.go_to_key("check")
    return window, window.current_page().output


def chosen_in_file(path: Path) -> bool:
    doc = ApplicationFile.open(path, read_only=True)  # (beside the window, as the CLI reads)
    try:
        return docx_choice.in_package(doc)
    finally:
        doc.close()


def test_the_choice_is_kept_in_the_file_and_followed_by_the_outputs(
        controller, qtbot, tmp_path: Path) -> None:
    path = tmp_path / "center.stoa"
    write_sample("center", path).close()
    window, panel = open_check_page(controller, path)
    assert panel.docx_choice.isChecked() and not panel.docx_choice.isHidden()

    panel.docx_choice.click()  # as the user does: off
    assert not panel.docx_choice.isChecked()
    qtbot.waitUntil(lambda: not chosen_in_file(path), timeout=10_000)
    window.session.undo_stack.undo()
    assert panel.docx_choice.isChecked()  # the box follows an undo
    qtbot.waitUntil(lambda: chosen_in_file(path), timeout=10_000)
    window.session.undo_stack.redo()
    assert not panel.docx_choice.isChecked()
    qtbot.waitUntil(lambda: not chosen_in_file(path), timeout=10_000)

    panel.folder = tmp_path / "out"
    with qtbot.waitSignal(panel.finished, timeout=120_000) as blocker:
        panel.make_button.click()
    result = blocker.args[0]
    assert (tmp_path / "out" / export.FORM_DOCX_FILE) in result.files
    assert export.FORM_DOCX_FILE in panel.recorded.text()
    with zipfile.ZipFile(result.zip_path) as archive:
        assert export.FORM_DOCX_FILE not in archive.namelist()
    window.close()

    window, panel = open_check_page(controller, path)  # opened again: remembered
    assert not panel.docx_choice.isChecked()
    panel.docx_choice.click()
    panel.folder = tmp_path / "again"
    with qtbot.waitSignal(panel.finished, timeout=120_000) as blocker:
        panel.make_button.click()
    with zipfile.ZipFile(blocker.args[0].zip_path) as archive:
        assert export.FORM_DOCX_FILE in archive.namelist()
        assert export.FORM_DOCX_FILE in archive.read("文件清单.txt").decode("utf-8-sig")
