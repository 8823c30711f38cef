"""Codes and numbers in one form, whoever enters them: typed, pasted, imported or stored.

A Chinese input method in full-width mode types １２３１０１０６ｐｋ４ｒ…; the form, the JSON
in the package and a search in the PDF need 12310106PK4R…. So a code is stored as NFKC
(full-width digits, letters and punctuation become ASCII), without spaces, and upper
case where the code has no lower case. ``app.document`` applies ``value``/``row`` to
every write, so no page, list cell or import can store another form.

Names and texts are never touched: NFKC would replace a compatibility ideograph in a
registered name with its unified twin (a different character on a stamped form), and
turn ㈱ into (株). Money and counts are stored as integers; ``number_text`` is what
their text is read as before it is parsed (``app.money``, the window's count fields).
"""

import re
import unicodedata
from collections.abc import Callable
from typing import Any

from app import credit_code

Normaliser = Callable[[str], str]
SPACES = re.compile(r"\s+")


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def compact(text: str) -> str:
    """Full-width to ASCII and every space removed: phone numbers, postcodes, dates."""
    return SPACES.sub("", nfkc(text))


def email(text: str) -> str:
    """``compact``, and the domain in lower case (it is case-blind; the part before the
    @ is the mailbox owner's, which a server may tell apart by case: kept as typed)."""
    text = compact(text)
    local, at, domain = text.rpartition("@")
    return f"{local}@{domain.lower()}" if at else text


def spaced_code(text: str) -> str:
    """A standard's number (GB/T 1.1-2020, T/SHSPPS 001-2021): full-width to ASCII and
    one space where there were any, for that space is part of how the number is written;
    its case is kept (IEEE 802.11ax)."""
    return SPACES.sub(" ", nfkc(text)).strip()


def iso_date(text: str) -> str:
    """A date typed in any of the ways ``app.dates`` reads, stored as 2022-03-18; a text
    that is no date is kept compacted (the window says so where it is shown)."""
    from app import dates

    try:
        day = dates.parse(text)
    except dates.DateNotUnderstood:
        return compact(text)
    return day.isoformat() if day is not None else ""


def number_text(text: str) -> str:
    """What an amount or a count was typed as, ready to parse: ASCII digits and point,
    without spaces or thousands separators (１，２３４．５ → 1234.5). A Chinese input
    method types the point as 。, which NFKC leaves: it is a point here."""
    return SPACES.sub("", nfkc(text)).replace(",", "").replace("。", ".")


def stable(normaliser: Normaliser) -> Normaliser:
    """``normaliser`` applied until its result no longer changes. Once is not always
    enough: NFKC turns ´ into a space and a combining accent, and with the space removed
    the accent composes with the letter before it (A´ → A ́ → Á) only on a second pass. A
    stored value must come back unchanged from the next write."""

    def settled(text: str) -> str:
        result = normaliser(text)
        for _ in range(3):  # (one more pass settles every case found; three to be safe)
            again = normaliser(result)
            if again == result:
                break
            result = again
        return result

    return settled


# The columns that hold codes, by table name and column; every other text is kept as
# entered. (A committee's "SAC/TC 28" is its name, so it is kept too.)
COLUMNS: dict[tuple[str, str], Normaliser] = {
    column: stable(normaliser) for column, normaliser in {
        ("member", "credit_code"): credit_code.normalize,
        ("member", "credit_code_confirmed"): credit_code.normalize,
        ("member", "contact_phone"): compact,
        ("applicant", "postcode"): compact,
        ("applicant", "founded"): compact,
        ("applicant", "website"): compact,
        ("applicant", "contact_phone"): compact,
        ("applicant", "contact_mobile"): compact,
        ("applicant", "contact_email"): email,
        ("recommender", "contact_phone"): compact,
        ("application", "fill_date"): compact,
        ("standardrecord", "code"): spaced_code,
        ("pilotstandard", "standard_number"): spaced_code,
        **{("pilotstandard", column): iso_date for column in (
            "project_on", "draft_on", "consultation_on", "review_on", "published_on")},
        ("pilotmilestone", "done_on"): iso_date,
        ("pilotactivity", "held_on"): iso_date,
        ("pilotresult", "reported_on"): iso_date,
        ("pilotrecord", "approved_on"): iso_date,
    }.items()}


def value(table: str, column: str, entered: Any) -> Any:
    """``entered`` as ``table.column`` stores it: a code normalised, anything else as is."""
    normaliser = COLUMNS.get((table, column))
    if normaliser is None or not isinstance(entered, str):
        return entered
    return normaliser(entered)


def row(table: str, values: dict[str, Any]) -> dict[str, Any]:
    """A new row's ``values`` with each code normalised (a new dict)."""
    return {column: value(table, column, entered) for column, entered in values.items()}
