"""The rules of the call, checked in one place for the UI and the command line.

Each rule has a stable id, a severity, the clause of the notice it serves, and the step
and field (or list row) it points at. Rules read the application and never change it.
"""

from app.rules.engine import (
    CLAUSES,
    ERROR,
    WARNING,
    Problem,
    Rule,
    check,
    load_rules,
)

__all__ = ["CLAUSES", "ERROR", "WARNING", "Problem", "Rule", "check", "load_rules"]
