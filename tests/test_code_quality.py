"""Lint and typing are part of the suite, so CI holds the code to STYLE.md."""

import subprocess
import sys
from pathlib import Path


def test_ruff_is_clean(repo_root: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "app", "ui", "tests", "build"],
                            cwd=repo_root, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def test_core_is_typed(repo_root: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "mypy"], cwd=repo_root, capture_output=True,
                            text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
