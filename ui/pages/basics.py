"""Steps 1–3: type and name, the applicant, the recommending unit."""

from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QMessageBox, QRadioButton, QWidget

from app import choices, tables

from ui.form_page import FormPage
from ui.i18n import _


class TypePage(FormPage):
    key = "type"
    title = "申报类型与名称"
    intro = ("新型标准化技术组织分为技术标准创新基地和标准化创新中心两类（通知一）。"
             "基地由产业链上下游或产业园区内的多家单位共同组成，由行业龙头企业、园区管理单位或标准化机构申报；"
             "中心由一家技术能力强的企事业单位独立申报。")

    def build(self) -> None:
        form = self.group("申报类型")
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.type_buttons = QButtonGroup(self)
        for code, label in choices.ORG_TYPES.items():
            button = QRadioButton(_(label))
            button.setProperty("org_type", code)
            button.setChecked(code == self.doc.org_type)
            self.type_buttons.addButton(button)
            layout.addWidget(button)
        layout.addStretch(1)
        self.type_buttons.buttonClicked.connect(self._type_clicked)
        form.addRow(self.caption("申报类型", required=True), row)
        self.line(form, "拟建组织名称", tables.Application, "org_name", required=True,
                  placeholder="例如：上海市智能网联汽车技术标准创新基地")
        self.date(form, "填报日期", tables.Application, "fill_date")
        form = self.group("领域", "紧密围绕“五型经济”“四新经济”等领域产业发展需求（通知一），至少选择一项。")
        self.tags(form, "五型经济", tables.Application, "five_economy_tags",
                  choices.FIVE_ECONOMY_TAGS)
        self.tags(form, "四新经济", tables.Application, "four_new_tags", choices.FOUR_NEW_TAGS)
        self.choice(form, "所属产业", tables.Application, "industry",
                    choices.INDUSTRY_SUGGESTIONS, required=True, editable=True)
        if self.is_base:
            self.choice(form, "组建方式", tables.Application, "formation", choices.FORMATIONS,
                        required=True)

    def _type_clicked(self, button: QRadioButton) -> None:
        new_type = button.property("org_type")
        if new_type == self.doc.org_type:
            return
        answer = QMessageBox.question(
            self, _("更改申报类型"),
            _("改为“{label}”后，向导页面会随类型变化；已填写的内容都会保留。确定更改吗？").format(
                label=_(choices.ORG_TYPES[new_type])))
        if answer == QMessageBox.StandardButton.Yes:
            self.session.set_value(tables.Application, 1, "org_type", new_type)
        else:
            for other in self.type_buttons.buttons():
                other.setChecked(other.property("org_type") == self.doc.org_type)


class ApplicantPage(FormPage):
    key = "applicant"
    title = "申报单位"
    intro = "申报单位应具有独立法人资格（通知二(一)2）。名称和统一社会信用代码请与营业执照或法人证书一致。"

    def build(self) -> None:
        member_id = self.doc.applicant_member().id or 0
        form = self.group("基本信息")
        self.line(form, "单位名称", tables.Member, "name", row_id=member_id, required=True)
        self.line(form, "统一社会信用代码", tables.Member, "credit_code", row_id=member_id,
                  required=True, placeholder="18 位，见营业执照或法人证书")
        self.yes_no(form, "是否具有独立法人资格", tables.Applicant, "is_legal_person", required=True)
        self.choice(form, "单位性质", tables.Applicant, "nature", choices.UNIT_NATURES)
        if self.is_base:
            self.choice(form, "申报单位类型", tables.Applicant, "role", choices.APPLICANT_ROLES,
                        required=True)
        self.line(form, "法定代表人", tables.Applicant, "legal_representative")
        self.line(form, "注册地址", tables.Applicant, "registered_address")
        self.line(form, "通讯地址", tables.Applicant, "mailing_address")
        self.line(form, "邮政编码", tables.Applicant, "postcode", placeholder="6 位数字")
        self.date(form, "成立日期", tables.Applicant, "founded")
        self.line(form, "单位网址", tables.Applicant, "website")
        form = self.group("规模")
        self.line(form, "职工总数（人）", tables.Applicant, "staff_count", kind="int")
        self.line(form, "研发人员（人）", tables.Applicant, "rd_staff_count", kind="int")
        self.line(form, "标准化工作人员（人）", tables.Applicant, "std_staff_count", kind="int")
        self.line(form, "上年度营业收入或经费预算（万元）", tables.Applicant, "revenue_fen",
                  kind="money")
        form = self.group("单位简介")
        self.text(form, "单位简介", tables.Applicant, "intro", required=True,
                  placeholder="主营业务、技术实力、行业地位、标准化工作情况等")
        form = self.group("联系人")
        self.line(form, "姓名", tables.Applicant, "contact_name", required=True)
        self.line(form, "部门", tables.Applicant, "contact_department", required=True)
        self.line(form, "职务", tables.Applicant, "contact_title", required=True)
        self.line(form, "办公电话", tables.Applicant, "contact_phone", required=True,
                  placeholder="例如 021-50801234 转 8021")
        self.line(form, "手机", tables.Applicant, "contact_mobile", required=True,
                  placeholder="11 位手机号码")
        self.line(form, "电子邮箱", tables.Applicant, "contact_email", required=True)


class RecommenderPage(FormPage):
    key = "recommender"
    title = "推荐单位"
    intro = ("申报须由区人民政府或行业主管部门推荐，并由推荐单位确认盖章（通知二(一)2、二(四)1）。"
             "打印稿中的“推荐意见”、盖章和日期留空，由推荐单位手工填写。")

    def build(self) -> None:
        form = self.group("推荐单位")
        self.line(form, "推荐单位名称", tables.Recommender, "name", required=True,
                  placeholder="例如：上海市浦东新区人民政府")
        self.choice(form, "推荐单位类型", tables.Recommender, "kind", choices.RECOMMENDER_KINDS,
                    required=True)
        self.line(form, "联系人", tables.Recommender, "contact_name")
        self.line(form, "联系电话", tables.Recommender, "contact_phone")
