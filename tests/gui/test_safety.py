"""Files on shares and sticks, damaged files, snapshots: from the window."""

from pathlib import Path

from app import drives, model, snapshots
from app.document import ApplicationFile
from app.samples import write_sample
from tests.test_lock import start_holder

from ui.snapshot_dialog import SnapshotDialog


def test_a_file_on_a_usb_stick_is_copied_to_this_pc_when_the_user_agrees(
        controller, tmp_path: Path, monkeypatch, home: Path) -> None:
    stick = tmp_path / "stick" / "申报.stoa"
    stick.parent.mkdir()
    write_sample("center", stick).close()
    monkeypatch.setattr(drives, "location_kind", lambda path: drives.REMOVABLE)
    asked = []
    monkeypatch.setattr(controller, "ask_local_copy",
                        lambda path, kind: asked.append(kind) or "copy")
    window = controller.open(stick)
    assert asked == [drives.REMOVABLE]
    assert window.doc.path.parent == home / "documents" and window.doc.path.name == "申报.stoa"
    window.session.set_value(model.Application, 1, "org_name", "本机副本")
    window.close()
    original = ApplicationFile.open(stick)
    assert original.section(model.Application).org_name != "本机副本"  # the stick is untouched
    original.close()


def test_cancelling_the_question_opens_nothing(controller, tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "a.stoa"
    write_sample("center", path).close()
    monkeypatch.setattr(drives, "location_kind", lambda path: drives.NETWORK)
    monkeypatch.setattr(controller, "ask_local_copy", lambda path, kind: "cancel")
    assert controller.open(path) is None and not controller.windows


def test_a_damaged_file_is_offered_its_latest_snapshot(controller, tmp_path: Path,
                                                       monkeypatch) -> None:
    path = tmp_path / "a.stoa"
    write_sample("base", path).close()
    damaged = path.read_bytes()[:5000]
    path.write_bytes(damaged)
    offered = []
    monkeypatch.setattr(controller, "ask_restore",
                        lambda p, message, found: offered.append((message, found)) or True)
    window = controller.open(path)
    assert offered and "a.stoa" in offered[0][0]
    assert window is not None and window.doc.path.name.startswith("a-恢复-")
    assert window.doc.rows(model.Member)[0].name
    assert path.read_bytes() == damaged
    assert offered[0][1] == snapshots.list_for(path)[0]


def test_a_snapshot_is_restored_from_the_window(controller, qtbot, tmp_path: Path) -> None:
    path = tmp_path / "a.stoa"
    write_sample("center", path).close()
    window = controller.open(path)
    original = window.doc.section(model.Application).org_name
    window.session.set_value(model.Application, 1, "org_name", "写错了")
    # The snapshot of the file as opened is owed until the window has painted; the first
    # edit took it before writing.
    assert snapshots.list_for(path)[0].reason == "open"
    window.snapshot_if_edited()  # the ten-minute snapshot, now
    assert snapshots.list_for(path)[0].reason == "edit"
    window.snapshot_if_edited()  # nothing edited since: no new one
    assert len([s for s in snapshots.list_for(path) if s.reason == "edit"]) == 1

    dialog = SnapshotDialog(window.doc, window)
    opened = [s for s in dialog.found if s.reason == "open"][0]
    assert dialog.list.count() == len(dialog.found)
    restored = controller.restore(window, opened)
    assert restored is not None and restored is not window
    assert restored.doc.section(model.Application).org_name == original
    qtbot.waitUntil(lambda: snapshots.list_for(path)[0].reason == "open", timeout=3000)
    assert [s.reason for s in snapshots.list_for(path)][:2] == ["open", "restore"]


def test_a_file_another_window_edits_opens_read_only(controller, tmp_path: Path, monkeypatch,
                                                     repo_root: Path, child_env) -> None:
    path = tmp_path / "a.stoa"
    write_sample("center", path).close()
    holder = start_holder(path, repo_root, child_env)
    try:
        told = []
        monkeypatch.setattr(controller, "tell_read_only", lambda message, elsewhere=True: told.append(message))
        window = controller.open(path)
        assert told and "a.stoa" in told[0]
        assert window.doc.read_only and "只读" in window.windowTitle()
        pages = {page.key: page for page in window.pages}
        assert not pages["applicant"].widget().isEnabled()
        assert pages["check"].widget().isEnabled()  # checking and outputs only read
        window.close()
    finally:
        holder.communicate("\n", timeout=30)
