"""Command line for the pilot period: ``approve``, ``progress`` and ``report``.

``approve FILE --date D`` marks the application approved (``--correct`` moves a wrongly
entered date, ``--withdraw`` takes the mark away, both deliberately named); ``progress
FILE`` prints plan against actual; ``report FILE --year 1|2|stage|final --out DIR`` writes
the report as PDF and .docx. Messages in Chinese on stderr; exit codes as ``app.__main__``.
"""

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

EXIT_OK, EXIT_ERRORS, EXIT_REFUSED = 0, 1, 2
COMMANDS = ("approve", "progress", "report")


def add_parser(commands: Any) -> None:
    sub = commands.add_parser("approve", help="把申报书标记为获批（批准日期起为试点第 1 个月），此后申报内容不能再修改")
    sub.add_argument("file", type=Path)
    sub.add_argument("--date", metavar="YYYY-MM-DD", help="批复文件上的批准日期")
    sub.add_argument("--ref", default="", metavar="文号", help="批复文号（可选）")
    what = sub.add_mutually_exclusive_group()
    what.add_argument("--correct", action="store_true", help="更正已填写的批准日期（申报内容仍不可修改）")
    what.add_argument("--withdraw", action="store_true",
                      help="撤销获批标记（申报内容恢复可修改，已填写的试点执行情况保留）")
    sub = commands.add_parser("progress", help="试点进展：计划与实际（标准、进度安排、经费）；有逾期事项时退出码为 1")
    sub.add_argument("file", type=Path)
    sub.add_argument("--as-of", metavar="YYYY-MM-DD", help="统计截至的日期（默认：今天）")
    sub = commands.add_parser("report", help="生成试点报告（PDF 和 Word）：年度工作总结、阶段性成果或验收总结")
    sub.add_argument("file", type=Path)
    sub.add_argument("--year", required=True, choices=("1", "2", "stage", "final"),
                     help="1 / 2 = 第一、二年度工作总结，stage = 阶段性成果报告，final = 验收总结报告")
    sub.add_argument("--out", type=Path, required=True, metavar="DIR", help="输出文件夹")
    sub.add_argument("--as-of", metavar="YYYY-MM-DD", help="报告日期（默认：今天）")


def _day(text: str | None, what: str) -> dt.date:
    if not text:
        return dt.date.today()
    from app.dates import DateNotUnderstood, parse

    try:
        day = parse(text)
    except DateNotUnderstood:
        day = None
    if day is None:
        raise ValueError(f"{what}「{text}」不是有效的日期，请写成 2022-01-15 的样子。")
    return day


def run(args: argparse.Namespace) -> int:
    from app.document import ApplicationFile
    from app.pilot import approval, data, reports

    try:
        if args.command == "approve":
            if not args.withdraw and not args.date:
                raise ValueError("请用 --date 写明批复文件上的批准日期，例如 --date 2022-01-15。")
            doc = ApplicationFile.open(args.file)
            try:
                if args.withdraw:
                    approval.withdraw(doc)
                    print(f"已撤销「{args.file.name}」的获批标记：申报内容可以修改，试点执行情况已保留。")
                elif args.correct:
                    approval.correct_date(doc, _day(args.date, "批准日期"))
                    print(f"已把批准日期更正为 {args.date}。")
                else:
                    checksum = approval.approve(doc, _day(args.date, "批准日期"), args.ref)
                    print(f"已标记为获批（{args.date}），申报书校验码：{checksum}。申报内容从此保持不变。")
            finally:
                doc.close()
            return EXIT_OK
        doc = ApplicationFile.open(args.file, read_only=True)
        try:
            found = data.load(doc)
        finally:
            doc.close()
        today = _day(args.as_of, "日期")
        if args.command == "progress":
            return _progress(found, today)
        written = reports.write(found, args.year, args.out, today)
        for path in written:
            print(f"已生成：{path}")
        return EXIT_OK
    except (approval.ApprovalRefused, reports.ReportRefused, ValueError) as error:
        print(f"错误：{error}", file=sys.stderr)
        return EXIT_REFUSED


def _progress(found: Any, today: dt.date) -> int:
    from app import money
    from app.pilot import progress, reports

    try:
        reports.period(found, "stage", today)
    except reports.ReportRefused as error:
        print(f"错误：{error}", file=sys.stderr)
        return EXIT_REFUSED
    state = progress.compute(found, today)  # (after month 24 too: what is late stays late)
    print(f"批准日期：{found.approved_on}　截至 {state.as_of}：试点第 {state.month} / {state.months} 个月")
    print(f"标准：计划 {len(state.standards)} 项，按计划应已发布 {state.planned_by_now} 项，"
          f"已发布 {state.published} 项")
    print("　按阶段：" + "，".join(f"{k} {v}" for k, v in state.stage_counts.items()))
    done = sum(m.done for m in state.milestones)
    print(f"进度安排：{len(state.milestones)} 项，已完成 {done} 项，逾期 {len(state.overdue)} 项")
    for milestone in state.overdue:
        print(f"　逾期：{milestone.task}（应于 {milestone.due} 完成）")
    for year in state.money:
        for direction, word in (("source", "来源"), ("use", "使用")):
            plan, actual = year.total(direction, "plan"), year.total(direction, "actual")
            print(f"经费 第{'一二三四五'[year.year - 1]}年{word}：计划 {money.format_wan(plan)} 万元，"
                  f"实际 {money.format_wan(actual)} 万元")
    for reminder in progress.reminders(found, today):
        print(f"提醒：{reminder.text}")
    return EXIT_ERRORS if state.overdue else EXIT_OK
