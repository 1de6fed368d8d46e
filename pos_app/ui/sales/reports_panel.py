"""The Reports tab of Sales: daily totals and best sellers as bar charts and tables."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from pos_app.domain.money import format_money
from pos_app.services.records import DailyTotal, TopProduct
from pos_app.ui.charts import BarChart
from pos_app.ui.forms import named
from pos_app.ui.i18n import QT_TRANSLATE_NOOP, short_day, translate
from pos_app.ui.table_model import Column, RecordTableModel
from pos_app.ui.widgets import record_table

TOP_PRODUCTS = 10

DAILY_COLUMNS: list[Column[DailyTotal]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Day"), lambda d: d.day),
    Column(QT_TRANSLATE_NOOP("Columns", "Sales"), lambda d: d.sales, numeric=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Total"), lambda d: d.total, numeric=True),
    # Net of tax, not "Net": in the history, Net is the total less refunds.
    Column(QT_TRANSLATE_NOOP("Columns", "Net of tax"), lambda d: d.net, numeric=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Tax"), lambda d: d.tax or None, numeric=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Discounts"), lambda d: d.discount or None, numeric=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Promotions"), lambda d: d.promotion or None, numeric=True),
]
TOP_COLUMNS: list[Column[TopProduct]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Product"), lambda t: t.name),
    Column(QT_TRANSLATE_NOOP("Columns", "Units"), lambda t: t.quantity, numeric=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Revenue"), lambda t: t.revenue, numeric=True),
]


def units_text(value: Decimal) -> str:
    return f"{value:,.0f}"


def day_label(day: date) -> str:
    return short_day(day)


def period_summary(days: list[DailyTotal]) -> str:
    """What the period's days add up to, as the summary under the daily chart says it."""

    def added(part: Callable[[DailyTotal], Decimal]) -> str:
        return format_money(sum((part(d) for d in days), Decimal("0.00")))

    count = sum(d.sales for d in days)
    sales = (
        translate("SalesReports", "1 sale")
        if count == 1
        else translate("SalesReports", "{0} sales").format(count)
    )
    text = translate(
        "SalesReports",
        "{0}, {1} in total: {2} net of tax + {3} tax\n"
        "Taken off: {4} in discounts, {5} in promotions",
    )
    return text.format(
        sales,
        added(lambda d: d.total),
        added(lambda d: d.net),
        added(lambda d: d.tax),
        added(lambda d: d.discount),
        added(lambda d: d.promotion),
    )


class SalesReports(QWidget):
    """Daily totals and best sellers for the chosen dates (managers and admins)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.daily_chart = named(
            BarChart(legend=(self.tr("Net of tax"), self.tr("Tax"))), "dailyChart"
        )
        self.daily_chart.setAccessibleName(self.tr("Sales per day, the tax in a lighter shade"))
        self.summary = named(QLabel(), "dailySummary")
        self.summary.setWordWrap(True)
        self.daily_model: RecordTableModel[DailyTotal] = RecordTableModel(DAILY_COLUMNS, self)
        # Every column as wide as its contents, the last taking what is left: a stretched
        # Day column was squeezed to "2026-11…" (the full-day trial, every row).
        self.daily_table = record_table(self.daily_model, "dailyTable", fit=True)
        self.top_chart = named(
            BarChart(
                horizontal=True, value_text=units_text, empty_text=self.tr("No products sold")
            ),
            "topProductsChart",
        )
        self.top_chart.setAccessibleName(self.tr("Best sellers by units"))
        self.top_model: RecordTableModel[TopProduct] = RecordTableModel(TOP_COLUMNS, self)
        self.top_table = record_table(self.top_model, "topTable", stretch=0, fit=True)
        self.message = named(QLabel(), "reportsMessage")
        self.message.setProperty("class", "fieldError")
        self.message.setWordWrap(True)
        self.message.hide()

        # Only the dates apply here: the other filters narrow the history, not the store.
        daily = QVBoxLayout()
        daily.addWidget(QLabel(self.tr("<b>Sales per day</b> (whole store)")))
        daily.addWidget(self.daily_chart, 2)
        daily.addWidget(self.summary)
        daily.addWidget(self.daily_table, 3)  # a week's rows fit at 1366 x 768
        top = QVBoxLayout()
        top.addWidget(QLabel(self.tr("<b>Best sellers (units, top {0})</b>").format(TOP_PRODUCTS)))
        top.addWidget(self.top_chart, 3)
        top.addWidget(self.top_table, 2)
        columns = QHBoxLayout()
        # The daily table has seven columns, the best sellers three: its dates need room.
        columns.addLayout(daily, 3)
        columns.addLayout(top, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.message)

    def show_daily(self, days: list[DailyTotal]) -> None:
        self.message.hide()
        self.daily_model.set_rows(days)
        self.daily_chart.set_data(
            [(day_label(d.day), d.total) for d in days], [d.tax for d in days]
        )
        self.summary.setText(period_summary(days))

    def show_top(self, products: list[TopProduct]) -> None:
        self.top_model.set_rows(products)
        self.top_chart.set_data([(p.name, Decimal(p.quantity)) for p in products])
