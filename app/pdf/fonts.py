"""The printed form's bundled faces, registered once per process, and glyph fallback.

Body text is set in Noto Serif SC (a Song face), headings in WenQuanYi Micro Hei (a Hei
face; no Song font has a bold). reportlab maps a character its font lacks to glyph 0
without a word, so ``markup`` hands such a character to the other face, or, for a rare
character of the CJK extensions, to a rare face (registered only when a text needs it:
parsing its 50,000 glyphs would slow every export). Which characters each face has is
``app.glyphs``'s business.
"""

from collections.abc import Sequence
from functools import cache
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from app.glyphs import (
    FILES,
    HEI,
    RARE,
    SERIF,
    characters,
    printable,
    rare_face,
    replace_unprintable,
    unprintable,
)
from app.resources import resource_path

__all__ = ["FILES", "HEI", "RARE", "SERIF", "characters", "glyph_characters", "markup",
           "printable", "register", "replace_unprintable", "unprintable"]


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


def _to_unicode_cmap(fontname: str, subset: Sequence[int]) -> str:
    """reportlab's ToUnicode CMap, with a character beyond U+FFFF written as the UTF-16
    pair the PDF standard asks for (reportlab writes <20BB7>, which readers take as
    nothing or as another character: 𠮷 could not be searched or copied)."""
    def utf16(point: int) -> str:
        return chr(point).encode("utf-16-be").hex().upper() if point > 0xFFFF else f"{point:04X}"
    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
        "/CIDSystemInfo", f"<< /Registry ({fontname})", f"/Ordering ({fontname})",
        "/Supplement 0", ">> def", f"/CMapName /{fontname} def", "/CMapType 2 def",
        "1 begincodespacerange", f"<00> <{len(subset) - 1:02X}>", "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *[f"<{code:02X}> <{utf16(point)}>" for code, point in enumerate(subset)],
        "endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"])


def _register(name: str) -> None:
    file_name, index = FILES[name]
    font = TTFont(name, str(resource_path("fonts", file_name)), subfontIndex=index)
    pdfmetrics.registerFont(_without_copying_glyphs(font))


@cache
def register() -> None:
    """Register the two faces of the form with reportlab (once per process)."""
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap
    for name in (SERIF, HEI):
        _register(name)


@cache
def register_rare(name: str) -> None:
    """Register a rare face, the first time a text needs it (once per process)."""
    register()
    _register(name)


def glyph_characters(face: str) -> frozenset[int]:
    """The code points ``face`` has a glyph for, from the font itself (slow: parses it)."""
    if face in RARE:
        register_rare(face)
    else:
        register()
    font = pdfmetrics.getFont(face)
    return frozenset(font.face.charToGlyph)  # type: ignore[attr-defined]


def _other(face: str) -> str:
    return HEI if face == SERIF else SERIF


def _face_for(point: int, face: str, own: frozenset[int], other: frozenset[int]) -> str:
    """The face a character is set in: ``face`` if it has it, else the other of the
    form's two, else a rare face; ``face`` if none has it (the check reports it)."""
    if point in own:
        return face
    if point in other:
        return _other(face)
    rare = rare_face(point)
    if rare is None:
        return face
    register_rare(rare)
    return rare


def markup(text: str, face: str = SERIF) -> str:
    """``text`` escaped for a Paragraph, with runs the ``face`` lacks set in another face.

    ChineseParagraph measures and breaks each run in its own face, so lines of mixed
    faces wrap at their true widths."""
    own, other = characters(face), characters(_other(face))
    parts: list[str] = []
    run: list[str] = []
    run_face = face
    for char in text:
        char_face = face if char in "\n\t" else _face_for(ord(char), face, own, other)
        if char_face != run_face and run:
            parts.append(_run("".join(run), None if run_face == face else run_face))
            run = []
        run_face = char_face
        run.append(char)
    if run:
        parts.append(_run("".join(run), None if run_face == face else run_face))
    return "".join(parts)


def _run(text: str, face: str | None) -> str:
    text = escape(text).replace("\n", "<br/>")
    return f'<font face="{face}">{text}</font>' if face else text
