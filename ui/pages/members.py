"""Step 5: 成员单位 (base) / 合作单位 (center), with the 政产学研用 coverage of a base."""

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QLabel, QToolTip

from app import applicant_row, choices, tables

from ui.form_page import FormPage
from ui.i18n import TITLE, _
from ui.list_editor import Column, ListEditor
from ui.member_packets import PacketPanel

# The applicant's cells that step 2 (申报单位) fills: name and code as typed there, kind
# and 龙头企业 from its 单位性质 and 申报单位类型 (app.applicant_row). Its role is fixed.
FROM_STEP_TWO = ("name", "credit_code", *applicant_row.FOLLOWING)


def applicant_locked(row: tables.Member, name: str) -> bool:
    """The applicant's row shows what step 2 says, and is the 牵头单位: none of it edits here."""
    return row.is_applicant and name in (*FROM_STEP_TWO, "role")


class StepTwoTips(QObject):
    """The tooltip of the applicant's locked cells says where they are changed."""

    def __init__(self, editor: ListEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        editor.view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() != QEvent.Type.ToolTip or not isinstance(event, QHelpEvent):
            return False
        index = self.editor.view.indexAt(event.pos())
        rows, columns = self.editor.rows.rows, self.editor.rows.columns
        if not index.isValid() or index.row() >= len(rows):
            return False
        name = columns[index.column()].name
        if not (rows[index.row()].is_applicant and name in FROM_STEP_TWO):
            return False
        QToolTip.showText(event.globalPos(), step_two_tip(name), self.editor.view)
        return True


def step_two_tip(name: str) -> str:
    if name in applicant_row.FOLLOWING:
        return _("申报单位的单位类型和是否龙头企业由“申报单位”一步的单位性质和申报单位类型决定，"
                 "请在那一步修改")
    return _("申报单位的名称和统一社会信用代码请在“申报单位”一步修改")


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
            Column("credit_code", "统一社会信用代码", width=165, fits="91310114MA1HBW2NMW"),
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
            Column("contact_phone", "联系电话", width=120, fits="13900000000"),
            Column("contribution", "参与内容和作用", width=130, long=True),
        ]
        editor = self.list_group("members", _("{title}名单").format(title=_(self.title, TITLE)), tables.Member, columns,
                        defaults={"role": choices.MEMBER_ROLES[-1]},
                        locked=applicant_locked, pinned=lambda row: row.is_applicant,
                        add_text="添加单位")
        self.step_two_tips = StepTwoTips(editor)
        self.packets = PacketPanel(self.session, editor)
        self.column.addWidget(self.packets)
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
