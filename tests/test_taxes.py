"""Taxes at the counter (issue 12): rates managers define, the store's settings, and each
sale written with the tax it was sold at, on both databases, by the same rules."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from conftest import STAFF_PASSWORD, People
from helpers import new_product
from sqlalchemy import func, select

from pos_app.data import models, pricing_models
from pos_app.data.database import Database
from pos_app.domain.enums import RefundMethod
from pos_app.domain.errors import ConflictError, PermissionDeniedError, PosError, ValidationError
from pos_app.domain.pricing import PromotionKind
from pos_app.services import Services, build_services
from pos_app.services.passwords import MIN_COST
from pos_app.services.records import (
    CartLine,
    CheckoutRequest,
    DiscountRequest,
    ManagerOverride,
    RefundRequest,
    ReturnLine,
    Sale,
)
from pos_app.services.report_records import TaxTotal
from pos_app.ui.context import AppSettings
from pos_app.ui.receipts import document, receipt_html
from pos_app.ui.sales.sales_csv import CSV_HEADER, sales_csv_row


def _sale_row(db: Database, sale_id: int) -> tuple[int, int, int, int]:
    def read(tx):  # type: ignore[no-untyped-def]
        sale = tx.get(models.Sale, sale_id)
        return sale.total_cents, sale.net_cents, sale.tax_cents, sale.cash_rounding_cents

    return db.read(read)  # type: ignore[no-any-return]


def _line_taxes(db: Database, sale_id: int) -> dict[str, tuple[int, int, int, str, int]]:
    """product name -> (net, tax, paid, tax name, percent in ten-thousandths)"""
    rows = db.read(
        lambda tx: tx.session.execute(
            select(
                models.SaleLine.product_name,
                models.SaleLine.net_cents,
                models.SaleLine.tax_cents,
                models.SaleLine.paid_cents,
                models.SaleLine.tax_name,
                models.SaleLine.tax_percent_e4,
            ).where(models.SaleLine.sale_id == sale_id)
        ).all()
    )
    return {row[0]: tuple(row[1:]) for row in rows}  # type: ignore[misc]


def _sell(services: Services, people: People, *lines: CartLine) -> int:
    request = CheckoutRequest(str(uuid.uuid4()), tuple(lines), cash_tendered=None)
    return int(services.sales.checkout(people.cashier, request).id)


def test_eu_vat_prices_include_tax_rounded_per_receipt(
    db: Database, services: Services, people: People
) -> None:
    """Bread at 5.5% (its category's rate), wine at 20% (its own). Prices include VAT.
    Bread: 2 x 1.05 = 2.10; VAT = 2.10 x 5.5 / 105.5 = 0.1094... -> 0.11; net 1.99.
    Wine: 12.00; VAT = 12.00 x 20 / 120 = 2.00; net 10.00. Total 14.10, VAT 2.11."""
    manager = people.manager
    standard = services.taxes.add_rate(manager, "Standard", "20")
    reduced = services.taxes.add_rate(manager, "Reduced", Decimal("5.5"))
    services.taxes.set_category_rate(manager, "food", reduced.id)
    bread = new_product(services, manager, name="Bread", price="1.05", stock=9, category="food")
    wine = new_product(services, manager, name="Wine", price="12.00", stock=9, category="food")
    services.taxes.set_product_rate(manager, wine.id, standard.id)

    sale_id = _sell(services, people, CartLine(bread.id, 2), CartLine(wine.id, 1))

    assert _sale_row(db, sale_id) == (1410, 1199, 211, 0)
    assert _line_taxes(db, sale_id) == {
        "Bread": (199, 11, 210, "Reduced", 55000),
        "Wine": (1000, 200, 1200, "Standard", 200000),
    }


def test_us_sales_tax_is_added_at_the_counter(
    db: Database, services: Services, people: People
) -> None:
    """Prices exclude tax; 8.875% added per receipt: 3 x 9.99 = 29.97;
    tax = 29.97 x 0.08875 = 2.6598... -> 2.66; the customer pays 32.63."""
    manager = people.manager
    city = services.taxes.add_rate(manager, "City", "8.875")
    settings = services.taxes.update_settings(
        manager, {"prices_include_tax": False, "default_tax_rate_id": city.id}
    )
    assert not settings.prices_include_tax
    cap = new_product(services, manager, name="Cap", price="9.99", stock=9)

    sale = services.sales.checkout(
        people.cashier, CheckoutRequest(str(uuid.uuid4()), (CartLine(cap.id, 3),))
    )

    assert sale.total == Decimal("32.63")
    assert _sale_row(db, int(sale.id)) == (3263, 2997, 266, 0)
    assert sum(p.amount for p in sale.payments) == Decimal("32.63")


def test_cash_rounding_rounds_only_the_cash_and_keeps_the_total(
    db: Database, services: Services, people: People
) -> None:
    """Cash rounds to 0.05: a 1.02 sale takes 1.00 in cash, and the sale keeps its total
    of 1.02 with a rounding of -0.02."""
    services.taxes.update_settings(people.manager, {"cash_rounding_cents": 5})
    gum = new_product(services, people.manager, name="Gum", price="1.02", stock=9)

    sale = services.sales.checkout(
        people.cashier, CheckoutRequest(str(uuid.uuid4()), (CartLine(gum.id, 1),))
    )

    assert sale.total == Decimal("1.02")
    assert [p.amount for p in sale.payments] == [Decimal("1.00")]
    assert _sale_row(db, int(sale.id)) == (102, 102, 0, -2)


def test_a_rate_in_use_is_retired_and_past_sales_keep_it(
    db: Database, services: Services, people: People
) -> None:
    manager = people.manager
    old = services.taxes.add_rate(manager, "Old VAT", "19")
    services.taxes.update_settings(manager, {"default_tax_rate_id": old.id})
    hat = new_product(services, manager, name="Hat", price="11.90", stock=9)
    sale_id = _sell(services, people, CartLine(hat.id, 1))

    with pytest.raises(ValidationError, match="default rate"):
        services.taxes.set_rate_active(manager, old.id, False)
    new = services.taxes.add_rate(manager, "New VAT", "21")
    services.taxes.update_settings(manager, {"default_tax_rate_id": new.id})
    retired = services.taxes.set_rate_active(manager, old.id, False)

    assert not retired.active
    assert [r.name for r in services.taxes.rates(people.cashier)] == ["New VAT"]
    assert _line_taxes(db, sale_id)["Hat"] == (1000, 190, 1190, "Old VAT", 190000)


@pytest.mark.parametrize(
    "percent", ["-1", "100.01", "5.12345", "abc", Decimal("NaN"), None, 10**40]
)
def test_a_bad_rate_is_refused_and_nothing_is_written(
    db: Database, services: Services, people: People, percent: object
) -> None:
    with pytest.raises(ValidationError):
        services.taxes.add_rate(people.manager, "Bad", percent)
    assert db.read(lambda tx: tx.session.scalar(select(func.count(pricing_models.TaxRate.id)))) == 0


def test_only_managers_change_taxes(services: Services, people: People) -> None:
    with pytest.raises(PermissionDeniedError):
        services.taxes.add_rate(people.cashier, "Mine", "0")
    with pytest.raises(PermissionDeniedError):
        services.taxes.update_settings(people.cashier, {"prices_include_tax": False})
    with pytest.raises(ValidationError, match="exempt"):
        services.taxes.add_rate(people.manager, "Exempt", "5", exempt=True)
    assert services.taxes.add_rate(people.manager, "Exempt", "0", exempt=True).exempt


def test_refunds_give_back_what_was_paid_and_its_tax_to_the_cent(
    db: Database, services: Services, people: People
) -> None:
    """Three pens at 0.99 under 20% VAT included: 2.97, VAT per receipt 2.97/6 = 0.495 ->
    0.50. Returning one, then one, then one gives back 0.99 + 0.99 + 0.99 = 2.97 with
    VAT round(0.50/3) = 0.17, then round(1.00/3) - 0.17 = 0.16, then 0.17: 0.50 in all."""
    vat = services.taxes.add_rate(people.manager, "VAT", "20")
    services.taxes.update_settings(people.manager, {"default_tax_rate_id": vat.id})
    pen = new_product(services, people.manager, name="Pen", price="0.99", stock=9)
    sale = services.sales.checkout(
        people.cashier, CheckoutRequest(str(uuid.uuid4()), (CartLine(pen.id, 3),))
    )
    assert (sale.total, sale.tax) == (Decimal("2.97"), Decimal("0.50"))
    assert [(t.name, t.net, t.tax, t.gross) for t in sale.taxes] == [
        ("VAT", Decimal("2.47"), Decimal("0.50"), Decimal("2.97"))
    ]

    refunds = [
        services.refunds.refund(
            people.manager,
            RefundRequest(
                str(uuid.uuid4()),
                sale.id,
                (ReturnLine(sale.lines[0].line_id, 1),),
                RefundMethod.CASH,
                "Dry",
            ),
        )
        for _ in range(3)
    ]

    assert [(r.amount, r.tax) for r in refunds] == [
        (Decimal("0.99"), Decimal("0.17")),
        (Decimal("0.99"), Decimal("0.16")),
        (Decimal("0.99"), Decimal("0.17")),
    ]
    assert sum(r.amount for r in refunds) == sale.total
    assert sum(r.tax for r in refunds) == sale.tax


def _multi_buy(services: Services, people: People, product_id: int, **changes: object) -> int:
    now = datetime.now(UTC)
    fields: dict[str, object] = {
        "name": "3 for 5.00",
        "kind": PromotionKind.MULTI_BUY,
        "starts_at": now - timedelta(days=1),
        "ends_at": now + timedelta(days=1),
        "product_ids": (product_id,),
        "quantity": 3,
        "price": "5.00",
    }
    fields.update(changes)
    return services.promotions.add(people.manager, **fields).id  # type: ignore[arg-type]


def test_a_multi_buy_applies_at_the_counter_and_its_refunds_add_up(
    db: Database, services: Services, people: People
) -> None:
    """Soap at 2.00, "3 for 5.00": four soaps cost 8.00 - 1.00 = 7.00. Returning one,
    then the other three, gives back round(7.00 / 4) = 1.75, then 5.25: 7.00 in all."""
    soap = new_product(services, people.manager, name="Soap", price="2.00", stock=9)
    _multi_buy(services, people, soap.id)

    sale = services.sales.checkout(
        people.cashier, CheckoutRequest(str(uuid.uuid4()), (CartLine(soap.id, 4),))
    )

    (line,) = sale.lines
    assert (sale.total, sale.promotion) == (Decimal("7.00"), Decimal("1.00"))
    assert (line.promotion_name, line.promotion, line.charged) == (
        "3 for 5.00",
        Decimal("1.00"),
        Decimal("7.00"),
    )
    amounts = [
        services.refunds.refund(
            people.manager,
            RefundRequest(
                str(uuid.uuid4()),
                sale.id,
                (ReturnLine(line.line_id, quantity),),
                RefundMethod.CASH,
                "Changed mind",
            ),
        ).amount
        for quantity in (1, 3)
    ]
    assert amounts == [Decimal("1.75"), Decimal("5.25")]


def test_a_retired_or_ended_promotion_no_longer_applies(
    db: Database, services: Services, people: People
) -> None:
    soap = new_product(services, people.manager, name="Soap", price="2.00", stock=9)
    running = _multi_buy(services, people, soap.id)
    _multi_buy(
        services,
        people,
        soap.id,
        name="ended",
        price="1.00",
        starts_at=datetime.now(UTC) - timedelta(days=9),
        ends_at=datetime.now(UTC) - timedelta(days=8),
    )
    services.promotions.set_active(people.manager, running, False)

    sale = services.sales.checkout(
        people.cashier, CheckoutRequest(str(uuid.uuid4()), (CartLine(soap.id, 3),))
    )

    assert (sale.total, sale.promotion) == (Decimal("6.00"), Decimal("0.00"))
    assert [p.name for p in services.promotions.list(people.manager)] == []


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"ends_at": datetime(2020, 1, 1, tzinfo=UTC)}, "ends_at"),
        ({"quantity": 1}, "quantity"),
        ({"price": "6.00"}, "price"),
        ({"product_ids": (10**6,)}, None),
    ],
)
def test_a_promotion_that_makes_no_sense_is_refused_and_nothing_is_written(
    db: Database, services: Services, people: People, changes: dict[str, object], field: str
) -> None:
    soap = new_product(services, people.manager, name="Soap", price="2.00", stock=9)
    with pytest.raises(PosError) as refused:
        _multi_buy(services, people, soap.id, **changes)
    if field is not None:
        assert getattr(refused.value, "field", None) == field
    assert services.promotions.list(people.manager, include_ended=True) == []


def _sales_count(db: Database) -> int:
    return int(db.read(lambda tx: tx.session.scalar(select(func.count(models.Sale.id)))))


def test_a_cashier_discounts_up_to_the_limit_and_a_manager_authorises_more(
    db: Database, services: Services, people: People
) -> None:
    lamp = new_product(services, people.manager, name="Lamp", price="40.00", stock=9)

    def ring(percent: str, override: ManagerOverride | None = None) -> Sale:
        line = CartLine(lamp.id, 1, discount=DiscountRequest("Scratched", percent=Decimal(percent)))
        request = CheckoutRequest(str(uuid.uuid4()), (line,))
        return services.sales.checkout(people.cashier, request, override)

    within = ring("10")
    assert (within.total, within.discount, within.lines[0].discount) == (
        Decimal("36.00"),
        Decimal("4.00"),
        Decimal("4.00"),
    )
    with pytest.raises(PermissionDeniedError, match="more than 10%"):
        ring("25")
    assert _sales_count(db) == 1
    authorised = ring("25", ManagerOverride("manager1", STAFF_PASSWORD))
    assert authorised.total == Decimal("30.00")
    details = [e.detail for e in services.audit.search(people.admin, action="sale").items]
    assert any("discount 10.00 (Scratched), authorised by manager1" in d for d in details)
    assert any("discount 4.00 (Scratched), authorised by cashier1" in d for d in details)


def test_a_cart_discount_is_spread_over_the_lines_to_the_cent_and_refunds_add_up(
    db: Database, services: Services, people: People
) -> None:
    """1.00 off 3.33 + 3.33 + 3.34 = 10.00: each line's share is a third of a cent off
    0.333...; the largest remainder gives 0.33, 0.33, 0.34 (the leftover cent to the last,
    whose remainder is largest). Returning everything gives back 9.00 exactly."""
    products = [
        new_product(services, people.manager, name=name, price=price, stock=9)
        for name, price in (("A", "3.33"), ("B", "3.33"), ("C", "3.34"))
    ]
    request = CheckoutRequest(
        str(uuid.uuid4()),
        tuple(CartLine(p.id, 1) for p in products),
        discount=DiscountRequest("Loyal customer", amount=Decimal("1.00")),
    )
    sale = services.sales.checkout(people.manager, request)

    assert sale.total == Decimal("9.00")
    assert sum(line.discount for line in sale.lines) == Decimal("1.00")
    assert sum(line.charged for line in sale.lines) == sale.total
    refund = services.refunds.refund(
        people.manager,
        RefundRequest(
            str(uuid.uuid4()),
            sale.id,
            tuple(ReturnLine(line.line_id, 1) for line in sale.lines),
            RefundMethod.CASH,
            "Returned all",
        ),
    )
    assert refund.amount == sale.total


@pytest.mark.parametrize(
    ("discount", "message"),
    [
        (DiscountRequest("", percent=Decimal(5)), "reason"),
        (DiscountRequest("Too much", amount=Decimal("50.00")), "larger"),
        (DiscountRequest("Both", percent=Decimal(5), amount=Decimal(1)), "not both"),
        (DiscountRequest("Negative", percent=Decimal(-5)), "negative|between|0 to 100"),
    ],
)
def test_a_bad_discount_is_refused_and_nothing_is_sold(
    db: Database, services: Services, people: People, discount: DiscountRequest, message: str
) -> None:
    lamp = new_product(services, people.manager, name="Lamp", price="40.00", stock=9)
    request = CheckoutRequest(str(uuid.uuid4()), (CartLine(lamp.id, 1, discount=discount),))
    with pytest.raises(ValidationError, match=message):
        services.sales.checkout(people.manager, request)
    assert _sales_count(db) == 0
    assert services.inventory.get(people.manager, lamp.id).stock == 9


def test_the_z_report_agrees_with_the_receipts_to_the_cent(
    db: Database, services: Services, people: People
) -> None:
    """A day of VAT sales with a promotion, a discount, cash rounding and a refund: the
    Z report's tax per rate, refunded tax, discounts, promotions and rounding are the sums
    of what the receipts printed."""
    manager = people.manager
    vat = services.taxes.add_rate(manager, "VAT", "20")
    zero = services.taxes.add_rate(manager, "Zero", "0")
    services.taxes.update_settings(
        manager, {"default_tax_rate_id": vat.id, "cash_rounding_cents": 5}
    )
    services.taxes.set_category_rate(manager, "food", zero.id)
    soap = new_product(services, manager, name="Soap", price="2.00", stock=50)
    milk = new_product(services, manager, name="Milk", price="1.23", stock=50, category="food")
    _multi_buy(services, people, soap.id)
    start = datetime.now(UTC) - timedelta(seconds=1)
    sales = [
        services.sales.checkout(
            people.cashier,
            CheckoutRequest(
                str(uuid.uuid4()),
                (
                    CartLine(soap.id, 4),
                    CartLine(milk.id, 1, discount=DiscountRequest("Date", percent=Decimal(5))),
                ),
            ),
        ),
        services.sales.checkout(
            people.manager,
            CheckoutRequest(
                str(uuid.uuid4()),
                (CartLine(soap.id, 1), CartLine(milk.id, 3)),
                discount=DiscountRequest("Neighbour", amount=Decimal("0.50")),
            ),
        ),
    ]
    refund = services.refunds.refund(
        manager,
        RefundRequest(
            str(uuid.uuid4()),
            sales[0].id,
            (ReturnLine(sales[0].lines[0].line_id, 1),),
            RefundMethod.CASH,
            "Leaked",
        ),
    )

    report = services.end_of_day.z_report(manager, start, datetime.now(UTC) + timedelta(1))

    sold = {}
    for sale in sales:
        for t in sale.taxes:
            net, tax = sold.get(t.name, (Decimal(0), Decimal(0)))
            sold[t.name] = (net + t.net, tax + t.tax)
    assert {t.name: (t.net, t.tax) for t in report.sales_tax} == sold
    assert [(t.name, t.net + t.tax, t.tax) for t in report.refunds_tax] == [
        ("VAT", refund.amount, refund.tax)
    ]
    assert report.tax == sum(s.tax for s in sales) - refund.tax
    assert report.net_sales == sum(s.total for s in sales) - refund.amount - report.tax
    assert {(d.cashier, d.amount) for d in report.discounts} == {
        ("cashier1", sales[0].discount),
        ("manager1", sales[1].discount),
    }
    assert [(p.name, p.lines, p.amount) for p in report.promotions] == [
        ("3 for 5.00", 1, Decimal("1.00"))
    ]
    assert report.cash_rounding == sum(s.cash_rounding for s in sales)
    assert report.cash_sales == sum(p.amount for s in sales for p in s.payments)


def test_a_quote_is_what_checkout_then_charges(
    db: Database, services: Services, people: People
) -> None:
    """Sales tax added, a promotion and a cart discount: the quote's lines and total are
    the sale's, nothing is written by quoting, and a discount over the limit is flagged."""
    city = services.taxes.add_rate(people.manager, "City", "8.875")
    services.taxes.update_settings(
        people.manager,
        {"prices_include_tax": False, "default_tax_rate_id": city.id, "cash_rounding_cents": 5},
    )
    soap = new_product(services, people.manager, name="Soap", price="2.00", stock=9)
    _multi_buy(services, people, soap.id)
    request = CheckoutRequest(
        str(uuid.uuid4()),
        (CartLine(soap.id, 4),),
        discount=DiscountRequest("Regular", percent=Decimal(5)),
    )

    quote = services.sales.quote(people.cashier, request)
    assert _sales_count(db) == 0
    sale = services.sales.checkout(people.cashier, request)

    assert (quote.total, quote.tax, quote.promotion, quote.discount) == (
        sale.total,
        sale.tax,
        sale.promotion,
        sale.discount,
    )
    assert [q.charged for q in quote.lines] == [line.charged for line in sale.lines]
    assert quote.cash_due(quote.total) == sum(p.amount for p in sale.payments)
    assert not quote.needs_manager
    big = CheckoutRequest(
        str(uuid.uuid4()), (CartLine(soap.id, 1),), discount=DiscountRequest("Big", percent=50)
    )
    assert services.sales.quote(people.cashier, big).needs_manager
    assert not services.sales.quote(people.manager, big).needs_manager


def test_the_sales_csv_carries_net_tax_and_discounts(
    db: Database, services: Services, people: People
) -> None:
    vat = services.taxes.add_rate(people.manager, "VAT", "20")
    services.taxes.update_settings(people.manager, {"default_tax_rate_id": vat.id})
    lamp = new_product(services, people.manager, name="Lamp", price="12.00", stock=9)
    line = CartLine(lamp.id, 1, discount=DiscountRequest("Dent", amount=Decimal("1.20")))
    services.sales.checkout(people.cashier, CheckoutRequest(str(uuid.uuid4()), (line,)))

    (sale,) = services.sales.history(people.manager).items
    row = dict(zip(CSV_HEADER, sales_csv_row(sale), strict=True))

    # 12.00 - 1.20 = 10.80 with 20% VAT inside: 10.80 / 6 = 1.80 tax, 9.00 net.
    assert (row["total"], row["net_of_tax"], row["tax"], row["discount"]) == (
        "10.80",
        "9.00",
        "1.80",
        "1.20",
    )


def test_a_rate_or_promotion_changed_after_the_cart_was_priced_writes_nothing_and_says_which(
    db: Database, services: Services, people: People
) -> None:
    """The counter priced the cart (its quote on screen); the office then changes the
    product's tax rate, or ends the promotion it got. The sale is refused by the writer
    (the pricing version moved on) and priced again; it no longer costs the total the
    counter showed, so nothing is written and the cashier reads which changed. Sent
    without a total shown (a script), it is charged by the new rules. (Tax is added to
    shelf prices here, so a new rate changes the total.)"""
    soap = new_product(services, people.manager, name="Soap", price="2.00", stock=9)
    promotion = _multi_buy(services, people, soap.id)
    request = CheckoutRequest(str(uuid.uuid4()), (CartLine(soap.id, 3),))
    office = build_services(db, bcrypt_cost=MIN_COST)
    vat = office.taxes.add_rate(people.manager, "VAT", "20")
    office.taxes.update_settings(people.manager, {"prices_include_tax": False})

    def changes(change: Callable[[], object], why: str) -> None:
        shown = services.sales.quote(people.cashier, request).total
        change()
        with pytest.raises(ConflictError, match=why):
            services.sales.checkout(people.cashier, replace(request, expected_total=shown))
        assert _sales_count(db) == 0
        assert services.inventory.get(people.manager, soap.id).stock == 9

    # 3 for 5.00, then 20% on it: 6.00, not 5.00.
    changes(lambda: office.taxes.set_product_rate(people.manager, soap.id, vat.id), "tax rate")
    # 3 x 2.00 and 20% on it: 7.20, not 6.00.
    changes(lambda: office.promotions.set_active(people.manager, promotion, False), "promotion")
    sold = services.sales.checkout(people.cashier, request)
    assert (sold.total, sold.promotion, sold.tax) == (Decimal("7.20"), Decimal(0), Decimal("1.20"))


def test_a_discount_at_exactly_the_limit_needs_no_manager_whatever_the_rounding(
    db: Database, services: Services, people: People
) -> None:
    """10% of 61.48 is 6.148, charged as 6.15: still the 10% a cashier may give."""
    mouse = new_product(services, people.manager, name="Mouse", price="61.48", stock=9)
    line = CartLine(mouse.id, 1, discount=DiscountRequest("Scuffed box", percent=Decimal(10)))
    sale = services.sales.checkout(people.cashier, CheckoutRequest(str(uuid.uuid4()), (line,)))
    assert (sale.discount, sale.total) == (Decimal("6.15"), Decimal("55.33"))


@pytest.mark.parametrize("include", [True, False])
def test_whatever_the_receipt_prints_adds_up(
    qtbot: object, db: Database, services: Services, people: People, include: bool
) -> None:
    """The printed lines less the printed promotions and discounts (plus the tax printed
    before the total, when prices exclude it) are the printed TOTAL, and the tax rows'
    net and tax are their gross: read from the receipt's own text."""
    vat = services.taxes.add_rate(people.manager, "VAT", "20")
    services.taxes.update_settings(
        people.manager, {"default_tax_rate_id": vat.id, "prices_include_tax": include}
    )
    soap = new_product(services, people.manager, name="Soap", price="2.00", stock=50)
    milk = new_product(services, people.manager, name="Milk", price="1.23", stock=50)
    _multi_buy(services, people, soap.id)
    sale = services.sales.checkout(
        people.manager,
        CheckoutRequest(
            str(uuid.uuid4()),
            (
                CartLine(soap.id, 4),
                CartLine(milk.id, 3, discount=DiscountRequest("Date", percent=Decimal(5))),
            ),
            discount=DiscountRequest("Neighbour", amount=Decimal("0.50")),
        ),
    )
    text = document(receipt_html(sale, AppSettings())).toPlainText()
    money = r"(-?\d+\.\d\d)"
    gross = [Decimal(g) for g in re.findall(r"\d+ x \d+\.\d\d\s+" + money, text)]
    off = [Decimal(m) for m in re.findall(r"(?:5\.00|Discount(?: \([^)]*\))?)\s+" + money, text)]
    (subtotal,) = re.findall(r"Subtotal\s+" + money, text)
    (total,) = re.findall(r"TOTAL\s+" + money, text)
    added = [] if include else [Decimal(t) for t in re.findall(r"VAT 20%\s+" + money, text)]
    assert sum(gross) == Decimal(subtotal)
    assert len(off) == 3 and sum(off) == -(sale.promotion + sale.discount)  # promotion, 2 shares
    assert sum(gross) + sum(off) + sum(added) == Decimal(total) == sale.total
    if include:
        net, tax, row_gross = re.findall(
            r"VAT 20%\s+" + money + r"\s+" + money + r"\s+" + money, text
        )[0]
        assert Decimal(net) + Decimal(tax) == Decimal(row_gross) == Decimal(total)


def test_a_cleared_default_rate_sells_without_tax(
    db: Database, services: Services, people: People
) -> None:
    vat = services.taxes.add_rate(people.manager, "VAT", "20")
    services.taxes.update_settings(people.manager, {"default_tax_rate_id": vat.id})
    services.taxes.update_settings(people.manager, {"default_tax_rate_id": None})
    assert services.taxes.settings(people.cashier).default_tax_rate_id is None
    pen = new_product(services, people.manager, name="Pen", price="1.00", stock=9)
    sale = services.sales.checkout(
        people.cashier, CheckoutRequest(str(uuid.uuid4()), (CartLine(pen.id, 2),))
    )
    assert (sale.total, sale.tax, sale.taxes) == (Decimal("2.00"), Decimal("0.00"), ())


def test_the_audit_trail_names_a_promotions_first_and_last_day(
    services: Services, people: People
) -> None:
    """The Pricing screen saves a promotion of 2026-11-28 to 2026-12-04 as running until
    the midnight after its last day; the audit trail wrote "to 2026-12-05", one day late
    (the second keyboard trial)."""
    soap = new_product(services, people.manager, name="Soap", price="2.00", stock=9)
    first = datetime.now().astimezone().date()
    last = first + timedelta(days=6)

    def midnight(day: object) -> datetime:
        return datetime.combine(day, datetime.min.time()).astimezone()  # type: ignore[arg-type]

    _multi_buy(
        services,
        people,
        soap.id,
        starts_at=midnight(first),
        ends_at=midnight(last + timedelta(days=1)),
    )
    [entry] = services.audit.search(people.admin, action="promotion_change").items
    assert f"{first.isoformat()} to {last.isoformat()}" in entry.detail, entry.detail


@pytest.mark.parametrize(
    ("name", "percent", "label"),
    [
        ("VAT", "20", "VAT 20%"),
        ("VAT 20%", "20", "VAT 20%"),  # the full-day trial read "VAT 20% 20%"
        ("Reduced 5.5%", "5.5", "Reduced 5.5%"),
        ("VAT 12%", "2", "VAT 12% 2%"),  # "2%" inside "12%" is not this rate's
        ("Zero", "0", "Zero 0%"),
    ],
)
def test_a_rate_that_names_its_percent_is_not_followed_by_it_again(
    name: str, percent: str, label: str
) -> None:
    total = TaxTotal(name, Decimal(percent), False, Decimal("0.00"), Decimal("0.00"))
    assert total.label == label
