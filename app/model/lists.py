"""Ordered lists of the form: each row has a ``position`` the user controls."""

from sqlmodel import Field, SQLModel


class Member(SQLModel, table=True):
    """成员单位 (base) / 合作单位 (center). The applicant is the row with ``is_applicant``."""

    id: int | None = Field(default=None, primary_key=True)
    position: int = 0
    is_applicant: bool = False
    name: str = ""
    credit_code: str = ""
    # The code the user confirmed against the licence although its check character
    # fails (a few early codes do); it stops counting once the code is changed.
    credit_code_confirmed: str = ""
    kind: str = ""
    is_leading_enterprise: bool = False
    chain_position: str = ""
    role: str = ""
    contact_name: str = ""
    contact_phone: str = ""
    contribution: str = ""
    commitment: str = ""  # base: what the member commits (people, venue, money), 二(一)3
    commitment_fen: int | None = None
    # Schema 5 (member packets, app.packets): the contact's e-mail, for the packet's draft;
    # the money committed per pilot year (commitment_fen stays their total); the pipeline
    # standards the member takes part in besides those it leads, their titles "|"-joined.
    contact_email: str = ""
    commitment_year1_fen: int | None = None
    commitment_year2_fen: int | None = None
    pipeline_part: str = ""
    # When its packet was made and its answer merged (ISO dates; "" before): the lead's
    # bookkeeping, not content, so exports leave them out (app.exchange.HIDDEN_BY_TABLE).
    packet_sent: str = ""
    packet_answered: str = ""


class StandardRecord(SQLModel, table=True):
    """A standard the applicant led or joined (标准化工作基础)."""

    id: int | None = Field(default=None, primary_key=True)
    position: int = 0
    code: str = ""
    name: str = ""
    level: str = ""
    role: str = ""
    year: int | None = None
    status: str = ""


class CommitteeSeat(SQLModel, table=True):
    """A technical committee seat (e.g. SAC/TC 28, 秘书处承担单位)."""

    id: int | None = Field(default=None, primary_key=True)
    position: int = 0
    name: str = ""
    role: str = ""


class ResearchProject(SQLModel, table=True):
    """A research or standardization project; a center needs a led municipal one, 二(三)."""

    id: int | None = Field(default=None, primary_key=True)
    position: int = 0
    name: str = ""
    level: str = ""
    kind: str = ""
    year: int | None = None
    role: str = ""


class ServiceInstitution(SQLModel, table=True):
    """An external standardization service resource a base can call on, 二(二)."""

    id: int | None = Field(default=None, primary_key=True)
    position: int = 0
    name: str = ""
    provides: str = ""


class GovernancePerson(SQLModel, table=True):
    """A person of the 领导小组/理事会 (base) or of the center's core team."""

    id: int | None = Field(default=None, primary_key=True)
    position: int = 0
    name: str = ""
    member_id: int | None = Field(default=None, foreign_key="member.id")
    title: str = ""  # position held in that unit
    role: str = ""


class StaffMember(SQLModel, table=True):
    """A person committed to the organization's work (资源保障 / 人员)."""

    id: int | None = Field(default=None, primary_key=True)
    position: int = 0
    name: str = ""
    member_id: int | None = Field(default=None, foreign_key="member.id")
    title: str = ""
    professional_title: str = ""  # 职称
    specialty: str = ""
    employment: str = ""


class Venue(SQLModel, table=True):
    """A venue committed (资源保障 / 场地)."""

    id: int | None = Field(default=None, primary_key=True)
    position: int = 0
    address: str = ""
    area_m2: int | None = None
    use: str = ""
    source: str = ""
    member_id: int | None = Field(default=None, foreign_key="member.id")  # who provides it (schema 5)


class FundingLine(SQLModel, table=True):
    """One cell of the funding grid: a pilot year, source or use, category, amount in 分."""

    id: int | None = Field(default=None, primary_key=True)
    position: int = 0
    year: int = 1
    direction: str = "source"
    category: str = ""
    amount_fen: int | None = None


class Equipment(SQLModel, table=True):
    """Equipment or a platform committed (资源保障 / 设备平台)."""

    id: int | None = Field(default=None, primary_key=True)
    position: int = 0
    name: str = ""
    purpose: str = ""
    member_id: int | None = Field(default=None, foreign_key="member.id")


class PipelineItem(SQLModel, table=True):
    """标准供给: a standard to be made within the pilot (三(二))."""

    id: int | None = Field(default=None, primary_key=True)
    position: int = 0
    title: str = ""
    level: str = ""
    kind: str = ""
    tech_result: str = ""
    lead_member_id: int | None = Field(default=None, foreign_key="member.id")
    month: int | None = None


class Measure(SQLModel, table=True):
    """标准实施措施 (三(二))."""

    id: int | None = Field(default=None, primary_key=True)
    position: int = 0
    kind: str = ""
    content: str = ""
    target: str = ""
    timing: str = ""


class Milestone(SQLModel, table=True):
    """进度安排 inside the 24 pilot months; summaries at months 12 and 24 (三(三))."""

    id: int | None = Field(default=None, primary_key=True)
    position: int = 0
    start_month: int | None = None
    end_month: int | None = None
    task: str = ""
    deliverable: str = ""


class Attachment(SQLModel, table=True):
    """附件: stored inside the application file; the bytes live in ``AttachmentBlob``."""

    id: int | None = Field(default=None, primary_key=True)
    position: int = 0
    kind: str = ""
    member_id: int | None = Field(default=None, foreign_key="member.id")  # a support letter's unit
    name: str = ""
    size: int = 0
    sha256: str = ""


class AttachmentBlob(SQLModel, table=True):
    """The bytes of an attachment, apart so listing attachments never reads them."""

    attachment_id: int = Field(primary_key=True, foreign_key="attachment.id")
    data: bytes = b""
