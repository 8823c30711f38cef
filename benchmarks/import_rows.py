"""Import time against the number of rows (issue 16 item 10): is ``import-json`` linear?

Builds, from the base sample, JSON files whose staff and member lists hold 250, 500,
1,000 and 2,000 rows in all, and prints the median of three imports of each as JSON:
``{"import_s": {"250": …, …}, "per_row_ms": {…}, "cancel_s": …}``; ``cancel_s`` is the
longest time from setting the cancel flag (at a random point of a 2,000-row import) to
the import having given up and removed its file. ``benchmarks/run.py`` can call
``measure()`` or run this file and read its last line.
"""

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from app.json_io import ImportCancelled, import_json  # noqa: E402
from app.samples import sample_json  # noqa: E402

SIZES = (250, 500, 1000, 2000)
RUNS = 3


def rows_json(folder: Path, rows: int) -> Path:
    """The base sample with ``rows`` list rows: half members, half staff."""
    source = sample_json("base")
    data: dict[str, Any] = json.loads(source.read_text(encoding="utf-8"))
    template_member = dict(data["members"][1])
    template_staff = {"name": "张工", "member": 1, "title": "工程师", "professional_title": "高级工程师",
                      "specialty": "标准化", "employment": "专职"}
    members = rows // 2
    data["members"] = data["members"][:1] + [
        {**template_member, "name": f"上海第{n}号零部件有限公司"} for n in range(members - 1)]
    data["staff"] = [{**template_staff, "name": f"工程师{n}", "member": n % members}
                     for n in range(rows - members)]
    data["attachments"] = [a for a in data["attachments"] if a["member"] is None]
    folder.mkdir(parents=True, exist_ok=True)
    for item in data["attachments"]:
        target = folder / item["file"]
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes((source.parent / item["file"]).read_bytes())
    for key in ("pipeline", "governance_people", "equipment"):
        for item in data[key]:
            for field in [f for f in item if f.endswith("member")]:
                if item[field] is not None and item[field] >= members:
                    item[field] = 0
    for key in ("applicant", "governance"):
        for field in [f for f in data[key] if f.endswith("member")]:
            if data[key][field] is not None and data[key][field] >= members:
                data[key][field] = 0
    out = folder / "application.json"
    out.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return out


def measure(sizes: tuple[int, ...] = SIZES, runs: int = RUNS) -> dict[str, dict[str, float]]:
    seconds: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as temporary:
        root = Path(temporary)
        for rows in sizes:
            source = rows_json(root / f"in{rows}", rows)
            times = []
            for run in range(runs):
                target = root / f"out{rows}-{run}.stoa"
                started = time.perf_counter()
                import_json(source, target)
                times.append(time.perf_counter() - started)
            seconds[str(rows)] = round(statistics.median(times), 3)
        largest = rows_json(root / "in-largest", max(sizes))
        cancel = cancel_latency(root / "cancel", largest)
        stall = ui_longest_stall(largest, root / "window.stoa")
    return {"import_s": seconds,
            "per_row_ms": {rows: round(1000 * s / int(rows), 3) for rows, s in seconds.items()},
            "cancel_s": cancel, "ui_longest_stall_s": stall}


def ui_longest_stall(source: Path, target: Path) -> float:
    """The longest the window's event loop went without turning while 导入数据备份 ran
    (offscreen): a 5 ms timer's longest gap between two ticks."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

    from ui.import_job import ImportJob
    from ui.main import make_application

    make_application(offscreen=True)
    job = ImportJob(source, target, None)
    clock, longest, last = QElapsedTimer(), [0], [0]
    clock.start()

    def tick() -> None:
        now = clock.elapsed()
        longest[0] = max(longest[0], now - last[0])
        last[0] = now

    timer = QTimer(interval=5)
    timer.timeout.connect(tick)
    loop = QEventLoop()
    job.finished.connect(lambda _path: loop.quit())
    timer.start()
    last[0] = clock.elapsed()
    job.start()
    loop.exec()
    timer.stop()
    return round(longest[0] / 1000, 3)


def cancel_latency(folder: Path, source: Path, runs: int = 5) -> float:
    """The longest wait from cancel to the import gone, cancelling at 10 %…90 % of it."""
    folder.mkdir()
    started = time.perf_counter()
    import_json(source, folder / "whole.stoa")
    whole = time.perf_counter() - started
    worst = 0.0
    for run in range(runs):
        at = time.perf_counter() + whole * (0.1 + 0.8 * run / max(1, runs - 1))

        def cancelled(at: float = at) -> bool:  # as if 取消 were clicked at ``at``
            return time.perf_counter() >= at

        try:
            import_json(source, folder / f"cancelled{run}.stoa", cancelled=cancelled)
        except ImportCancelled:
            worst = max(worst, time.perf_counter() - at)
    return round(worst, 3)


if __name__ == "__main__":
    sizes = tuple(int(a) for a in sys.argv[1:]) or SIZES
    print(json.dumps(measure(sizes)))
