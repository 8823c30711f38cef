"""试点进展 (where the pilot stands, as charts and reminders) and 总结与报告 (the unit's
narrative for each report, and the reports made as PDF and .docx off the UI thread).

``app.pilot``'s data modules load the ORM: they are imported where used, so a file still
shows before the ORM has loaded (``app.opening``)."""

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from app import money, tables
from app.pilot import charts

from ui.form_page import FormPage
from ui.i18n import _, translated
from ui.marks import ERROR_COLOUR
from ui.open_external import open_path
from ui.pilot_chart import ChartView

REMINDER_COLOURS = {"overdue": ERROR_COLOUR, "due": "#b9770e", "note": "#555"}


def today() -> dt.date:
    """The day progress is counted to (tests patch it)."""
    return dt.date.today()


class ProgressPage(FormPage):
    key = "pilot_progress"
    title = "试点进展"
    intro = "按批准日期推算的试点月份，计划与实际的对照；每次修改后自动更新。"

    def build(self) -> None:
        self.reminders = QLabel()
        self.reminders.setWordWrap(True)
        self.column.addWidget(self.reminders)
        self.figures = QLabel()
        self.figures.setWordWrap(True)
        self.column.addWidget(self.figures)
        self.timeline = ChartView()
        self.stages = ChartView(220)
        self.money = ChartView(220)
        for view in (self.timeline, self.stages, self.money):
            self.column.addWidget(view)
        self.session.changed.connect(lambda table, _row: self.refresh(checksum=False)
                                     if table.startswith("pilot") else None)
        self.refresh()

    def refresh(self, checksum: bool = True) -> None:
        from app.pilot import data, progress

        if not self.doc.is_approved():
            return
        found = data.load(self.doc, checksum=checksum)
        state = progress.compute(found, today())  # (after month 24 too: late stays late)
        lines = [f"<span style='color:{REMINDER_COLOURS[r.level]}'>● {translated(r.text)}</span>"
                 for r in progress.reminders(found, today())]
        self.reminders.setText("<br>".join(lines) or _("没有到期或逾期的事项。"))
        done = sum(m.done for m in state.milestones)
        spent = sum(year.total("use", "actual") for year in state.money)
        planned = sum(year.total("use", "plan") for year in state.money)
        self.figures.setText(_(
            "试点第 {month} / {months} 个月（截至 {day}）。标准：计划 {standards} 项，按计划应已发布 {due} 项，"
            "已发布 {published} 项。进度安排：{milestones} 项，已完成 {done} 项，逾期 {late} 项。"
            "经费使用：实际 {spent} 万元，计划 {planned} 万元。").format(
                month=state.month, months=state.months, day=state.as_of.isoformat(),
                standards=len(state.standards), due=state.planned_by_now,
                published=state.published, milestones=len(state.milestones), done=done,
                late=len(state.overdue), spent=money.format_wan(spent),
                planned=money.format_wan(planned)))
        self.timeline.show_chart(charts.milestone_timeline(state))
        self.stages.show_chart(charts.stage_chart(state))
        self.money.show_chart(charts.money_chart(state))


class ReportWorker(QObject):
    """Lays a report out as PDF and .docx in a worker thread, from data read beforehand."""

    done = Signal(list)
    failed = Signal(str)

    def __init__(self, found: object, kind: str, folder: Path, day: dt.date) -> None:
        super().__init__()
        self.found, self.kind, self.folder, self.day = found, kind, folder, day

    def run(self) -> None:
        from app.pilot import reports

        try:
            self.done.emit(reports.write(self.found, self.kind, self.folder, self.day))
        except (reports.ReportRefused, OSError) as error:
            self.failed.emit(str(error))


class ReportsPage(FormPage):
    key = "pilot_reports"
    title = "总结与报告"
    intro = ("每份报告的文字部分由单位填写；计划与实际的表格和图表按已填写的试点执行情况自动生成。"
             "报告为 PDF 和 Word 两种格式，每页注明申报书校验码，末页留有盖章和签字处。")
    reports_done = Signal(list)

    def build(self) -> None:
        self._thread: QThread | None = None
        self._worker: ReportWorker | None = None
        from app.pilot import reports

        labels = {"y1": "第一年度工作总结", "y2": "第二年度工作总结", "stage": "阶段性成果报告",
                  "final": "验收总结报告"}
        titles = {"work": "工作开展情况", "results": "主要成效与经验", "problems": "存在的问题",
                  "next": "下一步工作计划"}
        self.buttons: dict[str, QPushButton] = {}
        for kind, prefix in reports.NARRATIVE.items():
            form = self.group(labels[prefix])
            for topic, heading in titles.items():
                label = _("后续发展设想") if kind == "final" and topic == "next" else heading
                self.text(form, label, tables.PilotRecord, f"{prefix}_{topic}")
            button = QPushButton(_("生成{report}（PDF 和 Word）").format(report=_(labels[prefix])))
            button.clicked.connect(lambda _checked=False, k=kind: self.make(k))
            row = QWidget()
            layout = QHBoxLayout(row)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(button)
            layout.addStretch(1)
            form.addRow(row)
            self.buttons[kind] = button
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.linkActivated.connect(lambda link: open_path(Path(link), _("文件夹"), self))
        self.column.addWidget(self.result)

    def folder(self) -> Path:
        from app.pilot import reports

        return reports.default_folder(self.doc.path)

    def make(self, kind: str) -> None:
        if self._thread is not None:
            return
        from app.pilot import data, reports

        for binding in self.bindings.values():
            binding.flush()  # (what was just typed belongs in the report)
        found = data.load(self.doc)
        try:
            reports.period(found, kind, today())
        except reports.ReportRefused as error:
            self._show_failure(str(error))
            return
        self.result.setText(_("正在生成…"))
        self._thread = QThread(self)
        self._worker = ReportWorker(found, kind, self.folder(), today())
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.done.connect(self._done)
        self._worker.failed.connect(self._show_failure)
        self._thread.start()

    def _stop(self) -> None:
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread = None
            self._worker = None

    def _done(self, paths: list[Path]) -> None:
        self._stop()
        folder = paths[0].parent
        self.result.setText(_("已生成：{files}，在 <a href='{folder}'>{folder}</a>").format(
            files="、".join(path.name for path in paths), folder=folder))
        self.reports_done.emit(paths)

    def _show_failure(self, message: str) -> None:
        self._stop()
        self.result.setText(f"<span style='color:{ERROR_COLOUR}'>{message}</span>")

    def closing(self) -> None:
        self._stop()
