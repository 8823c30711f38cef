"""Pulling the plug: 50 kills at random moments while edits are written lose nothing acknowledged.

After each kill the file is opened the way the application opens it (the read-only open
of ``check`` and ``export``, which cannot roll back a journal itself), not with plain
SQLite: a kill mid-commit leaves a hot journal, and that must read as the last committed
state, never as a damaged file.
"""

import random
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app import model, storage
from app.document import ApplicationFile

KILLS = 50
pytestmark = pytest.mark.slow


def test_fifty_kills_while_writing_lose_no_acknowledged_edit(
        tmp_path: Path, repo_root: Path, child_env: dict[str, str]) -> None:
    path = tmp_path / "a.stoa"
    ApplicationFile.create(path, "base").close()
    chance = random.Random(2026)
    acknowledged: list[int] = []
    survived = hot_journals = 0
    for _kill in range(KILLS):
        first = acknowledged[-1] + 1 if acknowledged else 0
        child = subprocess.Popen([sys.executable, str(Path(__file__).parent / "edit_child.py"),
                                  str(path), str(first)], stdout=subprocess.PIPE, text=True,
                                 env=child_env, cwd=repo_root)
        assert child.stdout is not None
        line = child.stdout.readline()  # the first edit is through: the child is writing
        assert line.startswith("ACK "), line
        acknowledged.append(int(line.split()[1]))
        time.sleep(chance.uniform(0.0, 0.25))  # then kill it at a random moment
        child.kill()
        child.wait(timeout=30)
        acknowledged += [int(rest.split()[1]) for rest in child.stdout.read().splitlines()
                         if rest.startswith("ACK ")]
        child.stdout.close()
        hot_journals += storage.journal_path(path).exists()
        doc = ApplicationFile.open(path, read_only=True)  # as check/export/the window would
        try:
            seen = {int(m.content.split()[1]) for m in doc.rows(model.Measure)}
        finally:
            doc.close()
        with sqlite3.connect(path) as connection:
            assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            stored = {int(text.split()[1]) for (text,) in
                      connection.execute("SELECT content FROM measure")}
            last = connection.execute("SELECT mechanism FROM plan").fetchone()[0]
        assert seen == stored
        assert set(acknowledged) <= stored  # every acknowledged edit is there
        assert max(stored) - max(acknowledged) <= 1  # at most the one unacknowledged edit
        assert last == f"last edit {max(stored)}"  # and each edit is whole
        survived += 1
    assert survived == KILLS
    print(f"{KILLS} kills survived ({hot_journals} mid-commit), "
          f"{len(acknowledged)} acknowledged edits, 0 lost")
