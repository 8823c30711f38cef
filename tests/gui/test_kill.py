"""Pulling the plug while the user types loses nothing that was acknowledged."""

import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from app import model
from app.document import ApplicationFile

HERE = Path(__file__).parent


def test_kill_while_typing_keeps_every_acknowledged_edit(tmp_path: Path, repo_root: Path,
                                                        child_env: dict[str, str]) -> None:
    path = tmp_path / "a.stoa"
    ApplicationFile.create(path, "base").close()
    child = subprocess.Popen([sys.executable, str(HERE / "typing_child.py"), str(path)],
                             stdout=subprocess.PIPE, text=True, env=child_env, cwd=repo_root)
    acknowledged = []
    assert child.stdout is not None
    for line in child.stdout:
        if line.startswith("ACK "):
            acknowledged.append(line[4:].rstrip("\n"))
        if len(acknowledged) >= 4:
            break
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    assert len(acknowledged) >= 4, "the child never saved"
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    doc = ApplicationFile.open(path)
    stored = doc.section(model.Application).org_name
    doc.close()
    assert stored.startswith(acknowledged[-1]) and len(acknowledged[-1]) > 0
