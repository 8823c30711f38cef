"""The application's tables by name, for code that runs before the ORM has loaded.

``app.model`` defines the tables as SQLModel classes, and importing it (SQLAlchemy,
pydantic) takes longer than starting Qt and showing a window three times over. So the
window names a table by the ``Table`` here: its pages, fields and edits can be built, and
a file shown (``app.opening``), while the ORM is still loading. ``ApplicationFile`` takes
a ``Table`` wherever it takes a model class. A test keeps this list equal to the model's.
"""


class Table:
    """A table of the application file, by its SQL name (the model class's ``__tablename__``)."""

    __slots__ = ("__name__", "__tablename__")

    def __init__(self, class_name: str) -> None:
        self.__name__ = class_name  # the model class of the same name
        self.__tablename__ = class_name.lower()  # SQLModel's default table name

    def __repr__(self) -> str:
        return f"tables.{self.__name__}"


# One-row sections (app.model.sections)
Application = Table("Application")
Applicant = Table("Applicant")
Recommender = Table("Recommender")
Foundation = Table("Foundation")
Governance = Table("Governance")
ResourcesInfo = Table("ResourcesInfo")
Plan = Table("Plan")
# Ordered lists (app.model.lists)
Member = Table("Member")
StandardRecord = Table("StandardRecord")
CommitteeSeat = Table("CommitteeSeat")
ResearchProject = Table("ResearchProject")
ServiceInstitution = Table("ServiceInstitution")
GovernancePerson = Table("GovernancePerson")
StaffMember = Table("StaffMember")
Venue = Table("Venue")
FundingLine = Table("FundingLine")
Equipment = Table("Equipment")
PipelineItem = Table("PipelineItem")
Measure = Table("Measure")
Milestone = Table("Milestone")
Attachment = Table("Attachment")

ALL = (Application, Applicant, Recommender, Foundation, Governance, ResourcesInfo, Plan,
       Member, StandardRecord, CommitteeSeat, ResearchProject, ServiceInstitution,
       GovernancePerson, StaffMember, Venue, FundingLine, Equipment, PipelineItem, Measure,
       Milestone, Attachment)
SECTIONS = ALL[:7]
# 试点执行 (app.model.pilot): after approval, beside the application
PilotRecord = Table("PilotRecord")
PilotStandard = Table("PilotStandard")
PilotMilestone = Table("PilotMilestone")
PilotSpending = Table("PilotSpending")
PilotActivity = Table("PilotActivity")
PilotResult = Table("PilotResult")
PilotFile = Table("PilotFile")
PILOT = (PilotRecord, PilotStandard, PilotMilestone, PilotSpending, PilotActivity, PilotResult,
         PilotFile)
