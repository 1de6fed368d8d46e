"""Issue 16, fourth slice (migration 0020): the permission matrix the server applies is
the one Python applies. The migration freezes ``MATRIX`` and ``MANAGER_OVERRIDE`` in SQL
(``pos_role_may``, ``pos_role_needs_override``); this asks the server for every op x role
and compares with ``allowed`` and ``needs_override``. The tendered-cash bound of
``pos_record_sale`` is compared with ``domain.tender_rules`` the same way."""

from __future__ import annotations

from decimal import Decimal

import psycopg
import pytest
from conftest import People
from helpers import cart, migration, new_product
from sqlalchemy.engine import make_url
from test_server_sessions import a_sale

from pos_app.data.repositories.sale_writer import RECORD_SALE_CALL
from pos_app.domain.currency import CURRENCIES, DEFAULT_CURRENCY
from pos_app.domain.enums import Role
from pos_app.domain.errors import ValidationError
from pos_app.domain.tender_rules import CHANGE_MAX_CENTS, change_max_cents, tendered_acceptable
from pos_app.services import Services
from pos_app.services.permissions import MANAGER_OVERRIDE, Op, allowed, needs_override


def test_the_frozen_matrix_names_every_op_and_no_other() -> None:
    frozen = migration("0020")
    assert set(frozen.MATRIX) == {op.value for op in Op}
    assert set(frozen.OVERRIDE_OPS) == {op.value for op in MANAGER_OVERRIDE}
    assert frozen.CHANGE_MAX_CENTS == CHANGE_MAX_CENTS
    scaled = migration("0031")  # the bound in the store's currency
    assert scaled.CHANGE_MAX_CENTS == CHANGE_MAX_CENTS
    assert {c.code: c.scale for c in CURRENCIES.values() if c.scale != 1} == scaled.SCALES


@pytest.mark.postgres_only
def test_the_server_and_python_agree_on_every_op_and_role(pg_migrated_url: str) -> None:
    conninfo = make_url(pg_migrated_url).set(drivername="postgresql")
    server: dict[tuple[str | None, str], tuple[bool, bool]] = {}
    python: dict[tuple[str | None, str], tuple[bool, bool]] = {}
    with psycopg.connect(conninfo.render_as_string(hide_password=False)) as conn:
        for role in (None, *Role):
            name = None if role is None else role.value
            for op in Op:
                row = conn.execute(
                    "SELECT pos_role_may(%s, %s), pos_role_needs_override(%s, %s)",
                    (name, op.value, name, op.value),
                ).fetchone()
                assert row is not None
                server[name, op.value] = (bool(row[0]), bool(row[1]))
                python[name, op.value] = (allowed(role, op), needs_override(role, op))
        assert conn.execute("SELECT pos_role_may('admin', 'no.such.op')").fetchone() == (False,)
    assert server == python
    assert any(may for may, _ in python.values()) and any(o for _, o in python.values())


@pytest.mark.parametrize(
    ("cash", "tendered"),
    [(500, 500), (500, 499), (500, 500 + CHANGE_MAX_CENTS), (500, 501 + CHANGE_MAX_CENTS)],
)
def test_the_tendered_bound_is_the_domain_rule(cash: int, tendered: int) -> None:
    """The SQL bound (``V10_TENDERED``) refuses exactly what the rule refuses."""
    frozen = migration("0020")
    refused_sql = tendered < cash or tendered > cash + frozen.CHANGE_MAX_CENTS
    assert refused_sql is not tendered_acceptable(cash, tendered, DEFAULT_CURRENCY)
    assert f"p_cash_cents + {CHANGE_MAX_CENTS}" in frozen.V10_TENDERED


def test_a_checkout_tendering_more_than_the_change_bound_is_refused_and_writes_nothing(
    services: Services, people: People
) -> None:
    product = new_product(services, people.admin, price="5.00", stock=3)
    most = Decimal(change_max_cents(DEFAULT_CURRENCY)) / 100
    with pytest.raises(ValidationError, match="of change") as refused:
        services.sales.checkout(
            people.cashier, cart((product.id, 1), cash_tendered=Decimal("5.01") + most)
        )
    assert refused.value.field == "cash_tendered"
    sold = services.sales.checkout(
        people.cashier, cart((product.id, 1), cash_tendered=Decimal("5.00") + most)
    )
    assert [p.change for p in sold.payments] == [most]
    assert services.inventory.get(people.admin, product.id).stock == 2


@pytest.mark.postgres_only
@pytest.mark.parametrize("code", ["USD", "INR", "JPY", "LBP"])
def test_the_servers_change_bound_is_the_stores_currencys(
    services: Services, people: People, pg_migrated_url: str, code: str
) -> None:
    """``pos_record_sale`` (0031) gives at most ``change_max_cents`` of the store's
    currency in change, and refuses a cent more, whoever calls it: a yen store's 10,000
    yen note for a 3,500 yen sale is change, not a slip."""
    product = new_product(services, people.admin, price="5.00", stock=3)
    conninfo = make_url(pg_migrated_url).set(drivername="postgresql")
    most = change_max_cents(CURRENCIES[code])
    with psycopg.connect(conninfo.render_as_string(hide_password=False)) as conn:
        conn.execute(
            "INSERT INTO store_settings (key, value, updated_at) VALUES ('currency', %s, now())"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (code,),
        )
        row = conn.execute("SELECT version FROM pricing_state").fetchone()
        assert row is not None
        for tendered, ok in ((500 + most, True), (501 + most, False)):
            sale = a_sale(people.cashier.account_id, product.id, row[0])
            sale["tendered"] = tendered
            with conn.transaction(force_rollback=True):
                if ok:
                    assert conn.execute(RECORD_SALE_CALL, sale).fetchone() is not None
                else:
                    with pytest.raises(psycopg.errors.CheckViolation):
                        conn.execute(RECORD_SALE_CALL, sale)
