"""Widgets bound to one field of the application; each writes its edits through the session.

Typing is written after a short pause (and at once when the field loses focus), so an
edit reaches the file well within a second while a burst of typing is one undo step.
"""

from __future__ import annotations

import datetime as dt
import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QDate,
    QElapsedTimer,
    QObject,
    QPoint,
    QRect,
    QRegularExpression,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QRegularExpressionValidator, QResizeEvent, QTextCursor
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from app import dates, limits, money, tables
from app.tables import Table

from ui import values
from ui.edits import EditSession
from ui.i18n import _
from ui.marks import ERROR_COLOUR, MessageLabel

if TYPE_CHECKING:
    from collections.abc import Callable

    from app import model

TYPING_PAUSE_MS = 400
MAX_UNSAVED_MS = 800  # continuous typing is still written at least this often
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


class TypingPause:
    """Typing is written after a pause, and at least every ``MAX_UNSAVED_MS`` while it
    goes on: ``write`` is called then (and by its owner when the field is left)."""

    def __init__(self, parent: QObject, write: Callable[[], None]) -> None:
        self._write = write
        self._timer = QTimer(parent, singleShot=True, interval=TYPING_PAUSE_MS)
        self._timer.timeout.connect(write)
        self._since = QElapsedTimer()
        # Kept apart from the timer: a timer that fires is no longer active, and the
        # write it calls must still see the typing as waiting.
        self.waiting = False  # typing not written yet

    def typed(self) -> None:
        if not self.waiting:
            self.waiting = True
            self._since.start()
        elif self._since.elapsed() >= MAX_UNSAVED_MS:
            self._write()
            return
        self._timer.start()

    def stop(self) -> None:
        """The typing is written (or dropped): nothing waits any more."""
        self._timer.stop()
        self.waiting = False


class Binding:
    """Ties a widget to ``table.name`` of row ``row_id`` and keeps both in step."""

    def __init__(self, session: EditSession, table: Table, row_id: int, name: str,
                 widget: QWidget) -> None:
        self.session, self.table, self.row_id, self.name = session, table, row_id, name
        self.widget = widget
        self._pause = TypingPause(widget, self.commit)
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
        self._pause.typed()

    def flush(self) -> None:
        """Write typing still waiting for its pause."""
        if self._pause.waiting:
            self.commit()

    def commit(self) -> None:
        self._pause.stop()
        try:
            value = self.read_value()
        except ValueError:
            return  # the validator keeps this rare; the text stays for the user to fix
        self.session.set_value(self.table, self.row_id, self.name, value, merge=True)

    def _on_field_changed(self, table: str, row_id: int, name: str) -> None:
        """Only this field's own edits (an undo, a redo) redraw it, not typing in progress."""
        if (name == self.name and row_id == self.row_id and table == self.table.__tablename__
                and not self._pause.waiting):
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


class DateLine(QLineEdit):
    """The typing line of a date field: Esc puts back what the field held before the
    typing, Alt+↓ or F4 opens the calendar (as in a drop-down)."""

    escaped = Signal()
    calendar_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        key, alt = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        if key == Qt.Key.Key_Escape:
            self.escaped.emit()
            event.accept()
        elif key == Qt.Key.Key_F4 or (key == Qt.Key.Key_Down and alt):
            self.calendar_requested.emit()
            event.accept()
        else:
            super().keyPressEvent(event)


class CalendarPopup(QFrame):
    """The calendar under a date field; a click or Enter on a day chooses it, Esc closes."""

    chosen = Signal(object)  # the datetime.date

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget()
        self.calendar.setMinimumDate(QDate(dates.FIRST_YEAR, 1, 1))
        self.calendar.setMaximumDate(QDate(dates.LAST_YEAR, 12, 31))
        self.calendar.clicked.connect(self._choose)
        self.calendar.activated.connect(self._choose)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.calendar)

    def open_at(self, day: dt.date, below: QWidget) -> None:
        """Show ``day`` selected, its month open, just under ``below`` (within the screen)."""
        shown = QDate(day.year, day.month, day.day)
        self.calendar.setSelectedDate(shown)
        self.calendar.setCurrentPage(day.year, day.month)
        self.adjustSize()
        place = below.mapToGlobal(QPoint(0, below.height()))
        screen = below.screen().availableGeometry()
        x = max(screen.left(), min(place.x(), screen.right() - self.width()))
        y = place.y() if place.y() + self.height() <= screen.bottom() else (
            below.mapToGlobal(QPoint(0, 0)).y() - self.height())
        self.move(x, max(screen.top(), y))
        self.show()
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _choose(self, day: QDate) -> None:
        self.close()
        self.chosen.emit(dt.date(day.year(), day.month(), day.day()))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)


class DateBinding(Binding):
    """A date typed as the clerk writes it (``app.dates``) or picked from a calendar;
    stored as ISO text, "" for none.

    Typing is read when the clerk pauses or leaves; what cannot be read as a date stays
    in the field, with a message under it, and the file keeps its value meanwhile.
    """

    def __init__(self, session: EditSession, table: Table, row_id: int,
                 name: str) -> None:
        self.edit = DateLine()
        self.edit.setPlaceholderText(_("未填写，例如 2008-03-18"))
        self.edit.setClearButtonEnabled(True)
        metrics = self.edit.fontMetrics()
        self.edit.setMinimumWidth(metrics.horizontalAdvance(_("未填写，例如 2008-03-18")) + 48)
        self.button = QToolButton()
        self.button.setArrowType(Qt.ArrowType.DownArrow)
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes on to the next field
        self.button.setToolTip(_("从日历中选择（F4）"))
        self.message = MessageLabel(session)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        row = QHBoxLayout()
        row.setSpacing(4)
        row.addWidget(self.edit)
        row.addWidget(self.button)
        row.addStretch(1)
        column.addLayout(row)
        column.addWidget(self.message)
        box.setFocusProxy(self.edit)  # (a problem's link puts the cursor in the line)
        self.popup: CalendarPopup | None = None
        self.notice = ""  # the message shown under the field, "" for none
        self._before: Any = None  # the value before the typing under way (for Esc)
        super().__init__(session, table, row_id, name, box)
        self.edit.textEdited.connect(self._edited)
        self.edit.editingFinished.connect(self.finish)
        self.edit.escaped.connect(self.revert)
        self.edit.calendar_requested.connect(self.open_calendar)
        self.button.clicked.connect(self.open_calendar)

    def _edited(self, text: str) -> None:
        if self._before is None:
            self._before = self.stored() or ""
        if not text:
            self.commit()  # the clear button, or all deleted: at once
            return
        if self.notice:
            self._check(quiet=True)  # the message goes once the text reads as a date
        self.typed()

    def _check(self, quiet: bool = False) -> str | None:
        """The stored form of the text, or None (and, unless ``quiet``, the message)."""
        text = self.edit.text()
        try:
            value = dates.to_stored(text)
        except dates.DateNotUnderstood as refused:
            if not quiet:
                self._say(refused)
            return None
        self._say(None)
        return value

    def _say(self, refused: dates.DateNotUnderstood | None) -> None:
        if refused is None:
            self.notice = ""
            self.message.show_lines([])
            return
        text = html.escape(refused.text.strip())
        first = {
            "impossible": _("「{text}」不是实际存在的日期，请检查月和日。"),
            "year": _("「{text}」的年份应在 {first}—{last} 年之间。"),
        }.get(refused.reason, _("「{text}」不能识别为日期。")).format(
            text=text, first=dates.FIRST_YEAR, last=dates.LAST_YEAR)
        self.notice = first + _("本栏未保存（文件中保留原值），请改正。")
        forms = _("可以这样输入：2008-03-18、2008/3/18、20080318、2008年3月18日 或 2008.3.18")
        self.message.show_lines([f"<span style='color:{ERROR_COLOUR}'>{line}</span>"
                                 for line in (self.notice, html.escape(forms))])

    def commit(self) -> None:
        """Write the date typed so far if it reads as one; the field keeps the text."""
        self._pause.stop()
        value = self._check(quiet=True)
        if value is None:
            self.session.saved.emit()  # the file is as it was: nothing waits to be written
            return
        self.session.set_value(self.table, self.row_id, self.name, value, merge=True)

    def finish(self) -> None:
        """The clerk left the field or pressed Enter: write, and show the date as stored,
        or say why the text is no date (and keep it)."""
        value = self._check()
        self.commit()
        if value is not None:
            self._before = None
            if self.edit.text() != value:
                self.edit.setText(value)

    def revert(self) -> None:
        """Esc: the field and the file as they were before this typing."""
        self._pause.stop()
        if self._before is not None and self.stored() != self._before:
            self.session.set_value(self.table, self.row_id, self.name, self._before, merge=True)
        self._before = None
        self._display(self.stored())
        self.session.saved.emit()

    def open_calendar(self) -> None:
        """The calendar at the field's date, or at today's for an empty or unread field."""
        try:
            day = dates.parse(self.edit.text()) or dt.date.today()
        except dates.DateNotUnderstood as refused:
            day = refused.near or dt.date.today()  # (2008-02-30: February 2008)
        if self.popup is None:
            self.popup = CalendarPopup(self.widget)
            self.popup.chosen.connect(self._chosen)
        self.popup.open_at(day, self.edit)

    def _chosen(self, day: dt.date) -> None:
        if self._before is None:
            self._before = self.stored() or ""
        self.edit.setText(day.isoformat())
        self.edit.setFocus(Qt.FocusReason.PopupFocusReason)
        self.finish()

    def show_value(self, value: Any) -> None:
        """The stored date, unless the text already says it (typed as 2008/3/18, say)."""
        try:
            if dates.to_stored(self.edit.text()) == (value or ""):
                return
        except dates.DateNotUnderstood:
            pass
        self._display(value)

    def _display(self, value: Any) -> None:
        self._say(None)
        self.edit.setText("" if value is None else str(value))  # (an odd value, shown as is)

    def read_value(self) -> Any:
        return dates.to_stored(self.edit.text())


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


