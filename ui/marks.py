"""Problems shown where they stand: a message under a field or a list, a tinted row.

Pages own one ``Mark`` per field or list that a rule may point at (``Problem.field``);
the main window hands each page the problems of its step after every check.
"""

import html
from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QTableWidget,
    QWidget,
)

from app import credit_code, rules, tables

from ui.edits import EditSession
from ui.i18n import _, translated

ERROR_COLOUR = "#c0392b"
WARNING_COLOUR = "#b9770e"
ERROR_TINT = "#fbe3e0"
WARNING_TINT = "#fdf0d5"
HINT_COLOUR = "#777777"
CONFIRM_LINK = "confirm:"


def colour(problem: rules.Problem) -> str:
    return ERROR_COLOUR if problem.severity == rules.ERROR else WARNING_COLOUR


def severity_label(problem: rules.Problem) -> str:
    return _("错误") if problem.severity == rules.ERROR else _("警告")


def confirm_html(problem: rules.Problem) -> str:
    """The link that confirms a failing credit code against the licence, if one applies."""
    if problem.confirm_member is None:
        return ""
    return (f" <a href='{CONFIRM_LINK}{problem.confirm_member}'>"
            f"{_('已对照营业执照核对，代码无误')}</a>")


def hint_html(problem: rules.Problem) -> str:
    """A quiet hint (``ui.hints``): an entry not made yet, said in grey, not as an error."""
    return f"<span style='color:{HINT_COLOUR}'>{html.escape(translated(problem.message))}</span>"


def problem_html(problem: rules.Problem, prefix: str = "") -> str:
    text = _("{severity}：{message}").format(severity=severity_label(problem),
                                           message=prefix + translated(problem.message))
    return f"<span style='color:{colour(problem)}'>{html.escape(text)}</span>{confirm_html(problem)}"


def confirm_code(session: EditSession, link: str) -> bool:
    """Follow a confirmation link: store the member's code as checked (undoable)."""
    if not link.startswith(CONFIRM_LINK):
        return False
    member = session.doc.row(tables.Member, int(link.removeprefix(CONFIRM_LINK)))
    if member is not None:
        session.set_value(tables.Member, member.id, "credit_code_confirmed",
                          credit_code.normalize(member.credit_code))
    return True


def holds_focus(area: QWidget, widget: QWidget | None) -> bool:
    """Whether ``widget`` is ``area`` or inside it, also in a popup of it (a calendar)."""
    while widget is not None:
        if widget is area:
            return True
        widget = widget.parentWidget()
    return False


class MessageLabel(QLabel):
    """The messages under a field or list; hidden while there are none.

    Messages that go while the cursor is in the field above (or anywhere in the label's
    parent: a list, a date field) leave their room blank until the cursor leaves it: the
    page does not move up under a mouse on its way to the next field, so the click lands
    where the clerk aimed. Leaving is itself a click or a Tab, and by then the clicked
    field has the cursor, wherever it moves.
    """

    def __init__(self, session: EditSession) -> None:
        super().__init__()
        self.session = session
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.linkActivated.connect(lambda link: confirm_code(self.session, link))
        self.holding = False  # blank, keeping the room of lines just gone
        self.hide()

    def show_lines(self, lines: Sequence[str]) -> None:
        area = self.parentWidget()
        if (not lines and self.isVisible() and area is not None
                and holds_focus(area, QApplication.focusWidget())):
            self._hold()
            return
        self._release()
        text = "<br>".join(lines)
        if text != self.text():
            self.setText(text)
            self.updateGeometry()
        self.setVisible(bool(lines))

    def _hold(self) -> None:
        if not self.holding:
            self.holding = True
            self.setMinimumHeight(self.height())
            QApplication.instance().focusChanged.connect(self._focus_moved)  # type: ignore[attr-defined]
        self.setText("")

    def _release(self) -> None:
        if self.holding:
            self.holding = False
            self.setMinimumHeight(0)
            QApplication.instance().focusChanged.disconnect(self._focus_moved)  # type: ignore[attr-defined]

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        area = self.parentWidget()
        if area is None or not holds_focus(area, new):
            if QApplication.mouseButtons() != Qt.MouseButton.NoButton:
                # A press moved the cursor: the room goes once the click is complete, or
                # the button pressed would slide up from under the mouse before the
                # release and the click be lost.
                QApplication.instance().installEventFilter(self)
                return
            self._collapse()

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.MouseButtonRelease:
            QApplication.instance().removeEventFilter(self)
            QTimer.singleShot(0, self._collapse)  # after the release reached its widget
        return False

    def _collapse(self) -> None:
        if self.holding:  # (not if new lines came meanwhile)
            self._release()
            self.hide()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """As tall as the wrapped text needs at the current width.

        A scroll area lays its page out at the minimum sizes, and a word-wrapped label's
        minimum ignores its wrapping, so without this the field above it gets squeezed.
        """
        hint = super().minimumSizeHint()
        if self.text() and self.width() > 0:
            hint.setHeight(max(hint.height(), self.heightForWidth(self.width())))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # a new width wraps into a new height


class Markable(Protocol):
    """A field or list that shows its problems and can take the focus to one of them."""

    def show_problems(self, problems: Sequence[rules.Problem]) -> None: ...

    def focus(self, row_id: int | None, column: str) -> None: ...

    def target(self) -> QWidget: ...


class Mark:
    """Where a field's problems show: its message line, and a red or amber frame."""

    def __init__(self, widget: QWidget, message: MessageLabel) -> None:
        self.widget, self.message = widget, message
        self._style = ""
        # A style sheet drops the native frame's padding, and with it the field's minimum
        # height; a scroll area lays pages out at minimum heights, so keep the native one.
        framed = widget if isinstance(widget, QLineEdit | QComboBox) else widget.findChild(QLineEdit)
        self._framed = framed  # (a date field's line, inside its box)
        self._height = framed.sizeHint().height() if framed is not None else 0

    def show_problems(self, problems: Sequence[rules.Problem],
                      hints: Sequence[rules.Problem] = ()) -> None:
        """``problems`` in their colour, with a frame; ``hints`` in grey, without."""
        self.message.show_lines([problem_html(p) for p in problems] + [hint_html(p) for p in hints])
        style = ""
        if problems:
            worst = min(problems, key=lambda p: p.severity != rules.ERROR)
            style = (f"QLineEdit, QPlainTextEdit, QComboBox "
                     f"{{ border: 1px solid {colour(worst)}; }}")
        if style != self._style:  # restyling repaints; skip it when nothing changed
            self._style = style
            self.widget.setStyleSheet(style)
            if self._framed is not None:
                self._framed.setMinimumHeight(self._height if style else 0)

    def focus(self, _row_id: int | None, _column: str) -> None:
        self.widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def target(self) -> QWidget:
        return self.widget


class TableMark(Mark):
    """A grid whose cells carry their row id as user data (the funding grid)."""

    def show_problems(self, problems: Sequence[rules.Problem],
                      hints: Sequence[rules.Problem] = ()) -> None:
        self.message.show_lines([problem_html(p) for p in problems] + [hint_html(p) for p in hints])

    def focus(self, row_id: int | None, _column: str) -> None:
        grid = self.widget
        assert isinstance(grid, QTableWidget)
        cells = [grid.item(r, c) for r in range(grid.rowCount()) for c in range(grid.columnCount())]
        cell = next((item for item in cells
                     if item is not None and item.data(Qt.ItemDataRole.UserRole) == row_id
                     and row_id is not None), None)
        if cell is not None:
            grid.setCurrentItem(cell)
        grid.setFocus(Qt.FocusReason.OtherFocusReason)
