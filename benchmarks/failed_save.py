"""Autosave through the window's edit session (ui.edits), which since issue 16 checks the
file is still where it was before each write, and the cost of retrying waiting edits.

Prints JSON: ``session_save_p50_ms`` / ``session_save_p95_ms`` (one field written through
``EditSession.set_value``: identity check, read of the old value, commit, undo step) and
``retry_200_ms`` (200 edits that waited while writes failed, written by one ``retry``).
"""

from __future__ import annotations

import json
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> int:
    from sqlalchemy import event

    from app import model, paths
    from app.samples import write_sample

    from ui.edits import EditSession
    from ui.main import make_application

    with tempfile.TemporaryDirectory() as folder:
        os.environ[paths.HOME_ENV] = str(Path(folder) / "home")
        make_application(offscreen=True)
        doc = write_sample("center", Path(folder) / "a.stoa")
        try:
            session = EditSession(doc)
            saves = []
            for number in range(200):
                started = time.perf_counter()
                session.set_value(model.Applicant, 1, "contact_department", f"标准化部{number}",
                                  merge=True)
                saves.append(1000 * (time.perf_counter() - started))
            saves.sort()
            broken = [True]

            def refuse(_conn, _cursor, statement: str, *_args) -> None:
                if broken[0] and statement.lstrip().upper().startswith("UPDATE"):
                    raise sqlite3.OperationalError("database or disk is full")

            event.listen(doc._engine, "before_cursor_execute", refuse)
            lines = doc.rows(model.FundingLine)
            for number in range(200):
                line = lines[number % len(lines)]
                session.set_value(model.FundingLine, line.id, "amount_fen", 100 * number + 1)
            broken[0] = False
            started = time.perf_counter()
            assert session.retry()
            retry_ms = 1000 * (time.perf_counter() - started)
        finally:
            doc.close()
    print(json.dumps({"session_save_p50_ms": round(statistics.median(saves), 2),
                      "session_save_p95_ms": round(saves[int(0.95 * len(saves)) - 1], 2),
                      "retry_200_ms": round(retry_ms, 1)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
