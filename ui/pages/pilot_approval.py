"""试点批准: mark the application approved (the date fixes pilot months 1–24), correct
the date, or withdraw the mark on purpose. The rules live in ``app.pilot.approval``,
imported where used (it loads the ORM, which a file shown at start waits for)."""

import datetime as dt

from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QPushButton

from app import dates, tables

from ui.form_page import FormPage
from ui.i18n import _
from ui.marks import ERROR_COLOUR


class ApprovalPage(FormPage):
    key = "pilot_approval"
    title = "试点批准"
    intro = ("获批创建后，在这里填写批复文件上的批准日期：试点期第 1—24 个月从这一天算起（通知三(三)），"
             "并打开“试点执行”各步。获批后申报书保持申报时的内容，不能再修改。")

    def build(self) -> None:
        from app.json_io import application_checksum

        record = self.doc.row(tables.PilotRecord, 1)
        approved = self.doc.is_approved()
        form = self.group("批准情况")
        self.status = QLabel()
        self.status.setWordWrap(True)
        form.addRow(self.caption("状态"), self.status)
        self.date_edit = QLineEdit()
        self.date_edit.setPlaceholderText("2022-01-15")
        self.ref_edit = QLineEdit(record.approval_ref if record else "")
        self.ref_edit.setPlaceholderText(_("如：沪市监标创〔2022〕3号"))
        form.addRow(self.caption("批准日期", required=True), self.date_edit)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {ERROR_COLOUR};")
        if approved and record is not None:
            self.date_edit.setText(record.approved_on)
            current = application_checksum(self.doc)
            same = current == record.approved_checksum
            self.status.setText(
                _("已于 {date} 标记为获批（{ref}）。获批时申报书校验码 {checksum}，{state}。").format(
                    date=record.approved_on, ref=record.approval_ref or _("未填文号"),
                    checksum=record.approved_checksum,
                    state=_("与当前内容一致") if same else _("与当前内容不一致")))
            self.correct_button = QPushButton(_("更正批准日期"))
            self.correct_button.clicked.connect(self.correct)
            form.addRow("", self.correct_button)
            form.addRow(self.message)
            box = self.group("撤销获批标记", "仅用于误标（如标错了文件、批复尚未下达）。撤销后申报书恢复可修改，"
                                         "已填写的试点执行情况保留，再次标记获批时按当时的申报内容记录校验码。")
            self.withdraw_button = QPushButton(_("撤销获批标记…"))
            self.withdraw_button.clicked.connect(self.withdraw)
            box.addRow(self.withdraw_button)
        else:
            self.status.setText(_("尚未标记为获批。"))
            form.addRow(self.caption("批复文号"), self.ref_edit)
            self.approve_button = QPushButton(_("标记为获批…"))
            self.approve_button.clicked.connect(self.approve)
            form.addRow("", self.approve_button)
            form.addRow(self.message)
        if self.doc.read_only:
            self.widget().setEnabled(False)

    def _date(self) -> dt.date | None:
        text = self.date_edit.text()
        try:
            day = dates.parse(text)
        except dates.DateNotUnderstood:
            day = None
        if day is None:
            self.message.setText(_("请填写批复文件上的批准日期，如 2022-01-15。"))
        return day

    def confirm(self, text: str) -> bool:
        """Ask before a step that changes what may be edited (tests patch this)."""
        answer = QMessageBox.question(self, _("请确认"), text)
        return answer == QMessageBox.StandardButton.Yes

    def _run(self, write: object) -> None:
        from app.pilot import approval

        try:
            self.session.attempt(write)  # type: ignore[arg-type]
        except approval.ApprovalRefused as error:
            self.message.setText(str(error))
            return
        # Edits made before approval cannot be undone into an approved application.
        self.session.undo_stack.clear()

    def approve(self) -> None:
        from app.pilot import approval

        day = self._date()
        if day is None or not self.confirm(_(
                "把申报书标记为于 {date} 获批？此后申报书的内容不能再修改（校验码保持不变），"
                "并开始记录试点执行情况。").format(date=day.isoformat())):
            return
        self._run(lambda: approval.approve(self.doc, day, self.ref_edit.text()))

    def correct(self) -> None:
        from app.pilot import approval

        day = self._date()
        if day is not None:
            self._run(lambda: approval.correct_date(self.doc, day))

    def withdraw(self) -> None:
        from app.pilot import approval

        if self.confirm(_("撤销获批标记？申报书将恢复可修改，已填写的试点执行情况保留。")):
            self._run(lambda: approval.withdraw(self.doc))
