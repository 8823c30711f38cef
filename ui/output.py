"""The check page's outputs: make the files in a worker thread, then preview or print them.

The worker ``QThread`` reads the file through its own read-only connection (every edit is
already in the file) and lays out and writes the outputs, so the window stays usable;
a progress bar and a cancel button show meanwhile. Every output stays disabled while the check has
errors, with the reason beside the buttons.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.call import load_call
from app.hant import SIMPLIFIED, TRADITIONAL

from ui.i18n import _, current_language, translated
from ui.marks import ERROR_COLOUR, WARNING_COLOUR

if TYPE_CHECKING:  # the export (reportlab) and the PDF viewer load when first used
    from app import export as outputs
    from app.document import ApplicationFile


def default_folder(doc: ApplicationFile) -> Path:
    """Outputs go beside the application file, in a folder named after it."""
    return doc.path.parent / _("{name}-申报材料").format(name=doc.path.stem)


class ExportWorker(QObject):
    """Runs ``outputs.export`` on a snapshot; lives in its own thread."""

    progress = Signal(int, object)  # percent, and what is done (an app.text.Text)
    done = Signal(object)  # the export.Result
    failed = Signal(object)  # a message for the user ("" when cancelled)

    def __init__(self, path: Path, folder: Path, language: str = SIMPLIFIED) -> None:
        super().__init__()
        self.path, self.folder, self.language = path, folder, language
        self.cancel_requested = threading.Event()

    def run(self) -> None:
        """Read the file through a read-only connection of this thread, then write.

        Whatever happens, exactly one of ``done`` and ``failed`` is emitted: the panel
        never waits on a worker that died of an unforeseen error.
        """
        from app import export as outputs
        from app.document import ApplicationFile
        from app.pdf.form import TextTooLong
        from app.storage import FileRefused

        try:
            self.progress.emit(0, "正在读取申报文件…")
            doc = ApplicationFile.open(self.path, read_only=True)
            try:
                snapshot = outputs.take_snapshot(doc)
            finally:
                doc.close()
            if self.cancel_requested.is_set():
                raise outputs.ExportCancelled()
            result = outputs.export(snapshot, self.folder, self.progress.emit,
                                    self.cancel_requested.is_set, self.language)
        except FileRefused as error:
            self.failed.emit(error.args[0])
        except outputs.ExportCancelled:
            self.failed.emit("")
        except (outputs.ExportBlocked, outputs.ExportChanged, TextTooLong) as error:
            self.failed.emit(error.args[0])  # the app.text.Text, translated when shown
        except outputs.ExportFailed as error:
            self.failed.emit(error.message)
        except OSError as error:
            self.failed.emit(_("无法写入「{name}」：{reason}").format(
                name=error.filename or self.folder, reason=error.strerror or error))
        except Exception as error:  # noqa: BLE001 (a message, never a silent dead worker)
            self.failed.emit(_("输出时出现意外错误（{kind}），之前输出的申报材料保持原样。"
                               "请再试一次；若仍失败，请把申报文件发给技术支持。").format(
                kind=type(error).__name__))
        else:
            self.done.emit(result)


class OutputPanel(QGroupBox):
    """生成 / 预览 / 打印 / 打开所在文件夹, the e-mail helpers, and what was written."""

    finished = Signal(object)  # the export.Result
    printed = Signal(str)  # what was sent to which printer, for the status line

    def __init__(self, doc: ApplicationFile, parent: QWidget | None = None) -> None:
        super().__init__(_("输出申报材料"), parent)
        self.doc = doc
        self.folder = default_folder(doc)
        self.last: outputs.Result | None = None
        self._thread: QThread | None = None
        self._worker: ExportWorker | None = None
        self._then: str = ""  # what to do once the files are written: preview, print

        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        change = QPushButton(_("更改…"))
        change.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(change)

        # The document language: fixed texts of the form, mailing sheet and e-mail draft.
        # Traditional by default when the window is; never English (the bureau reads Chinese).
        self.language = QComboBox()
        self.language.addItem(_("简体字"), SIMPLIFIED)
        self.language.addItem(_("繁体字"), TRADITIONAL)
        self.language.setCurrentIndex(1 if current_language() == TRADITIONAL else 0)
        self.language.setToolTip(_("标题、栏目名称和选项用所选字体；填写的内容保持原样。"))
        language_row = QHBoxLayout()
        language_row.addWidget(QLabel(_("申报书用字：")))
        language_row.addWidget(self.language)
        language_row.addStretch(1)

        self.make_button = QPushButton(_("生成全部申报材料"))
        self.preview_button = QPushButton(_("预览"))
        self.print_button = QPushButton(_("打印…"))
        self.open_button = QPushButton(_("打开所在文件夹"))
        self.make_button.clicked.connect(lambda: self.start(""))
        self.preview_button.clicked.connect(lambda: self.start("preview"))
        self.print_button.clicked.connect(lambda: self.start("print"))
        self.open_button.clicked.connect(self.open_folder)
        buttons = QHBoxLayout()
        for button in (self.make_button, self.preview_button, self.print_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.mail_button = QPushButton(_("打开邮件草稿"))
        self.copy_button = QPushButton(_("复制收件地址和主题"))
        self.mail_button.clicked.connect(self.open_mail)
        self.copy_button.clicked.connect(self.copy_address)
        mail_row = QHBoxLayout()
        mail_row.addWidget(self.mail_button)
        mail_row.addWidget(self.copy_button)
        mail_row.addStretch(1)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(f"color: {WARNING_COLOUR};")
        self.warning.hide()

        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.cancel_button = QPushButton(_("取消"))
        self.cancel_button.clicked.connect(self.cancel)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        self.progress_box = QWidget()
        self.progress_box.setLayout(progress_row)
        self.progress_box.hide()
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setOpenExternalLinks(False)
        self.result.linkActivated.connect(lambda link: QDesktopServices.openUrl(QUrl(link)))

        from app.export import TWO_COPIES_FILE  # (file names stay Simplified in every language)

        layout = QVBoxLayout(self)
        note = QLabel(_("一次生成全部材料：申报书 PDF；“{two_copies}”（按顺序包含两份完整的申报书，"
                        "也可用“打印”直接打印两份）；邮寄封面；电子版压缩包和发送它的邮件草稿。"
                        "每页页脚的校验码与电子版一致。").format(two_copies=TWO_COPIES_FILE))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        layout.addWidget(note)
        layout.addLayout(folder_row)
        layout.addLayout(language_row)
        layout.addLayout(buttons)
        layout.addWidget(self.reason)
        layout.addWidget(self.progress_box)
        layout.addWidget(self.result)
        layout.addWidget(self.warning)
        layout.addLayout(mail_row)
        self.errors = 0
        self._show_folder()
        self.set_errors(0)

    # -- state ---------------------------------------------------------------------

    def set_errors(self, errors: int) -> None:
        """Outputs are allowed only without errors; say why when they are not."""
        self.errors = errors
        self.reason.setText(_("还有 {n} 个错误，改正后才能输出申报书（见上方列表，点击可转到出错位置）。")
                            .format(n=errors) if errors else "")
        self.reason.setVisible(bool(errors))
        self._enable()

    def busy(self) -> bool:
        return self._thread is not None

    def _enable(self) -> None:
        allowed = not self.errors and not self.busy()
        for button in (self.make_button, self.preview_button, self.print_button):
            button.setEnabled(allowed)
            button.setToolTip("" if allowed else self.reason.text())
        for button in (self.mail_button, self.copy_button):
            button.setEnabled(self.last is not None and not self.busy())

    def _show_folder(self) -> None:
        self.folder_label.setText(_("输出到：{folder}").format(folder=self.folder))

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, _("选择输出文件夹"), str(self.folder))
        if chosen:
            self.folder = Path(chosen)
            self._show_folder()

    def open_folder(self) -> None:
        target = self.folder if self.folder.exists() else self.folder.parent
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    # -- the worker ----------------------------------------------------------------------

    def start(self, then: str) -> None:
        """Write the outputs in a worker thread; ``then`` preview or print them."""
        if self.busy() or self.errors:
            return
        self._then = then
        self._thread = QThread(self)
        # Everything, reading included, happens in the worker: the window stays responsive.
        self._worker = ExportWorker(self.doc.path, self.folder, self.language.currentData())
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progress.connect(self._on_progress)
        self._worker.done.connect(self._on_done)
        self._worker.failed.connect(self._on_failed)
        self.progress.setValue(0)
        self.progress_box.show()
        self.result.clear()
        self._enable()
        self._thread.start()

    def cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel_requested.set()
            self.progress.setFormat(_("正在取消…"))

    def cancel_and_wait(self) -> None:
        """The window is closing: stop the worker and wait for it (well under a second:
        the layout checks the cancel often, and an unfinished set is simply dropped)."""
        if self._worker is not None:
            self._worker.cancel_requested.set()
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()

    def _on_progress(self, percent: int, text: str) -> None:
        self.progress.setValue(percent)
        self.progress.setFormat(f"{translated(text)} %p%")

    def _stop_thread(self) -> None:
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread.deleteLater()
        if self._worker is not None:
            self._worker.deleteLater()
        self._thread = self._worker = None
        self.progress_box.hide()
        self.progress.setFormat("%p%")
        self._enable()

    def _on_done(self, result: outputs.Result) -> None:
        self.last = result
        self._stop_thread()
        links = "<br>".join(f"<a href='{QUrl.fromLocalFile(str(p)).toString()}'>{p.name}</a>"
                            for p in result.files)
        self.result.setText(_("已生成（点击打开）：") + "<br>" + links + "<br>"
                            + _("校验码：{c}").format(c=result.checksum))
        self.warning.setText("<br>".join(translated(w) for w in result.warnings))
        self.warning.setVisible(bool(result.warnings))
        self.finished.emit(result)
        if self._then == "preview":
            self.preview()
        elif self._then == "print":
            self.print_form()

    def _on_failed(self, message: str) -> None:
        self._stop_thread()
        if not message:
            self.result.setText(_("已取消，没有留下未完成的文件。"))
            return
        message = translated(message)
        self.result.setText(f"<span style='color:{ERROR_COLOUR}'>{message}</span>")
        QMessageBox.warning(self, _("输出失败"), message)

    def open_mail(self) -> None:
        """Open the draft in the mail program (Outlook opens it as a new message)."""
        if self.last is not None and self.last.mail_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last.mail_path)))

    def copy_address(self) -> None:
        """For webmail: the address and the subject, to paste into a new message."""
        if self.last is not None:
            QGuiApplication.clipboard().setText(f"{self.last.recipient}\n{self.last.subject}")
            self.result.setText(self.result.text() + "<br>" + _("已复制：{to}　{subject}").format(
                to=self.last.recipient, subject=self.last.subject))

    def pdf_path(self) -> Path:
        from app.export import FORM_FILE

        return self.folder / FORM_FILE

    def preview(self) -> None:
        from ui.pdf_view import PreviewDialog

        PreviewDialog(self.pdf_path(), self).exec()

    def print_form(self) -> None:
        from ui.printing import PrintRefused, ask_and_print

        copies = load_call().paper_copies
        try:
            job = ask_and_print(self.pdf_path(), copies, self)
        except PrintRefused as error:
            QMessageBox.warning(self, _("打印失败"), str(error))
            return
        if job is not None:
            self.result.setText(self.result.text() + "<br>" + job.summary)
            self.printed.emit(job.summary)
