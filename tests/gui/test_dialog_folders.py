"""The attachment dialogs open where the last file came from, also after a restart
(issue 17, item 11): each of a dozen support letters was a walk back from the home folder."""

import shutil
from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from app import dialog_folders, model
from app.document import ApplicationFile


class FakeDialog:
    """Stands in for the file dialog: records the folder it was opened in, picks ``answer``."""

    def __init__(self) -> None:
        self.opened_in: list[Path] = []
        self.answer: list[str] = []

    def open_files(self, _parent, _title, folder, _filter=""):
        self.opened_in.append(Path(folder))
        return self.answer, ""

    def save_file(self, _parent, _title, suggested, _filter=""):
        self.opened_in.append(Path(suggested).parent)
        return (self.answer[0] if self.answer else ""), ""


def scans(folder: Path, *names: str) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        (folder / name).write_bytes(b"%PDF-1.4\n%%EOF\n")
    return [str(folder / name) for name in names]


def attachments_page(controller, path: Path):
    window = controller.open(path) if path.exists() else controller.new("base", path)
    window.go_to_key("attachments")
    return window, window.current_page()


def test_adding_attachments_starts_where_the_last_ones_came_from(
        controller, monkeypatch, tmp_path: Path) -> None:
    dialog = FakeDialog()
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", dialog.open_files)
    letters = tmp_path / "扫描件" / "支持函"
    path = tmp_path / "a.stoa"
    window, page = attachments_page(controller, path)

    dialog.answer = scans(letters, "甲公司.pdf", "乙公司.pdf")
    page.choose_files()
    dialog.answer = scans(letters, "丙公司.pdf")
    page.choose_files()
    assert dialog.opened_in[1] == letters
    assert [a.name for a in window.doc.rows(model.Attachment)] == ["甲公司.pdf", "乙公司.pdf", "丙公司.pdf"]
    window.close()

    # The next session (a new window reads the preferences from disk) starts there too.
    dialog.answer = []
    _window, page = attachments_page(controller, path)
    page.choose_files()
    assert dialog.opened_in[2] == letters


def test_a_folder_that_is_gone_falls_back_to_the_home_folder(
        controller, monkeypatch, tmp_path: Path) -> None:
    dialog = FakeDialog()
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", dialog.open_files)
    stick = tmp_path / "U盘"
    dialog_folders.remember(dialog_folders.ATTACHMENTS, Path(scans(stick, "执照.pdf")[0]))
    shutil.rmtree(stick)  # the stick is pulled
    _window, page = attachments_page(controller, tmp_path / "a.stoa")
    page.choose_files()
    assert dialog.opened_in == [Path.home()]


def test_saving_a_copy_of_an_attachment_starts_where_the_last_copy_went(
        controller, monkeypatch, tmp_path: Path) -> None:
    path = tmp_path / "a.stoa"
    doc = ApplicationFile.create(path, "base")
    doc.add_attachment("营业执照或法人证书", "执照.pdf", b"%PDF-1.4\n%%EOF\n")
    doc.close()
    dialog = FakeDialog()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog.save_file)
    copies = tmp_path / "发给财务"
    copies.mkdir()
    _window, page = attachments_page(controller, path)
    editor = page.lists["attachments"]
    editor.view.setCurrentIndex(editor.rows.index(0, 0))  # (as a click on the row)
    dialog.answer = [str(copies / "执照.pdf")]
    page.save_selected()
    page.save_selected()
    assert dialog.opened_in[1] == copies
    assert (copies / "执照.pdf").read_bytes().startswith(b"%PDF")
