"""An error line that goes away does not pull the page up under the mouse: its room stays
until the cursor leaves the field, so a click aimed at the next field lands on it."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app import model
from app.samples import write_sample
from tests.gui.test_wizard import type_text


def settle() -> None:
    """Let the layouts follow (each nested layout on its own posted request)."""
    for _ in range(5):
        QApplication.processEvents()


def test_a_corrected_field_keeps_its_line_until_left_so_the_next_click_lands(
        controller, qtbot, tmp_path: Path) -> None:
    path = tmp_path / "base.stoa"
    write_sample("base", path).close()
    window = controller.open(path)
    window.show()
    window.go_to_key("applicant")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    page = window.current_page()
    postcode = page.bindings["postcode"].widget
    below = page.bindings["founded"].edit  # the next field down
    message = page.marks["postcode"].message
    postcode.clear()
    type_text(postcode, "2000")
    page.bindings["postcode"].flush()
    window.refresh_now()  # (what the pause after typing does)
    settle()
    assert message.isVisible() and "邮政编码" in message.text()
    aimed = below.mapTo(window, below.rect().center())  # where the clerk's mouse heads for
    type_text(postcode, "31")  # corrected
    page.bindings["postcode"].flush()
    window.refresh_now()
    settle()
    assert not message.text()  # the message is gone...
    assert below.mapTo(window, below.rect().center()) == aimed  # ...but nothing moved
    target = window.childAt(aimed)
    assert target is below or below.isAncestorOf(target)
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=target.mapFrom(window, aimed))
    assert below.hasFocus()  # the click landed where aimed
    settle()
    assert message.isHidden()  # and the room goes once the cursor has left the field
    assert window.doc.section(model.Applicant).postcode == "200031"


def test_a_line_that_goes_while_the_cursor_is_elsewhere_goes_at_once(controller, qtbot,
                                                                     tmp_path: Path) -> None:
    path = tmp_path / "base.stoa"
    write_sample("base", path).close()
    window = controller.open(path)
    window.show()
    window.go_to_key("applicant")
    page = window.current_page()
    mobile = page.bindings["contact_mobile"].widget
    message = page.marks["contact_mobile"].message
    window.session.set_value(page.bindings["contact_mobile"].table, 1, "contact_mobile", "139")
    window.refresh_now()
    assert message.isVisible()
    page.bindings["contact_email"].widget.setFocus()
    window.session.set_value(page.bindings["contact_mobile"].table, 1, "contact_mobile",
                             "13912345678")
    window.refresh_now()
    assert message.isHidden() and mobile.text() == "13912345678"


def test_a_button_clicked_as_a_line_above_it_goes_still_gets_the_click(controller, qtbot,
                                                                       tmp_path: Path) -> None:
    """A required text is filled in, its line goes; the clerk then clicks the 添加一行 of
    the list below. The press takes the cursor out of the text, and the page used to close
    the line's room at once: the button slid up from under the mouse before the release,
    and the click was lost (found driving the real window)."""
    window = controller.new("base", tmp_path / "base.stoa")
    window.show()
    window.go_to_key("plan")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.hints.show_all()  # (as after a visit to 检查与输出: every problem shown)
    page = window.current_page()
    binding = page.bindings["mechanism"]
    message = page.marks["mechanism"].message
    window.refresh_now()
    settle()
    assert message.isVisible()  # 请填写机制创新
    page.ensureWidgetVisible(binding.editor)
    type_text(binding.editor, "建立季度协调机制。")
    binding.flush()
    window.refresh_now()
    settle()
    assert not message.text()  # gone, its room kept while the cursor is in the text
    button = page.lists["milestones"].buttons["add"]  # just below, with more page under it
    page.ensureWidgetVisible(button)
    settle()
    assert page.verticalScrollBar().value() < page.verticalScrollBar().maximum()
    aimed = button.mapTo(window, button.rect().center())
    handle = window.windowHandle()
    QTest.mousePress(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, aimed)
    settle()
    QTest.mouseRelease(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, aimed)
    settle()
    assert len(window.doc.rows(model.Milestone)) == 3  # the click reached 添加一行 (2 given)
    assert message.isHidden()  # and the line's room went after it
