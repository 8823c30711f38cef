"""``intake DIR --out REGISTER`` and ``panel REGISTER --out FILE.xlsx``: the bureau's side
on the command line, with the same checks as the window (``app.intake``)."""

import argparse
import sys
from pathlib import Path
from typing import Any

EXIT_OK, EXIT_ERRORS, EXIT_REFUSED = 0, 1, 2  # (as app.__main__)
COMMANDS = ("intake", "panel")


def add_parser(commands: Any) -> None:
    sub = commands.add_parser(
        "intake", help="受理：核对收到的邮件（.eml）、压缩包和文件夹，登记到登记文件夹（原件不动）")
    sub.add_argument("sources", nargs="+", type=Path, metavar="DIR", help="收到的邮件、压缩包或其所在文件夹")
    sub.add_argument("--out", type=Path, required=True, metavar="REGISTER_DIR",
                     help="受理登记文件夹（已有的则追加，已登记过的不重复登记）")
    sub.add_argument("--panel", type=Path, metavar="FILE.xlsx", help="同时写出专家评审工作簿")
    sub.add_argument("--call", type=Path, metavar="CALL.json",
                     help="按这一申报通知（文件）核对截止日期、邮件标识和各项要求"
                          "（默认：开始界面选定的申报通知，未选时为随程序提供的一轮）")
    sub = commands.add_parser("panel", help="由受理登记文件夹写出专家评审工作簿（.xlsx）及各单位的申报书 PDF")
    sub.add_argument("register", type=Path, metavar="REGISTER_DIR")
    sub.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx")


def _print_register(submissions: list[Any]) -> None:
    from app.intake.table import rows

    for cells in rows(submissions):
        problems = (f"完整性问题 {cells['完整性问题']}，错误 {cells['检查错误']}，警告 {cells['检查警告']}"
                    if cells["完整性问题"] != "" else cells["组织名称"])
        print("\t".join(str(part) for part in (
            f"{cells['序号']:03d}", cells["状态"], cells["类型"], cells["申报单位"],
            cells["校验码"] or "-", cells["收到时间"], problems)))


def _call(path: Path | None) -> Any:
    """The call packages are checked against: a call file, or the one the start screen
    chose (``app.call_store.preferred_call``). Raises ``CallRefused`` for a bad file."""
    from app.call_check import read_call
    from app.call_store import preferred_call

    return read_call(path).call if path is not None else preferred_call()


def _intake(sources: list[Path], out: Path, panel: Path | None, call_file: Path | None = None) -> int:
    from app.call_check import CallRefused
    from app.intake import record
    from app.intake.receive import receive
    from app.intake.register import units
    from app.intake.table import write_csv

    for source in sources:
        if not source.exists():
            print(f"错误：找不到「{source}」。", file=sys.stderr)
            return EXIT_REFUSED
    try:
        call = _call(call_file)
    except CallRefused as error:
        print(f"错误：{error}", file=sys.stderr)
        return EXIT_REFUSED
    try:
        outcome = receive(sources, out, call)
    except ValueError as error:  # a register.json that is not ours
        print(f"错误：{error}", file=sys.stderr)
        return EXIT_REFUSED
    submissions = record.load(out)
    write_csv(out, submissions)
    _print_register(submissions)
    for submission in outcome.added:
        for finding in submission.findings:
            if finding["kind"] == "integrity":
                print(f"完整性问题：{submission.number:03d} {submission.source}：{finding['message']}",
                      file=sys.stderr)
        if submission.kind == record.REFUSED:
            print(f"已拒收：{submission.number:03d} {submission.source}：{submission.reason}", file=sys.stderr)
    for name in outcome.skipped:
        print(f"已登记过，未重复登记：{name}", file=sys.stderr)
    print(f"本次登记 {len(outcome.added)} 项；登记表共 {len(units(submissions))} 家申报单位，"
          f"见 {out / 'register.json'} 和 {out / '登记表.csv'}。", file=sys.stderr)
    if panel is not None:
        _panel(out, panel)
    altered = any(f["kind"] == "integrity" for s in outcome.added for f in s.findings)
    refused = any(s.kind == record.REFUSED for s in outcome.added)
    return EXIT_ERRORS if altered or refused else EXIT_OK


def _panel(register: Path, out: Path) -> int:
    from app.intake import record
    from app.intake.panel import write_panel

    if not record.is_register(register):
        print(f"错误：「{register}」不是受理登记文件夹（没有 register.json），请先用 intake 命令登记。",
              file=sys.stderr)
        return EXIT_REFUSED
    try:
        submissions = record.load(register)
    except ValueError as error:
        print(f"错误：{error}", file=sys.stderr)
        return EXIT_REFUSED
    written = write_panel(register, submissions, out)
    print(f"已写出专家评审工作簿：{written[0]}（另有 {len(written) - 1} 份申报书 PDF 在 "
          f"{written[0].parent / (written[0].stem + '-申报书')}）")
    return EXIT_OK


def run(args: argparse.Namespace) -> int:
    if args.command == "intake":
        return _intake(args.sources, args.out, args.panel, args.call)
    return _panel(args.register, args.out)
