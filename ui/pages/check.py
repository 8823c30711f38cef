"""Step 10: 检查与输出 — what is still missing, the call's deadline, and the outputs."""

import html
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QPushButton

from app import paths, rules, steps
from app.call_store import call_of

from ui.call_dialog import call_summary
from ui.form_page import FormPage
from ui.i18n import TITLE, _, call_text, clause_label, current_language, translated
from ui.marks import colour, confirm_code, confirm_html, severity_label
from ui.output import OutputPanel

GO_LINK = "go:"


class CheckPage(FormPage):
    key = "check"
    title = "检查与输出"
    go_to_problem = Signal(object)  # the rules.Problem clicked
    printed = Signal(str)  # what was sent to which printer, for the status bar
    compare_requested = Signal()  # 与上次输出比较
    problems: list[rules.Problem] = []

    def build(self) -> None:
        # The call this application answers, with its deadline and whether it was typed
        # by hand (issue 24); the rule check.deadline says it in the problems too.
        self.call_line = self.note("")
        self.summary = self.note("")
        self.summary.linkActivated.connect(self._follow)
        self.output = OutputPanel(self.session)
        self.output.printed.connect(self.printed)
        self.column.addWidget(self.output)
        self.compare_button = QPushButton(_("与上次输出比较…"))
        self.compare_button.setToolTip(_("列出自上次输出申报书以来修改了哪些内容，可输出修改清单交推荐单位核对。"))
        self.compare_button.clicked.connect(self.compare_requested)
        self.column.addWidget(self.compare_button)
        self.output.finished.connect(lambda _result: self._refresh_compare())
        self._refresh_compare()
        delivery = self.group("报送方式")
        self.delivery = QLabel()
        self.delivery.setWordWrap(True)
        self.delivery.setStyleSheet("color: #555;")
        delivery.addRow(self.delivery)
        self.show_call()
        form = self.group("数据备份", "把全部填写内容和附件导出为一个数据文件夹，可用于备份，或在另一台电脑上用“导入”恢复。")
        self.export_button = QPushButton(_("导出数据备份…"))
        self.export_button.clicked.connect(self.export_data)
        form.addRow(self.export_button)
        self.result = QLabel()
        self.result.setWordWrap(True)
        form.addRow(self.result)
        self.list_problems(self.problems)

    def show_call(self) -> None:
        """Name the application's call and how to deliver under it; again after it changed."""
        try:
            call = call_of(self.doc)
        except Exception:  # noqa: BLE001 (a file changed under the window: its check says so)
            return
        self.call_line.setText(call_summary(call))
        self.delivery.setText(_(
            "纸质申报书一式{copies}份，由推荐单位确认盖章后寄送或送达：{address}，邮编 {postcode}；"
            "电子版以压缩包形式发送至 {email}。信封和邮件均注明“{mark}”（通知四）。"
            "联系人：{contact}，电话 {phone}。").format(
                copies=str(call.paper_copies) if current_language() == "en" else
                call_text(call.copies_text), address=call_text(call.postal_address),
                postcode=call.postcode, email=call.email, mark=call_text(call.subject_mark),
                contact=call_text(call.contact_name), phone=call_text(call.contact_phone)))

    def mark_problems(self, problems: Sequence[rules.Problem]) -> None:
        """This page lists every step's problems (``list_problems``), its own among them."""

    def list_problems(self, problems: list[rules.Problem]) -> None:
        """Every problem grouped by step, with its clause; a click goes to where it is."""
        self.problems = problems
        if not self.built:
            return  # listed when the page is built
        self.show_call()  # (the call may have changed: problems are listed after each change)
        self.output.set_errors(sum(p.severity == rules.ERROR for p in problems))
        self.output.refresh_record()  # (after an edit: do the last outputs still match?)
        self._refresh_compare()
        if not problems:
            self.summary.setText("<span style='color:#1e7e34'>✔ " + _("没有发现问题。") + "</span>")
            return
        errors = sum(p.severity == rules.ERROR for p in problems)
        if errors:
            head = _("共 {e} 个错误（须改正后才能输出申报书），{w} 个警告（请核实）。点击问题可转到相应位置：")
        else:
            head = _("没有错误，可以输出申报书；有 {w} 个警告，请核实。点击问题可转到相应位置：")
        lines = [head.format(e=errors, w=len(problems) - errors)]
        for step in steps.STEPS:
            mine = [(n, p) for n, p in enumerate(problems) if p.step == step.key]
            if not mine:
                continue
            lines.append(f"<br><b>{html.escape(_(steps.step_title(step, self.doc.org_type), TITLE))}</b>")
            for number, p in mine:
                text = _("{severity}：{message}").format(severity=severity_label(p),
                                                        message=translated(p.message))
                if p.row is not None:  # numbered as the list beside it numbers its rows
                    text += _("（第 {row} 行）").format(row=p.row)
                clause = _("（通知{clause}）").format(clause=clause_label(p.clause))
                lines.append(f"<a href='{GO_LINK}{number}' style='color:{colour(p)}'>"
                             f"{html.escape(text)}</a>{clause}{confirm_html(p)}")
        self.summary.setText("<br>".join(lines))

    def _refresh_compare(self) -> None:
        """与上次输出比较 needs the content kept with the last outputs' record."""
        record = self.output.record
        self.compare_button.setEnabled(record is not None and bool(record.content))

    def closing(self) -> None:
        self.output.cancel_and_wait()

    def _follow(self, link: str) -> None:
        if link.startswith(GO_LINK):
            self.go_to_problem.emit(self.problems[int(link.removeprefix(GO_LINK))])
        else:
            confirm_code(self.session, link)

    def export_data(self) -> None:
        default = (paths.documents_dir() / _("{name}-数据").format(name=self.doc.path.stem)
                   / "application.json")
        target, _filter = QFileDialog.getSaveFileName(self, _("导出申报数据"), str(default),
                                                      "JSON (*.json)")
        if target:
            self.export_to(Path(target))

    def export_to(self, target: Path) -> None:
        from app.json_io import export_json

        try:
            export_json(self.doc, target)
        except OSError as error:
            QMessageBox.warning(self, _("导出失败"),
                                _("无法写入「{name}」：{reason}").format(name=target,
                                                                   reason=error.strerror))
            return
        self.result.setText(_("已导出：{path}（附件在同一文件夹的“附件”子文件夹中）").format(path=target))
