"""试点执行: what happens after approval, beside the application and never inside it.

The application's own tables stay as submitted once the unit marks it approved
(``app.pilot.approval``); the pilot's progress, money spent, activities, results and the
unit's narrative for the reports live here. Rows point at the application's pipeline
items and milestones by id without a foreign key: withdrawing an approval unlocks the
application, and deleting a planned standard must not fail on its progress row (the next
approval drops such orphans, ``app.pilot.approval.sync_rows``).
"""

from sqlmodel import Field, SQLModel

# The reports that carry a narrative, and the topics each one asks the unit to write.
REPORTS = ("y1", "y2", "stage", "final")
TOPICS = ("work", "results", "problems", "next")


class PilotRecord(SQLModel, table=True):
    """The approval (one row, id 1, present once approved) and the unit's narrative."""

    id: int | None = Field(default=None, primary_key=True)
    position: int = 0
    approved_on: str = ""  # ISO date; "" = approval withdrawn (the execution data stays)
    approval_ref: str = ""  # 批复文号, as the bureau's letter writes it
    approved_checksum: str = ""  # the application's checksum when it was approved
    y1_work: str = ""
    y1_results: str = ""
    y1_problems: str = ""
    y1_next: str = ""
    y2_work: str = ""
    y2_results: str = ""
    y2_problems: str = ""
    y2_next: str = ""
    stage_work: str = ""
    stage_results: str = ""
    stage_problems: str = ""
    stage_next: str = ""
    final_work: str = ""
    final_results: str = ""
    final_problems: str = ""
    final_next: str = ""


class PilotStandard(SQLModel, table=True):
    """A pipeline standard's way through 立项/起草/征求意见/审查/发布 (one date per stage)."""

    id: int | None = Field(default=None, primary_key=True)
    position: int = 0
    pipeline_item_id: int | None = None
    project_on: str = ""
    draft_on: str = ""
    consultation_on: str = ""
    review_on: str = ""
    published_on: str = ""
    standard_number: str = ""
    publisher: str = ""
    note: str = ""


class PilotMilestone(SQLModel, table=True):
    """A milestone of the plan: done or not, when, and a note."""

    id: int | None = Field(default=None, primary_key=True)
    position: int = 0
    milestone_id: int | None = None
    done: bool = False
    done_on: str = ""
    note: str = ""


class PilotSpending(SQLModel, table=True):
    """Money actually raised or spent in a pilot year, by the plan's source/use categories."""

    id: int | None = Field(default=None, primary_key=True)
    position: int = 0
    year: int = 1
    direction: str = "source"
    category: str = ""
    amount_fen: int | None = None


class PilotActivity(SQLModel, table=True):
    """A 宣贯/培训/试点 activity held."""

    id: int | None = Field(default=None, primary_key=True)
    position: int = 0
    kind: str = ""
    held_on: str = ""
    title: str = ""
    participants: int | None = None
    units_reached: int | None = None
    note: str = ""


class PilotResult(SQLModel, table=True):
    """A result or a practice worth reporting (阶段性成果, 成功经验模式)."""

    id: int | None = Field(default=None, primary_key=True)
    position: int = 0
    kind: str = ""
    title: str = ""
    reported_on: str = ""
    content: str = ""


class PilotFile(SQLModel, table=True):
    """A file kept with a result (a photo, a published text); bytes in ``PilotFileBlob``."""

    id: int | None = Field(default=None, primary_key=True)
    position: int = 0
    result_id: int | None = None
    name: str = ""
    size: int = 0
    sha256: str = ""


class PilotFileBlob(SQLModel, table=True):
    """The bytes of a pilot file, apart so listing files never reads them."""

    pilotfile_id: int = Field(primary_key=True)
    data: bytes = b""


PILOT_TABLES = (PilotRecord, PilotStandard, PilotMilestone, PilotSpending, PilotActivity,
                PilotResult, PilotFile)
