"""Which call an application answers, kept in its file: read, changed, and upgraded.

The call's whole content is stored (``Application.call_json``), not only its id, so the
file carries the version of the call it was made under: on another PC, after the call
file was corrected, or with a release that ships another round, its check, printed form,
mailing sheet, zip and e-mail still read the same notice. Files made before (schema 4)
answered the bundled 2021 call, and are upgraded to say so (``_v5_call``).
"""

from __future__ import annotations

import sqlite3
from functools import lru_cache
from typing import TYPE_CHECKING

from app import tables
from app.call import Call, load_call
from app.call_check import CallRefused, parse_text

if TYPE_CHECKING:
    from app.document import ApplicationFile


@lru_cache(maxsize=1)
def bundled() -> Call:
    """The call this release ships (read once: it is asked at every check)."""
    return load_call()


@lru_cache(maxsize=8)
def _parsed(text: str) -> Call:
    return parse_text(text).call


def call_from_text(text: str) -> Call:
    """The call kept as ``text``; the bundled one for "" (a repaired file). Raises
    ``CallRefused`` for a text that is no call (``app.file_check`` refuses such files
    on opening, so only a file changed under the window meets it)."""
    return _parsed(text) if text else bundled()


def call_of(doc: ApplicationFile) -> Call:
    """The call the application answers."""
    text = getattr(doc.section(tables.Application), "call_json", "")
    return call_from_text(text if isinstance(text, str) else "")


class CallNotOffered(ValueError):
    """The call does not take applications of the file's type; ``str()`` says so."""


def check_offers(call: Call, org_type: str) -> None:
    from app.choices import ORG_TYPES

    if org_type not in call.pilot_types:
        offered = "、".join(ORG_TYPES[t] for t in call.pilot_types)
        raise CallNotOffered(f"申报通知 {call.number} 不受理「{ORG_TYPES.get(org_type, org_type)}」"
                             f"（只受理：{offered}）。")


def use_call(doc: ApplicationFile, call: Call) -> Call:
    """Let the application answer ``call``; returns the call it answered (for undo).

    The rules read the call, so the window re-checks on the change it is told of; the
    outputs made under the other call are no longer current (``app.output_record``)."""
    check_offers(call, doc.org_type)
    old = call_of(doc)
    with doc.batch():
        doc.set_value(tables.Application, 1, "call_json", call.to_text())
        doc.set_value(tables.Application, 1, "call_id", call.id)
    return old


PREFERENCE = "call"  # the call new applications answer, as its file's text


def preferred_call() -> Call:
    """The call a new application answers: the one last chosen on the start screen, or
    the bundled one (also when the remembered one can no longer be read)."""
    from app import preferences

    text = preferences.get(PREFERENCE)
    if isinstance(text, str) and text:
        try:
            return call_from_text(text)
        except CallRefused:
            pass
    return bundled()


def prefer_call(call: Call) -> None:
    from app import preferences

    preferences.put(PREFERENCE, "" if call == bundled() else call.to_text())


def _v5_call(connection: sqlite3.Connection) -> None:
    """Version 5: each application keeps the call it answers; files made before answered
    the bundled 2021 call, which is what they are given."""
    connection.execute("ALTER TABLE application ADD COLUMN call_json VARCHAR NOT NULL DEFAULT ''")
    connection.execute("UPDATE application SET call_json = ?", (bundled().to_text(),))


__all__ = ["CallRefused", "bundled", "call_from_text", "call_of", "check_offers", "prefer_call",
           "preferred_call", "use_call"]
