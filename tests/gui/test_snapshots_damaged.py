"""The snapshot dialog shows a damaged snapshot marked, and it cannot be chosen."""

from pathlib import Path

from app import model, snapshots
from app.document import ApplicationFile
from app.samples import write_sample

from ui.snapshot_dialog import SnapshotDialog


def test_a_damaged_snapshot_is_marked_and_cannot_be_restored(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "a.stoa"
    write_sample("center", path).close()
    doc = ApplicationFile.open(path)
    doc.set_value(model.Application, 1, "org_name", "改过")
    doc.close()
    doc = ApplicationFile.open(path)  # a second snapshot, of the edited file
    damaged, good = snapshots.list_for(path)
    damaged.path.write_bytes(damaged.path.read_bytes()[:200])
    dialog = SnapshotDialog(doc)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 2
    marked, fine = dialog.list.item(0), dialog.list.item(1)
    assert "已损坏" in marked.text() and marked.toolTip() and "已损坏" not in fine.text()
    dialog.list.setCurrentRow(0)
    assert not dialog.restore_button.isEnabled()
    dialog.list.setCurrentRow(1)
    assert dialog.restore_button.isEnabled()
    doc.close()
