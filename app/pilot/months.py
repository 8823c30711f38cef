"""Pilot months: the approval date fixes month 1, and every due date follows from it.

Month ``m`` runs from the approval date plus ``m - 1`` calendar months up to the day
before the approval date plus ``m`` months (approved on 2022-01-15: month 1 is
2022-01-15 … 2022-02-14). A day past the 28th is clamped to the month's last day.
"""

import calendar
import datetime as dt


def add_months(day: dt.date, months: int) -> dt.date:
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def month_start(approved: dt.date, month: int) -> dt.date:
    return add_months(approved, month - 1)


def month_end(approved: dt.date, month: int) -> dt.date:
    """The last day of pilot month ``month``: what a plan's "by month N" means."""
    return add_months(approved, month) - dt.timedelta(days=1)


def month_of(approved: dt.date, day: dt.date) -> int:
    """The pilot month ``day`` falls in: 0 before approval, may exceed the pilot's end."""
    if day < approved:
        return 0
    month = (day.year - approved.year) * 12 + day.month - approved.month + 1
    while month > 1 and month_start(approved, month) > day:
        month -= 1
    while month_end(approved, month) < day:
        month += 1
    return month


def year_range(approved: dt.date, year: int) -> tuple[dt.date, dt.date]:
    """First and last day of pilot year ``year`` (months 12·(year-1)+1 … 12·year)."""
    return month_start(approved, 12 * (year - 1) + 1), month_end(approved, 12 * year)
