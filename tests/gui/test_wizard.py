"""Driving the wizard as a user: type on every page, leave, reopen, find it all again."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from app import choices, model, steps
from app.document import ApplicationFile

from ui import fields


def type_text(widget: QWidget, text: str) -> None:
    """Enter text as a Chinese input method does: one committed string per phrase."""
    widget.setFocus()
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def _type_into(binding: fields.Binding, number: int) -> object:
    """Enter a value the way a user would; returns what should be stored."""
    if isinstance(binding, fields.LineBinding):
        text = {"int": str(10 + number), "money": f"{number}.25"}.get(binding.kind,
                                                                       f"测试内容{number}")
        type_text(binding.widget, text)
        binding.widget.clearFocus()
        return {"int": 10 + number, "money": number * 1_000_000 + 250_000}.get(binding.kind, text)
    if isinstance(binding, fields.TextBinding):
        text = f"第{number}段说明文字。"
        type_text(binding.editor, text)
        return text
    if isinstance(binding, (fields.ChoiceBinding, fields.YesNoBinding, fields.MemberBinding)):
        combo: QComboBox = binding.widget
        index = combo.count() - 1
        combo.setCurrentIndex(index)
        combo.activated.emit(index)
        return combo.itemData(index) if not combo.isEditable() else combo.currentText()
    if isinstance(binding, fields.TagsBinding):
        first = next(iter(binding.boxes.values()))
        first.setChecked(True)
        return next(iter(binding.boxes))
    if isinstance(binding, fields.DateBinding):
        binding.edit.clear()
        type_text(binding.edit, "2021/10/8")
        binding.edit.clearFocus()
        return "2021-10-08"
    raise AssertionError(f"no way to type into {binding!r}")


def test_every_field_of_every_page_is_kept_after_reopening(controller, tmp_path: Path,
                                                           org_type: str) -> None:
    path = tmp_path / f"{org_type}.stoa"
    window = controller.new(org_type, path)
    window.session.add_row(model.Member, {"name": "成员甲"})
    expected = {}
    number = 0
    for page_number, page in enumerate(window.pages):
        window.go_to(page_number)
        for binding in page.bindings.values():
            number += 1
            expected[(binding.table, binding.row_id, binding.name)] = _type_into(binding, number)
    window.close()
    doc = ApplicationFile.open(path)
    try:
        assert doc.org_type == org_type
        for (table, row_id, name), value in expected.items():
            assert getattr(doc.row(table, row_id), name) == value, (table.__name__, name)
    finally:
        doc.close()
    assert len(expected) > 30


def test_list_rows_are_added_edited_moved_and_removed_in_place(controller, tmp_path: Path) -> None:
    window = controller.new("base", tmp_path / "a.stoa")
    window.go_to_key("plan")
    editor = window.current_page().lists["pipeline"]
    for _ in range(3):
        editor.buttons["add"].click()
    rows = editor.rows
    for number in range(3):
        rows.setData(rows.index(number, 0), f"标准{number}")
    editor.view.selectRow(2)
    editor.buttons["up"].click()
    titles = [item.title for item in window.doc.rows(model.PipelineItem)]
    assert titles == ["标准0", "标准2", "标准1"]
    editor.view.selectRow(0)
    editor.buttons["remove"].click()
    assert [i.title for i in window.doc.rows(model.PipelineItem)] == ["标准2", "标准1"]
    window.session.undo_stack.undo()
    assert [i.title for i in window.doc.rows(model.PipelineItem)] == ["标准0", "标准2", "标准1"]


def test_a_lead_unit_is_picked_from_the_members_and_follows_a_rename(controller,
                                                                     tmp_path: Path) -> None:
    window = controller.new("base", tmp_path / "a.stoa")
    member = window.session.add_row(model.Member, {"name": "上海甲公司"})
    window.go_to_key("plan")
    editor = window.current_page().lists["pipeline"]
    editor.buttons["add"].click()
    column = next(i for i, c in enumerate(editor.rows.columns) if c.name == "lead_member_id")
    editor.rows.setData(editor.rows.index(0, column), member)
    window.session.set_value(model.Member, member, "name", "上海甲科技公司")
    shown = editor.rows.data(editor.rows.index(0, column), Qt.ItemDataRole.DisplayRole)
    assert shown == "上海甲科技公司"


def test_undo_and_redo_reach_the_field_and_the_file(controller, tmp_path: Path, qtbot) -> None:
    window = controller.new("center", tmp_path / "c.stoa")
    binding = window.pages[0].bindings["org_name"]
    type_text(binding.widget, "上海市某标准化创新中心")
    binding.flush()
    assert window.doc.section(model.Application).org_name == "上海市某标准化创新中心"
    window.session.undo_stack.undo()
    assert binding.widget.text() == ""
    assert window.doc.section(model.Application).org_name == ""
    window.session.undo_stack.redo()
    assert binding.widget.text() == "上海市某标准化创新中心"


def test_typing_is_written_within_a_second_without_leaving_the_field(controller, tmp_path: Path,
                                                                      qtbot) -> None:
    window = controller.new("base", tmp_path / "a.stoa")
    binding = window.pages[0].bindings["org_name"]
    type_text(binding.widget, "上海市")
    qtbot.waitUntil(lambda: window.doc.section(model.Application).org_name == "上海市",
                    timeout=1000)
    assert window.save_state.text() == "已自动保存"


def test_changing_the_type_rebuilds_the_pages_and_keeps_entries(controller, tmp_path: Path,
                                                               qtbot, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window = controller.new("base", tmp_path / "a.stoa")
    window.session.set_value(model.Application, 1, "org_name", "保留的名称")
    type_page = window.pages[0]
    center_button = next(b for b in type_page.type_buttons.buttons()
                         if b.property("org_type") == choices.CENTER)
    center_button.click()
    qtbot.waitUntil(lambda: window.pages[0] is not type_page, timeout=2000)
    assert "合作单位" in window.steps.item(4).text()
    assert window.doc.org_type == choices.CENTER
    assert window.pages[0].bindings["org_name"].widget.text() == "保留的名称"
    assert "formation" not in window.pages[0].bindings


def test_step_list_marks_steps_without_errors(controller, qtbot, tmp_path: Path) -> None:
    window = controller.new("base", tmp_path / "a.stoa")
    recommender = window.session.doc.section(model.Recommender)
    assert recommender.name == ""
    number = [s.key for s in steps.STEPS].index("recommender")
    assert window.steps.item(number).text() == "3. 推荐单位"  # before the first check
    qtbot.waitUntil(lambda: window.steps.item(number).text().startswith("○"), timeout=2000)
    window.session.set_value(model.Recommender, 1, "name", "上海市嘉定区人民政府")
    window.session.set_value(model.Recommender, 1, "kind", "区人民政府")
    window._refresh_steps()
    assert window.steps.item(number).text().startswith("✔")


def test_a_backup_is_restored_from_the_start_screen(controller, tmp_path: Path, qtbot) -> None:
    from app.json_io import export_json
    from app.samples import write_sample

    doc = write_sample("center", tmp_path / "s.stoa")
    export_json(doc, tmp_path / "backup" / "application.json")
    doc.close()
    controller.start.import_requested.emit(tmp_path / "backup" / "application.json",
                                           tmp_path / "restored.stoa")
    qtbot.waitUntil(lambda: bool(controller.windows), timeout=30_000)  # (imported in a worker)
    window = controller.windows[-1]
    assert window.doc.path == tmp_path / "restored.stoa"
    assert window.doc.count(model.PipelineItem) >= 6


def test_a_refused_file_gets_a_message_and_the_start_screen(controller, tmp_path: Path,
                                                            monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args[2]))
    bogus = tmp_path / "bogus.stoa"
    bogus.write_text("hello")
    assert controller.open(bogus) is None
    assert shown and "bogus.stoa" in shown[0]
    assert controller.start.isVisible()
    assert bogus.read_text() == "hello"
