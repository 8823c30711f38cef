"""The printed form's two bundled faces, registered once per process, and glyph fallback.

Body text is set in Noto Serif SC (a Song face), headings in WenQuanYi Micro Hei (a Hei
face; no Song font has a bold). reportlab maps a character its font lacks to glyph 0
without a word, so ``markup`` hands such a character to the other face, and
``unprintable`` tells the rules which characters neither face has.
"""

import json
from functools import cache
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.resources import resource_path

SERIF = "NotoSerifSC"
HEI = "WenQuanYiMicroHei"
FILES = {SERIF: ("NotoSerifSC-Regular.ttf", 0), HEI: ("wqy-microhei.ttc", 0)}


@cache
def register() -> None:
    """Register both faces with reportlab (the cache makes it once per process)."""
    for name, (file_name, index) in FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file_name)),
                                       subfontIndex=index))


COVERAGE_FILE = "coverage.json"  # written by build/font_coverage.py


def glyph_characters(face: str) -> frozenset[int]:
    """The code points ``face`` has a glyph for, from the font itself (slow: parses it)."""
    register()
    font = pdfmetrics.getFont(face)
    return frozenset(font.face.charToGlyph)  # type: ignore[attr-defined]


@cache
def characters(face: str) -> frozenset[int]:
    """The code points ``face`` has a glyph for, from ``coverage.json`` (fast)."""
    runs = json.loads(resource_path("fonts", COVERAGE_FILE).read_text(encoding="utf-8"))[face]
    return frozenset(point for first, last in runs for point in range(first, last + 1))


def _other(face: str) -> str:
    return HEI if face == SERIF else SERIF


def printable(char: str) -> bool:
    return char in "\n\t" or ord(char) in characters(SERIF) or ord(char) in characters(HEI)


def unprintable(text: str) -> list[str]:
    """The distinct characters of ``text`` that neither bundled face can print."""
    return sorted({char for char in text if not printable(char)})


def replace_unprintable(text: str, mark: str = "?") -> str:
    """``text`` with each character no face has shown as ``mark``: for file names, which
    the user cannot be asked to retype (the check reports every other text instead)."""
    return "".join(char if printable(char) else mark for char in text)


def markup(text: str, face: str = SERIF) -> str:
    """``text`` escaped for a Paragraph, with runs the ``face`` lacks set in the other face."""
    own, other = characters(face), characters(_other(face))
    parts: list[str] = []
    run: list[str] = []
    run_other = False
    for char in text:
        use_other = ord(char) not in own and ord(char) in other
        if use_other != run_other and run:
            parts.append(_run("".join(run), _other(face) if run_other else None))
            run = []
        run_other = use_other
        run.append(char)
    if run:
        parts.append(_run("".join(run), _other(face) if run_other else None))
    return "".join(parts)


def _run(text: str, face: str | None) -> str:
    text = escape(text).replace("\n", "<br/>")
    return f'<font face="{face}">{text}</font>' if face else text
