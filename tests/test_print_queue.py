"""Printing through a real CUPS queue (cups-pdf), from the command line and from the UI.

The queue writes what it receives as a PDF in ``~/PDF``. The job is pictures of the
pages (printed at the printer's resolution, as on paper) over a text layer that the
PostScript filters re-encode unreadably, so the check compares pictures: page 1 and
the first page of the second copy must look like the form's page 1, which carries the
title and the checksum.
"""

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from app.samples import write_sample

QUEUE = "StoApplyPDF"
OUTPUT = Path.home() / "PDF"
PPD = "lsb/usr/cups-pdf/CUPS-PDF_opt.ppd"


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, timeout=60)


@pytest.fixture(scope="module")
def cups_queue() -> str:
    """The cups-pdf queue, set up here if CUPS is installed and cupsd can run."""
    for tool in ("cupsd", "lpadmin", "lpstat"):
        if shutil.which(tool) is None and not Path(f"/usr/sbin/{tool}").exists():
            pytest.skip(f"CUPS is not installed ({tool} missing); .ci/run installs it")
    if _run("lpstat", "-r").returncode != 0 or "not running" in _run("lpstat", "-r").stdout:
        started = _run(shutil.which("cupsd") or "/usr/sbin/cupsd")
        time.sleep(1)
        if started.returncode != 0 or "not running" in _run("lpstat", "-r").stdout:
            pytest.skip(f"cupsd cannot run here: {started.stderr.strip()}")
    if QUEUE not in _run("lpstat", "-p").stdout:
        added = _run("lpadmin", "-p", QUEUE, "-E", "-v", "cups-pdf:/", "-m", PPD)
        if added.returncode != 0:
            pytest.skip(f"cannot add the cups-pdf queue: {added.stderr.strip()}")
    return QUEUE


def wait_for_output(before: set[Path]) -> Path:
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        busy = QUEUE in _run("lpstat", "-o").stdout
        new = set(OUTPUT.glob("*.pdf")) - before if OUTPUT.exists() else set()
        if new and not busy:
            return max(new, key=lambda p: p.stat().st_mtime)
        time.sleep(1)
    raise AssertionError("the queue produced no PDF")


def _picture(document: pdfium.PdfDocument, index: int) -> bytes:
    bitmap = document[index].render(scale=50 / 72, grayscale=True)
    data = bytes(bitmap.buffer)
    bitmap.close()
    return data


def _difference(a: bytes, b: bytes) -> float:
    """Mean absolute grey-level difference of two same-sized page pictures, 0–255."""
    assert len(a) == len(b)
    return sum(abs(x - y) for x, y in zip(a[::7], b[::7], strict=True)) / len(a[::7])


def check_printed(printed: Path, form: Path) -> None:
    original, queued = pdfium.PdfDocument(str(form)), pdfium.PdfDocument(str(printed))
    try:
        pages = len(original)
        assert len(queued) == 2 * pages  # two complete copies
        first = _picture(original, 0)
        assert _difference(_picture(queued, 0), first) < 6
        assert _difference(_picture(queued, pages), first) < 6  # the second copy starts over
        assert _difference(_picture(queued, 1), first) > 6  # (and pictures do differ)
    finally:
        original.close()
        queued.close()


@pytest.mark.parametrize("org_type", ["base", "center"])
def test_the_command_line_prints_two_collated_copies(cups_queue: str, tmp_path: Path,
                                                     repo_root: Path, child_env: dict[str, str],
                                                     org_type: str) -> None:
    path = tmp_path / f"{org_type}.stoa"
    write_sample(org_type, path).close()
    form_dir = tmp_path / "form"
    made = subprocess.run([sys.executable, "-m", "app", "export", str(path), "--out", str(form_dir)],
                          cwd=repo_root, env=child_env, capture_output=True, text=True, timeout=120)
    assert made.returncode == 0, made.stderr
    before = set(OUTPUT.glob("*.pdf")) if OUTPUT.exists() else set()
    result = subprocess.run([sys.executable, "-m", "app", "print", str(path), "--printer", cups_queue,
                             "--copies", "2"], cwd=repo_root, env={**child_env, "HOME": os.environ["HOME"]},
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert cups_queue in result.stdout and "× 2 份" in result.stdout
    check_printed(wait_for_output(before), form_dir / "申报书.pdf")


def test_a_missing_printer_is_refused_with_the_names_there_are(
        cups_queue: str, tmp_path: Path, repo_root: Path, child_env: dict[str, str]) -> None:
    path = tmp_path / "c.stoa"
    write_sample("center", path).close()
    result = subprocess.run([sys.executable, "-m", "app", "print", str(path), "--printer", "没有这台"],
                            cwd=repo_root, env=child_env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 2 and "找不到打印机「没有这台」" in result.stderr
    assert cups_queue in result.stderr and "Traceback" not in result.stderr
