"""A file named at start shows before the ORM has loaded, and nothing typed meanwhile is
lost (app.opening, ui.main.WarmUp)."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app import model, storage
from app.document import ApplicationFile
from app.samples import write_sample

from ui.main import Controller

HERE = Path(__file__).parent


def test_the_window_shows_the_file_before_the_orm_and_keeps_what_is_typed(
        tmp_path: Path, repo_root: Path, child_env: dict[str, str]) -> None:
    path = tmp_path / "a.stoa"
    doc = write_sample("base", path)
    name = doc.section(model.Application).org_name
    doc.close()
    result = subprocess.run([sys.executable, str(HERE / "quick_open_child.py"), str(path), "（新）"],
                            cwd=repo_root, env=child_env, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["quick"] and not seen["orm_at_paint"]  # painted without SQLAlchemy
    assert seen["shown_name"] == name  # with the file's values on its first page
    assert seen["ready"] and seen["steps"][0].startswith(("✔", "○"))  # then checked
    doc = ApplicationFile.open(path)
    try:
        assert doc.section(model.Application).org_name == name + "（新）"
    finally:
        doc.close()


@pytest.fixture
def quick_controller(qtbot, application):
    built = Controller(quick_open=True)
    built.warm_up.started = True  # no thread: each test says when the ORM "has loaded"
    yield built
    for window in list(built.windows):
        window.close()


def test_the_hand_over_comes_with_the_warm_up_and_marks_the_steps(
        qtbot, quick_controller: Controller, tmp_path: Path) -> None:
    path = tmp_path / "b.stoa"
    write_sample("center", path).close()
    window = quick_controller.open(path)
    assert window is not None and not window.doc.ready
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.steps.item(0).text().startswith("1.")  # not checked before the hand-over
    quick_controller.warm_up.storage_loaded.emit()  # (what the warm-up says once loaded)
    qtbot.waitUntil(lambda: window.steps.item(0).text().startswith(("✔", "○")))
    assert window.doc.ready
    assert window.doc.section(model.Applicant).contact_name  # the real file answers


def test_a_file_found_damaged_at_the_hand_over_closes_with_a_message(
        qtbot, quick_controller: Controller, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    path = tmp_path / "c.stoa"
    write_sample("base", path).close()
    window = quick_controller.open(path)
    assert window is not None
    qtbot.addWidget(window)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: said.append(text))

    def damaged(*_args: object) -> ApplicationFile:
        raise storage.FileRefused("申报文件「c.stoa」已损坏，其中的内容无法读取（测试）。", damaged=True)

    monkeypatch.setattr(ApplicationFile, "take_over", damaged)
    quick_controller.warm_up.storage_loaded.emit()
    qtbot.waitUntil(lambda: not quick_controller.windows)
    assert said and "已损坏" in said[0]
    assert quick_controller.start.isVisible()
