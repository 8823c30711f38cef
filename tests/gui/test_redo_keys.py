"""Undo and redo from the keyboard, as the README says (issue 17, item 11).

The README promises Ctrl+Z / Ctrl+Y; Qt's standard Redo key on Linux is Ctrl+Shift+Z
alone, so Ctrl+Y did nothing there, and elsewhere Ctrl+Shift+Z did nothing.
"""

from pathlib import Path

import pytest

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from app import model

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def stored_name(window) -> str:
    return window.doc.section(model.Application).org_name


@pytest.fixture
def edited(controller, qtbot, tmp_path: Path):
    """A window whose organization name was typed, then left (focus on the step list)."""
    window = controller.new("base", tmp_path / "a.stoa")
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    field = window.current_page().bindings["org_name"].widget
    field.setFocus()
    qtbot.keyClicks(field, "Shanghai AI Base")
    window.steps.setFocus()  # leaving the field writes it
    qtbot.waitUntil(lambda: stored_name(window) == "Shanghai AI Base")
    return window


@pytest.mark.parametrize("redo_keys", [(Qt.Key.Key_Y, CTRL), (Qt.Key.Key_Z, CTRL | SHIFT)],
                         ids=["Ctrl+Y", "Ctrl+Shift+Z"])
def test_ctrl_z_undoes_and_both_redo_keys_redo(edited, qtbot, redo_keys) -> None:
    window = edited
    qtbot.keyClick(window.steps, Qt.Key.Key_Z, CTRL)
    assert stored_name(window) == ""
    qtbot.keyClick(window.steps, *redo_keys)
    assert stored_name(window) == "Shanghai AI Base"


def test_the_menu_shows_both_redo_keys(edited) -> None:
    redo = next(action for action in edited.menuBar().actions()[1].menu().actions()
                if action.text().startswith("重做"))
    keys = [key.toString() for key in redo.shortcuts()]
    assert keys[:2] == [QKeySequence("Ctrl+Y").toString(), QKeySequence("Ctrl+Shift+Z").toString()]
