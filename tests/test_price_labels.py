"""Price-embedded barcodes (issue 12): the labels a store's scale prints on weighed and
pre-packed goods carry an item code and the pack's price. Read by the documented layout,
refused when the check digit is wrong, sold at the label's price on both databases."""

from __future__ import annotations

import uuid
from decimal import Decimal

import pytest
from conftest import People
from helpers import new_product
from sqlalchemy import update

from pos_app.data import models
from pos_app.data.database import Database
from pos_app.domain.barcodes import PriceLabel, check_digit, check_prefixes, label_for, read_label
from pos_app.domain.enums import RefundMethod
from pos_app.domain.errors import NotFoundError, ValidationError
from pos_app.services import Services
from pos_app.services.records import (
    CartLine,
    CheckoutRequest,
    Product,
    RefundRequest,
    ReturnLine,
)


def test_the_check_digit_is_the_ean_13_one() -> None:
    # GS1's worked example 4006381333931. Weights 1, 3, 1, 3... from the left over the
    # first twelve digits: 4+0+3+1+3+9 = 20, and 3 x (0+6+8+3+3+3) = 69; 20 + 69 = 89,
    # and 89 + 1 = 90: the check digit is 1.
    assert check_digit("400638133393") == 1
    # A scale label: prefix 20, item 12345, price 012.34: 2+1+3+5+1+3 = 15,
    # 3 x (0+2+4+0+2+4) = 36, 15 + 36 = 51, and 51 + 9 = 60: the check digit is 9.
    assert label_for("2012345", 1234) == "2012345012349"


def test_a_label_reads_as_its_item_and_price_for_the_stores_prefixes_only() -> None:
    assert read_label("2012345012349", ("20",)) == PriceLabel("2012345", 1234)
    assert read_label("2112345012349", ("20",)) is None  # not a prefix the store uses
    assert read_label("4006381333931", ("20",)) is None  # an ordinary EAN-13
    assert read_label("201234501234", ("20",)) is None  # 12 digits: not a label
    with pytest.raises(ValidationError, match="last digit should be 9"):
        read_label("2012345012348", ("20",))


@pytest.mark.parametrize(
    ("given", "stored"),
    [("20, 21", ("20", "21")), ("29 20 20", ("20", "29")), ("", ()), (["22"], ("22",))],
)
def test_the_stores_prefixes_are_two_digits_from_20_to_29(
    given: object, stored: tuple[str, ...]
) -> None:
    assert check_prefixes(given, "p") == stored


@pytest.mark.parametrize("given", ["19", "30", "2", "20,x", 20])
def test_a_prefix_outside_20_to_29_is_refused(given: object) -> None:
    with pytest.raises(ValidationError, match="Price barcode prefixes"):
        check_prefixes(given, "p")


def _weighed(db: Database, services: Services, people: People, name: str, item: str) -> Product:
    """A variable-price product whose barcode is its labels' prefix and item code."""
    product = new_product(services, people.manager, name=name, price="9.99", stock=10)
    db.write(
        lambda tx: tx.session.execute(
            update(models.Product)
            .where(models.Product.id == product.id)
            .values(variable_price=True, barcode=item)
        )
    )
    return services.inventory.get(people.manager, product.id)


@pytest.fixture
def labels(db: Database, services: Services, people: People) -> Product:
    services.taxes.update_settings(people.manager, {"price_barcode_prefixes": "20, 21"})
    return _weighed(db, services, people, "Cheddar", "2012345")


def test_a_scanned_label_gives_its_product_at_the_labels_price(
    services: Services, people: People, labels: Product
) -> None:
    found = services.sales.scan(people.cashier, label_for("2012345", 1234))
    assert (found.id, found.name, found.price) == (labels.id, "Cheddar", Decimal("12.34"))
    # Its own barcode (prefix and item code) gives it at its reference price.
    assert services.sales.scan(people.cashier, "2012345").price == Decimal("9.99")


def test_a_label_that_does_not_check_out_or_names_no_weighed_product_is_refused(
    db: Database, services: Services, people: People, labels: Product
) -> None:
    with pytest.raises(ValidationError, match="does not check out"):
        services.sales.scan(people.cashier, "2012345012348")
    with pytest.raises(NotFoundError):
        services.sales.scan(people.cashier, label_for("2099999", 500))
    new_product(services, people.manager, name="Soap", price="2.00", barcode="2100001")
    with pytest.raises(ValidationError, match=r"Soap .* is not sold by price label"):
        services.sales.scan(people.cashier, label_for("2100001", 250))
    # A product's own 13-digit barcode in the label range wins, whatever its last digit.
    own = new_product(services, people.manager, name="Mug", price="3.00", barcode="2000000000019")
    assert services.sales.scan(people.cashier, "2000000000019").id == own.id
    # Without the prefix set, a label is just an unknown barcode.
    services.taxes.update_settings(people.manager, {"price_barcode_prefixes": ""})
    with pytest.raises(NotFoundError):
        services.sales.scan(people.cashier, label_for("2012345", 1234))


def test_two_packs_of_one_weighed_product_sell_at_their_labels_prices_and_refund_exactly(
    services: Services, people: People, labels: Product
) -> None:
    soap = new_product(services, people.manager, name="Soap", price="2.00", stock=10)
    packs = [services.sales.scan(people.cashier, label_for("2012345", c)) for c in (1234, 850)]
    request = CheckoutRequest(
        str(uuid.uuid4()),
        (
            CartLine(packs[0].id, 1, packs[0].price),
            CartLine(soap.id, 1, Decimal("2.00")),
            CartLine(packs[1].id, 1, packs[1].price),
        ),
    )
    sale = services.sales.checkout(people.cashier, request)
    assert sale.total == Decimal("22.84")  # 12.34 + 8.50 + 2.00
    cheddar = sorted(line.unit_price for line in sale.lines if line.product_id == labels.id)
    assert cheddar == [Decimal("8.50"), Decimal("12.34")]
    assert services.inventory.get(people.manager, labels.id).stock == 8

    small = next(line for line in sale.lines if line.unit_price == Decimal("8.50"))
    refund = services.refunds.refund(
        people.manager,
        RefundRequest(
            str(uuid.uuid4()),
            sale.id,
            (ReturnLine(small.line_id, 1),),
            RefundMethod.CASH,
            "Too salty",
        ),
    )
    assert refund.amount == Decimal("8.50")
    assert services.inventory.get(people.manager, labels.id).stock == 9


def test_a_product_not_sold_by_label_at_two_prices_is_refused_and_nothing_is_written(
    services: Services, people: People
) -> None:
    soap = new_product(services, people.manager, name="Soap", price="2.00", stock=10)
    request = CheckoutRequest(
        str(uuid.uuid4()),
        (CartLine(soap.id, 1, Decimal("2.00")), CartLine(soap.id, 1, Decimal("1.00"))),
    )
    with pytest.raises(ValidationError, match="two prices"):
        services.sales.checkout(people.cashier, request)
    assert services.sales.history(people.manager).total == 0
    assert services.inventory.get(people.manager, soap.id).stock == 10
