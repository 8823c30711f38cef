"""The progress charts, defined once: what each chart shows and where every shape goes.

``layout`` turns a chart into plain shapes (rectangles, lines, texts) in a box of the
given size, y growing downwards. The window paints them with QPainter
(``ui.pilot_chart``) and the PDF draws them with reportlab (``app.pilot.chart_pdf``), so
the two cannot disagree on a bar.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app import money
from app.pilot.stages import NOT_STARTED, STAGE_NAMES

if TYPE_CHECKING:  # (the window paints charts without loading the ORM: ui.pilot_chart)
    from app.pilot.progress import Progress

PLAN_COLOR = "#9bb7d4"
ACTUAL_COLOR = "#2e6da4"
DONE_COLOR = "#3c8d40"
LATE_COLOR = "#c0392b"
OPEN_COLOR = "#b0b0b0"
GRID_COLOR = "#d0d0d0"
TEXT_COLOR = "#333333"
NOW_COLOR = "#e67e22"


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[float, ...]
    color: str


@dataclass(frozen=True)
class BarChart:
    """Grouped vertical bars: one group per category, one bar per series."""

    title: str
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    unit: str  # shown after the axis values ("项", "万元")


@dataclass(frozen=True)
class Span:
    label: str
    start: int
    end: int
    color: str


@dataclass(frozen=True)
class Timeline:
    """The milestones over the pilot months, coloured by state, with today's month."""

    title: str
    months: int
    now: int
    spans: tuple[Span, ...]
    legend: tuple[tuple[str, str], ...]


Chart = BarChart | Timeline


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    width: float
    height: float
    color: str


@dataclass(frozen=True)
class Line:
    x1: float
    y1: float
    x2: float
    y2: float
    color: str


@dataclass(frozen=True)
class Label:
    x: float
    y: float  # the text's baseline
    text: str
    size: float
    anchor: str  # "start", "middle" or "end"
    color: str = TEXT_COLOR


Shape = Rect | Line | Label


def stage_chart(progress: Progress) -> BarChart:
    counts = progress.stage_counts
    names = (NOT_STARTED, *STAGE_NAMES)
    return BarChart("标准研制进展（按当前阶段）", names,
                    (Series("标准数", tuple(float(counts[name]) for name in names), ACTUAL_COLOR),),
                    "项")


def money_chart(progress: Progress) -> BarChart:
    categories, plan, actual = [], [], []
    for year in progress.money:
        ordinal = "一二三四五"[year.year - 1]
        for direction, word in (("source", "来源"), ("use", "使用")):
            categories.append(f"第{ordinal}年{word}")
            plan.append(float(money.to_wan(year.total(direction, "plan"))))
            actual.append(float(money.to_wan(year.total(direction, "actual"))))
    return BarChart("经费计划与实际", tuple(categories),
                    (Series("计划", tuple(plan), PLAN_COLOR),
                     Series("实际", tuple(actual), ACTUAL_COLOR)), "万元")


def milestone_timeline(progress: Progress) -> Timeline:
    spans = []
    for milestone in progress.milestones:
        start = milestone.start_month or milestone.end_month or 1
        end = milestone.end_month or start
        color = (DONE_COLOR if milestone.done else LATE_COLOR if milestone.overdue
                 else OPEN_COLOR)
        spans.append(Span(milestone.task, start, end, color))
    return Timeline(f"进度安排（第 {progress.month} / {progress.months} 个月）", progress.months,
                    progress.month, tuple(spans),
                    (("已完成", DONE_COLOR), ("逾期", LATE_COLOR), ("未到期", OPEN_COLOR)))


def nice_top(value: float) -> float:
    """A round axis top at or above ``value`` (1, 2, 2.5 or 5 times a power of ten)."""
    if value <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * power:
            return step * power
    return 10 * power


def number_text(value: float) -> str:
    return f"{value:.0f}" if value == int(value) else f"{value:.2f}".rstrip("0").rstrip(".")


def short(text: str, length: int) -> str:
    return text if len(text) <= length else text[:length - 1] + "…"


def layout(chart: Chart, width: float, height: float, font: float = 9.0) -> list[Shape]:
    if isinstance(chart, Timeline):
        return _timeline(chart, width, height, font)
    return _bars(chart, width, height, font)


def _legend(items: list[tuple[str, str]], right: float, y: float, font: float) -> list[Shape]:
    shapes: list[Shape] = []
    x = right
    for name, color in reversed(items):
        x -= font * (len(name) + 0.5)
        shapes.append(Label(x, y, name, font, "start"))
        x -= font * 1.3
        shapes.append(Rect(x, y - font * 0.8, font * 0.9, font * 0.8, color))
        x -= font
    return shapes


def _bars(chart: BarChart, width: float, height: float, font: float) -> list[Shape]:
    left, right, top, bottom = font * 4.5, 6.0, font * 2.6, font * 2.8
    plot_w, plot_h = width - left - right, height - top - bottom
    shapes: list[Shape] = [Label(0, font * 1.2, chart.title, font * 1.1, "start")]
    shapes += _legend([(s.name, s.color) for s in chart.series], width - right, font * 1.2, font)
    peak = nice_top(max((v for s in chart.series for v in s.values), default=0.0))
    for step in range(5):
        value = peak * step / 4
        y = top + plot_h - plot_h * step / 4
        shapes.append(Line(left, y, left + plot_w, y, GRID_COLOR))
        shapes.append(Label(left - 4, y + font * 0.35, number_text(value), font * 0.9, "end"))
    shapes.append(Label(left - 4, top - font * 0.6, chart.unit, font * 0.9, "end"))
    groups = max(len(chart.categories), 1)
    group_w = plot_w / groups
    bar_w = group_w * 0.7 / max(len(chart.series), 1)
    for index, category in enumerate(chart.categories):
        x0 = left + group_w * index + group_w * 0.15
        for number, series in enumerate(chart.series):
            value = series.values[index]
            bar_h = plot_h * value / peak
            x = x0 + bar_w * number
            shapes.append(Rect(x, top + plot_h - bar_h, bar_w * 0.92, bar_h, series.color))
            shapes.append(Label(x + bar_w * 0.46, top + plot_h - bar_h - 2, number_text(value),
                                font * 0.8, "middle"))
        shapes.append(Label(left + group_w * (index + 0.5), top + plot_h + font * 1.5,
                            short(category, max(2, int(group_w / font))), font * 0.9, "middle"))
    shapes.append(Line(left, top + plot_h, left + plot_w, top + plot_h, TEXT_COLOR))
    return shapes


def _timeline(chart: Timeline, width: float, height: float, font: float) -> list[Shape]:
    label_w = min(width * 0.38, font * 18)
    top, bottom, right = font * 2.6, font * 2.2, 6.0
    plot_w = width - label_w - right
    rows = max(len(chart.spans), 1)
    row_h = min((height - top - bottom) / rows, font * 2.2)
    month_w = plot_w / chart.months
    shapes: list[Shape] = [Label(0, font * 1.2, chart.title, font * 1.1, "start")]
    shapes += _legend(list(chart.legend), width - right, font * 1.2, font)
    axis_y = top + row_h * rows
    for month in range(0, chart.months + 1, 3):
        x = label_w + month_w * month
        shapes.append(Line(x, top, x, axis_y, GRID_COLOR))
        if month:
            shapes.append(Label(x, axis_y + font * 1.2, str(month), font * 0.85, "middle"))
    for index, span in enumerate(chart.spans):
        y = top + row_h * index
        shapes.append(Label(label_w - 4, y + row_h * 0.65, short(span.label, int(label_w / font) - 1),
                            font * 0.85, "end"))
        x = label_w + month_w * (span.start - 1)
        shapes.append(Rect(x, y + row_h * 0.2, month_w * (span.end - span.start + 1), row_h * 0.6,
                           span.color))
    if chart.now:
        x = label_w + month_w * chart.now
        shapes.append(Line(x, top - 2, x, axis_y, NOW_COLOR))
    shapes.append(Line(label_w, axis_y, label_w + plot_w, axis_y, TEXT_COLOR))
    return shapes


def timeline_height(chart: Timeline, font: float = 9.0) -> float:
    """The height a timeline needs for its rows at ``font``."""
    return font * 2.6 + font * 2.2 + max(len(chart.spans), 1) * font * 2.0
