"""GUI tests: one QApplication set up like the real one (our font, Qt's Chinese strings)."""

import pytest

from ui.i18n import SOURCE, current_language, install_language
from ui.main import Controller, make_application


@pytest.fixture(scope="session", autouse=True)
def application():
    app = make_application(offscreen=True)
    install_language(app, SOURCE)  # whatever this machine's user chose or its locale says
    return app


@pytest.fixture
def controller(qtbot, application):
    built = Controller()
    qtbot.addWidget(built.start)
    yield built
    for window in list(built.windows):
        window.close()
    if current_language() != SOURCE:  # a test that switched language leaves Simplified behind
        install_language(application, SOURCE)


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch):
    """A dialog that waits for a click fails the test at once instead of hanging CI: tests
    answer dialogs by patching the question (``ask_*``) or the box they expect."""
    from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

    def refuse(*args, **_kwargs):
        shown = [str(arg) for arg in args if isinstance(arg, str)]
        raise AssertionError(f"a modal dialog would wait for a click here: {shown[:2]}")

    for owner, name in ((QDialog, "exec"), (QMessageBox, "exec"), (QMessageBox, "critical"),
                        (QMessageBox, "warning"), (QMessageBox, "information"),
                        (QMessageBox, "question"), (QFileDialog, "getOpenFileName"),
                        (QFileDialog, "getSaveFileName"), (QFileDialog, "getExistingDirectory")):
        monkeypatch.setattr(owner, name, refuse)
