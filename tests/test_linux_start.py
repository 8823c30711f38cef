"""The start on a fresh Linux machine says which packages to install (issue 17, item 12).

Qt's xcb plugin needs libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1 and more; where they
are missing Qt printed a paragraph about plugins and aborted with a core dump.
"""

import gc
import sys
from pathlib import Path

import pytest

from app import linux_start

ISSUE_MISSING = ("libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1")
X11 = {"DISPLAY": ":0"}


def without(*absent: str):
    """A loader that finds every library except ``absent``."""
    return lambda name: name not in absent


def test_the_missing_libraries_are_named_with_their_packages_in_both_languages() -> None:
    absent = linux_start.missing_for_window("linux", X11, found=without(*ISSUE_MISSING))
    assert absent == list(ISSUE_MISSING)
    text = linux_start.message(absent)
    command = "sudo apt-get install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1"
    assert text.count(command) == 2  # once in the Chinese part, once in the English
    assert "缺少" in text and "missing" in text
    assert all(name in text for name in ISSUE_MISSING)


def test_nothing_is_missing_on_a_complete_desktop() -> None:
    assert linux_start.missing_for_window("linux", X11, found=without()) == []


@pytest.mark.parametrize(("platform", "environ"), [
    ("win32", X11),  # Windows: Qt's own plugin, no system libraries
    ("darwin", X11),
    ("linux", {}),  # no desktop session: a command, or Qt says so itself
    ("linux", {**X11, "QT_QPA_PLATFORM": "offscreen"}),  # an explicit platform: the tests
])
def test_no_check_where_qt_does_not_need_them(platform: str, environ: dict[str, str]) -> None:
    assert linux_start.missing_for_window(platform, environ, found=without(*ISSUE_MISSING)) == []


def test_a_wayland_session_needs_no_xcb_library_unless_frozen() -> None:
    wayland = {"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}
    found = without(*ISSUE_MISSING)
    assert linux_start.missing_for_window("linux", wayland, found=found) == []
    # the bundle carries the xcb plugin alone (app.spec drops Wayland's)
    assert linux_start.missing_for_window("linux", wayland, frozen=True, found=found) == list(ISSUE_MISSING)
    assert linux_start.missing_for_window(
        "linux", wayland, found=without(*ISSUE_MISSING, "libwayland-client.so.0")) == list(ISSUE_MISSING)


def test_every_library_names_a_package() -> None:
    names = tuple(linux_start.XCB_LIBRARIES)
    assert set(ISSUE_MISSING) <= set(names)
    assert len(linux_start.packages(list(names))) == len(names)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the loader of Linux")
def test_the_real_lookup_finds_what_the_loader_finds(tmp_path: Path) -> None:
    assert linux_start.present("libc.so.6")
    assert not linux_start.present("libsto-apply-never-there.so.7")
    (tmp_path / "libsto-apply-here.so.1").write_bytes(b"")
    assert linux_start.present("libsto-apply-here.so.1", folders=[str(tmp_path)])


def test_the_start_prints_the_packages_and_exits_instead_of_qts_abort(
        monkeypatch, capsys) -> None:
    """``python -m app`` with the libraries missing: a message and exit code 4, no window."""
    import app.__main__ as entry

    import ui.main

    started = []
    monkeypatch.setattr(ui.main, "run_gui", lambda **_kwargs: started.append(True) or 0)
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setattr(linux_start, "present", lambda name, _folders=None: name not in ISSUE_MISSING)
    try:
        code = entry.main([])
    finally:
        gc.enable()  # (the window's start turns the collector off)
    assert (code, started) == (linux_start.EXIT_NO_DISPLAY_LIBRARIES, [])
    err = capsys.readouterr().err
    assert "sudo apt-get install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1" in err
    assert "Traceback" not in err
