"""The progress charts as reportlab drawings, from the shapes ``app.pilot.charts`` lays out."""

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors

from app.pdf import fonts
from app.pilot import charts


def drawing(chart: charts.Chart, width: float, height: float, font: float = 9.0) -> Drawing:
    """``chart`` in a ``width`` × ``height`` point box (reportlab's y grows upwards)."""
    fonts.register()
    result = Drawing(width, height)
    for shape in charts.layout(chart, width, height, font):
        if isinstance(shape, charts.Rect):
            if shape.height > 0:
                result.add(Rect(shape.x, height - shape.y - shape.height, shape.width,
                                shape.height, fillColor=colors.HexColor(shape.color),
                                strokeColor=None))
        elif isinstance(shape, charts.Line):
            result.add(Line(shape.x1, height - shape.y1, shape.x2, height - shape.y2,
                            strokeColor=colors.HexColor(shape.color), strokeWidth=0.6))
        else:
            result.add(String(shape.x, height - shape.y, shape.text, fontName=fonts.SERIF,
                              fontSize=shape.size, textAnchor=shape.anchor,
                              fillColor=colors.HexColor(shape.color)))
    return result
