"""成员 → 生成成员填报包: choose the members and a folder; one packet per member
(workbook, support letter PDF and .docx, e-mail draft) is written there."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QThread, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import dialog_folders, paths, tables

from ui import window_fit
from ui.i18n import _

if TYPE_CHECKING:
    from app.packets.making import PacketJob

    from ui.edits import EditSession

class PacketWorker(QObject):
    """Writes the planned packets in its own thread; touches no file of the application."""

    progress = Signal(int, int)  # packets written, of how many
    finished = Signal(str)  # "" when all were written, else why not

    def __init__(self, jobs: list[PacketJob]) -> None:
        super().__init__()
        self.jobs = jobs

    def run(self) -> None:
        from app.packets.making import write_packet

        try:
            for done, job in enumerate(self.jobs, start=1):
                write_packet(job)
                self.progress.emit(done, len(self.jobs))
        except OSError as error:
            self.finished.emit(str(error.strerror or error))
            return
        self.finished.emit("")


class PacketDialog(QDialog):
    """The members to send a packet to (``chosen`` pre-ticked) and where to write them."""

    def __init__(self, session: EditSession, chosen: set[int] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(_("生成成员填报包"))
        window_fit.fit(self, 560, 480)
        layout = QVBoxLayout(self)
        note = QLabel(_("为每家选中的单位生成一个文件夹：填报表（Excel，成员单位填写后发回）、"
                        "支持函（PDF 打印盖章，Word 可套用单位信笺）和一封写好的邮件草稿。"))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.members = QListWidget()
        for member in session.doc.rows(tables.Member):
            if member.is_applicant:
                continue
            sent = _("（{date} 已发）").format(date=member.packet_sent) if member.packet_sent else ""
            item = QListWidgetItem(f"{member.name or _('（未填写名称的单位）')}{sent}")
            item.setData(Qt.ItemDataRole.UserRole, member.id)
            ticked = chosen is None or not chosen or member.id in chosen
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.members.addItem(item)
        layout.addWidget(self.members)
        row = QHBoxLayout()
        row.addWidget(QLabel(_("输出文件夹：")))
        start = dialog_folders.start_folder(dialog_folders.MEMBER_PACKETS, paths.documents_dir())
        self.folder = QLineEdit(str(start / _("成员填报包")))
        row.addWidget(self.folder, 1)
        browse = QPushButton(_("选择…"))
        browse.clicked.connect(self.choose_folder)
        row.addWidget(browse)
        layout.addLayout(row)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.result)
        self.buttons = QDialogButtonBox()
        self.make_button = self.buttons.addButton(_("生成"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button = self.buttons.addButton(_("打开文件夹"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setEnabled(False)
        self.buttons.addButton(_("关闭"), QDialogButtonBox.ButtonRole.RejectRole)
        self.make_button.clicked.connect(self.make)
        self.open_button.clicked.connect(self.open_folder)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.made: list[Path] = []
        self.folder_written = Path()
        self.jobs: list[PacketJob] = []
        self.writer_thread: QThread | None = None

    def chosen_ids(self) -> list[int]:
        return [self.members.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.members.count())
                if self.members.item(i).checkState() == Qt.CheckState.Checked]

    def choose_folder(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        chosen = QFileDialog.getExistingDirectory(self, _("选择输出文件夹"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def make(self) -> None:
        """Read what the packets need here, write them in a worker (a second or so per
        member: the window stays live), then record the dates sent."""
        from app.packets.making import PacketRefused, plan_packets

        ids = self.chosen_ids()
        if not ids:
            self.result.setText(_("请至少勾选一家单位。"))
            return
        members = {m.id: m for m in self.session.doc.rows(tables.Member)}
        wanted = [members[i].credit_code or members[i].name for i in ids if i in members]
        folder = Path(self.folder.text().strip() or ".")
        try:
            self.jobs = plan_packets(self.session.doc, folder, wanted)
        except PacketRefused as error:
            self.result.setText(str(error))
            return
        self.folder_written = folder
        self.make_button.setEnabled(False)
        self.result.setText(_("正在生成填报包…"))
        self.writer_thread = QThread(self)
        self.worker = PacketWorker(self.jobs)
        self.worker.moveToThread(self.writer_thread)
        self.writer_thread.started.connect(self.worker.run)
        self.worker.progress.connect(self._progress)
        self.worker.finished.connect(self._finished)
        self.writer_thread.start()

    def _progress(self, done: int, total: int) -> None:
        self.result.setText(_("正在生成填报包（{done}/{total}）…").format(done=done, total=total))

    def _finished(self, failure: str) -> None:
        from app.packets.making import mark_sent

        self.writer_thread.quit()
        self.writer_thread.wait()
        self.make_button.setEnabled(True)
        folder = self.folder_written
        if failure:
            self.result.setText(_("无法写入「{folder}」：{reason}").format(folder=folder, reason=failure))
            return
        try:
            with self.session.deferred():
                mark_sent(self.session.doc, self.jobs, dt.date.today())
        except sqlite3.Error as error:  # (the files are written; the dates could not be)
            self.result.setText(_("填报包已生成在「{folder}」，但申报文件暂时无法写入发送日期（{reason}）。").format(
                folder=folder, reason=error))
            return
        dialog_folders.remember(dialog_folders.MEMBER_PACKETS, folder.parent)
        self.made = [job.folder for job in self.jobs]
        self.result.setText(_("已为 {n} 家单位生成填报包，保存在：{folder}。请把各文件夹中的邮件草稿"
                              "打开、核对收件人后发出（或把填报表和支持函另行发给对方）。").format(
            n=len(self.jobs), folder=folder))
        self.open_button.setEnabled(True)

    def done(self, result: int) -> None:  # (closed while writing: let the worker finish)
        if self.writer_thread is not None and self.writer_thread.isRunning():
            self.writer_thread.quit()
            self.writer_thread.wait()
        super().done(result)

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder_written)))
