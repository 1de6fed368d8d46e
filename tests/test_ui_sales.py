"""The Sales workspace through its real widgets, over a real SQLite database."""

from __future__ import annotations

import csv
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from backdating import backdate_sales
from conftest import People, wait_idle
from helpers import buy, cart, new_customer, new_product
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from ui_helpers import show_workspace, type_filter

from pos_app.data.database import Database
from pos_app.domain.enums import PaymentMethod
from pos_app.domain.errors import PermissionDeniedError
from pos_app.services import Services
from pos_app.services.records import Actor, Page, Sale
from pos_app.ui import charts
from pos_app.ui.charts import BarChart
from pos_app.ui.context import AppContext
from pos_app.ui.csv_export import write_paged_csv
from pos_app.ui.sales.sales_filter import local_zone
from pos_app.ui.widgets import local_midnight, to_qdate
from pos_app.ui.workspaces import sales as sales_module
from pos_app.ui.workspaces.sales import SalesWorkspace

pytestmark = pytest.mark.sqlite_only

TODAY = date.today()


def backdate(db: Database, sale: Sale, day: date, hour: int = 12) -> None:
    """Move a sale to another day: the only way to have history older than this test."""
    backdate_sales(db, {sale.id: datetime.combine(day, time(hour)).astimezone()})


def open_sales(qtbot: QtBot, ctx: AppContext, actor: Actor) -> SalesWorkspace:
    return show_workspace(qtbot, SalesWorkspace(ctx, actor), 1100, 750)


def set_dates(
    qtbot: QtBot, ctx: AppContext, workspace: SalesWorkspace, first: date, last: date
) -> None:
    workspace.first_date.setDate(to_qdate(first))
    workspace.last_date.setDate(to_qdate(last))
    qtbot.mouseClick(workspace.apply_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)


def uuids(workspace: SalesWorkspace) -> list[str]:
    return [sale.uuid for sale in workspace.model.rows()]


@pytest.fixture
def shop(services: Services, people: People, db: Database) -> dict[str, Any]:
    """Two customers, two products and four sales spread over three days."""
    apples = new_product(services, people.manager, "Apples", "1.50", 100, "111", "food")
    bread = new_product(services, people.manager, "Bread", "2.25", 100, "222", "food")
    ann = new_customer(services, people.cashier, "ann", "100.00")
    ben = new_customer(services, people.cashier, "ben", "100.00")
    old = buy(services, people.cashier, ann.id, apples.id, 4)
    backdate(db, old, TODAY - timedelta(days=2))
    middle = services.sales.checkout(people.manager, cart((bread.id, 2)))  # walk-in, cash
    backdate(db, middle, TODAY - timedelta(days=1))
    split = services.sales.checkout(
        people.cashier,
        cart(
            (apples.id, 2),
            (bread.id, 1),
            customer_id=ben.id,
            wallet_amount=Decimal("1.00"),
            cash_tendered=Decimal("10.00"),
        ),
    )
    backdate(db, split, TODAY, hour=0)
    newest = buy(services, people.cashier, ann.id, bread.id, 1)
    return dict(
        apples=apples,
        bread=bread,
        ann=ann,
        ben=ben,
        old=old,
        middle=middle,
        split=split,
        newest=newest,
    )


def test_history_lists_sales_newest_first(
    qtbot: QtBot, qtmodeltester: Any, ui_ctx: AppContext, people: People, shop: dict[str, Any]
) -> None:
    workspace = open_sales(qtbot, ui_ctx, people.manager)
    expected = [shop[k].uuid for k in ("newest", "split", "middle", "old")]
    assert uuids(workspace) == expected
    assert workspace.count.text() == "4 sales match the filters"
    model = workspace.model
    cells = [model.data(model.index(1, c)) for c in range(model.columnCount())]
    assert cells[1:] == [
        str(shop["split"].id),
        "ben",
        "cashier1",
        "Test counter",
        "3",
        "5.25",
        "",  # nothing refunded
        "5.25",
        "split",
        "",  # no tax: the store has no rates
        "",  # no discounts
    ]
    assert model.data(model.index(2, 2)) == "walk-in"
    assert model.data(model.index(2, 9)) == "cash"
    assert model.data(model.index(3, 9)) == "wallet"
    qtmodeltester.check(model)


def test_customer_filter_narrows_and_an_unknown_customer_changes_nothing(
    qtbot: QtBot, ui_ctx: AppContext, services: Services, people: People, shop: dict[str, Any]
) -> None:
    workspace = open_sales(qtbot, ui_ctx, people.manager)
    type_filter(qtbot, ui_ctx, workspace.customer, "ann")
    in_database = services.sales.history(people.manager, customer_id=shop["ann"].id)
    assert uuids(workspace) == [s.uuid for s in in_database.items]
    assert uuids(workspace) == [shop["newest"].uuid, shop["old"].uuid]

    type_filter(qtbot, ui_ctx, workspace.customer, "nobody")
    error = workspace.findChild(QLabel, "customerError")
    assert error is workspace._filter_errors["customer"]
    assert error.isVisible()
    assert error.text() == "Customer 'nobody' not found"
    assert workspace.filter.customer_id == shop["ann"].id
    assert uuids(workspace) == [shop["newest"].uuid, shop["old"].uuid]

    qtbot.mouseClick(workspace.clear_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ui_ctx)
    assert not error.isVisible()
    assert len(uuids(workspace)) == 4


def test_cashier_and_product_filters_narrow_the_rows(
    qtbot: QtBot, ui_ctx: AppContext, people: People, shop: dict[str, Any]
) -> None:
    workspace = open_sales(qtbot, ui_ctx, people.manager)
    names = [workspace.cashier.itemText(i) for i in range(workspace.cashier.count())]
    assert names == ["Everyone", "cashier1", "manager1"]
    workspace.cashier.setCurrentIndex(names.index("manager1"))
    qtbot.mouseClick(workspace.apply_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ui_ctx)
    assert uuids(workspace) == [shop["middle"].uuid]

    workspace.cashier.setCurrentIndex(0)
    type_filter(qtbot, ui_ctx, workspace.barcode, "111")
    assert uuids(workspace) == [shop["split"].uuid, shop["old"].uuid]
    type_filter(qtbot, ui_ctx, workspace.barcode, "999")
    assert workspace._filter_errors["barcode"].text() == "No product has barcode 999"
    assert uuids(workspace) == [shop["split"].uuid, shop["old"].uuid]


def test_the_date_range_narrows_the_rows(
    qtbot: QtBot, ui_ctx: AppContext, services: Services, people: People, shop: dict[str, Any]
) -> None:
    workspace = open_sales(qtbot, ui_ctx, people.manager)
    first = last = TODAY - timedelta(days=1)
    set_dates(qtbot, ui_ctx, workspace, first, last)
    assert workspace.filter.since == local_midnight(first)
    assert workspace.filter.until == local_midnight(TODAY)
    assert workspace.filter.since.tzinfo is not None
    assert uuids(workspace) == [shop["middle"].uuid]

    set_dates(qtbot, ui_ctx, workspace, TODAY - timedelta(days=2), TODAY - timedelta(days=1))
    assert uuids(workspace) == [shop["middle"].uuid, shop["old"].uuid]
    set_dates(qtbot, ui_ctx, workspace, TODAY - timedelta(days=30), TODAY - timedelta(days=3))
    assert uuids(workspace) == []
    assert workspace.count.text() == "0 sales match the filters"

    # Moving the first day past the last drags the last along: the period stays valid.
    workspace.first_date.setDate(to_qdate(TODAY))
    assert workspace.last_date.date() == workspace.first_date.date()
    qtbot.waitUntil(lambda: workspace.filter.first == TODAY, timeout=5_000)
    wait_idle(qtbot, ui_ctx)
    today = services.sales.history(
        people.manager, since=local_midnight(TODAY), until=local_midnight(TODAY + timedelta(1))
    )
    assert uuids(workspace) == [s.uuid for s in today.items]


def test_selecting_a_sale_shows_its_lines_and_payments(
    qtbot: QtBot, qtmodeltester: Any, ui_ctx: AppContext, people: People, shop: dict[str, Any]
) -> None:
    workspace = open_sales(qtbot, ui_ctx, people.manager)
    assert workspace.lines_model.rowCount() == 0
    assert "Select a sale" in workspace.detail.text()
    row = uuids(workspace).index(shop["split"].uuid)
    workspace.table.setFocus()
    workspace.table.selectRow(row)

    lines = workspace.lines_model
    assert [[lines.data(lines.index(r, c)) for c in range(4)] for r in range(2)] == [
        ["Apples", "2", "1.50", "3.00"],
        ["Bread", "1", "2.25", "2.25"],
    ]
    payments = workspace.payments_model
    assert [[payments.data(payments.index(r, c)) for c in range(4)] for r in range(2)] == [
        ["wallet", "1.00", "", ""],
        ["cash", "4.25", "10.00", "5.75"],
    ]
    assert workspace.wallet_after.text() == "Wallet balance after: 99.00"
    assert f"Sale {shop['split'].id}" in workspace.detail.text()

    qtbot.keyClick(workspace.table, Qt.Key.Key_Down)  # the next, older sale: walk-in cash
    assert [p.method for p in payments.rows()] == [PaymentMethod.CASH]
    assert workspace.wallet_after.text() == ""
    for model in (lines, payments):
        qtmodeltester.check(model)


def test_daily_totals_and_best_sellers_match_the_database(
    qtbot: QtBot,
    qtmodeltester: Any,
    ui_ctx: AppContext,
    services: Services,
    people: People,
    shop: dict[str, Any],
) -> None:
    workspace = open_sales(qtbot, ui_ctx, people.manager)
    reports = workspace.reports
    assert reports is not None
    assert workspace.tabs.count() == 3  # History, Reports, Shifts (Z report)

    first = TODAY - timedelta(days=6)
    sales = services.sales.history(people.manager, since=local_midnight(first)).items
    total = sum((s.total for s in sales), Decimal("0.00"))
    assert reports.summary.text().startswith(f"4 sales, {total:,.2f} in total: ")
    days = reports.daily_model.rows()
    assert [d.day for d in days] == [first + timedelta(n) for n in range(7)]
    assert days == services.sales.daily_totals(people.manager, first, TODAY, local_zone())
    by_day = {d.day: d.total for d in days}
    assert by_day[TODAY] == shop["split"].total + shop["newest"].total
    assert by_day[TODAY - timedelta(days=2)] == Decimal("6.00")

    chart = reports.daily_chart.data()
    assert [value for _label, value in chart] == [d.total for d in days]
    assert chart[-1][0] == TODAY.strftime("%d %b")
    assert reports.top_chart.data() == [("Apples", Decimal(6)), ("Bread", Decimal(4))]
    assert [(t.name, t.revenue) for t in reports.top_model.rows()] == [
        ("Apples", Decimal("9.00")),
        ("Bread", Decimal("9.00")),
    ]

    # The reports follow the dates; they are for the whole store, whatever the customer.
    set_dates(qtbot, ui_ctx, workspace, TODAY - timedelta(days=1), TODAY - timedelta(days=1))
    assert reports.summary.text().startswith("1 sale, 4.50 in total: 4.50 net of tax + ")
    assert reports.daily_chart.data() == [
        ((TODAY - timedelta(days=1)).strftime("%d %b"), Decimal("4.50"))
    ]
    assert reports.top_chart.data() == [("Bread", Decimal(2))]
    for model in (reports.daily_model, reports.top_model):
        qtmodeltester.check(model)


def test_export_writes_the_filtered_rows(
    qtbot: QtBot,
    ui_ctx: AppContext,
    services: Services,
    people: People,
    shop: dict[str, Any],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sales_module, "EXPORT_PAGE", 1)  # prove it pages through them all
    workspace = open_sales(qtbot, ui_ctx, people.manager)
    type_filter(qtbot, ui_ctx, workspace.customer, "ben")
    type_filter(qtbot, ui_ctx, workspace.customer, "")  # cleared: every customer again
    type_filter(qtbot, ui_ctx, workspace.barcode, "222")
    path = tmp_path / "sales.csv"
    workspace.export_csv(str(path))
    wait_idle(qtbot, ui_ctx)

    with path.open(newline="", encoding="utf-8") as source:
        rows = list(csv.DictReader(source))
    expected = services.sales.history(people.manager, product_id=shop["bread"].id).items
    assert [r["sale_uuid"] for r in rows] == [s.uuid for s in expected]
    assert len(rows) == 3
    split = next(r for r in rows if r["sale_uuid"] == shop["split"].uuid)
    assert split["total"] == "5.25"
    assert (split["wallet"], split["cash"], split["paid_by"]) == ("1.00", "4.25", "split")
    assert split["customer"] == "ben"
    assert next(r for r in rows if r["customer"] == "walk-in")["total"] == "4.50"
    assert workspace.message.text() == f"Exported 3 sales to {path}"
    assert not (tmp_path / "sales.csv.part").exists()


def test_export_keeps_typed_text_from_running_as_a_formula(
    qtbot: QtBot,
    ui_ctx: AppContext,
    services: Services,
    people: People,
    tmp_path: Path,
) -> None:
    """Names and the counter are typed by people: a spreadsheet must not run them. Amounts
    are numbers and stay as they are."""
    mug = new_product(services, people.manager, "Mug", "3.00", 10, "333", "food")
    eve = new_customer(services, people.cashier, "-eve", "10.00")
    services.sales.checkout(
        people.cashier, replace(cart((mug.id, 1), customer_id=eve.id), counter="=1+1")
    )
    workspace = open_sales(qtbot, ui_ctx, people.manager)
    path = tmp_path / "sales.csv"
    workspace.export_csv(str(path))
    wait_idle(qtbot, ui_ctx)

    with path.open(newline="", encoding="utf-8") as source:
        [row] = list(csv.DictReader(source))
    assert (row["customer"], row["cashier"], row["counter"]) == ("'-eve", "cashier1", "'=1+1")
    assert (row["total"], row["wallet"]) == ("3.00", "3.00")


@dataclass(frozen=True)
class Row:
    id: int


def test_the_paged_writer_writes_each_row_once_and_a_failure_leaves_no_file(
    tmp_path: Path,
) -> None:
    """A row added while paging pushes the one before it onto the next page; a refusal
    halfway leaves neither the file nor its .part behind."""
    pages = {0: (Row(5), Row(4)), 2: (Row(4), Row(3)), 4: ()}  # 4 comes twice
    path = tmp_path / "rows.csv"
    count = write_paged_csv(
        str(path),
        ["id"],
        lambda offset, limit: Page(pages[offset], 5, offset, limit),
        lambda row: [row.id],
        page_size=2,
    )
    assert count == 3
    assert path.read_text(encoding="utf-8").split() == ["id", "5", "4", "3"]

    def refused(offset: int, limit: int) -> Page[Row]:
        if offset:
            raise PermissionDeniedError("Not allowed")
        return Page((Row(2), Row(1)), 5, offset, limit)

    with pytest.raises(PermissionDeniedError):
        write_paged_csv(str(tmp_path / "no.csv"), ["id"], refused, lambda r: [r.id], page_size=2)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rows.csv"]


def test_export_to_a_folder_that_does_not_exist_says_so(
    qtbot: QtBot, ui_ctx: AppContext, people: People, shop: dict[str, Any], tmp_path: Path
) -> None:
    workspace = open_sales(qtbot, ui_ctx, people.manager)
    workspace.export_csv(str(tmp_path / "missing" / "sales.csv"))
    wait_idle(qtbot, ui_ctx)
    assert workspace.message.text().startswith("Could not write")
    assert workspace.export_button.isEnabled()


def test_a_cashier_sees_the_history_but_no_reports(
    qtbot: QtBot, ui_ctx: AppContext, people: People, shop: dict[str, Any]
) -> None:
    workspace = open_sales(qtbot, ui_ctx, people.cashier)
    assert workspace.reports is None
    assert workspace.tabs.count() == 1
    assert not workspace.cashier.isVisibleTo(workspace)
    assert len(uuids(workspace)) == 4  # every sale of the store, the manager's too
    assert workspace.message.text() == ""  # no refused report call behind the scenes
    type_filter(qtbot, ui_ctx, workspace.customer, "ben")
    assert uuids(workspace) == [shop["split"].uuid]


def test_keyboard_refresh_export_and_focus(
    qtbot: QtBot, ui_ctx: AppContext, services: Services, people: People, shop: dict[str, Any]
) -> None:
    workspace = open_sales(qtbot, ui_ctx, people.manager)
    workspace.activateWindow()
    qtbot.waitUntil(workspace.isActiveWindow)
    fresh = buy(services, people.cashier, shop["ben"].id, shop["apples"].id)
    qtbot.keyClick(workspace, Qt.Key.Key_F5)
    wait_idle(qtbot, ui_ctx)
    assert uuids(workspace)[0] == fresh.uuid

    qtbot.keyClick(workspace, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert workspace.customer.hasFocus()
    qtbot.keyClick(
        workspace,
        Qt.Key.Key_E,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = workspace._export_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    dialog.reject()
    assert "F5" in workspace.refresh_button.toolTip()
    assert "Ctrl+Shift+E" in workspace.export_button.toolTip()


def painted_pixels(chart: BarChart, ratio: float = 1.0) -> tuple[int, int]:
    """(pixels that differ from the background, pixels in the bar colour)."""
    size = chart.size() * ratio
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(ratio)
    background = QColor("white")
    image.fill(background)
    chart.render(image)
    drawn = bars = 0
    bar = charts.BAR_COLOR.rgb()
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            pixel = image.pixel(x, y)
            drawn += pixel != background.rgb()
            bars += pixel == bar
    return drawn, bars


@pytest.mark.parametrize("horizontal", [False, True])
def test_bar_chart_draws_bars_labels_and_an_empty_state(qtbot: QtBot, horizontal: bool) -> None:
    chart = BarChart(horizontal=horizontal)
    qtbot.addWidget(chart)
    chart.resize(420, 260)
    chart.set_data([("Mon", Decimal("12.50")), ("Tue", Decimal("0.00")), ("Wed", Decimal("3"))])
    drawn, bars = painted_pixels(chart)
    assert bars > 100
    assert drawn > bars  # labels and values besides the bars
    _drawn, sharp_bars = painted_pixels(chart, ratio=2.0)
    assert sharp_bars > 3 * bars  # a high-DPI image gets about four times the pixels

    chart.set_data([])
    drawn, bars = painted_pixels(chart)
    assert bars == 0
    assert drawn > 0  # "No sales in this period"
    chart.set_data([("Mon", Decimal("0.00"))])
    assert chart.is_empty()
