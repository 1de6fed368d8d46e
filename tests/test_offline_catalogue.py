"""Offline selling, second slice (issue 15): the counter's copy of the catalogue follows
the server by its change sequence (migration 0011), and an offline sale priced from it
charges what the online sale would, on SQLite and PostgreSQL."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import People
from helpers import new_product
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from pos_app.data.catalogue_cache import CatalogueCache
from pos_app.data.counter_file import CounterFile
from pos_app.data.database import Database
from pos_app.data.models import Product, Sale, SaleLine
from pos_app.domain.enums import PromotionKind
from pos_app.domain.errors import NotFoundError
from pos_app.services import Services
from pos_app.services.offline import OfflineSalesService
from pos_app.services.records import CartLine, CheckoutRequest


def counter(db: Database, tmp_path: Path) -> OfflineSalesService:
    return OfflineSalesService(db, CounterFile(tmp_path / "T1.sqlite"))


def cached(tmp_path: Path, *product_ids: int) -> dict[int, tuple[object, ...]]:
    return CatalogueCache(CounterFile(tmp_path / "T1.sqlite")).products(list(product_ids))


def remove(session: Session, product_id: int) -> None:
    """Delete a product that has no history (stock movements are append-only since 0014,
    and RESTRICT the deletion of a product that has any)."""
    session.execute(delete(Product).where(Product.id == product_id))


def test_changes_reach_the_copy_by_change_seq(
    db: Database, services: Services, people: People, tmp_path: Path
) -> None:
    manager = people.manager
    shirt = new_product(services, manager, "Shirt", "19.99", 5, barcode="4006381333931")
    mug = new_product(services, manager, "Mug", "4.50", 5)
    spare = new_product(services, manager, "Spare", "1.00", 0)  # never stocked: no history
    t1 = counter(db, tmp_path)
    first = t1.refresh_catalogue()
    assert first.complete and first.rows >= 3
    assert counter(db, tmp_path).refresh_catalogue().rows == 0  # nothing new: nothing read

    services.inventory.update(manager, shirt.id, {"price": Decimal("24.99")})
    lamp = new_product(services, manager, "Lamp", "30.00", 2)
    services.inventory.update(manager, mug.id, {"active": False})
    db.write(lambda tx: remove(tx.session, spare.id))  # as a store's clean-up would
    vat = services.taxes.add_rate(manager, "VAT", "20")
    services.taxes.set_category_rate(manager, "clothes", vat.id)
    services.inventory.restock(manager, lamp.id, 4)  # stock is not kept: moves nothing

    report = t1.refresh_catalogue()
    assert report.complete and report.deleted == 1
    rows = cached(tmp_path, shirt.id, mug.id, spare.id, lamp.id)
    assert rows[shirt.id][3] == 2499
    assert rows[lamp.id][1:4] == ("Lamp", "clothes", 3000)
    assert rows[mug.id][5] == 0  # not active
    assert spare.id not in rows
    assert t1.scan(people.cashier, "4006381333931").price == Decimal("24.99")
    with pytest.raises(NotFoundError):
        t1.scan(people.cashier, "5901234123457")
    # The new rate reached it, and the sale is taxed by it.
    sold = t1.sell(
        people.cashier,
        CheckoutRequest(str(uuid.uuid4()), (CartLine(lamp.id, 1),), counter="T1"),
    )
    assert (sold.total, sold.tax) == (Decimal("30.00"), Decimal("5.00"))
    stamp_after_restock = t1.refresh_catalogue()
    assert stamp_after_restock.rows == 0


def test_an_offline_sale_charges_what_the_online_sale_does(
    db: Database, services: Services, people: People, tmp_path: Path
) -> None:
    """20% VAT on clothes, 5.5% on food through the store's default, soap "3 for 5.00":
    the same cart online and offline gives the same lines, taxes and total."""
    manager = people.manager
    vat = services.taxes.add_rate(manager, "VAT", "20")
    reduced = services.taxes.add_rate(manager, "Reduced", "5.5")
    services.taxes.set_category_rate(manager, "clothes", vat.id)
    services.taxes.update_settings(manager, {"default_tax_rate_id": reduced.id})
    shirt = new_product(services, manager, "Shirt", "19.99", 50)
    soap = new_product(services, manager, "Soap", "2.00", 50, category="food")
    now = datetime.now(UTC)
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
    lines = (CartLine(shirt.id, 2), CartLine(soap.id, 4))
    t1 = counter(db, tmp_path)
    assert t1.refresh_catalogue().complete
    offline = t1.sell(
        people.cashier,
        CheckoutRequest(str(uuid.uuid4()), lines, counter="T1", cash_tendered="50"),
    )
    online = services.sales.checkout(
        people.cashier, CheckoutRequest(str(uuid.uuid4()), lines, counter="T2")
    )
    assert offline.total == online.total == Decimal("46.98")
    assert offline.promotion == Decimal("1.00")
    assert t1.sync_once().sent == 1

    def figures(sale_uuid: str) -> list[tuple[object, ...]]:
        def read(tx: object) -> list[tuple[object, ...]]:
            rows = tx.session.execute(  # type: ignore[attr-defined]
                select(
                    SaleLine.product_id,
                    SaleLine.quantity,
                    SaleLine.promotion_cents,
                    SaleLine.tax_name,
                    SaleLine.tax_cents,
                    SaleLine.net_cents,
                    SaleLine.paid_cents,
                    Sale.total_cents,
                )
                .join(Sale, Sale.id == SaleLine.sale_id)
                .where(Sale.uuid == sale_uuid)
                .order_by(SaleLine.product_id)
            )
            return [tuple(r) for r in rows]

        return db.read(read)

    offline_lines = figures(offline.sale_uuid)
    assert offline_lines == figures(online.uuid)
    assert [line[3] for line in offline_lines] == ["VAT", "Reduced"]
    assert sum(int(line[4]) for line in offline_lines) == int(offline.tax * 100)
    assert offline.tax > 0


def test_a_refresh_cut_short_resumes_without_gaps(
    db: Database, services: Services, people: People, tmp_path: Path
) -> None:
    manager = people.manager
    made = [new_product(services, manager, f"Item {i}", "1.00", 1) for i in range(25)]
    t1 = counter(db, tmp_path)
    cut = t1.refresh_catalogue(page_size=4, max_pages=2)
    assert (cut.pages, cut.complete) == (2, False)
    assert 0 < len(cached(tmp_path, *(p.id for p in made))) < 25
    # Meanwhile the server changes a product already copied and one not yet copied.
    services.inventory.update(manager, made[0].id, {"price": Decimal("2.00")})
    services.inventory.update(manager, made[-1].id, {"price": Decimal("3.00")})
    late = new_product(services, manager, "Late", "9.00", 1)

    again = counter(db, tmp_path).refresh_catalogue(page_size=4)
    assert again.complete and again.last_seq > cut.last_seq
    rows = cached(tmp_path, *(p.id for p in made), late.id)
    assert len(rows) == 26
    on_server = db.read(
        lambda tx: {
            int(i): int(c) for i, c in tx.session.execute(select(Product.id, Product.price_cents))
        }
    )
    assert {pid: row[3] for pid, row in rows.items()} == {
        pid: cents for pid, cents in on_server.items() if pid in rows
    }
    assert rows[made[0].id][3] == 200 and rows[made[-1].id][3] == 300
