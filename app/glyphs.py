"""Which characters the printed form can show, without loading any font.

The check asks this on every edit (rule print.characters), so it reads a small list of
each bundled face's characters (``resources/fonts/coverage.json``, written by
build/font_coverage.py) instead of parsing 90 MB of fonts; ``app.pdf.fonts`` loads the
faces themselves when something is printed.

Two faces set the form; the rare faces (a cut of Jigmo) are the fallback for the
characters of the CJK extensions and the compatibility ideographs that neither has, so
every character a unit can type in its registered name prints. Only what no face has
(a private-use character made with a 造字 program) is unprintable.
"""

import json
from bisect import bisect_right
from functools import cache

from app.resources import resource_path

SERIF = "NotoSerifSC"
HEI = "WenQuanYiMicroHei"
RARE = ("JigmoExt1", "JigmoExt2")  # in the order they are asked
FILES = {SERIF: ("NotoSerifSC-Regular.ttf", 0), HEI: ("wqy-microhei.ttc", 0),
         RARE[0]: ("JigmoExt1.ttf", 0), RARE[1]: ("JigmoExt2.ttf", 0)}
COVERAGE_FILE = "coverage.json"


@cache
def _coverage() -> dict[str, list[list[int]]]:
    return json.loads(resource_path("fonts", COVERAGE_FILE).read_text(encoding="utf-8"))  # type: ignore[no-any-return]


@cache
def characters(face: str) -> frozenset[int]:
    """The code points ``face`` has a glyph for."""
    return frozenset(point for first, last in _coverage()[face] for point in range(first, last + 1))


@cache
def _firsts(face: str) -> tuple[list[int], list[int]]:
    runs = _coverage()[face]
    return [first for first, _last in runs], [last for _first, last in runs]


def _has(face: str, point: int) -> bool:
    """``point in characters(face)`` without building the set: a rare face's runs are
    few and long (whole blocks), its set 50,000 numbers."""
    firsts, lasts = _firsts(face)
    at = bisect_right(firsts, point) - 1
    return at >= 0 and point <= lasts[at]


def rare_face(point: int) -> str | None:
    """The rare face that has ``point``, if one has."""
    return next((face for face in RARE if _has(face, point)), None)


def printable(char: str) -> bool:
    point = ord(char)
    return (char in "\n\t" or point in characters(SERIF) or point in characters(HEI)
            or rare_face(point) is not None)


def unprintable(text: str) -> list[str]:
    """The distinct characters of ``text`` that no bundled face can print."""
    return sorted({char for char in text if not printable(char)})


def replace_unprintable(text: str, mark: str = "?") -> str:
    """``text`` with each character no face has shown as ``mark``: for file names, which
    the user cannot be asked to retype (the check reports every other text instead)."""
    return "".join(char if printable(char) else mark for char in text)
