"""Command line: ``python -m app`` / ``sto-apply``.

With no command (or a ``.stoa`` path) it starts the window; the commands work without
a screen. Every refusal is a Chinese message on stderr and a non-zero exit, never a
traceback.
"""

import argparse
import errno
import gc
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from app import PRODUCT_NAME, __version__, choices, cli_packets, console
from app.hant import DOCUMENT_LANGUAGES

EXIT_OK, EXIT_ERRORS, EXIT_REFUSED, EXIT_INTERNAL = 0, 1, 2, 3
COMMANDS = ("new", "demo", "export-json", "import-json", "check", "export", "restore", "repair",
            "print", "intake", "panel", "call", "approve", "progress", "report", "diff",
            *cli_packets.COMMANDS)
SEVERITY_LABELS = {"error": "错误", "warning": "警告"}


def _command_parser() -> argparse.ArgumentParser:
    from app import cli_call

    parser = argparse.ArgumentParser(prog=console.program_name(), description=PRODUCT_NAME)
    parser.add_argument("--version", action="version", version=__version__)
    commands = parser.add_subparsers(dest="command", required=True)
    for name, text in (("new", "新建空白申报文件"), ("demo", "写出示例申报文件")):
        sub = commands.add_parser(name, help=text)
        sub.add_argument("--type", dest="org_type", choices=list(choices.ORG_TYPES), required=True,
                         help="base = 技术标准创新基地，center = 标准化创新中心")
        sub.add_argument("file", type=Path)
        if name == "new":
            cli_call.add_new_option(sub)
    cli_call.add_parser(commands)
    sub = commands.add_parser("export-json", help="把申报文件导出为 JSON（附件写在旁边的“附件”文件夹）")
    sub.add_argument("file", type=Path)
    sub.add_argument("out", type=Path)
    sub = commands.add_parser("import-json", help="从 JSON 及其附件新建申报文件")
    sub.add_argument("source", type=Path)
    sub.add_argument("file", type=Path)
    sub = commands.add_parser("check", help="按申报通知的要求检查申报文件（有错误时退出码为 1）")
    sub.add_argument("file", type=Path)
    sub.add_argument("--json", action="store_true",
                     help="以 JSON 输出检查结果（row：窗口中显示的行号，从 1 起；"
                          "path：该值在 export-json 所写 JSON 中的位置（JSON Pointer，列表从 0 起））")
    sub = commands.add_parser("export", help="输出申报书 PDF（一份及打印用两份）和 Word 版、邮寄封面、电子版压缩包和邮件草稿；检查有错误时不输出（退出码 1）")
    sub.add_argument("file", type=Path)
    sub.add_argument("--out", type=Path, required=True, metavar="DIR", help="输出文件夹")
    sub.add_argument("--lang", choices=DOCUMENT_LANGUAGES, default=None,
                     help="申报书、邮寄封面和邮件草稿的文字：zh_CN 简体，zh_TW 繁体（默认：申报文件中选定的，"
                          "未选时为简体）；填写内容保持原样")
    sub.add_argument("--docx", action=argparse.BooleanOptionalAction, default=None,
                     help="是否把申报书 Word 版（申报书.docx）也放入电子版压缩包（默认：申报文件中选定的，"
                          "未选时放入）；输出文件夹中总会写出申报书.docx")
    sub = commands.add_parser("print", help="打印申报书（默认打印机，一式两份）；检查有错误时不打印（退出码 1）")
    sub.add_argument("file", type=Path)
    sub.add_argument("--printer", metavar="NAME", help="打印机名称（默认：系统默认打印机）")
    sub.add_argument("--copies", type=int, default=None, help="份数（默认：通知要求的份数，2）")
    sub.add_argument("--lang", choices=DOCUMENT_LANGUAGES, default=None,
                     help="申报书的文字：zh_CN 简体，zh_TW 繁体（默认：申报文件中选定的，未选时为简体）")
    sub = commands.add_parser("repair", help="把含有本程序不会写入的内容的申报文件修复为新文件（原文件不动）")
    sub.add_argument("file", type=Path)
    sub = commands.add_parser("restore", help="从最近一个完好的自动快照恢复申报文件（写成新文件，原文件不动）；"
                                              "文件完好时不恢复")
    sub.add_argument("file", type=Path)
    sub.add_argument("--force", action="store_true", help="文件完好也从快照恢复（仍写成新文件）")
    from app import cli_intake

    cli_intake.add_parser(commands)
    from app import cli_pilot

    cli_pilot.add_parser(commands)
    from app import cli_diff

    cli_diff.add_parser(commands)
    cli_packets.add_parser(commands)
    return parser


def _check(path: Path, as_json: bool) -> int:
    import dataclasses
    import json

    from app import rules, steps
    from app.document import ApplicationFile

    doc = ApplicationFile.open(path, read_only=True)  # reading only: fine beside the window
    try:
        problems = rules.check(doc)
        org_type = doc.org_type
    finally:
        doc.close()
    if as_json:
        print(json.dumps([dataclasses.asdict(p) for p in problems], ensure_ascii=False, indent=2))
    else:
        titles = {step.key: steps.step_title(step, org_type) for step in steps.STEPS}
        for p in problems:
            print(f"{titles.get(p.step, p.step)}\t{p.where}\t{SEVERITY_LABELS[p.severity]}\t"
                  f"通知{p.clause}\t{p.message}")
        errors = sum(p.severity == rules.ERROR for p in problems)
        print(f"共 {errors} 个错误，{len(problems) - errors} 个警告。", file=sys.stderr)
    return EXIT_ERRORS if any(p.severity == rules.ERROR for p in problems) else EXIT_OK


def _export(path: Path, out: Path, language: str | None = None, docx: bool | None = None) -> int:
    from app.document import ApplicationFile
    from app.export import ExportBlocked, ExportChanged, ExportFailed, export, take_snapshot
    from app.output_record import script_of
    from app.pdf.form import TextTooLong

    doc = ApplicationFile.open(path, read_only=True)  # reading only: fine beside the window
    try:
        language = language or script_of(doc)  # (the application's, as in the window)
        snapshot = take_snapshot(doc)
    finally:
        doc.close()
    try:
        result = export(snapshot, out, language=language, docx_in_package=docx)
    except ExportBlocked as error:
        print(f"错误：{error}（用 check 命令查看全部问题）", file=sys.stderr)
        return EXIT_ERRORS
    except TextTooLong as error:
        print(f"错误：{error}", file=sys.stderr)
        return EXIT_ERRORS
    except (ExportChanged, ExportFailed) as error:
        print(f"错误：{error}", file=sys.stderr)
        return EXIT_REFUSED
    for target in result.files:
        print(f"已输出：{target}")
    print(f"校验码：{result.checksum}")
    print(f"请将压缩包发送至 {result.recipient}，邮件主题：{result.subject}")
    for warning in result.warnings:
        print(f"注意：{warning}", file=sys.stderr)
    return EXIT_OK


def _print(path: Path, printer: str | None, copies: int | None, language: str | None = None) -> int:
    """The form's PDF, the same bytes as 申报书.pdf, through ``ui.printing`` (Qt)."""
    import tempfile

    from app import pdf, rules
    from app.document import ApplicationFile
    from app.export import FORM_FILE, take_snapshot
    from app.output_record import script_of

    doc = ApplicationFile.open(path, read_only=True)
    try:
        language = language or script_of(doc)
        snapshot = take_snapshot(doc)
    finally:
        doc.close()
    errors = [p for p in snapshot.problems if p.severity == rules.ERROR]
    if errors:
        print(f"错误：检查发现 {len(errors)} 个错误，改正后才能打印。第一个：{errors[0].message}",
              file=sys.stderr)
        return EXIT_ERRORS
    # As with the window, the entry point hands over to ui/ here, and only here.
    from ui.printing import PrintRefused, print_from_command_line

    with tempfile.TemporaryDirectory() as folder:
        form = Path(folder) / FORM_FILE
        form.write_bytes(pdf.render(snapshot.facts, snapshot.checksum, snapshot.call, language))
        try:
            job = print_from_command_line(form, printer, copies or snapshot.call.paper_copies)
        except PrintRefused as error:
            print(f"错误：{error}", file=sys.stderr)
            return EXIT_REFUSED
    print(job.summary)
    return EXIT_OK


def _needs_restoring(path: Path) -> bool:
    """Whether ``path`` is damaged or missing; a file refused for another reason (not
    ours, from a newer version) raises, since a snapshot would not be what it needs."""
    from app import storage
    from app.document import ApplicationFile

    try:
        version = storage.inspect_file(path)
        if version == storage.SCHEMA_VERSION:  # (an older one is upgraded when opened)
            ApplicationFile.open(path, read_only=True).close()  # every row, as the window reads it
    except storage.FileRefused as error:
        if error.damaged or not path.exists():
            return True
        raise
    return False


def _restore(path: Path, force: bool = False) -> int:
    import sqlite3

    from app import snapshots
    from app.storage import FileRefused

    if not force and not _needs_restoring(path):
        print(f"「{path.name}」完好，可以正常打开，不需要恢复；没有写入任何文件。"
              f"如确实要从快照另存一份，请用：{console.program_name()} restore --force {path}")
        return EXIT_OK
    found, skipped = snapshots.newest_usable(path)
    for note in skipped:
        print(f"注意：{note}", file=sys.stderr)
    if found is None:
        raise FileRefused(f"「{path.name}」没有完好的自动快照，无法恢复。")
    try:
        target = snapshots.restore_copy(found, path)
    except sqlite3.Error as error:  # (the snapshot failed between the check and the copy)
        raise FileRefused(f"无法从快照（{found.label}）恢复：{error}") from error
    print(f"已从快照（{found.label}）恢复为：{target}")
    return EXIT_OK


def _repair(path: Path) -> int:
    from app.storage import repair_copy

    target, done = repair_copy(path)
    for line in done:
        print(f"已修复：{line}")
    print(f"修复后的文件：{target}（原文件「{path.name}」保持不动）")
    return EXIT_OK


def _gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=console.program_name(), description=PRODUCT_NAME,
        epilog=f"命令：{'、'.join(COMMANDS)}（{console.program_name()} 命令 --help 查看用法）")
    parser.add_argument("--version", action="version", version=__version__)
    parser.add_argument("file", nargs="?", type=Path, help="要打开的申报文件（.stoa）")
    parser.add_argument("--self-test", action="store_true",
                        help="在后台打开两个示例、走遍每一页后退出（0 = 正常）")
    parser.add_argument("--screenshots", type=Path, metavar="DIR",
                        help="自检时把每一页截图保存到此文件夹")
    return parser


def _run_command(args: argparse.Namespace) -> int:
    import sqlite3  # (not at the top: the window's start does without it)

    from app import cli_call
    from app.call_check import CallRefused
    from app.call_store import CallNotOffered
    from app.document import ApplicationFile
    from app.json_io import ImportRefused, export_json, import_json
    from app.samples import write_sample
    from app.storage import FileRefused, NeedsRepair

    try:
        if args.command == "new":
            call = cli_call.load_for_new(args.call_file)
            ApplicationFile.create(args.file, args.org_type, call).close()
            print(f"已新建：{args.file}")
        elif args.command == "demo":
            write_sample(args.org_type, args.file).close()
            print(f"已写出示例：{args.file}")
        elif args.command == "export-json":
            doc = ApplicationFile.open(args.file, read_only=True)
            try:
                export_json(doc, args.out)
            finally:
                doc.close()
            print(f"已导出：{args.out}")
        elif args.command == "import-json":
            import_json(args.source, args.file)
            print(f"已导入：{args.file}")
        elif args.command == "check":
            return _check(args.file, args.json)
        elif args.command == "call":
            return cli_call.run(args)
        elif args.command == "export":
            return _export(args.file, args.out, args.lang, args.docx)
        elif args.command == "restore":
            return _restore(args.file, args.force)
        elif args.command == "repair":
            return _repair(args.file)
        elif args.command == "print":
            return _print(args.file, args.printer, args.copies, args.lang)
        elif args.command in ("intake", "panel"):
            from app import cli_intake

            return cli_intake.run(args)
        elif args.command in ("approve", "progress", "report"):
            from app import cli_pilot

            return cli_pilot.run(args)
        elif args.command == "diff":
            from app import cli_diff

            return cli_diff.run(args)
        elif args.command in cli_packets.COMMANDS:
            return cli_packets.run(args)
    except FileRefused as error:
        print(f"错误：{error}", file=sys.stderr)
        if isinstance(error, NeedsRepair) and args.command != "repair":
            print(f"命令：{console.program_name()} repair {args.file}", file=sys.stderr)
        elif error.damaged and args.command != "restore":
            from app import snapshots

            hint = snapshots.recovery_hint(args.file)
            if snapshots.latest(args.file) is not None:
                hint += f"命令：{console.program_name()} restore {args.file}"
            print(hint, file=sys.stderr)
        return EXIT_REFUSED
    except (ImportRefused, CallRefused, CallNotOffered) as error:
        print(f"错误：{error}", file=sys.stderr)
        return EXIT_REFUSED
    except BrokenPipeError:
        raise  # the reader of our output left (see main), not a file we failed to write
    except OSError as error:
        print(f"错误：{_os_error_text(error, args)}", file=sys.stderr)
        return EXIT_REFUSED
    except sqlite3.Error as error:  # the disk filled or the file went away mid-command
        print(f"错误：读写「{args.file}」时出错（{error}），请检查磁盘空间和文件位置后重试。",
              file=sys.stderr)
        return EXIT_REFUSED
    return EXIT_OK


def _os_error_text(error: OSError, args: argparse.Namespace) -> str:
    """Which file, and why, in words: never "None" for a file the error does not name."""
    where = error.filename or getattr(args, "out", None) or getattr(args, "file", "")
    reason = "磁盘已满" if error.errno == errno.ENOSPC else (error.strerror or str(error))
    return f"无法写入「{where}」：{reason}"


def _internal_error(error: BaseException, message_box: bool = False) -> int:
    """A fault of ours: a message and the details in a file, not a traceback on screen
    (and, for the windowed Windows executable, which has no screen text, in a box)."""
    print(f"错误：申报助手内部出错（{type(error).__name__}: {str(error)[:200]}）。文件没有被改动。",
          file=sys.stderr)
    log = _error_log(error)
    if log is not None:
        print(f"详细信息已保存到：{log}，请把它发给维护人员。", file=sys.stderr)
    if message_box:
        console.show_message(PRODUCT_NAME, console.crash_notice(error, log))
    return EXIT_INTERNAL


def _error_log(error: BaseException) -> Path | None:
    """The traceback in a file of the data folder, or None when it cannot be written."""
    import datetime as dt
    import traceback

    from app import paths

    try:
        folder = paths.data_dir() / "logs"
        folder.mkdir(parents=True, exist_ok=True)
        log = folder / f"error-{dt.datetime.now():%Y%m%d-%H%M%S-%f}.txt"
        log.write_text("".join(traceback.format_exception(error)), encoding="utf-8")
    except OSError:
        return None
    return log


def _missing_display_libraries() -> list[str]:
    """Libraries Qt needs for a window on this Linux desktop and cannot load: Qt itself
    would abort with a core dump (``app.linux_start``). Elsewhere, nothing is loaded."""
    if not sys.platform.startswith("linux"):
        return []
    from app import linux_start

    return linux_start.missing_for_window(sys.platform, os.environ,
                                          frozen=getattr(sys, "frozen", False))


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    facts = console.Facts.now()
    if console.must_point_to_console(argv, COMMANDS, facts):  # (windowed Windows exe)
        if not facts.unattended:
            console.show_message(PRODUCT_NAME, console.console_hint(Path(sys.executable), argv))
        return EXIT_REFUSED
    console.apply_streams()
    if argv and argv[0] in COMMANDS:
        try:
            return _run_command(_command_parser().parse_args(argv))
        except BrokenPipeError:
            # ``check FILE | head``: the reader left; that is not an error to report.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return EXIT_OK
        except Exception as error:
            return _internal_error(error)
    args = _gui_parser().parse_args(argv)
    if not args.self_test:  # (the self-test runs offscreen)
        absent = _missing_display_libraries()
        if absent:
            from app.linux_start import EXIT_NO_DISPLAY_LIBRARIES, message

            print(message(absent), file=sys.stderr)
            return EXIT_NO_DISPLAY_LIBRARIES
    # Starting up allocates hundreds of thousands of objects that all live on; the
    # collector's passes over them are wasted. ui.main's warm-up freezes them and turns
    # it back on once the first window is up.
    gc.disable()
    # The entry point is the one place the core hands over to the window; importing
    # it here, not at the top, keeps ``app`` free of Qt for the commands above.
    try:
        from ui.main import run_gui

        return run_gui(file=args.file, self_test=args.self_test, screenshots=args.screenshots)
    except Exception as error:
        # Caught here, not left to PyInstaller's windowed error box, which would
        # hold a self-test or an unattended run until its timeout.
        return _internal_error(error, console.crash_notice_wanted(facts, args.self_test))


if __name__ == "__main__":
    sys.exit(main())
