"""The window with files from anyone: a file left mid-commit shows its last committed
state, quickly opened or not; a crafted file is refused with its message."""

from pathlib import Path

import pytest

from app import model, storage
from app.document import ApplicationFile
from app.samples import write_sample
from tests.test_hostile_files import _trigger, craft, crash_mid_commit

from ui.main import Controller


@pytest.fixture
def crashed(tmp_path: Path) -> Path:
    sample = tmp_path / "sample.stoa"
    write_sample("base", sample).close()
    doc = ApplicationFile.open(sample)
    doc.set_value(model.Plan, 1, "mechanism", "acknowledged edit")
    doc.close()
    target = tmp_path / "crashed.stoa"
    crash_mid_commit(sample, target)
    return target


@pytest.mark.parametrize("quick_open", [False, True])
def test_a_file_left_mid_commit_opens_in_the_window_with_its_last_edit(
        qtbot, application, crashed: Path, quick_open: bool, monkeypatch) -> None:
    controller = Controller(quick_open=quick_open)
    controller.warm_up.started = True
    refused: list[str] = []
    monkeypatch.setattr(controller, "_refuse", refused.append)
    try:
        window = controller.open(crashed)
        assert window is not None, refused
        qtbot.addWidget(window)
        if quick_open:
            controller.warm_up.storage_loaded.emit()
            qtbot.waitUntil(lambda: window.doc.ready)
        assert window.doc.section(model.Plan).mechanism == "acknowledged edit"
        assert not storage.journal_path(crashed).exists()
    finally:
        for window in list(controller.windows):
            window.close()


def test_a_crafted_file_is_refused_in_the_window_with_what_is_wrong(
        controller, tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "sample.stoa"
    write_sample("base", path).close()
    craft(path, _trigger)
    asked: list[str] = []
    monkeypatch.setattr(controller, "ask_repair", lambda message: asked.append(message) or False)
    assert controller.open(path) is None
    assert asked and "触发器" in asked[0] and "steal" in asked[0]
    assert not path.with_name("sample-修复.stoa").exists()


def test_the_window_repairs_a_crafted_file_into_a_new_one_and_opens_that(
        controller, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    path = tmp_path / "sample.stoa"
    write_sample("base", path).close()
    craft(path, _trigger)
    before = path.read_bytes()
    told: list[str] = []
    monkeypatch.setattr(controller, "ask_repair", lambda message: True)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    window = controller.open(path)
    assert window is not None
    assert window.doc.path == path.with_name("sample-修复.stoa")
    assert told and "steal" in told[0]
    assert path.read_bytes() == before


def test_a_folder_that_cannot_be_written_opens_read_only_saying_so(
        controller, tmp_path: Path, monkeypatch) -> None:
    import app.lock

    path = tmp_path / "sample.stoa"
    write_sample("base", path).close()

    def refuse(self: object, path: Path) -> None:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(app.lock.EditLock, "__init__", refuse)
    told: list[tuple[str, bool]] = []
    monkeypatch.setattr(controller, "tell_read_only",
                        lambda message, elsewhere=True: told.append((message, elsewhere)))
    window = controller.open(path)
    assert window is not None and window.doc.read_only
    assert told and "不能写入" in told[0][0] and told[0][1] is False
