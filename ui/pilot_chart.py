"""A progress chart in the window: the shapes ``app.pilot.charts`` lays out, painted."""

from PySide6.QtCore import QPointF, QRectF, QSize
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.pilot import charts

from ui.i18n import _

FONT_PX = 12.0  # the chart's text size in pixels (its layout scales with it)


class ChartView(QWidget):
    def __init__(self, height: int = 240) -> None:
        super().__init__()
        self.chart: charts.Chart | None = None
        self.setMinimumHeight(height)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(600, self.minimumHeight())

    def show_chart(self, chart: charts.Chart) -> None:
        if isinstance(chart, charts.Timeline):
            self.setMinimumHeight(int(charts.timeline_height(chart, FONT_PX)))
        self.chart = chart
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        if self.chart is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        for shape in charts.layout(translated(self.chart), self.width(), self.height(), FONT_PX):
            if isinstance(shape, charts.Rect):
                painter.fillRect(QRectF(shape.x, shape.y, shape.width, shape.height),
                                 QColor(shape.color))
            elif isinstance(shape, charts.Line):
                painter.setPen(QPen(QColor(shape.color), 1))
                painter.drawLine(QPointF(shape.x1, shape.y1), QPointF(shape.x2, shape.y2))
            else:
                font = QFont(self.font())
                font.setPixelSize(max(8, round(shape.size)))
                painter.setFont(font)
                painter.setPen(QColor(shape.color))
                width = painter.fontMetrics().horizontalAdvance(shape.text)
                x = shape.x - (width / 2 if shape.anchor == "middle"
                               else width if shape.anchor == "end" else 0)
                painter.drawText(QPointF(x, shape.y), shape.text)
        painter.end()


# The words ``app.pilot.charts`` puts in its charts, spelled out here so that the
# catalogue has them (build/translations.py reads the literals of ui/).
CHART_WORDS = ("标准研制进展（按当前阶段）", "经费计划与实际", "标准数", "计划", "实际", "项", "万元",
               "已完成", "逾期", "未到期", "未启动", "立项", "起草", "征求意见", "审查", "发布",
               "第一年来源", "第一年使用", "第二年来源", "第二年使用")


def translated(chart: charts.Chart) -> charts.Chart:
    """The chart's fixed words in the window's language (the PDF keeps them Chinese);
    a milestone's task is the unit's own text and stays as typed."""
    if isinstance(chart, charts.BarChart):
        return charts.BarChart(_(chart.title), tuple(_(c) for c in chart.categories),
                               tuple(charts.Series(_(s.name), s.values, s.color)
                                     for s in chart.series), _(chart.unit))
    title = _("进度安排（第 {month} / {months} 个月）").format(month=chart.now, months=chart.months)
    return charts.Timeline(title, chart.months, chart.now, chart.spans,
                           tuple((_(name), color) for name, color in chart.legend))
