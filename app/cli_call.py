"""The command line's ``call``: show the call an application answers (or a call file),
and move an application to another call; ``new --call`` lives beside ``new``.

``call show FILE``: FILE is an application (.stoa) or a call file (.json); the facts,
the checksum and any warning (a deadline passed, a call typed by hand).
``call use FILE CALL.json``: the application answers that call from now on; its outputs
made under the former one are no longer current, and it is checked again here.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from app.call import FIELDS, Call
from app.call_check import CallRefused, read_call

EXIT_OK, EXIT_ERRORS, EXIT_REFUSED = 0, 1, 2  # (as app.__main__)


def add_parser(commands: Any) -> None:
    sub = commands.add_parser("call", help="查看申报文件所依据的申报通知，或改用另一份申报通知文件")
    actions = sub.add_subparsers(dest="call_action", required=True)
    show = actions.add_parser("show", help="显示申报文件（.stoa）或申报通知文件（.json）中的申报通知")
    show.add_argument("file", type=Path)
    use = actions.add_parser("use", help="让申报文件改为依据另一份申报通知（之后请重新检查和输出）")
    use.add_argument("file", type=Path)
    use.add_argument("call_file", type=Path, metavar="CALL.json")


def add_new_option(parser: argparse.ArgumentParser) -> None:
    """``new --call CALL.json``: the new application answers that call."""
    parser.add_argument("--call", dest="call_file", type=Path, metavar="CALL.json", default=None,
                        help="新申报所依据的申报通知文件（默认：随程序附带的 2021 年通知）")


def describe(call: Call, today: dt.date | None = None) -> list[str]:
    """The call as lines: each fact with its label, then its checksum and days left."""
    lines = []
    for spec in FIELDS:
        value = getattr(call, spec.key)
        if spec.kind == "types":
            from app.choices import ORG_TYPES

            value = "、".join(ORG_TYPES[t] for t in value)
        elif spec.kind == "flag":
            value = "是" if value else "否"
        lines.append(f"{spec.label}：{value}")
    lines.append(f"版本校验码：{call.checksum[:12]}")
    left = call.days_left(today)
    lines.append(f"距截止：还剩 {left} 天" if left >= 0 else f"已于 {call.deadline.isoformat()} 截止")
    return lines


def load_for_new(path: Path | None) -> Call | None:
    """The call of ``new --call``, its warnings on stderr; ``CallRefused`` if unusable."""
    if path is None:
        return None
    loaded = read_call(path)
    for warning in loaded.warnings:
        print(f"注意：{warning}", file=sys.stderr)
    return loaded.call


def run(args: argparse.Namespace) -> int:
    from app.call_store import CallNotOffered, call_of, use_call
    from app.document import ApplicationFile

    try:
        if args.call_action == "show":
            if args.file.suffix.lower() == ".json":
                loaded = read_call(args.file)
                call, warnings = loaded.call, loaded.warnings
            else:
                doc = ApplicationFile.open(args.file, read_only=True)
                try:
                    call = call_of(doc)
                finally:
                    doc.close()
                warnings = [w for w in _warnings(call)]
            print("\n".join(describe(call)))
            for warning in warnings:
                print(f"注意：{warning}", file=sys.stderr)
            return EXIT_OK
        loaded = read_call(args.call_file)
        for warning in loaded.warnings:
            print(f"注意：{warning}", file=sys.stderr)
        doc = ApplicationFile.open(args.file)
        try:
            old = use_call(doc, loaded.call)
            from app import rules

            problems = rules.check(doc)
        finally:
            doc.close()
    except CallRefused as error:
        print(f"错误：{error}", file=sys.stderr)
        return EXIT_REFUSED
    except CallNotOffered as error:
        print(f"错误：{error}", file=sys.stderr)
        return EXIT_REFUSED
    print(f"已改用申报通知：{loaded.call.number}（原为 {old.number}）。之前生成的申报材料已不是最新，请重新输出。")
    errors = sum(1 for p in problems if p.severity == "error")
    print(f"重新检查：{errors} 个错误，{len(problems) - errors} 个警告（sto-apply check {args.file} 查看）。")
    return EXIT_ERRORS if errors else EXIT_OK


def _warnings(call: Call) -> list[str]:
    from app.call_check import check_data

    return check_data(call.to_json()).warnings
