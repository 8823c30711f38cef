"""Where a problem is, as the user and the exchange file see it, never by database id.

``row`` is the number the window shows beside a list row (1 for the first, the applicant
in the members list), as the printed form numbers its tables. ``path`` is the JSON
Pointer (RFC 6901) of the value in what ``export-json`` writes, whose lists count from 0
as JSON does: the members list's row 13 is ``/members/12``. A row's id in the file is
neither (it keeps the number of a removed row's place), so it is never shown.
"""

from sqlmodel import SQLModel

from app import exchange
from app.rules.facts import Facts
from app.rules.printing import SECTION_STEPS

UNNUMBERED = {"funding"}  # a grid of years and categories: its rows show no number
SAME_ROWS = {"commitments": "members"}  # the members' pledges, listed on another page
SECTION_OF_STEP = {step: table for table, step in SECTION_STEPS.items()}
SECTION_KEYS = {table: key for key, table in exchange.SECTIONS.items()}
APPLICANT_MEMBER_FIELDS = ("name", "credit_code")  # on the applicant's page, in members/0


def _json_key(table: type[SQLModel], column: str) -> str | None:
    return dict(exchange.json_fields(table)).get(column)


def locate(facts: Facts, step: str, field: str, row_id: int | None,
           column: str) -> tuple[int | None, str]:
    """``(row, path)`` of a finding; ``(None, "")`` for what is no value (the deadline)."""
    key = SAME_ROWS.get(field, field)
    if key in exchange.LISTS:
        table = exchange.LISTS[key]
        if row_id is None:
            return None, f"/{key}"
        rows = getattr(facts, key)
        index = next((i for i, row in enumerate(rows) if row.id == row_id), None)
        if index is None:
            return None, f"/{key}"
        path = f"/{key}/{index}"
        if column and (json_key := _json_key(table, column)):
            path += f"/{json_key}"
        return (None if key in UNNUMBERED else index + 1), path
    if step == "applicant" and field in APPLICANT_MEMBER_FIELDS:
        index = next((i for i, m in enumerate(facts.members) if m.is_applicant), None)
        return None, "" if index is None else f"/members/{index}/{field}"
    section = SECTION_OF_STEP.get(step)
    if section is not None and (json_key := _json_key(section, field)):
        return None, f"/{SECTION_KEYS[section]}/{json_key}"
    return None, ""

