"""What a member workbook holds, sheet by sheet: the one description the writer
(``workbook``) and the reader (``reading``) share, so the two never disagree.

Each field is named by its key in the application's JSON (``app.exchange``), so a
returned answer compares with the application by the general diff (``app.compare``).
"""

from dataclasses import dataclass

from app import choices

FORMAT = "sto-apply/member-packet"
FORMAT_VERSION = 1
YES, NO = "是", "否"
LEAD, PART = "牵头", "参与"  # a member's part in a pipeline standard
PIPELINE_PARTS = (LEAD, PART)
LIST_ROWS = 30  # input rows of each list sheet: more than any member commits, A4 in two pages

# Sheet titles; the reader finds sheets by these, wherever they were moved.
COVER = "填写说明"
FACTS = "单位信息"
STAFF = "人员"
VENUES = "场地"
EQUIPMENT = "设备与平台"
PIPELINE = "标准研制"
META = "packet"  # very hidden: what the workbook is, for which application and member


@dataclass(frozen=True)
class Field:
    """One input: its JSON key, the label the clerk reads, how it is typed in."""

    key: str
    label: str
    kind: str = "text"  # text, choice, yesno, money, int, code, email, phone
    options: tuple[str, ...] = ()
    hint: str = ""
    width: int = 16  # characters, for the column or the value cell
    required: bool = False


FACT_FIELDS = (
    Field("name", "单位名称", required=True, width=40,
          hint="与营业执照或法人证书上的名称一致"),
    Field("credit_code", "统一社会信用代码", "code", required=True,
          hint="18 位，与营业执照一致，字母用大写"),
    Field("kind", "单位类型", "choice", choices.MEMBER_KINDS, "从下拉列表中选择"),
    Field("is_leading_enterprise", "是否行业龙头企业", "yesno", (YES, NO), "企业填写：是 或 否"),
    Field("chain_position", "产业链位置", "choice", choices.CHAIN_POSITIONS, "从下拉列表中选择"),
    Field("contact_name", "联系人", hint="负责本单位填报的人员姓名"),
    Field("contact_phone", "联系电话", "phone", hint="手机或座机（含区号）"),
    Field("contact_email", "电子邮箱", "email", hint="用于接收申报材料"),
    Field("contribution", "参与内容和作用", hint="本单位在新型标准化技术组织中承担的工作，200 字以内",
          width=60),
    Field("commitment", "投入内容（人员、场地、设备等）", hint="简要说明，详细清单填在后面各页",
          width=60),
    Field("commitment_year1_wan", "第一年投入经费（万元）", "money",
          hint="万元，最多两位小数；没有填 0"),
    Field("commitment_year2_wan", "第二年投入经费（万元）", "money",
          hint="万元，最多两位小数；没有填 0"),
)
# The application's fields of the member a workbook answers; pipeline_part and the
# total follow from the sheets (``reading``).
MEMBER_KEYS = (*[f.key for f in FACT_FIELDS], "commitment_wan", "pipeline_part")


@dataclass(frozen=True)
class ListSheet:
    """A sheet of rows: staff, venues, equipment (each row belongs to the member)."""

    title: str
    key: str  # the list's JSON key
    fields: tuple[Field, ...]
    note: str


STAFF_SHEET = ListSheet(STAFF, "staff", (
    Field("name", "姓名", width=12, required=True),
    Field("title", "职务", width=18),
    Field("professional_title", "职称", width=16, hint="如：高级工程师、研究员"),
    Field("specialty", "专业", width=18),
    Field("employment", "专职/兼职", "choice", choices.EMPLOYMENT, "从下拉列表中选择", 11),
), "本单位投入新型标准化技术组织工作的人员，每人一行。")
VENUE_SHEET = ListSheet(VENUES, "venues", (
    Field("address", "地址", width=44, required=True),
    Field("area_m2", "面积（m²）", "int", hint="整数，平方米", width=12),
    Field("use", "用途", "choice", choices.VENUE_USES, "从下拉列表中选择", 12),
    Field("source", "来源", "choice", choices.VENUE_SOURCES, "从下拉列表中选择", 14),
), "本单位提供的办公、试验验证、培训交流场地，每处一行。")
EQUIPMENT_SHEET = ListSheet(EQUIPMENT, "equipment", (
    Field("name", "设备或平台名称", width=34, required=True),
    Field("purpose", "用途说明", width=60),
), "本单位提供的仪器设备、试验验证平台、信息平台等，每项一行。")
LIST_SHEETS = (STAFF_SHEET, VENUE_SHEET, EQUIPMENT_SHEET)

# The pipeline sheet lists the application's standards (fixed) and asks the member's part.
PIPELINE_COLUMNS = (("title", "标准名称", 40), ("level", "级别", 10), ("kind", "制定/修订", 10),
                    ("lead", "牵头单位", 28), ("month", "计划完成（第几月）", 12))
PIPELINE_PART = Field("part", "本单位参与方式", "choice", PIPELINE_PARTS,
                      "牵头 或 参与；不参与的留空", 16)

# Where things are on each sheet (1-based rows): a title, a note, then the header.
TITLE_ROW, NOTE_ROW, HEADER_ROW = 1, 2, 3
FIRST_ROW = HEADER_ROW + 1
