"""The bulk demo data (issue 14): the rows a big store's demo data writes in batches keep
the ledgers' invariants, are found by the search index, and leave a healthy store, on
both backends."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from pos_app.data import models
from pos_app.data.database import Database
from pos_app.data.repositories.base import like_pattern
from pos_app.data.transaction import Transaction
from pos_app.services import Services, demo
from pos_app.services.records import Actor
from tests.test_cli import run_cli

OPERATOR = Actor.system()


def ledger_mismatches(tx: Transaction) -> dict[str, list[int]]:
    """Ids of the rows whose figure is not the sum of their ledger or lines."""
    m = models
    moved = (
        select(func.coalesce(func.sum(m.StockMovement.quantity), 0))
        .where(m.StockMovement.product_id == m.Product.id)
        .scalar_subquery()
    )
    entered = (
        select(func.coalesce(func.sum(m.WalletEntry.amount_cents), 0))
        .where(m.WalletEntry.wallet_id == m.Wallet.id)
        .scalar_subquery()
    )
    last_after = (
        select(m.WalletEntry.balance_after_cents)
        .where(m.WalletEntry.wallet_id == m.Wallet.id)
        .order_by(m.WalletEntry.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    lines = (
        select(func.sum(m.SaleLine.paid_cents))
        .where(m.SaleLine.sale_id == m.Sale.id)
        .scalar_subquery()
    )
    paid = (
        select(func.sum(m.SalePayment.amount_cents))
        .where(m.SalePayment.sale_id == m.Sale.id)
        .scalar_subquery()
    )
    audited = (
        select(func.count())
        .where(m.AuditEntry.record_type == "sale", m.AuditEntry.record_id == m.Sale.uuid)
        .scalar_subquery()
    )
    session = tx.session
    return {
        "stock": list(session.scalars(select(m.Product.id).where(m.Product.stock != moved))),
        "last movement": list(
            session.scalars(
                select(m.Product.id).where(
                    m.Product.stock
                    != select(m.StockMovement.stock_after)
                    .where(m.StockMovement.product_id == m.Product.id)
                    .order_by(m.StockMovement.id.desc())
                    .limit(1)
                    .scalar_subquery()
                )
            )
        ),
        "wallet": list(
            session.scalars(select(m.Wallet.id).where(m.Wallet.balance_cents != entered))
        ),
        "last entry": list(
            session.scalars(select(m.Wallet.id).where(m.Wallet.balance_cents != last_after))
        ),
        "lines": list(session.scalars(select(m.Sale.id).where(m.Sale.total_cents != lines))),
        "payments": list(
            session.scalars(
                select(m.Sale.id).where(m.Sale.total_cents + m.Sale.cash_rounding_cents != paid)
            )
        ),
        "audit": list(session.scalars(select(m.Sale.id).where(audited != 1))),
    }


def test_bulk_demo_data_keeps_every_ledger_and_the_search_index(
    services: Services, db: Database, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # A small store made through the services first: the bulk rows come after its ids.
    services.demo.generate(OPERATOR, products=20, customers=5, sales=10, reviews=3, bulk=False)
    made = services.demo.generate(
        OPERATOR, products=300, customers=40, sales=600, reviews=30, bulk=True, days=30
    )
    assert (made.products, made.customers, made.reviews) == (300, 40, 30)
    assert 500 < made.sales <= 600

    assert db.read(ledger_mismatches) == {
        "stock": [],
        "last movement": [],
        "wallet": [],
        "last entry": [],
        "lines": [],
        "payments": [],
        "audit": [],
    }

    def bulk_sales(tx: Transaction) -> tuple[int, datetime, datetime, int, set[str]]:
        sale = models.Sale
        bulk = sale.counter != "Demo counter"  # the bulk's sales are at three counters
        count = tx.session.scalar(select(func.count()).select_from(sale))
        first, last = tx.session.execute(
            select(func.min(sale.created_at), func.max(sale.created_at)).where(bulk)
        ).one()
        days = tx.session.scalar(
            select(func.count(func.distinct(func.date(sale.created_at)))).where(bulk)
        )
        methods = set(tx.session.scalars(select(models.SalePayment.method).distinct()))
        return int(count), first, last, int(days or 0), methods

    count, first, last, days, methods = db.read(bulk_sales)
    assert made.sales < count <= made.sales + 10  # with the small store's
    today = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    assert today - timedelta(days=30) <= first < last < today
    assert days > 20  # spread over the month, not all now
    assert methods == {"cash", "card", "wallet"}

    # The names are in the search index (SQLite's triggers, PostgreSQL's GIN index): the
    # search finds exactly what a LIKE over every name finds.
    for term in ("een Appl", "Socks 3", "o"):
        page = services.inventory.search(OPERATOR, term, limit=500)

        def like_count(tx: Transaction, term: str = term) -> int:
            name = models.Product.name
            match = (
                name.ilike(like_pattern(term), escape="\\")
                if tx.products.on_postgresql
                else name.like(like_pattern(term), escape="\\")
            )
            where = (match, models.Product.active.is_(True))
            return int(tx.session.scalar(select(func.count()).where(*where)) or 0)

        assert page.total == db.read(like_count), term

    code, out, err = run_cli(["health", "--database", db_url], capsys)
    report = json.loads(out)
    assert code == 0, err
    assert report["ok"] is True
    assert (report["products"], report["customers"]) == (320, 45)


def test_demo_data_command_goes_in_bulk_from_a_size(
    db: Database, db_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(demo, "BULK_FROM", 100)
    code, out, err = run_cli(
        ["demo-data", "--products", "150", "--sales", "40", "--database", db_url], capsys
    )
    assert code == 0, err
    assert "Added 150 products, 50 customers" in out

    def earliest(tx: Transaction) -> datetime:
        return tx.session.scalars(select(func.min(models.Sale.created_at))).one()

    # Through the services every sale is made now; in bulk they are spread over a year.
    assert db.read(earliest) < datetime.now(UTC) - timedelta(days=1)
    assert db.read(ledger_mismatches)["stock"] == []


def test_demo_sales_made_by_pos_admin_name_a_cashier(services: Services, db: Database) -> None:
    """A trial's demo store had 3,000 sales with no cashier: the history's Cashier column
    was empty and the cashier filter listed nobody but the one real cashier. pos-admin has
    no staff account, so the demo sales are rung up by demo cashiers, made once."""
    services.demo.generate(OPERATOR, products=20, customers=5, sales=12, reviews=0, bulk=False)
    services.demo.generate(OPERATOR, products=20, customers=5, sales=30, reviews=0, bulk=True)

    def cashiers(tx: Transaction) -> dict[str | None, int]:
        query = (
            select(models.Account.username, func.count(models.Sale.id))
            .select_from(models.Sale)
            .outerjoin(models.Account, models.Account.id == models.Sale.cashier_id)
            .group_by(models.Account.username)
        )
        return {name: count for name, count in tx.session.execute(query)}

    by_cashier = db.read(cashiers)
    assert None not in by_cashier, by_cashier
    assert set(by_cashier) == set(demo.DEMO_CASHIERS)
    assert sum(by_cashier.values()) == db.read(lambda tx: tx.reports.counts()[2])
    staff = {member.username: member.role.value for member in services.staff.list(OPERATOR)}
    assert {name: staff[name] for name in demo.DEMO_CASHIERS} == dict.fromkeys(
        demo.DEMO_CASHIERS, "cashier"
    )  # made once, though the demo data ran twice
