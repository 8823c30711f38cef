"""The frame of every wizard page: a scrolling column of titled groups of bound fields.

Pages only declare which field goes where; binding, saving and undo live in ``fields``
and ``edits``, so a page reads like the form it mirrors.
"""

from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app import choices, rules
from app.tables import Table

from ui import fields
from ui.edits import EditSession
from ui.i18n import TITLE, _
from ui.list_editor import Column, ListEditor
from ui.marks import Mark, Markable, MessageLabel, hint_html, problem_html

CAPTION_WIDTH = 230


class FormPage(QScrollArea):
    """Subclasses set ``key`` and ``title`` and add their groups in ``build``."""

    key = ""
    title = ""
    intro = ""

    def __init__(self, session: EditSession) -> None:
        super().__init__()
        self.session = session
        self.doc = session.doc
        self.bindings: dict[str, fields.Binding] = {}
        self.lists: dict[str, ListEditor] = {}
        self.boxes: dict[str, QGroupBox] = {}
        self.marks: dict[str, Markable] = {}  # by Problem.field
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        inner = QWidget()
        self.column = QVBoxLayout(inner)
        self.column.setContentsMargins(24, 16, 24, 24)
        self.column.setSpacing(14)
        heading = QLabel(_(self.title, TITLE))
        heading.setObjectName("pageTitle")
        heading.setStyleSheet("font-size: 18pt; font-weight: bold;")
        self.column.addWidget(heading)
        if self.intro:
            note = QLabel(_(self.intro))
            note.setWordWrap(True)
            note.setStyleSheet("color: #555;")
            self.column.addWidget(note)
        # Problems of this step that point at nothing shown on the page.
        self.unplaced = MessageLabel(session)
        self.column.addWidget(self.unplaced)
        self.setWidget(inner)
        # The fields come when the page is first needed (``ensure_built``): opening a
        # large application builds the page it shows, not the nine others.
        self.built = False
        self._problems: list[rules.Problem] = []
        # Which problems are held back as grey hints (the window's ``ui.hints``).
        self.quiet: Callable[[rules.Problem], bool] = lambda _problem: False

    def ensure_built(self) -> None:
        """Build the page's fields and lists, once, and show the problems it was given."""
        if self.built:
            return
        self.built = True
        self.build()
        self.column.addStretch(1)
        self.mark_problems(self._problems)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        self.ensure_built()
        super().showEvent(event)

    @property
    def is_base(self) -> bool:
        return self.doc.is_base

    def build(self) -> None:
        raise NotImplementedError

    def group(self, title: str, note: str = "") -> QFormLayout:
        box = QGroupBox(_(title))
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if note:
            label = QLabel(_(note))
            label.setWordWrap(True)
            label.setStyleSheet("color: #555;")
            form.addRow(label)
        self.column.addWidget(box)
        return form

    @staticmethod
    def caption(label: str, required: bool = False) -> QLabel:
        """A field's label, of one width on every page so the fields line up."""
        text = _(label) + ("<span style='color:#c0392b'> *</span>" if required else "")
        caption = QLabel(text)
        caption.setTextFormat(Qt.TextFormat.RichText)
        caption.setMinimumWidth(CAPTION_WIDTH)
        caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return caption

    def _add(self, form: QFormLayout, label: str, binding: fields.Binding,
             required: bool, key: str) -> fields.Binding:
        form.addRow(self.caption(label, required), self.with_message(key, binding.widget))
        self.bindings[key] = binding
        return binding

    def with_message(self, key: str, widget: QWidget) -> QWidget:
        """``widget`` above the line where the problems of field ``key`` will show."""
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        message = MessageLabel(self.session)
        layout.addWidget(message)
        self.marks[key] = Mark(widget, message)
        return holder

    def closing(self) -> None:
        """The window is closing; pages with work under way stop it here."""

    def mark_problems(self, problems: Sequence[rules.Problem]) -> None:
        """Show each problem of this step at its field or list, or at the top if neither;
        those ``quiet`` holds back (``ui.hints``) as grey hints under fields, or not at all
        in a list (its table says what is missing once the user has been there)."""
        self._problems = list(problems)
        if not self.built:
            return
        by_field: dict[str, list[rules.Problem]] = defaultdict(list)
        for problem in problems:
            by_field[problem.field].append(problem)
        for key, mark in self.marks.items():
            mine = by_field.get(key, [])
            loud = [p for p in mine if not self.quiet(p)]
            if isinstance(mark, Mark):
                mark.show_problems(loud, [p for p in mine if self.quiet(p)])
            else:
                mark.show_problems(loud)
        self.unplaced.show_lines([hint_html(p) if self.quiet(p) else problem_html(p)
                                  for p in problems if p.field not in self.marks])

    def focus_problem(self, field: str, row_id: int | None, column: str) -> None:
        """Put the cursor on the field or list row a problem points at, and scroll to it."""
        self.ensure_built()
        mark = self.marks.get(field)
        if mark is None:
            self.ensureWidgetVisible(self.unplaced)
            return
        mark.focus(row_id, column)
        # After the page is laid out, so the scroll lands on the field.
        QTimer.singleShot(0, lambda: self.ensureWidgetVisible(mark.target(), 50, 80))

    def line(self, form: QFormLayout, label: str, table: Table, name: str, *,
             kind: str = "text", row_id: int = 1, required: bool = False,
             placeholder: str = "") -> fields.Binding:
        binding = fields.LineBinding(self.session, table, row_id, name, kind, _(placeholder))
        return self._add(form, label, binding, required, name)

    def text(self, form: QFormLayout, label: str, table: Table, name: str, *,
             row_id: int = 1, required: bool = False, placeholder: str = "") -> fields.Binding:
        limit = choices.TEXT_LIMITS.get(name, choices.DEFAULT_TEXT_LIMIT)
        binding = fields.TextBinding(self.session, table, row_id, name, limit, _(placeholder))
        return self._add(form, label, binding, required, name)

    def choice(self, form: QFormLayout, label: str, table: Table, name: str,
               options: tuple[str, ...], *, row_id: int = 1, required: bool = False,
               editable: bool = False) -> fields.Binding:
        binding = fields.ChoiceBinding(self.session, table, row_id, name, options, editable)
        return self._add(form, label, binding, required, name)

    def tags(self, form: QFormLayout, label: str, table: Table, name: str,
             options: tuple[str, ...], *, required: bool = False) -> fields.Binding:
        binding = fields.TagsBinding(self.session, table, 1, name, options)
        return self._add(form, label, binding, required, name)

    def yes_no(self, form: QFormLayout, label: str, table: Table, name: str, *,
               required: bool = False) -> fields.Binding:
        return self._add(form, label, fields.YesNoBinding(self.session, table, 1, name),
                         required, name)

    def date(self, form: QFormLayout, label: str, table: Table, name: str, *,
             required: bool = False) -> fields.Binding:
        return self._add(form, label, fields.DateBinding(self.session, table, 1, name),
                         required, name)

    def member(self, form: QFormLayout, label: str, table: Table, name: str, *,
               required: bool = False) -> fields.Binding:
        return self._add(form, label, fields.MemberBinding(self.session, table, 1, name),
                         required, name)

    def list_group(self, key: str, title: str, table: Table, columns: list[Column],
                   note: str = "", **options: Any) -> ListEditor:
        box = QGroupBox(_(title))
        self.boxes[key] = box
        layout = QVBoxLayout(box)
        if note:
            label = QLabel(_(note))
            label.setWordWrap(True)
            label.setStyleSheet("color: #555;")
            layout.addWidget(label)
        editor = ListEditor(self.session, table, columns, key=key, **options)
        layout.addWidget(editor)
        self.column.addWidget(box)
        self.lists[key] = editor
        self.marks[key] = editor
        return editor

    def note(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        self.column.addWidget(label)
        return label
