"""The progress charts come from one layout: the PDF draws exactly its shapes, and the
figures are right (a bar's height is its value against a round axis top)."""

from reportlab.graphics.shapes import Rect as PdfRect
from reportlab.graphics.shapes import String

from app.pilot import chart_pdf, charts

CHART = charts.BarChart("经费计划与实际", ("第一年来源", "第一年使用"),
                        (charts.Series("计划", (305.0, 305.0), charts.PLAN_COLOR),
                         charts.Series("实际", (12.3, 55.35), charts.ACTUAL_COLOR)), "万元")


def test_bars_stand_in_proportion_on_a_round_axis() -> None:
    shapes = charts.layout(CHART, 400, 200)
    bars = [s for s in shapes if isinstance(s, charts.Rect) and s.color in
            (charts.PLAN_COLOR, charts.ACTUAL_COLOR) and s.width > 9 * 0.9]
    plan, actual = bars[0], bars[1]
    assert charts.nice_top(305) == 500
    assert abs(actual.height / plan.height - 12.3 / 305) < 1e-9
    assert plan.y + plan.height == actual.y + actual.height  # one baseline
    labels = {s.text for s in shapes if isinstance(s, charts.Label)}
    assert {"305", "12.3", "55.35", "第一年来源", "计划", "实际", "500"} <= labels


def test_the_pdf_draws_the_layout_s_shapes_flipped_upright() -> None:
    shapes = charts.layout(CHART, 400, 200)
    drawing = chart_pdf.drawing(CHART, 400, 200)
    rects = [s for s in shapes if isinstance(s, charts.Rect) and s.height > 0]
    drawn = [s for s in drawing.contents if isinstance(s, PdfRect)]
    assert len(drawn) == len(rects)
    for mine, theirs in zip(rects, drawn, strict=True):
        assert (theirs.x, theirs.y, theirs.width, theirs.height) == (
            mine.x, 200 - mine.y - mine.height, mine.width, mine.height)
    assert [s.text for s in drawing.contents if isinstance(s, String)] == [
        s.text for s in shapes if isinstance(s, charts.Label)]


def test_a_timeline_marks_done_late_and_open_milestones_and_today() -> None:
    timeline = charts.Timeline("进度安排", 24, 14, (
        charts.Span("成立大会", 1, 2, charts.DONE_COLOR),
        charts.Span("平台上线", 3, 6, charts.LATE_COLOR),
        charts.Span("试点示范", 9, 22, charts.OPEN_COLOR)), (("已完成", charts.DONE_COLOR),))
    shapes = charts.layout(timeline, 600, charts.timeline_height(timeline))
    spans = [s for s in shapes if isinstance(s, charts.Rect) and s.color in
             (charts.DONE_COLOR, charts.LATE_COLOR, charts.OPEN_COLOR) and s.height > 9]
    month = spans[1].width / 4  # months 3–6
    assert abs(spans[0].width - 2 * month) < 1e-9 and abs(spans[2].width - 14 * month) < 1e-9
    now = [s for s in shapes if isinstance(s, charts.Line) and s.color == charts.NOW_COLOR]
    assert len(now) == 1 and abs(now[0].x1 - (spans[0].x + 14 * month)) < 1e-9
