"""The register: the submissions grouped by applicant unit, the latest of each marked,
what changed between two submissions, and which submission a paper copy's checksum is.

A unit is its credit code (``app.intake.summary.unit_key``): a resubmission with a new
name is still the same unit. Items that are not packages (from elsewhere, refused) are
kept apart, each its own row, so none goes unseen.
"""

import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app import hant
from app.intake.record import PACKAGE, Submission
from app.json_io import CHECKSUM_DIGITS
from app.package import JSON_NAME

SHORTEST_LOOKUP = 6  # hex digits: enough to tell a few hundred submissions apart
NOT_HEX = re.compile(r"[^0-9a-f]")


@dataclass
class Unit:
    """One applicant unit and its submissions, oldest first; the last is the latest."""

    key: str
    submissions: list[Submission]

    @property
    def latest(self) -> Submission:
        return self.submissions[-1]


def _order(submission: Submission) -> tuple[str, int]:
    return submission.received_on, submission.number


def units(submissions: list[Submission]) -> list[Unit]:
    """The packages grouped by unit, in the order each unit first arrived."""
    groups: dict[str, list[Submission]] = {}
    for submission in sorted(submissions, key=_order):
        if submission.kind == PACKAGE:
            groups.setdefault(submission.unit or f"#{submission.number}", []).append(submission)
    return [Unit(key, items) for key, items in groups.items()]


def others(submissions: list[Submission]) -> list[Submission]:
    """What is not a package: zips and files from elsewhere, and what was refused."""
    return [s for s in submissions if s.kind != PACKAGE]


def is_latest(submission: Submission, all_units: list[Unit]) -> bool:
    return any(unit.latest is submission for unit in all_units)


def normalised_checksum(typed: str) -> str:
    """What was typed or scanned from a page footer (校验码 3F2A 9C…, full-width, any case)
    as the hex digits it holds."""
    text = unicodedata.normalize("NFKC", typed).lower().replace("校验码", "")
    return NOT_HEX.sub("", text)[:CHECKSUM_DIGITS]


@dataclass(frozen=True)
class Match:
    submission: Submission
    exact: bool  # all 12 digits typed and equal
    data_altered: bool  # matches the manifest's checksum, not the data's


def lookup(typed: str, submissions: list[Submission]) -> list[Match]:
    """The submissions whose checksum is (or, typed shorter, starts with) ``typed``;
    empty when none is, or fewer than ``SHORTEST_LOOKUP`` digits were typed."""
    digits = normalised_checksum(typed)
    if len(digits) < SHORTEST_LOOKUP:
        return []
    found = []
    for submission in submissions:
        if submission.kind != PACKAGE:
            continue
        if submission.checksum and submission.checksum.startswith(digits):
            found.append(Match(submission, len(digits) == CHECKSUM_DIGITS, False))
        elif submission.manifest_checksum.startswith(digits):
            found.append(Match(submission, len(digits) == CHECKSUM_DIGITS, True))
    return found


def application_data(register: Path, submission: Submission) -> dict[str, Any] | None:
    """The received ``application.json`` of ``submission`` (None if it had none)."""
    if not submission.package:
        return None
    path = register / submission.package / JSON_NAME
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def changes(register: Path, old: Submission, new: Submission,
            language: str = hant.SIMPLIFIED) -> list[str]:
    """What changed from ``old`` to ``new``, one Chinese line per field, in the wizard's
    order: the same comparison as the history's and the member answers' (``app.compare``)."""
    from app.compare import compare, describe

    before, after = application_data(register, old), application_data(register, new)
    if before is None or after is None:
        return []
    comparison = compare(before, after)
    return [describe(change, language, comparison.org_type) for change in comparison.changes]
