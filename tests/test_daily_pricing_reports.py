"""The daily totals of the Sales reports carry net, tax, discounts and promotions (issue 12):
summed per local day in one query on both databases, and shown in the Reports tab."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from backdating import backdate_sales
from conftest import People, QuickHasher, wait_idle
from helpers import new_product
from keyboard import cells
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot
from sqlalchemy import event
from ui_helpers import show_workspace

from pos_app.data.database import Database
from pos_app.domain.enums import PromotionKind
from pos_app.services import Services, build_services
from pos_app.services.records import CartLine, CheckoutRequest, DiscountRequest, Sale
from pos_app.ui import charts
from pos_app.ui.context import AppContext
from pos_app.ui.workspaces.sales import SalesWorkspace, local_zone

PARIS = ZoneInfo("Europe/Paris")
#: Clocks in Paris went from 02:00 to 03:00 on 30 March 2025: a day of 23 hours.
SHORT_DAY = date(2025, 3, 30)


def move(db: Database, sale: Sale, when: datetime) -> None:
    """Put a sale at another time: the only way to have history older than the test."""
    backdate_sales(db, {sale.id: when})


def priced_store(db: Database, services: Services, people: People) -> dict[str, Any]:
    """Bread sold before the store had taxes; then VAT at 20% in the prices, a lamp and a
    soap with a "3 for 5.00" promotion."""
    manager = people.manager
    bread = new_product(services, manager, "Bread", "2.25", 50, category="food")
    # Sold at another till: the one the test prices at next has kept no prices from before.
    other_till = build_services(db, hasher=QuickHasher())
    before_taxes = other_till.sales.checkout(
        manager, CheckoutRequest(str(uuid.uuid4()), (CartLine(bread.id, 1),))
    )
    vat = services.taxes.add_rate(manager, "VAT", "20")
    services.taxes.update_settings(manager, {"default_tax_rate_id": vat.id})
    lamp = new_product(services, manager, "Lamp", "10.00", 50)
    soap = new_product(services, manager, "Soap", "2.00", 50)
    now = datetime.now(PARIS)
    services.promotions.add(
        manager,
        name="3 for 5.00",
        kind=PromotionKind.MULTI_BUY,
        starts_at=now - timedelta(days=1),
        ends_at=now + timedelta(days=1),
        product_ids=(soap.id,),
        quantity=3,
        price="5.00",
    )
    return {"bread": bread, "lamp": lamp, "soap": soap, "before_taxes": before_taxes}


def sell_priced(services: Services, people: People, store: dict[str, Any]) -> Sale:
    """Lamp 10.00 less 10% = 9.00; three soaps 6.00, 5.00 with the promotion (1.00 off);
    0.50 off the cart: 13.50, of which VAT 13.50 x 20 / 120 = 2.25, net 11.25; discounts
    1.00 + 0.50 = 1.50."""
    request = CheckoutRequest(
        str(uuid.uuid4()),
        (
            CartLine(store["lamp"].id, 1, discount=DiscountRequest("Dent", percent=Decimal(10))),
            CartLine(store["soap"].id, 3),
        ),
        discount=DiscountRequest("Regular", amount=Decimal("0.50")),
    )
    return services.sales.checkout(people.manager, request)


def test_each_local_day_carries_its_net_tax_discounts_and_promotions_to_the_cent(
    db: Database, services: Services, people: People
) -> None:
    store = priced_store(db, services, people)
    priced = sell_priced(services, people, store)
    assert (priced.total, priced.tax, priced.discount, priced.promotion) == (
        Decimal("13.50"),
        Decimal("2.25"),
        Decimal("1.50"),
        Decimal("1.00"),
    )
    # Lamp alone at 10.00: VAT 10.00 x 20 / 120 = 1.6666... -> 1.67, net 8.33.
    plain = services.sales.checkout(
        people.manager, CheckoutRequest(str(uuid.uuid4()), (CartLine(store["lamp"].id, 1),))
    )
    # The last second of the 29th; the first of the short day; half past midnight on the
    # 31st, in summer time (22:30 UTC on the 30th: a day of fixed 24 hours would miss it).
    move(db, store["before_taxes"], datetime.combine(SHORT_DAY, time(0), PARIS) - timedelta(0, 1))
    move(db, priced, datetime.combine(SHORT_DAY, time(0), PARIS))
    move(db, plain, datetime.combine(SHORT_DAY + timedelta(1), time(0, 30), PARIS))

    days = services.sales.daily_totals(
        people.manager, SHORT_DAY - timedelta(1), SHORT_DAY + timedelta(2), PARIS
    )

    cents = [(d.day.day, d.sales, d.total, d.net, d.tax, d.discount, d.promotion) for d in days]
    zero = Decimal("0.00")
    assert cents == [
        (29, 1, Decimal("2.25"), Decimal("2.25"), zero, zero, zero),  # as before taxes
        (
            30,
            1,
            Decimal("13.50"),
            Decimal("11.25"),
            Decimal("2.25"),
            Decimal("1.50"),
            Decimal("1.00"),
        ),
        (31, 1, Decimal("10.00"), Decimal("8.33"), Decimal("1.67"), zero, zero),
        (1, 0, zero, zero, zero, zero, zero),
    ]
    for day in days:
        assert day.net + day.tax == day.total
    assert sum(d.total for d in days) == store["before_taxes"].total + priced.total + plain.total


def test_a_year_of_days_is_one_query(db: Database, services: Services, people: People) -> None:
    store = priced_store(db, services, people)
    sell_priced(services, people, store)
    statements: list[str] = []

    def seen(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    today = datetime.now(PARIS).date()
    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        days = services.sales.daily_totals(
            people.manager, today - timedelta(days=365), today, PARIS
        )
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)
    assert len(days) == 366
    assert days[-1].sales == 2 and days[-1].net + days[-1].tax == days[-1].total
    assert sum(" sales" in s.lower() for s in statements) == 1


def part_pixels(chart: charts.BarChart) -> int:
    image = QImage(chart.size(), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    chart.render(image)
    part = charts.PART_COLOR.rgb()
    return sum(
        image.pixel(x, y) == part for y in range(image.height()) for x in range(image.width())
    )


@pytest.mark.sqlite_only
def test_the_reports_tab_shows_net_tax_discounts_and_promotions_per_day(
    qtbot: QtBot, ui_ctx: AppContext, db: Database, services: Services, people: People
) -> None:
    store = priced_store(db, services, people)
    today = datetime.now(local_zone()).date()
    yesterday = today - timedelta(days=1)
    move(db, store["before_taxes"], datetime.combine(yesterday, time(12), local_zone()))
    sell_priced(services, people, store)

    # What is left of a 1366 x 768 screen beside the sidebar, under the menu and status bar.
    workspace = show_workspace(qtbot, SalesWorkspace(ui_ctx, people.manager), 1186, 720)
    reports = workspace.reports
    assert reports is not None
    tab_bar = workspace.tabs.tabBar()
    qtbot.mouseClick(tab_bar, Qt.MouseButton.LeftButton, pos=tab_bar.tabRect(1).center())
    wait_idle(qtbot, ui_ctx)
    assert reports.isVisible()

    table = reports.daily_table
    model = table.model()
    headers = [
        str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())
    ]
    assert headers == ["Day", "Sales", "Total", "Net of tax", "Tax", "Discounts", "Promotions"]
    rows = {row[0]: row[1:] for row in cells(table)}
    assert rows[today.isoformat()] == ["1", "13.50", "11.25", "2.25", "1.50", "1.00"]
    assert rows[yesterday.isoformat()] == ["1", "2.25", "2.25", "", "", ""]
    # Every cell reads whole, without scrolling sideways, and a week's rows all show.
    metrics = table.fontMetrics()
    for c, header in enumerate(headers):
        right = table.columnViewportPosition(c) + table.columnWidth(c)
        assert right <= table.viewport().width(), header
        widest = max(metrics.horizontalAdvance(row[c]) for row in cells(table))
        assert table.columnWidth(c) > widest, header
    last_row = model.rowCount() - 1
    assert table.rowViewportPosition(last_row) + table.rowHeight(last_row) <= (
        table.viewport().height()
    )
    assert table.indexAt(QPoint(1, table.rowViewportPosition(last_row) + 1)).row() == last_row

    assert reports.summary.isVisible()
    assert reports.summary.text() == (
        "2 sales, 15.75 in total: 13.50 net of tax + 2.25 tax\n"
        "Taken off: 1.50 in discounts, 1.00 in promotions"
    )
    # The chart draws each day's tax in the lighter shade, and says so.
    assert reports.daily_chart.parts()[-2:] == [Decimal("0.00"), Decimal("2.25")]
    assert "13.50 (tax 2.25)" in reports.daily_chart.accessibleDescription()
    assert part_pixels(reports.daily_chart) > 50
