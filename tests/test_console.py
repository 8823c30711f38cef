"""The command line reaches its reader: Chinese through any stream, the windowed Windows
executable names the console one instead of running a command silently, a start-up
crash never waits on a box nobody will click, and versions like 0.2.0rc1 build.

The Windows decisions are taken from plain facts (``app.console.Facts``), so they are
proven here on any system; tests/test_frozen.py runs the real executables.
"""

import gc
import importlib.util
import io
import subprocess
import sys
from pathlib import Path, PurePosixPath, PureWindowsPath
from types import ModuleType

import pytest

from app import console
from app.__main__ import COMMANDS, EXIT_INTERNAL, EXIT_REFUSED, main

ROOT = Path(__file__).resolve().parent.parent
WINDOWED = console.Facts(platform="win32", frozen=True, has_stdout=False, unattended=False)
INSTALLED = PureWindowsPath(r"C:\Users\张三\AppData\Local\Programs\StoApply\sto-apply.exe")


def windows_version() -> ModuleType:
    spec = importlib.util.spec_from_file_location("windows_version", ROOT / "build" / "windows_version.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("argv", [
    ["check", "申报.stoa"], ["export", "a.stoa", "--out", "出"], ["check"], ["--version"],
    ["--help"], ["-h"], ["申报.stoa", "--bogus"],
])
def test_a_command_to_the_windowed_windows_exe_points_to_the_console_one(argv: list[str]) -> None:
    assert console.must_point_to_console(argv, COMMANDS, WINDOWED)


@pytest.mark.parametrize("argv", [
    [], ["申报.stoa"], [r"D:\测试 申报.stoa"], ["--self-test"],
    ["a.stoa", "--self-test", "--screenshots", "shots"],
])
def test_the_window_s_own_starts_open_the_window(argv: list[str]) -> None:
    """A double-click, a shortcut, an association and the unattended self-test."""
    assert not console.must_point_to_console(argv, COMMANDS, WINDOWED)


@pytest.mark.parametrize("facts", [
    console.Facts("linux", True, True, False),     # the Linux bundle prints
    console.Facts("darwin", True, True, False),    # so does a macOS one from Terminal
    console.Facts("win32", True, True, False),     # sto-apply-cli.exe, or output redirected
    console.Facts("win32", False, False, False),   # pythonw: no sto-apply-cli.exe beside it
])
def test_commands_run_wherever_output_can_be_seen(facts: console.Facts) -> None:
    assert not console.must_point_to_console(["check", "a.stoa"], COMMANDS, facts)


def test_the_hint_names_the_console_executable_beside_it_and_the_same_command() -> None:
    text = console.console_hint(INSTALLED, ["check", "测试 申报.stoa"])
    cli = r"C:\Users\张三\AppData\Local\Programs\StoApply\sto-apply-cli.exe"
    assert f'"{cli}" check "测试 申报.stoa"' in text  # cmd.exe
    assert f'& "{cli}" check "测试 申报.stoa"' in text  # PowerShell
    assert "sto-apply.exe" in text and "窗口程序" in text
    assert console.console_executable(PurePosixPath("/opt/sto-apply/sto-apply")).name == "sto-apply-cli"


def test_messages_suggest_the_program_the_user_types() -> None:
    assert console.program_name(INSTALLED.with_name("sto-apply-cli.exe")) == "sto-apply-cli"
    assert console.program_name(PurePosixPath("/opt/sto-apply/sto-apply-cli")) == "sto-apply-cli"
    assert console.program_name(INSTALLED) == "sto-apply"
    assert console.program_name(PurePosixPath("/usr/bin/python3")) == "sto-apply"


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Message boxes the code asked for (a real one would need Windows and a person)."""
    boxes: list[tuple[str, str]] = []
    monkeypatch.setattr(console, "show_message", lambda title, text: boxes.append((title, text)))
    return boxes


def pretend(monkeypatch: pytest.MonkeyPatch, facts: console.Facts) -> None:
    monkeypatch.setattr(console.Facts, "now", classmethod(lambda cls: facts))
    monkeypatch.setattr(sys, "executable", str(INSTALLED))


def test_windowed_exe_given_a_command_shows_the_hint_and_does_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shown: list[tuple[str, str]]) -> None:
    pretend(monkeypatch, WINDOWED)
    target = tmp_path / "新.stoa"
    assert main(["new", "--type", "base", str(target)]) == EXIT_REFUSED
    assert not target.exists()
    [(title, text)] = shown
    assert "sto-apply-cli.exe" in text and "新.stoa" in text


def test_unattended_windowed_exe_exits_without_a_box(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shown: list[tuple[str, str]]) -> None:
    pretend(monkeypatch, console.Facts("win32", True, False, unattended=True))
    assert main(["check", str(tmp_path / "a.stoa")]) == EXIT_REFUSED
    assert shown == []


def test_unattended_is_read_from_the_ci_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in console.UNATTENDED_ENV:
        monkeypatch.delenv(name, raising=False)
    assert not console.Facts.now().unattended
    monkeypatch.setenv("CI", "true")
    assert console.Facts.now().unattended


@pytest.mark.parametrize(("facts", "argv", "box"), [
    (WINDOWED, [], True),                                              # a person, no console
    (WINDOWED, ["--self-test"], False),                                # never waits
    (console.Facts("win32", True, False, unattended=True), [], False),  # CI
    (console.Facts("win32", True, True, False), [], False),            # printed already
    (console.Facts("linux", True, True, False), [], False),
])
def test_a_start_up_crash_is_logged_and_boxed_only_for_a_person(
        facts: console.Facts, argv: list[str], box: bool, home: Path,
        monkeypatch: pytest.MonkeyPatch, shown: list[tuple[str, str]],
        capsys: pytest.CaptureFixture[str]) -> None:
    import ui.main

    def crash(**_: object) -> int:
        raise RuntimeError("Qt 平台插件缺失")

    pretend(monkeypatch, facts)
    monkeypatch.setattr(ui.main, "run_gui", crash)
    monkeypatch.setattr("app.__main__._missing_display_libraries", lambda: [])
    try:
        assert main(argv) == EXIT_INTERNAL
    finally:
        gc.enable()  # (main turns it off for the window's start)
    logs = list(home.rglob("error-*.txt"))
    assert len(logs) == 1 and "Qt 平台插件缺失" in logs[0].read_text(encoding="utf-8")
    assert "申报助手内部出错" in capsys.readouterr().err
    assert [str(logs[0]) in text for _, text in shown] == ([True] if box else [])


@pytest.mark.parametrize(("platform", "encoding", "expected"), [
    ("win32", "cp1252", console.StreamSettings("utf-8", "replace")),  # an English ANSI page
    ("win32", "cp936", console.StreamSettings("utf-8", "replace")),
    ("win32", "utf-8", console.StreamSettings("utf-8", "replace")),   # a console (WriteConsoleW)
    ("linux", "ANSI_X3.4-1968", console.StreamSettings("utf-8", "replace")),  # LC_ALL=C
    ("linux", "utf-8", console.StreamSettings(None, "replace")),
    ("darwin", "latin-1", console.StreamSettings(None, "replace")),
])
def test_stream_settings(platform: str, encoding: str, expected: console.StreamSettings) -> None:
    assert console.stream_settings(platform, encoding) == expected


def test_a_legacy_code_page_stream_carries_chinese_as_utf8_without_failing() -> None:
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="cp1252")
    console.reconfigure(stream, console.stream_settings("win32", stream.encoding))
    stream.write("共 3 个错误：请填写拟建组织名称 㮾\n")
    stream.flush()
    assert raw.getvalue().decode("utf-8").startswith("共 3 个错误")


def test_a_stream_that_cannot_hold_chinese_replaces_instead_of_failing() -> None:
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="latin-1")
    console.reconfigure(stream, console.stream_settings("darwin", stream.encoding))
    stream.write("错误 ok\n")
    stream.flush()
    assert raw.getvalue() == b"?? ok\n"


@pytest.mark.parametrize(("platform", "current", "expected"), [
    ("win32", 936, 65001), ("win32", 437, 65001), ("win32", 65001, None),
    ("win32", 0, None),  # no console attached (output redirected by a service)
    ("linux", 936, None),
])
def test_the_console_code_page_is_utf8_while_a_command_runs(
        platform: str, current: int, expected: int | None) -> None:
    assert console.code_page_to_set(platform, current) == expected


def test_check_on_an_ascii_stream_still_prints_chinese(
        tmp_path: Path, repo_root: Path, child_env: dict[str, str]) -> None:
    """The frozen or installed command under a narrow locale used to end in an internal
    error (exit 3) at its first Chinese word."""
    empty = tmp_path / "空白.stoa"
    env = {**child_env, "PYTHONIOENCODING": "ascii", "STO_APPLY_HOME": str(tmp_path / "home")}
    made = subprocess.run([sys.executable, "-m", "app", "new", "--type", "base", str(empty)],
                          cwd=repo_root, env=env, capture_output=True)
    assert made.returncode == 0, made.stderr
    done = subprocess.run([sys.executable, "-m", "app", "check", str(empty)],
                          cwd=repo_root, env=env, capture_output=True)
    assert done.returncode == 1, done.stderr.decode("utf-8", "replace")
    assert "请填写拟建组织名称" in done.stdout.decode("utf-8")
    assert "个错误" in done.stderr.decode("utf-8")


@pytest.mark.parametrize(("version", "numbers"), [
    ("0.1.0", (0, 1, 0, 0)), ("0.2.0rc1", (0, 2, 0, 0)), ("0.2.0a3", (0, 2, 0, 0)),
    ("1.2", (1, 2, 0, 0)), ("1", (1, 0, 0, 0)), ("1.2.3.4", (1, 2, 3, 4)),
    ("2.0.post1", (2, 0, 0, 0)), ("1.0.dev5", (1, 0, 0, 0)), ("1.0+build7", (1, 0, 0, 0)),
    ("2026.65535", (2026, 65535, 0, 0)),
])
def test_windows_version_numbers(version: str, numbers: tuple[int, int, int, int]) -> None:
    derived = windows_version()
    assert derived.file_version(version) == numbers
    fields = derived.string_fields(version, "产品", "sto-apply-cli", "产品（命令行）")
    assert fields["FileVersion"] == fields["ProductVersion"] == version  # as written
    assert fields["OriginalFilename"] == "sto-apply-cli.exe"


@pytest.mark.parametrize("version", ["abc", "1.2.3.4.5", "1.70000", "1!2.0", ""])
def test_versions_windows_cannot_hold_are_refused_by_name(version: str) -> None:
    with pytest.raises(ValueError, match="版本号"):
        windows_version().file_version(version)


def test_the_app_s_own_version_derives(repo_root: Path) -> None:
    derived = windows_version()
    version = derived.app_version(repo_root)
    from app import __version__

    assert version == __version__
    shown = subprocess.run([sys.executable, str(repo_root / "build" / "windows_version.py"),
                            "0.2.0rc1"], capture_output=True, text=True)
    assert (shown.returncode, shown.stdout.strip()) == (0, "0.2.0.0")
    assert len(derived.file_version(version)) == 4


def test_the_spec_takes_its_version_numbers_from_the_derivation(repo_root: Path) -> None:
    spec = (repo_root / "app.spec").read_text(encoding="utf-8")
    assert "windows_version.file_version(VERSION)" in spec
    assert "int(part)" not in spec  # the old parse that broke on 0.2.0rc1


def test_qt_messages_in_the_windowed_exe_s_self_test_go_nowhere_without_failing(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """Its stderr is None (as under pythonw); a Qt warning must not break the self-test."""
    from PySide6.QtCore import QMessageLogContext, QtMsgType

    from ui.main import _quiet_offscreen_messages

    _quiet_offscreen_messages(QtMsgType.QtWarningMsg, QMessageLogContext(), "字体缺失")
    assert "字体缺失" in capsys.readouterr().err
    monkeypatch.setattr(sys, "stderr", None)
    _quiet_offscreen_messages(QtMsgType.QtWarningMsg, QMessageLogContext(), "字体缺失")
