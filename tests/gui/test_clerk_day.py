"""A clerk's morning from the keyboard, end to end: a new base, its founding date typed in
every form a clerk writes one, five member units typed cell by cell with Tab and Enter,
eight more pasted from Excel; the reopened file holds every value exactly.

Keys go to whatever widget has the focus, as on a desktop; nothing sets a value directly.
"""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from app import model
from app.document import ApplicationFile

# (typed, stored): each into the emptied 成立日期, as the issue lists the forms
DATES = [("2008-03-18", "2008-03-18"), ("2009/4/19", "2009-04-19"), ("20100520", "2010-05-20"),
         ("2011年6月21日", "2011-06-21"), ("2012.7.22", "2012-07-22")]
TYPED_MEMBERS = [(f"Member Unit {n}", f"91310000MA1FL{n:05d}", f"Contact {n}", f"1380000000{n}")
                 for n in range(1, 6)]
PASTED_MEMBERS = [(f"上海第{n}检测有限公司", f"9131000{n}MA1FL0000{n}", "检测认证机构", f"联系人{n}")
                  for n in range(1, 9)]


def _type(qtbot, text: str) -> None:
    """Into the focused widget: Latin as keys, Chinese as an input method's paste gives it."""
    if text.isascii():
        for char in text:  # each key to where the focus is now (the first opens the cell)
            qtbot.keyClicks(QApplication.focusWidget(), char)
    else:
        QApplication.clipboard().setText(text)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def _key(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def _excel_block(rows: list[tuple[str, ...]], columns: list[str]) -> str:
    """Rows as Excel copies them: tab between cells, CRLF after each row (also the last)."""
    wanted = ["name", "credit_code", "kind", "contact_name"]
    lines = []
    for row in rows:
        by_name = dict(zip(wanted, row, strict=True))
        lines.append("\t".join(by_name.get(name, "") for name in columns))
    return "\r\n".join(lines) + "\r\n"


def test_a_base_typed_from_the_keyboard_is_in_the_file_exactly(controller, tmp_path: Path,
                                                                qtbot, qtlog) -> None:
    path = tmp_path / "基地.stoa"
    window = controller.new("base", path)
    window.raise_()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    assert not any("错" in window.steps.item(n).text() for n in range(9))  # nothing typed yet

    window.go_to_key("applicant")
    date = window.current_page().bindings["founded"]
    for typed, stored in DATES:
        date.edit.setFocus()
        qtbot.waitUntil(date.edit.hasFocus, timeout=2000)
        _key(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        _key(qtbot, Qt.Key.Key_Delete)  # the field is empty again
        _type(qtbot, typed)
        _key(qtbot, Qt.Key.Key_Tab)
        assert window.doc.section(model.Applicant).founded == stored, typed

    window.go_to_key("members")
    members = window.current_page().lists["members"]
    names = [column.name for column in members.rows.columns]
    for name, code, contact, phone in TYPED_MEMBERS:
        members.buttons["add"].click()  # the new row's name cell opens for typing
        _type(qtbot, name)
        _key(qtbot, Qt.Key.Key_Tab)
        _type(qtbot, code)
        for _ in range(names.index("contact_name") - names.index("credit_code")):
            _key(qtbot, Qt.Key.Key_Tab)  # over 单位类型, 龙头企业, 产业链位置, 角色
        _type(qtbot, contact)
        _key(qtbot, Qt.Key.Key_Tab)
        _type(qtbot, phone)
        _key(qtbot, Qt.Key.Key_Return)
        assert not isinstance(QApplication.focusWidget(), QLineEdit)  # committed, not editing

    members.buttons["add"].click()
    _key(qtbot, Qt.Key.Key_Escape)  # the empty row the paste starts at
    QApplication.clipboard().setText(_excel_block(PASTED_MEMBERS, names))
    members.view.setFocus()
    members.view.setCurrentIndex(members.rows.index(len(members.rows.rows) - 1, 0))
    steps = window.session.undo_stack.count()
    qtbot.keyClick(members.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert window.session.undo_stack.count() == steps + 1  # the whole block: one undo step

    complaints = [r.message for r in qtlog.records
                  if "editing failed" in r.message or "commitData" in r.message]
    assert complaints == []
    window.close()
    doc = ApplicationFile.open(path)
    try:
        assert doc.section(model.Applicant).founded == DATES[-1][1]
        rows = [m for m in doc.rows(model.Member) if not m.is_applicant]
        assert [(m.name, m.credit_code, m.contact_name, m.contact_phone)
                for m in rows[:5]] == TYPED_MEMBERS
        assert [(m.name, m.credit_code, m.kind, m.contact_name)
                for m in rows[5:]] == PASTED_MEMBERS
    finally:
        doc.close()
