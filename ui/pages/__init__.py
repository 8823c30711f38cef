"""The wizard's pages, in the order of the form (FORM.md sections 0–9)."""

from ui.pages.attachments import AttachmentsPage
from ui.pages.basics import ApplicantPage, RecommenderPage, TypePage
from ui.pages.check import CheckPage
from ui.pages.foundation import FoundationPage
from ui.pages.governance import GovernancePage
from ui.pages.members import MembersPage
from ui.pages.plan import PlanPage
from ui.pages.resources import ResourcesPage

PAGE_CLASSES = (
    TypePage, ApplicantPage, RecommenderPage, FoundationPage, MembersPage,
    GovernancePage, ResourcesPage, PlanPage, AttachmentsPage, CheckPage,
)
