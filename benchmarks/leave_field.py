"""What leaving a field costs on a new file: the check that turns its quiet hint red
(``ui.hints`` re-checks at once on a first leave, so no stale red flashes), and reading a
typed date (``app.dates``). Prints one JSON object.

    python3 benchmarks/leave_field.py
"""

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app import dates, rules  # noqa: E402
from app.document import ApplicationFile  # noqa: E402
from app.samples import write_sample  # noqa: E402

RUNS = 30


def median_ms(run) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(times), 2)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        new = ApplicationFile.create(Path(folder) / "new.stoa", "base")
        sample = write_sample("base", Path(folder) / "sample.stoa")
        figures = {
            "check_new_file_ms": median_ms(lambda: rules.check(new)),
            "check_sample_ms": median_ms(lambda: rules.check(sample)),
            "parse_date_us": round(median_ms(lambda: [dates.parse("2008年3月18日")
                                                      for _ in range(1000)]), 2),
        }
        new.close()
        sample.close()
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
