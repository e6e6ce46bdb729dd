"""The Summaries area's charts: revenue by day or month and orders by channel as vertical bars, return reasons as
horizontal bars; numbers in the desk's digits, mirrored for right-to-left languages."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QHorizontalBarSeries, QValueAxis
from PySide6.QtCore import Qt

if TYPE_CHECKING:
    from shopdesk.views.locale_format import Formatter


def bar_chart(title: str, labels: list[str], values: list, f: Formatter, rtl: bool) -> QChart:  # noqa: ANN001
    chart = QChart()
    chart.setTitle(title)
    chart.legend().hide()
    chart.setLocale(f.locale)
    chart.setLocalizeNumbers(True)
    chart.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    if rtl:  # the first day on the right (Qt's bar category axes cannot be reversed, so the data is)
        labels, values = labels[::-1], values[::-1]
    bars = QBarSet(title)
    for value in values:
        bars.append(value)
    series = QBarSeries()
    series.append(bars)
    chart.addSeries(series)
    axis_x = QBarCategoryAxis()
    axis_x.append(labels or [""])
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis_x)
    axis_y = QValueAxis()
    axis_y.setRange(0, max([*values, 1]))
    axis_y.setLabelFormat("%.0f")
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_y)
    return chart


def reasons_chart(title: str, names: list[str], counts: list[int], f: Formatter, rtl: bool) -> QChart:
    """Return reasons as horizontal bars, the most frequent on top; in Arabic and Persian the names stand on the
    right and the bars grow to the left."""
    chart = QChart()
    chart.setTitle(title)
    chart.legend().hide()
    chart.setLocale(f.locale)
    chart.setLocalizeNumbers(True)
    # mirrored by hand (names on the right, counts growing leftwards): under a right-to-left layout Qt Charts
    # leaves a right-hand category axis too little room and elides every name
    chart.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    bars = QBarSet(title)
    for count in reversed(counts):  # a horizontal series draws its first bar at the bottom
        bars.append(count)
    series = QHorizontalBarSeries()
    series.append(bars)
    chart.addSeries(series)
    axis_names = QBarCategoryAxis()
    axis_names.append(list(reversed(names)) or [""])
    chart.addAxis(axis_names, Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_names)
    axis_counts = QValueAxis()
    top = max([*counts, 1])
    if top <= 5:  # whole returns only: one tick per return
        axis_counts.setRange(0, top)
        axis_counts.setTickCount(top + 1)
    else:
        step = -(-top // 4)
        axis_counts.setRange(0, step * 4)
        axis_counts.setTickCount(5)
    axis_counts.setLabelFormat("%.0f")
    axis_counts.setReverse(rtl)
    chart.addAxis(axis_counts, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis_counts)
    return chart
