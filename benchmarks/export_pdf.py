"""How long the printed form takes: medians over repeated runs, on this machine.

    python3 benchmarks/export_pdf.py

Prints, for each sample, the in-process export (both form PDFs, the mailing sheet, the
zip and the e-mail draft; fonts already registered) and a fresh ``python -m app export`` process (imports included).
"""

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 5


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        os.environ["STO_APPLY_HOME"] = folder
        from app.export import export, take_snapshot
        from app.pdf import fonts
        from app.samples import write_sample

        fonts.register()
        for org_type in ("base", "center"):
            path = Path(folder) / f"{org_type}.stoa"
            doc = write_sample(org_type, path)
            snapshot = take_snapshot(doc)
            doc.close()
            inside = []
            for run in range(RUNS):
                start = time.perf_counter()
                export(snapshot, Path(folder) / f"out-{org_type}-{run}")
                inside.append(time.perf_counter() - start)
            cold = []
            for run in range(RUNS):
                start = time.perf_counter()
                subprocess.run([sys.executable, "-m", "app", "export", str(path), "--out",
                                str(Path(folder) / f"cli-{org_type}-{run}")], check=True,
                               capture_output=True, env=os.environ)
                cold.append(time.perf_counter() - start)
            print(f"{org_type}: export (PDFs, mailing sheet, zip, e-mail draft) median {statistics.median(inside):.2f} s "
                  f"in process, {statistics.median(cold):.2f} s as a fresh CLI process "
                  f"({RUNS} runs each)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
