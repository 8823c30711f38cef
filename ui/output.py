"""The check page's outputs: make the files in a worker thread, then preview or print them.

The worker ``QThread`` reads the file through its own read-only connection (every edit is
already in the file) and lays out and writes the outputs, so the window stays usable;
a progress bar and a cancel button show meanwhile. Every output stays disabled while the check has
errors, with the reason beside the buttons.

What was made last is kept in the application file (``app.output_record``) and listed
here whenever the file is open, with whether it still matches the file; the e-mail
buttons send only outputs that do. The document script is the application's own, also
kept in the file: the window's language never changes it, nor the output folder's name.
So is whether the zip holds the Word copy of the form too (``app.docx_choice``).
"""

from __future__ import annotations

import dataclasses
import html
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, QUrl, Signal
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
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

from app import docx_choice, output_record, tables
from app.call_store import call_of
from app.hant import SIMPLIFIED, TRADITIONAL

from ui.i18n import _, translated
from ui.marks import ERROR_COLOUR, WARNING_COLOUR
from ui.open_external import open_link, open_path

if TYPE_CHECKING:  # the export (reportlab) and the PDF viewer load when first used
    from app import export as outputs
    from app.document import ApplicationFile

    from ui.edits import EditSession

OK_COLOUR = "#1e7e34"


def default_folder(doc: ApplicationFile) -> Path:
    """Outputs go beside the application file, in a folder named after it (in Simplified
    whatever the window's language: a folder renamed by a switch would lose the outputs)."""
    return output_record.default_folder(doc.path)


class ExportWorker(QObject):
    """Runs ``outputs.export`` on a snapshot; lives in its own thread."""

    progress = Signal(int, object)  # percent, and what is done (an app.text.Text)
    done = Signal(object)  # the export.Result
    failed = Signal(object)  # a message for the user ("" when cancelled)

    def __init__(self, path: Path, folder: Path, language: str = SIMPLIFIED,
                 docx_in_package: bool | None = None) -> None:
        super().__init__()
        self.path, self.folder, self.language = path, folder, language
        self.docx_in_package = docx_in_package  # (the panel's: a read-only file keeps none)
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
                                    self.cancel_requested.is_set, self.language,
                                    self.docx_in_package)
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

    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(_("输出申报材料"), parent)
        self.session = session
        self.doc = session.doc
        # Nobody at the screen (--self-test): a failure is said in the panel only; a
        # message box would wait for a click that never comes.
        self.unattended = False
        self.record = self._read_record()
        self.status: output_record.Status | None = None  # the record against the file now
        self.checksum = ""  # of the file now, when compared
        self._compare_owed = False
        self._edited = True  # since the checksum was taken (it reads the whole file)
        session.changed.connect(self._on_edit)
        self.folder = self.record.folder if self.record is not None else default_folder(self.doc)
        self.last: outputs.Result | None = None  # made in this window (its warnings)
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

        # The document script: fixed texts of the form, mailing sheet and e-mail draft.
        # The application's own, kept in its file (never English: the bureau reads Chinese);
        # the window's language has no say in it.
        self.language = QComboBox()
        self.language.addItem(_("简体字"), SIMPLIFIED)
        self.language.addItem(_("繁体字"), TRADITIONAL)
        self._show_script(output_record.script_of(self.doc))
        self.language.activated.connect(self._script_chosen)
        self.language.setToolTip(_("标题、栏目名称和选项用所选字体；填写的内容保持原样。"))
        session.field_changed.connect(self._field_changed)
        language_row = QHBoxLayout()
        language_row.addWidget(QLabel(_("申报书用字：")))
        language_row.addWidget(self.language)
        language_row.addStretch(1)

        # 申报书.docx is always written; whether the zip takes it too is the file's choice.
        from app.export import FORM_DOCX_FILE  # (file names stay Simplified in every language)

        self.docx_choice = QCheckBox(_("电子版压缩包中也放入申报书 Word 版（{name}）").format(
            name=FORM_DOCX_FILE))
        self.docx_choice.setToolTip(_("{name} 总会写入输出文件夹；选中时也放入压缩包并列入文件清单。")
                                    .format(name=FORM_DOCX_FILE))
        self._show_docx_choice()
        self.docx_choice.clicked.connect(self._docx_chosen)

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
        self.result.linkActivated.connect(lambda link: open_link(link, self))
        self.recorded = QLabel()  # the last outputs, and whether they match the file now
        self.recorded.setWordWrap(True)
        self.recorded.linkActivated.connect(lambda link: open_link(link, self))

        from app.export import TWO_COPIES_FILE  # (file names stay Simplified in every language)

        layout = QVBoxLayout(self)
        note = QLabel(_("一次生成全部材料：申报书 PDF 和 Word 版；“{two_copies}”（按顺序包含两份完整的"
                        "申报书，也可用“打印”直接打印两份）；邮寄封面；电子版压缩包和发送它的邮件草稿。"
                        "每页页脚的校验码与电子版一致。").format(two_copies=TWO_COPIES_FILE))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        layout.addWidget(note)
        layout.addLayout(folder_row)
        layout.addLayout(language_row)
        layout.addWidget(self.docx_choice)
        layout.addLayout(buttons)
        layout.addWidget(self.reason)
        layout.addWidget(self.progress_box)
        layout.addWidget(self.result)
        layout.addWidget(self.recorded)
        layout.addWidget(self.warning)
        layout.addLayout(mail_row)
        self.errors = 0
        self._show_folder()
        self.set_errors(0)
        if getattr(self.doc, "ready", True):  # (else once the check has run: list_problems)
            self.refresh_record()
        else:
            self._show_record()

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
        sendable = (self.record is not None and self.status is not None
                    and self.status.usable and not self.busy())
        for button in (self.mail_button, self.copy_button):
            button.setEnabled(sendable)
            button.setToolTip("" if sendable or self.record is None
                              else _("生成的材料与当前内容不一致，请重新生成后再发送。"))

    def _show_folder(self) -> None:
        self.folder_label.setText(_("输出到：{folder}").format(folder=self.folder))

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, _("选择输出文件夹"), str(self.folder))
        if chosen:
            self.folder = Path(chosen)
            self._show_folder()

    def open_folder(self) -> None:
        target = self.folder if self.folder.exists() else self.folder.parent
        open_path(target, _("文件夹"), self)

    # -- the document script -----------------------------------------------------------------

    def _show_script(self, script: str) -> None:
        self.language.blockSignals(True)
        self.language.setCurrentIndex(max(0, self.language.findData(script)))
        self.language.blockSignals(False)

    def _script_chosen(self, _index: int) -> None:
        """Kept in the file (an edit that can be undone), unless the file is read-only."""
        if not self.doc.read_only:
            self.session.set_value(tables.Application, 1, "document_script",
                                   self.language.currentData())
        self.refresh_record()

    def _field_changed(self, table: str, _row_id: int, name: str) -> None:
        if table == tables.Application.__tablename__ and name == "document_script":
            self._show_script(output_record.script_of(self.doc))  # (an undo, a redo)
            self.refresh_record()
        elif table == tables.Application.__tablename__ and name == docx_choice.COLUMN:
            self._show_docx_choice()

    # -- the Word copy in the package ----------------------------------------------------

    def _show_docx_choice(self) -> None:
        self.docx_choice.setChecked(docx_choice.in_package(self.doc))

    def _docx_chosen(self, checked: bool) -> None:
        """Kept in the file (an edit that can be undone), unless the file is read-only:
        then the box holds the choice until the window closes."""
        if not self.doc.read_only:
            self.session.set_value(tables.Application, 1, docx_choice.COLUMN, checked)

    # -- the last outputs -----------------------------------------------------------------

    def _read_record(self) -> output_record.OutputRecord | None:
        try:
            return output_record.read(self.doc)
        except Exception:  # noqa: BLE001 (a record that cannot be read is no record)
            return None

    def refresh_record(self) -> None:
        """Compare the recorded outputs with the file and the folder as they are now.

        Only while the panel shows (else when it next does): the checksum reads the whole
        file, 0.3 s for a large application, too much after every pause in typing."""
        if self.record is not None and not self.isVisible():
            self._compare_owed = True
            self._show_record()  # (the list at once; whether it matches, once shown)
            return
        self._compare_owed = False
        if self.record is not None:
            if self._edited or not self.checksum:
                try:
                    self.checksum = output_record.current_checksum(self.doc)
                    self._edited = False
                except Exception:  # noqa: BLE001 (the window reports a file it cannot read)
                    self.checksum = ""
            self.status = output_record.status(self.record, self.checksum,
                                               self.language.currentData(), self._call_checksum())
        self._show_record()
        self._enable()

    def _call_checksum(self) -> str:
        try:
            return call_of(self.doc).checksum
        except Exception:  # noqa: BLE001 (a call that cannot be read: not compared)
            return ""

    def _on_edit(self, *_where: object) -> None:
        self._edited = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._compare_owed and getattr(self.doc, "ready", True):
            self.refresh_record()

    def _show_record(self) -> None:
        record, status = self.record, self.status
        if record is None:
            self.recorded.clear()
            self.recorded.hide()
            return
        script = _("简体字") if record.script == SIMPLIFIED else _("繁体字")
        lines = [_("上次生成：{time}（{script}），在 {folder}").format(
            time=html.escape(record.made), script=script, folder=html.escape(str(record.folder)))]
        gone = set(status.missing) if status is not None else set()
        for item in record.files:
            path = record.path(item.name)
            name = html.escape(item.name)
            lines.append(f"· {name}" if item.name in gone else
                         f"· <a href='{QUrl.fromLocalFile(str(path)).toString()}'>{name}</a>")
        lines.append(_("校验码：{c}").format(c=html.escape(record.checksum)))
        if status is None:
            lines.append(_("正在核对是否与当前内容一致…"))
        else:
            lines += self._verdict(status)
        self.recorded.setText("<br>".join(lines))
        self.recorded.show()

    def _verdict(self, status: output_record.Status) -> list[str]:
        """Whether the files can still be sent, and if not, why: each reason, in red."""
        if status.usable:
            return [f"<span style='color:{OK_COLOUR}'>✔ " + _("与当前内容一致") + "</span>"]
        reasons = []
        if status.content_changed:
            reasons.append(_("内容已修改，请重新生成") + (_("（当前内容的校验码：{c}）").format(
                c=self.checksum) if self.checksum else ""))
        if status.script_changed:
            reasons.append(_("申报书用字已更改，请重新生成"))
        if status.call_changed:
            reasons.append(_("申报通知已更换，请重新检查并重新生成"))
        if status.missing:
            reasons.append(_("已不在文件夹中（被删除或移走）：{names}，请重新生成").format(
                names="、".join(status.missing)))
        if status.replaced:
            reasons.append(_("已被替换或修改：{names}，请重新生成").format(
                names="、".join(status.replaced)))
        return [f"<span style='color:{ERROR_COLOUR}'>✗ {html.escape(reason)}</span>"
                for reason in reasons]

    # -- the worker ----------------------------------------------------------------------

    def start(self, then: str) -> None:
        """Write the outputs in a worker thread; ``then`` preview or print them."""
        if self.busy() or self.errors:
            return
        self._then = then
        self._thread = QThread(self)
        # Everything, reading included, happens in the worker: the window stays responsive.
        self._worker = ExportWorker(self.doc.path, self.folder, self.language.currentData(),
                                    self.docx_choice.isChecked())
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
        self._remember(result)
        self._stop_thread()
        self.result.setText(_("已生成（点击文件名打开）。"))
        self.refresh_record()
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
        if not self.unattended:
            QMessageBox.warning(self, _("输出失败"), message)

    def _remember(self, result: outputs.Result) -> None:
        """Record what was just written in the file, so it is listed when reopened."""
        names = [path.name for path in result.files]
        folder = result.files[0].parent if result.files else self.folder
        record = output_record.make(folder, names, result.checksum,
                                    self.language.currentData(), result.recipient,
                                    result.subject, call=result.call)
        from app import compare_source  # (reads JSON schemas: not at the window's start)

        # The content they show, for 与上次输出比较.
        self.record = dataclasses.replace(
            record, content=compare_source.content_for_record(self.doc, result.checksum))
        if not self.doc.read_only:  # (a read-only window lists it until closed)
            record = self.record
            self.session.attempt(lambda: output_record.write(self.doc, record))

    def open_mail(self) -> None:
        """Open the draft in the mail program (Outlook opens it as a new message)."""
        draft = self.record.of_kind(".eml") if self.record is not None else None
        if draft is not None:
            open_path(draft, _("邮件草稿"), self)

    def copy_address(self) -> None:
        """For webmail: the address and the subject, to paste into a new message."""
        if self.record is not None:
            QGuiApplication.clipboard().setText(f"{self.record.recipient}\n{self.record.subject}")
            self.result.setText(self.result.text() + "<br>" + _("已复制：{to}　{subject}").format(
                to=self.record.recipient, subject=self.record.subject))

    def pdf_path(self) -> Path:
        from app.export import FORM_FILE

        return self.folder / FORM_FILE

    def preview(self) -> None:
        from ui.pdf_view import PreviewDialog

        PreviewDialog(self.pdf_path(), self).exec()

    def print_form(self) -> None:
        from ui.printing import PrintRefused, ask_and_print

        copies = call_of(self.doc).paper_copies
        try:
            job = ask_and_print(self.pdf_path(), copies, self)
        except PrintRefused as error:
            QMessageBox.warning(self, _("打印失败"), str(error))
            return
        if job is not None:
            self.result.setText(self.result.text() + "<br>" + job.summary)
            self.printed.emit(job.summary)
