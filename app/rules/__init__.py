"""The rules of the call, checked in one place for the UI and the command line.

Each rule has a stable id, a severity, the clause of the notice it serves, and the step
and field (or list row) it points at. Rules read the application and never change it.
"""

# Registration order is the order problems are listed in within a step: fields first.
from app.rules import fields, cross, printing  # noqa: F401, E402, I001  (they register their rules)
from app.rules.engine import (
    CLAUSES,
    ERROR,
    RULES,
    WARNING,
    Problem,
    Rule,
    check,
)

__all__ = ["CLAUSES", "ERROR", "RULES", "WARNING", "Problem", "Rule", "check"]
