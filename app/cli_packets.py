"""Command line for member packets: ``packets`` writes them, ``merge-answers`` reads the
returned workbooks and shows (or, with ``--accept-all``, makes) the changes."""

import argparse
import sys
from pathlib import Path

from app import hant

EXIT_OK, EXIT_ERRORS, EXIT_REFUSED = 0, 1, 2  # (as app.__main__)
COMMANDS = ("packets", "merge-answers")


def add_parser(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    sub = commands.add_parser("packets", help="为成员单位生成填报包（填报表 .xlsx、支持函 PDF 和 .docx、邮件草稿）")
    sub.add_argument("file", type=Path)
    sub.add_argument("--out", type=Path, required=True, metavar="DIR", help="输出文件夹（每家单位一个子文件夹）")
    sub.add_argument("--member", action="append", default=[], metavar="NAME|CODE",
                     help="只为这家单位生成（单位名称或统一社会信用代码，可重复）；默认：申报单位以外的全部单位")
    sub = commands.add_parser("merge-answers", help="导入成员单位交回的填报表：列出将要作出的改动；"
                                                    "加 --accept-all 才写入申报文件")
    sub.add_argument("file", type=Path)
    sub.add_argument("workbooks", type=Path, nargs="+", metavar="WORKBOOK")
    sub.add_argument("--accept-all", action="store_true", help="接受全部改动并写入（写入前自动保存快照）")


def _packets(args: argparse.Namespace) -> int:
    from app.document import ApplicationFile
    from app.packets.making import PacketRefused, make_packets

    doc = ApplicationFile.open(args.file)
    try:
        packets = make_packets(doc, args.out, args.member)
    except PacketRefused as error:
        print(f"错误：{error}", file=sys.stderr)
        return EXIT_REFUSED
    finally:
        doc.close()
    for packet in packets:
        print(f"{packet.member}：{packet.folder}")
    print(f"共为 {len(packets)} 家单位生成了填报包。")
    return EXIT_OK


def _merge(args: argparse.Namespace) -> int:
    from app.document import ApplicationFile
    from app.packets import merge
    from app.packets.reading import AnswerRefused, read_answer

    doc = ApplicationFile.open(args.file, read_only=not args.accept_all)
    refused = 0
    try:
        previews = []
        for path in args.workbooks:
            try:
                previews.append(merge.preview(doc, read_answer(path)))
            except AnswerRefused as error:
                print(f"错误：{error}", file=sys.stderr)
                refused += 1
        for result in previews:
            print(f"【{result.member_name}】{result.answer.path.name}："
                  f"{len(result.items)} 处改动，{len(result.problems)} 处问题")
            for item in result.items:
                print(f"  {result.line(item, hant.SIMPLIFIED)}")
            for problem in result.problems:
                print(f"  ⚠ {problem.text()}")
        if args.accept_all and previews:
            warning = doc.snapshot("merge")
            if warning:
                print(f"注意：{warning}", file=sys.stderr)
            merge.apply(doc, [(result, result.items) for result in previews])
            print(f"已写入 {sum(len(r.items) for r in previews)} 处改动到「{args.file.name}」"
                  "（写入前的快照可在“快照”中恢复）。")
        elif any(result.items for result in previews):
            print("以上改动尚未写入。确认无误后加 --accept-all 再运行一次即写入。", file=sys.stderr)
    finally:
        doc.close()
    return EXIT_REFUSED if refused else EXIT_OK


def run(args: argparse.Namespace) -> int:
    return _packets(args) if args.command == "packets" else _merge(args)
