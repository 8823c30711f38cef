"""申报通知… in the window (issue 24): a round typed into the dialog or loaded from its file
becomes the application's call, in the file; the check page names it, with the days
left and a warning for a typed one; the application is checked again and its outputs
made under the former call are marked stale; the start screen's call is the one new
applications answer."""

import datetime as dt
import email
import email.policy
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLabel

from app import export, model
from app.call_store import bundled, call_of, preferred_call
from app.document import ApplicationFile
from app.samples import write_sample
from tests.call_rounds import ROUND_2026, write_call

TODAY = dt.date.today()  # the window checks against today: the round's dates follow it
DEADLINE = TODAY + dt.timedelta(days=21)
ISSUED = TODAY - dt.timedelta(days=27)


def type_into(line, text: str) -> None:
    """Replace a field's text as a user would: Latin and digits typed, Chinese pasted."""
    line.setFocus()
    line.selectAll()
    QTest.keyClick(line, Qt.Key.Key_Delete)
    if text.isascii():
        QTest.keyClicks(line, text)
    else:
        QApplication.clipboard().setText(text)
        QTest.keyClick(line, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert line.text() == text


TYPED = {"id": "pudong-2026", "number": "浦市监标〔2026〕7号", "issued": ISSUED.isoformat(),
         "deadline": DEADLINE.isoformat(), "paper_copies": "4",
         "postal_address": "上海市浦东新区合欢路2号 标准化科", "postcode": "200135",
         "office": "标准化科", "email": "bz@pudong.gov.cn", "subject_mark": "浦东新区标准化试点申报"}


def file_call(path: Path):
    """The call the application file holds, read as another program would."""
    doc = ApplicationFile.open(path, read_only=True)
    try:
        return call_of(doc)
    finally:
        doc.close()


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    path = tmp_path / "base.stoa"
    write_sample("base", path).close()
    return path


def open_check(controller, path: Path):
    window = controller.open(path)
    window.go_to_key("check")
    window.refresh_now()
    return window, window.current_page()


def test_a_round_typed_in_the_dialog_drives_the_outputs(controller, qtbot, sample: Path,
                                                        monkeypatch) -> None:
    window, page = open_check(controller, sample)
    assert "沪市监标创20210511号" in page.call_line.text()
    assert any(p.rule_id == "check.deadline" for p in page.problems)  # 2021 is long past

    def type_round(dialog) -> bool:
        beside = [label.text() for label in dialog.findChildren(QLabel)]
        assert "2021-10-15" in beside and "13482159307@126.com" in beside  # the 2021 values
        for key, text in TYPED.items():
            type_into(dialog.entries[key], text)
        assert "手工录入" in dialog.origin.text()
        dialog.use_button.click()
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(window, "ask_call", type_round)
    window.choose_call()

    doc = ApplicationFile.open(sample, read_only=True)  # what the file holds
    try:
        call = call_of(doc)
    finally:
        doc.close()
    assert (call.number, call.deadline, call.paper_copies, call.email) == (
        "浦市监标〔2026〕7号", DEADLINE, 4, "bz@pudong.gov.cn")
    assert call.entered_by_hand and call.issuer == bundled().issuer  # untouched facts kept
    shown = page.call_line.text()
    assert "浦市监标〔2026〕7号" in shown and "还剩 21 天" in shown and "手工录入" in shown
    assert not any(p.rule_id == "check.deadline" for p in page.problems)  # checked again
    assert "上海市浦东新区合欢路2号" in page.delivery.text() and "一式四份" in page.delivery.text()

    with qtbot.waitSignal(page.output.finished, timeout=120_000) as blocker:
        page.output.make_button.click()
    result: export.Result = blocker.args[0]
    sheet = re.sub(r"\s+", "", PdfReader(result.files[0].parent / export.MAILING_FILE)
                   .pages[0].extract_text())
    assert "上海市浦东新区合欢路2号" in sheet and "200135" in sheet and "【浦东新区标准化试点申报】" in sheet
    form = re.sub(r"\s+", "", "".join(p.extract_text() for p in PdfReader(
        result.files[0].parent / export.FORM_FILE).pages))
    assert "浦市监标〔2026〕7号" in form
    assert result.zip_path is not None and result.zip_path.name.startswith("浦东新区标准化试点申报-")
    assert result.mail_path is not None
    message = email.message_from_bytes(result.mail_path.read_bytes(), policy=email.policy.default)
    assert message["To"] == "bz@pudong.gov.cn"
    assert str(message["Subject"]).startswith("浦东新区标准化试点申报-")
    window.close()


def test_a_call_file_loaded_moves_the_application_and_stales_its_outputs(
        controller, qtbot, sample: Path, tmp_path: Path, monkeypatch) -> None:
    call_file = write_call(tmp_path / "round.json", issued=ISSUED.isoformat(),
                           deadline=DEADLINE.isoformat())
    window, page = open_check(controller, sample)
    with qtbot.waitSignal(page.output.finished, timeout=120_000):
        page.output.make_button.click()
    assert "与当前内容一致" in page.output.recorded.text()

    def load_round(dialog) -> bool:
        monkeypatch.setattr(dialog, "ask_open_path", lambda: call_file)
        dialog.load_button.click()
        assert "已从文件载入：round.json" in dialog.origin.text()
        assert dialog.entries["number"].text() == ROUND_2026["number"]
        dialog.use_button.click()
        return True

    monkeypatch.setattr(window, "ask_call", load_round)
    window.choose_call()
    shown = page.call_line.text()
    assert ROUND_2026["number"] in shown and "还剩 21 天" in shown and "手工录入" not in shown
    assert not any(p.rule_id == "check.deadline" for p in page.problems)
    page.output.refresh_record()
    assert "申报通知已更换" in page.output.recorded.text()
    assert not page.output.mail_button.isEnabled()  # a package for the other call is not sent
    window.close()
    doc = ApplicationFile.open(sample, read_only=True)
    try:
        assert not call_of(doc).entered_by_hand and call_of(doc).number == ROUND_2026["number"]
    finally:
        doc.close()


def test_a_malformed_call_file_is_refused_in_the_dialog(controller, sample: Path, tmp_path: Path,
                                                        monkeypatch) -> None:
    bad = write_call(tmp_path / "bad.json", email="bz at pudong", deadline="2020-01-01")
    window, page = open_check(controller, sample)

    def load_bad(dialog) -> bool:
        assert not dialog.load_file(bad)
        said = dialog.problems.text()
        assert "bad.json" in said and "「申报邮箱」（email）" in said and "早于「发布日期」" in said
        assert dialog.entries["number"].text() == "沪市监标创20210511号"  # nothing taken from it
        dialog.reject()
        return False

    monkeypatch.setattr(window, "ask_call", load_bad)
    window.choose_call()
    window.close()
    assert file_call(sample) == bundled()


def test_the_start_screen_names_its_call_and_new_files_answer_it(
        controller, tmp_path: Path, monkeypatch) -> None:
    start = controller.start
    assert "沪市监标创20210511号" in start.call_info.text() and "截止" in start.call_info.text()
    call_file = write_call(tmp_path / "round.json", issued=ISSUED.isoformat(),
                           deadline=DEADLINE.isoformat())

    def load_round(dialog) -> bool:
        assert dialog.load_file(call_file)
        dialog.use_button.click()
        return True

    monkeypatch.setattr(start, "ask_call", load_round)
    start.choose_call()
    assert ROUND_2026["number"] in start.call_info.text() and "还剩 21 天" in start.call_info.text()
    assert preferred_call().number == ROUND_2026["number"]
    window = controller.new("center", tmp_path / "new.stoa")
    assert window is not None
    window.close()
    doc = ApplicationFile.open(tmp_path / "new.stoa", read_only=True)
    try:
        assert call_of(doc).number == ROUND_2026["number"]
        assert doc.section(model.Application).call_id == "shanghai-2026"
    finally:
        doc.close()


def test_new_facts_under_the_2021_notice_number_are_refused(controller, sample: Path,
                                                            monkeypatch) -> None:
    window, page = open_check(controller, sample)

    def only_the_deadline(dialog) -> bool:
        type_into(dialog.entries["deadline"], DEADLINE.isoformat())
        dialog.use_button.click()
        assert dialog.result() != QDialog.DialogCode.Accepted
        assert "请填写新通知的文号和发布日期" in dialog.problems.text()
        return False

    monkeypatch.setattr(window, "ask_call", only_the_deadline)
    window.choose_call()
    window.close()
    assert file_call(sample) == bundled()


def test_an_approved_application_keeps_its_call_and_says_why(controller, sample: Path,
                                                            monkeypatch, tmp_path: Path) -> None:
    from app.pilot import approval

    doc = ApplicationFile.open(sample)
    try:
        approval.approve(doc, dt.date(2022, 1, 15), today=dt.date(2022, 2, 1))
    finally:
        doc.close()
    window, _page = open_check(controller, sample)
    round_file = write_call(tmp_path / "round.json", issued=ISSUED.isoformat(),
                            deadline=DEADLINE.isoformat())

    def load_round(dialog) -> bool:
        assert dialog.load_file(round_file)
        dialog.use_button.click()
        return True

    monkeypatch.setattr(window, "ask_call", load_round)
    window.choose_call()  # (before: ApplicationLocked escaped the slot)
    assert "获批" in window.statusBar().currentMessage()
    assert file_call(sample) == bundled()
