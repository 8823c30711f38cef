"""The pilot's records, step by step: each planned standard's stages, each milestone done
or not, money spent per year against the plan, activities held, results and their files.

Rows of the plan are shown beside the progress they carry (read-only: the application
is kept as approved); dates may be typed in any form ``app.dates`` reads.
"""

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton

from app import choices, dates, limits, tables
from app.call_store import call_of
from app.files import write_atomically
from app.pilot import stages
from app.pilot.months import month_end

from ui.form_page import FormPage
from ui.i18n import _
from ui.list_editor import Column

DATE_WIDTH = 100


def _months(start: int | None, end: int | None) -> str:
    if not end:
        return ""
    return _("第{n}个月").format(n=end) if start in (None, end) else \
        _("第{a}—{b}个月").format(a=start, b=end)


class StandardsPage(FormPage):
    key = "pilot_standards"
    title = "标准进展"
    intro = "每项计划研制的标准到达各阶段的日期；发布后填写标准编号和发布机构。当前阶段按已填写的最后一个阶段计。"

    def build(self) -> None:
        items = {item.id: item for item in self.doc.rows(tables.PipelineItem)}

        def title(row: Any) -> str:
            item = items.get(row.pipeline_item_id)
            return item.title if item else ""

        def planned(row: Any) -> str:
            item = items.get(row.pipeline_item_id)
            return _("第{n}个月").format(n=item.month) if item and item.month else ""

        self.list_group("pilot_standards", "标准研制进展", tables.PilotStandard, [
            Column("pipeline_item_id", "标准名称", "readonly", width=220, stretch=True, shown=title),
            Column("position", "计划完成", "readonly", width=80, shown=planned),
            *(Column(column, stage, width=DATE_WIDTH) for stage, column in stages.STAGES),
            Column("standard_number", "标准编号", width=130),
            Column("publisher", "发布机构", width=140),
            Column("note", "说明", width=120, long=True),
        ], fixed=True)


class MilestonesPage(FormPage):
    key = "pilot_milestones"
    title = "进度完成情况"
    intro = "建设方案中的每项进度安排：完成后勾选并填写完成日期。应完成日期按批准日期推算。"

    def build(self) -> None:
        plan = {m.id: m for m in self.doc.rows(tables.Milestone)}
        record = self.doc.row(tables.PilotRecord, 1)
        try:
            approved = dates.parse(record.approved_on) if record is not None else None
        except dates.DateNotUnderstood:
            approved = None

        def task(row: Any) -> str:
            found = plan.get(row.milestone_id)
            return found.task if found else ""

        def months(row: Any) -> str:
            found = plan.get(row.milestone_id)
            return _months(found.start_month, found.end_month) if found else ""

        def due(row: Any) -> str:
            found = plan.get(row.milestone_id)
            if found is None or not found.end_month or approved is None:
                return ""
            return month_end(approved, found.end_month).isoformat()

        self.list_group("pilot_milestones", "进度安排完成情况", tables.PilotMilestone, [
            Column("milestone_id", "工作任务", "readonly", width=260, stretch=True, shown=task),
            Column("position", "时间", "readonly", width=110, shown=months),
            Column("id", "应完成", "readonly", width=DATE_WIDTH, shown=due),
            Column("done", "已完成", "bool", width=60),
            Column("done_on", "完成日期", width=DATE_WIDTH),
            Column("note", "说明", width=160, long=True),
        ], fixed=True)


class SpendingPage(FormPage):
    key = "pilot_spending"
    title = "经费执行"
    intro = "每个试点年度实际到位和实际使用的经费（万元），按建设方案的来源和用途分类；计划数来自申报书。"

    def build(self) -> None:
        plan: dict[tuple[int, str, str], int] = {}
        for line in self.doc.rows(tables.FundingLine):
            key = (line.year, line.direction, line.category)
            plan[key] = plan.get(key, 0) + (line.amount_fen or 0)

        def year(row: Any) -> str:
            return _("第{n}年").format(n="一二三四五"[row.year - 1], number=row.year)

        def direction(row: Any) -> str:
            return _("经费来源") if row.direction == choices.FUNDING_SOURCE else _("经费使用")

        def planned(row: Any) -> int:
            return plan.get((row.year, row.direction, row.category), 0)

        self.list_group("pilot_spending", "经费计划与实际（万元）", tables.PilotSpending, [
            Column("year", "年度", "readonly", width=70, shown=year),
            Column("direction", "来源/使用", "readonly", width=90, shown=direction),
            Column("category", "类别", "readonly", width=160, stretch=True,
                   shown=lambda row: _(row.category)),
            Column("position", "计划", "money", width=110, shown=planned),
            Column("amount_fen", "实际", "money", width=100),
        ], fixed=True)


class ActivitiesPage(FormPage):
    key = "pilot_activities"
    title = "实施活动"
    intro = "举办的宣贯、培训和试点活动：日期、名称、参加人数和覆盖的单位数。"

    def build(self) -> None:
        self.list_group("pilot_activities", "标准实施活动", tables.PilotActivity, [
            Column("held_on", "日期", width=DATE_WIDTH),
            Column("kind", "类型", "choice", stages.ACTIVITY_KINDS, 70),
            Column("title", "活动名称", width=240, stretch=True),
            Column("participants", "参加人数", "int", width=80),
            Column("units_reached", "覆盖单位", "int", width=80),
            Column("note", "说明", width=120, long=True),
        ])


class ResultsPage(FormPage):
    key = "pilot_results"
    title = "成果与经验"
    intro = "值得报送的阶段性成果和成功经验模式（通知三(三)），可附照片、发布的标准文本等文件。"

    def build(self) -> None:
        self.results = self.list_group("pilot_results", "成果与经验", tables.PilotResult, [
            Column("reported_on", "日期", width=DATE_WIDTH),
            Column("kind", "类型", "choice", stages.RESULT_KINDS, 110),
            Column("title", "名称", width=240, stretch=True),
            Column("content", "内容", width=160, long=True),
        ])
        names = {row.id: row.title for row in self.doc.rows(tables.PilotResult)}
        self.session.changed.connect(
            lambda table, _row: names.update({row.id: row.title for row in self.doc.rows(
                tables.PilotResult)}) if table == tables.PilotResult.__tablename__ else None)
        self.files = self.list_group("pilot_files", "附件", tables.PilotFile, [
            Column("result_id", "所属成果", "readonly", width=200,
                   shown=lambda row: names.get(row.result_id, "")),
            Column("name", "文件名", "readonly", width=240, stretch=True),
            Column("size", "大小", "bytes", width=90),
        ], note="先在上表选中一项成果，再添加附件。", add_text="添加附件…",
            add_handler=self.add_files)

        save = QPushButton(_("另存附件…"))
        save.clicked.connect(self.save_file)
        self.files.button_row.addWidget(save)
        self.file_message = QLabel()
        self.file_message.setWordWrap(True)
        self.column.addWidget(self.file_message)

    def ask_save_path(self, name: str) -> Path | None:
        """Where to save a file (tests patch this)."""
        chosen, _filter = QFileDialog.getSaveFileName(self, _("另存附件"), name)
        return Path(chosen) if chosen else None

    def save_file(self) -> None:
        current = self.files.view.currentIndex()
        rows = self.files.rows.rows
        if not current.isValid() or not rows:
            self.file_message.setText(_("请先在附件表中选中一个文件。"))
            return
        row = rows[current.row()]
        target = self.ask_save_path(row.name)
        if target is None:
            return
        try:
            write_atomically(target, self.doc.pilot_file_data(row.id))
        except OSError as error:
            self.file_message.setText(_("无法保存「{name}」：{reason}").format(
                name=target, reason=error.strerror or error))
            return
        self.file_message.setText(_("已保存：{name}").format(name=target))

    def ask_files(self) -> list[Path]:
        """The files to add (tests patch this)."""
        chosen, _filter = QFileDialog.getOpenFileNames(self, _("添加附件"))
        return [Path(name) for name in chosen]

    def add_files(self) -> None:
        current = self.results.view.currentIndex()
        rows = self.results.rows.rows
        result_id = rows[current.row()].id if current.isValid() and rows else None
        limit = limits.attachment_refuse_bytes(call_of(self.doc))
        for path in self.ask_files():
            try:
                if path.stat().st_size > limit:
                    self.file_message.setText(_("「{name}」有 {size}，太大，没有添加；请压缩后再添加。").format(
                        name=path.name, size=limits.megabytes(path.stat().st_size)))
                    continue
                data = path.read_bytes()
            except OSError as error:
                self.file_message.setText(_("无法读取「{name}」：{reason}").format(
                    name=path.name, reason=error.strerror or error))
                continue
            self.session.attempt(lambda p=path, d=data: self.doc.add_pilot_file(result_id, p.name, d))

