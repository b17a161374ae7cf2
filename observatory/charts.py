"""Server-rendered SVG charts: the geometry is computed here, the markup is in the templates.

No script is sent to the browser. Each chart is drawn in a fixed ``viewBox`` that scales with
its container; lines differ by colour *and* by marker shape and dash pattern (never colour
alone), and every chart is followed on the page by its data table and a text summary.
"""

from dataclasses import dataclass, field
from decimal import Decimal

WIDTH, HEIGHT = 640, 320
LEFT, RIGHT, TOP, BOTTOM = 56, 16, 16, 40
STYLES = 8  # observatory.css defines .series-0 … .series-7


@dataclass
class Line:
    label: str
    style: int
    points: list = field(default_factory=list)  # [(x, y, year, value)]

    @property
    def path(self):
        return " ".join(f"{x:.1f},{y:.1f}" for x, y, _year, _value in self.points)


@dataclass
class LineChart:
    width: int
    height: int
    lines: list
    x_ticks: list  # [(x, year)]
    y_ticks: list  # [(y, value)]
    left: int = LEFT
    right_edge: int = WIDTH - RIGHT
    bottom_edge: int = HEIGHT - BOTTOM


def nice_top(value):
    """A round number at or above ``value`` for the top of a scale."""
    if value <= 0:
        return Decimal(1)
    step = Decimal(1)
    while step * 10 < value:
        step *= 10
    while step > value * 10:
        step /= 10
    for multiple in (1, 2, 2.5, 5, 10):
        top = step * Decimal(str(multiple))
        if top >= value:
            return top
    return step * 10


def line_chart(series, year_from, year_to, scale_max=None):
    """``series``: [(label, [(year, Decimal value)])] → a LineChart in SVG coordinates."""
    highest = max((value for _label, points in series for _year, value in points), default=Decimal(0))
    top = Decimal(scale_max) if scale_max else nice_top(highest)
    top = max(top, highest) or Decimal(1)
    span = max(year_to - year_from, 1)
    plot_width = WIDTH - LEFT - RIGHT
    plot_height = HEIGHT - TOP - BOTTOM

    def x(year):
        return LEFT + plot_width * (year - year_from) / span

    def y(value):
        return TOP + plot_height * (1 - float(value) / float(top))

    lines = [
        Line(label, index % STYLES, [(x(year), y(value), year, value) for year, value in points])
        for index, (label, points) in enumerate(series)
    ]
    step = 1 if span <= 10 else 2 if span <= 20 else 5
    x_ticks = [(x(year), year) for year in range(year_from, year_to + 1) if (year - year_from) % step == 0]
    y_ticks = [(y(top * part / 4), top * part / 4) for part in range(5)]
    return LineChart(WIDTH, HEIGHT, lines, x_ticks, y_ticks)


def sparkline(values, width=120, height=28):
    """A polyline for a small trend chart of ``[(year, value)]`` (two points at least)."""
    if len(values) < 2:
        return ""
    first, last = values[0][0], values[-1][0]
    low = min(value for _year, value in values)
    high = max(value for _year, value in values)
    spread = float(high - low) or 1.0
    span = (last - first) or 1
    return " ".join(
        f"{2 + (width - 4) * (year - first) / span:.1f},{2 + (height - 4) * (1 - float(value - low) / spread):.1f}"
        for year, value in values
    )
