"""Chinese line breaking for reportlab paragraphs.

reportlab's ``wordWrap='CJK'`` follows Japanese rules: it lets ，；：？！》”） start a
line, leaves “（《 at the end of one, and may cut a standard number such as
GB/T 1.1-2020 or an 18-character credit code in two. ``ChineseParagraph`` breaks lines
itself, by units that must stay together:

- a run of Latin letters, digits and their punctuation (a code, a number, a word);
- a closing mark (``NO_LINE_START``) joins the unit before it;
- an opening mark (``NO_LINE_END``) joins the unit after it.

Units are laid greedily; a unit wider than a whole line is cut by characters.

Most of a form's paragraphs are plain text in one style. ``ChineseParagraph`` makes their
single fragment itself instead of running reportlab's markup parser on each, which took
a fifth of the time of laying out a large application.
"""

from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
from reportlab.platypus.paragraph import (
    FragLine,
    Paragraph,
    ParaLines,
    _handleBulletWidth,
    cleanBlockQuotedText,
    textTransformFrags,
)
from reportlab.platypus.paraparser import ParaFrag, ParaParser
from reportlab.rl_config import _FUZZ

NO_LINE_START = "，。、；：？！）》」』】〕〉”’％…—·,.;:?!)]}%"
NO_LINE_END = "（《「『【〔〈“‘([{"
QUOTES = "“”‘’"
SOFT_BREAKS = "/.@-_?&="  # where a unit too long for a line is best cut (after them)
CJK_START = 0x2E80  # below this, a character belongs to a Latin run (spaces excepted)


def _is_latin(char: str) -> bool:
    """(A line break is an empty string: never part of a run.)"""
    return char != "" and ord(char) < CJK_START and not char.isspace() and char not in QUOTES


def units(chars: list[str]) -> list[tuple[int, int]]:
    """``[start, end)`` ranges of ``chars`` that no line break may split."""
    spans: list[list[int]] = []
    i, count = 0, len(chars)
    while i < count:
        j = i + 1
        if _is_latin(chars[i]):
            while j < count and _is_latin(chars[j]):
                j += 1
        spans.append([i, j])
        i = j
    merged: list[list[int]] = []
    for span in spans:
        first = chars[span[0]]  # "" for a line break or an image: never joined
        joins_previous = len(first) == 1 and first in NO_LINE_START
        previous = chars[merged[-1][1] - 1] if merged else ""
        previous_opens = len(previous) == 1 and previous in NO_LINE_END
        if merged and first and (joins_previous or previous_opens):
            merged[-1][1] = span[1]
        else:
            merged.append(span)
    return [(start, end) for start, end in merged]


_WIDTHS: dict[tuple[str, float], dict[str, float]] = {}  # (font, size) -> char -> width


def _widths(font: str, size: float) -> dict[str, float]:
    return _WIDTHS.setdefault((font, size), {})


def _line(chars: list[str], frags: list[Any], start: int, end: int, max_width: float,
          used: float, line_break: bool) -> FragLine:
    """One line of ``chars[start:end]``: a word per run of one frag (one style)."""
    words: list[Any] = []
    size = ascent = descent = 0.0
    k = start
    while k < end:
        frag, run_end = frags[k], k + 1
        while run_end < end and frags[run_end] is frag:
            run_end += 1
        word = frag.clone()
        word.text = "".join(chars[k:run_end])
        words.append(word)
        top, bottom = getAscentDescent(frag.fontName, frag.fontSize)
        size, ascent, descent = max(size, frag.fontSize), max(ascent, top), min(descent, bottom)
        k = run_end
    return FragLine(kind=1, extraSpace=max_width - used, wordCount=1, words=words,
                    fontSize=size, ascent=ascent, descent=descent, maxWidth=max_width,
                    currentWidth=used, lineBreak=line_break)


def split_lines(frags: list[Any], max_widths: list[float]) -> ParaLines:
    """Lay the characters of ``frags`` into lines by the rules above."""
    chars: list[str] = []
    owners: list[Any] = []
    widths: list[float] = []
    for frag in frags:
        text = frag.text if isinstance(frag.text, str) else frag.text.decode("utf8")
        known = _widths(frag.fontName, frag.fontSize)
        for char in text or [""]:  # an empty frag is a line break
            width = known.get(char)
            if width is None:
                width = known[char] = stringWidth(char, frag.fontName, frag.fontSize) if char else 0.0
            chars.append(char)
            owners.append(frag)
            widths.append(width)
    first_width = max_widths[0]
    if "" not in chars and sum(widths) <= first_width + _FUZZ:  # the common case: one line
        return ParaLines(kind=1, lines=[_line(chars, owners, 0, len(chars), first_width,
                                              sum(widths), False)])
    lines: list[FragLine] = []
    start, used, width_now = 0, 0.0, first_width

    def emit(end: int, line_break: bool) -> None:
        nonlocal start, used, width_now
        lines.append(_line(chars, owners, start, end, width_now, used, line_break))
        start, used = end, 0.0
        width_now = max_widths[min(len(lines), len(max_widths) - 1)]

    for first, end in units(chars):
        if chars[first] == "":
            emit(end, True)
            continue
        width = sum(widths[first:end])
        if used > 0 and used + width > width_now + _FUZZ:
            if chars[first].isspace():  # a space at the break stays, unseen, behind
                used += width
                emit(end, False)
                continue
            emit(first, False)
        if width > width_now + _FUZZ:  # longer than a line: cut it by characters
            for k in range(first, end):
                breakable = chars[k] not in NO_LINE_START and chars[k - 1] not in NO_LINE_END
                if used > 0 and used + widths[k] > width_now + _FUZZ and breakable:
                    # rather after a / . @ - _ of this line (a web or mail address)
                    cut = next((j for j in range(k, max(first, start), -1)
                                if chars[j - 1] in SOFT_BREAKS), k)
                    used = sum(widths[start:cut])
                    emit(cut, False)
                    used = sum(widths[cut:k])
                used += widths[k]
            continue
        used += width
    if start < len(chars):
        emit(len(chars), False)
    return ParaLines(kind=1, lines=lines)


_STYLE_FRAGS: dict[ParagraphStyle, ParaFrag] = {}  # (styles hash by identity)


def _style_frag(style: ParagraphStyle) -> ParaFrag:
    """The fragment reportlab's parser makes of plain text in ``style`` (text aside)."""
    if style not in _STYLE_FRAGS:
        parser = ParaParser()
        parser.caseSensitive = 1
        _style, frags, _bullet = parser.parse("x", style)
        _STYLE_FRAGS[style] = frags[0]
    return _STYLE_FRAGS[style]


def plain_frags(text: str, style: ParagraphStyle) -> tuple[str, list[ParaFrag]] | None:
    """What parsing ``text`` in ``style`` gives, made directly; None if it is markup."""
    if "<" in text or "&" in text:
        return None
    text = cleanBlockQuotedText(text)
    if not text:
        return text, []
    frags = [_style_frag(style).clone(text=text, link=[], us_lines=[])]
    textTransformFrags(frags, style)
    return text, frags


class ChineseParagraph(Paragraph):
    """A Paragraph whose lines break by the Chinese rules of this module."""

    def __init__(self, text: str, style: ParagraphStyle, **options: Any) -> None:
        plain = plain_frags(text, style) if options.get("frags") is None else None
        if plain is not None:
            text, options["frags"] = plain
        super().__init__(text, style, **options)

    def breakLinesCJK(self, maxWidths: Any) -> Any:  # noqa: N802, N803 (reportlab's names)
        if not isinstance(maxWidths, (list, tuple)):
            maxWidths = [maxWidths]
        if getattr(self, "_splitpara", 0) and hasattr(self, "blPara"):
            return self.blPara  # the second half of a paragraph split across pages
        self.height = 0
        _handleBulletWidth(self.bulletText, self.style, maxWidths)
        if not self.frags:
            style = self.style
            return ParaLines(kind=0, fontSize=style.fontSize, fontName=style.fontName,
                             textColor=style.textColor, lines=[], ascent=style.fontSize,
                             descent=-0.2 * style.fontSize)
        # A table lays a cell out to measure it, then again to draw it, at one width.
        key = tuple(maxWidths)
        if getattr(self, "_cjk_key", None) != key:
            self._cjk_key, self._cjk_lines = key, split_lines(self.frags, list(maxWidths))
        return self._cjk_lines
