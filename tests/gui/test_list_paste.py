"""A block copied from Excel or WPS pastes into a list (Ctrl+V) as one undo step, and a
block copied out (Ctrl+C) pastes back into a spreadsheet unchanged."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app import model
from app.document import ApplicationFile

from ui.list_editor import ListEditor

# As Excel puts eight rows on the clipboard: tabs, CRLF, a final CRLF, a cell with a
# line break quoted; 单位类型 written in full-width brackets or with spaces, one unknown.
ROWS = [
    ("上海甲科技有限公司", "91310000MA1FL00001", "企业", "是", "上游", "成员单位", "张三", "13912345670",
     "牵头研制团体标准"),
    ("上海乙研究院", "12310000425012345X", "科研院所", "否", "中游", "", "李四", "02164000000",
     "试验验证\n（两个实验室）"),
    ("复旦大学", "12100000425006117J", "高等院校", "", "服务支撑", "成员单位", "王五", "", ""),
    ("上海丙检测公司", "", " 检测认证机构 ", "", "下游", "", "", "", ""),
    ("上海市某区经委", "", "政府部门", "", "园区内", "", "", "", ""),
    ("丁用户公司", "", "用户单位", "√", "下游", "", "", "", ""),
    ("戊标准化院", "", "标准化机构", "", "服务支撑", "", "", "", ""),
    ("己大学", "", "大学", "", "", "", "", "", ""),  # 大学 is no 单位类型 of the form
]


def excel_text() -> str:
    def cell(text: str) -> str:
        return '"' + text.replace('"', '""') + '"' if "\n" in text else text

    return "".join("\t".join(cell(c) for c in row) + "\r\n" for row in ROWS)


def members_editor(controller, tmp_path: Path, qtbot):
    window = controller.new("base", tmp_path / "base.stoa")
    window.go_to_key("members")
    window.raise_()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    editor: ListEditor = window.current_page().lists["members"]
    return window, editor


def paste_at(editor: ListEditor, qtbot, row: int, column: int, text: str) -> None:
    QApplication.clipboard().setText(text)
    editor.view.setFocus()
    editor.view.clearSelection()  # (as a click on the cell)
    editor.view.setCurrentIndex(editor.rows.index(row, column))
    qtbot.keyClick(editor.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def test_an_excel_block_fills_new_rows_as_one_undo_step(controller, tmp_path, qtbot) -> None:
    window, editor = members_editor(controller, tmp_path, qtbot)
    window.session.add_row(model.Member, {"name": "占位"})  # pasting starts at this row
    steps = window.session.undo_stack.count()
    paste_at(editor, qtbot, 1, 0, excel_text())
    members = window.doc.rows(model.Member)[1:]
    assert len(members) == 8
    assert [m.name for m in members] == [row[0] for row in ROWS]
    assert members[1].contribution == "试验验证\n（两个实验室）"
    assert members[0].is_leading_enterprise and members[5].is_leading_enterprise
    assert not members[1].is_leading_enterprise
    assert members[3].kind == "检测认证机构"
    assert members[1].role == "成员单位"  # an empty cell of a new row keeps its default
    assert members[7].kind == ""  # unknown: not stored, and said under the table
    assert editor.paste_note.isVisibleTo(editor)
    assert "第 9 行「单位类型」：“大学”" in editor.paste_note.text()
    assert window.session.undo_stack.count() == steps + 1
    window.session.undo()
    assert [m.name for m in window.doc.rows(model.Member)][1:] == ["占位"]
    window.session.redo()
    path = window.doc.path
    window.close()
    doc = ApplicationFile.open(path)
    try:
        again = doc.rows(model.Member)[1:]
        assert [(m.name, m.credit_code, m.contact_phone, m.contribution) for m in again] == [
            (r[0], r[1], r[7], r[8]) for r in ROWS]
    finally:
        doc.close()


def test_the_applicants_locked_cells_are_skipped(controller, tmp_path, qtbot) -> None:
    window, editor = members_editor(controller, tmp_path, qtbot)
    applicant = window.doc.rows(model.Member)[0]
    paste_at(editor, qtbot, 0, 0, "别的名称\t\t企业\t\t上游\r\n")
    again = window.doc.rows(model.Member)[0]
    # name and 单位类型 come from step 2 (locked on row 1); 产业链位置 is the row's own
    assert (again.name, again.kind) == (applicant.name, applicant.kind)
    assert again.chain_position == "上游"
    assert "不能在这里修改" in editor.paste_note.text()


def test_a_block_copied_out_pastes_back_the_same(controller, tmp_path, qtbot) -> None:
    window, editor = members_editor(controller, tmp_path, qtbot)
    paste_at(editor, qtbot, 0, 0, "")  # (nothing on the clipboard: nothing happens)
    window.session.add_row(model.Member, {})
    paste_at(editor, qtbot, 1, 0, excel_text())
    view = editor.view
    top, bottom = editor.rows.index(1, 0), editor.rows.index(7, len(editor.rows.columns) - 1)
    view.setCurrentIndex(top)
    view.selectionModel().select(
        type(view.selectionModel().selection())(top, bottom),
        view.selectionModel().SelectionFlag.ClearAndSelect)
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QApplication.clipboard().text()
    assert copied.endswith("\r\n") and '"试验验证\n（两个实验室）"' in copied
    before = [m.model_dump(exclude={"id", "position"}) for m in window.doc.rows(model.Member)[1:8]]
    steps = window.session.undo_stack.count()
    paste_at(editor, qtbot, 8, 0, copied)  # the copy, pasted below itself
    after = [m.model_dump(exclude={"id", "position"}) for m in window.doc.rows(model.Member)[8:]]
    assert after[:7] == before
    assert window.session.undo_stack.count() == steps + 1


def test_delete_empties_the_selected_cells_as_one_undo_step(controller, tmp_path, qtbot) -> None:
    window, editor = members_editor(controller, tmp_path, qtbot)
    window.session.add_row(model.Member, {})
    paste_at(editor, qtbot, 1, 0, excel_text())
    view = editor.view
    top, bottom = editor.rows.index(2, 0), editor.rows.index(4, 1)  # names and codes
    view.setCurrentIndex(top)
    view.selectionModel().select(type(view.selectionModel().selection())(top, bottom),
                                 view.selectionModel().SelectionFlag.ClearAndSelect)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    members = window.doc.rows(model.Member)
    assert [(m.name, m.credit_code) for m in members[2:5]] == [("", "")] * 3
    assert members[2].kind == "科研院所"  # outside the block: kept
    window.session.undo()
    assert [m.name for m in window.doc.rows(model.Member)[2:5]] == [r[0] for r in ROWS[1:4]]
