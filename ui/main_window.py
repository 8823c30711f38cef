"""The application window: the step list beside the pages of one open application."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import PRODUCT_NAME, rules, steps, tables

from ui.edits import EditSession
from ui.form_page import FormPage
from ui.i18n import LANGUAGES, TITLE, _, current_language
from ui.pages import PAGE_CLASSES
from ui.snapshot_dialog import SnapshotDialog

if TYPE_CHECKING:
    from app.document import ApplicationFile

STATUS_REFRESH_MS = 300  # the check runs after this pause in typing
FIRST_CHECK_MS = 500  # and first once the window has painted (or after this, unpainted)
SNAPSHOT_EVERY_MS = 10 * 60 * 1000  # a snapshot every ten minutes of editing


class MainWindow(QMainWindow):
    """One window per open file. Every edit is already on disk, so closing never asks."""

    closed = Signal()
    start_requested = Signal()
    restore_requested = Signal(object)  # the snapshots.Snapshot to put back
    language_requested = Signal(str)  # a key of ui.i18n.LANGUAGES
    problems_changed = Signal(list)
    first_painted = Signal()

    def __init__(self, doc: ApplicationFile) -> None:
        super().__init__()
        self.doc = doc
        self.session = EditSession(doc, self)
        self.pages: list[FormPage] = []
        self.resize(QSize(1200, 820))
        self.steps = QListWidget()
        self.steps.setFixedWidth(210)
        self.steps.setSpacing(2)
        self.steps.currentRowChanged.connect(self._show_step)
        self.stack = QStackedWidget()
        self.back = QPushButton(_("上一步"))
        self.next = QPushButton(_("下一步"))
        self.back.clicked.connect(lambda: self.go_to(self.steps.currentRow() - 1))
        self.next.clicked.connect(lambda: self.go_to(self.steps.currentRow() + 1))
        nav = QHBoxLayout()
        nav.addStretch(1)
        nav.addWidget(self.back)
        nav.addWidget(self.next)
        right = QVBoxLayout()
        right.addWidget(self.stack, 1)
        right.addLayout(nav)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.steps)
        layout.addLayout(right, 1)
        self.setCentralWidget(central)
        self.save_state = QLabel()
        self.statusBar().addPermanentWidget(self.save_state)
        self._build_menus()
        self._status_timer = QTimer(self, singleShot=True)
        self._status_timer.timeout.connect(self._refresh_steps)
        self._edited_since_snapshot = False
        self._painted = False
        self._snapshot_timer = QTimer(self, interval=SNAPSHOT_EVERY_MS)
        self._snapshot_timer.timeout.connect(self.snapshot_if_edited)
        self._snapshot_timer.start()
        self.session.changed.connect(self._on_changed)
        self.session.pending.connect(lambda: self._show_saved(False))
        self.session.saved.connect(lambda: self._show_saved(True))
        self.build_pages()
        self._show_saved(True)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(_("文件(&F)"))
        start = QAction(_("新建或打开其他申报…"), self)
        start.triggered.connect(self.start_requested.emit)
        file_menu.addAction(start)
        history = QAction(_("快照与恢复…"), self)
        history.triggered.connect(self.show_snapshots)
        history.setEnabled(not self.doc.read_only)
        file_menu.addAction(history)
        file_menu.addSeparator()
        close = QAction(_("关闭"), self)
        close.setShortcut(QKeySequence.StandardKey.Close)
        close.triggered.connect(self.close)
        file_menu.addAction(close)
        edit_menu = self.menuBar().addMenu(_("编辑(&E)"))
        undo = self.session.undo_stack.createUndoAction(self, _("撤销"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.session.undo_stack.createRedoAction(self, _("重做"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        language_menu = self.menuBar().addMenu(_("语言(&L)"))
        group = QActionGroup(self)
        for language, name in LANGUAGES.items():
            action = QAction(name, self, checkable=True, checked=language == current_language())
            action.triggered.connect(lambda _checked=False, chosen=language:
                                     self.language_requested.emit(chosen))
            group.addAction(action)
            language_menu.addAction(action)

    def retranslate(self) -> None:
        """Say everything again in the language just chosen; the step and the undo
        history stay. (Each page is built anew: its texts are set as it is built.)"""
        for page in self.pages:
            for binding in page.bindings.values():
                binding.flush()
        self.menuBar().clear()
        self._build_menus()
        self.back.setText(_("上一步"))
        self.next.setText(_("下一步"))
        self.build_pages()
        self.refresh_now()  # the marks and counts at once, not half a second later
        self._show_saved(True)

    def build_pages(self) -> None:
        """(Re)build every page for the application's type, keeping the current step."""
        current = max(0, self.steps.currentRow())
        for page in self.pages:
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages = [page_class(self.session) for page_class in PAGE_CLASSES]
        for page in self.pages:
            self.stack.addWidget(page)
        check = self.pages[-1]
        check.go_to_problem.connect(self.go_to_problem)  # type: ignore[attr-defined]
        check.printed.connect(  # type: ignore[attr-defined]
            lambda summary: self.statusBar().showMessage(summary, 30_000))
        self.problems_changed.connect(check.list_problems)  # type: ignore[attr-defined]
        self.steps.blockSignals(True)
        self.steps.clear()
        for _step in steps.STEPS:
            self.steps.addItem(QListWidgetItem())
        self.steps.blockSignals(False)
        self._built_type = self.doc.org_type
        self._label_steps(None)
        self._status_timer.start(FIRST_CHECK_MS)  # (sooner once painted: paintEvent)
        if self.doc.read_only:
            # Another process edits this file: every page shows, none edits. The check
            # page still lists problems and makes the outputs, which only read.
            for page in self.pages:
                if page.key != "check":
                    page.widget().setEnabled(False)
        self.go_to(current)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()
            if self.doc.ready:
                self.file_ready()

    def finish_opening(self) -> None:
        """Hand the file shown over to the ORM, now (``app.opening``); raises
        ``storage.FileRefused`` if it turns out to be damaged."""
        if not self.doc.ready:
            self.doc.finish()
            if self._painted:
                self.file_ready()

    def file_ready(self) -> None:
        """The file is on screen and open for good (an ``app.opening.OpeningFile`` only
        once the ORM has loaded): now check it, and take the snapshot of it as it was
        (owed since it opened; a first edit would take it before writing anyway)."""
        self._status_timer.start(0)
        QTimer.singleShot(0, self._take_open_snapshot)

    def _take_open_snapshot(self) -> None:
        try:
            warning = self.doc.take_open_snapshot()  # (a file too large goes without)
        except (OSError, sqlite3.Error) as error:
            self.statusBar().showMessage(_("自动快照失败：{reason}").format(reason=error), 10_000)
            return
        if warning:
            self.statusBar().showMessage(warning, 30_000)

    def snapshot_if_edited(self) -> None:
        """The ten-minute snapshot, taken only when something was edited since the last."""
        if self._edited_since_snapshot:
            self._edited_since_snapshot = False
            try:
                warning = self.doc.snapshot("edit")
            except (OSError, sqlite3.Error) as error:
                self.statusBar().showMessage(_("自动快照失败：{reason}").format(reason=error), 10_000)
                return
            if warning:
                self.statusBar().showMessage(warning, 30_000)

    def show_snapshots(self) -> None:
        dialog = SnapshotDialog(self.doc, self)
        if dialog.exec() and dialog.chosen is not None:
            self.restore_requested.emit(dialog.chosen)

    def _on_changed(self, table: str, _row_id: int | None) -> None:
        self._edited_since_snapshot = True
        if table == tables.Application.__tablename__ and self._built_type != self.doc.org_type:
            QTimer.singleShot(0, self.build_pages)  # not from inside the clicked button
        self._status_timer.start(STATUS_REFRESH_MS)

    def refresh_now(self) -> None:
        """Check and mark at once, instead of after the pause that follows typing."""
        self._status_timer.stop()
        self.finish_opening()
        self._refresh_steps()

    def _refresh_steps(self) -> None:
        """Mark each step: ✔ without errors, ○ with, and the counts of both kinds."""
        if not self.doc.ready:
            return  # (``file_ready`` checks it then)
        problems = rules.check(self.doc)
        for page in self.pages:
            page.mark_problems([p for p in problems if p.step == page.key])
        self.problems_changed.emit(problems)
        self._label_steps(problems)

    def _label_steps(self, problems: list[rules.Problem] | None) -> None:
        """Number and title each step; with ``problems``, their marks and counts too."""
        for number, step in enumerate(steps.STEPS):
            item = self.steps.item(number)
            title = _(steps.step_title(step, self.doc.org_type), TITLE)
            if problems is None:
                item.setText(f"{number + 1}. {title}")
                continue
            errors = sum(p.step == step.key and p.severity == rules.ERROR for p in problems)
            warnings = sum(p.step == step.key and p.severity == rules.WARNING for p in problems)
            counts = (f"  {_('错')}{errors}" if errors else "") + (
                f"  {_('警')}{warnings}" if warnings else "")
            if step.key == "check":
                item.setText(f"{number + 1}. {title}{counts}")
                continue
            item.setText(f"{'○' if errors else '✔'} {number + 1}. {title}{counts}")
            item.setToolTip(_("{e} 个错误，{w} 个警告").format(e=errors, w=warnings)
                            if errors or warnings else _("本步没有发现问题"))

    def _show_saved(self, saved: bool) -> None:
        state = _("已自动保存") if saved else _("正在保存…")
        if self.doc.read_only:
            state = _("只读：已在另一个窗口中编辑")
        self.save_state.setText(state)
        self.setWindowTitle(_("{file}（{state}）— {product}").format(
            file=self.doc.path.name, state=state, product=_(PRODUCT_NAME)))

    def _show_step(self, number: int) -> None:
        if 0 <= number < len(self.pages):
            self.pages[number].ensure_built()  # shown or not (tests drive hidden windows)
            self.stack.setCurrentIndex(number)
            self.back.setEnabled(number > 0)
            self.next.setEnabled(number < len(self.pages) - 1)

    def go_to(self, number: int) -> None:
        number = max(0, min(number, len(self.pages) - 1))
        self.steps.setCurrentRow(number)
        self._show_step(number)

    def go_to_key(self, key: str) -> None:
        for number, page in enumerate(self.pages):
            if page.key == key:
                self.go_to(number)

    def go_to_problem(self, problem: rules.Problem) -> None:
        """Show the page of ``problem`` with the cursor on its field or list row."""
        self.go_to_key(problem.step)
        self.current_page().focus_problem(problem.field, problem.row_id, problem.column)

    def current_page(self) -> FormPage:
        return self.pages[self.stack.currentIndex()]

    def closeEvent(self, event: QCloseEvent) -> None:
        # Write what a field still holds; everything else is already in the file.
        self._status_timer.stop()
        self._snapshot_timer.stop()
        focused = self.focusWidget()
        if focused is not None:
            focused.clearFocus()
        for page in (page for page in self.pages if page.built):
            page.closing()
            for binding in page.bindings.values():
                binding.flush()
        self.doc.close()
        self.closed.emit()
        super().closeEvent(event)


