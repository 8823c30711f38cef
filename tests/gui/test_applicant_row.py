"""The applicant's row of the member list follows step 2 (issue 17, item 7).

Step 2 said 企业 / 行业龙头企业, yet row 1 of 成员单位 had an empty 单位类型 and an unticked
龙头企业, so the 政产学研用 coverage showed ✘ 产 until the clerk entered them again, in
cells that looked read-only but were not.
"""

import sqlite3
from pathlib import Path

import pytest

from PySide6.QtCore import Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QComboBox, QToolTip

from app import choices, model, snapshots
from app.applicant_row import member_values
from app.document import ApplicationFile


def choose(combo: QComboBox, value: str, qtbot) -> None:
    """Pick ``value`` in a closed drop-down with the arrow keys, as a clerk does."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentData() == value:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == value, f"{value} not offered"


def applicant_row(path_or_doc) -> model.Member:
    if isinstance(path_or_doc, ApplicationFile):
        return path_or_doc.applicant_member()
    doc = ApplicationFile.open(path_or_doc, read_only=True)
    try:
        return doc.applicant_member()
    finally:
        doc.close()


def test_step_two_fills_row_one_and_the_coverage(controller, qtbot, tmp_path: Path) -> None:
    path = tmp_path / "base.stoa"
    window = controller.new("base", path)
    window.go_to_key("applicant")
    page = window.current_page()
    choose(page.bindings["nature"].widget, "企业", qtbot)
    choose(page.bindings["role"].widget, "行业龙头企业", qtbot)

    row = applicant_row(window.doc)
    assert (row.kind, row.is_leading_enterprise) == ("企业", True)
    window.go_to_key("members")
    members = window.current_page()
    assert "✔ 产" in members.coverage.text()
    editor = members.lists["members"]
    columns = [column.name for column in editor.rows.columns]
    for name in ("kind", "is_leading_enterprise"):  # shown, not edited here
        flags = editor.rows.flags(editor.rows.index(0, columns.index(name)))
        assert not flags & (Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable), name
    assert editor.rows.index(0, columns.index("kind")).data() == "企业"

    # One undo step takes back the choice and what it wrote on row 1.
    window.session.undo()
    row = applicant_row(window.doc)
    assert (row.kind, row.is_leading_enterprise) == ("企业", False)
    assert "✔ 产" in members.coverage.text()  # (企业 is still the unit's nature)
    window.session.redo()
    window.close()
    row = applicant_row(path)
    assert (row.kind, row.is_leading_enterprise) == ("企业", True)


def test_the_locked_cells_say_where_to_change_them(controller, qtbot, tmp_path: Path) -> None:
    window = controller.new("base", tmp_path / "base.stoa")
    window.go_to_key("members")
    editor = window.current_page().lists["members"]
    editor.show()
    columns = [column.name for column in editor.rows.columns]
    view = editor.view
    for name in ("kind", "is_leading_enterprise"):
        cell = view.visualRect(editor.rows.index(0, columns.index(name))).center()
        event = QHelpEvent(QHelpEvent.Type.ToolTip, cell, view.viewport().mapToGlobal(cell))
        QApplication.sendEvent(view.viewport(), event)
        assert "“申报单位”一步" in QToolTip.text(), name
        QToolTip.hideText()


@pytest.mark.parametrize(("org_type", "nature", "role", "kind", "leading"), [
    ("base", "企业", "行业龙头企业", "企业", True),
    ("base", "事业单位", "标准化机构", "标准化机构", False),
    ("base", "企业", "园区管理单位", "园区管理单位", False),
    ("base", "高等院校", "", "高等院校", False),
    ("center", "科研院所", "", "科研院所", False),
    ("center", "企业", "行业龙头企业", "企业", False),  # (a role left from when it was a base)
    ("center", "社会团体", "", "其他", False),
])
def test_every_change_of_step_two_or_the_type_rewrites_row_one(
        tmp_path: Path, org_type: str, nature: str, role: str, kind: str, leading: bool) -> None:
    other = choices.CENTER if org_type == choices.BASE else choices.BASE
    doc = ApplicationFile.create(tmp_path / "a.stoa", other)
    try:
        doc.set_value(model.Applicant, 1, "nature", nature)
        doc.set_value(model.Applicant, 1, "role", role)
        doc.set_value(model.Application, 1, "org_type", org_type)
        row = doc.applicant_member()
        assert (row.kind, row.is_leading_enterprise) == (kind, leading)
        assert member_values(org_type, nature, role) == {"kind": kind, "is_leading_enterprise": leading}
    finally:
        doc.close()


def test_an_older_file_whose_row_one_disagrees_follows_step_two_once_opened(
        controller, tmp_path: Path) -> None:
    """Made by the version that did not link them: step 2 wins, the old file is in a snapshot."""
    path = tmp_path / "old.stoa"
    ApplicationFile.create(path, "base").close()
    with sqlite3.connect(path) as connection:  # what the old version left: row 1 untouched
        connection.execute("UPDATE applicant SET nature = '企业', role = '行业龙头企业'")
        connection.execute("UPDATE member SET kind = '', is_leading_enterprise = 0")
    connection.close()

    window = controller.open(path)
    window.go_to_key("members")
    assert "✔ 产" in window.current_page().coverage.text()
    assert window.session.undo_stack.count() == 0  # not an edit of the clerk's to undo
    window.close()
    row = applicant_row(path)
    assert (row.kind, row.is_leading_enterprise) == ("企业", True)
    kept = [ApplicationFile.open(s.path, read_only=True) for s in snapshots.list_for(path)]
    try:
        assert [(d.applicant_member().kind, d.applicant_member().is_leading_enterprise)
                for d in kept] == [("", False)]
    finally:
        for doc in kept:
            doc.close()


def test_a_file_that_cannot_take_the_alignment_opens_as_it_is(tmp_path: Path, monkeypatch) -> None:
    """A full disk at opening: the file opens unaligned (its first edit will say why)."""
    path = tmp_path / "old.stoa"
    ApplicationFile.create(path, "base").close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE applicant SET nature = '企业'")
    connection.close()

    def disk_full(*_args):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(ApplicationFile, "_follow_step_two", disk_full)
    doc = ApplicationFile.open(path)
    try:
        assert doc.applicant_member().kind == ""
    finally:
        doc.close()
    ApplicationFile.open(path).close()  # (and its lock was let go)
