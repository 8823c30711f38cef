"""How much the application accepts: text lengths, list sizes, attachment and file sizes.

The soft limits come from the form (FORM.md: 单位简介 ≤ 1,500 characters, other long
texts 3,000) and the call (``mail_limit_mb``, ``attachment_limit_mb``); above them the
check says so. The hard caps lie far above anything a real application holds, and refuse
at the door what would otherwise freeze the window, fill the memory or the disk.
"""

import re

from app import choices
from app.call import Call

# A one-line field (a unit's name, an address, a phone number): the longest real value
# is a registered address or an official unit name of some 60 characters.
LINE_TEXT_LIMIT = 200
# The section fields the window edits as long texts with a counter (ui/form_page.text);
# every other text of a section is a one-line field.
LONG_TEXTS = frozenset({
    "intro", "tech_advantage", "service_capacity", "coordination_capacity",
    "division_of_work", "background", "goals", "research_plan", "mechanism", "safeguards",
    "expected_results"})
# At import, a text this many times its limit is refused rather than stored: a pasted
# document, or a hostile file, not an over-long answer the user will trim.
HARD_CAP_FACTOR = 10
# Rows per list at import. The largest list of a real application is the members of a
# base (the sample has 12; the large application of the budgets 200); the funding grid
# has 20 lines and the milestones fit 24 months. 1,000 is five times the largest.
MAX_LIST_ROWS = 1000
# An attachment above the call's limit is a warning (the package will not go in one
# e-mail, compress the scan); this many times the mail limit is refused: 100 MB for
# the 2021 call, a 100-page colour scan, more than five e-mails could carry and more
# than the file should copy into a snapshot at every open.
ATTACHMENT_REFUSE_FACTOR = 5
# The JSON itself, without attachments: 14 lists at their cap of rows of some 2 KB
# each and every text at its hard cap stay under 40 MB.
MAX_JSON_BYTES = 64 * 1024 * 1024
MEGABYTE = 1024 * 1024
# Any count, year or sum of money (in fen: ten trillion yuan) lies within this; SQLite
# could store up to 2**63, but app.file_check refuses a file holding more than this.
INTEGER_RANGE = (-(10 ** 15), 10 ** 15)
EXCERPT_CHARS = 40  # of a value quoted in a message

# NUL ends a string in C and in some readers of the JSON; it is never typed on purpose.
NUL = "\x00"
# Characters that do not show but change what a file name reads like: zero-width spaces
# and joiners, the byte-order mark, and the bidirectional controls ("‮" turns
# "invoice‮fdp.exe" into what reads as "invoiceexe.pdf").
INVISIBLE = re.compile("[\x00\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")


def text_limit(name: str, long_text: bool = True) -> int:
    """The form's limit for field ``name``: a long text's, or a one-line field's."""
    if not long_text:
        return LINE_TEXT_LIMIT
    return choices.TEXT_LIMITS.get(name, choices.DEFAULT_TEXT_LIMIT)


def hard_cap(name: str) -> int:
    """The most characters import accepts in field ``name`` (any text field)."""
    return HARD_CAP_FACTOR * text_limit(name)


def attachment_warn_bytes(call: Call) -> int:
    return call.attachment_limit_mb * MEGABYTE


def attachment_refuse_bytes(call: Call) -> int:
    return ATTACHMENT_REFUSE_FACTOR * call.mail_limit_mb * MEGABYTE


def megabytes(size: int) -> str:
    """``size`` bytes as the messages say it: 23.5 MB."""
    return f"{size / MEGABYTE:.1f} MB"


def excerpt(value: object, limit: int = EXCERPT_CHARS) -> str:
    """``value`` as a message quotes it: at most ``limit`` characters, then an ellipsis.

    A message is shown whole in a dialog; a 20 MB value quoted in full froze the window.
    """
    if isinstance(value, str):
        text = value
    elif isinstance(value, list):
        text = "[…]"
    elif isinstance(value, dict):
        text = "{…}"
    else:
        try:
            text = repr(value)
        except ValueError:  # an integer of more digits than Python will print
            text = "…"
    if len(text) > limit:
        text = text[:limit] + "…"
    return text.encode("utf-8", "replace").decode("utf-8")


def without_nul(text: str) -> str:
    return text.replace(NUL, "") if NUL in text else text
