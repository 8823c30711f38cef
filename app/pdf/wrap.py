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

A paragraph longer than a page is broken into lines once; each page takes its lines from
that one list (reportlab's own split would hand the rest of the text to a new paragraph
that breaks it all again, page after page: a 1 MB paragraph took minutes). Layout can be
stopped: ``checking`` installs a function that every paragraph's layout calls now and
then, and that raises to cancel (the export's cancel button).
"""

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from copy import deepcopy
from typing import Any, overload

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
from reportlab.platypus.paragraph import (
    FragLine,
    Paragraph,
    ParaLines,
    _handleBulletWidth,
    _split_blParaHard,
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
CHECK_EVERY = 2048  # units laid between two calls of the cancel check (about a millisecond)

_CHECK: ContextVar[Callable[[], None] | None] = ContextVar("layout_check", default=None)


@contextmanager
def checking(check: Callable[[], None] | None) -> Iterator[None]:
    """Layout in this thread calls ``check`` often; it raises to stop the layout."""
    token = _CHECK.set(check)
    try:
        yield
    finally:
        _CHECK.reset(token)


def check_cancelled() -> None:
    check = _CHECK.get()
    if check is not None:
        check()


def _is_latin(char: str) -> bool:
    """(A line break is an empty string: never part of a run.)"""
    return char != "" and ord(char) < CJK_START and not char.isspace() and char not in QUOTES


def units(chars: list[str]) -> list[tuple[int, int]]:
    """``[start, end)`` ranges of ``chars`` that no line break may split."""
    spans: list[list[int]] = []
    i, count = 0, len(chars)
    check = _CHECK.get()
    while i < count:
        if check is not None and not len(spans) % CHECK_EVERY:
            check()
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
    check = _CHECK.get()
    for frag in frags:
        text = frag.text if isinstance(frag.text, str) else frag.text.decode("utf8")
        known = _widths(frag.fontName, frag.fontSize)
        for begin in range(0, max(len(text), 1), CHECK_EVERY * 32):
            if check is not None and begin:
                check()
            for char in text[begin:begin + CHECK_EVERY * 32] or [""]:  # "": a line break
                width = known.get(char)
                if width is None:
                    width = known[char] = (stringWidth(char, frag.fontName, frag.fontSize)
                                           if char else 0.0)
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

    for count, (first, end) in enumerate(units(chars)):
        if check is not None and count % CHECK_EVERY == 0:
            check()
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


class _Rest(Sequence[FragLine]):
    """The lines of a paragraph from line ``start`` on, without copying them."""

    def __init__(self, lines: Sequence[FragLine], start: int) -> None:
        self.lines, self.start = lines, start

    def after(self, count: int) -> "_Rest":
        """The lines after the first ``count`` of these."""
        return _Rest(self.lines, self.start + count)

    def __len__(self) -> int:
        return len(self.lines) - self.start

    @overload
    def __getitem__(self, index: int) -> FragLine: ...

    @overload
    def __getitem__(self, index: slice) -> list[FragLine]: ...

    def __getitem__(self, index: int | slice) -> Any:
        if isinstance(index, slice):
            start, stop, step = index.indices(len(self))
            return list(self.lines[self.start + start:self.start + stop:step])
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return self.lines[self.start + index]

    def __iter__(self) -> Iterator[FragLine]:
        for index in range(self.start, len(self.lines)):
            yield self.lines[index]


def _spaced(lines: Sequence[FragLine]) -> None:
    """What reportlab's split does to the lines it hands on: a space after the last word
    of each line but the last (unseen; kept so the PDFs stay byte for byte the same)."""
    _split_blParaHard(ParaLines(lines=lines), 0, len(lines))


class ChineseParagraph(Paragraph):
    """A Paragraph whose lines break by the Chinese rules of this module."""

    def __init__(self, text: str | None, style: ParagraphStyle, **options: Any) -> None:
        plain = plain_frags(text, style) if options.get("frags") is None and text is not None else None
        if plain is not None:
            text, options["frags"] = plain
        super().__init__(text, style, **options)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        check_cancelled()  # reportlab's layout calls this for every paragraph, page and cell
        return super().wrap(availWidth, availHeight)  # type: ignore[no-any-return]

    def breakLinesCJK(self, maxWidths: Any) -> Any:  # noqa: N802, N803 (reportlab's names)
        if not isinstance(maxWidths, (list, tuple)):
            maxWidths = [maxWidths]
        if getattr(self, "_splitpara", 0) and hasattr(self, "blPara"):
            return self.blPara  # the part of a paragraph split across pages on this page
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
            rest: _Rest | None = getattr(self, "_cjk_rest", None)
            if rest is not None:  # laid out again at another width: from its own text
                lines = rest[0:len(rest)]
                self.frags: list[Any] = _split_blParaHard(ParaLines(lines=lines), 0, len(lines))
                self._cjk_rest: _Rest | None = None
            self._cjk_key, self._cjk_lines = key, split_lines(self.frags, list(maxWidths))
        return self._cjk_lines

    def split(self, availWidth: float, availHeight: float) -> list[Any]:  # noqa: N803
        """As reportlab splits (orphans, widows), but the rest keeps its lines."""
        style = self.style
        auto_leading = getattr(self, "autoLeading", getattr(style, "autoLeading", ""))
        if (auto_leading not in ("", "off") or style.endDots or not self.frags
                or availWidth < _FUZZ or availHeight < _FUZZ):
            return super().split(availWidth, availHeight)  # type: ignore[no-any-return]
        if not hasattr(self, "blPara"):
            self.wrap(availWidth, availHeight)
        lines = self.blPara.lines
        if self.blPara.kind != 1:
            return super().split(availWidth, availHeight)  # type: ignore[no-any-return]
        fits = int(availHeight / float(style.leading))
        allow_orphans = getattr(self, "allowOrphans", getattr(style, "allowOrphans", 0))
        if (not allow_orphans and fits <= 1) or fits == 0:
            del self.blPara
            return []
        count = len(lines)
        if count <= fits:
            return [self]
        if not getattr(self, "allowWidows", getattr(style, "allowWidows", 1)) and count == fits + 1:
            if (allow_orphans and count == 3) or count > 3:
                fits -= 1  # give the widow some company
            else:
                del self.blPara
                return []
        here = lines[0:fits]
        if not isinstance(lines, _Rest):  # once for the whole paragraph (later pages' lines
            _spaced(here)                 # were spaced when the rest was first handed on)
            _spaced(lines[fits:])
        first = self.__class__(None, style, bulletText=self.bulletText,
                               frags=[word for line in here for word in line.words])
        first.blPara = ParaLines(kind=1, lines=here, aH=availHeight, aW=availWidth)
        first._JustifyLast = not getattr(here[-1], "lineBreak", False)
        first._splitpara = 1
        first.height, first.width = fits * style.leading, availWidth
        if style.firstLineIndent != 0:
            style = deepcopy(style)
            style.firstLineIndent = 0
        rest = self.__class__(None, style, frags=self.frags)
        rest._cjk_rest = lines.after(fits) if isinstance(lines, _Rest) else _Rest(lines, fits)
        # the rest's first line is a later line of this paragraph: the same width as those
        later = self._wrapWidths[1]
        rest._cjk_key, rest._cjk_lines = (later, later), ParaLines(kind=1, lines=rest._cjk_rest)
        if hasattr(self, "autoLeading"):
            first.autoLeading = rest.autoLeading = self.autoLeading
        return [first, rest]
