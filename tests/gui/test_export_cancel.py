"""Cancel and close while the form is being laid out: the export stops there, the folder
keeps the previous outputs, and whatever goes wrong in the worker ends in a message."""

import threading
from pathlib import Path
from typing import Any

import pytest

from app import export, pdf
from app.output_set import ASIDE, STAGING
from app.samples import write_sample


def open_check_page(controller, tmp_path: Path):
    path = tmp_path / "center.stoa"
    write_sample("center", path).close()
    window = controller.open(path)
    window.go_to_key("check")
    return window, window.current_page().output


def outputs(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def no_temporary_folder(folder: Path) -> bool:
    return not [p for p in folder.iterdir() if p.name.startswith((STAGING, ASIDE))]


def previous_set(panel, qtbot, folder: Path) -> dict[str, bytes]:
    panel.folder = folder
    with qtbot.waitSignal(panel.finished, timeout=60_000):
        panel.make_button.click()
    return outputs(folder)


def hold_layout(monkeypatch: pytest.MonkeyPatch, panel) -> dict[str, Any]:
    """From now on the form's layout, once begun, waits until the user has asked to stop
    (so the request surely comes during the layout); what it ended with is kept."""
    seen: dict[str, Any] = {"started": threading.Event(), "raised": []}
    real = pdf.render

    def render(*args: Any, check: Any = None, **kwargs: Any) -> bytes:
        asked = panel._worker.cancel_requested

        def held() -> None:
            seen["started"].set()
            asked.wait(10)
            check()

        try:
            return real(*args, check=held, **kwargs)
        except BaseException as error:
            seen["raised"].append(type(error))
            raise

    monkeypatch.setattr(pdf, "render", render)
    return seen


def test_cancel_during_the_layout_stops_it_and_keeps_the_previous_set(
        controller, qtbot, tmp_path: Path, monkeypatch) -> None:
    _window, panel = open_check_page(controller, tmp_path)
    previous = previous_set(panel, qtbot, tmp_path / "out")
    shown = panel.last
    monkeypatch.setattr("ui.output.QMessageBox.warning", lambda *args: pytest.fail(args[2]))
    held = hold_layout(monkeypatch, panel)
    panel.make_button.click()
    qtbot.waitUntil(held["started"].is_set, timeout=30_000)
    panel.cancel_button.click()
    qtbot.waitUntil(lambda: not panel.busy(), timeout=10_000)
    assert held["raised"] == [export.ExportCancelled]  # stopped inside the layout
    assert "已取消" in panel.result.text() and panel.make_button.isEnabled()
    assert panel.last is shown
    assert outputs(tmp_path / "out") == previous and no_temporary_folder(tmp_path / "out")


def test_closing_the_window_during_the_layout_stops_it_and_keeps_the_previous_set(
        controller, qtbot, tmp_path: Path, monkeypatch) -> None:
    window, panel = open_check_page(controller, tmp_path)
    previous = previous_set(panel, qtbot, tmp_path / "out")
    monkeypatch.setattr("ui.output.QMessageBox.warning", lambda *args: pytest.fail(args[2]))
    held = hold_layout(monkeypatch, panel)
    panel.make_button.click()
    qtbot.waitUntil(held["started"].is_set, timeout=30_000)
    worker_thread = panel._thread
    window.close()  # waits for the worker, which stops at the next check
    assert worker_thread.isFinished()
    assert held["raised"] == [export.ExportCancelled]
    assert outputs(tmp_path / "out") == previous and no_temporary_folder(tmp_path / "out")


@pytest.mark.parametrize("error", [RuntimeError("layout broke"), MemoryError(),
                                   OSError(5, "Input/output error", "x.pdf")])
def test_any_failure_in_the_worker_ends_in_a_chinese_message(
        controller, qtbot, tmp_path: Path, monkeypatch, error: BaseException) -> None:
    _window, panel = open_check_page(controller, tmp_path)
    previous = previous_set(panel, qtbot, tmp_path / "out")

    def broken(*_args: Any, **_kwargs: Any) -> bytes:
        raise error

    monkeypatch.setattr(pdf, "render", broken)
    shown: list[str] = []
    monkeypatch.setattr("ui.output.QMessageBox.warning", lambda *args: shown.append(args[2]))
    panel.make_button.click()
    qtbot.waitUntil(lambda: not panel.busy(), timeout=30_000)  # never a progress bar for ever
    (message,) = shown
    assert "Traceback" not in message and ("输出" in message or "无法写入" in message)
    assert any("\u4e00" <= char <= "\u9fff" for char in message)
    assert panel.make_button.isEnabled()
    assert outputs(tmp_path / "out") == previous


def test_a_disk_failure_says_why_and_keeps_the_previous_set(
        controller, qtbot, tmp_path: Path, monkeypatch) -> None:
    from app import package

    _window, panel = open_check_page(controller, tmp_path)
    previous = previous_set(panel, qtbot, tmp_path / "out")

    def full(target: Path, _entries: object) -> None:
        target.write_bytes(b"PK half a zip")
        raise OSError(28, "No space left on device", str(target))

    monkeypatch.setattr(package, "write_zip", full)
    shown: list[str] = []
    monkeypatch.setattr("ui.output.QMessageBox.warning", lambda *args: shown.append(args[2]))
    panel.make_button.click()
    qtbot.waitUntil(lambda: not panel.busy(), timeout=30_000)
    (message,) = shown
    assert "磁盘空间不足" in message and ".zip" in message and "保持原样" in message
    assert outputs(tmp_path / "out") == previous and no_temporary_folder(tmp_path / "out")
