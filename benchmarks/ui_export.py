"""Child of benchmarks/run.py: open the large application in the window, export it from
the check page as a user would, and report the longest event-loop stall meanwhile and
the process's peak memory, as one JSON line."""

import gc
import json
import resource
import sys
import threading
import time
from pathlib import Path

from PySide6.QtCore import QTimer

from ui.main import Controller, _warm_up, make_application

TICK_MS = 5


def main() -> None:
    path, out = Path(sys.argv[1]), Path(sys.argv[2])
    gc.disable()  # as a start does (app/__main__); the warm-up turns it back on
    app = make_application(offscreen=True)
    controller = Controller()
    window = controller.open(path)
    assert window is not None
    # As after a start: the heavy imports load in the background while the user reads
    # the window; reaching the check page and its button takes longer than that.
    warm_up = threading.Thread(target=_warm_up)
    warm_up.start()
    while warm_up.is_alive():
        app.processEvents()
        time.sleep(0.01)
    window.go_to_key("check")
    panel = window.current_page().output  # type: ignore[attr-defined]
    panel.folder = out
    for _round in range(5):
        app.processEvents()

    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer(interval=TICK_MS)
    timer.timeout.connect(tick)
    timer.start()
    started = time.perf_counter()
    last[0] = started
    panel.make_button.click()  # the snapshot is read here, then the worker writes
    while panel.busy():
        app.processEvents()
        time.sleep(0.001)
    elapsed = time.perf_counter() - started
    timer.stop()
    if panel.last is None:
        raise SystemExit(f"export failed: {panel.result.text()}")
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kilobytes on Linux
    print(json.dumps({"stall_max_ms": round(1000 * max(gaps, default=0), 1),
                      "ui_export_s": round(elapsed, 2), "peak_rss_mb": round(peak_kb / 1024, 1)}))
    window.close()


if __name__ == "__main__":
    main()
