"""Step 9: 附件 — files stored inside the application file, never as paths."""

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from app import choices, dialog_folders, limits, paths, reading, tables
from app.call_store import call_of

from ui.fields import member_label
from ui.form_page import FormPage
from ui.i18n import _
from ui.list_editor import Column


class AttachmentsPage(FormPage):
    key = "attachments"
    title = "附件"
    @property
    def intro(self) -> str:  # type: ignore[override]
        if self.doc.is_base:
            return ("附件随申报文件一并保存，复制申报文件或换电脑后仍可使用。必须上传营业执照或法人证书；"
                    "每家成员单位都需要一份支持函（通知二(一)1）。支持的格式：PDF、OFD、JPG、PNG、Word、Excel。")
        return ("附件随申报文件一并保存，复制申报文件或换电脑后仍可使用。必须上传营业执照或法人证书。"
                "支持的格式：PDF、OFD、JPG、PNG、Word、Excel。")

    def build(self) -> None:
        chooser = QWidget()
        row = QHBoxLayout(chooser)
        row.setContentsMargins(0, 0, 0, 0)
        self.kind = QComboBox()
        for kind in choices.ATTACHMENT_KINDS:
            self.kind.addItem(_(kind), kind)
        self.unit = QComboBox()
        self.unit.setMinimumWidth(220)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        add = QPushButton(_("选择文件并添加…"))
        add.clicked.connect(self.choose_files)
        row.addWidget(QLabel(_("附件类型")))
        row.addWidget(self.kind)
        row.addWidget(QLabel(_("所属单位")))
        row.addWidget(self.unit)
        row.addWidget(add)
        row.addStretch(1)
        self.column.addWidget(chooser)
        editor = self.list_group("attachments", "已添加的附件", tables.Attachment, [
            Column("kind", "附件类型", "choice", choices.ATTACHMENT_KINDS, 130),
            Column("member_id", "所属单位", "member", width=240),
            Column("name", "文件名", width=260, stretch=True),
            Column("size", "大小", "bytes", width=80),
        ], add_handler=self.choose_files)
        editor.buttons["add"].hide()  # the chooser above adds, with its kind and unit
        save = QPushButton(_("另存为…"))
        save.clicked.connect(self.save_selected)
        editor.button_row.addWidget(save)
        self.missing = QLabel()
        self.missing.setWordWrap(True)
        self.column.addWidget(self.missing)
        self.session.changed.connect(self._on_changed)
        self._fill_units()
        self._kind_changed()
        self._show_missing()

    def _on_changed(self, table: str, _row_id: int | None) -> None:
        if table == tables.Member.__tablename__:
            self._fill_units()
        if table in (tables.Member.__tablename__, tables.Attachment.__tablename__):
            self._show_missing()

    def _fill_units(self) -> None:
        current = self.unit.currentData()
        self.unit.clear()
        self.unit.addItem(_("（不指定）"), None)
        for member in self.doc.rows(tables.Member):
            self.unit.addItem(member_label(member), member.id)
        self.unit.setCurrentIndex(max(0, self.unit.findData(current)))

    def _kind_changed(self) -> None:
        self.unit.setEnabled(self.kind.currentData() == choices.SUPPORT_LETTER)

    def _show_missing(self) -> None:
        if not self.is_base:
            self.missing.setText("")
            return
        with_letter = {a.member_id for a in self.doc.rows(tables.Attachment)
                       if a.kind == choices.SUPPORT_LETTER}
        lacking = [m.name or _("（未填写名称的单位）") for m in self.doc.rows(tables.Member)
                   if not m.is_applicant and m.id not in with_letter]
        self.missing.setText(
            _("尚缺支持函的成员单位：{names}").format(names="、".join(lacking)) if lacking
            else _("每家成员单位都已上传支持函。"))

    def choose_files(self) -> None:
        """Add files picked in a dialog that opens where the last ones came from."""
        patterns = " ".join(f"*{suffix}" for suffix in choices.ATTACHMENT_SUFFIXES)
        start = dialog_folders.start_folder(dialog_folders.ATTACHMENTS, Path.home())
        names, _filter = QFileDialog.getOpenFileNames(
            self, _("选择附件"), str(start), _("附件文件") + f" ({patterns})")
        if names:
            dialog_folders.remember(dialog_folders.ATTACHMENTS, Path(names[0]))
        for name in names:
            self.add_file(Path(name))

    def add_file(self, path: Path) -> bool:
        """Store ``path`` as an attachment of the chosen kind; explain any refusal.

        Above the call's limit it is added and the check warns (``attachments.size``);
        far above it (``app.limits``) it is refused, before a byte is read."""
        call = call_of(self.doc)
        if path.suffix.lower() not in choices.ATTACHMENT_SUFFIXES:
            QMessageBox.warning(self, _("无法添加附件"),
                                _("「{name}」的格式不在允许范围内（PDF、OFD、JPG、PNG、Word、Excel）。").format(
                                    name=limits.excerpt(path.name)))
            return False
        refuse_above = limits.attachment_refuse_bytes(call)
        try:
            size = reading.regular_size(path)
            if size > refuse_above:
                QMessageBox.warning(self, _("无法添加附件"), _(
                    "「{name}」有 {size}，远超申报通知规定的单个附件 {limit} MB 上限"
                    "（超过 {most} 的附件不能添加），请压缩扫描件或分成几个文件后再添加。").format(
                        name=limits.excerpt(path.name), size=limits.megabytes(size),
                        limit=call.attachment_limit_mb, most=limits.megabytes(refuse_above)))
                return False
            data, _sha256 = reading.read_hashed(path, refuse_above)
        except (reading.NotRegular, reading.TooLong):
            QMessageBox.warning(self, _("无法添加附件"),
                                _("「{name}」不是普通文件（可能是文件夹、设备或管道），无法添加。").format(
                                    name=limits.excerpt(path.name)))
            return False
        except OSError as error:
            QMessageBox.warning(self, _("无法添加附件"),
                                _("无法读取「{name}」：{reason}").format(name=limits.excerpt(path.name),
                                                                   reason=error.strerror))
            return False
        kind = self.kind.currentData()
        member = self.unit.currentData() if kind == choices.SUPPORT_LETTER else None
        self.session.add_attachment(kind, path.name, data, member)
        return True

    def save_selected(self) -> None:
        row = self.lists["attachments"].current_row()
        if row is None:
            return
        folder = dialog_folders.start_folder(dialog_folders.ATTACHMENT_COPY, paths.documents_dir())
        target, _filter = QFileDialog.getSaveFileName(self, _("另存附件"), str(folder / row.name))
        if target:
            dialog_folders.remember(dialog_folders.ATTACHMENT_COPY, Path(target))
            Path(target).write_bytes(self.doc.attachment_data(row.id))
