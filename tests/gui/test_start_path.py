"""A file named on the command line is used by its full path from the start."""

import os
from pathlib import Path

import ui.main


def test_a_relative_file_is_handed_over_by_its_full_path(monkeypatch, tmp_path: Path) -> None:
    """A running window resolves what it is handed from its own working folder: a
    relative name would open another file, or none (and the window showed the output
    folder as a relative path)."""
    handed = []
    monkeypatch.setattr(ui.main, "hand_over", lambda file: handed.append(file) or True)
    monkeypatch.chdir(tmp_path)
    assert ui.main.run_gui(Path("申报.stoa")) == 0
    assert handed == [tmp_path / "申报.stoa"] and os.path.isabs(handed[0])
