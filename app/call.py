"""The call (申报通知) as data: every date, address and limit of one round comes from a file.

The next round of the pilot is a new JSON file in ``resources/calls/``, not a code change.
"""

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from app.resources import resource_path

DEFAULT_CALL = "shanghai-2021"


@dataclass(frozen=True)
class Call:
    id: str
    title: str
    number: str
    issued: dt.date
    issuer: str
    form_title: str
    deadline: dt.date
    pilot_years: int
    paper_copies: int
    subject_mark: str
    postal_address: str
    postcode: str
    email: str
    contact_name: str
    contact_phone: str
    mail_limit_mb: int
    attachment_limit_mb: int

    @property
    def copies_text(self) -> str:
        """一式两份: the number of paper copies as the notice writes it."""
        return {1: "一", 2: "两", 3: "三", 4: "四"}.get(self.paper_copies, str(self.paper_copies))

    @property
    def identifiers(self) -> tuple[str, ...]:
        """What every output writes as the bureau wrote it, whatever the script: the mark
        (the bureau's mailbox filters on its spelling) and the notice's number (a document
        number is cited as issued). The mailbox is ASCII and the file names are never
        converted; names and addresses are words, and follow the document's script."""
        return (self.subject_mark, self.number)

    @property
    def pilot_months(self) -> int:
        return self.pilot_years * 12

    def is_closed(self, today: dt.date | None = None) -> bool:
        """True once the deadline has passed (the deadline day itself is still open)."""
        return (today or dt.date.today()) > self.deadline


def load_call(path: Path | None = None) -> Call:
    """Read a call file; by default the one this release ships."""
    path = path or resource_path("calls", f"{DEFAULT_CALL}.json")
    raw = json.loads(Path(path).read_text(encoding="utf-8"))
    raw["issued"] = dt.date.fromisoformat(raw["issued"])
    raw["deadline"] = dt.date.fromisoformat(raw["deadline"])
    return Call(**raw)
