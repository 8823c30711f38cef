"""受理 in a worker thread: copying, unpacking and hashing a mailbox's worth of packages
takes seconds to minutes; the window shows progress and can stop between items."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

from app import limits

from ui.i18n import _


class IntakeWorker(QObject):
    """Runs ``app.intake.receive.receive``; lives in its own thread, reports by signal."""

    progress = Signal(int, int, str)  # items done, of how many, the one being read
    done = Signal(object)  # app.intake.receive.Outcome
    failed = Signal(str)  # a message ("" when cancelled)

    def __init__(self, sources: list[Path], register: Path) -> None:
        super().__init__()
        self.sources, self.register = sources, register
        self.cancel_requested = threading.Event()

    def run(self) -> None:
        from app.call_store import preferred_call
        from app.intake.receive import Cancelled, receive

        try:  # (checked against the call the start screen chose, as new applications are)
            outcome = receive(self.sources, self.register, preferred_call(),
                              progress=self.progress.emit,
                              cancelled=self.cancel_requested.is_set)
        except Cancelled:
            self.failed.emit("")
        except (OSError, ValueError) as error:
            self.failed.emit(_("受理时出错：{reason}").format(reason=limits.excerpt(str(error), 160)))
        except Exception as error:  # noqa: BLE001 (a message in the window, never a traceback)
            self.failed.emit(_("受理时出错：{reason}").format(reason=limits.excerpt(error, 160)))
        else:
            self.done.emit(outcome)


class IntakeJob(QObject):
    """One intake run in its thread; ``finished`` gives the outcome, or a message."""

    progress = Signal(int, int, str)
    finished = Signal(object, str)  # Outcome | None, message

    def __init__(self, sources: list[Path], register: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thread = QThread(self)
        self.worker = IntakeWorker(sources, register)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.progress.connect(self.progress)
        self.worker.done.connect(lambda outcome: self._end(outcome, ""))
        self.worker.failed.connect(lambda message: self._end(None, message))

    def start(self) -> None:
        self.thread.start()

    def cancel(self) -> None:
        self.worker.cancel_requested.set()

    def wait(self) -> None:
        self.thread.quit()
        self.thread.wait()

    def _end(self, outcome: object, message: str) -> None:
        self.wait()
        self.finished.emit(outcome, message)
