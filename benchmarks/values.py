"""What normalised codes and closed choices cost (issue 18 items 2, 5, 9).

    python3 benchmarks/values.py     # one JSON object on the last line

``normalise_row_us``: one member row's values through ``app.normalise.row`` (what every
added, appended and imported row now pays); ``upgrade_ms``: the schema-4 step on the
large application (``benchmarks/large.py``, 200 members) and on one of 2,000 members, all
codes full-width; ``check_ms``: the whole check of the large application, which now
includes the closed-choice rule and the row numbers. ``benchmarks/run.py`` can import
``measure()`` or run this file and read its last line.
"""

import json
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

RUNS = 5
FULL_WIDTH = str.maketrans("0123456789ABCDEFGHJKLMNPQRTUWXY", "０１２３４５６７８９ａｂｃｄｅｆｇｈｊｋｌｍｎｐｑｒｔｕｗｘｙ")


def _median_ms(work: Any) -> float:
    times = []
    for _run in range(RUNS):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(times), 2)


def _full_width_copy(source: Path, target: Path, members: int) -> None:
    """``source`` as version 3 held it, its codes full-width, with ``members`` members."""
    target.write_bytes(source.read_bytes())
    with sqlite3.connect(target) as connection:
        rows = connection.execute("SELECT * FROM member WHERE is_applicant = 0").fetchall()
        columns = [c[1] for c in connection.execute("PRAGMA table_info(member)")]
        have = connection.execute("SELECT count(*) FROM member").fetchone()[0]
        for n in range(max(0, members - have)):
            values = dict(zip(columns, rows[n % len(rows)], strict=True))
            values.update(id=None, position=have + n)
            marks = ", ".join("?" for _ in columns)
            connection.execute(f"INSERT INTO member VALUES ({marks})", list(values.values()))
        for row_id, code in connection.execute("SELECT id, credit_code FROM member").fetchall():
            connection.execute("UPDATE member SET credit_code = ?, contact_phone = ? WHERE id = ?",
                               (code.translate(FULL_WIDTH), "０２１－６９９５ １２８８", row_id))
        connection.execute("PRAGMA user_version=3")


def measure() -> dict[str, Any]:
    from large import make_large

    from app import normalise, rules, storage
    from app.document import ApplicationFile

    row = {"name": "上海某某科技有限公司", "credit_code": "９１３１００００ｍａ１ｆｌ００００ｘ",
           "contact_phone": "０２１－６９９５ １２８８", "kind": "企业", "contribution": "标准研制" * 20}
    count = 10_000
    started = time.perf_counter()
    for _n in range(count):
        normalise.row("member", row)
    per_row_us = round((time.perf_counter() - started) / count * 1e6, 2)

    figures: dict[str, Any] = {"normalise_row_us": per_row_us, "upgrade_ms": {}}
    with tempfile.TemporaryDirectory() as folder:
        large = ApplicationFile.open(make_large(Path(folder) / "large.stoa"), read_only=True)
        figures["check_ms"] = _median_ms(lambda: rules.check(large))
        large.close()
        for members in (200, 2000):
            def upgrade(members: int = members) -> None:
                target = Path(folder) / f"v3-{members}.stoa"
                _full_width_copy(Path(folder) / "large.stoa", target, members)
                connection = sqlite3.connect(target)
                started = time.perf_counter()
                storage._normalise_codes(connection)
                connection.commit()
                upgrade.elapsed = time.perf_counter() - started  # type: ignore[attr-defined]
                connection.close()
            times = []
            for _run in range(RUNS):
                upgrade()
                times.append(upgrade.elapsed * 1000)  # type: ignore[attr-defined]
            figures["upgrade_ms"][str(members)] = round(statistics.median(times), 2)
    return figures


if __name__ == "__main__":
    print(json.dumps(measure()))
