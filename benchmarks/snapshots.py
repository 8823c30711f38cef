"""What snapshots cost on open, and what skipping an unchanged file saves: one JSON line.

    python3 benchmarks/snapshots.py

For the large application of ``large.py`` (about 15 MB) and a 200 MB one (the same with
one big attachment), the medians of: a snapshot taken (``snapshot_take_*_s``), the open
snapshot of an unchanged file, which is skipped (``snapshot_skip_*_s``), and the check a
snapshot gets before it is restored (``snapshot_check_*_s``).
"""

import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

RUNS = 5
BIG_EXTRA_BYTES = 185 * 1024 * 1024


def median_s(action: Callable[[], object], runs: int = RUNS) -> float:
    times = []
    for _run in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return round(statistics.median(times), 4)


def main() -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    with tempfile.TemporaryDirectory(prefix="sto-bench-snapshots-") as folder:
        os.environ["STO_APPLY_HOME"] = folder
        from large import make_large, pdf_bytes

        from app import snapshots
        from app.document import ApplicationFile

        large = make_large(Path(folder) / "large.stoa")
        big = Path(folder) / "big.stoa"
        big.write_bytes(large.read_bytes())
        doc = ApplicationFile.open(big)
        doc.add_attachment("other", "扫描件.pdf", pdf_bytes(BIG_EXTRA_BYTES, 1), None)
        doc.close()
        figures: dict[str, float] = {}
        for name, path in (("large", large), ("big", big)):
            figures[f"file_{name}_mb"] = round(path.stat().st_size / 2**20, 1)
            figures[f"snapshot_take_{name}_s"] = median_s(lambda p=path: snapshots.take(p, "manual"))
            snapshots.take(path, "open")
            figures[f"snapshot_skip_{name}_s"] = median_s(
                lambda p=path: snapshots.take_automatic(p, "open"))
            newest = snapshots.list_for(path)[0]
            figures[f"snapshot_check_{name}_s"] = median_s(lambda s=newest: snapshots.problem(s))
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
