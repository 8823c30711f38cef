"""The frozen bundle from app.spec carries everything: it builds here and passes its self-test.

Slow (about a minute): PyInstaller builds the one-folder bundle into a temporary folder,
then the frozen executable runs its --self-test offscreen with an empty home folder and
a minimal environment, opening an application file given as its first argument.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.samples import write_sample

pytestmark = pytest.mark.slow


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def test_the_bundle_builds_and_its_self_test_passes(tmp_path: Path, repo_root: Path) -> None:
    build = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "app.spec", "--noconfirm", "--log-level", "WARN",
         "--workpath", str(tmp_path / "work"), "--distpath", str(tmp_path / "dist")],
        cwd=repo_root, capture_output=True, text=True, timeout=900)
    assert build.returncode == 0, build.stderr[-3000:]
    bundle = tmp_path / "dist" / "sto-apply"
    executable = bundle / ("sto-apply.exe" if sys.platform == "win32" else "sto-apply")
    assert executable.is_file()
    print(f"bundle: {folder_size(bundle) / 1e6:.0f} MB")  # shown with pytest -s

    home = tmp_path / "home"
    home.mkdir()
    sample = tmp_path / "double-clicked.stoa"
    write_sample("center", sample).close()
    shots = tmp_path / "shots"
    env = {"PATH": os.defpath, "HOME": str(home), "STO_APPLY_HOME": str(home / "sto"),
           "QT_QPA_PLATFORM": "offscreen"}
    if sys.platform == "win32":
        env["SYSTEMROOT"] = os.environ.get("SYSTEMROOT", r"C:\Windows")
    run = subprocess.run([str(executable), str(sample), "--self-test", "--screenshots", str(shots)],
                         env=env, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-3000:]
    assert "自检通过" in run.stderr
    names = {p.name for p in shots.glob("*.png")}
    assert {"base-preview.png", "center-preview.png", "file-02-applicant.png"} <= names
