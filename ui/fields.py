"""Widgets bound to one field of the application; each writes its edits through the session.

Typing is written after a short pause (and at once when the field loses focus), so an
edit reaches the file well within a second while a burst of typing is one undo step.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QElapsedTimer, QPoint, QRect, QRegularExpression, Qt, QTimer
from PySide6.QtGui import QRegularExpressionValidator, QResizeEvent, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from app import limits, money, tables
from app.tables import Table

from ui import values
from ui.edits import EditSession
from ui.i18n import _

if TYPE_CHECKING:
    from app import model

TYPING_PAUSE_MS = 400
MAX_UNSAVED_MS = 800  # continuous typing is still written at least this often
NO_DATE = QDate(1900, 1, 1)
# Full-width digits and points pass: an input method in full-width mode types them, and
# app.normalise reads them as meant (the field then shows the stored ASCII).
DIGIT = r"[0-9\x{FF10}-\x{FF19}]"  # (PCRE's escapes: ASCII and full-width digits)
MONEY_PATTERN = rf"^{DIGIT}{{0,9}}([.\x{{FF0E}}\x{{3002}}]{DIGIT}{{0,2}})?$"  # . ． 。
COUNT_PATTERN = rf"^{DIGIT}{{0,7}}$"


def _disconnect(signal: Any, slot: Any) -> None:
    try:
        signal.disconnect(slot)
    except (RuntimeError, TypeError):
        pass  # already gone with the session


class Binding:
    """Ties a widget to ``table.name`` of row ``row_id`` and keeps both in step."""

    def __init__(self, session: EditSession, table: Table, row_id: int, name: str,
                 widget: QWidget) -> None:
        self.session, self.table, self.row_id, self.name = session, table, row_id, name
        self.widget = widget
        self._timer = QTimer(widget, singleShot=True, interval=TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.commit)
        self._typing_since = QElapsedTimer()
        session.field_changed.connect(self._on_field_changed)
        widget.destroyed.connect(
            lambda: _disconnect(session.field_changed, self._on_field_changed))
        self.load()

    def stored(self) -> Any:
        return self.session.value(self.table, self.row_id, self.name)  # (or waiting to be)

    def load(self) -> None:
        self.show_value(self.stored())

    def typed(self) -> None:
        """The user is typing: write after a pause, or now if typing has gone on too long."""
        self.session.pending.emit()
        if not self._timer.isActive():
            self._typing_since.start()
        elif self._typing_since.elapsed() >= MAX_UNSAVED_MS:
            self.commit()
            return
        self._timer.start()

    def flush(self) -> None:
        """Write typing still waiting for its pause."""
        if self._timer.isActive():
            self.commit()

    def commit(self) -> None:
        self._timer.stop()
        try:
            value = self.read_value()
        except ValueError:
            return  # the validator keeps this rare; the text stays for the user to fix
        self.session.set_value(self.table, self.row_id, self.name, value, merge=True)

    def _on_field_changed(self, table: str, row_id: int, name: str) -> None:
        """Only this field's own edits (an undo, a redo) redraw it, not typing in progress."""
        if (name == self.name and row_id == self.row_id and table == self.table.__tablename__
                and not self._timer.isActive()):
            self.load()

    def show_value(self, value: Any) -> None:
        raise NotImplementedError

    def read_value(self) -> Any:
        raise NotImplementedError


class LineBinding(Binding):
    """A one-line field: text, whole number or 万元 amount."""

    def __init__(self, session: EditSession, table: Table, row_id: int, name: str,
                 kind: str = "text", placeholder: str = "") -> None:
        self.kind = kind
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        if kind == "int":
            edit.setValidator(QRegularExpressionValidator(QRegularExpression(COUNT_PATTERN), edit))
        elif kind == "money":
            edit.setValidator(QRegularExpressionValidator(QRegularExpression(MONEY_PATTERN), edit))
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.limit = limits.LINE_TEXT_LIMIT
        self.notice = ""  # the last message shown at the field (a cut paste)
        self._previous = ""
        super().__init__(session, table, row_id, name, edit)
        if kind == "text":
            edit.textEdited.connect(self._cut)
        edit.textEdited.connect(self.typed)
        edit.editingFinished.connect(self.commit)

    def _cut(self, text: str) -> None:
        """Keep the field within its limit: of what was just typed or pasted, what goes
        beyond is cut, and the field says so. Text already there is never cut."""
        edit = self.widget
        over = len(text) - self.limit
        inserted = len(text) - len(self._previous)
        if over > 0 and inserted > 0:
            cursor = edit.cursorPosition()
            remove = min(over, inserted, cursor)
            text = text[:cursor - remove] + text[cursor:]
            edit.setText(text)
            edit.setCursorPosition(cursor - remove)
            self.notice = _("已截断至 {limit} 字（本栏最多 {limit} 字）").format(limit=self.limit)
            edit.setToolTip(self.notice)
            QToolTip.showText(edit.mapToGlobal(QPoint(0, edit.height())), self.notice, edit)
        elif self.notice:
            self.notice = ""
            edit.setToolTip("")
        self._previous = text

    def show_value(self, value: Any) -> None:
        self._previous = value if isinstance(value, str) else ""
        if self.kind == "int":
            text = values.int_text(value)
        elif self.kind == "money":
            text = money.format_wan(value)
        else:
            text = value or ""
        if self.widget.text() != text:
            self.widget.setText(text)

    def read_value(self) -> Any:
        text = self.widget.text()
        if self.kind == "int":
            return values.parse_int(text)
        if self.kind == "money":
            return money.parse_wan(text)
        return limits.without_nul(text).strip()


class GrowingTextEdit(QPlainTextEdit):
    """Grows with its text (within limits) so long texts read without an inner scroll bar."""

    MIN_LINES, MAX_LINES = 4, 18

    def __init__(self) -> None:
        super().__init__()
        self.setTabChangesFocus(True)
        self.textChanged.connect(self.fit)

    def fit(self) -> None:
        metrics = self.fontMetrics()
        width = max(self.viewport().width() - 2 * int(self.document().documentMargin()), 100)
        text = self.toPlainText() or " "
        bounds = metrics.boundingRect(QRect(0, 0, width, 1_000_000),
                                      Qt.TextFlag.TextWordWrap, text)
        lines = round(bounds.height() / metrics.lineSpacing())
        lines = max(self.MIN_LINES, min(lines, self.MAX_LINES))
        margins = self.contentsMargins()
        height = (lines * metrics.lineSpacing() + margins.top() + margins.bottom()
                  + 2 * int(self.document().documentMargin()) + 4)
        if height != self.height():
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()


class TextBinding(Binding):
    """A long text with a live character count against its limit."""

    def __init__(self, session: EditSession, table: Table, row_id: int, name: str,
                 limit: int, placeholder: str = "") -> None:
        self.limit = limit
        self.editor = GrowingTextEdit()
        self.editor.setPlaceholderText(placeholder)
        self.counter = QLabel()
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.editor)
        layout.addWidget(self.counter)
        self.notice = ""  # said under the text after a paste was cut at the limit
        self._cutting = False
        super().__init__(session, table, row_id, name, box)
        self.editor.document().contentsChange.connect(self._cut)
        self.editor.textChanged.connect(self._count)
        self.editor.textChanged.connect(self._on_text_changed)
        self._loading = False
        self._count()

    def _cut(self, position: int, _removed: int, added: int) -> None:
        """Of what was just typed or pasted, what goes beyond the limit is cut, and the
        counter says so; text already there (an older file's) is never cut."""
        if self._cutting or getattr(self, "_loading", True):
            return
        document = self.editor.document()
        length = document.characterCount() - 1  # (without the last paragraph's end)
        over, end = length - self.limit, min(position + added, length)
        remove = min(over, added, end)
        if over > 0 and remove > 0:
            cursor = QTextCursor(document)
            cursor.setPosition(end - remove)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            self._cutting = True
            try:
                cursor.removeSelectedText()
            finally:
                self._cutting = False
            self.notice = _("超出上限的部分未能输入，已截断至 {limit} 字").format(limit=self.limit)
            self._count()
        elif added or _removed:
            self.notice = ""

    def _on_text_changed(self) -> None:
        if not self._loading:
            self.typed()

    def _count(self) -> None:
        used = len(self.editor.toPlainText())
        over = used > self.limit
        self.counter.setText(_("已输入 {used} 字，上限 {limit} 字").format(used=used, limit=self.limit)
                             + (_("（超出 {n} 字）").format(n=used - self.limit) if over else "")
                             + (" " + self.notice if self.notice else ""))
        self.counter.setStyleSheet("color: #c0392b;" if over or self.notice else "color: #666;")

    def show_value(self, value: Any) -> None:
        if self.editor.toPlainText() != (value or ""):
            self._loading = True
            self.editor.setPlainText(value or "")
            self._loading = False

    def read_value(self) -> Any:
        return limits.without_nul(self.editor.toPlainText())


class ChoiceBinding(Binding):
    """A drop-down of the form's fixed choices; the first entry means "not chosen"."""

    def __init__(self, session: EditSession, table: Table, row_id: int, name: str,
                 options: tuple[str, ...], editable: bool = False) -> None:
        combo = QComboBox()
        combo.setEditable(editable)
        combo.addItem(_("（请选择）") if not editable else "", "")
        for option in options:
            combo.addItem(_(option), option)
        self._editable = editable
        super().__init__(session, table, row_id, name, combo)
        if editable:
            combo.lineEdit().setPlaceholderText(_("可从列表中选择，也可直接输入"))
            combo.lineEdit().textEdited.connect(self.typed)
            combo.lineEdit().editingFinished.connect(self.commit)
        combo.activated.connect(lambda _index: self.commit())

    def show_value(self, value: Any) -> None:
        index = self.widget.findData(value or "")
        if index < 0 and not self._editable:
            # Not one of the choices (an older or received file): shown as it is, so the
            # check's error at this field names what the user sees, not "（请选择）".
            self.widget.addItem(value, value)
            index = self.widget.count() - 1
        if index >= 0:
            self.widget.setCurrentIndex(index)
        elif self._editable:
            self.widget.setEditText(value or "")

    def read_value(self) -> Any:
        if self._editable:
            text = self.widget.currentText().strip()
            index = self.widget.findText(text)
            return self.widget.itemData(index) if index > 0 else text
        return self.widget.currentData() or ""


class YesNoBinding(Binding):
    def __init__(self, session: EditSession, table: Table, row_id: int,
                 name: str) -> None:
        combo = QComboBox()
        combo.addItem(_("（请选择）"), None)
        combo.addItem(_("是"), True)
        combo.addItem(_("否"), False)
        super().__init__(session, table, row_id, name, combo)
        combo.activated.connect(lambda _index: self.commit())

    def show_value(self, value: Any) -> None:
        self.widget.setCurrentIndex({None: 0, True: 1, False: 2}[value])

    def read_value(self) -> Any:
        return self.widget.currentData()


class TagsBinding(Binding):
    """Several tags from a fixed set, stored "|"-joined."""

    def __init__(self, session: EditSession, table: Table, row_id: int, name: str,
                 options: tuple[str, ...]) -> None:
        box = QWidget()
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for option in options:
            check = QCheckBox(_(option))
            layout.addWidget(check)
            self.boxes[option] = check
        layout.addStretch(1)
        super().__init__(session, table, row_id, name, box)
        for check in self.boxes.values():
            check.toggled.connect(lambda _checked: self.commit())

    def show_value(self, value: Any) -> None:
        chosen = set(values.tags_of(value or ""))
        for option, check in self.boxes.items():
            check.blockSignals(True)
            check.setChecked(option in chosen)
            check.blockSignals(False)

    def read_value(self) -> Any:
        return values.join_tags([o for o, check in self.boxes.items() if check.isChecked()])


class DateBinding(Binding):
    """A date with a calendar; the lowest date shows as "未填写" and stores ""."""

    def __init__(self, session: EditSession, table: Table, row_id: int,
                 name: str) -> None:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(_("未填写"))
        super().__init__(session, table, row_id, name, edit)
        edit.dateChanged.connect(lambda _date: self.typed())
        edit.editingFinished.connect(self.commit)

    def show_value(self, value: Any) -> None:
        self.widget.blockSignals(True)
        if value:
            self.widget.setDate(QDate.fromString(value, "yyyy-MM-dd"))
        else:
            self.widget.setDate(NO_DATE)
        self.widget.blockSignals(False)

    def read_value(self) -> Any:
        date = self.widget.date()
        if date == NO_DATE or not date.isValid():
            return ""
        return dt.date(date.year(), date.month(), date.day()).isoformat()


def member_label(member: model.Member) -> str:
    name = member.name or _("（未填写名称的单位）")
    return name + (_("（申报单位）") if member.is_applicant else "")


class MemberBinding(Binding):
    """A unit picked from the member list (the applicant first), never retyped."""

    def __init__(self, session: EditSession, table: Table, row_id: int,
                 name: str) -> None:
        combo = QComboBox()
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        super().__init__(session, table, row_id, name, combo)
        combo.activated.connect(lambda _index: self.commit())
        session.changed.connect(self._on_members_changed)
        combo.destroyed.connect(lambda: _disconnect(session.changed, self._on_members_changed))

    def _on_members_changed(self, table: str, _row_id: int | None) -> None:
        if table == tables.Member.__tablename__:
            self.load()

    def show_value(self, value: Any) -> None:
        combo = self.widget
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(_("（请选择单位）"), None)
        for member in self.session.doc.rows(tables.Member):
            combo.addItem(member_label(member), member.id)
        combo.setCurrentIndex(max(0, combo.findData(value)) if value is not None else 0)
        combo.blockSignals(False)

    def read_value(self) -> Any:
        return self.widget.currentData()


