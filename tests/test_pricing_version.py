"""The pricing version (migration 0007): a counter keeps what the store prices by between
sales, and a sale priced by what another counter has since changed is priced again,
never charged by the old rules. On both databases."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from conftest import People
from helpers import new_product
from sqlalchemy import text

from pos_app.data.database import Database
from pos_app.data.repositories.sale_writer import SaleLineWrite, SaleRefused, SaleWrite
from pos_app.domain.enums import PromotionKind
from pos_app.domain.errors import ConflictError
from pos_app.services import Services, build_services, sale_pricing
from pos_app.services.passwords import MIN_COST
from pos_app.services.records import CartLine, CheckoutRequest, Sale


def _version(db: Database) -> int:
    return db.read(lambda tx: tx.pricing.version())


def _sell(services: Services, people: People, product_id: int, quantity: int = 1) -> Sale:
    request = CheckoutRequest(str(uuid.uuid4()), (CartLine(product_id, quantity),))
    return services.sales.checkout(people.cashier, request)


def test_each_change_to_what_a_sale_is_priced_by_moves_the_version_and_nothing_else_does(
    db: Database, services: Services, people: People
) -> None:
    manager = people.manager
    soap = new_product(services, manager, name="Soap", price="2.00", stock=9)
    now = datetime.now(UTC)
    vat: list[int] = []
    moves: list[tuple[str, Callable[[], object]]] = [
        ("a new rate", lambda: vat.append(services.taxes.add_rate(manager, "VAT", "20").id)),
        ("a setting", lambda: services.taxes.update_settings(manager, {"tax_number": "FR1"})),
        ("a category's rate", lambda: services.taxes.set_category_rate(manager, "clothes", vat[0])),
        ("a product's rate", lambda: services.taxes.set_product_rate(manager, soap.id, vat[0])),
        ("a product's category", lambda: services.inventory.update(
            manager, soap.id, {"category": "electronics"})),
        ("a promotion", lambda: services.promotions.add(
            manager, name="2 for 3.00", kind=PromotionKind.MULTI_BUY,
            starts_at=now - timedelta(days=1), ends_at=now + timedelta(days=1),
            product_ids=(soap.id,), quantity=2, price="3.00")),
        ("a rate written by hand", lambda: db.write(lambda tx: tx.session.execute(
            text("UPDATE tax_rates SET name = 'TVA'")))),
    ]  # fmt: skip
    for what, change in moves:
        before = _version(db)
        change()
        assert _version(db) > before, what
    stays: list[tuple[str, Callable[[], object]]] = [
        ("a sale", lambda: _sell(services, people, soap.id)),
        ("a restock", lambda: services.inventory.restock(manager, soap.id, 5, "Delivery")),
        ("a new price", lambda: services.inventory.update(manager, soap.id, {"price": "2.50"})),
        ("a new product", lambda: new_product(services, manager, name="Rope", price="1.00")),
    ]
    for what, change in stays:
        before = _version(db)
        change()
        assert _version(db) == before, what


def test_a_change_elsewhere_that_does_not_touch_the_cart_costs_the_sale_nothing(
    db: Database, services: Services, people: People
) -> None:
    """This counter sold (and kept what it priced by); the office then adds a rate and a
    promotion on another product. The next sale here is refused by the writer, priced
    again, found to charge the same, and written: the cashier sees nothing of it."""
    soap = new_product(services, people.manager, name="Soap", price="2.00", stock=20)
    rope = new_product(services, people.manager, name="Rope", price="4.00", stock=20)
    _sell(services, people, soap.id, 3)
    before = _version(db)

    office = build_services(db, bcrypt_cost=MIN_COST)
    office.taxes.add_rate(people.manager, "VAT", "20")
    now = datetime.now(UTC)
    office.promotions.add(
        people.manager, name="2 for 7.00", kind=PromotionKind.MULTI_BUY,
        starts_at=now - timedelta(hours=1), ends_at=now + timedelta(days=1),
        product_ids=(rope.id,), quantity=2, price="7.00",
    )  # fmt: skip
    assert _version(db) > before

    second = _sell(services, people, soap.id, 3)
    assert (second.total, second.promotion, second.tax) == (Decimal("6.00"), Decimal(0), Decimal(0))
    assert services.inventory.get(people.manager, soap.id).stock == 14
    rope_sale = _sell(services, people, rope.id, 2)
    assert (rope_sale.total, rope_sale.lines[0].promotion_name) == (Decimal("7.00"), "2 for 7.00")


@pytest.mark.postgres
@pytest.mark.parametrize("db_url", ["postgres"], indirect=True)
def test_a_sale_priced_at_an_old_version_is_refused_by_the_server_whoever_calls(
    db: Database, services: Services, people: People
) -> None:
    """``pos_record_sale`` itself refuses a sale priced at a version that has moved on,
    and writes nothing."""
    soap = new_product(services, people.manager, name="Soap", price="2.00", stock=9)
    old = _version(db)
    services.taxes.update_settings(people.manager, {"tax_number": "GB123"})
    plan = SaleWrite(
        uuid=str(uuid.uuid4()), customer_id=None, cashier_id=people.cashier.account_id,
        counter="T", created_at=datetime.now(UTC), total_cents=200,
        lines=(SaleLineWrite(soap.id, 1, 200),), wallet_cents=0, cash_cents=200,
        tendered_cents=200, card_cents=0, card_reference="", actor_username="cashier1",
        actor_counter="T", audit_detail="x", pricing_version=old,
    )  # fmt: skip
    with pytest.raises(SaleRefused) as refused:
        db.write(lambda tx: tx.sale_writer.write(plan), one_statement=True)
    assert refused.value.what == "pricing"
    assert services.sales.history(people.manager).total == 0
    assert services.inventory.get(people.manager, soap.id).stock == 9


def test_a_counter_that_keeps_few_products_still_prices_each_at_its_own_rate(
    monkeypatch: pytest.MonkeyPatch, db: Database, services: Services, people: People
) -> None:
    """More products sold than a counter keeps: what it kept is dropped and read again,
    and every sale still carries its product's rate."""
    monkeypatch.setattr(sale_pricing, "KEPT_PRODUCTS", 2)
    monkeypatch.setattr(sale_pricing, "READ_AHEAD", 1)
    rates = {
        "VAT": services.taxes.add_rate(people.manager, "VAT", "20"),
        "Food": services.taxes.add_rate(people.manager, "Food", "5"),
        "Zero": services.taxes.add_rate(people.manager, "Zero", "0"),
    }
    sold = {}
    for name, rate in [*rates.items(), ("VAT", rates["VAT"])]:
        product = new_product(services, people.manager, name=f"{name} item", price="10.50")
        services.taxes.set_product_rate(people.manager, product.id, rate.id)
        sold[product.id] = rate.name
    for _ in range(2):  # the second round after the first has filled and dropped the book
        for product_id, rate_name in sold.items():
            sale = _sell(services, people, product_id)
            assert [t.name for t in sale.taxes] == [rate_name]
    # 10.50 including 20%: tax 1.75; including 5%: 0.50; 0%: nothing.
    assert {_sell(services, people, p).tax for p in sold} == {
        Decimal("1.75"),
        Decimal("0.50"),
        Decimal("0.00"),
    }


def test_a_cart_sent_without_the_total_shown_is_charged_as_the_store_prices_it_now(
    db: Database, services: Services, people: People
) -> None:
    """A script (or pos-admin) sends no total: a change since this counter's last sale is
    simply charged, as before the counter kept anything. With the total the screen
    showed, the same change is refused, naming what changed."""
    lamp = new_product(services, people.manager, name="Lamp", price="20.00", stock=9)
    assert _sell(services, people, lamp.id).tax == Decimal(0)
    office = build_services(db, bcrypt_cost=MIN_COST)
    vat = office.taxes.add_rate(people.manager, "VAT", "20")
    office.taxes.update_settings(
        people.manager, {"default_tax_rate_id": vat.id, "prices_include_tax": False}
    )
    stale = CheckoutRequest(
        str(uuid.uuid4()), (CartLine(lamp.id, 1),), expected_total=Decimal("20.00")
    )
    with pytest.raises(ConflictError, match="The tax rate of Lamp changed"):
        services.sales.checkout(people.cashier, stale)
    sold = _sell(services, people, lamp.id)
    assert (sold.total, sold.tax) == (Decimal("24.00"), Decimal("4.00"))
    assert services.inventory.get(people.manager, lamp.id).stock == 7
