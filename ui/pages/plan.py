"""Step 8: 建设方案 — background, goals, the standards pipeline, measures and milestones."""

from collections import Counter

from PySide6.QtWidgets import QLabel

from app import choices, tables

from ui.form_page import FormPage
from ui.i18n import _
from ui.list_editor import Column


class PlanPage(FormPage):
    key = "plan"
    title = "建设方案"
    intro = ("重点围绕“提供更加有效的标准供给”和“推动标准的实施应用”两方面探索路径、积累经验（通知三(二)）。"
             "试点周期为 2 年，时间按试点开始后的第 1—24 个月填写（通知三(三)）。")

    def build(self) -> None:
        form = self.group("背景与目标")
        self.text(form, "建设背景与必要性", tables.Plan, "background", required=True)
        self.text(form, "建设目标", tables.Plan, "goals", required=True)
        form = self.group("两年目标", "标准数量按下方“标准供给”自动统计，无需填写。")
        self.pipeline_counts = QLabel()
        self.pipeline_counts.setWordWrap(True)
        form.addRow(self.caption("研制标准"), self.pipeline_counts)
        self.line(form, "推动标准应用（项）", tables.Plan, "target_standards_in_use", kind="int")
        self.line(form, "服务企业（家）", tables.Plan, "target_enterprises_served", kind="int")
        self.line(form, "开展培训（场）", tables.Plan, "target_trainings", kind="int")
        self.line(form, "开展试点（个）", tables.Plan, "target_pilots", kind="int")
        self.list_group("pipeline", "标准供给", tables.PipelineItem, [
            Column("title", "标准名称", width=240, stretch=True),
            Column("level", "级别", "choice", choices.STANDARD_LEVELS, 80),
            Column("kind", "制定/修订", "choice", choices.PIPELINE_KINDS, 72),
            Column("tech_result", "转化的科技成果", width=200),
            Column("lead_member_id", "牵头单位", "member", width=180),
            Column("month", "计划完成", "month", width=92),
        ], note="至少填写一项；牵头单位从成员单位中选择。" if self.is_base
           else "至少填写一项；牵头单位从申报单位和合作单位中选择。")
        self.list_group("measures", "标准实施措施", tables.Measure, [
            Column("kind", "措施类型", "choice", choices.MEASURE_KINDS, 90),
            Column("content", "具体内容", width=300, stretch=True),
            Column("target", "预期目标", width=200),
            Column("timing", "实施时间", width=120),
        ], note="至少填写一项。")
        form = self.group("机制与保障")
        if not self.is_base:
            self.text(form, "前期研究与试验验证计划", tables.Plan, "research_plan", required=True)
        self.text(form, "机制创新", tables.Plan, "mechanism", required=True)
        self.list_group("milestones", "进度安排", tables.Milestone, [
            Column("start_month", "开始", "month", width=92),
            Column("end_month", "结束", "month", width=92),
            Column("task", "工作任务", width=280, stretch=True),
            Column("deliverable", "阶段成果", width=260),
        ], note="第 12 个月和第 24 个月已预填年度工作总结（通知三(三)）。")
        form = self.group("保障与成效")
        self.text(form, "保障措施", tables.Plan, "safeguards",
                  placeholder="组织领导、政策支持、激励措施等（通知三(一)）")
        self.text(form, "预期成效", tables.Plan, "expected_results")
        self.session.changed.connect(self._on_changed)
        self._count_pipeline()

    def _on_changed(self, table: str, _row_id: int | None) -> None:
        if table == tables.PipelineItem.__tablename__:
            self._count_pipeline()

    def _count_pipeline(self) -> None:
        items = self.doc.rows(tables.PipelineItem)
        counts = Counter(item.level for item in items if item.level)
        parts = [_("{level} {n} 项").format(level=_(level), n=counts[level]) for level in choices.STANDARD_LEVELS
                 if counts[level]]
        total = _("共 {n} 项").format(n=len(items))
        self.pipeline_counts.setText(
            _("共 {n} 项（{parts}）").format(n=len(items), parts=_("，").join(parts)) if parts else total)
