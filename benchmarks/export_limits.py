"""Exports at the form's limits (issue 16): how long an application whose long texts are
all at the form's maximum takes, how a paragraph's layout grows with its length, and how
soon a cancel stops the window's export worker. Prints one JSON object.

    python3 benchmarks/export_limits.py [--runs 5] [--cancels 10] [--before-1m]

``paragraph_*_before_s`` lay the same paragraph out the way the form did before its
lines were kept across pages (reportlab's own split, which breaks the rest of the
paragraph again on every page); the 1,000,000-character one takes a quarter of an hour
that way, so it is measured only with ``--before-1m`` and otherwise estimated from the
growth between 50,000 and 100,000 characters.
"""

import argparse
import io
import json
import math
import os
import random
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

SENTENCE = ("围绕智能网联汽车产业链上下游协同创新，组织成员单位联合开展标准研制（GB/T 1.1-2020）、"
            "试验验证和推广应用，形成覆盖设计、制造、测试和运营全过程的标准体系。")
LONG_TEXTS = [("applicant", "intro"), ("foundation", "tech_advantage"),
              ("foundation", "service_capacity"), ("foundation", "coordination_capacity"),
              ("governance", "division_of_work"), ("plan", "background"), ("plan", "goals"),
              ("plan", "research_plan"), ("plan", "mechanism"), ("plan", "safeguards"),
              ("plan", "expected_results")]


def text_of(length: int) -> str:
    return (SENTENCE * (length // len(SENTENCE) + 1))[:length]


def at_the_limits(path: Path) -> Path:
    """The base sample with every long text at the form's maximum length."""
    from app import choices, tables
    from app.samples import write_sample

    doc = write_sample("base", path)
    with doc.batch():
        for table, field in LONG_TEXTS:
            limit = choices.TEXT_LIMITS.get(field, choices.DEFAULT_TEXT_LIMIT)
            doc.set_value(getattr(tables, table.capitalize()), 1, field, text_of(limit))
    doc.close()
    return path


def export_seconds(path: Path, out: Path) -> float:
    from app.document import ApplicationFile
    from app.export import export, take_snapshot

    started = time.perf_counter()
    doc = ApplicationFile.open(path, read_only=True)
    try:
        snapshot = take_snapshot(doc)
    finally:
        doc.close()
    export(snapshot, out)
    return time.perf_counter() - started


def paragraph_seconds(length: int, before: bool = False) -> float:
    """One paragraph of ``length`` characters laid out as the form lays out its texts."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from app import pdf
    from app.pdf.form import BODY
    from app.pdf.wrap import ChineseParagraph

    pdf.fonts.register()
    text = text_of(length)
    saved = ChineseParagraph.split
    if before:
        ChineseParagraph.split = Paragraph.split  # type: ignore[method-assign]
    try:
        started = time.perf_counter()
        pdf.build(SimpleDocTemplate(io.BytesIO(), pagesize=A4, invariant=1, **pdf.MARGINS),
                  [ChineseParagraph(pdf.fonts.markup(text), BODY)], None)  # as form.para
        return time.perf_counter() - started
    finally:
        ChineseParagraph.split = saved  # type: ignore[method-assign]


def cancel_latencies(path: Path, folder: Path, cancels: int) -> tuple[list[float], float]:
    """Seconds from a cancel to the window's export worker returning, at random moments."""
    from PySide6.QtCore import Qt

    from ui.output import ExportWorker

    full = export_seconds(path, folder / "full")
    chance = random.Random(16)
    latencies: list[float] = []
    attempt = 0
    while len(latencies) < cancels:
        attempt += 1
        worker = ExportWorker(path, folder / f"cancel-{attempt}")
        ended: list[str] = []
        # (no event loop here: the worker's signals call back in its own thread)
        direct = Qt.ConnectionType.DirectConnection
        worker.failed.connect(lambda message, ended=ended: ended.append("failed"), direct)
        worker.done.connect(lambda _result, ended=ended: ended.append("done"), direct)
        thread = threading.Thread(target=worker.run)
        thread.start()
        time.sleep(chance.uniform(0.05, 0.9) * full)
        asked = time.perf_counter()
        worker.cancel_requested.set()
        thread.join()
        assert ended, "the worker ended without a word"
        if ended == ["failed"]:  # (it had not already finished)
            latencies.append(time.perf_counter() - asked)
    return latencies, full


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cancels", type=int, default=10)
    parser.add_argument("--before-1m", action="store_true")
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="sto-limits-"))
    os.environ["STO_APPLY_HOME"] = str(home)
    from large import make_large

    limits = at_the_limits(home / "limits.stoa")
    times = [export_seconds(limits, home / f"limits-{run}") for run in range(args.runs)]
    figures: dict[str, object] = {"export_at_form_limits_s": round(statistics.median(times), 2)}

    after_100k = paragraph_seconds(100_000)
    after_1m = paragraph_seconds(1_000_000)
    before_50k = paragraph_seconds(50_000, before=True)
    before_100k = paragraph_seconds(100_000, before=True)
    growth = math.log2(before_100k / before_50k)  # 2 when quadratic
    figures.update(paragraph_100k_s=round(after_100k, 2), paragraph_1m_s=round(after_1m, 2),
                   paragraph_100k_before_s=round(before_100k, 2),
                   paragraph_before_growth_exponent=round(growth, 2))
    if args.before_1m:
        figures["paragraph_1m_before_s"] = round(paragraph_seconds(1_000_000, before=True), 1)
    else:
        figures["paragraph_1m_before_estimated_s"] = round(before_100k * 10 ** growth, 0)

    large = make_large(home / "large.stoa")
    latencies, full = cancel_latencies(large, home, args.cancels)
    figures.update(large_export_s=round(full, 2),
                   cancel_latency_median_s=round(statistics.median(latencies), 3),
                   cancel_latency_max_s=round(max(latencies), 3))
    print(json.dumps(figures, ensure_ascii=False))


if __name__ == "__main__":
    main()
