"""The blocks a printed document is made of, without any layout: headings, label/value
pairs, tables, paragraphs, the cover and the pages signed by hand.

``app.form_content`` says what the 申报书 holds as a list of these; ``app.pdf.form``
lays them out with reportlab and ``app.docx_form`` with python-docx, so both copies
have the same content, order and numbering from one place.

Every text in a block is final: fixed texts already in the document's script
(``app.hant``), typed ones exactly as typed, 无 or a blank already put where nothing was
entered. A renderer decides only how things look, never what they say.
"""

from dataclasses import dataclass

from app.text import Text

# Far longer than any text the form allows (3,000 characters): a text beyond this (some
# 70 pages, laid out in about a second, 50 MB of memory) is refused before its layout
# starts, naming where it is; a received file could hold 50 MB in one field.
TYPED_LIMIT = 200_000


class TextTooLong(ValueError):
    """A text the form cannot print; ``str()`` says which and what to do, in Chinese."""


def within_limit(text: str) -> str:
    """``text``, unless it is too long to print (``TYPED_LIMIT``)."""
    if len(text) > TYPED_LIMIT:
        raise TextTooLong(Text("有一段文字长达 {n} 字，超过能排版的 {limit} 字。",
                               n=len(text), limit=TYPED_LIMIT))
    return text


class FileName(str):
    """A file's name as the zip holds it: a renderer whose fonts lack a character shows a
    mark in its place (the user cannot be asked to retype a name)."""


@dataclass(frozen=True)
class Heading:
    """A numbered part: level 1 is 一、…, level 2 a part of it (（一）… or a named part)."""

    text: str
    level: int = 1


@dataclass(frozen=True)
class Fields:
    """Label/value pairs in a bordered table, ``columns`` pairs to a row; an odd last
    value takes the rest of its row."""

    pairs: tuple[tuple[str, str], ...]
    columns: int = 2


@dataclass(frozen=True)
class Grid:
    """A list as a table: a header row repeated on every page, then one row per item.

    ``widths`` are relative; ``right`` the columns of amounts (set flush right);
    ``totals`` the rows (from 0, below the header) that are sums; ``small`` for a list
    of many columns."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]
    right: tuple[int, ...] = ()
    totals: tuple[int, ...] = ()
    small: bool = False


@dataclass(frozen=True)
class LongText:
    """A typed text: each paragraph's first line indented by two characters."""

    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class Plain:
    """One plain line of body text (such as 无 where a part has nothing)."""

    text: str


@dataclass(frozen=True)
class Note:
    """A remark in small, grey type (what the members cover, who fills a page in)."""

    text: str


@dataclass(frozen=True)
class Caption:
    """A small title over a table inside a part (not a numbered heading)."""

    text: str


@dataclass(frozen=True)
class Gap:
    """A little space, in points, where two blocks would otherwise touch."""

    points: float


@dataclass(frozen=True)
class PageBreak:
    """What follows starts a new page."""


@dataclass(frozen=True)
class CoverLine:
    """A line of the cover: its label, the value written on the line, and a seal's
    remark under it (（盖章）) with room to stamp, or ""."""

    label: str
    value: str
    seal: str = ""


@dataclass(frozen=True)
class Cover:
    title: str
    type_label: str
    types: tuple[tuple[str, bool], ...]  # each type's name and whether it is ticked
    lines: tuple[CoverLine, ...]
    issuer: str  # the line at the foot: who issues the form


@dataclass(frozen=True)
class Instructions:
    title: str
    items: tuple[str, ...]  # numbered already: "1. …"


@dataclass(frozen=True)
class Declaration:
    """The 承诺 page: the pledge, the lines to sign and stamp on, and the date line."""

    title: str
    text: str
    lines: tuple[tuple[str, str], ...]  # label and what is printed on its line ("" for none)
    date: str


@dataclass(frozen=True)
class Recommendation:
    """The recommending unit's page: its name, a box for its opinion, seal and date."""

    title: str
    unit_line: str
    opinion_label: str
    seal_line: str
    date: str
    note: str


Block = (Heading | Fields | Grid | LongText | Plain | Note | Caption | Gap | PageBreak | Cover
         | Instructions | Declaration | Recommendation)

