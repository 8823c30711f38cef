"""Step 5: 成员单位 (base) / 合作单位 (center), with the 政产学研用 coverage of a base."""

from PySide6.QtWidgets import QLabel

from app import choices, tables

from ui.form_page import FormPage
from ui.i18n import TITLE, _
from ui.list_editor import Column


def applicant_locked(row: tables.Member, name: str) -> bool:
    """The applicant's name and code are edited on its own page; its role is fixed."""
    return row.is_applicant and name in ("name", "credit_code", "role")


class MembersPage(FormPage):
    key = "members"

    @property
    def title(self) -> str:  # type: ignore[override]
        return "成员单位" if self.doc.is_base else "合作单位"

    @property
    def intro(self) -> str:  # type: ignore[override]
        if self.doc.is_base:
            return ("创新基地由产业链上下游或产业园区内的企业、标准化机构等单位共同组成（通知一(一)），"
                    "申报须得到其他单位支持（通知二(一)1）：每家成员单位都要在“附件”一步上传支持函。"
                    "申报单位自动列为第一家“牵头单位”。")
        return "创新中心由一家单位独立申报（通知二(一)1）；合作单位可选填。"

    def build(self) -> None:
        columns = [
            Column("name", "单位名称", width=220, stretch=True),
            Column("credit_code", "统一社会信用代码", width=165),
            Column("kind", "单位类型", "choice", choices.MEMBER_KINDS, 100),
        ]
        if self.is_base:
            columns += [
                Column("is_leading_enterprise", "龙头企业", "bool", width=64),
                Column("chain_position", "产业链位置", "choice", choices.CHAIN_POSITIONS, 80),
                Column("role", "角色", "choice", choices.MEMBER_ROLES, 150),
            ]
        columns += [
            Column("contact_name", "联系人", width=70),
            Column("contact_phone", "联系电话", width=120),
            Column("contribution", "参与内容和作用", width=130, long=True),
        ]
        self.list_group("members", _("{title}名单").format(title=_(self.title, TITLE)), tables.Member, columns,
                        defaults={"role": choices.MEMBER_ROLES[-1]},
                        locked=applicant_locked, pinned=lambda row: row.is_applicant,
                        add_text="添加单位")
        if self.is_base:
            self.coverage = QLabel()
            self.coverage.setWordWrap(True)
            self.coverage.setTextFormat(self.coverage.textFormat().RichText)
            self.column.addWidget(self.coverage)
            self.session.changed.connect(self._on_changed)
            self._show_coverage()

    def _on_changed(self, table: str, _row_id: int | None) -> None:
        if table == tables.Member.__tablename__:
            self._show_coverage()

    def _show_coverage(self) -> None:
        kinds = {member.kind for member in self.doc.rows(tables.Member)}
        parts = []
        for party, member_kinds in choices.COVERAGE:
            covered = bool(kinds.intersection(member_kinds))
            colour = "#1e7e34" if covered else "#c0392b"
            parts.append(f"<span style='color:{colour}'>{'✔' if covered else '✘'} {_(party)}</span>")
        self.coverage.setText(_("成员覆盖：") + "　".join(parts))
