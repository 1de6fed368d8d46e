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
from pos_app.ui.table_model import Column, RecordTableModel
from pos_app.ui.widgets import record_table

TOP_PRODUCTS = 10

DAILY_COLUMNS: list[Column[DailyTotal]] = [
    Column("Day", lambda d: d.day),
    Column("Sales", lambda d: d.sales, numeric=True),
    Column("Total", lambda d: d.total, numeric=True),
    # Net of tax, not "Net": in the history, Net is the total less refunds.
    Column("Net of tax", lambda d: d.net, numeric=True),
    Column("Tax", lambda d: d.tax or None, numeric=True),
    Column("Discounts", lambda d: d.discount or None, numeric=True),
    Column("Promotions", lambda d: d.promotion or None, numeric=True),
]
TOP_COLUMNS: list[Column[TopProduct]] = [
    Column("Product", lambda t: t.name),
    Column("Units", lambda t: t.quantity, numeric=True),
    Column("Revenue", lambda t: t.revenue, numeric=True),
]


def units_text(value: Decimal) -> str:
    return f"{value:,.0f}"


def day_label(day: date) -> str:
    return day.strftime("%d %b")


def period_summary(days: list[DailyTotal]) -> str:
    """What the period's days add up to, as the summary under the daily chart says it."""

    def added(part: Callable[[DailyTotal], Decimal]) -> str:
        return format_money(sum((part(d) for d in days), Decimal("0.00")))

    count = sum(d.sales for d in days)
    plural = "sale" if count == 1 else "sales"
    return (
        f"{count} {plural}, {added(lambda d: d.total)} in total: "
        f"{added(lambda d: d.net)} net of tax + {added(lambda d: d.tax)} tax\n"
        f"Taken off: {added(lambda d: d.discount)} in discounts, "
        f"{added(lambda d: d.promotion)} in promotions"
    )


class SalesReports(QWidget):
    """Daily totals and best sellers for the chosen dates (managers and admins)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.daily_chart = named(BarChart(legend=("Net of tax", "Tax")), "dailyChart")
        self.daily_chart.setAccessibleName("Sales per day, the tax in a lighter shade")
        self.summary = named(QLabel(), "dailySummary")
        self.summary.setWordWrap(True)
        self.daily_model: RecordTableModel[DailyTotal] = RecordTableModel(DAILY_COLUMNS, self)
        self.daily_table = record_table(self.daily_model, "dailyTable", stretch=0, fit=True)
        self.top_chart = named(
            BarChart(horizontal=True, value_text=units_text, empty_text="No products sold"),
            "topProductsChart",
        )
        self.top_chart.setAccessibleName("Best sellers by units")
        self.top_model: RecordTableModel[TopProduct] = RecordTableModel(TOP_COLUMNS, self)
        self.top_table = record_table(self.top_model, "topTable", stretch=0, fit=True)
        self.message = named(QLabel(), "reportsMessage")
        self.message.setProperty("class", "fieldError")
        self.message.setWordWrap(True)
        self.message.hide()

        # Only the dates apply here: the other filters narrow the history, not the store.
        daily = QVBoxLayout()
        daily.addWidget(QLabel("<b>Sales per day</b> (whole store)"))
        daily.addWidget(self.daily_chart, 2)
        daily.addWidget(self.summary)
        daily.addWidget(self.daily_table, 3)  # a week's rows fit at 1366 x 768
        top = QVBoxLayout()
        top.addWidget(QLabel(f"<b>Best sellers (units, top {TOP_PRODUCTS})</b>"))
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
