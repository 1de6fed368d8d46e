"""A sale recorded offline keeps its counter number after the sync (issue 15: "stays
final after sync"): the server's sale reads it back from ``offline_sales``, so the Sales
history shows it and a receipt reprinted there is headed by it, as the offline receipt
was; and the server keeps both clocks, the counter's at the sale and its own at the
sync. Services on SQLite and PostgreSQL; the reprint by keyboard on the real main window.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import People
from helpers import new_product
from keyboard import (
    CTRL,
    cells,
    enter,
    focus_is_in,
    focused,
    go_to,
    open_counter,
    press,
    seen_words,
    type_text,
    wait_for_dialog,
    wait_no_dialog,
)
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pos_app.data.counter_file import CounterFile
from pos_app.data.database import Database
from pos_app.data.models import Sale as SaleRow
from pos_app.data.offline_models import OfflineSale
from pos_app.data.transaction import Transaction
from pos_app.domain.errors import ValidationError
from pos_app.services import Services
from pos_app.services.offline import OfflineSalesService
from pos_app.services.records import CartLine, CheckoutRequest, Sale
from pos_app.ui.context import AppContext


def sold_offline_and_synced(
    db: Database, people: People, product_id: int, folder: Path, times: int = 1
) -> list[str]:
    """``times`` cash sales of one unit recorded offline at counter T1, then synced: the
    UUIDs, oldest first."""
    till = OfflineSalesService(db, CounterFile(folder / "T1.sqlite"))
    assert till.refresh_catalogue().complete
    uuids = []
    for _ in range(times):
        request = CheckoutRequest(
            sale_uuid=str(uuid.uuid4()),
            lines=(CartLine(product_id, 1, Decimal("4.50")),),
            counter="T1",
            cash_tendered=Decimal("5"),
        )
        uuids.append(till.sell(people.cashier, request).sale_uuid)
    report = till.sync_once()
    assert (report.sent, report.waiting) == (times, 0)
    return uuids


def synced(services: Services, people: People, sale_uuid: str) -> Sale:
    found = services.sales.find_sale(people.manager, sale_uuid)
    assert found is not None
    return found


def test_a_synced_offline_sale_reads_back_with_its_counter_number(
    db: Database, services: Services, people: People, tmp_path: Path
) -> None:
    mug = new_product(services, people.manager, "Blue Mug", "4.50", 10, "1002")
    online = services.sales.checkout(
        people.cashier, CheckoutRequest(str(uuid.uuid4()), (CartLine(mug.id, 1),), counter="T1")
    )
    first, second = sold_offline_and_synced(db, people, mug.id, tmp_path, times=2)

    sale, earlier = synced(services, people, second), synced(services, people, first)
    assert (sale.counter_number, earlier.counter_number) == ("T1-000002", "T1-000001")
    assert services.sales.get(people.manager, sale.id).counter_number == "T1-000002"
    assert services.sales.get(people.manager, online.id).counter_number is None
    page = services.sales.history(people.manager)
    assert [(s.id, s.counter_number) for s in page.items] == [
        (sale.id, "T1-000002"),
        (earlier.id, "T1-000001"),
        (online.id, None),
    ]


def test_a_synced_offline_sale_is_found_by_its_counter_number(
    db: Database, services: Services, people: People, tmp_path: Path
) -> None:
    """As a return looks up the sale a receipt names: "T1-000001" is that sale."""
    mug = new_product(services, people.manager, "Blue Mug", "4.50", 10, "1002")
    (sale_uuid,) = sold_offline_and_synced(db, people, mug.id, tmp_path)
    sale = synced(services, people, sale_uuid)
    for typed in ("T1-000001", " t1-000001 "):
        found = services.sales.find_sale(people.cashier, typed)
        assert found is not None and (found.id, found.counter_number) == (sale.id, "T1-000001")
    assert services.sales.find_sale(people.cashier, "T1-000002") is None
    # A UUID whose last group is all digits is still a UUID.
    assert services.sales.find_sale(people.cashier, "00000000-0000-4000-8000-000000000001") is None
    with pytest.raises(ValidationError, match="Not a sale number"):
        services.sales.find_sale(people.cashier, "T1 000001")


def test_the_server_keeps_the_counters_clock_and_its_own_receive_time(
    db: Database, services: Services, people: People, tmp_path: Path
) -> None:
    mug = new_product(services, people.manager, "Blue Mug", "4.50", 10, "1002")
    till = OfflineSalesService(db, CounterFile(tmp_path / "T1.sqlite"))
    assert till.refresh_catalogue().complete
    request = CheckoutRequest(
        str(uuid.uuid4()), (CartLine(mug.id, 1, Decimal("4.50")),), counter="T1"
    )
    sold = till.sell(people.cashier, request)
    before_sync = datetime.now(UTC)
    assert till.sync_once().sent == 1

    def clocks(tx: Transaction) -> tuple[datetime, datetime, datetime]:
        row = tx.session.execute(
            select(SaleRow.created_at, OfflineSale.counter_created_at, OfflineSale.received_at)
            .join(OfflineSale, OfflineSale.sale_id == SaleRow.id)
            .where(SaleRow.uuid == sold.sale_uuid)
        ).one()
        return row[0], row[1], row[2]

    created, counter_clock, received = db.read(clocks)
    assert created == counter_clock == sold.created_at  # the sale is dated when it was made
    assert sold.created_at <= before_sync <= received  # and received at the sync


@pytest.mark.sqlite_only  # the screens read what the services give, on either database
def test_a_reprint_from_sales_history_keeps_the_counter_number_and_a_return_finds_it(
    qtbot: QtBot,
    ui_ctx: AppContext,
    db: Database,
    services: Services,
    people: People,
    tmp_path: Path,
) -> None:
    mug = new_product(services, people.manager, "Blue Mug", "4.50", 10, "1002")
    online = services.sales.checkout(
        people.cashier, CheckoutRequest(str(uuid.uuid4()), (CartLine(mug.id, 1),), counter="T1")
    )
    (sale_uuid,) = sold_offline_and_synced(db, people, mug.id, tmp_path)
    sale_id = synced(services, people, sale_uuid).id

    window = open_counter(qtbot, ui_ctx, people.manager)
    go_to(qtbot, ui_ctx, window, "Sales")
    for _ in range(30):  # Tab from the toolbar through the filters to the list
        if focused().objectName() == "salesTable":
            break
        press(qtbot, Qt.Key.Key_Tab)
    table = focus_is_in(qtbot, window, "salesTable")
    assert [row[1] for row in cells(table)] == [f"{sale_id} (T1-000001)", str(online.id)]

    press(qtbot, Qt.Key.Key_Home, CTRL)  # the newest: the one recorded offline
    qtbot.waitUntil(lambda: f"Sale {sale_id} (T1-000001)" in seen_words(window))
    press(qtbot, Qt.Key.Key_P, CTRL)
    dialog = wait_for_dialog(qtbot, f"Receipt of sale {sale_id}")
    words = seen_words(dialog)
    assert f"No. T1-000001 · sale {sale_id} ·" in words
    assert "Blue Mug" in words and "Cash tendered" in words
    press(qtbot, Qt.Key.Key_Escape)
    wait_no_dialog(qtbot)

    # An online sale's receipt is as before: no counter number.
    table = focus_is_in(qtbot, window, "salesTable")
    press(qtbot, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: f"Sale {online.id} ·" in seen_words(window))
    press(qtbot, Qt.Key.Key_P, CTRL)
    dialog = wait_for_dialog(qtbot, f"Receipt of sale {online.id}")
    words = seen_words(dialog)
    assert f"Sale {online.id} ·" in words and "No. " not in words
    press(qtbot, Qt.Key.Key_Escape)
    wait_no_dialog(qtbot)

    # A return finds the sale by the number its receipt says.
    go_to(qtbot, ui_ctx, window, "Checkout")
    press(qtbot, Qt.Key.Key_F6)
    dialog = wait_for_dialog(qtbot, "Return items")
    type_text(qtbot, "T1-000001")
    enter(qtbot)
    qtbot.waitUntil(lambda: "Blue Mug" in seen_words(dialog))
    assert "No sale with that number" not in seen_words(dialog)
