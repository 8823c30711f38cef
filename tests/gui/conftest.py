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
