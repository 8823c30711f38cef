"""A second start hands its file to the running application instead of opening a second one."""

import subprocess
import sys
import time
from pathlib import Path

from app.samples import write_sample


def test_a_second_start_hands_its_file_to_the_first(tmp_path: Path, repo_root: Path,
                                                   child_env: dict[str, str]) -> None:
    path = tmp_path / "双击的文件.stoa"
    write_sample("center", path).close()
    first = subprocess.Popen([sys.executable, str(Path(__file__).parent / "instance_child.py"), "60"],
                             stdout=subprocess.PIPE, text=True, cwd=repo_root, env=child_env)
    try:
        assert first.stdout is not None and first.stdout.readline().strip() == "LISTENING"
        started = time.monotonic()
        second = subprocess.run([sys.executable, "-m", "app", str(path)], cwd=repo_root,
                                env=child_env, capture_output=True, text=True, timeout=60)
        assert second.returncode == 0, second.stderr
        assert time.monotonic() - started < 30  # it handed over and ended, no second window
        line = first.stdout.readline()
        assert line.startswith(f"OPEN {path}") and "双击的文件.stoa" in line
    finally:
        first.kill()
        first.wait(timeout=30)
