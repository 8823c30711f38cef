"""Where the command line's words go: streams that carry Chinese to any console, pipe or
file without failing, and what the windowed Windows executable does with a command.

The Windows bundle holds two executables over one ``_internal``: ``sto-apply.exe``
(windowed: it has no stdout, cmd.exe does not wait for it and its exit code is lost)
and ``sto-apply-cli.exe`` (console). The decisions below take plain facts (platform,
frozen or not, whether stdout exists, whether anyone is there to click) so they are
tested on any system; only ``apply_streams`` and ``show_message`` touch the process.
"""

import atexit
import codecs
import os
import sys
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import TextIO

CLI_NAME = "sto-apply-cli"  # beside sto-apply(.exe) in the bundle, sharing _internal/
UTF8_CODE_PAGE = 65001
# The window's own options: with only these (or a single file) the windowed
# executable is started as meant, by a double-click, a shortcut or a self-test.
WINDOW_OPTIONS = frozenset({"--self-test", "--screenshots"})
# Set by GitHub Actions, GitLab, Azure Pipelines (TF_BUILD) and most CI systems: no
# one will click a message box away, so showing one would hang the run.
UNATTENDED_ENV = ("CI", "TF_BUILD")


@dataclass(frozen=True)
class Facts:
    """What the decisions depend on, read once from the running process."""

    platform: str
    frozen: bool
    has_stdout: bool  # False: a windowed Windows executable, started without redirection
    unattended: bool

    @classmethod
    def now(cls) -> "Facts":
        return cls(platform=sys.platform, frozen=bool(getattr(sys, "frozen", False)),
                   has_stdout=sys.stdout is not None,
                   unattended=any(os.environ.get(name) for name in UNATTENDED_ENV))


def wants_console(argv: Sequence[str], commands: Collection[str]) -> bool:
    """Whether ``argv`` asks for printed output: a command, ``--version``, ``--help``
    or any option the window does not take. Nothing, one file (a double-click on a
    ``.stoa``) and ``--self-test`` start the window: a self-test runs unattended, and
    its exit code still reaches ``Start-Process -Wait``."""
    if not argv or "--self-test" in argv:
        return False
    if argv[0] in commands:
        return True
    return any(arg.startswith("-") and arg.split("=", 1)[0] not in WINDOW_OPTIONS
               for arg in argv)


def must_point_to_console(argv: Sequence[str], commands: Collection[str], facts: Facts) -> bool:
    """The frozen windowed Windows executable was asked for output it cannot show.
    Elsewhere (Linux, macOS, ``python -m app``, the console executable, or output
    redirected by the caller) stdout exists and the command simply runs."""
    return (facts.platform == "win32" and facts.frozen and not facts.has_stdout
            and wants_console(argv, commands))


def program_name(executable: PurePath | None = None) -> str:
    """The name a user types, for usage lines and the commands our messages suggest:
    ``sto-apply-cli`` in the bundle's console executable, ``sto-apply`` otherwise."""
    stem = (executable or PurePath(sys.executable)).stem
    return CLI_NAME if stem == CLI_NAME else "sto-apply"


def console_executable(executable: PurePath) -> PurePath:
    """The console executable beside the running (windowed) one."""
    return executable.with_name(CLI_NAME + executable.suffix)


def console_hint(executable: PurePath, argv: Sequence[str]) -> str:
    """What the windowed executable says instead of running a command silently: the
    console executable's full path and the same command for cmd.exe and PowerShell."""
    import subprocess  # (here: the window's start does without it)

    cli = console_executable(executable)
    rest = subprocess.list2cmdline(list(argv))  # Windows' own quoting of each argument
    return (f"「{executable.name}」是窗口程序，在命令行中既不能显示结果，也不返回退出码，"
            f"所以没有执行这条命令。\n\n"
            f"请在“命令提示符”或 PowerShell 中改用同一文件夹中的命令行程序：\n{cli}\n\n"
            f"命令提示符：\n\"{cli}\" {rest}\n\n"
            f"PowerShell：\n& \"{cli}\" {rest}")


def crash_notice_wanted(facts: Facts, self_test: bool) -> bool:
    """After a start-up crash, a message box only for a person at the windowed Windows
    executable: with a console the message is already printed, and a self-test or an
    unattended run would wait forever on a box."""
    return (facts.platform == "win32" and not facts.has_stdout and not self_test
            and not facts.unattended)


def crash_notice(error: BaseException, log: Path | None) -> str:
    where = f"详细信息已保存到：\n{log}\n请把它发给维护人员。" if log else "详细信息未能保存。"
    return (f"申报助手启动时出错（{type(error).__name__}: {str(error)[:200]}），"
            f"没有改动任何文件。\n\n{where}")


def show_message(title: str, text: str) -> None:
    """A plain Windows message box: no Qt, so it works even when Qt is what failed."""
    if sys.platform == "win32":
        import ctypes

        mb_iconinformation, mb_setforeground = 0x40, 0x10000
        ctypes.windll.user32.MessageBoxW(None, text, title, mb_iconinformation | mb_setforeground)


@dataclass(frozen=True)
class StreamSettings:
    encoding: str | None  # None: keep the stream's own
    errors: str


def stream_settings(platform: str, encoding: str | None) -> StreamSettings:
    """UTF-8 on Windows (a console shows it through WriteConsoleW whatever the code
    page; a pipe or file gets UTF-8, what JSON readers expect, not the ANSI code page
    that cannot hold Chinese on an English system). Elsewhere the locale's encoding,
    unless it is ASCII (LC_ALL=C), where Chinese could not be written at all. Never a
    crash: a character a stream cannot take becomes "?"."""
    if platform == "win32":
        return StreamSettings("utf-8", "replace")
    plain_ascii = encoding is None or codecs.lookup(encoding).name == "ascii"
    return StreamSettings("utf-8" if plain_ascii else None, "replace")


def code_page_to_set(platform: str, current: int) -> int | None:
    """The console output code page for this run: UTF-8, so that what reads our
    redirected output through the console (``| more``, ``| findstr``) decodes it.
    0 means no console is attached; then there is nothing to set."""
    if platform != "win32" or current in (0, UTF8_CODE_PAGE):
        return None
    return UTF8_CODE_PAGE


def reconfigure(stream: TextIO | None, settings: StreamSettings) -> None:
    if stream is None or not hasattr(stream, "reconfigure"):
        return
    stream.flush()
    if settings.encoding is None:
        stream.reconfigure(errors=settings.errors)
    else:
        stream.reconfigure(encoding=settings.encoding, errors=settings.errors)


def apply_streams(platform: str = sys.platform) -> None:
    """Set up stdout and stderr for Chinese; on Windows switch an attached console to
    UTF-8 for the run and give the console its code page back at exit (it belongs to
    the cmd.exe or PowerShell window we were started from)."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure(stream, stream_settings(platform, getattr(stream, "encoding", None)))
    if sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.windll.kernel32
        previous = int(kernel32.GetConsoleOutputCP())
        wanted = code_page_to_set(platform, previous)
        if wanted is not None and kernel32.SetConsoleOutputCP(wanted):
            atexit.register(kernel32.SetConsoleOutputCP, previous)
