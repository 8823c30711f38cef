"""Start the window: fonts, translations, the start screen and one window per open file.

The first window is shown before the heavy parts (SQLModel, reportlab) are imported:
they load in a background thread once it is up (``WarmUp``), and this module imports
them only inside the methods that need them. A file named at start shows at once too:
``app.opening`` reads it without the ORM until the warm-up has loaded it. Even Qt
classes the first window does not show (QMessageBox, QFileDialog) are imported where
used: PySide6 builds each class's Python type, enums and all, on first import, a few
milliseconds apiece.
"""

from __future__ import annotations

import gc
import os
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import (
    QMessageLogContext,
    QObject,
    QTimer,
    QtMsgType,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from app import PRODUCT_NAME, __version__, paths, recent
from app.lock import FileInUse
from app.resources import resource_path

from ui.fonts import register_fonts
from ui.i18n import _, install_language, preferred_language, remember_language
from ui.instance import InstanceServer, hand_over
from ui.start_window import StartWindow

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtCore import QEvent

    from app import snapshots
    from app.document import ApplicationFile
    from app.storage import FileRefused

    from ui.import_job import ImportJob
    from ui.main_window import MainWindow

WARM_UP_DELAY_MS = 300
LISTEN_DELAY_MS = 100  # QtNetwork's import waits until the first window has painted
# What opening a file and making the outputs import. Imported later, in the worker that
# exports, they would hold the interpreter lock for a tenth of a second at a time and
# stall the window just when its progress bar should move.
HEAVY_MODULES = ("app.document", "app.rules.fields", "app.rules.cross", "app.rules.printing",
                 "app.json_io", "app.samples", "ui.main_window", "app.export", "app.pdf")
STORAGE_MODULES = 4  # the first four: enough to open a file and check it
HAND_OVER_WAIT_S = 5.0  # at most, for a file shown before them (app.opening)


def _open_errors() -> tuple[type[BaseException], ...]:
    """What opening or creating a file raises below ``FileRefused``: the system's errors
    (a read-only folder or share, a full disk, a blocked snapshot folder) and SQLite's,
    bare or wrapped by SQLAlchemy (a failed upgrade). (Evaluated only when something
    was raised: SQLAlchemy, if it is not loaded yet, cannot have raised it.)"""
    import sqlite3

    found: tuple[type[BaseException], ...] = (OSError, sqlite3.Error)
    loaded = sys.modules.get("sqlalchemy.exc")
    if loaded is not None:
        found += (loaded.SQLAlchemyError,)
    return found


def _warm_up(storage_loaded: Callable[[], None] | None = None) -> None:
    """Import what opening a file and exporting need while the user reads the window.

    ``storage_loaded`` is called as soon as a file can be opened and checked (the ORM and
    the rules are in); it may block while the window uses them, rather than share the
    interpreter with the imports that are left.
    """
    import importlib

    for number, name in enumerate(HEAVY_MODULES, start=1):
        importlib.import_module(name)
        if number == STORAGE_MODULES and storage_loaded is not None:
            storage_loaded()
    # What is loaded now lives as long as the process: keep it out of the collector's
    # full passes, which otherwise walk it all, holding the interpreter lock for 0.1 s
    # at a time while an export's worker makes objects. The garbage of the start goes
    # first: frozen, it would never be collected. (Only after a start, which turned the
    # collector off: app/__main__.)
    if not gc.isenabled():
        gc.collect()
        gc.freeze()
        gc.enable()


class WarmUp(QObject):
    """Runs ``_warm_up`` in a thread, once; says when the ORM has loaded.

    With ``hold`` set (a file is shown that the ORM must take over), the thread then
    waits until ``resume`` is set (the file is open for good and checked) before it
    imports the rest: the window's first check gets the interpreter to itself.
    """

    storage_loaded = Signal()  # (emitted from the thread: received in the window's)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.started = False
        self.hold = False
        self.storage_done = threading.Event()
        self.resume = threading.Event()

    def start(self) -> None:
        if not self.started:
            self.started = True
            threading.Thread(target=_warm_up, args=(self._storage_loaded,), name="warm-up",
                             daemon=True).start()

    def _storage_loaded(self) -> None:
        self.storage_done.set()
        self.storage_loaded.emit()
        if self.hold:
            self.resume.wait(HAND_OVER_WAIT_S)


BENCHMARK_ENV = "STO_APPLY_BENCHMARK"  # benchmarks/run.py: a key of _PAINT_CLASSES


class _FirstPaint(QObject):
    """For benchmarks/run.py: say when the first window of a kind is painted, then quit.

    ``checked``: when the first application window has painted *and* shown the check's
    marks, which for a file opened at start waits for the ORM (``app.opening``).
    """

    def __init__(self, app: QApplication, kind: str) -> None:
        from PySide6.QtCore import QEvent  # (a large type: only for benchmarks)

        super().__init__(app)
        self.app, self.kind = app, kind
        self.paint = QEvent.Type.Paint

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if (event.type() == self.paint and isinstance(watched, QWidget)
                and watched.isWindow() and type(watched).__name__ == _PAINT_CLASSES[self.kind]):
            self.app.removeEventFilter(self)
            if self.kind == "checked":
                watched.problems_changed.connect(self._done)  # type: ignore[attr-defined]
            else:
                self._done()
        return False

    def _done(self) -> None:
        print(f"PAINTED {self.kind}", flush=True)
        QTimer.singleShot(0, self.app.quit)


_PAINT_CLASSES = {"start": "StartWindow", "wizard": "MainWindow", "checked": "MainWindow"}


def report_first_paint(app: QApplication, kind: str) -> None:
    app.installEventFilter(_FirstPaint(app, kind))


def _quiet_offscreen_messages(kind: QtMsgType, context: QMessageLogContext, text: str) -> None:
    """The offscreen platform warns about window features it lacks; nothing to act on."""
    if "This plugin does not support" in text:
        return
    print(text, file=sys.stderr)  # (print: the windowed Windows executable has no stderr)


def make_application(offscreen: bool = False) -> QApplication:
    """The one QApplication, with our font, Qt's Chinese strings and the app's identity."""
    if offscreen:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if os.environ.get("QT_QPA_PLATFORM", "").startswith("offscreen"):  # (":options" too)
        qInstallMessageHandler(_quiet_offscreen_messages)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(PRODUCT_NAME)
    app.setApplicationVersion(__version__)
    icon = resource_path("icons", "app.png")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    install_language(app, preferred_language())
    register_fonts(app)
    return app


class Controller(QObject):
    """Moves the user between the start screen and application windows.

    With ``quick_open`` (a start of the application, ``run_gui``), the warm-up starts
    when the first window has painted, and a file opened before it has loaded the ORM
    shows at once from an ``app.opening.OpeningFile``, handed over once it has.
    """

    def __init__(self, quick_open: bool = False) -> None:
        super().__init__()
        self._start: StartWindow | None = None  # made when first shown
        self.windows: list[MainWindow] = []
        self.intake_window: QWidget | None = None
        self.quick_open = quick_open
        self.warm_up = WarmUp(self)
        self.warm_up.storage_loaded.connect(self._finish_openings)

    @property
    def start(self) -> StartWindow:
        if self._start is None:
            self._start = StartWindow()
            self._start.new_requested.connect(self.new)
            self._start.open_requested.connect(self.open)
            self._start.sample_requested.connect(self.open_sample)
            self._start.import_requested.connect(self.import_backup)
            self._start.language_requested.connect(self.set_language)
            self._start.intake_requested.connect(self.open_intake)
        return self._start

    def set_language(self, language: str) -> None:
        """Switch every window to ``language`` at once, and keep it for next time."""
        app = QApplication.instance()
        assert app is not None
        install_language(app, language)
        remember_language(language)
        for window in self.windows:
            window.retranslate()
        if self._start is not None:  # a new start screen, in the new language
            was_visible = self._start.isVisible()
            self._start.hide()
            self._start.deleteLater()
            self._start = None
            if was_visible:
                self.show_start()

    def open_intake(self) -> QWidget:
        """The bureau's mode, in a window of its own (one is enough: it is raised again)."""
        from ui.intake_window import IntakeWindow

        if self.intake_window is None:
            self.intake_window = IntakeWindow()
        self.intake_window.show()
        self.intake_window.raise_()
        return self.intake_window

    def _dialog_parent(self) -> QWidget | None:
        """The start screen if it is showing: a message opened from it stays on top of it."""
        return self._start if self._start is not None and self._start.isVisible() else None

    def open_requested(self, file: Path | None) -> None:
        """A later start of the application handed over ``file`` (None: just show up)."""
        if file is not None:
            self.open(file)
        elif self.windows:
            self.windows[-1].raise_()
            self.windows[-1].activateWindow()
        else:
            self.show_start()

    def show_start(self) -> None:
        self.start.refresh_recent()
        self.start.show()
        self.start.raise_()

    def _refuse(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(self._dialog_parent(),
                             _("无法打开申报文件"), message)

    def _cannot_open(self, path: Path, error: BaseException) -> None:
        """Opening ``path`` failed below the checks that speak for themselves (a folder
        that cannot be written, a full disk, a failed upgrade): say which file and why."""
        from ui.save_banner import open_failure_text

        self._refuse(open_failure_text(path, error))

    def _show(self, doc: ApplicationFile) -> MainWindow:
        from ui.main_window import MainWindow

        recent.remember(doc.path)
        window = MainWindow(doc)
        window.start_requested.connect(self.show_start)
        window.file_switched.connect(recent.remember)
        window.closed.connect(lambda: self._closed(window))
        window.restore_requested.connect(lambda snapshot: self.restore(window, snapshot))
        window.language_requested.connect(self.set_language)
        if self.quick_open:
            window.first_painted.connect(self.warm_up.start)
        self.windows.append(window)
        window.show()
        if self._start is not None:
            self._start.hide()
        return window

    def restore(self, window: MainWindow, snapshot: snapshots.Snapshot) -> MainWindow | None:
        """Close the file, put the snapshot back (after snapshotting it) and reopen it."""
        import sqlite3

        from app import snapshots

        path = window.doc.path
        if not window.close():  # (edits wait that the user would not drop)
            return window
        try:
            snapshots.restore(snapshot, path)
        except (OSError, sqlite3.Error) as error:
            self._refuse(_("无法恢复快照：{reason}").format(reason=error))
        return self.open(path)

    def _closed(self, window: MainWindow) -> None:
        if window in self.windows:
            self.windows.remove(window)
        if not self.windows:
            self.show_start()

    def open(self, path: Path) -> MainWindow | None:
        for window in self.windows:
            if window.doc.path.resolve() == Path(path).resolve():
                window.raise_()
                window.activateWindow()
                return window
        from app.storage import FileRefused

        local = self._local_path(Path(path))
        if local is None:
            return None
        try:
            if self.quick_open and not self.warm_up.storage_done.is_set():
                from app.opening import OpeningFile

                # (it answers for an ApplicationFile, and hands over to one: app.opening)
                doc = cast("ApplicationFile", OpeningFile.open(local))
                self.warm_up.hold = True
            else:
                from app.document import ApplicationFile

                doc = ApplicationFile.open(local, snapshot_later=True)  # once the window shows it
        except FileInUse as busy:  # (or a folder that cannot be written: storage.ReadOnlyLocation)
            return self._open_read_only(local, str(busy), elsewhere=type(busy) is FileInUse)
        except FileRefused as error:
            recovered = self._recover(local, error)
            if recovered is not None:
                return self.open(recovered)
            self.show_start()
            return None
        except _open_errors() as error:
            self._cannot_open(local, error)
            self.show_start()
            return None
        return self._show(doc)

    def _finish_openings(self) -> None:
        """The ORM has loaded: hand every file shown before it over (``app.opening``)."""
        from app.storage import FileRefused

        for window in [window for window in self.windows if not window.doc.ready]:
            try:
                window.finish_opening()
                window.refresh_now()
            except FileRefused as error:  # damaged beyond what opening it could see
                window.close()
                self._refuse(str(error))
            except _open_errors() as error:
                window.close()
                self._cannot_open(window.doc.path, error)
        self.warm_up.resume.set()

    def tell_read_only(self, message: str, elsewhere: bool = True) -> None:
        from PySide6.QtWidgets import QMessageBox

        hint = _("为避免两处同时修改，这里只能查看、检查和输出，不能编辑。要编辑，请在已打开它的窗口中进行。") \
            if elsewhere else _("这里只能查看、检查和输出，不能编辑。")
        QMessageBox.information(self._dialog_parent(), _("以只读方式打开"), message + "\n\n" + hint)

    def _open_read_only(self, path: Path, message: str,
                        elsewhere: bool = True) -> MainWindow | None:
        from app.document import ApplicationFile
        from app.storage import FileRefused

        self.tell_read_only(message, elsewhere)
        try:
            doc = ApplicationFile.open(path, read_only=True)
        except FileRefused as error:
            self._refuse(str(error))
            self.show_start()
            return None
        except _open_errors() as error:
            self._cannot_open(path, error)
            self.show_start()
            return None
        return self._show(doc)

    def ask_local_copy(self, path: Path, kind: str) -> str:
        """``copy``, ``here`` or ``cancel``: a file on a share or a USB stick."""
        from PySide6.QtWidgets import QMessageBox

        from app import drives

        where = _("网络驱动器") if kind == drives.NETWORK else _("可移动磁盘（如 U 盘）")
        box = QMessageBox(QMessageBox.Icon.Warning, _("文件不在本机磁盘上"), _(
            "「{name}」位于{where}上。在这类位置直接填写，断网或拔出时可能丢失正在保存的修改。\n\n"
            "建议复制到本机的“文档”文件夹中填写，完成后再把文件复制回去。").format(name=path.name, where=where),
            parent=self._dialog_parent())
        copy = box.addButton(_("复制到本机并打开"), QMessageBox.ButtonRole.AcceptRole)
        here = box.addButton(_("仍在原位置打开"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(_("取消"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(copy)
        box.exec()
        return {copy: "copy", here: "here"}.get(box.clickedButton(), "cancel")

    def _local_path(self, path: Path) -> Path | None:
        """``path``, or a copy of it on this PC when the user prefers; None if cancelled."""
        import sqlite3

        from app import drives, snapshots

        kind = drives.location_kind(path)
        if kind == drives.LOCAL or not path.is_file():
            return path
        answer = self.ask_local_copy(path, kind)
        if answer != "copy":
            return path if answer == "here" else None
        folder = paths.documents_dir()
        folder.mkdir(parents=True, exist_ok=True)
        target, number = folder / path.name, 2
        while target.exists():
            target = folder / f"{path.stem}-{number}{path.suffix}"
            number += 1
        try:
            snapshots.copy_database(path, target)
        except (OSError, sqlite3.DatabaseError) as error:
            self._refuse(_("无法复制「{name}」：{reason}").format(name=path.name, reason=error))
            return None
        return target

    def ask_restore(self, path: Path, message: str, snapshot: snapshots.Snapshot) -> bool:
        from PySide6.QtWidgets import QMessageBox

        from app import snapshots

        box = QMessageBox(QMessageBox.Icon.Critical, _("无法打开申报文件"),
                          message + "\n\n" + snapshots.recovery_hint(path),
                          parent=self._dialog_parent())
        restore = box.addButton(_("从快照恢复为新文件"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(_("关闭"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is restore

    def ask_repair(self, message: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, _("无法打开申报文件"), message,
                          parent=self._dialog_parent())
        repair = box.addButton(_("修复为新文件"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(_("关闭"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is repair

    def _repair(self, path: Path, error: FileRefused) -> Path | None:
        """Offer a mended copy of a file holding what we never write; it stays as it is."""
        from PySide6.QtWidgets import QMessageBox

        from app.storage import FileRefused, repair_copy

        if not self.ask_repair(str(error)):
            return None
        try:
            repaired, done = repair_copy(path)
        except FileRefused as failed:
            self._refuse(str(failed))
            return None
        QMessageBox.information(self._dialog_parent(), _("已修复为新文件"), _(
            "已把「{name}」修复为「{repaired}」，原文件保持不动。所做的修改：\n{done}").format(
                name=path.name, repaired=repaired.name, done="\n".join(done[:12])))
        return repaired

    def _recover(self, path: Path, error: FileRefused) -> Path | None:
        """Offer the latest snapshot of a damaged file, or a repaired copy of a file that
        holds what the application never writes; the file itself is left alone."""
        from app import snapshots
        from app.storage import NeedsRepair

        if isinstance(error, NeedsRepair):
            return self._repair(path, error)

        found = snapshots.latest(path) if error.damaged else None
        if found is None:
            self._refuse(str(error) + ("\n\n" + snapshots.recovery_hint(path) if error.damaged else ""))
            return None
        if not self.ask_restore(path, str(error), found):
            return None
        return snapshots.restore_copy(found, path)

    def new(self, org_type: str, path: Path) -> MainWindow | None:
        from app.call_store import CallNotOffered, preferred_call
        from app.document import ApplicationFile
        from app.storage import FileRefused

        try:
            doc = ApplicationFile.create(path, org_type, preferred_call())
            doc.touch_fill_date()
        except (FileRefused, FileInUse, CallNotOffered) as error:
            self._refuse(str(error))
            return None
        except _open_errors() as error:
            self._cannot_open(path, error)
            return None
        window = self._show(doc)
        window.hints.start()  # nothing typed yet: what is empty is a hint, not an error
        return window

    def import_backup(self, source: Path, target: Path) -> ImportJob:
        """Restore a data backup (export-json folder or unpacked zip) as a new file: in a
        worker behind a progress dialog (``ui.import_job``), opened once it is done."""
        from ui.import_job import ImportJob

        job = ImportJob(source, target, self._dialog_parent(), parent=self)
        job.finished.connect(lambda path: self._imported(job, path))
        job.start()
        return job

    def _imported(self, job: QObject, path: Path | None) -> None:
        job.deleteLater()
        if path is not None:
            self.open(path)

    def open_sample(self, org_type: str) -> MainWindow | None:
        """Open the user's copy of the sample, written to the documents folder the first
        time (and again only once it is gone): one copy, never a pile of them. The copy
        is the user's from then on, edits and outputs included, so it is reopened as is.
        Its name is the same in every window language, for the same reason."""
        from app.json_io import ImportRefused
        from app.samples import sample_copy_name, write_sample
        from app.storage import FileRefused

        folder = paths.documents_dir()
        target = folder / sample_copy_name(org_type)
        if target.exists():
            window = self.open(target)
            if window is not None:
                window.statusBar().showMessage(_(
                    "这是之前打开过的示例副本「{name}」（其中的修改都保留着）。"
                    "要重新开始，请关闭它并删除或改名该文件，再点“打开示例”。").format(name=target.name),
                    30_000)
            return window
        try:
            folder.mkdir(parents=True, exist_ok=True)
            doc = write_sample(org_type, target)
        except (FileRefused, ImportRefused) as error:
            self._refuse(str(error))
            return None
        except _open_errors() as error:
            self._cannot_open(target, error)
            return None
        return self._show(doc)


def run_gui(file: Path | None = None, self_test: bool = False,
            screenshots: Path | None = None) -> int:
    if file is not None:
        # Absolute from here on: the window shows where outputs go, and a running
        # instance given this file resolves it from its own working folder, not ours.
        file = Path(os.path.abspath(file))
    benchmark = os.environ.get(BENCHMARK_ENV)
    if not self_test and not benchmark and hand_over(file):
        return 0  # a running instance opens it: no second window, not even a QApplication
    app = make_application(offscreen=self_test)
    if self_test:
        from ui.self_test import run_self_test

        return run_self_test(app, screenshots, file)
    if benchmark:
        report_first_paint(app, benchmark)
    controller = Controller(quick_open=True)

    def listen() -> None:  # once the first window is up: later starts hand over to us
        server = InstanceServer(app)
        server.requested.connect(controller.open_requested)

    QTimer.singleShot(LISTEN_DELAY_MS, listen)
    if file is None or controller.open(file) is None:
        controller.show_start()
    # Once the first window has painted, load what the next steps will need (an
    # application window starts it as it paints).
    QTimer.singleShot(WARM_UP_DELAY_MS, controller.warm_up.start)
    return app.exec()
