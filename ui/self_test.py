"""``--self-test``: open each sample offscreen, visit every page, optionally save screenshots.

Each sample is visited twice: as shipped, then made wrong in a few ways (``spoil``) so
the screenshots ``wrong-*.png`` show problems marked at their fields, rows and on the
check page. It is what the frozen build runs to prove it carries everything it needs;
it exits 0 only when every page of both samples was built and shown without an error.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, cast

from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication, QScrollArea

from app import choices, model, paths
from app.document import ApplicationFile
from app.opening import OpeningFile

from ui.i18n import SOURCE, installed_translators
from ui.language_check import call_values, foreign_words, pages_words, shown_texts, user_values
from ui.main import Controller
from ui.main_window import MainWindow
from ui.pdf_view import PreviewDialog
from ui.screen_check import SCREEN_ENV, ScreenChildren, check_windows

if TYPE_CHECKING:
    from ui.output import OutputPanel

OUTPUT_TIMEOUT_S = 60


def _grab(widget: object, target: Path) -> None:
    if not widget.grab().save(str(target)):  # type: ignore[attr-defined]
        raise RuntimeError(f"could not save {target}")


def _settle(app: QApplication) -> None:
    """Let the page finish laying out (a layout request posts further events) before a grab."""
    for _round in range(3):
        app.processEvents()


def _grab_whole_page(page: QScrollArea, target: Path) -> None:
    """The whole scrolling page at once, then the page given back to its scroll area."""
    inner = page.widget()
    inner.resize(page.viewport().width(), inner.sizeHint().height())
    _grab(inner, target)
    page.setWidgetResizable(True)  # lays the page out for the viewport again


def spoil(window: MainWindow) -> None:
    """Make an open sample wrong the way a hurried clerk might, through the session."""
    session, doc = window.session, window.doc
    session.set_value(model.Applicant, 1, "contact_mobile", "1391234567")
    session.set_value(model.Applicant, 1, "contact_email", "zhang@")
    member = doc.rows(model.Member)[-1]
    session.set_value(model.Member, member.id, "credit_code", "91310000MA1FL0000X")
    session.set_value(model.Member, doc.rows(model.Member)[0].id, "credit_code", "")
    line = next(x for x in doc.rows(model.FundingLine) if x.direction == choices.FUNDING_SOURCE)
    session.set_value(model.FundingLine, line.id, "amount_fen", (line.amount_fen or 0) + 1_000_000)
    session.set_value(model.PipelineItem, doc.rows(model.PipelineItem)[0].id, "month", 25)
    session.remove_row(model.Attachment, doc.rows(model.Attachment)[0].id)
    window.refresh_now()


def _visit(app: QApplication, window: MainWindow, screenshots: Path | None, prefix: str) -> None:
    """Show every page; with ``screenshots``, save the window and the whole page of each."""
    for number, page in enumerate(window.pages):
        window.go_to(number)
        _settle(app)
        if screenshots is not None:
            stem = f"{prefix}-{number + 1:02d}-{page.key}"
            _grab(window, screenshots / f"{stem}.png")
            _grab_whole_page(page, screenshots / f"{stem}-full.png")


def make_outputs(app: QApplication, window: MainWindow, screenshots: Path | None,
                 prefix: str) -> OutputPanel:
    """Press 生成申报书 on the check page, wait for the worker, and open the preview."""
    window.go_to_key("check")
    panel: OutputPanel = window.current_page().output  # type: ignore[attr-defined]
    panel.unattended = True  # (a failure ends the self-test with its message)
    panel.make_button.click()
    deadline = time.monotonic() + OUTPUT_TIMEOUT_S
    while panel.busy() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    if panel.last is None:
        raise RuntimeError(f"{prefix}: the outputs were not written: {panel.result.text()}")
    app.processEvents()
    if screenshots is not None:
        _grab_whole_page(window.current_page(), screenshots / f"{prefix}-outputs.png")
    preview = PreviewDialog(panel.pdf_path(), window)
    preview.show()
    app.processEvents()
    if screenshots is not None:
        _grab(preview, screenshots / f"{prefix}-preview.png")
    preview.close()
    return panel


def _other_language(app: QApplication, controller: Controller, language: str,
                    screenshots: Path | None) -> list[str]:
    """Both samples in ``language``; what shows in another language, as error lines."""
    controller.set_language(language)
    controller.show_start()
    app.processEvents()
    if screenshots is not None:
        _grab(controller.start, screenshots / f"{language}-00-start.png")
    found = [f"{language} start: {text}" for text in foreign_words(
        shown_texts(controller.start), language, call_values(language))]
    for org_type in choices.ORG_TYPES:
        window = controller.open_sample(org_type)
        if window is None:
            raise RuntimeError(f"sample {org_type} did not open in {language}")
        written: list[str] = []  # file names are as written, in every language
        if org_type == choices.BASE:  # the output step at work in this language too
            make_outputs(app, window, screenshots, f"{language}-{org_type}")
            panel = window.current_page().output  # type: ignore[attr-defined]
            written = [path.name for path in panel.last.files] + [panel.last.checksum]
        spoil(window)
        values = user_values(window.doc) + call_values(language) + written
        _visit(app, window, screenshots, f"{language}-{org_type}")
        found += [f"{language} {org_type} {where}" for where in pages_words(window, language, values)]
        window.close()
        window.doc.path.unlink()  # (made wrong: the next language starts from the sample)
        app.processEvents()
    return found


def _missing_resources(app: QApplication) -> list[str]:
    """What a bundle that forgot a resource would lack, each said in one line."""
    missing = []
    if app.windowIcon().isNull():
        missing.append("the application icon did not load (resources/icons)")
    if not installed_translators():
        missing.append("Qt's Chinese catalogue qtbase_zh_CN did not load (PySide6 translations)")
    if QFontInfo(app.font()).family() != app.font().family():
        missing.append(f"the bundled font {app.font().family()} is not in use (resources/fonts)")
    return missing


def run_self_test(app: QApplication, screenshots: Path | None, file: Path | None = None) -> int:
    """Both samples (and ``file``, when given, as a double-click would open it)."""
    errors: list[str] = []

    def record(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        errors.append("".join(traceback.format_exception(kind, error, tb)))

    previous_hook, sys.excepthook = sys.excepthook, record
    if screenshots is not None:
        screenshots.mkdir(parents=True, exist_ok=True)
    screen = os.environ.get(SCREEN_ENV)
    if screen:  # a child of the self-test at one of the office screens (ui.screen_check)
        return _at_screen(app, screen, screenshots, errors, previous_hook)
    errors += _missing_resources(app)
    # Every window again at each office screen, each in a process of its own, meanwhile.
    at_screens = ScreenChildren(screenshots)
    try:
        with tempfile.TemporaryDirectory() as folder:
            # Samples, recent files and snapshots go to a throw-away home, not the user's.
            previous_home = os.environ.get(paths.HOME_ENV)
            os.environ[paths.HOME_ENV] = folder
            controller = Controller()
            controller.show_start()
            app.processEvents()
            if screenshots is not None:
                _grab(controller.start, screenshots / "00-start.png")
            for org_type in choices.ORG_TYPES:
                window = controller.open_sample(org_type)
                if window is None:
                    raise RuntimeError(f"sample {org_type} did not open")
                if window.doc.count(model.Member) < (12 if org_type == choices.BASE else 1):
                    raise RuntimeError(f"sample {org_type} has too few members")
                _visit(app, window, screenshots, org_type)
                make_outputs(app, window, screenshots, org_type)
                # The same sample made wrong: every page again, with its problems marked.
                spoil(window)
                _visit(app, window, screenshots, f"wrong-{org_type}")
                window.close()
                app.processEvents()
                window.doc.path.unlink()  # (打开示例 reopens the copy: the next starts afresh)
            # The other two languages: every page of both samples, made wrong so the rules
            # speak too, and checked for words of another language.
            for language in ("zh_TW", "en"):
                errors += _other_language(app, controller, language, screenshots)
            controller.set_language(SOURCE)
            if file is not None:
                # As a start with the file shows it: every page drawn from plain reads
                # (app.opening, as while the ORM loads), then handed over and checked.
                window = MainWindow(cast(ApplicationFile, OpeningFile.open(file)))
                window.show()
                _visit(app, window, screenshots, "file")
                if window.doc.ready:
                    raise RuntimeError(f"{file}: the pages needed the ORM to show")
                window.refresh_now()
                if not window.doc.ready or window.doc.count(model.Member) < 1:
                    raise RuntimeError(f"{file} was not handed over to the ORM")
                window.close()
            controller.start.close()
            if previous_home is None:
                os.environ.pop(paths.HOME_ENV, None)
            else:
                os.environ[paths.HOME_ENV] = previous_home
    except Exception:  # noqa: BLE001 - the self-test reports every failure, whatever it is
        errors.append(traceback.format_exc())
    finally:
        sys.excepthook = previous_hook
    errors += at_screens.wait()
    return _report(errors)


def _at_screen(app: QApplication, screen: str, screenshots: Path | None, errors: list[str],
               previous_hook: object) -> int:
    """The child's part: every window at this screen (``ui.screen_check``)."""
    try:
        with tempfile.TemporaryDirectory() as folder:
            os.environ[paths.HOME_ENV] = folder  # (a child: its environment is its own)
            controller = Controller()
            errors += check_windows(app, controller, screenshots, screen)
            controller.start.close()
    except Exception:  # noqa: BLE001 - the self-test reports every failure, whatever it is
        errors.append(traceback.format_exc())
    finally:
        sys.excepthook = previous_hook  # type: ignore[assignment]
    return _report(errors)


def _report(errors: list[str]) -> int:
    for error in errors:
        print(error, file=sys.stderr)
    print("自检通过" if not errors else f"自检失败：{len(errors)} 个错误", file=sys.stderr)
    return 0 if not errors else 1
