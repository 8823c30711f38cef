"""Which characters the printed form can show, without loading any font.

The check asks this on every edit (rule print.characters), so it reads a 9 KB list of
each bundled face's characters (``resources/fonts/coverage.json``, written by
build/font_coverage.py) instead of parsing 19 MB of fonts; ``app.pdf.fonts`` loads the
faces themselves when something is printed.
"""

import json
from functools import cache

from app.resources import resource_path

SERIF = "NotoSerifSC"
HEI = "WenQuanYiMicroHei"
FILES = {SERIF: ("NotoSerifSC-Regular.ttf", 0), HEI: ("wqy-microhei.ttc", 0)}
COVERAGE_FILE = "coverage.json"


@cache
def characters(face: str) -> frozenset[int]:
    """The code points ``face`` has a glyph for."""
    runs = json.loads(resource_path("fonts", COVERAGE_FILE).read_text(encoding="utf-8"))[face]
    return frozenset(point for first, last in runs for point in range(first, last + 1))


def printable(char: str) -> bool:
    return char in "\n\t" or ord(char) in characters(SERIF) or ord(char) in characters(HEI)


def unprintable(text: str) -> list[str]:
    """The distinct characters of ``text`` that neither bundled face can print."""
    return sorted({char for char in text if not printable(char)})


def replace_unprintable(text: str, mark: str = "?") -> str:
    """``text`` with each character no face has shown as ``mark``: for file names, which
    the user cannot be asked to retype (the check reports every other text instead)."""
    return "".join(char if printable(char) else mark for char in text)
