"""Step 4: 标准化工作基础 — standards, committees, projects and capabilities."""

from app import choices, tables

from ui.form_page import FormPage
from ui.list_editor import Column


class FoundationPage(FormPage):
    key = "foundation"
    title = "标准化工作基础"

    @property
    def intro(self) -> str:  # type: ignore[override]
        if self.doc.is_base:
            return ("申报单位应具备丰富的标准化工作经验，或能协调相应的外部标准化服务资源（通知二(二)）："
                    "请至少填写一项主导或参与制定的标准，或一家外部标准化服务机构。")
        return ("申报单位应具备扎实的标准化工作基础，并有牵头承担市级及以上科研项目或标准化研究项目的经验（通知二(三)）："
                "请至少填写一项本单位牵头的省部级（市级）或国家级项目。")

    def build(self) -> None:
        self.list_group("standards", "主导或参与制定的标准", tables.StandardRecord, [
            Column("code", "标准编号", width=150, fits="GB/T 12345.1-2020"),
            Column("name", "标准名称", width=240, stretch=True),
            Column("level", "级别", "choice", choices.STANDARD_LEVELS, 90),
            Column("role", "主导/参与", "choice", choices.STANDARD_ROLES, 80),
            Column("year", "年份", "int", width=60),
            Column("status", "状态", "choice", choices.STANDARD_STATUSES, 70),
        ], note="编号示例：GB/T 1.1-2020、T/SHSPPS 001-2021。")
        self.list_group("committees", "参与的标准化技术委员会", tables.CommitteeSeat, [
            Column("name", "技术委员会名称及编号", width=360, stretch=True),
            Column("role", "承担角色", "choice", choices.COMMITTEE_ROLES, 130),
        ], note="例如：全国标准化原理与方法标准化技术委员会（SAC/TC 286）。")
        self.list_group("projects", "承担的科研项目和标准化研究项目", tables.ResearchProject, [
            Column("name", "项目名称", width=280, stretch=True),
            Column("level", "级别", "choice", choices.PROJECT_LEVELS, 110),
            Column("kind", "类别", "choice", choices.PROJECT_KINDS, 120),
            Column("year", "年份", "int", width=60),
            Column("role", "牵头/参与", "choice", choices.PROJECT_ROLES, 80),
        ])
        form = self.group("能力说明")
        self.text(form, "技术优势", tables.Foundation, "tech_advantage",
                  required=not self.is_base, placeholder="专利、获奖、创新平台等")
        self.text(form, "标准化服务能力", tables.Foundation, "service_capacity",
                  required=not self.is_base,
                  placeholder="为相关单位参与标准制修订、交流研讨提供对接渠道和技术支持的能力")
        if self.is_base:
            self.text(form, "组织协调能力", tables.Foundation, "coordination_capacity",
                      required=True,
                      placeholder="在产业领域或园区内组织协调政产学研用各方的资源和能力（通知二(二)）")
            self.list_group("service_institutions", "可协调的外部标准化服务机构",
                            tables.ServiceInstitution, [
                                Column("name", "机构名称", width=280),
                                Column("provides", "提供的标准化服务", stretch=True),
                            ], note="没有主导或参与制定标准的基地，须至少填写一家外部标准化服务机构（通知二(二)）。")
