"""The store's currency (issue 17): the table, the setting's round trip and its refusals, and a
yen store whose sales, taxes, discounts and refunds are all whole yen, on both databases."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from decimal import Decimal

import pytest
from conftest import People
from helpers import new_customer, new_product

from pos_app.domain.currency import (
    CURRENCIES,
    DEFAULT_CURRENCY,
    check_currency,
    set_store_currency,
    store_currency,
)
from pos_app.domain.enums import RefundMethod
from pos_app.domain.errors import ValidationError
from pos_app.domain.money import (
    format_money,
    parse_money,
    plain_money,
    set_money_formatter,
    typed_money,
)
from pos_app.services import Services
from pos_app.services.records import CartLine, CheckoutRequest, RefundRequest, ReturnLine, Sale

JPY = CURRENCIES["JPY"]


@pytest.fixture
def in_usd() -> Iterator[None]:
    """The store-wide currency is USD for the test and whatever it was afterwards."""
    before = set_store_currency(DEFAULT_CURRENCY)
    yield
    set_store_currency(before)


@pytest.fixture
def in_yen() -> Iterator[None]:
    before = set_store_currency(JPY)
    yield
    set_store_currency(before)


# ---------------------------------------------------------------- the table


def test_the_table_knows_decimals_and_refuses_unknown_codes() -> None:
    assert (CURRENCIES["USD"].decimals, CURRENCIES["USD"].unit_cents) == (2, 1)
    assert (CURRENCIES["EUR"].decimals, CURRENCIES["EUR"].unit_cents) == (2, 1)
    assert (JPY.decimals, JPY.unit_cents) == (0, 100)
    assert (CURRENCIES["LBP"].decimals, CURRENCIES["LBP"].unit_cents) == (0, 100)
    assert check_currency(" jpy ") is JPY
    for bad in ("XYZ", "", "US", 840, None, "KWD"):  # KWD: three decimals, not in cents
        with pytest.raises(ValidationError, match=r"Unknown currency .* use one of the ISO codes"):
            check_currency(bad)


def test_plain_formatting_follows_the_currencys_decimals(in_usd: None) -> None:
    assert format_money(Decimal("1234.5")) == "1,234.50"  # as before, for USD
    assert plain_money(Decimal("1234.00"), JPY) == "1,234"
    assert typed_money(Decimal("1234.00"), JPY) == "1234"
    assert typed_money(Decimal("1234.5")) == "1234.50"
    set_store_currency(JPY)
    assert format_money(Decimal("1234567")) == "1,234,567"


def test_a_yen_amount_has_no_decimals(in_yen: None) -> None:
    assert parse_money("1200") == Decimal("1200.00")
    assert parse_money("1200.00") == Decimal("1200.00")  # nothing after the point
    assert parse_money("12,0") == Decimal("12.00")
    for typed in ("12.50", "0,5", Decimal("3.10")):
        with pytest.raises(ValidationError, match="must be a whole number of JPY, without"):
            parse_money(typed, label="Price")
    with pytest.raises(ValidationError, match="without thousands separators"):
        parse_money("1,000")  # a thousand yen typed with grouping: refused, never 1 yen
    assert store_currency() is JPY


# ---------------------------------------------------------------- the setting


def test_the_currency_setting_round_trip(services: Services, people: People) -> None:
    manager = people.manager
    assert services.taxes.settings(manager).currency == "USD"  # never set: USD, as before
    assert services.taxes.settings(manager).rules.unit_cents == 1
    saved = services.taxes.update_settings(manager, {"currency": "eur"})
    assert saved.currency == "EUR"
    assert services.taxes.settings(manager).currency == "EUR"
    saved = services.taxes.update_settings(manager, {"currency": "JPY"})
    assert (saved.currency, saved.rules.unit_cents) == ("JPY", 100)
    with pytest.raises(ValidationError, match="Unknown currency 'XYZ'") as refused:
        services.taxes.update_settings(manager, {"currency": "XYZ", "tax_number": "FR-1"})
    assert refused.value.field == "currency"
    after = services.taxes.settings(manager)
    assert (after.currency, after.tax_number) == ("JPY", "")  # nothing written


def test_cash_steps_are_the_currencys(services: Services, people: People) -> None:
    manager = people.manager
    with pytest.raises(ValidationError, match="Cash rounding in JPY is off or one of 1, 5, 10"):
        services.taxes.update_settings(manager, {"currency": "JPY", "cash_rounding_cents": 5})
    assert services.taxes.settings(manager).currency == "USD"
    saved = services.taxes.update_settings(
        manager, {"currency": "JPY", "cash_rounding_cents": 1000}
    )
    assert (saved.currency, saved.cash_rounding_cents) == ("JPY", 1000)  # to 10 yen
    with pytest.raises(ValidationError, match="Cash rounding in USD"):
        services.taxes.update_settings(manager, {"currency": "USD"})  # 1000 cents: no step


def test_decimals_change_only_while_no_sale_exists(
    services: Services, people: People, in_usd: None
) -> None:
    manager = people.manager
    cap = new_product(services, manager, name="Cap", price="9.99", stock=9)
    with pytest.raises(ValidationError, match=r"Cap costs 9.99: JPY has no decimals"):
        services.taxes.update_settings(manager, {"currency": "JPY"})
    services.inventory.update(manager, cap.id, {"price": Decimal("10.00")})
    services.taxes.update_settings(manager, {"currency": "LBP"})  # no sale yet: taken
    services.taxes.update_settings(manager, {"currency": "USD"})
    services.sales.checkout(
        people.cashier, CheckoutRequest(str(uuid.uuid4()), (CartLine(cap.id, 1),))
    )
    with pytest.raises(ValidationError, match="cannot change from USD to JPY once sales exist"):
        services.taxes.update_settings(manager, {"currency": "JPY"})
    assert services.taxes.update_settings(manager, {"currency": "EUR"}).currency == "EUR"
    assert services.taxes.settings(manager).currency == "EUR"  # same decimals: any time


# ---------------------------------------------------------------- a yen store


def test_a_yen_store_sells_and_refunds_in_whole_yen(
    services: Services, people: People, in_yen: None
) -> None:
    """Shelf prices include 10% consumption tax, rounded per receipt; cash rounds to 10 yen;
    the arithmetic is inline."""
    manager = people.manager
    services.taxes.update_settings(manager, {"currency": "JPY", "cash_rounding_cents": 1000})
    rate = services.taxes.add_rate(manager, "Consumption 10%", "10")
    services.taxes.update_settings(manager, {"default_tax_rate_id": rate.id})
    tea = new_product(services, manager, name="Tea", price="333", stock=9)
    with pytest.raises(ValidationError, match="whole number of JPY"):
        new_product(services, manager, name="Cake", price="120.50", stock=9)
    request = CheckoutRequest(
        str(uuid.uuid4()), (CartLine(tea.id, 3),), cash_tendered=Decimal("1000")
    )
    sale = services.sales.checkout(people.cashier, request)
    # 999 yen, tax included: 999 x 10 / 110 = 90.8 -> 91 yen; net 908.
    # Cash rounds to 10 yen: 999 -> 1000, a rounding of +1 yen; change 0.
    assert (sale.total, sale.tax) == (Decimal("999.00"), Decimal("91.00"))
    assert [p.amount for p in sale.payments] == [Decimal("1000.00")]
    refunded, taxes = [], []
    # One at a time: 333 yen each. The tax comes back as round(91 x paid back / 999) less
    # what came back before: 91 x 333 / 999 = 30.33 -> 30; 91 x 666 / 999 = 60.67 -> 61,
    # so 31; then 91 - 61 = 30. Whole yen, adding up to the 91 of the sale.
    for _ in range(3):
        refund = services.refunds.refund(
            manager,
            RefundRequest(
                str(uuid.uuid4()),
                sale.id,
                (ReturnLine(sale.lines[0].line_id, 1),),
                RefundMethod.CASH,
                "changed mind",
            ),
        )
        refunded.append(refund.amount)
        taxes.append(refund.lines[0].tax)
    assert refunded == [Decimal("333.00")] * 3
    assert taxes == [Decimal(30), Decimal(31), Decimal(30)]


def test_the_audit_trail_writes_amounts_plainly_whatever_the_screen_shows(
    services: Services, people: People, in_usd: None
) -> None:
    # The screen's formatter follows the counter's language ("12,50 €", "$12.50"); the
    # audit trail is one record for every counter, so it never takes that form.
    before = set_money_formatter(lambda amount, currency: f"<{amount} {currency.code}>")
    try:
        assert format_money(Decimal("20.00")) == "<20.00 USD>"  # the screens' form is on
        services.shifts.open(people.cashier, {"20": 1}, counter="C9")
    finally:
        set_money_formatter(before)
    opened = services.audit.search(people.admin, action="shift_opened")
    assert [entry.detail for entry in opened.items] == ["counter C9, float 20.00"]


def test_the_limits_are_the_currencys_own(services: Services, people: People) -> None:
    """A price, a top-up and a float are limited for a dollar-sized unit; the currency's
    scale multiplies them. A Lebanese shop prices a television at 45,000,000 LBP (about
    500 dollars), which the old limit of 1,000,000 refused, in the services and in the
    database's own check."""
    manager = people.manager
    lbp = CURRENCIES["LBP"]
    with pytest.raises(ValidationError, match=r"at most 1,000,000\.00"):  # USD: as before
        new_product(services, manager, name="Too dear", price="1000000.01", stock=1)
    before = set_store_currency(lbp)
    try:
        services.taxes.update_settings(manager, {"currency": "LBP"})
        tv = new_product(services, manager, name="Television", price="45000000", stock=2)
        assert tv.price == Decimal("45000000.00")
        with pytest.raises(ValidationError, match="at most 100,000,000,000"):
            new_product(services, manager, name="Too dear", price="100000000001", stock=1)
        customer = new_customer(services, manager, "rima")
        topped = services.wallets.top_up(manager, customer.id, "5000000", method="cash")
        assert topped.balance == Decimal("5000000.00")  # 10,000 LBP was the old most
    finally:
        set_store_currency(before)
    names = [p.name for p in services.inventory.search(manager, "").items]
    assert "Too dear" not in names and "Television" in names


def test_the_change_a_sale_gives_is_the_currencys_own(
    services: Services, people: People, in_yen: None
) -> None:
    """At most 1,000.00 of change in a dollar-sized unit, scaled as the store's other
    limits are: a 10,000 yen note for a 3,500 yen sale was refused as a slip (1,000 yen
    was the most); a million yen and one more still is, and writes nothing."""
    manager = people.manager
    services.taxes.update_settings(manager, {"currency": "JPY"})
    tea = new_product(services, manager, name="Tea", price="3500", stock=3)

    def pay(tendered: str) -> Sale:
        line = (CartLine(tea.id, 1),)
        request = CheckoutRequest(str(uuid.uuid4()), line, cash_tendered=Decimal(tendered))
        return services.sales.checkout(people.cashier, request)

    sale = pay("10000")
    assert [p.change for p in sale.payments] == [Decimal("6500.00")]
    with pytest.raises(ValidationError, match=r"leaves more than .*1,000,000 of change") as slip:
        pay("1003501")
    assert slip.value.field == "cash_tendered"
    assert services.inventory.get(manager, tea.id).stock == 2
    assert [p.change for p in pay("1003500").payments] == [Decimal("1000000.00")]
