"""Plan against reality on a given day: months elapsed, standards by stage, milestones
due and overdue, money per year (what the progress view and every report show).

A figure "as of" a day counts only what happened by then: the year-1 report, written
after month 12, still shows the standards and milestones as they stood at its end.
"""

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from app import choices, model
from app.pilot.data import PilotData
from app.pilot.months import month_end, month_of, month_start
from app.pilot.stages import (  # noqa: F401  (progress.STAGES etc. as before)
    ACTIVITY_KINDS,
    NOT_STARTED,
    RESULT_KINDS,
    STAGE_NAMES,
    STAGES,
)
from app.text import Text

SOON_DAYS = 30  # a milestone or summary due within this many days is a reminder


def parse_day(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        return None


def stage_of(progress: model.PilotStandard, as_of: dt.date) -> tuple[str, str]:
    """The furthest stage reached by ``as_of`` and its date ("未启动", "" for none)."""
    reached = (NOT_STARTED, "")
    for name, column in STAGES:
        day = parse_day(getattr(progress, column))
        if day is not None and day <= as_of:
            reached = (name, day.isoformat())
    return reached


@dataclass(frozen=True)
class StandardStatus:
    title: str
    level: str
    lead: str
    planned_month: int | None
    planned_by: dt.date | None
    stage: str
    stage_on: str
    number: str
    publisher: str

    @property
    def published(self) -> bool:
        return self.stage == STAGE_NAMES[-1]


@dataclass(frozen=True)
class MilestoneStatus:
    task: str
    deliverable: str
    start_month: int | None
    end_month: int | None
    due: dt.date | None
    done: bool
    done_on: str
    note: str
    overdue: bool


@dataclass(frozen=True)
class MoneyLine:
    category: str
    plan_fen: int
    actual_fen: int


@dataclass(frozen=True)
class MoneyYear:
    year: int
    sources: list[MoneyLine]
    uses: list[MoneyLine]

    def total(self, direction: str, which: str) -> int:
        lines = self.sources if direction == choices.FUNDING_SOURCE else self.uses
        return sum(getattr(line, f"{which}_fen") for line in lines)


@dataclass(frozen=True)
class ActivityTotals:
    count: Counter[str] = field(default_factory=Counter)
    participants: int = 0
    units_reached: int = 0


@dataclass(frozen=True)
class Progress:
    as_of: dt.date
    approved_on: dt.date
    month: int  # the pilot month ``as_of`` falls in, at most the pilot's last
    months: int
    standards: list[StandardStatus]
    milestones: list[MilestoneStatus]
    money: list[MoneyYear]
    activities: ActivityTotals
    day_over: bool = False  # ``as_of`` has passed: what was due on it and is not done is late

    def late(self, due: dt.date | None) -> bool:
        return due is not None and (due < self.as_of or (self.day_over and due == self.as_of))

    @property
    def stage_counts(self) -> dict[str, int]:
        counts = Counter(standard.stage for standard in self.standards)
        return {name: counts[name] for name in (NOT_STARTED, *STAGE_NAMES)}

    @property
    def planned_by_now(self) -> int:
        return sum(s.planned_by is not None and s.planned_by <= self.as_of for s in self.standards)

    @property
    def published(self) -> int:
        return sum(s.published for s in self.standards)

    @property
    def late_standards(self) -> list[StandardStatus]:
        return [s for s in self.standards if self.late(s.planned_by) and not s.published]

    @property
    def overdue(self) -> list[MilestoneStatus]:
        return [m for m in self.milestones if m.overdue]


def _within(text: str, start: dt.date, end: dt.date) -> bool:
    day = parse_day(text)
    return day is not None and start <= day <= end


def money_years(data: PilotData) -> list[MoneyYear]:
    """Plan and actual per pilot year, by the plan's categories in the plan's order."""
    actual: Counter[tuple[int, str, str]] = Counter()
    for row in data.spending:
        actual[(row.year, row.direction, row.category)] += row.amount_fen or 0
    years = []
    for year in range(1, data.pilot_years + 1):
        lines: dict[str, list[MoneyLine]] = {choices.FUNDING_SOURCE: [], choices.FUNDING_USE: []}
        for direction, categories in ((choices.FUNDING_SOURCE, choices.FUNDING_SOURCES),
                                      (choices.FUNDING_USE, choices.FUNDING_USES)):
            plan = Counter[str]()
            for line in data.funding:
                if line.year == year and line.direction == direction:
                    plan[line.category] += line.amount_fen or 0
            for category in categories:
                lines[direction].append(MoneyLine(category, plan[category],
                                                  actual[(year, direction, category)]))
        years.append(MoneyYear(year, lines[choices.FUNDING_SOURCE], lines[choices.FUNDING_USE]))
    return years


def activity_totals(data: PilotData, start: dt.date, end: dt.date) -> ActivityTotals:
    held = [a for a in data.activities if _within(a.held_on, start, end)]
    return ActivityTotals(Counter(a.kind or "其他" for a in held),
                          sum(a.participants or 0 for a in held),
                          sum(a.units_reached or 0 for a in held))


def compute(data: PilotData, as_of: dt.date, today: dt.date | None = None) -> Progress:
    """Where the pilot stands on ``as_of``; ``data`` must be approved. A report counting
    to the end of a year written after it (``today`` later) finds what was due on that
    last day and not done late, as the year is over."""
    approved = data.approved_on
    if approved is None:
        raise ValueError("not approved")
    standards = []
    for row in data.standards:
        stage, stage_on = stage_of(row.progress, as_of)
        month = row.item.month
        standards.append(StandardStatus(
            row.item.title, row.item.level, row.lead, month,
            month_end(approved, month) if month else None, stage, stage_on,
            row.progress.standard_number if stage == STAGE_NAMES[-1] else "",
            row.progress.publisher if stage == STAGE_NAMES[-1] else ""))
    day_over = today is not None and as_of < today
    milestones = []
    for mrow in data.milestones:
        plan, done = mrow.milestone, mrow.progress
        due = month_end(approved, plan.end_month) if plan.end_month else None
        done_on = parse_day(done.done_on)
        finished = done.done and (done_on is None or done_on <= as_of)
        milestones.append(MilestoneStatus(
            plan.task, plan.deliverable, plan.start_month, plan.end_month, due, finished,
            done.done_on if finished else "", done.note,
            overdue=due is not None and (due < as_of or (day_over and due == as_of))
            and not finished))
    first = month_start(approved, 1)
    return Progress(as_of, approved, min(month_of(approved, as_of), data.pilot_months),
                    data.pilot_months, standards, milestones, money_years(data),
                    activity_totals(data, first, as_of), day_over)


def unreadable_dates(data: PilotData) -> list[tuple[str, str]]:
    """(whose, what was typed) for every pilot date that is no date: it counts for nothing,
    so the unit is told rather than left wondering why a stage does not show."""
    found = []
    for row in data.standards:
        found += [(row.item.title, getattr(row.progress, column)) for _name, column in STAGES]
    found += [(m.milestone.task, m.progress.done_on) for m in data.milestones]
    found += [(a.title, a.held_on) for a in data.activities]
    found += [(r.title, r.reported_on) for r in data.results]
    return [(where, text) for where, text in found if text and parse_day(text) is None]


@dataclass(frozen=True)
class Reminder:
    level: str  # "overdue", "due" or "note"
    text: Text  # (the window says it in its language: ``ui.i18n.translated``)


def reminders(data: PilotData, today: dt.date) -> list[Reminder]:
    """What the unit should be told on opening the file: overdue first, then what is due."""
    if data.approved_on is None:
        return []
    state = compute(data, today)
    found: list[Reminder] = []
    if data.approved_checksum and data.current_checksum != data.approved_checksum:
        found.append(Reminder("overdue", Text(
            "申报书内容与获批时不一致（获批时校验码 {approved}，现为 {current}）。",
            approved=data.approved_checksum, current=data.current_checksum)))
    for where, text in unreadable_dates(data):
        found.append(Reminder("overdue", Text(
            "「{where}」的日期「{text}」无法识别，不计入进展，请写成 2022-03-18 的样子。",
            where=where, text=text)))
    for milestone in state.overdue:
        found.append(Reminder("overdue", Text(
            "进度安排「{task}」应于 {due}（第 {month} 个月末）完成，尚未标记完成。",
            task=milestone.task, due=str(milestone.due), month=milestone.end_month)))
    for standard in state.late_standards:
        found.append(Reminder("overdue", Text(
            "标准「{title}」计划第 {month} 个月发布，目前处于“{stage}”。",
            title=standard.title, month=standard.planned_month, stage=Text(standard.stage))))
    upcoming = sorted((m for m in state.milestones if not m.done and m.due and m.due >= today),
                      key=lambda m: m.due or today)
    if upcoming:
        nxt = upcoming[0]
        days = ((nxt.due or today) - today).days
        found.append(Reminder("due" if days <= SOON_DAYS else "note", Text(
            "下一个到期的进度安排：「{task}」，{due}（还有 {days} 天）。",
            task=nxt.task, due=str(nxt.due), days=days)))
    for year in range(1, data.pilot_years + 1):
        due = month_end(data.approved_on, 12 * year)
        written = getattr(data.record, f"y{year}_work", "") if year <= 2 else ""
        if written or today < due - dt.timedelta(days=SOON_DAYS):
            continue
        if today > due:
            found.append(Reminder("overdue", Text(
                "试点第 {year} 年的年度工作总结应于 {due} 前报送市市场监管局和推荐单位，已逾期，"
                "请在“总结与报告”中填写并生成报告。", year=year, due=str(due))))
        else:
            found.append(Reminder("due", Text(
                "试点第 {year} 年的年度工作总结应于 {due} 前报送市市场监管局和推荐单位，"
                "请在“总结与报告”中填写并生成报告。", year=year, due=str(due))))
    return found

def reminder_counts(data: PilotData, today: dt.date) -> tuple[int, int]:
    """(overdue, due soon) reminders: what the pilot's step shows beside its title."""
    found = reminders(data, today)
    return (sum(r.level == "overdue" for r in found), sum(r.level == "due" for r in found))
