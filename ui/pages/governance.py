"""Step 6: 组织架构 — the base's 领导小组 or 理事会, or the center's team (一(一), 三(一))."""

from app import choices, tables

from ui.form_page import FormPage
from ui.i18n import _
from ui.list_editor import Column


class GovernancePage(FormPage):
    key = "governance"
    title = "组织架构"

    @property
    def intro(self) -> str:  # type: ignore[override]
        if self.doc.is_base:
            return ("创新基地应当设置领导小组或者理事会，统筹协调各成员单位参与基地建设；"
                    "成员单位中的行业龙头企业、园区管理单位或者标准化机构具体负责牵头协调和组织推进（通知一(一)）。")
        return "请填写创新中心的负责人、技术负责人和核心团队，并说明责任分工（通知三(一)）。"

    def build(self) -> None:
        if self.is_base:
            form = self.group("领导机构")
            self.choice(form, "领导机构形式", tables.Governance, "body", choices.GOVERNANCE_BODIES,
                        required=True)
            self.member(form, "秘书处设在", tables.Governance, "secretariat_member_id")
            self.member(form, "牵头协调单位", tables.Governance, "coordinator_member_id",
                        required=True)
            roles = tuple(dict.fromkeys(r for rs in choices.ROLES_BY_BODY.values() for r in rs))
            body = self.doc.section(tables.Governance).body
            title = _("{body}组成").format(body=_(body)) if body else _("领导小组或理事会组成")
            note = "单位从成员单位名单中选择。"
        else:
            roles = choices.CENTER_TEAM_ROLES
            title, note = "负责人与核心团队", "须填写负责人和技术负责人各一名。"
        self.list_group("governance_people", title, tables.GovernancePerson, [
            Column("name", "姓名", width=90),
            Column("member_id", "所在单位", "member", width=260, stretch=True),
            Column("title", "单位职务", width=200),
            Column("role", "担任角色", "choice", roles, 100),
        ], note=note)
        form = self.group("责任分工")
        self.text(form, "分工说明", tables.Governance, "division_of_work",
                  placeholder="各单位、各岗位在试点建设中的职责分工")
        if self.is_base:
            self.session.changed.connect(self._on_changed)

    def _on_changed(self, table: str, _row_id: int | None) -> None:
        if table == tables.Governance.__tablename__:
            body = self.doc.section(tables.Governance).body
            self.boxes["governance_people"].setTitle(
                _("{body}组成").format(body=_(body)) if body else _("领导小组或理事会组成"))
