"""导入数据备份 in a worker thread, behind a progress dialog whose 取消 stops it within a second.

Importing a large backup takes seconds; on the UI thread the window froze for all of
them. The worker runs ``app.json_io.import_json`` with the dialog's cancel flag, which
the import looks at between rows and between pieces of an attachment; a cancelled or
refused import leaves no file behind (it builds under a temporary name).
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from app import limits

from ui.i18n import _

PROGRESS_STEPS = 1000  # the dialog's range: fine enough for a smooth bar


class ImportWorker(QObject):
    """Runs one import; lives in its own thread, reports by signal."""

    progress = Signal(int, int)  # rows and attachments done, of how many
    done = Signal(object)  # the new file's Path
    failed = Signal(str)  # a message for the user ("" when cancelled)

    def __init__(self, source: Path, target: Path) -> None:
        super().__init__()
        self.source, self.target = source, target
        self.cancel_requested = threading.Event()

    def run(self) -> None:
        from app.call_store import CallNotOffered, preferred_call
        from app.json_io import ImportCancelled, ImportRefused, import_json
        from app.storage import FileRefused

        try:
            import_json(self.source, self.target, self.cancel_requested.is_set, self.progress.emit,
                        preferred_call())
        except ImportCancelled:
            self.failed.emit("")
        except (ImportRefused, FileRefused, CallNotOffered) as error:
            self.failed.emit(str(error))
        except OSError as error:
            self.failed.emit(_("无法导入「{name}」：{reason}").format(
                name=limits.excerpt(self.source.name), reason=error.strerror or limits.excerpt(error)))
        except Exception as error:  # noqa: BLE001 (a message in the window, never a traceback)
            self.failed.emit(_("导入「{name}」时出错：{reason}").format(
                name=limits.excerpt(self.source.name), reason=limits.excerpt(error, 120)))
        else:
            self.done.emit(self.target)


class ImportJob(QObject):
    """One import with its dialog; ``finished`` gives the new file, or None."""

    finished = Signal(object)  # Path | None (refused or cancelled)

    def __init__(self, source: Path, target: Path, parent_widget: QWidget | None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.parent_widget = parent_widget
        self.thread = QThread(self)
        self.worker = ImportWorker(Path(source), Path(target))
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.progress.connect(self._progress)
        self.worker.done.connect(self._done)
        self.worker.failed.connect(self._failed)
        self.dialog = QProgressDialog(_("正在导入「{name}」…").format(name=limits.excerpt(Path(source).name)),
                                      _("取消"), 0, PROGRESS_STEPS, parent_widget)
        self.dialog.setWindowTitle(_("导入数据备份"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        application = QCoreApplication.instance()
        if application is not None:  # quitting mid-import: stop it, never kill the thread
            application.aboutToQuit.connect(self._quitting)

    @property
    def running(self) -> bool:
        return self.thread.isRunning()

    def start(self) -> None:
        self.dialog.setValue(0)
        self.dialog.show()
        self.thread.start()

    def cancel(self) -> None:
        """Stop at the next row or piece of attachment; nothing is left behind."""
        self.worker.cancel_requested.set()
        self.dialog.setLabelText(_("正在取消导入…"))

    def _quitting(self) -> None:
        if self.thread.isRunning():
            self.worker.cancel_requested.set()
            self.thread.quit()
            self.thread.wait()

    def _progress(self, done: int, total: int) -> None:
        if total > 0 and not self.worker.cancel_requested.is_set():
            self.dialog.setValue(min(PROGRESS_STEPS, PROGRESS_STEPS * done // total))

    def _stop(self) -> None:
        self.thread.quit()
        self.thread.wait()
        self.dialog.hide()
        self.dialog.deleteLater()

    def _done(self, target: Path) -> None:
        self._stop()
        self.finished.emit(target)

    def _failed(self, message: str) -> None:
        self._stop()
        if message:
            QMessageBox.critical(self.parent_widget, _("无法导入数据备份"), message)
        self.finished.emit(None)
