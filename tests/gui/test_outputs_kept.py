"""The last outputs are kept with the file (issue 17, items 5 and 6): listed when it is
reopened, with whether they still match it; and the window's language changes neither
the document script, nor the list, nor the output folder's name."""

import json
from pathlib import Path

import pytest

from app import export, model, output_record
from app.hant import SIMPLIFIED, TRADITIONAL
from app.json_io import application_to_json
from app.samples import write_sample

SAME = "与当前内容一致"
CHANGED = "内容已修改，请重新生成"


def check_panel(controller, path: Path):
    window = controller.open(path)
    window.go_to_key("check")
    return window, window.current_page().output


def make_outputs(panel, qtbot) -> export.Result:
    with qtbot.waitSignal(panel.finished, timeout=60_000) as blocker:
        panel.make_button.click()
    return blocker.args[0]


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    path = tmp_path / "center.stoa"
    write_sample("center", path).close()
    return path


def test_outputs_are_listed_on_reopening_and_say_whether_they_still_match(
        controller, qtbot, sample: Path) -> None:
    window, panel = check_panel(controller, sample)
    assert panel.recorded.isHidden() and not panel.mail_button.isEnabled()
    result = make_outputs(panel, qtbot)
    window.close()

    window, panel = check_panel(controller, sample)
    shown = panel.recorded.text()
    assert all(path.name in shown for path in result.files)
    assert result.checksum in shown and SAME in shown and CHANGED not in shown
    assert panel.folder == sample.parent / "center-申报材料"
    assert panel.mail_button.isEnabled() and panel.copy_button.isEnabled()

    window.session.set_value(model.Applicant, 1, "contact_name", "李四")  # a content edit
    window.refresh_now()
    assert CHANGED in panel.recorded.text() and SAME not in panel.recorded.text()
    assert not panel.mail_button.isEnabled()  # a stale package is never sent
    window.close()

    window, panel = check_panel(controller, sample)  # still stale after reopening
    assert CHANGED in panel.recorded.text() and not panel.mail_button.isEnabled()


def test_outputs_deleted_from_the_folder_are_said_to_be_gone(controller, qtbot,
                                                               sample: Path) -> None:
    window, panel = check_panel(controller, sample)
    result = make_outputs(panel, qtbot)
    window.close()
    assert result.zip_path is not None
    result.zip_path.unlink()
    _window, panel = check_panel(controller, sample)
    shown = panel.recorded.text()
    assert "已不在文件夹中" in shown and result.zip_path.name in shown
    assert f">{result.zip_path.name}</a>" not in shown  # no link to what is not there
    assert SAME not in shown and not panel.mail_button.isEnabled()


def test_switching_the_window_language_keeps_the_script_the_list_and_the_folder(
        controller, qtbot, sample: Path) -> None:
    window, panel = check_panel(controller, sample)
    result = make_outputs(panel, qtbot)
    folder = panel.folder
    for language in ("zh_TW", "en"):
        controller.set_language(language)
        panel = window.current_page().output  # (the pages are built again)
        qtbot.waitUntil(lambda panel=panel: "✔" in panel.recorded.text())  # (matches, once shown)
        assert panel.language.currentData() == SIMPLIFIED
        assert window.doc.section(model.Application).document_script == SIMPLIFIED
        assert panel.folder == folder and folder.name == "center-申报材料"
        assert all(path.name in panel.recorded.text() for path in result.files)
        assert result.checksum in panel.recorded.text() and panel.mail_button.isEnabled()


def test_an_english_window_writes_to_the_chinese_folder_name(controller, sample: Path) -> None:
    controller.set_language("en")
    _window, panel = check_panel(controller, sample)
    assert panel.folder == sample.parent / "center-申报材料"
    assert panel.language.currentData() == SIMPLIFIED


def test_the_chosen_script_is_the_application_s_and_can_be_undone(controller,
                                                                     sample: Path) -> None:
    controller.set_language("zh_TW")  # a Traditional window still starts Simplified
    window, panel = check_panel(controller, sample)
    assert panel.language.currentData() == SIMPLIFIED
    panel.language.setCurrentIndex(panel.language.findData(TRADITIONAL))
    panel.language.activated.emit(panel.language.currentIndex())  # (as a click does)
    assert window.doc.section(model.Application).document_script == TRADITIONAL
    window.close()
    controller.set_language("zh_CN")
    window, panel = check_panel(controller, sample)
    assert panel.language.currentData() == TRADITIONAL  # kept with the file
    window.session.set_value(model.Application, 1, "document_script", SIMPLIFIED)
    window.session.undo()
    assert panel.language.currentData() == TRADITIONAL


def test_the_record_stays_out_of_the_exported_data_and_the_checksum(tmp_path: Path) -> None:
    doc = write_sample("center", tmp_path / "a.stoa")
    before = application_to_json(doc)
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / export.FORM_FILE).write_bytes(b"%PDF")
    record = output_record.make(folder, [export.FORM_FILE], "abc", TRADITIONAL)
    output_record.write(doc, record)
    doc.set_value(model.Application, 1, "document_script", TRADITIONAL)
    after = application_to_json(doc)
    assert after == before  # the checksum the outputs carry is the content's only
    assert "last_outputs" not in json.dumps(after) and "document_script" not in json.dumps(after)
    assert output_record.read(doc) == record
    doc.close()


@pytest.mark.parametrize("text", [
    "", "[]", "{", "[" * 30_000, json.dumps({"folder": "out", "relative": True, "files": [["../x.pdf", 1, 1]],
                               "made": "", "checksum": "", "script": "zh_CN", "recipient": "",
                               "subject": ""}),
    json.dumps({"folder": "out", "relative": True, "files": [["run.exe", 1, 1]], "made": "",
                "checksum": "", "script": "zh_CN", "recipient": "", "subject": ""}),
    json.dumps({"folder": "../..", "relative": True, "files": [["a.pdf", 1, 1]], "made": "",
                "checksum": "", "script": "zh_CN", "recipient": "", "subject": ""}),
])
def test_a_crafted_record_names_nothing_outside_the_outputs(text: str, tmp_path: Path) -> None:
    """A received file's record could point the mail button at a program: it is no record."""
    assert output_record.from_text(text, tmp_path / "a.stoa") is None


def test_the_command_line_writes_in_the_application_s_script(tmp_path: Path) -> None:
    from pypdf import PdfReader

    from app.__main__ import main

    doc = write_sample("center", tmp_path / "c.stoa")
    doc.set_value(model.Application, 1, "document_script", TRADITIONAL)
    doc.close()
    assert main(["export", str(tmp_path / "c.stoa"), "--out", str(tmp_path / "out")]) == 0
    first = PdfReader(tmp_path / "out" / export.FORM_FILE).pages[0].extract_text()
    assert "上海市新型標準化技術組織創建申報書" in "".join(first.split())
