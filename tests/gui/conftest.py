"""GUI tests: one QApplication set up like the real one (our font, Qt's Chinese strings)."""

import pytest

from ui.main import Controller, make_application


@pytest.fixture(scope="session", autouse=True)
def application():
    return make_application(offscreen=True)


@pytest.fixture
def controller(qtbot):
    built = Controller()
    qtbot.addWidget(built.start)
    yield built
    for window in list(built.windows):
        window.close()
