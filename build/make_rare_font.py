"""Make the bundled fallback face for rare characters: Jigmo, cut to the CJK extensions.

The form's faces (Noto Serif SC, WenQuanYi Micro Hei) stop at the common characters and
Extension A; a registered name may hold any character of Extensions B to J or the
compatibility ideographs (GB 18030-2022 makes B to F mandatory). Jigmo (by 神地康一,
CC0 1.0, https://kamichikoichi.github.io/jigmo/) covers them all with TrueType outlines,
which reportlab needs. This keeps only those blocks (and Extension A, which the window's
Hei face lacks), without hinting or layout tables, in two files (a TrueType font holds
at most 65,535 glyphs): ``resources/fonts/JigmoExt1.ttf`` (A, B, compatibility) and
``JigmoExt2.ttf`` (C to J).

    python3 -m pip install fonttools brotli   # build-time only, not the app's
    python3 build/make_rare_font.py SOURCE...

Each SOURCE is a font file (.ttf, or .woff2 pieces such as the 256-character chunks of
github.com/frankslin/jigmo-webfonts, cut unchanged from Jigmo-20250912) or a folder of
them; a code point is taken from the first source that has it. Then re-run
build/font_coverage.py.
"""

import sys
from pathlib import Path

from fontTools.ttLib import TTFont, newTable
from fontTools.ttLib.tables._c_m_a_p import CmapSubtable

FONTS = Path(__file__).resolve().parent.parent / "resources" / "fonts"
# A TrueType font holds at most 65,535 glyphs: the blocks make two faces.
FACES = {
    "JigmoExt1": [
        (0x3400, 0x4DBF),    # Extension A
        (0xF900, 0xFAFF),    # Compatibility Ideographs
        (0x20000, 0x2A6DF),  # Extension B
        (0x2F800, 0x2FA1F),  # Compatibility Ideographs Supplement
    ],
    "JigmoExt2": [
        (0x2A700, 0x2EE5F),  # Extensions C, D, E, F, I
        (0x30000, 0x323AF),  # Extensions G, H (and J, as the source has it)
    ],
}
KEPT_TABLES = {"head", "hhea", "maxp", "OS/2", "name", "post", "cmap", "glyf", "loca", "hmtx"}


def sources(arguments: list[str]) -> list[Path]:
    found: list[Path] = []
    for argument in map(Path, arguments):
        found += sorted(p for p in argument.iterdir() if p.suffix in (".ttf", ".woff2")) \
            if argument.is_dir() else [argument]
    return found


def merge(fonts: list[TTFont], blocks: list[tuple[int, int]]) -> TTFont:
    """One font with every code point of ``blocks`` in ``fonts``, the first font's wins."""
    base: TTFont | None = None
    cmap: dict[int, str] = {}
    glyphs: dict[str, object] = {}
    metrics: dict[str, tuple[int, int]] = {}
    for font in fonts:
        points = {p: name for p, name in font.getBestCmap().items()
                  if any(first <= p <= last for first, last in blocks) and p not in cmap}
        if not points:
            continue
        if base is None:
            base = font
        if font["head"].unitsPerEm != base["head"].unitsPerEm:
            raise SystemExit("the sources differ in em size")
        for name in {".notdef", *points.values()}:
            glyph = font["glyf"][name]
            if glyph.isComposite():
                raise SystemExit(f"{name}: composite glyphs are not handled")
            if name not in glyphs:
                glyphs[name], metrics[name] = glyph, font["hmtx"][name]
        cmap.update(points)
    if base is None:
        raise SystemExit("no source has any of the wanted characters")
    order = [".notdef", *sorted(n for n in glyphs if n != ".notdef")]
    for tag in [t for t in base.keys() if t not in KEPT_TABLES and t != "GlyphOrder"]:
        del base[tag]
    glyf = newTable("glyf")
    glyf.glyphOrder, glyf.glyphs = order, {n: glyphs[n] for n in order}
    base["glyf"] = glyf
    base.setGlyphOrder(order)
    base["loca"] = newTable("loca")
    base["hmtx"].metrics = {n: metrics[n] for n in order}
    base["maxp"].numGlyphs = len(order)
    base["post"].formatType = 3.0  # no glyph names: they only cost space
    base["post"].extraNames, base["post"].mapping = [], {}
    base["cmap"].tables = []
    for platform, encoding, form in ((3, 1, 4), (3, 10, 12)):  # Windows BMP, Windows full
        table = CmapSubtable.newSubtable(form)
        table.platformID, table.platEncID, table.language = platform, encoding, 0
        table.cmap = {p: n for p, n in cmap.items() if form == 12 or p <= 0xFFFF}
        base["cmap"].tables.append(table)
    base.flavor = None  # a TrueType file, whatever the sources were (reportlab reads no WOFF)
    base["OS/2"].updateFirstAndLastCharIndex(base)
    base["OS/2"].recalcUnicodeRanges(base)
    return base


def _rename(font: TTFont, face: str) -> None:
    """Another name than Jigmo's: the face is a cut of it, not Jigmo itself."""
    family = face.replace("JigmoExt", "Jigmo Ext ")
    names = font["name"]
    names.names = [n for n in names.names if n.nameID not in (1, 3, 4, 6, 16, 17)]
    for name_id, text in ((1, family), (3, f"{family}; cut of Jigmo-20250912"),
                          (4, f"{family} Regular"), (6, f"{face}-Regular")):
        names.setName(text, name_id, 3, 1, 0x409)


def main() -> None:
    fonts = [TTFont(str(path)) for path in sources(sys.argv[1:])]
    for face, blocks in FACES.items():
        font = merge(fonts, blocks)
        _rename(font, face)
        target = FONTS / f"{face}.ttf"
        font.save(str(target))
        print(f"wrote {target} ({target.stat().st_size / 1e6:.1f} MB, "
              f"{len(font.getBestCmap())} characters)")


if __name__ == "__main__":
    main()
