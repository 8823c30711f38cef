"""A new file does not open in red: what is simply not filled in yet is a grey hint until
the clerk has been in the field and left it, or opens the check page; what is filled in
wrong is an error at once."""

from pathlib import Path

import pytest

from PySide6.QtCore import Qt

from app import model, rules, steps
from app.document import ApplicationFile
from app.samples import write_sample
from tests.gui.test_wizard import type_text

from ui import marks


def test_a_new_file_lacks_entries_and_has_nothing_wrong(tmp_path: Path, org_type: str) -> None:
    doc = ApplicationFile.create(tmp_path / "new.stoa", org_type)
    try:
        problems = rules.check(doc)
    finally:
        doc.close()
    assert problems
    assert all(p.missing for p in problems if p.rule_id != "check.deadline")


def test_what_is_filled_in_wrong_is_not_missing(tmp_path: Path) -> None:
    doc = write_sample("base", tmp_path / "s.stoa")
    try:
        doc.set_value(model.Applicant, 1, "contact_mobile", "139")
        wrong = [p for p in rules.check(doc) if p.field == "contact_mobile"]
    finally:
        doc.close()
    assert wrong and not any(p.missing for p in wrong)


def new_window(controller, qtbot, tmp_path: Path, org_type: str = "base"):
    window = controller.new(org_type, tmp_path / "new.stoa")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    for page in window.pages:
        page.ensure_built()
    window.refresh_now()
    return window


def step_text(window, key: str) -> str:
    return window.steps.item([s.key for s in steps.STEPS].index(key)).text()


def shown_red(window) -> list[str]:
    """The fields and lists whose messages say 错误, and the framed fields."""
    found = []
    for page in window.pages:
        for key, mark in page.marks.items():
            text = mark.message.text()
            if "错误" in text or marks.ERROR_COLOUR in text:
                found.append(f"{page.key}.{key}")
            if isinstance(mark, marks.Mark) and mark.widget.styleSheet():
                found.append(f"{page.key}.{key} (frame)")
        if marks.ERROR_COLOUR in page.unplaced.text():
            found.append(f"{page.key} (top)")
    return found


def test_a_new_file_opens_without_red_or_error_counts(controller, qtbot, tmp_path: Path,
                                                       org_type: str) -> None:
    window = new_window(controller, qtbot, tmp_path, org_type)
    assert shown_red(window) == []
    texts = [window.steps.item(n).text() for n in range(window.steps.count())]
    assert not any("错" in text for text in texts), texts
    assert step_text(window, "type").startswith("○")  # (still not done: no ✔)
    # The hints are there, in grey, under the fields they concern.
    hint = window.pages[0].marks["org_name"].message
    assert "请填写拟建组织名称" in hint.text() and marks.HINT_COLOUR in hint.text()


def test_leaving_a_required_field_empty_makes_it_an_error(controller, qtbot,
                                                          tmp_path: Path) -> None:
    window = new_window(controller, qtbot, tmp_path)
    window.go_to_key("applicant")
    page = window.current_page()
    name = page.bindings["contact_name"].widget
    name.setFocus()
    qtbot.waitUntil(name.hasFocus, timeout=2000)
    assert "错" not in step_text(window, "applicant")
    qtbot.keyClick(name, Qt.Key.Key_Tab)  # left empty
    message = page.marks["contact_name"].message
    qtbot.waitUntil(lambda: "错误：请填写联系人姓名" in message.text(), timeout=2000)
    assert "错1" in step_text(window, "applicant")
    assert page.marks["contact_department"].message.text().count("错误") == 0  # (not left yet)


def test_a_field_filled_and_left_shows_no_error_at_all(controller, qtbot, tmp_path: Path) -> None:
    window = new_window(controller, qtbot, tmp_path)
    window.go_to_key("applicant")
    page = window.current_page()
    title = page.bindings["contact_title"].widget
    title.setFocus()
    qtbot.waitUntil(title.hasFocus, timeout=2000)
    type_text(title, "主任")
    qtbot.keyClick(title, Qt.Key.Key_Tab)
    message = page.marks["contact_title"].message
    assert "错误" not in message.text()  # no red flash before the check...
    qtbot.waitUntil(lambda: not window._status_timer.isActive(), timeout=2000)  # (checked)
    assert message.text() == ""  # ...nor after it
    assert "错" not in step_text(window, "applicant")


def test_a_wrong_entry_is_an_error_at_once(controller, qtbot, tmp_path: Path) -> None:
    window = new_window(controller, qtbot, tmp_path)
    window.go_to_key("applicant")
    page = window.current_page()
    mobile = page.bindings["contact_mobile"]
    type_text(mobile.widget, "139")
    mobile.flush()
    window.refresh_now()  # (after the pause in typing) while the cursor is still there
    assert mobile.widget.hasFocus()
    assert "手机号码应为 11 位数字" in page.marks["contact_mobile"].message.text()
    assert "错误" in page.marks["contact_mobile"].message.text()
    assert "错1" in step_text(window, "applicant")


@pytest.mark.parametrize("org_type", ["base"])
def test_opening_the_check_page_shows_everything(controller, qtbot, tmp_path: Path,
                                                 org_type: str) -> None:
    window = new_window(controller, qtbot, tmp_path, org_type)
    window.go_to_key("check")
    qtbot.waitUntil(lambda: "错" in step_text(window, "type"), timeout=2000)
    for key in ("type", "applicant", "recommender", "plan"):
        assert "错" in step_text(window, key), key
    assert "错误：请填写拟建组织名称" in window.pages[0].marks["org_name"].message.text()
    window.go_to_key("type")  # and stays so
    assert "错" in step_text(window, "type")


def test_a_file_opened_from_disk_shows_everything_at_once(controller, qtbot, tmp_path: Path) -> None:
    path = tmp_path / "earlier.stoa"
    ApplicationFile.create(path, "base").close()
    window = controller.open(path)
    window.refresh_now()
    assert "错" in step_text(window, "type")
