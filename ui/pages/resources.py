"""Step 7: 资源保障 — people, venues, money and equipment committed (二(一)3)."""

from app import choices, tables

from ui.form_page import FormPage
from ui.funding_grid import FundingGrid
from ui.list_editor import Column
from ui.marks import MessageLabel, TableMark


class ResourcesPage(FormPage):
    key = "resources"
    title = "资源保障"
    intro = "申报单位应为新型标准化技术组织开展活动提供人员、场地、经费等方面的支持（通知二(一)3）。"

    def build(self) -> None:
        form = self.group("人员")
        self.line(form, "专职人员（人）", tables.ResourcesInfo, "fulltime_count", kind="int")
        self.line(form, "兼职人员（人）", tables.ResourcesInfo, "parttime_count", kind="int")
        self.line(form, "其中标准化专业人员（人）", tables.ResourcesInfo, "std_professional_count",
                  kind="int")
        self.list_group("staff", "人员名单", tables.StaffMember, [
            Column("name", "姓名", width=70),
            Column("member_id", "所在单位", "member", width=220, stretch=True),
            Column("title", "职务", width=150),
            Column("professional_title", "职称", width=110),
            Column("specialty", "专业", width=120),
            Column("employment", "专职/兼职", "choice", choices.EMPLOYMENT, 76),
        ])
        self.list_group("venues", "场地", tables.Venue, [
            Column("address", "地址", width=300, stretch=True),
            Column("area_m2", "面积（m²）", "int", width=90),
            Column("use", "用途", "choice", choices.VENUE_USES, 90),
            Column("source", "来源", "choice", choices.VENUE_SOURCES, 110),
            Column("member_id", "提供单位", "member", width=200),
        ], note="至少填写一处场地。")
        self.funding = FundingGrid(self.session)
        box = self.group("经费（万元）", "按试点年度分别填写经费来源和用途；每年的来源合计应等于用途合计，申报单位自筹须大于 0。")
        box.addRow(self.funding)
        message = MessageLabel(self.session)
        box.addRow(message)
        self.marks["funding"] = TableMark(self.funding, message)
        if self.is_base:
            self.list_group("commitments", "成员单位资源投入", tables.Member, [
                Column("name", "单位名称", "readonly", width=240),
                Column("commitment", "投入内容（人员、场地、设备等）", width=320, stretch=True),
                Column("commitment_fen", "投入经费（万元）", "money", width=120),
                Column("commitment_year1_fen", "其中第一年（万元）", "money", width=120),
                Column("commitment_year2_fen", "其中第二年（万元）", "money", width=120),
            ], fixed=True)
        self.list_group("equipment", "设备与平台", tables.Equipment, [
            Column("name", "名称", width=220),
            Column("purpose", "用途说明", width=300, stretch=True),
            Column("member_id", "提供单位", "member", width=220),
        ])
