"""Chinese on a machine with no Chinese fonts: our font is registered, Qt speaks Chinese."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication


def test_bundled_font_is_the_application_font_and_has_the_characters() -> None:
    family = QApplication.font().family()
    assert family == "WenQuanYi Micro Hei"
    metrics = QFontMetrics(QApplication.font())
    for character in "申报书标准化創新基地（）：，。":
        assert metrics.inFontUcs4(ord(character)), character


def test_qt_standard_buttons_are_translated() -> None:
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
