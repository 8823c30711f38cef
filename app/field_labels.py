"""The name the window gives each field and list of the exchange JSON, for messages.

Keyed by the JSON's section or list key and field key (``app.exchange``), with the
labels of the wizard's pages (ui/pages), so a change list reads as the form does.
"""

# One-row sections: (section key, JSON field) → label.
SECTION_FIELDS: dict[str, dict[str, str]] = {
    "application": {
        "org_type": "申报类型", "org_name": "拟建组织名称", "five_economy_tags": "五型经济",
        "four_new_tags": "四新经济", "industry": "所属产业", "formation": "组建方式",
        "fill_date": "填报日期", "call_id": "申报通知"},
    "applicant": {
        "is_legal_person": "是否具有独立法人资格", "nature": "单位性质", "role": "申报单位类型",
        "legal_representative": "法定代表人", "registered_address": "注册地址",
        "mailing_address": "通讯地址", "postcode": "邮政编码", "founded": "成立日期",
        "staff_count": "职工总数（人）", "rd_staff_count": "研发人员（人）",
        "std_staff_count": "标准化工作人员（人）",
        "revenue_wan": "上年度营业收入或经费预算（万元）", "website": "单位网址",
        "intro": "单位简介", "contact_name": "联系人姓名", "contact_department": "联系人部门",
        "contact_title": "联系人职务", "contact_phone": "办公电话", "contact_mobile": "手机",
        "contact_email": "电子邮箱"},
    "recommender": {"name": "推荐单位名称", "kind": "推荐单位类型", "contact_name": "联系人",
                    "contact_phone": "联系电话"},
    "foundation": {"tech_advantage": "技术优势", "service_capacity": "标准化服务能力",
                   "coordination_capacity": "组织协调能力"},
    "governance": {"body": "领导机构形式", "secretariat_member": "秘书处设在",
                   "coordinator_member": "牵头协调单位", "division_of_work": "分工说明"},
    "resources": {"fulltime_count": "专职人员（人）", "parttime_count": "兼职人员（人）",
                  "std_professional_count": "其中标准化专业人员（人）"},
    "plan": {"background": "建设背景与必要性", "goals": "建设目标",
             "target_standards_in_use": "推动标准应用（项）",
             "target_enterprises_served": "服务企业（家）", "target_trainings": "开展培训（场）",
             "target_pilots": "开展试点（个）", "research_plan": "前期研究与试验验证计划",
             "mechanism": "机制创新", "safeguards": "保障措施", "expected_results": "预期成效"},
}

# Lists: key → (title, {JSON field → column label}).
LISTS: dict[str, tuple[str, dict[str, str]]] = {
    "members": ("成员单位", {
        "is_applicant": "申报单位", "name": "单位名称", "credit_code": "统一社会信用代码",
        "credit_code_confirmed": "已核对的信用代码", "kind": "单位类型",
        "is_leading_enterprise": "龙头企业", "chain_position": "产业链位置", "role": "角色",
        "contact_name": "联系人", "contact_phone": "联系电话", "contribution": "参与内容和作用",
        "commitment": "投入内容（人员、场地、设备等）", "commitment_wan": "投入经费（万元）",
        "contact_email": "电子邮箱", "commitment_year1_wan": "第一年投入经费（万元）",
        "commitment_year2_wan": "第二年投入经费（万元）", "pipeline_part": "参与的标准"}),
    "standards": ("主导或参与制定的标准", {
        "code": "标准编号", "name": "标准名称", "level": "级别", "role": "主导/参与",
        "year": "年份", "status": "状态"}),
    "committees": ("参与的标准化技术委员会", {"name": "技术委员会名称及编号", "role": "承担角色"}),
    "projects": ("承担的科研项目和标准化研究项目", {
        "name": "项目名称", "level": "级别", "kind": "类别", "year": "年份", "role": "牵头/参与"}),
    "service_institutions": ("可协调的外部标准化服务机构", {
        "name": "机构名称", "provides": "提供的标准化服务"}),
    "governance_people": ("领导机构成员", {
        "name": "姓名", "member": "所在单位", "title": "单位职务", "role": "担任角色"}),
    "staff": ("人员名单", {
        "name": "姓名", "member": "所在单位", "title": "职务", "professional_title": "职称",
        "specialty": "专业", "employment": "专职/兼职"}),
    "venues": ("场地", {"address": "地址", "area_m2": "面积（m²）", "use": "用途", "source": "来源",
                        "member": "提供单位"}),
    "funding": ("经费（万元）", {
        "year": "试点年度", "direction": "来源/用途", "category": "类别", "amount_wan": "金额（万元）"}),
    "equipment": ("设备与平台", {"name": "名称", "purpose": "用途说明", "member": "提供单位"}),
    "pipeline": ("标准供给", {
        "title": "标准名称", "level": "级别", "kind": "制定/修订", "tech_result": "转化的科技成果",
        "lead_member": "牵头单位", "month": "计划完成"}),
    "measures": ("标准实施措施", {
        "kind": "措施类型", "content": "具体内容", "target": "预期目标", "timing": "实施时间"}),
    "milestones": ("进度安排", {
        "start_month": "开始", "end_month": "结束", "task": "工作任务", "deliverable": "阶段成果"}),
    "attachments": ("附件", {
        "kind": "附件类型", "member": "所属单位", "name": "文件名", "size": "大小",
        "sha256": "文件内容"}),
}
CENTER_MEMBERS_TITLE = "合作单位"

# The field that names a row in a message ("第 3 行「某某公司」"), first non-empty wins.
ROW_NAMES: dict[str, tuple[str, ...]] = {
    "members": ("name", "credit_code"), "standards": ("name", "code"), "committees": ("name",),
    "projects": ("name",), "service_institutions": ("name",), "governance_people": ("name",),
    "staff": ("name",), "venues": ("address",), "funding": ("category",),
    "equipment": ("name",), "pipeline": ("title",), "measures": ("content", "kind"),
    "milestones": ("task", "deliverable"), "attachments": ("name",),
}


def field_label(section: str, field: str) -> str:
    """The label of ``field`` in ``section`` (a section or list key); the key if unknown."""
    if section in LISTS:
        return LISTS[section][1].get(field, field)
    return SECTION_FIELDS.get(section, {}).get(field, field)


def list_title(key: str, org_type: str = "base") -> str:
    if key == "members" and org_type == "center":
        return CENTER_MEMBERS_TITLE
    return LISTS[key][0]
