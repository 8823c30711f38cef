"""The application window: the step list beside the pages of one open application."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QKeySequence,
    QPaintEvent,
)
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

from app import PRODUCT_NAME, paths, pending, preferences, rules, steps, tables
from app.pending import SaveFailed

from ui import window_fit
from ui.call_dialog import CallDialog
from ui.comparing import Comparisons
from ui.edits import EditSession
from ui.form_page import FormPage
from ui.hints import QuietHints
from ui.i18n import LANGUAGES, TITLE, _, current_language
from ui.pages import PAGE_CLASSES
from ui.pages.pilot import PILOT_PAGE_CLASSES
from ui.pages.pilot_approval import ApprovalPage
from ui.save_banner import SaveBanner, failure_text
from ui.snapshot_dialog import SnapshotDialog

if TYPE_CHECKING:
    from app.document import ApplicationFile

STATUS_REFRESH_MS = 300  # the check runs after this pause in typing
FIRST_CHECK_MS = 500  # and first once the window has painted (or after this, unpainted)
SNAPSHOT_EVERY_MS = 10 * 60 * 1000  # a snapshot every ten minutes of editing
RETRY_EVERY_MS = 3000  # while the file refuses writes, try the waiting edits again
DEFAULT_SIZE = (1200, 820)  # or less: ui.window_fit
PLACE_PREFERENCE = "main_window"  # its size, place and maximised state (ui.window_fit)
LAST_STEPS = "last_steps"  # the step each file was left at, by ``file_key``




class MainWindow(QMainWindow):
    """One window per open file. Every edit is already on disk, so closing asks only
    while the file refuses writes (``ui.edits``) and edits wait in memory."""

    closed = Signal()
    file_switched = Signal(object)  # the Path of a copy saved elsewhere, now this window's
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
        # Within the screen: on a 1366×768 laptop the buttons and the save state at the
        # bottom were cut off. Where the user left it, if it still fits (ui.window_fit).
        window_fit.fit(self, *DEFAULT_SIZE)
        window_fit.restore_place(self, PLACE_PREFERENCE)
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
        outer = QVBoxLayout(central)
        self.banner = SaveBanner()
        self.banner.retry_clicked.connect(self.retry_saving)
        self.banner.save_as_clicked.connect(self.save_as)
        outer.addWidget(self.banner)
        layout = QHBoxLayout()
        layout.addWidget(self.steps)
        layout.addLayout(right, 1)
        outer.addLayout(layout, 1)
        self.setCentralWidget(central)
        self.save_state = QLabel()
        self.statusBar().addPermanentWidget(self.save_state)
        self.comparisons = Comparisons(self)
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
        self.session.failed.connect(self._show_failure)
        self.session.recovered.connect(self._recovered)
        self.session.refused.connect(self._tell_refused)
        self._retry_timer = QTimer(self, interval=RETRY_EVERY_MS)
        self._retry_timer.timeout.connect(self.session.retry)
        self.hints = QuietHints(self)  # a new file's empty fields: grey until left
        self.hints.changed.connect(lambda: self._status_timer.start(0))  # (the check: ~0.1 s)
        self.build_pages()
        # Where the user left this file last time: a long form is filled over days.
        self.file_key = self._file_key()
        self.go_to_key(str(preferences.get_in(LAST_STEPS, self.file_key) or ""))
        self._show_saved(True)

    def _file_key(self) -> str:
        """What this file's last step is remembered by: the random id the file carries
        (schema 3), which it keeps when renamed or moved; else its full path."""
        file_id = getattr(self.doc.section(tables.Application), "file_id", "")
        return str(file_id) if file_id else str(self.doc.path.resolve())

    def _remember_where(self) -> None:
        """The window's place and this file's step, for the next time either opens."""
        window_fit.remember_place(self, PLACE_PREFERENCE)
        preferences.put_in(LAST_STEPS, self.file_key, self.current_page().key)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(_("文件(&F)"))
        start = QAction(_("新建或打开其他申报…"), self)
        start.triggered.connect(self.start_requested.emit)
        file_menu.addAction(start)
        history = QAction(_("快照与恢复…"), self)
        history.triggered.connect(self.show_snapshots)
        history.setEnabled(not self.doc.read_only)
        file_menu.addAction(history)
        call = QAction(_("申报通知…"), self)
        call.triggered.connect(self.choose_call)
        call.setEnabled(not self.doc.read_only)
        file_menu.addAction(call)
        compare_files = QAction(_("与其他申报文件比较…"), self)
        compare_files.triggered.connect(self.comparisons.choose_files)
        file_menu.addAction(compare_files)
        save_as = QAction(_("另存为…"), self)
        save_as.triggered.connect(self.save_as)
        save_as.setEnabled(not self.doc.read_only)
        file_menu.addAction(save_as)
        file_menu.addSeparator()
        close = QAction(_("关闭"), self)
        close.setShortcut(QKeySequence.StandardKey.Close)
        close.triggered.connect(self.close)
        file_menu.addAction(close)
        edit_menu = self.menuBar().addMenu(_("编辑(&E)"))
        undo = self.session.undo_stack.createUndoAction(self, _("撤销"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.session.undo_stack.createRedoAction(self, _("重做"))
        # Ctrl+Y as the README says and Windows does, Ctrl+Shift+Z as Linux and macOS do: both
        # everywhere (Qt's Redo on Linux is Ctrl+Shift+Z alone).
        redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        # Through the session, which writes first and moves the stack only once the
        # file holds the result (the stack's own actions would move it regardless).
        undo.triggered.disconnect()
        undo.triggered.connect(self.session.undo)
        redo.triggered.disconnect()
        redo.triggered.connect(self.session.redo)
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
        self.banner.retranslate()
        if self.session.failure is not None:
            self.banner.show_failure(self.session.failure, self.session.waiting())
        self.next.setText(_("下一步"))
        self.build_pages()
        self.refresh_now()  # the marks and counts at once, not half a second later
        self._show_saved(True)

    def build_pages(self) -> None:
        """(Re)build every page for the application's type, keeping the current step."""
        current = max(0, self.steps.currentRow())
        self._approved = self.doc.is_approved()
        self.window_steps = steps.window_steps(self._approved)
        classes = (*PAGE_CLASSES, ApprovalPage, *(PILOT_PAGE_CLASSES if self._approved else ()))
        leaving, self.pages = self.pages, [page_class(self.session) for page_class in classes]
        for page in self.pages:
            self.stack.addWidget(page)
        # The new page shows before the old go, so no old page is shown (and built, from
        # a file the window may have just left: save_copy_to) on its way out.
        self.stack.setCurrentWidget(self.pages[min(current, len(self.pages) - 1)])
        for page in leaving:
            if page.built:  # (an export under way stops: its thread goes with the page)
                page.closing()
            self.stack.removeWidget(page)
            page.deleteLater()
        check = next(page for page in self.pages if page.key == "check")
        check.go_to_problem.connect(self.go_to_problem)  # type: ignore[attr-defined]
        check.compare_requested.connect(self.comparisons.with_last_output)  # type: ignore[attr-defined]
        check.printed.connect(  # type: ignore[attr-defined]
            lambda summary: self.statusBar().showMessage(summary, 30_000))
        self.problems_changed.connect(check.list_problems)  # type: ignore[attr-defined]
        self.steps.blockSignals(True)
        self.steps.clear()
        for _step in self.window_steps:
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
        elif self._approved:
            # Approved: the application stays as submitted (app.document refuses its
            # edits); its pages show it, read-only. The outputs can still be made.
            form_keys = {step.key for step in steps.STEPS} - {"check"}
            for page in self.pages:
                if page.key in form_keys:
                    page.widget().setEnabled(False)
                    page.setToolTip(_("申报书已标记为获批，保持申报时的内容，不能再修改"))
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
        elif dialog.compare_with is not None:
            self.comparisons.with_snapshot(dialog.compare_with)

    def ask_call(self, dialog: CallDialog) -> bool:
        return bool(dialog.exec())

    def choose_call(self) -> None:
        """文件 → 申报通知…: let the application answer another call (or version of it).

        It is checked again at once; the outputs made under the other call are no longer
        current (the check page's output panel says so)."""
        from app.call_store import CallNotOffered, bundled, call_of, use_call
        from app.document import ApplicationLocked

        dialog = CallDialog(call_of(self.doc), bundled(), self)
        if not self.ask_call(dialog) or dialog.chosen is None:
            return
        chosen = dialog.chosen.call
        if chosen == call_of(self.doc):
            return
        try:
            self.session.attempt(lambda: use_call(self.doc, chosen))
        except (CallNotOffered, ApplicationLocked) as error:  # (an approved application
            # answered the call it was approved under)
            self.statusBar().showMessage(str(error), 15_000)
            return
        self.refresh_now()

    def _on_changed(self, table: str, _row_id: int | None) -> None:
        self._edited_since_snapshot = True
        if table == tables.Application.__tablename__ and self._built_type != self.doc.org_type:
            QTimer.singleShot(0, self.build_pages)  # not from inside the clicked button
        elif table == tables.PilotRecord.__tablename__ and \
                self._approved != self.doc.is_approved():
            QTimer.singleShot(0, self._approval_changed)
        self._status_timer.start(STATUS_REFRESH_MS)

    def _approval_changed(self) -> None:
        """Approved or withdrawn: the pilot's steps come or go, the form locks or opens;
        the window stays on the approval step."""
        self.build_pages()
        self.go_to_key(steps.APPROVAL_STEP.key)

    def refresh_now(self) -> None:
        """Check and mark at once, instead of after the pause that follows typing."""
        self._status_timer.stop()
        self.finish_opening()
        self._refresh_steps()

    def _refresh_steps(self) -> None:
        """Mark each step: ✔ without errors, ○ with, and the counts of both kinds."""
        if not self.doc.ready:
            return  # (``file_ready`` checks it then)
        try:
            problems = rules.check(self.doc)
        except pending.write_errors() as error:  # the file cannot be read now: say why
            self.session.report(pending.classify(self.doc.path, error))
            return
        for page in self.pages:
            page.quiet = self.hints.is_quiet
            page.mark_problems([p for p in problems if p.step == page.key])
        self.problems_changed.emit(problems)
        self._pilot_counts = self._read_pilot_counts()
        self._label_steps(problems)

    def _read_pilot_counts(self) -> tuple[int, int]:
        """Overdue and due-soon reminders of an approved pilot, for its step's label."""
        if not self._approved:
            return (0, 0)
        from app.pilot import data, progress

        from ui.pages.pilot_progress import today

        return progress.reminder_counts(data.load(self.doc, checksum=False), today())

    def _label_steps(self, problems: list[rules.Problem] | None) -> None:
        """Number and title each step; with ``problems``, their marks and counts too."""
        for number, step in enumerate(self.window_steps):
            item = self.steps.item(number)
            title = _(steps.step_title(step, self.doc.org_type), TITLE)
            if problems is None:
                item.setText(f"{number + 1}. {title}")
                continue
            mine = [p for p in problems if p.step == step.key]
            hints = sum(map(self.hints.is_quiet, mine))  # (counted once the user was there)
            errors = sum(p.severity == rules.ERROR and not self.hints.is_quiet(p) for p in mine)
            warnings = sum(p.severity == rules.WARNING and not self.hints.is_quiet(p) for p in mine)
            counts = (f"  {_('错')}{errors}" if errors else "") + (
                f"  {_('警')}{warnings}" if warnings else "")
            if step.key == steps.PILOT_STEPS[0].key:
                late, due = getattr(self, "_pilot_counts", (0, 0))
                counts = ("  " + _("逾期{n}").format(n=late) if late else "") + (
                    "  " + _("到期{n}").format(n=due) if due else "")
                item.setToolTip(_("{late} 项逾期，{due} 项即将到期").format(late=late, due=due))
            if step.key == "check" or step.key.startswith("pilot"):
                item.setText(f"{number + 1}. {title}{counts}")
                continue
            item.setText(f"{'○' if errors or hints else '✔'} {number + 1}. {title}{counts}")
            item.setToolTip(_("{e} 个错误，{w} 个警告").format(e=errors, w=warnings)
                            if errors or warnings else _("本步没有发现问题") if not hints
                            else _("{n} 项尚未填写").format(n=hints))

    def _show_saved(self, saved: bool) -> None:
        state = _("已自动保存") if saved else _("正在保存…")
        if self.session.failure is not None:
            state = (_("未能保存：{n} 处修改等待写入").format(n=self.session.waiting())
                     if self.session.waiting() else _("未能保存"))
        if self.doc.read_only:
            state = _("只读：已在另一个窗口中编辑")
        self.save_state.setText(state)
        self.setWindowTitle(_("{file}（{state}）— {product}").format(
            file=self.doc.path.name, state=state, product=_(PRODUCT_NAME)))

    # When the file refuses writes (app.pending)

    def _show_failure(self, failure: SaveFailed) -> None:
        self.banner.show_failure(failure, self.session.waiting())
        self._show_saved(False)
        if not self._retry_timer.isActive():
            self._retry_timer.start()

    def _recovered(self) -> None:
        self._retry_timer.stop()
        self.banner.hide()
        self._show_saved(True)
        self.statusBar().showMessage(_("文件已恢复写入，所有修改均已保存。"), 10_000)

    def _tell_refused(self, what: str) -> None:
        self.statusBar().showMessage(
            _("“{what}”未完成：文件暂时无法写入。").format(what=what), 15_000)

    def retry_saving(self) -> bool:
        """重试: write the waiting edits now; True once the file holds them all."""
        return self.session.retry()

    def ask_save_path(self) -> Path | None:
        """Where 另存为… writes the copy; None if the user cancelled."""
        from PySide6.QtWidgets import QFileDialog

        folder = paths.documents_dir()
        try:
            folder.mkdir(parents=True, exist_ok=True)  # (else the dialog opens somewhere odd)
        except OSError:
            folder = Path.home()
        default = folder / (_("{name}-副本").format(name=self.doc.path.stem) + paths.FILE_SUFFIX)
        chosen, _filter = QFileDialog.getSaveFileName(
            self, _("另存为"), str(default), _("申报文件") + " (*.stoa)")
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == paths.FILE_SUFFIX else path.with_suffix(
            paths.FILE_SUFFIX)

    def save_as(self) -> bool:
        """另存为…: everything, waiting edits too, into a new file; the window goes on there."""
        self._flush_typing()
        target = self.ask_save_path()
        return target is not None and self.save_copy_to(target)

    def save_copy_to(self, target: Path) -> bool:
        """Write the file as committed plus the waiting edits to ``target`` and switch to it."""
        from PySide6.QtWidgets import QMessageBox

        from app.document import ApplicationFile
        from app.lock import FileInUse

        try:
            self.session.writes.save_copy(target)
            copy = ApplicationFile.open(target, snapshot_later=True)
        except SaveFailed as failure:
            QMessageBox.critical(self, _("另存为失败"), failure_text(failure, 0))
            return False
        except (FileInUse, *pending.write_errors()) as error:
            QMessageBox.critical(self, _("另存为失败"), failure_text(
                pending.classify(target, error), 0))
            return False
        old = self.doc
        self.doc = copy
        self.session.switch_to(copy)
        try:
            old.close()
        except pending.write_errors():
            pass  # (its drive may be gone: nothing of it is needed any more)
        self.build_pages()
        self.file_key = self._file_key()
        self.file_switched.emit(target)
        self.statusBar().showMessage(_("已另存为「{path}」，此后的修改都保存到这个文件。").format(
            path=target), 30_000)
        return True

    def ask_unsaved(self) -> str:
        """``save_as``, ``discard`` or ``cancel``: closing while edits wait in memory."""
        from PySide6.QtWidgets import QMessageBox

        failure = self.session.failure
        box = QMessageBox(QMessageBox.Icon.Warning, _("有修改尚未保存"), _(
            "「{name}」目前无法写入，{n} 处修改只在本窗口中。关闭窗口会丢失这些修改。\n\n"
            "建议先“另存为…”到其他位置（例如本机的“文档”文件夹）。").format(
                name=self.doc.path.name, n=self.session.waiting())
            + ("\n\n" + failure_text(failure, 0) if failure is not None else ""), parent=self)
        save = box.addButton(_("另存为…"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(_("不保存，关闭"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(_("取消"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.exec()
        return {save: "save_as", discard: "discard"}.get(box.clickedButton(), "cancel")

    def _flush_typing(self) -> None:
        for page in (page for page in self.pages if page.built):
            for binding in page.bindings.values():
                binding.flush()

    def _show_step(self, number: int) -> None:
        if 0 <= number < len(self.pages):
            self.pages[number].ensure_built()  # shown or not (tests drive hidden windows)
            self.stack.setCurrentIndex(number)
            self.back.setEnabled(number > 0)
            self.next.setEnabled(number < len(self.pages) - 1)
            if hasattr(self, "file_key"):  # (not while the pages are first built)
                # At once, not only on closing: a window the computer shut down or that
                # crashed still reopens where the clerk was.
                preferences.put_in(LAST_STEPS, self.file_key, self.pages[number].key)

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
        # Write what a field still holds; everything else is already in the file, unless
        # the file refuses writes: then never drop what waits without asking.
        focused = self.focusWidget()
        if focused is not None:
            focused.clearFocus()
        for page in (page for page in self.pages if page.built):
            page.closing()
        self._flush_typing()
        while self.session.waiting() and not self.session.retry():
            answer = self.ask_unsaved()
            if answer == "discard":
                break
            if answer != "save_as" or not self.save_as():
                event.ignore()
                return
        self._remember_where()
        self._status_timer.stop()
        self._snapshot_timer.stop()
        self._retry_timer.stop()
        self.doc.close()
        self.closed.emit()
        super().closeEvent(event)


