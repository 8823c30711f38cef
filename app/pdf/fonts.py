"""The printed form's two bundled faces, registered once per process, and glyph fallback.

Body text is set in Noto Serif SC (a Song face), headings in WenQuanYi Micro Hei (a Hei
face; no Song font has a bold). reportlab maps a character its font lacks to glyph 0
without a word, so ``markup`` hands such a character to the other face; which
characters each face has is ``app.glyphs``'s business.
"""

from functools import cache
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.glyphs import FILES, HEI, SERIF, characters, printable, replace_unprintable, unprintable
from app.resources import resource_path

__all__ = ["FILES", "HEI", "SERIF", "characters", "glyph_characters", "markup", "printable",
           "register", "replace_unprintable", "unprintable"]


class _GlyphTable:
    """The font's ``glyf`` table as a window on the font file's bytes.

    To embed a subset, reportlab takes the whole table (``get_table``) and slices each
    glyph it needs out of it. A ``bytes`` table is a copy, 13 MB for the Song face, made
    again for every subset of every PDF: it raised the peak memory of an export by as
    much. Slicing this window copies only the glyph.
    """

    def __init__(self, data: bytes, start: int, length: int) -> None:
        self.data, self.start, self.length = data, start, length

    def __len__(self) -> int:
        return self.length

    def __getitem__(self, where: slice) -> bytes:
        start, stop, step = where.indices(self.length)
        if step != 1:
            raise ValueError("glyph data is read in runs")
        return self.data[self.start + start:self.start + stop]


def _without_copying_glyphs(font: TTFont) -> TTFont:
    face = font.face
    whole_table = face.get_table

    def get_table(tag: str) -> bytes | _GlyphTable:
        if tag != "glyf":
            return whole_table(tag)
        start, length = face.get_table_pos(tag)
        return _GlyphTable(face._ttf_data, start, length)

    face.get_table = get_table
    return font


@cache
def register() -> None:
    """Register both faces with reportlab (the cache makes it once per process)."""
    for name, (file_name, index) in FILES.items():
        font = TTFont(name, str(resource_path("fonts", file_name)), subfontIndex=index)
        pdfmetrics.registerFont(_without_copying_glyphs(font))


def glyph_characters(face: str) -> frozenset[int]:
    """The code points ``face`` has a glyph for, from the font itself (slow: parses it)."""
    register()
    font = pdfmetrics.getFont(face)
    return frozenset(font.face.charToGlyph)  # type: ignore[attr-defined]


def _other(face: str) -> str:
    return HEI if face == SERIF else SERIF


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
