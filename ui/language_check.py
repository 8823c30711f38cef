"""Does a window speak one language? What the self-test and the tests ask of every page.

A window shows two kinds of text: its own (labels, buttons, titles, headers, messages)
and the user's (names, codes, addresses, typed into fields or repeated in messages).
Only its own must be in the window's language. So the texts shown are collected from the
widgets that carry the window's words, the user's values (every text stored in the
application file) are taken out of them, and what remains is checked:

- Chinese windows: no English word, apart from names of formats and units (PDF, MB);
- the Traditional window: no character that has a Traditional form (一 is both, 这 is not);
- the English window: no Chinese character, apart from the language menu's own names.
"""

import html
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QMainWindow,
    QTableView,
    QWidget,
)

from app import model
from app.call import load_call
from app.document import ApplicationFile
from app.hant import to_traditional

from ui.i18n import LANGUAGES

if TYPE_CHECKING:
    from ui.main_window import MainWindow

# Latin words a Chinese window rightly shows: formats, units, and the examples of formats.
ALLOWED_WORDS = frozenset({
    "PDF", "OFD", "JPG", "JPEG", "PNG", "Word", "Excel", "JSON", "json", "zip", "stoa", "KB",
    "MB", "GB", "dpi", "A4", "name", "example", "com", "application", "ext", "English", "pdf",
    "SAC", "TC", "SHSPPS",  # in examples of standard and committee numbers
    "Ctrl", "Shift", "Alt", "Tab", "Enter", "Esc", "Home", "End",  # keys, as printed on them
})
WORD = re.compile(r"[A-Za-z]{2,}")
CJK = re.compile(r"[\u3400-\u9fff]")
TAG = re.compile(r"<[^>]+>")
# A checksum (app.json_io) is a value, shown as it is in every language: "cdc" in one is no
# English word.
CHECKSUM = re.compile(r"(?<![0-9A-Za-z])[0-9a-f]{12}(?![0-9A-Za-z])")


def _plain(text: str) -> str:
    return html.unescape(TAG.sub(" ", text)).replace("&", "")


def shown_texts(root: QWidget) -> list[str]:
    """The window's own words under ``root``: labels, buttons, group titles, drop-down
    choices, table headers, menus and window titles (not what fields hold)."""
    texts = [root.windowTitle()]
    for label in root.findChildren(QLabel):
        texts += [label.text(), label.toolTip()]
    for button in root.findChildren(QAbstractButton):
        texts += [button.text(), button.toolTip()]
    for box in root.findChildren(QGroupBox):
        texts.append(box.title())
    for combo in root.findChildren(QComboBox):
        if not combo.isEditable():
            texts += [combo.itemText(n) for n in range(combo.count())]
    for view in root.findChildren(QTableView):
        model_ = view.model()
        if model_ is not None:
            texts += [str(model_.headerData(n, view.horizontalHeader().orientation()) or "")
                      for n in range(model_.columnCount())]
    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            texts.append(action.text())
            menu = action.menu()
            if menu is not None:
                texts += [item.text() for item in menu.actions()]
    return [_plain(text) for text in texts if text]


def user_values(doc: ApplicationFile) -> list[str]:
    """Every text the user entered in ``doc``, longest first (so parts go after wholes)."""
    values: set[str] = {doc.path.name, doc.path.stem, str(doc.path.parent)}
    for table in (*model.SECTION_TABLES, *model.LIST_TABLES):
        rows = [doc.section(table)] if table in model.SECTION_TABLES else doc.rows(table)
        for row in rows:
            values.update(value for name, value in vars(row).items()
                          if isinstance(value, str) and value and not name.startswith("_"))
    return sorted(values, key=len, reverse=True)


def call_values(language: str) -> list[str]:
    """Names a window shows as they are in every language: the files the export writes
    and the folder it writes them to;
    and the call's words an English window shows as the bureau wrote them (the notice's
    number, the address and mark for the envelope, the contact's name and phone)."""
    from app.export import FORM_DOCX_FILE, FORM_FILE, MAILING_FILE, TWO_COPIES_FILE
    from app.output_record import FOLDER_SUFFIX

    call = load_call()
    names = [TWO_COPIES_FILE, FORM_FILE, FORM_DOCX_FILE, MAILING_FILE, FOLDER_SUFFIX]
    return names + ([call.number, call.postal_address, call.subject_mark, call.contact_name]
                    if language == "en" else [])


def foreign_words(texts: Iterable[str], language: str, values: list[str]) -> list[str]:
    """Each text that says something outside ``language`` once the user's values are out."""
    found = []
    values = sorted(set(values), key=len, reverse=True)  # wholes before their parts
    for text in texts:
        rest = CHECKSUM.sub(" ", text)
        for value in values:
            rest = rest.replace(value, " ")
        for name in LANGUAGES.values():  # the language menu names each in itself
            rest = rest.replace(name, " ")
        if language == "en":
            bad = CJK.findall(rest)
        else:
            bad = [word for word in WORD.findall(rest) if word not in ALLOWED_WORDS]
            if language == "zh_TW":  # whole texts: a character's form may depend on the word
                bad += [char for char, converted in zip(rest, to_traditional(rest), strict=False)
                        if char != converted]
        if bad:
            found.append(f"{text!r}: {''.join(sorted(set(bad)))[:40]}")
    return found


def pages_words(window: "MainWindow", language: str, values: list[str]) -> list[str]:
    """``foreign_words`` of every page of ``window``, visited in turn, each with its key."""
    found = []
    for number, page in enumerate(window.pages):
        window.go_to(number)
        found += [f"{page.key}: {text}"
                  for text in foreign_words(shown_texts(window), language, values)]
    return found
