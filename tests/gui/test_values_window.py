"""A code typed full-width by an input method: the file holds it normalised, the field shows
what the file holds; a value outside a field's choices is shown, not hidden; the check page
numbers rows as the lists do."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from app import model
from app.document import ApplicationFile
from tests.gui.test_marks import open_sample
from tests.gui.test_wizard import type_text
from tests.test_normalise import CODE, FULL_WIDTH_CODE

from ui.list_editor import ListEditor


def test_a_full_width_code_typed_in_a_field_is_stored_and_shown_normalised(
        controller, qtbot, tmp_path: Path) -> None:
    window = open_sample(controller, tmp_path)
    window.go_to_key("applicant")
    page = window.current_page()
    code = page.bindings["credit_code"].widget
    code.clear()
    type_text(code, FULL_WIDTH_CODE)
    QTest.keyClick(code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.doc.applicant_member().credit_code == CODE, timeout=3000)
    assert code.text() == CODE  # the field shows what the file holds
    staff = page.bindings["staff_count"].widget
    staff.clear()
    type_text(staff, "１２３")  # full-width digits pass the count field's validator
    QTest.keyClick(staff, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.doc.section(model.Applicant).staff_count == 123, timeout=3000)
    assert staff.text() == "123"
    window.close()
    doc = ApplicationFile.open(tmp_path / "base.stoa", read_only=True)
    assert doc.applicant_member().credit_code == CODE
    doc.close()


def test_a_full_width_code_typed_in_a_list_cell_is_stored_normalised(
        controller, qtbot, tmp_path: Path) -> None:
    window = open_sample(controller, tmp_path)
    window.go_to_key("members")
    editor: ListEditor = window.current_page().lists["members"]
    column = next(n for n, c in enumerate(editor.rows.columns) if c.name == "credit_code")
    index = editor.rows.index(3, column)
    member_id = editor.rows.rows[3].id
    editor.view.setCurrentIndex(index)
    editor.view.edit(index)
    cell = editor.view.indexWidget(index) or editor.view.findChild(QLineEdit)
    assert isinstance(cell, QLineEdit)
    cell.selectAll()
    type_text(cell, FULL_WIDTH_CODE)
    QTest.keyClick(cell, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.doc.row(model.Member, member_id).credit_code == CODE,
                    timeout=3000)
    assert editor.rows.index(3, column).data(Qt.ItemDataRole.DisplayRole) == CODE


def test_a_value_outside_the_choices_is_shown_in_its_field(controller, tmp_path: Path) -> None:
    path = tmp_path / "base.stoa"
    from app.samples import write_sample

    doc = write_sample("base", path)
    doc.set_value(model.Applicant, 1, "nature", "国有企业")  # as an older file may hold it
    doc.close()
    window = controller.open(path)
    window.show()
    window.refresh_now()
    window.go_to_key("applicant")
    page = window.current_page()
    assert page.bindings["nature"].widget.currentText() == "国有企业"
    assert "国有企业" in page.marks["nature"].message.text()
    assert "不是可选的值" in page.marks["nature"].message.text()


def test_the_check_page_numbers_a_row_as_its_list_does(controller, tmp_path: Path) -> None:
    from tests.test_row_numbers import _moved_and_emptied

    path = tmp_path / "base.stoa"
    _moved_and_emptied(path)
    window = controller.open(path)
    window.show()
    window.refresh_now()
    window.go_to_key("check")
    summary = window.current_page().summary.text()
    line = next(part for part in summary.split("<br>") if "请填写成员单位名称" in part)
    assert "（第 3 行）" in line
