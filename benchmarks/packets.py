"""What member packets cost on the sample base (13 members): one JSON line.

    python3 benchmarks/packets.py

``make_all_s``: every member's packet (workbook, letter PDF and .docx, e-mail draft);
``read_preview_s``: reading one returned workbook and comparing it with the file;
``merge_undo_s``: writing one answer's changes and undoing them. Medians of three runs.
"""

import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path


def _median(work, runs: int = 3) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _run in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return round(statistics.median(times), 3)


def main() -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
    with tempfile.TemporaryDirectory(prefix="sto-bench-packets-") as folder:
        os.environ["STO_APPLY_HOME"] = folder
        from packet_filling import fill

        from app.packets import merge
        from app.packets.making import make_packets
        from app.packets.reading import read_answer
        from app.samples import write_sample

        doc = write_sample("base", Path(folder) / "base.stoa")
        out = Path(folder) / "out"
        made = _median(lambda: make_packets(doc, out))
        book = next(out.glob("02-*/*.xlsx"))
        answer = fill(book, Path(folder) / "a.xlsx", facts={"contact_phone": "13800000000"},
                      rows={"staff": [(1, {"name": "李四", "employment": "专职"})]})
        preview = _median(lambda: merge.preview(doc, read_answer(answer)))
        result = merge.preview(doc, read_answer(answer))
        merged = _median(lambda: merge.apply(doc, [(result, result.items)]).revert(doc))
        doc.close()
    print(json.dumps({"members": 13, "make_all_s": made, "read_preview_s": preview,
                      "merge_undo_s": merged}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
