"""How fast the application is on this machine, against the budgets of issue 8.

    python3 benchmarks/run.py          # a table
    python3 benchmarks/run.py --json   # one JSON object

Start-up figures are medians over fresh processes and are given as ratios to a bare
PySide6 window measured in the same run, so a noisy machine moves both. Nothing here is
asserted by the tests: budgets are checked by reading these figures.
"""

import argparse
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

BUDGETS = {"first_window_ratio": 1.5, "open_ratio": 4.0, "export_s": 2.0, "autosave_p95_ms": 15.0,
           "stall_max_ms": 100.0, "peak_rss_mb": 250.0}
RUNS = 7


def painted_after(command: list[str], env: dict[str, str]) -> float:
    """Seconds from starting ``command`` until it prints its PAINTED line."""
    started = time.perf_counter()
    child = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    for line in child.stdout:
        if line.startswith("PAINTED"):
            elapsed = time.perf_counter() - started
            break
    else:
        raise RuntimeError(f"{command} ended without painting")
    child.wait(timeout=60)
    return elapsed


def median_painted(command: list[str], env: dict[str, str], runs: int) -> float:
    return statistics.median(painted_after(command, env) for _run in range(runs))


def floor_layout_s(facts_texts: list[str]) -> float:
    """The same text laid out by plain reportlab Paragraphs in the same fonts."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from app.pdf import fonts

    fonts.register()
    style = ParagraphStyle("floor", fontName=fonts.SERIF, fontSize=10.5, leading=18, wordWrap="CJK")
    started = time.perf_counter()
    story = [Paragraph(fonts.markup(text), style) for text in facts_texts if text]
    SimpleDocTemplate(io.BytesIO(), pagesize=A4).build(story)
    return time.perf_counter() - started


def all_texts(doc) -> list[str]:  # noqa: ANN001 (an ApplicationFile)
    from app import model

    texts = []
    for table in (*model.SECTION_TABLES, *model.LIST_TABLES):
        rows = [doc.section(table)] if table in model.SECTION_TABLES else doc.rows(table)
        for row in rows:
            texts += [value for name, value in vars(row).items()
                      if isinstance(value, str) and not name.startswith("_") and name != "sha256"]
    return texts


def compile_sources() -> None:
    """Write the bytecode of app/ and ui/ first, as the shipped application has it (frozen
    in the bundle; compiled by pip at install). Without it, and where Python is told not
    to write bytecode (PYTHONDONTWRITEBYTECODE, as on these machines), every start would
    compile some 60 modules again: 60-90 ms that no user's start pays."""
    import compileall

    for package in ("app", "ui"):
        compileall.compile_dir(ROOT / package, quiet=1)


def measure(runs: int) -> dict[str, float]:
    compile_sources()
    home = Path(tempfile.mkdtemp(prefix="sto-bench-"))
    # Children find app/ and ui/ from a plain checkout too, installed or not.
    python_path = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    env = {**os.environ, "STO_APPLY_HOME": str(home), "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": python_path}
    os.environ["STO_APPLY_HOME"] = str(home)
    from large import make_large

    from app.document import ApplicationFile
    from app.export import export, take_snapshot

    large = make_large(home / "large.stoa")
    figures: dict[str, float] = {}

    bare = median_painted([sys.executable, str(HERE / "bare_window.py")], env, runs)
    start = median_painted([sys.executable, "-m", "app"], {**env, "STO_APPLY_BENCHMARK": "start"}, runs)
    wizard = median_painted([sys.executable, "-m", "app", str(large)],
                            {**env, "STO_APPLY_BENCHMARK": "wizard"}, runs)
    # Not budgeted, for the record: until the opened file's steps carry the check's marks,
    # which waits for the ORM to load behind the window (app.opening).
    checked = median_painted([sys.executable, "-m", "app", str(large)],
                             {**env, "STO_APPLY_BENCHMARK": "checked"}, runs)
    figures.update(bare_window_s=round(bare, 3), first_window_s=round(start, 3),
                   first_window_ratio=round(start / bare, 2), open_s=round(wizard, 3),
                   open_ratio=round(wizard / bare, 2), open_checked_s=round(checked, 3),
                   open_checked_ratio=round(checked / bare, 2))

    doc = ApplicationFile.open(large)
    try:
        exports, snapshot_times = [], []
        for run in range(3):
            started = time.perf_counter()
            snapshot = take_snapshot(doc)
            snapshot_times.append(time.perf_counter() - started)
            export(snapshot, home / f"out-{run}")
            exports.append(time.perf_counter() - started)
        floor = statistics.median(floor_layout_s(all_texts(doc)) for _run in range(3))
        figures.update(export_s=round(statistics.median(exports), 2),
                       export_floor_s=round(floor, 2),
                       export_ratio=round(statistics.median(exports) / floor, 2),
                       snapshot_read_s=round(statistics.median(snapshot_times), 3))

        from app import model

        saves = []
        for number in range(200):
            started = time.perf_counter()
            doc.set_value(model.Applicant, 1, "contact_department", f"标准化部{number}")
            saves.append(1000 * (time.perf_counter() - started))
        saves.sort()
        figures.update(autosave_p50_ms=round(statistics.median(saves), 2),
                       autosave_p95_ms=round(saves[int(0.95 * len(saves)) - 1], 2))
    finally:
        doc.close()

    child = subprocess.run([sys.executable, str(HERE / "ui_export.py"), str(large),
                            str(home / "ui-out")], cwd=ROOT, env=env, capture_output=True,
                           text=True, timeout=600)
    if child.returncode != 0:
        raise RuntimeError(child.stderr[-2000:])
    figures.update(json.loads(child.stdout.strip().splitlines()[-1]))
    return figures


# Issues 16–25's figures, each from a script of its own that prints one JSON line last.
ROBUSTNESS_SCRIPTS = ("import_rows.py", "export_limits.py", "snapshots.py", "failed_save.py",
                      "list_paste.py", "leave_field.py", "output_record.py", "values.py",
                      "small_items.py", "rare_characters.py", "packets.py", "compare.py",
                      "intake.py", "call.py", "pilot_reports.py", "docx_form.py")
# Arguments of a script run smaller than its own default (intake: 20 packages, not 100).
SCRIPT_ARGUMENTS = {"intake.py": ["--count", "20", "--mb", "15"]}


def flatten(figures: dict[str, object], prefix: str = "") -> dict[str, float]:
    """``{"import_s": {"2000": 0.5}}`` → ``{"import_s_2000": 0.5}``: one figure a line."""
    flat: dict[str, float] = {}
    for name, value in figures.items():
        if isinstance(value, dict):
            flat.update(flatten(value, f"{prefix}{name}_"))
        elif isinstance(value, int | float):
            flat[f"{prefix}{name}"] = value
    return flat


def measure_robustness() -> dict[str, float]:
    """Import of 250–2,000 rows, export at the form's limits, cancel latencies, snapshots
    and saves that wait: the scripts' figures in one dict."""
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "STO_APPLY_HOME": folder,
               "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
        for script in ROBUSTNESS_SCRIPTS:
            if not (HERE / script).is_file():
                continue
            command = [sys.executable, str(HERE / script), *SCRIPT_ARGUMENTS.get(script, [])]
            child = subprocess.run(command, cwd=ROOT, env=env,
                                   capture_output=True, text=True, timeout=1800)
            if child.returncode != 0:
                raise RuntimeError(f"{script}: {child.stderr[-2000:]}")
            figures.update(flatten(json.loads(child.stdout.strip().splitlines()[-1])))
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--runs", type=int, default=RUNS, help="fresh processes per start-up figure")
    parser.add_argument("--robustness", action="store_true",
                        help="only the figures of issues 16–25 (import, export limits, cancel, "
                             "snapshots, waiting saves, list editing and paste, leaving a "
                             "field, the output record, normalising, rare characters, member "
                             "packets, comparing, intake, calls, pilot reports)")
    args = parser.parse_args()
    figures = measure_robustness() if args.robustness else {
        **measure(args.runs), **measure_robustness()}
    if args.json:
        print(json.dumps({**figures, "budgets": BUDGETS}, ensure_ascii=False))
        return 0
    for name, value in figures.items():
        budget = BUDGETS.get(name)
        verdict = "" if budget is None else ("  ok" if value <= budget else f"  OVER (budget {budget})")
        print(f"{name:22} {value:>10}{verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
