"""The window with files from anyone: a file left mid-commit shows its last committed
state, quickly opened or not; a crafted file is refused with its message."""

from pathlib import Path

import pytest

from app import model, storage
from app.document import ApplicationFile
from app.samples import write_sample

from ui.main import Controller

from tests.test_hostile_files import _trigger, craft, crash_mid_commit


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
    refused: list[str] = []
    monkeypatch.setattr(controller, "_refuse", refused.append)
    monkeypatch.setattr(controller, "ask_restore", lambda *args: False)
    assert controller.open(path) is None
    assert refused and "触发器" in refused[0] and "steal" in refused[0]
