"""What the rare-character faces cost: bundle bytes, form PDF bytes and export time.

    python3 benchmarks/rare_characters.py

Prints one JSON object: the bytes of resources/fonts (and of the rare faces), and for the
base sample as it is and with twelve unit names from the CJK extensions, the form PDF's
bytes and the median in-process export time (fonts registered first, as in a session).
"""

import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

RUNS = 5
ROOT = Path(__file__).resolve().parent.parent
RARE_NAMES = ["中", "䶮", "𠮷", "𪜀", "𫝀", "𫠠", "𬺰", "𰻞", "𱍐", "\U0002EBF0", "\uFA1F",
              "\U0002F800"]


def main() -> int:
    fonts_folder = ROOT / "resources" / "fonts"
    figures: dict[str, object] = {
        "fonts_bytes": sum(p.stat().st_size for p in fonts_folder.iterdir()),
        "rare_faces_bytes": sum(p.stat().st_size for p in fonts_folder.glob("JigmoExt*.ttf")),
    }
    with tempfile.TemporaryDirectory() as folder:
        os.environ["STO_APPLY_HOME"] = folder
        from app import model
        from app.export import FORM_FILE, ExportBlocked, export, take_snapshot
        from app.pdf import fonts
        from app.samples import write_sample

        fonts.register()
        for label, rare in (("sample", False), ("rare_names", True)):
            path = Path(folder) / f"{label}.stoa"
            doc = write_sample("base", path)
            if rare:
                for member, char in zip(doc.rows(model.Member), RARE_NAMES, strict=False):
                    doc.set_value(model.Member, member.id, "name", f"上海{char}野家有限公司")
            snapshot = take_snapshot(doc)
            doc.close()
            times = []
            try:
                for run in range(RUNS):
                    out = Path(folder) / f"out-{label}-{run}"
                    start = time.perf_counter()
                    export(snapshot, out)
                    times.append(time.perf_counter() - start)
            except ExportBlocked:  # (before the rare faces: print.characters)
                figures[f"{label}_export"] = "refused by the check"
                continue
            figures[f"{label}_form_pdf_bytes"] = (out / FORM_FILE).stat().st_size
            figures[f"{label}_export_median_s"] = round(statistics.median(times), 3)
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
