"""What issue 17's small items add to the start and to opening a file, as JSON.

    python3 benchmarks/small_items.py

- ``linux_check_ms``: the check before the window that Qt's xcb libraries are there
  (``app.linux_start``), import included, median over fresh processes (Linux only;
  null elsewhere). It runs on every start of the window on Linux.
- ``align_on_open_ms``: reading whether the applicant's member row agrees with step 2
  (``ApplicationFile.align_applicant_row``) on the large application, median of calls.
- ``qt_gaps_load_ms``: loading the catalogue of Qt's strings its own lacks, median.
"""

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

RUNS = 15
CHILD = """
import os, sys, time
import app  # (imported already when the start reaches the check: python -m app)
started = time.perf_counter()
from app import linux_start
absent = linux_start.missing_for_window(sys.platform, {**os.environ, "DISPLAY": ":0"})
print((time.perf_counter() - started) * 1000, len(absent))
"""


def linux_check_ms() -> float | None:
    if not sys.platform.startswith("linux"):
        return None
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("QT_QPA_PLATFORM", None)
    times = []
    for _ in range(RUNS):
        out = subprocess.run([sys.executable, "-c", CHILD], env=env, capture_output=True,
                             text=True, check=True).stdout.split()
        times.append(float(out[0]))
    return round(statistics.median(times), 2)


def align_on_open_ms() -> float:
    from large import make_large

    from app.document import ApplicationFile

    with tempfile.TemporaryDirectory() as folder:
        os.environ.setdefault("STO_APPLY_HOME", folder)
        path = make_large(Path(folder) / "large.stoa")
        doc = ApplicationFile.open(path)
        try:
            times = []
            for _ in range(RUNS):
                started = time.perf_counter()
                doc.align_applicant_row()
                times.append((time.perf_counter() - started) * 1000)
        finally:
            doc.close()
    return round(statistics.median(times), 2)


def qt_gaps_load_ms() -> float:
    from PySide6.QtCore import QTranslator

    from app.resources import resource_path

    from ui.i18n import QT_GAPS

    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        QTranslator().load(str(resource_path("translations", f"{QT_GAPS}_zh_CN.qm")))
        times.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(times), 3)


def main() -> int:
    print(json.dumps({"linux_check_ms": linux_check_ms(), "align_on_open_ms": align_on_open_ms(),
                      "qt_gaps_load_ms": qt_gaps_load_ms()}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
