"""Step 10: 检查与输出 — what is still missing, the call's deadline, and the outputs."""

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QPushButton

from app import paths, steps
from app.call import load_call
from app.json_io import export_json

from ui.form_page import FormPage
from ui.i18n import _


class CheckPage(FormPage):
    key = "check"
    title = "检查与输出"
    go_to_step = Signal(str)

    def build(self) -> None:
        call = load_call()
        deadline = _("申报截止日期：{date}").format(date=call.deadline.isoformat())
        if call.is_closed():
            deadline = ("<span style='color:#c0392b'><b>" + deadline
                        + _("（已过截止日期，请先向市市场监管局确认是否仍可报送）") + "</b></span>")
        self.deadline = self.note(deadline)
        self.summary = self.note("")
        self.summary.linkActivated.connect(self.go_to_step.emit)
        self.group("报送方式", _(
            "纸质申报书一式两份，由推荐单位确认盖章后寄送或送达：{address}，邮编 {postcode}；"
            "电子版以压缩包形式发送至 {email}。信封和邮件均注明“{mark}”（通知四）。"
            "联系人：{contact}，电话 {phone}。").format(
                address=call.postal_address, postcode=call.postcode, email=call.email,
                mark=call.subject_mark, contact=call.contact_name, phone=call.contact_phone))
        form = self.group("数据备份", "把全部填写内容和附件导出为一个数据文件夹，可用于备份，或在另一台电脑上用“导入”恢复。")
        self.export_button = QPushButton(_("导出数据备份…"))
        self.export_button.clicked.connect(self.export_data)
        form.addRow(self.export_button)
        self.result = QLabel()
        self.result.setWordWrap(True)
        form.addRow(self.result)
        self.session.changed.connect(lambda *_args: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        lines = []
        for step in steps.STEPS[:-1]:
            title = _(steps.step_title(step, self.doc.org_type))
            if steps.is_filled(self.doc, step.key):
                lines.append(f"<span style='color:#1e7e34'>✔ {title}</span>")
            else:
                lines.append(f"<a href='{step.key}'>✘ {title}：" + _("还有必填内容未填写") + "</a>")
        self.summary.setText("<br>".join(lines))

    def export_data(self) -> None:
        default = paths.documents_dir() / f"{self.doc.path.stem}-数据" / "application.json"
        target, _filter = QFileDialog.getSaveFileName(self, _("导出申报数据"), str(default),
                                                      "JSON (*.json)")
        if target:
            self.export_to(Path(target))

    def export_to(self, target: Path) -> None:
        try:
            export_json(self.doc, target)
        except OSError as error:
            QMessageBox.warning(self, _("导出失败"),
                                _("无法写入「{name}」：{reason}").format(name=target,
                                                                   reason=error.strerror))
            return
        self.result.setText(_("已导出：{path}（附件在同一文件夹的“附件”子文件夹中）").format(path=target))
