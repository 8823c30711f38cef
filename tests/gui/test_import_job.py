"""导入数据备份 from the start screen: in a worker, the window alive, 取消 leaving nothing."""

import json
import threading
from pathlib import Path

import pytest

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QPushButton

from app import json_io, model
from app.samples import sample_json


def _backup(folder: Path, staff: int = 0) -> Path:
    """The center sample as a backup folder, with ``staff`` extra rows."""
    data = json.loads(sample_json("center").read_text(encoding="utf-8"))
    data["staff"] += [{"name": f"工程师{n}", "member": 0, "title": "", "professional_title": "",
                       "specialty": "", "employment": "专职"} for n in range(staff)]
    for item in data["attachments"]:
        target = folder / item["file"]
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes((sample_json("center").parent / item["file"]).read_bytes())
    source = folder / "application.json"
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return source


class _Relay(QObject):
    ping = Signal()


def test_the_window_keeps_turning_while_a_backup_is_imported(controller, qtbot, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """The import waits, inside, for the event loop to run a timer: on the UI thread it
    could not (it froze the window 16 s for 1,000 rows)."""
    source = _backup(tmp_path / "backup")
    turned = threading.Event()
    relay = _Relay()  # lives in the UI thread: what it receives, that thread's loop runs
    relay.ping.connect(turned.set, Qt.ConnectionType.QueuedConnection)
    ran_on: list[threading.Thread] = []
    real = json_io.import_json

    def watched(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202 (import_json's own)
        ran_on.append(threading.current_thread())
        relay.ping.emit()
        turned.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(json_io, "import_json", watched)
    controller.start.import_requested.emit(source, tmp_path / "restored.stoa")
    qtbot.waitUntil(lambda: bool(controller.windows), timeout=30_000)
    assert turned.is_set()  # the UI thread ran a queued call while the import was under way
    assert ran_on and ran_on[0] is not threading.main_thread()
    window = controller.windows[-1]
    assert window.doc.path == tmp_path / "restored.stoa"
    assert window.doc.count(model.PipelineItem) >= 1


def test_cancel_stops_the_import_and_leaves_no_file(controller, qtbot, tmp_path: Path) -> None:
    source = _backup(tmp_path / "backup", staff=900)
    out = tmp_path / "out"
    out.mkdir()
    job = controller.import_backup(source, out / "restored.stoa")
    cancel = job.dialog.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "取消"
    with qtbot.waitSignal(job.finished, timeout=30_000) as finished:
        cancel.click()
    assert finished.args == [None]
    assert list(out.iterdir()) == []
    assert controller.windows == []


def test_a_refused_backup_is_said_and_opens_nothing(controller, qtbot, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "application.json"
    source.write_text('{"format": "sto-apply/application", "format": 1}', encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args[2]))
    job = controller.import_backup(source, tmp_path / "x.stoa")
    with qtbot.waitSignal(job.finished, timeout=30_000):
        pass
    assert shown and "format" in shown[0] and "application.json" in shown[0]
    assert not (tmp_path / "x.stoa").exists() and controller.windows == []
