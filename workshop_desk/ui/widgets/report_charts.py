"""The Reports tab's two charts: the aging of the open balance as one stacked bar, and overdue over time.

QtCharts takes a while to load, so only the Reports tab imports this module, the first time it is
shown. The charts draw what they are given and compute nothing but their axes: the bar holds the
share of each aging bucket in percent (its segments labelled, light to dark as the debt ages, so
it reads in black and white too); the line holds the overdue total at each month end, with the
months named and the amounts written in the shop's locale on the axes.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCharts import (
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QLocale, QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QCursor, QPainter, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from workshop_desk.domain.money import Cents
from workshop_desk.domain.overdue import AgingBuckets
from workshop_desk.ui.formats import Formats
from workshop_desk.ui.report_texts import (
    BUCKET_COLOURS,
    BUCKET_FIELDS,
    DARK_BUCKETS,
    amounts,
    bucket_names,
    month_label,
    percent,
    percent_sign_spaced,
    share,
)

if TYPE_CHECKING:
    from workshop_desk.services.reports import MonthPoint

SMALL_SEGMENT = 6.0
"""Segments narrower than this share (in percent) carry no label: it would not fit; the legend and tooltip tell."""
MONTH_LABEL_STEP = 3
"""Every third month is named on the time axis (24 names do not fit side by side)."""


def _plain_chart(formats: Formats) -> QChart:
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(4, 4, 24, 4))  # room on the right for the last month's name, centred on its point
    chart.setLocalizeNumbers(True)
    chart.setLocale(QLocale(str(formats.locale)))
    return chart


class _View(QChartView):
    def __init__(self, chart: QChart, minimum_height: int, parent: QWidget | None) -> None:
        super().__init__(chart, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(minimum_height)


class AgingChart(_View):
    """One horizontal bar, 100 % long, in five segments: the share of each aging bucket."""

    def __init__(self, formats: Formats, parent: QWidget | None = None) -> None:
        self._formats = formats
        chart = _plain_chart(formats)
        super().__init__(chart, 150, parent)
        self.series = QHorizontalStackedBarSeries()
        self.series.setBarWidth(0.7)
        self.series.setLabelsVisible(True)
        self.series.setLabelsFormat("@value %" if percent_sign_spaced(formats.locale) else "@value%")
        self.series.setLabelsPrecision(3)
        self.series.setLabelsPosition(QHorizontalStackedBarSeries.LabelsPosition.LabelsCenter)
        self.sets: list[QBarSet] = []
        names = bucket_names()
        for field, colour in zip(BUCKET_FIELDS, BUCKET_COLOURS, strict=True):
            bar_set = QBarSet(names[field])
            bar_set.setColor(QColor(colour))
            bar_set.setBorderColor(QColor("#404040"))
            bar_set.setPen(QPen(QColor("#404040"), 1))
            bar_set.append(0.0)
            bar_set.hovered.connect(lambda status, _index, field=field: self._hovered(status, field))
            self.series.append(bar_set)
            self.sets.append(bar_set)
        chart.addSeries(self.series)
        self.axis = QValueAxis()
        self.axis.setRange(0, 100)
        self.axis.setVisible(False)  # the segments carry their shares: a percent scale adds nothing
        chart.addAxis(self.axis, Qt.AlignmentFlag.AlignBottom)
        self.series.attachAxis(self.axis)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self._buckets = AgingBuckets()

    def show_aging(self, buckets: AgingBuckets) -> None:
        """Show the shares of ``buckets`` (an empty bar when nothing is open)."""
        self._buckets = buckets
        total = buckets.total
        for field, bar_set, amount in zip(BUCKET_FIELDS, self.sets, amounts(buckets), strict=True):
            fraction = share(amount, total)
            value = float(fraction * 100) if fraction is not None else 0.0
            bar_set.replace(0, value)
            if value < SMALL_SEGMENT:
                bar_set.setLabelColor(QColor(Qt.GlobalColor.transparent))
            else:
                bar_set.setLabelColor(QColor("white" if field in DARK_BUCKETS else "black"))

    def values(self) -> list[float]:
        """The length of each segment, in percent, youngest bucket first."""
        return [bar_set.at(0) for bar_set in self.sets]

    def _hovered(self, status: bool, field: str) -> None:
        if not status:
            QToolTip.hideText()
            return
        amount = getattr(self._buckets, field)
        QToolTip.showText(
            QCursor.pos(),
            QCoreApplication.translate("ReportCharts", "{bucket}: {amount} ({share})").format(
                bucket=bucket_names()[field],
                amount=self._formats.money(amount),
                share=percent(share(amount, self._buckets.total), self._formats.locale),
            ),
            self,
        )


class TrendChart(_View):
    """The overdue total at each month end, oldest first, with month names and money on the axes."""

    def __init__(self, formats: Formats, parent: QWidget | None = None) -> None:
        self._formats = formats
        chart = _plain_chart(formats)
        super().__init__(chart, 260, parent)
        chart.legend().hide()
        self.series = QLineSeries()
        self.series.setName(QCoreApplication.translate("ReportCharts", "Overdue at the month end"))
        self.series.setPointsVisible(True)
        self.series.setPen(QPen(QColor("#b5443b"), 2))
        self.series.hovered.connect(self._hovered)
        chart.addSeries(self.series)
        self.months = QCategoryAxis()
        self.months.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        self.money = QCategoryAxis()
        self.money.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        chart.addAxis(self.months, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.money, Qt.AlignmentFlag.AlignLeft)
        self.series.attachAxis(self.months)
        self.series.attachAxis(self.money)
        self._points: tuple[MonthPoint, ...] = ()

    def show_trend(self, points: Sequence[MonthPoint]) -> None:
        self._points = tuple(points)
        self.series.replace([QPointF(index, point.overdue / 100) for index, point in enumerate(points)])
        _relabel(self.months)
        count = len(points)
        named = sorted(range(count - 1, -1, -MONTH_LABEL_STEP))  # the latest month always named
        self.months.setStartValue(-0.5)
        for index in named:
            self.months.append(month_label(points[index].month_end, self._formats.locale), index)
        self.months.setRange(-0.5, max(count - 0.5, 0.5))
        _relabel(self.money)
        ticks = money_ticks(max((point.overdue for point in points), default=0))
        self.money.setStartValue(0)
        for tick in ticks:
            self.money.append(self._formats.money(tick), tick / 100)
        self.money.setRange(0, ticks[-1] / 100)

    def values(self) -> list[float]:
        """The points' amounts in whole currency units (a float for the chart only)."""
        return [point.y() for point in self.series.points()]

    def _hovered(self, point: QPointF, state: bool) -> None:
        index = round(point.x())
        if not state or not 0 <= index < len(self._points):
            QToolTip.hideText()
            return
        month = self._points[index]
        QToolTip.showText(
            QCursor.pos(),
            QCoreApplication.translate("ReportCharts", "Overdue on {day}: {amount}").format(
                day=self._formats.day(month.month_end), amount=self._formats.money(month.overdue)
            ),
            self,
        )


def _relabel(axis: QCategoryAxis) -> None:
    for label in axis.categoriesLabels():
        axis.remove(label)


def money_ticks(highest: Cents, steps: int = 4) -> list[Cents]:
    """Round amounts from 0 past ``highest`` for an axis: 0, 25,000, 50,000 … (1, 2, 2.5 or 5 × 10ⁿ apart).

    Whole currency units (multiples of 100 cents); at least one step above 0.
    """
    units = max(-(-highest // 100), 1)
    rough = -(-units // steps)
    magnitude = 1
    while magnitude * 10 <= rough:
        magnitude *= 10
    candidates = [magnitude, 2 * magnitude, 5 * magnitude, 10 * magnitude]
    if magnitude >= 10:
        candidates.insert(2, magnitude * 25 // 10)
    step = next(candidate for candidate in candidates if candidate >= rough)
    count = -(-units // step)
    return [tick * step * 100 for tick in range(count + 1)]
