"""The pilot's pages in the order of ``app.steps.PILOT_STEPS`` (shown once approved)."""

from ui.pages.pilot_lists import (
    ActivitiesPage,
    MilestonesPage,
    ResultsPage,
    SpendingPage,
    StandardsPage,
)
from ui.pages.pilot_progress import ProgressPage, ReportsPage

PILOT_PAGE_CLASSES = (ProgressPage, StandardsPage, MilestonesPage, SpendingPage, ActivitiesPage,
                      ResultsPage, ReportsPage)
