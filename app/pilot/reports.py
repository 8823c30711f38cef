"""What each pilot report says: 年度工作总结 (year 1, year 2), 阶段性成果, 验收总结.

Every figure is plan against actual as of the report's day (the end of its year, or
today if earlier), from ``app.pilot.progress``; the unit's own words come from the
narrative it writes in the 试点执行 steps. The blocks are laid out by
``report_pdf`` and ``report_docx``.
"""

import datetime as dt
from pathlib import Path

from app import choices, money
from app.pilot import charts, progress
from app.pilot.data import PilotData
from app.pilot.months import month_end, year_range
from app.pilot.progress import MoneyLine, Progress
from app.pilot.report_content import (
    Block,
    Fields,
    Figure,
    Grid,
    Heading,
    NewPage,
    Para,
    Report,
    Signatures,
)

KINDS = ("1", "2", "stage", "final")
TITLES = {"1": "试点第一年度工作总结", "2": "试点第二年度工作总结", "stage": "试点阶段性成果报告",
          "final": "试点验收总结报告"}
NARRATIVE = {"1": "y1", "2": "y2", "stage": "stage", "final": "final"}
TOPIC_TITLES = {"work": "工作开展情况", "results": "主要成效与经验", "problems": "存在的问题",
                "next": "下一步工作计划"}
FINAL_TOPIC_TITLES = {**TOPIC_TITLES, "next": "后续发展设想"}
NUMERALS = "一二三四五六七八九十"
EMPTY = "（未填写）"


FOLDER_SUFFIX = "-试点报告"  # reports go beside the file: "<file name>-试点报告", in every language


def default_folder(path: Path) -> Path:
    return path.with_name(path.stem + FOLDER_SUFFIX)


class ReportRefused(ValueError):
    """A report that cannot be made yet; ``str()`` says why and when it can."""


def _wan(fen: int) -> str:
    return money.format_wan(fen)


def _rate(line_plan: int, line_actual: int) -> str:
    return f"{line_actual / line_plan:.0%}" if line_plan else "—"


def period(data: PilotData, kind: str, today: dt.date) -> tuple[dt.date, dt.date, dt.date]:
    """(first day, last day, the day figures are counted to) of ``kind``'s report."""
    approved = data.approved_on
    if approved is None:
        raise ReportRefused(f"「{data.path_name}」尚未标记为获批：试点报告从批准日期起算，"
                            f"请先在“试点批准”中填写批准日期。")
    if kind in ("1", "2"):
        start, end = year_range(approved, int(kind))
        if today < start:
            raise ReportRefused(f"试点第{NUMERALS[int(kind) - 1]}年自 {start} 开始，"
                                f"届时才能生成这一年的工作总结。")
    else:
        start, end = approved, month_end(approved, data.pilot_months)
    return start, end, min(today, end)


def build(data: PilotData, kind: str, today: dt.date) -> Report:
    if kind not in KINDS:
        raise ReportRefused(f"没有“{kind}”这种报告：可选 1、2、stage、final。")
    start, end, as_of = period(data, kind, today)
    state = progress.compute(data, as_of, today)
    years = [int(kind)] if kind in ("1", "2") else list(range(1, data.pilot_years + 1))
    first_month = 12 * (years[0] - 1) + 1 if kind in ("1", "2") else 1
    last_month = 12 * years[-1] if kind in ("1", "2") else data.pilot_months
    title = TITLES[kind]
    blocks: list[Block] = [Fields((
        ("组织名称", data.org_name), ("申报单位", data.applicant),
        ("批准日期", f"{data.approved_on}" + (f"（{data.approval_ref}）" if data.approval_ref else "")),
        ("报告期", f"{start} 至 {end}（试点第 {first_month}—{last_month} 个月）"),
        ("统计截至", f"{as_of}（试点第 {state.month} 个月）"),
        ("申报书校验码", data.approved_checksum),
    ))]
    sections = [("总体情况", _overview(state, years)),
                ("标准研制进展", _standards(state)),
                ("进度安排完成情况", _milestones(state, last_month)),
                ("经费执行情况", _money(state, years)),
                ("标准实施活动", _activities(data, state, start, as_of)),
                ("成果与经验", _results(data, start, as_of)),
                ("单位自述", _narrative(data, kind))]
    for number, (heading, content) in enumerate(sections):
        blocks.append(Heading(f"{NUMERALS[number]}、{heading}"))
        blocks += content
    blocks += [NewPage(), Signatures(data.applicant)]
    return Report(kind, title, data.applicant, tuple(blocks), data.approved_checksum, title)


def _overview(state: Progress, years: list[int]) -> list[Block]:
    done = sum(m.done for m in state.milestones)
    raised = sum(state.money[y - 1].total(choices.FUNDING_SOURCE, "actual") for y in years)
    spent = sum(state.money[y - 1].total(choices.FUNDING_USE, "actual") for y in years)
    plan_raised = sum(state.money[y - 1].total(choices.FUNDING_SOURCE, "plan") for y in years)
    plan_spent = sum(state.money[y - 1].total(choices.FUNDING_USE, "plan") for y in years)
    scope = "本年度" if len(years) == 1 else "两年"
    text = (f"截至 {state.as_of}，试点进行到第 {state.month} 个月（共 {state.months} 个月）。"
            f"建设方案中的 {len(state.standards)} 项标准已发布 {state.published} 项，"
            f"按计划截至此时应发布 {state.planned_by_now} 项；"
            f"进度安排 {len(state.milestones)} 项，已完成 {done} 项，逾期 {len(state.overdue)} 项。"
            f"{scope}经费实际到位 {_wan(raised)} 万元（计划 {_wan(plan_raised)} 万元），"
            f"实际使用 {_wan(spent)} 万元（计划 {_wan(plan_spent)} 万元）。")
    timeline = charts.milestone_timeline(state)
    return [Para(text), Figure(timeline, charts.timeline_height(timeline) / 2.8346 + 4)]


def _standards(state: Progress) -> list[Block]:
    rows = []
    for number, s in enumerate(state.standards, start=1):
        status = "已发布" if s.published else "逾期" if state.late(s.planned_by) else (
            "进行中" if s.stage != progress.NOT_STARTED else "未到期")
        published = "／".join(part for part in (s.number, s.publisher) if part)
        stage = f"{s.stage}\n{s.stage_on}" if s.stage_on else s.stage
        rows.append((str(number), s.title, s.level, s.lead,
                     f"第{s.planned_month}月" if s.planned_month else "", stage, published, status))
    counts = state.stage_counts
    summary = "，".join(f"{name} {counts[name]} 项" for name in counts if counts[name])
    return [Grid(("序号", "标准名称", "级别", "牵头单位", "计划完成", "当前阶段", "标准编号／发布机构",
                  "状态"), tuple(rows), (7, 34, 10, 20, 10, 14, 22, 10)),
            Para(f"按当前阶段：{summary or '无'}。"),
            Figure(charts.stage_chart(state), 60)]


def _milestones(state: Progress, last_month: int) -> list[Block]:
    rows = []
    for number, m in enumerate(state.milestones, start=1):
        if (m.start_month or 0) > last_month:
            continue
        when = (f"第{m.start_month}月" if m.start_month == m.end_month
                else f"第{m.start_month}—{m.end_month}月")
        done = f"已完成 {m.done_on}" if m.done and m.done_on else "已完成" if m.done else (
            "逾期" if m.overdue else "未到期")
        rows.append((str(number), when, m.task, str(m.due or ""), done, m.note))
    overdue = state.overdue
    lines: list[Block] = [Grid(("序号", "时间", "工作任务", "应完成", "完成情况", "说明"),
                               tuple(rows), (7, 12, 40, 14, 14, 24))]
    if overdue:
        lines.append(Para(f"逾期事项（{len(overdue)} 项）：" + "；".join(
            f"「{m.task}」（应于 {m.due} 完成）" for m in overdue) + "。"))
    else:
        lines.append(Para("没有逾期事项。"))
    return lines


def _money_grid(title: str, lines: list[MoneyLine]) -> Grid:
    plan, actual = sum(line.plan_fen for line in lines), sum(line.actual_fen for line in lines)
    rows = [(line.category, _wan(line.plan_fen), _wan(line.actual_fen),
             _wan(line.actual_fen - line.plan_fen), _rate(line.plan_fen, line.actual_fen))
            for line in lines]
    rows.append(("合计", _wan(plan), _wan(actual), _wan(actual - plan), _rate(plan, actual)))
    return Grid((title, "计划（万元）", "实际（万元）", "差额（万元）", "执行率"), tuple(rows),
                (30, 18, 18, 18, 12), right=(1, 2, 3, 4), totals=1)


def _summed(lines: list[list[MoneyLine]]) -> list[MoneyLine]:
    return [MoneyLine(group[0].category, sum(line.plan_fen for line in group),
                      sum(line.actual_fen for line in group)) for group in zip(*lines, strict=True)]


def _money(state: Progress, years: list[int]) -> list[Block]:
    blocks: list[Block] = []
    for year in years:
        money_year = state.money[year - 1]
        if len(years) > 1:
            blocks.append(Heading(f"第{NUMERALS[year - 1]}年", 2))
        blocks += [_money_grid("经费来源", money_year.sources), _money_grid("经费使用", money_year.uses)]
    if len(years) > 1:
        blocks += [Heading("两年合计", 2),
                   _money_grid("经费来源", _summed([state.money[y - 1].sources for y in years])),
                   _money_grid("经费使用", _summed([state.money[y - 1].uses for y in years]))]
    blocks.append(Figure(charts.money_chart(state), 60))
    return blocks


def _activities(data: PilotData, state: Progress, start: dt.date, as_of: dt.date) -> list[Block]:
    held = sorted((a for a in data.activities
                   if (day := progress.parse_day(a.held_on)) is not None and start <= day <= as_of),
                  key=lambda a: a.held_on)
    rows = [(str(n), a.held_on, a.kind, a.title, str(a.participants or 0), str(a.units_reached or 0))
            for n, a in enumerate(held, start=1)]
    rows.append(("合计", "", "", f"{len(held)} 场", str(sum(a.participants or 0 for a in held)),
                 str(sum(a.units_reached or 0 for a in held))))
    totals = state.activities  # (from the approval on: the two-year targets are cumulative)
    plan = data.plan
    target = (f"两年目标：开展培训 {plan.target_trainings or 0} 场、试点 {plan.target_pilots or 0} 个、"
              f"服务企业 {plan.target_enterprises_served or 0} 家；"
              f"试点开始以来已开展培训 {totals.count['培训']} 场、宣贯 {totals.count['宣贯']} 场、"
              f"试点 {totals.count['试点']} 个，覆盖单位 {totals.units_reached} 家次。")
    return [Grid(("序号", "日期", "类型", "活动名称", "参加人数", "覆盖单位"), tuple(rows),
                 (7, 14, 8, 43, 12, 12), right=(4, 5), totals=1), Para(target)]


def _results(data: PilotData, start: dt.date, as_of: dt.date) -> list[Block]:
    blocks: list[Block] = []
    for result in data.results:
        day = progress.parse_day(result.reported_on)
        if day is not None and not start <= day <= as_of:
            continue
        blocks.append(Heading(result.title or "（未命名）", 2))
        blocks.append(Para("，".join(part for part in (result.kind, result.reported_on) if part)
                           or "—"))
        if result.content:
            blocks.append(Para(result.content, typed=True))
        names = [f.name for f in data.files if f.result_id == result.id]
        if names:
            blocks.append(Para("附件：" + "、".join(names), typed=True))
    return blocks or [Para("本期没有登记成果与经验。")]


def _narrative(data: PilotData, kind: str) -> list[Block]:
    prefix = NARRATIVE[kind]
    titles = FINAL_TOPIC_TITLES if kind == "final" else TOPIC_TITLES
    blocks: list[Block] = []
    for topic, heading in titles.items():
        text = getattr(data.record, f"{prefix}_{topic}", "")
        blocks += [Heading(heading, 2), Para(text or EMPTY, typed=bool(text))]
    return blocks


def write(data: PilotData, kind: str, out_dir: Path, today: dt.date) -> list[Path]:
    """The report of ``kind`` as PDF and .docx in ``out_dir``; the paths written."""
    from app.files import write_atomically
    from app.pilot import report_docx, report_pdf

    report = build(data, kind, today)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for suffix, render in ((".pdf", report_pdf.render), (".docx", report_docx.render)):
        target = out_dir / f"{report.file_stem}{suffix}"
        write_atomically(target, render(report))
        written.append(target)
    return written
