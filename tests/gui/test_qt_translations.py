"""Qt's own dialogs speak the window's language (issue 17, item 11).

Qt's Chinese catalogues lack the labels its file and print dialogs ask for today
("&Look in:", "Files of &type:", "Page &Set:"): Linux's non-native dialogs showed them in
English inside the Chinese window. ``ui.i18n`` fills the gaps; English installs none.
"""

import re
from pathlib import Path

import pytest

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QPushButton,
    QTreeView,
    QWidget,
)

from app.resources import resource_path

from ui import i18n

LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def shown_texts(dialog: QWidget) -> list[str]:
    """The words a user sees in ``dialog``: labels, buttons, choices and column headers."""
    found = []
    for widget in [dialog, *dialog.findChildren(QWidget)]:
        if not widget.isVisibleTo(dialog):
            continue
        for name in ("text", "title"):
            method = getattr(widget, name, None)
            if callable(method):
                try:
                    value = method()
                except TypeError:
                    continue
                if isinstance(value, str) and value:
                    found.append(value)
        if isinstance(widget, QComboBox):
            found += [widget.itemText(n) for n in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for column in range(model.columnCount()):
                if isinstance(widget, QTreeView) and widget.isColumnHidden(column):
                    continue
                found.append(str(model.headerData(column, Qt.Orientation.Horizontal)))
    return found


def english_words(texts: list[str], allowed: tuple[str, ...]) -> list[str]:
    """Texts with a Latin word, leaving out what the test itself put there (paths, PDF)."""
    return [text for text in texts
            if LATIN_WORD.search(text) and not any(part in text for part in allowed)]


def file_dialog(folder: Path) -> QFileDialog:
    """The dialog Linux shows (Qt's own, not the desktop's), listing ``folder`` in detail."""
    dialog = QFileDialog(None, i18n._("选择附件"), str(folder), "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    dialog.resize(760, 460)
    return dialog


@pytest.fixture
def language(application):
    def switch(name: str) -> None:
        i18n.install_language(application, name)
    yield switch
    i18n.install_language(application, i18n.SOURCE)


@pytest.mark.parametrize("name", ["zh_CN", "zh_TW"])
def test_the_file_dialog_has_no_english_label(qtbot, tmp_path: Path, language, name: str) -> None:
    language(name)
    (tmp_path / "文件夹").mkdir()
    dialog = file_dialog(tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    texts = shown_texts(dialog)
    assert not english_words(texts, (str(tmp_path), "PDF", tmp_path.name)), texts
    look_in = "查找范围(&L)：" if name == "zh_CN" else "尋找於(&L)："
    assert look_in in texts


@pytest.mark.parametrize("name", ["zh_CN", "zh_TW"])
def test_the_print_dialog_has_no_english_label(qtbot, language, name: str) -> None:
    language(name)
    printer = QPrinter()  # (the dialog holds it without owning it: kept alive here)
    dialog = QPrintDialog(printer)
    qtbot.addWidget(dialog)
    dialog.show()
    for button in dialog.findChildren(QPushButton):
        if button.text().endswith(">>"):  # 选项 >>: the copies and page set, hidden at first
            button.click()
    QApplication.processEvents()
    # (its output file's path, and "PDF" in the name of the print-to-file printer)
    texts = shown_texts(dialog)
    assert not english_words(texts, ("PDF", "/", "\\")), texts
    dialog.close()


def test_english_installs_no_chinese_for_qt(language) -> None:
    language("zh_CN")
    assert QCoreApplication.translate("QFileDialog", "Files of &type:") == "文件类型(&T)："
    language("en")
    assert QCoreApplication.translate("QFileDialog", "Files of &type:") == "Files of &type:"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    language("zh_TW")
    assert QCoreApplication.translate("QFileDialog", "Files of &type:") == "檔案類型(&T)："


@pytest.mark.parametrize("name", ["zh_CN", "zh_TW"])
def test_the_gap_catalogues_are_compiled_from_their_sources(name: str) -> None:
    """The bundle takes resources/ whole (app.spec): the .qm must match the .ts beside it."""
    import xml.etree.ElementTree as ET

    from PySide6.QtCore import QTranslator

    source = resource_path("translations", f"{i18n.QT_GAPS}_{name}.ts")
    translator = QTranslator()
    assert translator.load(str(source.with_suffix(".qm")))
    for context in ET.parse(source).getroot():
        context_name = context.findtext("name")
        for message in context.iter("message"):
            expected = message.findtext("translation")
            got = translator.translate(context_name, message.findtext("source"),
                                       message.findtext("comment"))
            assert got == expected, "run build/translations.py"
