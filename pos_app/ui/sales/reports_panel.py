"""The Reports tab of Sales: daily totals and best sellers as bar charts and tables."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

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


class SalesReports(QWidget):
    """Daily totals and best sellers for the chosen dates (managers and admins)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.daily_chart = named(BarChart(), "dailyChart")
        self.daily_chart.setAccessibleName("Sales per day")
        self.summary = named(QLabel(), "dailySummary")
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

        grid = QGridLayout(self)
        # Only the dates apply here: the other filters narrow the history, not the store.
        grid.addWidget(QLabel("<b>Sales per day</b> (whole store)"), 0, 0)
        grid.addWidget(QLabel(f"<b>Best sellers (units, top {TOP_PRODUCTS})</b>"), 0, 1)
        grid.addWidget(self.daily_chart, 1, 0)
        grid.addWidget(self.top_chart, 1, 1)
        grid.addWidget(self.summary, 2, 0)
        grid.addWidget(self.daily_table, 3, 0)
        grid.addWidget(self.top_table, 2, 1, 2, 1)
        grid.addWidget(self.message, 4, 0, 1, 2)
        grid.setRowStretch(1, 3)
        grid.setRowStretch(3, 2)

    def show_daily(self, days: list[DailyTotal]) -> None:
        self.message.hide()
        self.daily_model.set_rows(days)
        self.daily_chart.set_data([(day_label(d.day), d.total) for d in days])
        count = sum(d.sales for d in days)
        total = sum((d.total for d in days), Decimal("0.00"))
        plural = "sale" if count == 1 else "sales"
        self.summary.setText(f"{count} {plural}, {format_money(total)} in total")

    def show_top(self, products: list[TopProduct]) -> None:
        self.top_model.set_rows(products)
        self.top_chart.set_data([(p.name, Decimal(p.quantity)) for p in products])
