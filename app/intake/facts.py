"""The rules' ``Facts`` built from a received ``application.json``, without a file.

Importing every received package into an application file would copy each attachment
into SQLite only for the rules to read a few columns; the rules read ``Facts`` alone, so
intake builds them straight from the JSON, as import would store it: codes normalised
(``app.normalise``), rows numbered in order, member references turned into row ids,
and the applicant's member row following step 2 (``app.applicant_row``).
"""

import datetime as dt
from typing import Any

from sqlmodel import SQLModel

from app import applicant_row, exchange, normalise
from app.call import Call
from app.rules.engine import ERROR, Problem
from app.rules.facts import Facts


def _row(table: type[SQLModel], data: dict[str, Any], member_ids: list[int],
         row_id: int, position: int = 0) -> Any:
    values = exchange.json_to_values(table, data, member_ids)
    values = normalise.row(str(table.__tablename__), values)
    if "position" in table.model_fields:
        values["position"] = position
    return table(id=row_id, **values)


def facts_from_json(data: dict[str, Any], today: dt.date) -> Facts:
    """``Facts`` of a JSON that ``app.json_io.read_json`` accepted (the schema's shape)."""
    member_ids = list(range(1, len(data["members"]) + 1))
    lists: dict[str, Any] = {key: [_row(table, row, member_ids, n + 1, n) for n, row in enumerate(data[key])]
             for key, table in exchange.LISTS.items()}
    sections: dict[str, Any] = {key: _row(table, data[key], member_ids, 1) for key, table in exchange.SECTIONS.items()}
    sections["applicant"].member_id = member_ids[0]
    follows = applicant_row.member_values(sections["application"].org_type,
                                          sections["applicant"].nature, sections["applicant"].role)
    for name, value in follows.items():
        setattr(lists["members"][0], name, value)
    return Facts(today=today, **sections, **lists)


def check_json(data: dict[str, Any], today: dt.date | None = None,
               call: Call | None = None) -> list[Problem]:
    """The rules of ``call`` (by default the bundled one) on ``data``, in the order
    ``app.rules.check`` lists them."""
    from app.call import load_call
    from app.rules.engine import run_rules
    from app.steps import STEPS

    facts = facts_from_json(data, today or dt.date.today())
    order = {step.key: number for number, step in enumerate(STEPS)}
    problems = list(run_rules(facts, call or load_call()))
    return sorted(problems, key=lambda p: (order.get(p.step, 99), p.severity != ERROR))
