"""The fixed choices of the form (FORM.md), stored as their Simplified Chinese labels.

The stored value is the label the bureau reads; the UI translates it for display.
"""

BASE = "base"
CENTER = "center"
ORG_TYPES = {BASE: "技术标准创新基地", CENTER: "标准化创新中心"}

FIVE_ECONOMY_TAGS = ("创新型", "服务型", "开放型", "总部型", "流量型")  # 五型经济, 一
FOUR_NEW_TAGS = ("新技术", "新产业", "新业态", "新模式")  # 四新经济, 一
INDUSTRY_SUGGESTIONS = (
    "集成电路", "生物医药", "人工智能", "汽车", "高端装备", "航空航天",
    "信息服务", "新材料", "新能源", "节能环保", "数字经济", "时尚消费品", "现代服务业",
)
FORMATIONS = ("产业链上下游", "产业园区")  # 一(一)

UNIT_NATURES = ("企业", "事业单位", "社会团体", "高等院校", "科研院所", "其他")
APPLICANT_ROLES = ("行业龙头企业", "园区管理单位", "标准化机构")  # 二(一)1
RECOMMENDER_KINDS = ("区人民政府", "行业主管部门")  # 二(一)2

STANDARD_LEVELS = ("国际标准", "国家标准", "行业标准", "地方标准", "团体标准", "企业标准")
STANDARD_ROLES = ("主导", "参与")
STANDARD_STATUSES = ("已发布", "在研")
COMMITTEE_ROLES = ("秘书处承担单位", "委员单位", "观察员单位")
PROJECT_LEVELS = ("国家级", "省部级（市级）", "其他")
PROJECT_KINDS = ("科研项目", "标准化研究项目")
PROJECT_ROLES = ("牵头", "参与")

MEMBER_KINDS = (
    "企业", "高等院校", "科研院所", "标准化机构", "检测认证机构", "行业协会",
    "园区管理单位", "用户单位", "政府部门", "其他",
)
# 政产学研用 + 标准化机构 (一(一), 二(二)): which member kinds stand for each party.
COVERAGE = (
    ("政", ("政府部门", "园区管理单位")),
    ("产", ("企业",)),
    ("学", ("高等院校",)),
    ("研", ("科研院所",)),
    ("用", ("用户单位",)),
    ("标准化机构", ("标准化机构",)),
)
CHAIN_POSITIONS = ("上游", "中游", "下游", "园区内", "服务支撑")
MEMBER_ROLES = ("牵头单位", "理事长（组长）单位", "副理事长（副组长）单位", "成员单位")
LEAD_ROLE = MEMBER_ROLES[0]

GOVERNANCE_BODIES = ("领导小组", "理事会")  # 一(一)
ROLES_BY_BODY = {
    "领导小组": ("组长", "副组长", "成员"),
    "理事会": ("理事长", "副理事长", "理事", "秘书长"),
}
CENTER_TEAM_ROLES = ("负责人", "技术负责人", "核心成员")

EMPLOYMENT = ("专职", "兼职")
VENUE_USES = ("办公", "试验验证", "培训交流")
VENUE_SOURCES = ("自有", "租赁", "成员单位提供", "园区提供")

FUNDING_SOURCE = "source"
FUNDING_USE = "use"
FUNDING_SOURCES = ("申报单位自筹", "成员单位投入", "政府支持", "其他")
FUNDING_USES = ("标准研制", "试验验证", "宣贯推广", "人员", "设备场地", "其他")
OWN_MONEY = FUNDING_SOURCES[0]


def funding_label(category: str, org_type: str) -> str:
    """A center has 合作单位, not 成员单位: the funding source is named to match."""
    return category.replace("成员单位", "合作单位") if org_type == CENTER else category

PIPELINE_KINDS = ("制定", "修订")
MEASURE_KINDS = ("宣贯培训", "试点示范", "检测认证", "评价评估", "应用推广", "其他")
ANNUAL_SUMMARY = "年度工作总结"  # 三(三): a summary at the end of each pilot year

ATTACHMENT_KINDS = (
    "营业执照或法人证书", "推荐函", "成员单位支持函", "标准化工作证明", "科研项目证明",
    "场地证明", "经费证明", "盖章扫描件", "其他",
)
SUPPORT_LETTER = "成员单位支持函"
ATTACHMENT_SUFFIXES = (".pdf", ".ofd", ".jpg", ".jpeg", ".png", ".doc", ".docx", ".xls", ".xlsx")

TEXT_LIMITS = {"intro": 1500}
DEFAULT_TEXT_LIMIT = 3000

# The fields whose value is one of the form's choices ("" until chosen), by table and
# column, with the label the window gives them: import (app.json_checks), the check
# (app.rules.closed) and the window refuse any other value, and the printed counts by
# level count these same labels. Open on purpose, as FORM.md has them: 所属产业, free text
# with suggestions (INDUSTRY_SUGGESTIONS); every name, code and description.
CLOSED: dict[tuple[str, str], tuple[str, tuple[str, ...]]] = {
    ("application", "formation"): ("组建方式", FORMATIONS),
    ("applicant", "nature"): ("单位性质", UNIT_NATURES),
    ("applicant", "role"): ("申报单位类型", APPLICANT_ROLES),
    ("recommender", "kind"): ("推荐单位类型", RECOMMENDER_KINDS),
    ("governance", "body"): ("领导机构形式", GOVERNANCE_BODIES),
    ("member", "kind"): ("单位类型", MEMBER_KINDS),
    ("member", "chain_position"): ("产业链位置", CHAIN_POSITIONS),
    ("member", "role"): ("角色", MEMBER_ROLES),
    ("standardrecord", "level"): ("级别", STANDARD_LEVELS),
    ("standardrecord", "role"): ("主导/参与", STANDARD_ROLES),
    ("standardrecord", "status"): ("状态", STANDARD_STATUSES),
    ("committeeseat", "role"): ("承担角色", COMMITTEE_ROLES),
    ("researchproject", "level"): ("级别", PROJECT_LEVELS),
    ("researchproject", "kind"): ("类别", PROJECT_KINDS),
    ("researchproject", "role"): ("牵头/参与", PROJECT_ROLES),
    # A base's people hold a role of its body; a center's are its team (see allowed).
    ("governanceperson", "role"): ("担任角色", tuple(dict.fromkeys(
        role for roles in ROLES_BY_BODY.values() for role in roles))),
    ("staffmember", "employment"): ("专职/兼职", EMPLOYMENT),
    ("venue", "use"): ("用途", VENUE_USES),
    ("venue", "source"): ("来源", VENUE_SOURCES),
    ("pipelineitem", "level"): ("级别", STANDARD_LEVELS),
    ("pipelineitem", "kind"): ("制定/修订", PIPELINE_KINDS),
    ("measure", "kind"): ("措施类型", MEASURE_KINDS),
    ("attachment", "kind"): ("附件类型", ATTACHMENT_KINDS),
    ("fundingline", "direction"): ("经费来源或用途", (FUNDING_SOURCE, FUNDING_USE)),
    ("fundingline", "category"): ("经费类别", (*FUNDING_SOURCES, *FUNDING_USES)),
}
# Several choices at once, "|"-joined.
CLOSED_TAGS: dict[tuple[str, str], tuple[str, tuple[str, ...]]] = {
    ("application", "five_economy_tags"): ("五型经济", FIVE_ECONOMY_TAGS),
    ("application", "four_new_tags"): ("四新经济", FOUR_NEW_TAGS),
}


def allowed(table: str, column: str, org_type: str) -> tuple[str, ...]:
    """The choices of ``table.column`` in an application of ``org_type``."""
    if (table, column) == ("governanceperson", "role") and org_type == CENTER:
        return CENTER_TEAM_ROLES
    return (CLOSED.get((table, column)) or CLOSED_TAGS[(table, column)])[1]


def outside(table: str, column: str, value: object, org_type: str) -> list[str]:
    """What of ``value`` is not among the choices of ``table.column``: [] when it is one
    of them or empty, or when the field is open."""
    if not isinstance(value, str) or not value:
        return []
    if (table, column) in CLOSED_TAGS:
        parts = [tag for tag in value.split("|") if tag]
    elif (table, column) in CLOSED:
        parts = [value]
    else:
        return []
    options = allowed(table, column, org_type)
    return [part for part in parts if part not in options]


# 试点执行 (app.pilot): what a held activity and a reported result are
PILOT_ACTIVITY_KINDS = ("宣贯", "培训", "试点", "其他")
PILOT_RESULT_KINDS = ("阶段性成果", "成功经验模式", "其他")
