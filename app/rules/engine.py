"""Rule records, the registry, and running every rule that applies to an application.

The rules themselves (``fields``, ``cross``, ``printing``) read the application through
the ORM; they are registered on first use (``load_rules``), so that the window can name
problems' types and severities before the ORM has loaded.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app import choices
from app.call import Call
from app.form_versions import serves

if TYPE_CHECKING:
    from app.document import ApplicationFile
    from app.rules.facts import Facts

ERROR = "error"  # blocks the printed form and the package
WARNING = "warning"  # shown; output still allowed
BOTH = (choices.BASE, choices.CENTER)

# The clauses of the notice (沪市监标创20210511号) a rule may cite.
CLAUSES = frozenset({
    "一", "一(一)", "一(二)", "二(一)1", "二(一)2", "二(一)3", "二(二)", "二(三)",
    "二(四)1", "二(四)2", "三(一)", "三(二)", "三(三)", "四",
})


@dataclass(frozen=True)
class Finding:
    """What a rule's check yields: where, and the message; the rule adds the rest.

    ``field`` names a field of the step's page, or one of its lists (the keys of
    ``exchange.LISTS``, plus ``commitments`` for the members' pledges on the resources
    page); ``row_id`` and ``column`` then point into that list.
    """

    field: str
    message: str
    row_id: int | None = None
    column: str = ""
    # The member whose failing credit code the user may confirm against the licence.
    confirm_member: int | None = None
    step: str = ""  # for a rule that looks at every step: the step this finding is on
    # An entry not made yet (a required field or list still empty), not one made wrong:
    # the window keeps these quiet on a new file until the user has been there.
    missing: bool = False


@dataclass(frozen=True)
class Problem:
    rule_id: str
    severity: str
    clause: str
    step: str
    field: str
    message: str
    row_id: int | None = None  # the row's id in the file: for the window to find it
    column: str = ""
    confirm_member: int | None = None
    missing: bool = False  # (``Finding.missing``)
    row: int | None = None  # the row's number as the window shows it, from 1
    path: str = ""  # JSON Pointer into export-json's file, lists from 0 (app.rules.places)

    @property
    def where(self) -> str:
        """``field``, ``list 第N行`` or ``list 第N行 column``: for the command line, with
        the row numbered as the window shows it (never the file's row id)."""
        if self.row is None:
            return f"{self.field} {self.column}" if self.column else self.field
        return f"{self.field} 第{self.row}行" + (f" {self.column}" if self.column else "")


Check = Callable[["Facts", Call], Iterable[Finding]]


@dataclass(frozen=True)
class Rule:
    id: str
    severity: str
    clause: str
    step: str
    types: tuple[str, ...]
    run: Check
    forms: tuple[str, ...] | None = None  # the form versions it serves (None: all)


RULES: dict[str, Rule] = {}


def rule(rule_id: str, severity: str, clause: str, step: str,
         types: tuple[str, ...] = BOTH,
         forms: tuple[str, ...] | None = None) -> Callable[[Check], Check]:
    """Register ``run`` as rule ``rule_id``, for the form versions ``forms`` (None: every
    version; ``app.form_versions``)."""
    if clause not in CLAUSES:
        raise ValueError(f"rule {rule_id} cites unknown clause {clause}")

    def register(run: Check) -> Check:
        if rule_id in RULES:
            raise ValueError(f"rule {rule_id} registered twice")
        RULES[rule_id] = Rule(rule_id, severity, clause, step, types, run, forms)
        return run

    return register


def load_rules() -> dict[str, Rule]:
    """Every rule, registered in the order problems are listed within a step: fields first."""
    # In this order, each registering its rules; named, not looked up, so the frozen
    # bundle's analysis finds them.
    # isort: off
    from app.rules import fields  # noqa: F401
    from app.rules import cross  # noqa: F401
    from app.rules import printing  # noqa: F401
    from app.rules import values  # noqa: F401
    from app.rules import closed  # noqa: F401
    # isort: on

    return RULES


def run_rules(facts: Facts, call: Call) -> Iterator[Problem]:
    from app.rules.places import locate

    for each in load_rules().values():
        if facts.org_type not in each.types or not serves(each.forms, call.form_version):
            continue
        for finding in each.run(facts, call):
            step = finding.step or each.step
            row, path = locate(facts, step, finding.field, finding.row_id, finding.column)
            yield Problem(each.id, each.severity, each.clause, step, finding.field,
                          finding.message, finding.row_id, finding.column, finding.confirm_member,
                          finding.missing, row, path)


def check(doc: ApplicationFile, today: dt.date | None = None) -> list[Problem]:
    """Every problem of the application, in step order."""
    from app.call_store import call_of
    from app.rules.facts import load_facts
    from app.steps import STEPS

    call = call_of(doc)
    facts = load_facts(doc, today or dt.date.today())
    order = {step.key: number for number, step in enumerate(STEPS)}
    problems = list(run_rules(facts, call))
    return sorted(problems, key=lambda p: (order.get(p.step, 99), p.severity != ERROR))
