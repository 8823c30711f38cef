"""Make the bundled body font: Noto Serif SC with TrueType outlines, for reportlab.

reportlab embeds TrueType (glyf) outlines only; Noto Serif SC ships as CFF (.otf). This
converts the outlines once with fontTools (cubic to quadratic curves, the method of
fontTools' otf2ttf snippet) and writes ``resources/fonts/NotoSerifSC-Regular.ttf``.
Run it again only to update the font:

    python3 -m pip install fonttools pylopdf-fonts-zh-cn
    python3 build/convert_fonts.py

The source OTF is the one in the PyPI package ``pylopdf-fonts-zh-cn`` (Noto Serif SC
from github.com/notofonts/noto-cjk, SIL Open Font License 1.1, no reserved font name).
"""

import sys
from importlib import resources
from pathlib import Path

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

MAX_ERROR = 1.0  # font units: how far the quadratic curves may stray (1/1000 em)
TARGET = Path(__file__).resolve().parent.parent / "resources" / "fonts" / "NotoSerifSC-Regular.ttf"


def to_truetype(font: TTFont) -> None:
    """Replace the CFF table of ``font`` with glyf/loca, in place."""
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, MAX_ERROR, reverse_direction=True))
        glyf[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    for table in ("CFF ", "VORG", "DSIG"):
        if table in font:
            del font[table]
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for field in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                  "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                  "maxComponentElements"):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    maxp.maxComponentDepth = 0
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = glyph_order
    font.sfntVersion = "\x00\x01\x00\x00"


def main() -> int:
    source = resources.files("pylopdf_fonts_zh_cn") / "NotoSerifSC-Regular.otf"
    with resources.as_file(source) as path:
        font = TTFont(path)
        to_truetype(font)
        font.save(TARGET)
    print(f"wrote {TARGET} ({TARGET.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
