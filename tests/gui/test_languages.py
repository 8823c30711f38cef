"""Three window languages, and the form in Simplified or Traditional characters (issue 9)."""

import io
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pypdf import PdfReader

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QMessageBox

from app import model, preferences
from app.export import export, take_snapshot
from app.resources import resource_path
from app.samples import write_sample

from ui import i18n
from ui.language_check import call_values, foreign_words, pages_words, shown_texts, user_values
from ui.self_test import spoil
from ui.snapshot_dialog import SnapshotDialog

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "build"))
import translations  # noqa: E402  (build/translations.py)

PLACEHOLDER = re.compile(r"\{(\w+)\}")


def catalogue(language: str) -> dict[str, tuple[str, bool]]:
    return translations.read_ts(resource_path("translations", f"sto_{language}.ts"))


@pytest.mark.parametrize("language", ["zh_TW", "en"])
def test_every_string_of_the_window_has_a_translation(language: str) -> None:
    strings, _fstrings = translations.extract()
    known = catalogue(language)
    assert known[translations.titled("成员单位")][0] != known["成员单位"][0] or language != "en"
    missing = [s for s in strings if not known.get(s, ("", False))[1]]
    assert not missing, f"{len(missing)} without a {language} translation, e.g. {missing[:3]}"
    for source in strings:  # every value the code fills in has its place in the translation
        needed = set(PLACEHOLDER.findall(source)) - {"year_cn"}  # (English counts in digits)
        assert needed <= set(PLACEHOLDER.findall(known[source][0])) | {"n"} or source == "第{n}年", source


@pytest.mark.parametrize("language", ["zh_TW", "en"])
def test_the_compiled_catalogues_are_those_of_the_sources(language: str) -> None:
    translator = QTranslator()
    assert translator.load(str(resource_path("translations", f"sto_{language}.qm")))
    stale = [key for key, (text, _finished) in catalogue(language).items()
             if translator.translate(i18n.CONTEXT, *key.split(translations.COMMENT)) != text]
    assert not stale, f"run build/translations.py: {stale[:3]}"


def test_the_traditional_catalogue_writes_as_the_notice_does() -> None:
    known = catalogue("zh_TW")
    assert known["新型标准化技术组织申报助手"][0] == "新型標準化技術組織申報助手"
    assert known["上海市新型标准化技术组织创建申报书"][0] == "上海市新型標準化技術組織創建申報書"
    assert known["联系人"][0] == "聯繫人" and known["联系电话"][0] == "聯繫電話"  # one spelling
    assert not any("爲" in text for text, _f in known.values())  # 為, as the notice writes


@pytest.mark.parametrize(("locale", "language"), [
    ("zh_TW", "zh_TW"), ("zh_HK", "zh_TW"), ("zh_MO", "zh_TW"), ("zh_Hant_TW", "zh_TW"),
    ("zh_CN", "zh_CN"), ("zh_SG", "zh_CN"), ("en_US", "zh_CN"), ("de_DE", "zh_CN"), ("C", "zh_CN"),
])
def test_a_first_start_follows_the_system_locale(locale: str, language: str) -> None:
    assert i18n.language_for_locale(locale) == language


def test_the_chosen_language_is_remembered(controller, application) -> None:
    assert preferences.get(i18n.PREFERENCE) is None
    controller.show_start()
    controller.start.languages.linkActivated.emit("en")  # the start screen's English link
    assert i18n.current_language() == "en"
    assert i18n.preferred_language() == "en"  # what the next start will install
    assert controller.start.windowTitle() == "New-Type Standardization Organization Application Assistant"


def test_switching_language_redraws_an_open_window_at_once(controller, tmp_path: Path) -> None:
    window = controller.open(write_sample("base", tmp_path / "a.stoa").path)
    window.go_to_key("members")
    window.session.set_value(model.Applicant, 1, "contact_name", "张三")
    controller.set_language("zh_TW")
    assert window.current_page().key == "members"  # still where the user was
    assert window.steps.item(4).text().endswith("成員單位")
    assert [a.text() for a in window.menuBar().actions()] == ["檔案(&F)", "編輯(&E)", "語言(&L)"]
    controller.set_language("en")
    assert window.steps.item(4).text().endswith("Member Units")
    assert window.session.undo_stack.count() == 1  # the edit can still be undone
    assert window.doc.section(model.Applicant).contact_name == "张三"  # typed: stays


def _walk(controller, language: str, org_type: str, tmp_path: Path) -> list[str]:
    """Every page of a sample, made wrong so the rules speak too; what is not ``language``."""
    values = call_values(language)
    controller.set_language(language)
    window = controller.open(write_sample(org_type, tmp_path / f"{org_type}.stoa").path)
    spoil(window)
    values += user_values(window.doc)
    found = pages_words(window, language, values)
    dialog = SnapshotDialog(window.doc, window)
    found += [f"snapshots: {text}" for text in foreign_words(shown_texts(dialog), language, values)]
    dialog.close()
    window.close()
    return found


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW", "en"])
@pytest.mark.parametrize("org_type", ["base", "center"])
def test_every_page_speaks_the_language_of_the_window(controller, tmp_path: Path, language: str,
                                                      org_type: str) -> None:
    controller.set_language(language)
    controller.show_start()
    assert not foreign_words(shown_texts(controller.start), language, call_values(language))
    found = _walk(controller, language, org_type, tmp_path)
    assert not found, "\n".join(found[:10])


@pytest.mark.parametrize(("language", "yes", "cancel"), [
    ("zh_CN", "是", "取消"), ("zh_TW", "是", "取消"), ("en", "Yes", "Cancel")])
def test_qt_own_buttons_follow_the_language(controller, language: str, yes: str, cancel: str) -> None:
    controller.set_language(language)
    box = QMessageBox(QMessageBox.Icon.Question, "", "",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    texts = {box.button(QMessageBox.StandardButton.Yes).text().replace("&", ""),
             box.button(QMessageBox.StandardButton.Cancel).text().replace("&", "")}
    assert {re.sub(r"\(Y\)|\(C\)", "", text) for text in texts} == {yes, cancel}
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == cancel


def test_the_traditional_form_converts_fixed_texts_only(tmp_path: Path) -> None:
    doc = write_sample("base", tmp_path / "a.stoa")
    member = doc.rows(model.Member)[1]
    doc.set_value(model.Member, member.id, "name", "上海标准化协会联合体")  # typed Simplified
    snapshot = take_snapshot(doc)
    doc.close()
    result = export(snapshot, tmp_path / "out", language="zh_TW")
    form = next(p for p in result.files if p.name == "申报书.pdf")
    text = "".join("".join(page.extract_text().split())
                   for page in PdfReader(io.BytesIO(form.read_bytes())).pages)
    assert "上海市新型標準化技術組織創建申報書" in text
    assert "上海标准化协会联合体" in text  # exactly as typed
    assert "统一社会信用代码" not in text and "統一社會信用代碼" in text  # labels converted
    assert "理事長" in text  # a choice's value (a council role) too; typed texts keep 理事长
    assert "第1頁共" in text  # the footer too
    mail = result.mail_path.read_bytes().decode("ascii")
    assert "X-Unsent: 1" in mail


def test_the_simplified_form_is_the_default(tmp_path: Path) -> None:
    doc = write_sample("center", tmp_path / "c.stoa")
    snapshot = take_snapshot(doc)
    doc.close()
    form = export(snapshot, tmp_path / "out").files[0]
    first = PdfReader(io.BytesIO(form.read_bytes())).pages[0].extract_text()
    assert "上海市新型标准化技术组织创建申报书" in "".join(first.split())


def test_the_command_line_writes_the_traditional_form(tmp_path: Path, repo_root: Path,
                                                      child_env) -> None:
    import subprocess

    write_sample("center", tmp_path / "c.stoa").close()
    done = subprocess.run([sys.executable, "-m", "app", "export", str(tmp_path / "c.stoa"),
                           "--out", str(tmp_path / "out"), "--lang", "zh_TW"],
                          cwd=repo_root, env=child_env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    reader = PdfReader(io.BytesIO((tmp_path / "out" / "申报书.pdf").read_bytes()))
    assert "上海市新型標準化技術組織創建申報書" in "".join(reader.pages[0].extract_text().split())
    refused = subprocess.run([sys.executable, "-m", "app", "export", str(tmp_path / "c.stoa"),
                              "--out", str(tmp_path / "out2"), "--lang", "en"],
                             cwd=repo_root, env=child_env, capture_output=True, text=True, timeout=60)
    assert refused.returncode == 2 and "zh_TW" in refused.stderr  # never an English form


def test_ts_files_are_well_formed_for_qt_linguist() -> None:
    for language in ("zh_TW", "en"):
        root = ET.parse(resource_path("translations", f"sto_{language}.ts")).getroot()
        assert root.get("language") == language and root.get("sourcelanguage") == "zh_CN"
