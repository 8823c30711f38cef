"""A date field takes a date typed the way a clerk writes it, also into an empty field,
and never loses or silently resets what was typed."""

import datetime as dt
from pathlib import Path

import pytest

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QToolButton

from app import model
from app.document import ApplicationFile


def open_founded(controller, qtbot, tmp_path: Path):
    """A new base's 成立日期 field (empty), with the window active and the cursor in it."""
    path = tmp_path / "a.stoa"
    window = controller.new("base", path)
    window.go_to_key("applicant")
    window.activateWindow()
    binding = window.current_page().bindings["founded"]
    qtbot.waitExposed(window)
    binding.edit.setFocus()
    qtbot.waitUntil(binding.edit.hasFocus, timeout=2000)
    return window, binding, path


def founded(window) -> str:
    return window.doc.section(model.Applicant).founded


def enter(qtbot, edit, text: str) -> None:
    """Type Latin text with keys; the rest (Chinese, full-width) as a paste, as an input method
    or a copy from a document gives it."""
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:
        QApplication.clipboard().setText(text)
        qtbot.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


@pytest.mark.parametrize("text", ["2008-03-18", "2008/3/18", "20080318", "2008年3月18日",
                                  "2008.3.18", "２００８－０３－１８", " 2008 / 3 / 18 "])
def test_each_form_typed_into_the_empty_field_and_tab_is_in_the_file(controller, qtbot,
                                                                     tmp_path: Path, text: str) -> None:
    window, binding, path = open_founded(controller, qtbot, tmp_path)
    assert binding.edit.text() == ""
    enter(qtbot, binding.edit, text)
    assert binding.edit.text() == text  # nothing of a placeholder mixed into the typing
    qtbot.keyClick(binding.edit, Qt.Key.Key_Tab)
    assert not binding.edit.hasFocus()  # Tab leaves the field
    assert founded(window) == "2008-03-18"
    assert binding.edit.text() == "2008-03-18"  # shown as stored
    assert binding.notice == ""
    window.close()
    doc = ApplicationFile.open(path)
    try:
        assert doc.section(model.Applicant).founded == "2008-03-18"
    finally:
        doc.close()


@pytest.mark.parametrize("text", ["2008-02-30", "2008-3", "18.3.2008"])
def test_a_date_that_is_no_date_stays_typed_with_a_message_and_the_file_unchanged(
        controller, qtbot, tmp_path: Path, text: str) -> None:
    window, binding, _path = open_founded(controller, qtbot, tmp_path)
    window.session.set_value(model.Applicant, 1, "founded", "2001-05-06")
    binding.edit.selectAll()
    qtbot.keyClicks(binding.edit, text)
    qtbot.keyClick(binding.edit, Qt.Key.Key_Tab)
    assert binding.edit.text() == text  # kept for the clerk to correct, never reset
    assert founded(window) == "2001-05-06"
    assert not binding.message.isHidden()
    shown = binding.message.text()
    assert text in shown and "2008年3月18日" in shown and "20080318" in shown
    assert window.save_state.text() == "已自动保存"  # not "正在保存…" for ever
    binding.edit.setFocus()
    binding.edit.selectAll()
    qtbot.keyClicks(binding.edit, "2008-02-29")
    qtbot.keyClick(binding.edit, Qt.Key.Key_Return)
    assert founded(window) == "2008-02-29"
    assert binding.notice == ""


def test_ctrl_a_selects_so_a_new_date_replaces_the_old(controller, qtbot, tmp_path: Path) -> None:
    window, binding, _path = open_founded(controller, qtbot, tmp_path)
    qtbot.keyClicks(binding.edit, "2008-03-18")
    qtbot.keyClick(binding.edit, Qt.Key.Key_Tab)
    binding.edit.setFocus()
    qtbot.keyClick(binding.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert binding.edit.selectedText() == "2008-03-18"
    qtbot.keyClicks(binding.edit, "20090101")
    qtbot.keyClick(binding.edit, Qt.Key.Key_Tab)
    assert founded(window) == "2009-01-01"


def test_esc_puts_back_the_date_from_before_the_typing(controller, qtbot, tmp_path: Path) -> None:
    window, binding, _path = open_founded(controller, qtbot, tmp_path)
    window.session.set_value(model.Applicant, 1, "founded", "2008-03-18")
    binding.edit.selectAll()
    qtbot.keyClicks(binding.edit, "2010-01-01")
    qtbot.waitUntil(lambda: founded(window) == "2010-01-01", timeout=3000)  # written on a pause
    qtbot.keyClick(binding.edit, Qt.Key.Key_Escape)
    assert binding.edit.text() == "2008-03-18"
    assert founded(window) == "2008-03-18"
    binding.edit.selectAll()
    qtbot.keyClicks(binding.edit, "nonsense")
    qtbot.keyClick(binding.edit, Qt.Key.Key_Escape)
    assert binding.edit.text() == "2008-03-18" and binding.notice == ""


def test_the_clear_button_empties_the_field_and_the_file(controller, qtbot, tmp_path: Path) -> None:
    window, binding, _path = open_founded(controller, qtbot, tmp_path)
    window.session.set_value(model.Applicant, 1, "founded", "2008-03-18")
    assert binding.edit.text() == "2008-03-18"
    clear = next(button for button in binding.edit.findChildren(QToolButton)
                 if button.metaObject().className() == "QLineEditIconButton")
    assert clear.isVisible()
    qtbot.mouseClick(clear, Qt.MouseButton.LeftButton)
    assert binding.edit.text() == ""
    assert founded(window) == ""


def test_the_calendar_opens_at_the_date_or_near_today(controller, qtbot, tmp_path: Path) -> None:
    window, binding, _path = open_founded(controller, qtbot, tmp_path)
    qtbot.keyClick(binding.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = binding.popup.calendar
    today = dt.date.today()
    assert calendar.selectedDate() == QDate(today.year, today.month, today.day)
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year, today.month)
    calendar.clicked.emit(QDate(2008, 3, 18))
    assert founded(window) == "2008-03-18"
    assert binding.edit.text() == "2008-03-18"
    binding.open_calendar()
    assert calendar.selectedDate() == QDate(2008, 3, 18)
    assert (calendar.yearShown(), calendar.monthShown()) == (2008, 3)
