"""One-row tables, one per section of the form (FORM.md sections 0–2, 3, 5, 6, 7).

Each holds a single row with ``id = 1``; lists live in ``app.model.lists``.
"""

import uuid

from sqlmodel import Field, SQLModel

from app.hant import SIMPLIFIED


def new_file_id() -> str:
    """A random identity for a new application file (32 hex digits)."""
    return uuid.uuid4().hex


class Application(SQLModel, table=True):
    """Section 0: 申报类型与名称 (一, 一(一))."""

    id: int | None = Field(default=None, primary_key=True)
    org_type: str = "base"
    org_name: str = ""
    five_economy_tags: str = ""  # "|"-joined labels from choices.FIVE_ECONOMY_TAGS
    four_new_tags: str = ""
    industry: str = ""
    formation: str = ""  # base only
    fill_date: str = ""  # ISO date printed on the cover
    call_id: str = ""  # the call's id (app.call.Call.id), as the JSON export names it
    # Which application this file is, wherever it is moved: its snapshots are kept under
    # it (app.snapshots). A storage detail, not content: exports leave it out.
    file_id: str = Field(default_factory=new_file_id)
    # 申报书用字 (app.hant) of the printed form: the application's own, never taken from
    # the window's language (schema 4). Not content either: exports leave it out.
    document_script: str = SIMPLIFIED
    # The last outputs made from this file, as JSON (app.output_record); "" before any.
    last_outputs: str = ""
    # The call this application answers, its whole content as a call file holds it
    # (app.call_store, schema 5): which version of the call travels with the file.
    # "" only in a file mended by repair: it then answers the bundled call.
    call_json: str = ""
    # Whether 申报书.docx goes into the zip as well (app.docx_choice, schema 5). Not
    # content: exports leave it out.
    docx_in_package: bool = True


class Applicant(SQLModel, table=True):
    """Section 1: 申报单位. Its name and credit code live on its ``Member`` row."""

    id: int | None = Field(default=None, primary_key=True)
    member_id: int | None = Field(default=None, foreign_key="member.id")
    is_legal_person: bool | None = None
    nature: str = ""
    role: str = ""  # base only, 二(一)1
    legal_representative: str = ""
    registered_address: str = ""
    mailing_address: str = ""
    postcode: str = ""
    founded: str = ""
    staff_count: int | None = None
    rd_staff_count: int | None = None
    std_staff_count: int | None = None
    revenue_fen: int | None = None
    website: str = ""
    intro: str = ""
    contact_name: str = ""
    contact_department: str = ""
    contact_title: str = ""
    contact_phone: str = ""
    contact_mobile: str = ""
    contact_email: str = ""


class Recommender(SQLModel, table=True):
    """Section 2: 推荐单位 (二(一)2, 二(四)1). Its opinion and seal are filled by hand."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = ""
    kind: str = ""
    contact_name: str = ""
    contact_phone: str = ""


class Foundation(SQLModel, table=True):
    """Section 3: 标准化工作基础, the free texts (二(二), 二(三))."""

    id: int | None = Field(default=None, primary_key=True)
    tech_advantage: str = ""
    service_capacity: str = ""
    coordination_capacity: str = ""  # base only


class Governance(SQLModel, table=True):
    """Section 5: 组织架构 (一(一), 三(一))."""

    id: int | None = Field(default=None, primary_key=True)
    body: str = ""  # base: 领导小组 or 理事会
    secretariat_member_id: int | None = Field(default=None, foreign_key="member.id")
    coordinator_member_id: int | None = Field(default=None, foreign_key="member.id")
    division_of_work: str = ""


class ResourcesInfo(SQLModel, table=True):
    """Section 6: 资源保障, the people counts (二(一)3)."""

    id: int | None = Field(default=None, primary_key=True)
    fulltime_count: int | None = None
    parttime_count: int | None = None
    std_professional_count: int | None = None


class Plan(SQLModel, table=True):
    """Section 7: 建设方案 texts and the typed 2-year targets (二(二), 三(一)(二))."""

    id: int | None = Field(default=None, primary_key=True)
    background: str = ""
    goals: str = ""
    target_standards_in_use: int | None = None
    target_enterprises_served: int | None = None
    target_trainings: int | None = None
    target_pilots: int | None = None
    research_plan: str = ""  # center only: 前期研究与试验验证, 一(二)
    mechanism: str = ""
    safeguards: str = ""
    expected_results: str = ""
