"""Problems shown where they stand: under the field, in the list row, and one click away."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app import model, rules, steps
from app.samples import write_sample
from tests.gui.test_wizard import type_text
from tests.test_rules import BEFORE_DEADLINE, CASES, FAILING_CHECKSUM

from ui import marks
from ui.list_editor import ListEditor
from ui.pages.check import GO_LINK, CheckPage


def open_sample(controller, tmp_path: Path, org_type: str = "base"):
    path = tmp_path / f"{org_type}.stoa"
    write_sample(org_type, path).close()
    window = controller.open(path)
    window.show()
    return window


def step_text(window, key: str) -> str:
    number = next(n for n, page in enumerate(window.pages) if page.key == key)
    return window.steps.item(number).text()


def test_a_wrong_mobile_is_said_under_the_field_until_it_is_corrected(controller, qtbot,
                                                                    tmp_path: Path) -> None:
    window = open_sample(controller, tmp_path)
    window.go_to_key("applicant")
    page = window.current_page()
    mobile = page.bindings["contact_mobile"]
    mobile.widget.clear()
    type_text(mobile.widget, "1391234567")
    message = page.marks["contact_mobile"].message
    qtbot.waitUntil(lambda: message.isVisible(), timeout=3000)
    assert "手机号码应为 11 位数字" in message.text()
    assert "错1" in step_text(window, "applicant")
    assert mobile.widget.text() == "1391234567"  # what the user typed stays
    type_text(mobile.widget, "8")
    qtbot.waitUntil(lambda: not message.text(), timeout=3000)  # (its room kept: test_page_jump)
    assert "错" not in step_text(window, "applicant")


def test_a_wrong_member_code_tints_its_row_and_can_be_confirmed(controller, tmp_path: Path) -> None:
    window = open_sample(controller, tmp_path)
    member = window.doc.rows(model.Member)[3]
    window.session.set_value(model.Member, member.id, "credit_code", FAILING_CHECKSUM)
    window.refresh_now()
    window.go_to_key("members")  # built now, after the check: the marks wait for it
    editor: ListEditor = window.current_page().lists["members"]
    row = next(n for n, r in enumerate(editor.rows.rows) if r.id == member.id)
    tint = editor.rows.index(row, 0).data(Qt.ItemDataRole.BackgroundRole)
    assert tint is not None and tint.name() == marks.ERROR_TINT
    assert editor.rows.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert f"第 {row + 1} 行" in editor.message.text()
    assert "校验位不正确" in editor.rows.index(row, 1).data(Qt.ItemDataRole.ToolTipRole)

    editor.message.linkActivated.emit(f"{marks.CONFIRM_LINK}{member.id}")  # the user clicks
    window.refresh_now()
    (problem,) = [p for p in rules.check(window.doc) if p.row_id == member.id]
    assert problem.severity == rules.WARNING
    tint = editor.rows.index(row, 0).data(Qt.ItemDataRole.BackgroundRole)
    assert tint.name() == marks.WARNING_TINT
    window.session.undo_stack.undo()  # the confirmation is an edit like any other
    window.refresh_now()
    assert [p.severity for p in rules.check(window.doc) if p.row_id == member.id] == [rules.ERROR]


def test_clicking_a_problem_on_the_check_page_focuses_its_row(controller, tmp_path: Path) -> None:
    window = open_sample(controller, tmp_path)
    item = window.doc.rows(model.PipelineItem)[2]
    window.session.set_value(model.PipelineItem, item.id, "month", 30)
    window.refresh_now()
    window.go_to_key("check")
    check: CheckPage = window.current_page()
    number = next(n for n, p in enumerate(check.problems) if p.row_id == item.id)
    assert f"{GO_LINK}{number}" in check.summary.text()
    check.summary.linkActivated.emit(f"{GO_LINK}{number}")
    QApplication.processEvents()
    page = window.current_page()
    assert page.key == "plan"
    view = page.lists["pipeline"].view
    current = view.currentIndex()
    assert page.lists["pipeline"].rows.rows[current.row()].id == item.id
    assert page.lists["pipeline"].rows.columns[current.column()].name == "month"
    assert window.focusWidget() is view or view.isAncestorOf(window.focusWidget())


def test_clicking_a_field_problem_puts_the_cursor_in_the_field(controller, tmp_path: Path) -> None:
    window = open_sample(controller, tmp_path, "center")
    window.session.set_value(model.Applicant, 1, "contact_email", "wang@")
    window.refresh_now()
    window.go_to_key("check")
    check: CheckPage = window.current_page()
    number = next(n for n, p in enumerate(check.problems) if p.field == "contact_email")
    check.summary.linkActivated.emit(f"{GO_LINK}{number}")
    page = window.current_page()
    assert page.key == "applicant"
    assert window.focusWidget() is page.bindings["contact_email"].widget


def test_every_problem_a_rule_can_raise_has_a_place_on_its_page(controller,
                                                                 tmp_path: Path) -> None:
    """Each rule's wrong case, checked: its problems point at a field or list of the page."""
    seen: dict[str, set[tuple[str, str]]] = {"base": set(), "center": set()}
    for number, (rule_id, (org_type, mutate)) in enumerate(sorted(CASES.items())):
        doc = write_sample(org_type, tmp_path / f"case{number}.stoa")
        mutate(doc)
        seen[org_type] |= {(p.step, p.field) for p in rules.check(doc, BEFORE_DEADLINE)
                           if p.rule_id == rule_id}
        doc.close()
    for org_type, places in seen.items():
        window = controller.open(write_sample(org_type, tmp_path / f"{org_type}.stoa").path)
        pages = {page.key: page for page in window.pages}
        for page in pages.values():
            page.ensure_built()
        unplaced = {(step, field) for step, field in places if field not in pages[step].marks}
        assert not unplaced, org_type
        window.close()


def test_problems_from_an_opened_file_are_marked_once_the_window_is_up(controller, qtbot,
                                                                      tmp_path: Path) -> None:
    path = tmp_path / "wrong.stoa"
    doc = write_sample("base", path)
    doc.set_value(model.Applicant, 1, "postcode", "2000")
    doc.close()
    window = controller.open(path)
    number = [s.key for s in steps.STEPS].index("applicant")
    qtbot.waitUntil(lambda: "错1" in window.steps.item(number).text(), timeout=2000)
    window.go_to_key("applicant")  # the page is built now, after the check
    assert "邮政编码" in window.current_page().marks["postcode"].message.text()
