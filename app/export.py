"""Everything that goes out (FORM.md "What goes out"), written into one folder.

The file is read once, in the caller's thread (``take_snapshot``); writing works from
that snapshot only, so the UI can run it in a worker thread while the user goes on.
Nothing is written while the check finds errors, and every file appears whole or not
at all (written beside its target, then renamed into place).
"""

import datetime as dt
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app import rules
from app.call import Call, load_call
from app.document import ApplicationFile
from app.json_io import application_checksum
from app.rules.facts import Facts, load_facts

FORM_FILE = "申报书.pdf"
TWO_COPIES_FILE = "申报书-打印两份.pdf"
REPLACE_RETRIES = 10  # Windows refuses to replace a file a viewer holds open
REPLACE_PAUSE_S = 0.2

Progress = Callable[[int, str], None]  # percent done, what is being done


class ExportBlocked(Exception):
    """The check found errors; ``str()`` says how many, in Chinese."""

    def __init__(self, problems: list[rules.Problem]) -> None:
        self.problems = problems
        errors = [p for p in problems if p.severity == rules.ERROR]
        super().__init__(f"检查发现 {len(errors)} 个错误，改正后才能输出申报书。第一个：{errors[0].message}")


class ExportCancelled(Exception):
    """The user cancelled; nothing of the unfinished file was left."""


@dataclass(frozen=True)
class Snapshot:
    """What the outputs are made from, read from the file at one moment."""

    facts: Facts
    checksum: str
    call: Call
    problems: list[rules.Problem]


def take_snapshot(doc: ApplicationFile, today: dt.date | None = None) -> Snapshot:
    today = today or dt.date.today()
    return Snapshot(load_facts(doc, today), application_checksum(doc), load_call(),
                    rules.check(doc, today))


def write_atomically(target: Path, payload: bytes) -> None:
    """Write ``payload`` beside ``target`` and rename it into place: never half a file."""
    temporary = target.with_name(f".{target.name}.part")
    try:
        temporary.write_bytes(payload)
        for attempt in range(REPLACE_RETRIES):
            try:
                os.replace(temporary, target)
                break
            except PermissionError:
                if attempt == REPLACE_RETRIES - 1:
                    raise
                time.sleep(REPLACE_PAUSE_S)
    finally:
        temporary.unlink(missing_ok=True)


def export(snapshot: Snapshot, out_dir: Path, progress: Progress | None = None,
           cancelled: Callable[[], bool] = lambda: False) -> list[Path]:
    """Write the form (one copy, and the copies to print) into ``out_dir``."""
    from app import pdf  # reportlab is loaded only when something is printed

    if any(p.severity == rules.ERROR for p in snapshot.problems):
        raise ExportBlocked(snapshot.problems)
    if cancelled():
        raise ExportCancelled()
    report = progress or (lambda _percent, _text: None)
    out_dir.mkdir(parents=True, exist_ok=True)
    copies = snapshot.call.paper_copies
    report(0, "正在生成申报书…")
    form = pdf.render(snapshot.facts, snapshot.checksum, snapshot.call)
    files = [(FORM_FILE, form)]
    report(60, f"正在生成打印用申报书（{copies}份）…")
    files.append((TWO_COPIES_FILE, pdf.repeat(form, copies)))
    written = []
    for name, payload in files:
        if cancelled():
            raise ExportCancelled()
        write_atomically(out_dir / name, payload)
        written.append(out_dir / name)
    report(100, "完成")
    return written
