"""Translation: every user-visible string of the UI goes through ``_``.

Simplified Chinese is the source language. ``pyside6-lupdate -tr-function-alias tr=_``
extracts these strings; Qt's own strings come from Qt's ``qtbase`` catalogue.
"""

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

CONTEXT = "sto"
_installed: list[QTranslator] = []


def _(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def installed_translators() -> list[QTranslator]:
    return list(_installed)


def install_qt_translations(app: QCoreApplication, locale_name: str = "zh_CN") -> None:
    """Load Qt's own catalogue so standard buttons and dialogs speak Chinese."""
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator(app)
    if translator.load(QLocale(locale_name), "qtbase", "_", folder):
        app.installTranslator(translator)
        _installed.append(translator)
    QLocale.setDefault(QLocale(locale_name))
