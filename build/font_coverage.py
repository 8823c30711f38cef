"""Write resources/fonts/coverage.json: which characters each bundled face has.

The check (rule print.characters) asks this on every edit; reading it from a small
file spares parsing 19 MB of fonts in the window's thread. Re-run after changing a
font; tests/test_pdf.py fails while the file and the fonts disagree.

    python3 build/font_coverage.py
"""

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app import glyphs  # noqa: E402
from app.pdf import fonts  # noqa: E402


def ranges(code_points: set[int]) -> list[list[int]]:
    """Sorted code points as inclusive ``[first, last]`` runs."""
    runs: list[list[int]] = []
    for point in sorted(code_points):
        if runs and point == runs[-1][1] + 1:
            runs[-1][1] = point
        else:
            runs.append([point, point])
    return runs


def main() -> None:
    coverage = {face: ranges(set(fonts.glyph_characters(face))) for face in fonts.FILES}
    target = ROOT / "resources" / "fonts" / glyphs.COVERAGE_FILE
    target.write_text(json.dumps(coverage, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {target} ({target.stat().st_size / 1024:.0f} KB)")


if __name__ == "__main__":
    main()
