"""The members step's 成员填报包 box: send packets, take answers back, attach a returned
support letter's scan to its member, and see at a glance who was sent what, who has
answered and whose letter is still missing."""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app import choices, dialog_folders, limits, paths, reading, tables
from app.call_store import call_of

from ui.i18n import _

if TYPE_CHECKING:
    from ui.edits import EditSession
    from ui.list_editor import ListEditor

SCAN_SUFFIXES = (".pdf", ".ofd", ".jpg", ".jpeg", ".png")


class PacketPanel(QGroupBox):
    def __init__(self, session: EditSession, editor: ListEditor, parent: QWidget | None = None) -> None:
        super().__init__(_("成员填报包"), parent)
        self.session = session
        self.editor = editor
        layout = QVBoxLayout(self)
        note = QLabel(_("把填报表和支持函发给成员单位，由它们填写、盖章后交回，"
                        "交回的填报表在这里导入，不必重新录入。"))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        layout.addWidget(note)
        row = QHBoxLayout()
        self.make_button = QPushButton(_("生成成员填报包…"))
        self.make_button.setToolTip(_("为选中的单位（未选中时为全部成员单位）生成填报表、支持函和邮件草稿"))
        self.import_button = QPushButton(_("导入成员回执…"))
        self.letter_button = QPushButton(_("上传选中单位的支持函扫描件…"))
        for button in (self.make_button, self.import_button, self.letter_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.make_button.clicked.connect(self.open_packet_dialog)
        self.import_button.clicked.connect(self.choose_answers)
        self.letter_button.clicked.connect(self.choose_letter)
        self.dialog: QWidget | None = None
        session.changed.connect(self._on_changed)
        self.show_status()

    def _on_changed(self, table: str, _row_id: int | None) -> None:
        if table in (tables.Member.__tablename__, tables.Attachment.__tablename__):
            self.show_status()

    def selected_ids(self) -> set[int]:
        rows = self.editor.rows.rows
        numbers = {index.row() for index in self.editor.view.selectionModel().selectedIndexes()}
        return {rows[n].id for n in numbers if n < len(rows) and not rows[n].is_applicant}

    def show_status(self) -> None:
        """One line per member: packet sent (when), answered (when), support letter."""
        doc = self.session.doc
        letters = {a.member_id for a in doc.rows(tables.Attachment)
                   if a.kind == choices.SUPPORT_LETTER}
        members = [m for m in doc.rows(tables.Member) if not m.is_applicant]
        if not members:
            self.status.setText(_("添加成员单位后即可生成填报包。"))
            return
        head = "".join(f"<th align='left'>{html.escape(text)}</th>" for text in (
            _("单位"), _("填报包"), _("回执"), _("支持函")))
        lines = []
        for member in members:
            sent = member.packet_sent or "—"
            answered = (_("{date} 已导入").format(date=member.packet_answered)
                        if member.packet_answered else
                        f"<span style='color:#b9770e'>{html.escape(_('未交回'))}</span>"
                        if member.packet_sent else "—")
            letter = (f"<span style='color:#1e7e34'>✔ {html.escape(_('已上传'))}</span>"
                      if member.id in letters else
                      f"<span style='color:#c0392b'>✘ {html.escape(_('缺'))}</span>")
            name = html.escape(member.name or _("（未填写名称的单位）"))
            lines.append(f"<tr><td>{name}</td><td>{sent}</td><td>{answered}</td><td>{letter}</td></tr>")
        self.status.setText(f"<table cellspacing='0' cellpadding='2'><tr>{head}</tr>"
                            f"{''.join(lines)}</table>")

    def open_packet_dialog(self) -> None:
        from ui.packets_dialog import PacketDialog

        self.dialog = PacketDialog(self.session, self.selected_ids(), self.window())
        self.dialog.open()  # (window-modal; the step stays drawn behind it)

    def choose_answers(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        start = dialog_folders.start_folder(dialog_folders.MEMBER_ANSWERS, paths.documents_dir())
        names, _filter = QFileDialog.getOpenFileNames(
            self, _("选择成员单位交回的填报表"), str(start), _("Excel 工作簿") + " (*.xlsx)")
        if names:
            dialog_folders.remember(dialog_folders.MEMBER_ANSWERS, Path(names[0]))
            self.import_answers([Path(name) for name in names])

    def import_answers(self, workbooks: list[Path]) -> None:
        from ui.answers_dialog import AnswersDialog

        self.dialog = AnswersDialog(self.session, workbooks, self.window())
        self.dialog.open()

    def choose_letter(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        ids = self.selected_ids()
        if len(ids) != 1:
            self.status.setText(_("请先在上面的名单中选中一家成员单位，再上传它的支持函扫描件。"))
            return
        start = dialog_folders.start_folder(dialog_folders.MEMBER_ANSWERS, paths.documents_dir())
        patterns = " ".join(f"*{suffix}" for suffix in SCAN_SUFFIXES)
        name, _filter = QFileDialog.getOpenFileName(
            self, _("选择支持函扫描件"), str(start), _("扫描件") + f" ({patterns})")
        if name:
            dialog_folders.remember(dialog_folders.MEMBER_ANSWERS, Path(name))
            self.attach_letter(ids.pop(), Path(name))

    def attach_letter(self, member_id: int, path: Path) -> bool:
        """The scan as the member's 成员单位支持函 in 附件, one undo step."""
        shown = limits.excerpt(path.name)
        if path.suffix.lower() not in SCAN_SUFFIXES:
            self.status.setText(_("「{name}」不是扫描件（PDF、OFD、JPG、PNG），未上传。").format(name=shown))
            return False
        try:
            data, _sha256 = reading.read_hashed(path, limits.attachment_refuse_bytes(call_of(self.session.doc)))
        except (reading.NotRegular, reading.TooLong):
            self.status.setText(_("「{name}」过大或不是普通文件，未上传。请压缩扫描件后再试。").format(name=shown))
            return False
        except OSError as error:
            self.status.setText(_("无法读取「{name}」：{reason}").format(name=shown, reason=error.strerror))
            return False
        self.session.add_attachment(choices.SUPPORT_LETTER, path.name, data, member_id)
        return True
