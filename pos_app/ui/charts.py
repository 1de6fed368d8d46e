"""A small bar chart drawn with QPainter, so the app needs no QtCharts module.

Geometry is in logical pixels and fonts come from the widget, so the chart scales with
its size and with the screen's device pixel ratio without any special code.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from decimal import Decimal

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from pos_app.domain.money import format_money

BAR_COLOR = QColor("#2563eb")
#: The part of a bar shown apart (the tax in a day's sales), a lighter shade of the bar.
PART_COLOR = QColor("#93c5fd")
GRID_COLOR = QColor("#e5e7eb")
GAP = 6.0  # logical pixels between the chart's parts
GRID_STEPS = 4


def _share(value: Decimal, largest: Decimal) -> float:
    """How much of the full bar length ``value`` takes. A ratio for pixels, never money."""
    if largest <= 0 or value <= 0:
        return 0.0
    return float(value / largest)


def nice_top(largest: Decimal) -> Decimal:
    """The smallest round number (1, 2 or 5 times a power of ten, times the grid steps)
    that is at least ``largest``, so grid lines fall on values a person can read."""
    if largest <= 0:
        return Decimal(GRID_STEPS)
    raw = largest / GRID_STEPS
    power = Decimal(1).scaleb(raw.adjusted())
    for factor in (1, 2, 5, 10):
        step = power * factor
        if step >= raw:
            return step * GRID_STEPS
    raise AssertionError("unreachable: 10 times the leading power is always enough")


class BarChart(QWidget):
    """Bars for (label, value) pairs: vertical (a bar per day) or horizontal (a ranking).

    ``value_text`` turns a value into the text drawn next to its bar (money by default).
    With ``legend`` = (whole, part) names, ``set_data`` may also give each bar a part (the
    tax in a day's total, say), drawn in a lighter shade at the bar's end, and a legend
    says which shade is which.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        horizontal: bool = False,
        value_text: Callable[[Decimal], str] = format_money,
        empty_text: str = "",
        legend: tuple[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.horizontal = horizontal
        self.value_text = value_text
        self.empty_text = empty_text or self.tr("No sales in this period")
        self.legend = legend
        self._data: list[tuple[str, Decimal]] = []
        self._parts: list[Decimal] = []
        #: Where each bar was last drawn, for tooltips.
        self._bars: list[tuple[QRectF, str]] = []
        self.setMinimumSize(self.minimumSizeHint())

    # -- data ----------------------------------------------------------------------------
    def set_data(self, data: Sequence[tuple[str, Decimal]], parts: Sequence[Decimal] = ()) -> None:
        """The bars; ``parts``, when given, is the part of each bar drawn apart (never
        more than the bar, never less than nothing)."""
        self._data = [(label, Decimal(value)) for label, value in data]
        if parts and len(parts) != len(self._data):
            raise ValueError("one part per bar")
        self._parts = [
            min(max(Decimal(part), Decimal(0)), max(value, Decimal(0)))
            for part, (_label, value) in zip(parts, self._data, strict=False)
        ]
        self._bars = []
        summary = "; ".join(self._tip(n) for n in range(len(self._data)))
        self.setAccessibleDescription(summary or self.empty_text)
        self.update()

    def data(self) -> list[tuple[str, Decimal]]:
        return list(self._data)

    def parts(self) -> list[Decimal]:
        return list(self._parts)

    def is_empty(self) -> bool:
        return not any(value > 0 for _label, value in self._data)

    # -- Qt ------------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(480, 260)

    def minimumSizeHint(self) -> QSize:
        line = math.ceil(QFontMetricsF(self.font()).height())
        return QSize(line * 12, line * 6)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self.paint(painter, QRectF(self.rect()))
        finally:
            painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            tip = next((t for rect, t in self._bars if rect.contains(QPointF(event.pos()))), "")
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    # -- drawing -------------------------------------------------------------------------
    def paint(self, painter: QPainter, area: QRectF) -> None:
        painter.setFont(self.font())
        text_color = self.palette().color(self.foregroundRole())
        self._bars = []
        if self.is_empty():
            painter.setPen(text_color)
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        inner = area.adjusted(GAP, GAP, -GAP, -GAP)
        if self.legend is not None and self._parts:
            inner.setTop(self._paint_legend(painter, inner, text_color) + GAP)
        if self.horizontal:
            self._paint_horizontal(painter, inner, text_color)
        else:
            self._paint_vertical(painter, inner, text_color)

    def _paint_vertical(self, painter: QPainter, area: QRectF, text_color: QColor) -> None:
        metrics = QFontMetricsF(painter.font())
        line = metrics.height()
        largest = nice_top(max(value for _label, value in self._data))
        axis_width = max(metrics.horizontalAdvance(self.value_text(largest)), line) + GAP
        plot = QRectF(
            area.left() + axis_width,
            area.top() + line + GAP,  # room for the value over the tallest bar
            area.width() - axis_width,
            area.height() - 2 * line - 2 * GAP,
        )
        if plot.width() <= 0 or plot.height() <= 0:
            return

        # Grid lines with their values, so bars can be read without counting pixels.
        for step in range(GRID_STEPS + 1):
            y = plot.bottom() - plot.height() * step / GRID_STEPS
            painter.setPen(QPen(GRID_COLOR if step else text_color, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            grid_value = largest * step / GRID_STEPS
            painter.setPen(text_color)
            painter.drawText(
                QRectF(area.left(), y - line / 2, axis_width - GAP, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                self.value_text(grid_value),
            )

        slot = plot.width() / len(self._data)
        bar_width = max(slot * 0.7, 1.0)
        widest_label = max(metrics.horizontalAdvance(label) for label, _v in self._data)
        # Label every n-th bar when they would overlap, always keeping the last one.
        every = max(1, math.ceil((widest_label + GAP) / slot))
        show_values = all(
            metrics.horizontalAdvance(self.value_text(v)) <= slot for _label, v in self._data
        )
        last = len(self._data) - 1
        for n, (label, value) in enumerate(self._data):
            height = plot.height() * _share(value, largest)
            left = plot.left() + n * slot + (slot - bar_width) / 2
            bar = QRectF(left, plot.bottom() - height, bar_width, height)
            self._fill_bar(painter, bar, n)
            self._bars.append(
                (QRectF(plot.left() + n * slot, plot.top(), slot, plot.height()), self._tip(n))
            )
            painter.setPen(text_color)
            if show_values and value > 0:
                painter.drawText(
                    QRectF(plot.left() + n * slot, bar.top() - line, slot, line),
                    Qt.AlignmentFlag.AlignCenter,
                    self.value_text(value),
                )
            if (last - n) % every == 0:
                painter.drawText(
                    QRectF(
                        plot.left() + (n + 0.5) * slot - widest_label,
                        plot.bottom() + GAP,
                        2 * widest_label,
                        line,
                    ),
                    Qt.AlignmentFlag.AlignCenter,
                    label,
                )

    def _paint_horizontal(self, painter: QPainter, area: QRectF, text_color: QColor) -> None:
        metrics = QFontMetricsF(painter.font())
        line = metrics.height()
        largest = max(value for _label, value in self._data)
        label_width = min(
            max(metrics.horizontalAdvance(label) for label, _v in self._data),
            area.width() * 0.4,
        )
        value_width = max(metrics.horizontalAdvance(self.value_text(v)) for _l, v in self._data)
        plot = QRectF(
            area.left() + label_width + GAP,
            area.top(),
            area.width() - label_width - value_width - 2 * GAP,
            area.height(),
        )
        if plot.width() <= 0 or plot.height() <= 0:
            return
        # Rows no taller than two lines of text, so a short list does not turn into slabs.
        slot = min(plot.height() / len(self._data), 2 * line + GAP)
        bar_height = max(min(slot - GAP, line * 1.4), 1.0)
        painter.setPen(QPen(text_color, 1))
        painter.drawLine(
            QPointF(plot.left(), plot.top()),
            QPointF(plot.left(), plot.top() + slot * len(self._data)),
        )
        for n, (label, value) in enumerate(self._data):
            top = plot.top() + n * slot + (slot - bar_height) / 2
            length = plot.width() * _share(value, largest)
            bar = QRectF(plot.left(), top, length, bar_height)
            self._fill_bar(painter, bar, n)
            self._bars.append((QRectF(area.left(), top, area.width(), bar_height), self._tip(n)))
            painter.setPen(text_color)
            painter.drawText(
                QRectF(area.left(), top, label_width, bar_height),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_width),
            )
            painter.drawText(
                QRectF(bar.right() + GAP, top, value_width, bar_height),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                self.value_text(value),
            )

    def _fill_bar(self, painter: QPainter, bar: QRectF, n: int) -> None:
        """The bar, and its part (if any) in the lighter shade at its end: the top of a
        vertical bar, the right of a horizontal one."""
        painter.fillRect(bar, BAR_COLOR)
        value = self._data[n][1]
        if n >= len(self._parts) or self._parts[n] <= 0:
            return
        share = _share(self._parts[n], value)
        if self.horizontal:
            length = bar.width() * share
            painter.fillRect(
                QRectF(bar.right() - length, bar.top(), length, bar.height()), PART_COLOR
            )
        else:
            painter.fillRect(
                QRectF(bar.left(), bar.top(), bar.width(), bar.height() * share), PART_COLOR
            )

    def _paint_legend(self, painter: QPainter, area: QRectF, text_color: QColor) -> float:
        """A swatch and a name per shade, right-aligned on the top line; returns where
        that line ends."""
        assert self.legend is not None
        metrics = QFontMetricsF(painter.font())
        line = metrics.height()
        swatch = line * 0.7
        entries = list(zip((BAR_COLOR, PART_COLOR), self.legend, strict=True))
        widths = [swatch + GAP / 2 + metrics.horizontalAdvance(name) for _c, name in entries]
        x = max(area.left(), area.right() - sum(widths) - 2 * GAP * (len(entries) - 1))
        for (color, name), width in zip(entries, widths, strict=True):
            box = QRectF(x, area.top() + (line - swatch) / 2, swatch, swatch)
            painter.fillRect(box, color)
            painter.setPen(text_color)
            painter.drawText(
                QRectF(box.right() + GAP / 2, area.top(), width - swatch, line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                name,
            )
            x += width + 2 * GAP
        return area.top() + line

    def _tip(self, n: int) -> str:
        label, value = self._data[n]
        tip = f"{label}: {self.value_text(value)}"
        if self.legend is not None and n < len(self._parts) and self._parts[n] > 0:
            tip += f" ({self.legend[1].lower()} {self.value_text(self._parts[n])})"
        return tip
