"""Intake judges what arrived by the round it answers: a 2026 package received before
the 2026 deadline is on time, though the bundled 2021 call closed years ago."""

import datetime as dt
import os
import shutil
from pathlib import Path

from app import export
from app.call_check import read_call
from app.call_store import use_call
from app.intake.receive import receive
from app.samples import write_sample
from tests.call_rounds import BEFORE_DEADLINE, write_call

ARRIVED = dt.datetime(2026, 12, 1, 10, 0)


def _inbox(tmp_path: Path):
    call = read_call(write_call(tmp_path / "shanghai-2026.json"), BEFORE_DEADLINE).call
    doc = write_sample("base", tmp_path / "a.stoa")
    try:
        use_call(doc, call)
        result = export.export(export.take_snapshot(doc, BEFORE_DEADLINE), tmp_path / "out")
    finally:
        doc.close()
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    target = shutil.copy(result.zip_path, inbox / result.zip_path.name)
    os.utime(target, (ARRIVED.timestamp(), ARRIVED.timestamp()))
    return call, inbox


def _late(submission) -> list[str]:
    return [f["message"] for f in submission.findings if "截止" in f["message"]]


def test_a_package_of_the_2026_round_is_judged_by_that_round(tmp_path: Path) -> None:
    call, inbox = _inbox(tmp_path)
    (submission,) = receive([inbox], tmp_path / "register-2026", call).added
    assert submission.received_on.startswith("2026-12-01")
    assert submission.checksum and not _late(submission)
    # The same package judged by the bundled 2021 call is late: what intake did before.
    (judged_2021,) = receive([inbox], tmp_path / "register-2021").added
    assert any("2021-10-15" in message for message in _late(judged_2021))


def test_the_command_line_takes_the_round_and_refuses_a_bad_call_file(tmp_path: Path,
                                                                     capsys) -> None:
    from app.__main__ import main

    _call, inbox = _inbox(tmp_path)
    bad = write_call(tmp_path / "bad.json", email="不是邮箱")
    assert main(["intake", str(inbox), "--out", str(tmp_path / "r"), "--call", str(bad)]) == 2
    assert "申报通知" in capsys.readouterr().err
    good = tmp_path / "shanghai-2026.json"
    assert main(["intake", str(inbox), "--out", str(tmp_path / "r"), "--call", str(good)]) == 0
