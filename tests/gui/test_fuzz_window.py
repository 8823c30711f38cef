"""Random values in random cells, opened in the window: every page shows, or a message.

The window is where a wrong-typed cell used to kill the process (bytes in a money column
crashed the list model while it sized its rows). Whatever hypothesis writes into the
file, opening it either shows every page of the wizard or refuses it with a message;
pytest-qt fails the test on any exception raised inside a Qt slot.
"""

import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.samples import write_sample
from tests.test_fuzz_cells import CELLS, poke


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("fuzz-window") / "pristine.stoa"
    write_sample("base", path).close()
    return path


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(cells=st.lists(CELLS, min_size=1, max_size=4))
def test_random_cells_show_every_page_or_a_message(
        controller, qtbot, pristine: Path, tmp_path: Path, monkeypatch,
        cells: list[tuple[str, int, int, object]]) -> None:
    path = tmp_path / "fuzzed.stoa"
    path.unlink(missing_ok=True)
    shutil.copyfile(pristine, path)
    poke(path, cells)
    told: list[str] = []
    monkeypatch.setattr(controller, "_refuse", told.append)
    monkeypatch.setattr(controller, "ask_restore", lambda *args: False)
    monkeypatch.setattr(controller, "ask_repair", lambda message: told.append(message) or False)
    window = controller.open(path)
    if window is None:
        assert told and path.name in told[0]
        return
    try:
        window.refresh_now()
        for number in range(len(window.pages)):
            window.go_to(number)
            qtbot.wait(1)
    finally:
        window.close()
