"""Translation: every user-visible string of the UI goes through ``_``.

Simplified Chinese is the source language; ``build/translations.py`` keeps the
Traditional Chinese and English catalogues (``resources/translations/sto_*.ts`` and
their compiled ``.qm``) in step with the code. Qt's own strings (standard buttons,
dialogs) come from Qt's ``qtbase`` catalogue of the same language, and what it lacks
from ours (``QT_GAPS``).

Messages of the core (``app.text.Text``: the rules, the export) are translated by
``translated``, which keeps the values the user typed as they are.
"""

from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app import preferences
from app.resources import resource_path
from app.text import Text

CONTEXT = "sto"
SOURCE = "zh_CN"
# Each language is named in itself, so whoever cannot read the current one finds theirs.
LANGUAGES = {"zh_CN": "简体中文", "zh_TW": "繁體中文", "en": "English"}
TRADITIONAL_LOCALES = ("zh_TW", "zh_HK", "zh_MO")
PREFERENCE = "language"
TITLE = "title"  # the disambiguation of a step's or page's title
# Qt's own strings its Chinese catalogues lack, in resources/translations: the labels of
# its file and print dialogs gained a mnemonic (Files of &type:) that the catalogues do
# not know yet, and a few were never translated (Page &Set:, the file types, 繁體's duplex
# choices). Without them the non-native dialogs of Linux mix English into the Chinese.
QT_GAPS = "qtbase_gaps"

_installed: list[QTranslator] = []
_current = [SOURCE]  # the language installed last (a list: changed in place)


def _(text: str, disambiguation: str | None = None) -> str:
    """``text`` in the window's language. A ``disambiguation`` (``TITLE``) picks the
    translation of a word used as a title (成员单位: Member Units) over its use as a
    value (a member unit); without one for it, the plain translation is used."""
    return QCoreApplication.translate(CONTEXT, text, disambiguation)


def translated(text: Any) -> str:
    """``text`` in the window's language: a ``Text`` by its template, values that are
    ``Text`` translated too and plain ones (what the user typed) kept; any other string
    as the catalogue has it, or unchanged."""
    if isinstance(text, Text):
        if not text.values:
            return _(text.template)
        separator = "、" if current_language() != "en" else ", "
        values = {key: separator.join(translated(item) for item in value)
                  if isinstance(value, list) else translated(value) if isinstance(value, Text)
                  else value for key, value in text.values.items()}
        return _(text.template).format(**values)
    return _(text) if isinstance(text, str) and text else str(text)


def call_text(value: str) -> str:
    """A text of the call file (its number, the bureau's address, the mark) as the window
    shows it: in Traditional characters in the Traditional window, as the bureau wrote it
    in the others (in English too: the envelope and the e-mail need it verbatim)."""
    if current_language() == "zh_TW":
        from app.hant import to_traditional  # OpenCC's tables: only for this window

        return to_traditional(value)
    if current_language() == "en":
        return value.replace(" 转 ", _(" 转 "))  # a phone's extension: " ext. "
    return value


ROMAN = {"一": "I", "二": "II", "三": "III", "四": "IV", "五": "V"}
ARABIC = {"一": "1", "二": "2", "三": "3", "四": "4", "五": "5"}


def clause_label(clause: str) -> str:
    """A clause of the notice (二(一)1) as the window cites it: II(1)1 in English."""
    if current_language() != "en":
        return clause
    head, _sep, rest = clause.partition("(")
    label = "".join(ROMAN.get(char, char) for char in head)
    if rest:
        inner, _close, tail = rest.partition(")")
        label += "(" + "".join(ARABIC.get(char, char) for char in inner) + ")" + tail
    return label


def language_for_locale(name: str) -> str:
    """The language a first start chooses: Traditional for Taiwan, Hong Kong and Macao,
    Simplified for every other Chinese locale and for the rest (English is in the menu)."""
    if name.startswith(TRADITIONAL_LOCALES) or name.startswith("zh_Hant"):
        return "zh_TW"
    return SOURCE


def preferred_language() -> str:
    """The language chosen in the 语言 menu, or else the system's."""
    chosen = preferences.get(PREFERENCE)
    if chosen in LANGUAGES:
        return chosen
    return language_for_locale(QLocale.system().name())


def remember_language(language: str) -> None:
    preferences.put(PREFERENCE, language)


def current_language() -> str:
    return _current[0]


def installed_translators() -> list[QTranslator]:
    return list(_installed)


def install_language(app: QCoreApplication, language: str) -> None:
    """Speak ``language`` from now on: our catalogue and Qt's, replacing the previous."""
    language = language if language in LANGUAGES else SOURCE
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language != SOURCE:
        ours = QTranslator(app)
        if ours.load(str(resource_path("translations", f"sto_{language}.qm"))):
            app.installTranslator(ours)
            _installed.append(ours)
    if language != "en":  # Qt's own strings are English to begin with
        qt = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(QLocale(language), "qtbase", "_", folder):
            app.installTranslator(qt)
            _installed.append(qt)
            # Installed after Qt's, so asked first: only what Qt's lacks (see QT_GAPS).
            # (Without Qt's there is nothing to complete: the self-test reports that.)
            gaps = QTranslator(app)
            if gaps.load(str(resource_path("translations", f"{QT_GAPS}_{language}.qm"))):
                app.installTranslator(gaps)
                _installed.append(gaps)
    QLocale.setDefault(QLocale(language if language != "en" else "en_US"))
    _current[0] = language
