"""The cart priced offline (issue 15): ``services.offline.quote`` prices from the
counter's copy of the catalogue exactly as ``sell`` then charges it and as the server
quotes it, discounts included, and writes nothing. Both databases."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import People
from helpers import new_product

from pos_app.data.counter_file import CounterFile
from pos_app.data.database import Database
from pos_app.domain.enums import PromotionKind
from pos_app.domain.errors import ValidationError
from pos_app.services import Services
from pos_app.services.offline import OfflineSalesService
from pos_app.services.records import CartLine, CheckoutRequest, DiscountRequest


def test_the_offline_quote_is_what_the_server_quotes_and_what_sell_charges(
    services: Services, people: People, db: Database, tmp_path: Path
) -> None:
    manager = people.manager
    shirt = new_product(services, manager, "Green T-Shirt", "19.99", 5, "1001")
    soap = new_product(services, manager, "Soap", "2.00", 9, "1003")
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
    t1 = OfflineSalesService(db, CounterFile(tmp_path / "T1.sqlite"))
    cart = CheckoutRequest(str(uuid.uuid4()), lines, counter="T1")
    with pytest.raises(ValidationError):  # no copy of the catalogue yet
        t1.quote(people.cashier, cart)
    assert t1.refresh_catalogue().complete

    offline = t1.quote(people.cashier, cart)
    online = services.sales.quote(people.cashier, cart)
    assert offline == online
    assert offline.total == Decimal("46.98")
    assert offline.promotion == Decimal("1.00")
    assert t1.waiting_count() == 0, "a quote writes nothing"

    sold = t1.sell(
        people.cashier,
        CheckoutRequest(
            cart.sale_uuid,
            lines,
            counter="T1",
            cash_tendered=Decimal(50),
            expected_total=offline.total,
        ),
    )
    assert sold.total == offline.total

    discounted = CheckoutRequest(
        str(uuid.uuid4()), lines, counter="T1", discount=DiscountRequest("loyal", Decimal(5))
    )
    # Discounts are priced offline as online (tests/test_offline_overrides.py).
    assert t1.quote(people.cashier, discounted) == services.sales.quote(people.cashier, discounted)
