"""The self-test's check that every window fits the office screens: 1280×720 at 100 %
and 1920×1080 at 150 % (1280×720 of room either way, in fonts of different pixels).

Qt reads the screen's size and scale once, as it starts, so each screen is checked in a
child process of the self-test, on Qt's offscreen platform given that screen (its
``configfile`` option) and ``QT_SCALE_FACTOR``. The child opens each window the user
can reach (the start window, the main window on every step of both samples, the
preview, the snapshot dialog) and fails, naming the window or page, where one is larger
than the screen or a page needs sideways scrolling.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from app import choices

from ui.window_fit import overflow

if TYPE_CHECKING:
    from ui.main import Controller

SCREEN_ENV = "STO_APPLY_SELF_TEST_SCREEN"  # set in the child: the name of its screen
# name: (width, height, QT_SCALE_FACTOR), as the screen's pixels
SCREENS = {"1280x720": (1280, 720, "1"), "1920x1080-150": (1920, 1080, "1.5")}
CHILD_TIMEOUT_S = 300
CONFIG_NAME = "screen.json"  # relative: a Windows path's drive colon would end Qt's option


def sideways(page: QScrollArea) -> str:
    """Why ``page`` needs a horizontal scroll bar (its content wider than its view), or
    empty when it does not."""
    inner = page.widget()
    if page.horizontalScrollBar().maximum() <= 0 or inner is None:
        return ""
    widest = max((child for child in inner.findChildren(QWidget) if child.isVisible()),
                 key=lambda child: child.minimumSizeHint().width(), default=None)
    culprit = "" if widest is None else (
        f"; widest: {type(widest).__name__} {widest.objectName()} "
        f"of {widest.minimumSizeHint().width()} px")
    return (f"needs sideways scrolling: {inner.minimumSizeHint().width()} px of content in "
            f"{page.viewport().width()} px{culprit}")


def sideways_tables(page: QScrollArea) -> list[str]:
    """The lists on ``page`` whose table scrolls sideways, each with how far."""
    from PySide6.QtWidgets import QAbstractScrollArea

    found = []
    for view in page.widget().findChildren(QAbstractScrollArea):
        bar = view.horizontalScrollBar()
        if view.isVisible() and bar.maximum() > 0:
            owner = view.parentWidget()
            found.append(f"a {type(owner).__name__} table scrolls sideways by "
                         f"{bar.maximum()} px of {view.viewport().width()} px")
    return found


def _settle(app: QApplication) -> None:
    for _round in range(3):
        app.processEvents()


def _fits(widget: QWidget, what: str, errors: list[str], screen: str) -> None:
    beyond = overflow(widget)
    if beyond:
        errors.append(f"[{screen}] {what} is larger than the screen: {beyond}")


def check_windows(app: QApplication, controller: Controller, screenshots: Path | None,
                  screen: str) -> list[str]:
    """Every window at this process's screen; what does not fit, one line each."""
    from ui.pdf_view import PreviewDialog
    from ui.snapshot_dialog import SnapshotDialog

    errors: list[str] = []

    def grab(widget: QWidget, name: str) -> None:
        if screenshots is not None:
            screenshots.mkdir(parents=True, exist_ok=True)
            widget.grab().save(str(screenshots / f"{screen}-{name}.png"))

    controller.show_start()
    _settle(app)
    _fits(controller.start, "the start window", errors, screen)
    grab(controller.start, "00-start")
    for org_type in choices.ORG_TYPES:
        window = controller.open_sample(org_type)
        if window is None:
            errors.append(f"[{screen}] sample {org_type} did not open")
            continue
        _settle(app)
        _fits(window, f"the main window ({org_type})", errors, screen)
        for number, page in enumerate(window.pages):
            window.go_to(number)
            _settle(app)
            why = sideways(page)
            if why:
                errors.append(f"[{screen}] {org_type} step {number + 1} ({page.key}) {why}")
            for table in sideways_tables(page):
                errors.append(f"[{screen}] {org_type} step {number + 1} ({page.key}): {table}")
            grab(window, f"{org_type}-{number + 1:02d}-{page.key}")
        dialog = SnapshotDialog(window.doc, window)
        dialog.show()
        _settle(app)
        _fits(dialog, f"the snapshot dialog ({org_type})", errors, screen)
        grab(dialog, f"{org_type}-snapshots")
        dialog.close()
        if org_type == choices.BASE:
            from ui.self_test import make_outputs

            panel = make_outputs(app, window, None, f"{screen}-{org_type}")
            preview = PreviewDialog(panel.pdf_path(), window)
            preview.show()
            _settle(app)
            preview.go_to_page(1)
            _settle(app)
            _fits(preview, "the preview", errors, screen)
            grab(preview, f"{org_type}-preview")
            preview.close()
        window.close()
        _settle(app)
    return errors


def _command() -> list[str]:
    if getattr(sys, "frozen", False):  # the bundle's executable takes the same options
        return [sys.executable]
    return [sys.executable, "-m", "app"]


class ScreenChildren:
    """The child self-tests of ``SCREENS``, started at once and running beside the
    parent's own (each its own process: Qt takes the screen once per process)."""

    def __init__(self, screenshots: Path | None) -> None:
        import app

        self.folder = tempfile.TemporaryDirectory()
        self.children: dict[str, subprocess.Popen[str]] = {}
        self.errors: list[str] = []
        source = str(Path(app.__file__).resolve().parent.parent)
        for name, (width, height, scale) in SCREENS.items():
            folder = Path(self.folder.name) / name
            folder.mkdir()
            (folder / CONFIG_NAME).write_text(json.dumps({"screens": [
                {"name": name, "x": 0, "y": 0, "width": width, "height": height,
                 "logicalDpi": 96, "dpr": 1}]}), encoding="utf-8")
            env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={CONFIG_NAME}",
                   "QT_SCALE_FACTOR": scale, SCREEN_ENV: name,
                   "PYTHONPATH": os.pathsep.join(
                       part for part in (source, os.environ.get("PYTHONPATH", "")) if part)}
            command = [*_command(), "--self-test"]
            if screenshots is not None:
                command += ["--screenshots", str(screenshots.resolve())]
            try:
                self.children[name] = subprocess.Popen(
                    command, cwd=folder, env=env, stdout=subprocess.DEVNULL,
                    stderr=subprocess.PIPE, text=True, encoding="utf-8", errors="replace")
            except OSError as error:
                self.errors.append(f"[{name}] the check at this screen did not start: {error}")

    def wait(self) -> list[str]:
        """What failed at each screen, one entry per screen that failed."""
        for name, child in self.children.items():
            try:
                _out, stderr = child.communicate(timeout=CHILD_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                child.kill()
                child.communicate()
                self.errors.append(f"[{name}] the check at this screen took over "
                                   f"{CHILD_TIMEOUT_S} s")
                continue
            if child.returncode != 0:
                self.errors.append(f"[{name}] exit {child.returncode}:\n{stderr.strip()}")
        self.folder.cleanup()
        return self.errors
