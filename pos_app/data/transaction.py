"""The unit of work: one open transaction and a repository per aggregate over it.

Services get a ``Transaction`` from ``Database.read``/``Database.write`` and ask its
repositories (``tx.products``, ``tx.stock``, ``tx.wallets``, ...). Each ledger has one
writer: ``tx.stock.move``, ``tx.wallets.credit``/``debit``, ``tx.audit.append``; a sale
is written by ``tx.sale_writer``, which holds the only PostgreSQL-versus-SQLite branch.

With ``one_statement`` (``Database.write(..., one_statement=True)`` on PostgreSQL) the
session runs without a transaction around it: reads see the latest commits, and the one
write must be a single statement (the sale writer's), which is then its own transaction.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from pos_app.data.changes import CHANGED, CUSTOMERS, STAFF, TABLE_TOPICS
from pos_app.data.models import Account, Base
from pos_app.data.repositories.accounts import AccountRepository
from pos_app.data.repositories.audit import AuditLog
from pos_app.data.repositories.catalogue import CatalogueRepository
from pos_app.data.repositories.closings import DayClosingRepository
from pos_app.data.repositories.offline_sales import OfflineSaleRepository
from pos_app.data.repositories.offline_sync import OfflineSyncReads
from pos_app.data.repositories.parked_carts import ParkedCartRepository
from pos_app.data.repositories.pricing import PricingRepository
from pos_app.data.repositories.pricing_reports import PricingReports
from pos_app.data.repositories.products import ProductRepository
from pos_app.data.repositories.refunds import RefundRepository
from pos_app.data.repositories.reports import ReportQueries
from pos_app.data.repositories.reviews import ReviewRepository
from pos_app.data.repositories.sale_writer import SaleWriter
from pos_app.data.repositories.sales import SaleRepository
from pos_app.data.repositories.shifts import ShiftRepository
from pos_app.data.repositories.stock import StockLedger
from pos_app.data.repositories.wallets import WalletLedger
from pos_app.domain.enums import Role

M = TypeVar("M", bound=Base)
R = TypeVar("R")


class _Repository(Generic[R]):
    """A repository of the transaction, made on first use and kept for the transaction."""

    def __init__(self, kind: type[R]) -> None:
        self.kind = kind

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, tx: Transaction, owner: type | None = None) -> R:
        made = self.kind(tx)  # type: ignore[call-arg]
        tx.__dict__[self.name] = made
        return made


def note_flushed(session: Session, _context: Any, _instances: Any) -> None:
    """``before_flush``: note the change topics of the rows this flush writes."""
    topics: set[str] = session.info.setdefault(CHANGED, set())
    for row in (*session.new, *session.dirty, *session.deleted):
        if isinstance(row, Account):
            topics.add(CUSTOMERS if row.role == Role.CUSTOMER.value else STAFF)
        else:
            topics.update(TABLE_TOPICS.get(getattr(row, "__tablename__", ""), ()))


class Transaction:
    """One transaction (or, for a sale on PostgreSQL, one statement) and its repositories."""

    def __init__(
        self, session: Session, *, one_statement: bool = False, connection: Connection | None = None
    ) -> None:
        self.session = session
        self._connection = connection
        self.one_statement = one_statement

    accounts = _Repository(AccountRepository)
    wallets = _Repository(WalletLedger)
    products = _Repository(ProductRepository)
    stock = _Repository(StockLedger)
    sales = _Repository(SaleRepository)
    sale_writer = _Repository(SaleWriter)
    refunds = _Repository(RefundRepository)
    reviews = _Repository(ReviewRepository)
    parked_carts = _Repository(ParkedCartRepository)
    closings = _Repository(DayClosingRepository)
    shifts = _Repository(ShiftRepository)
    audit = _Repository(AuditLog)
    reports = _Repository(ReportQueries)
    pricing = _Repository(PricingRepository)
    pricing_reports = _Repository(PricingReports)
    offline_sales = _Repository(OfflineSaleRepository)
    catalogue = _Repository(CatalogueRepository)
    offline_sync = _Repository(OfflineSyncReads)

    @property
    def changed(self) -> set[str]:
        """The change topics (pos_app.data.changes) of this transaction's writes: from the
        rows it flushed (``note_flushed``) and from each conditional update."""
        topics: set[str] = self.session.info.setdefault(CHANGED, set())
        return topics

    def touch(self, *topics: str) -> None:
        self.changed.update(topics)

    def check_writable(self) -> None:
        """A one-statement write makes no change but its sale: each flush would commit."""
        if self.one_statement:
            raise AssertionError("a one-statement write makes no change outside the sale")

    def connection(self) -> Connection:
        """The connection for Core statements: the one given, else the session's."""
        return self._connection if self._connection is not None else self.session.connection()

    def add(self, row: Base) -> None:
        self.check_writable()
        self.session.add(row)

    def flush(self) -> None:
        self.check_writable()
        self.session.flush()

    def delete(self, row: Base) -> None:
        self.check_writable()
        self.session.delete(row)

    def get(self, model: type[M], row_id: int) -> M | None:
        return self.session.get(model, row_id)

    def lock(self, model: type[M], row_id: int) -> M | None:
        """The row as it is now, locked until the end of the transaction (PostgreSQL)."""
        self.check_writable()  # no transaction to hold the lock
        return self.session.get(model, row_id, with_for_update=True, populate_existing=True)

    def fresh(self, model: type[M], row_id: int) -> M | None:
        """The row re-read from the database, not from this session's cache."""
        return self.session.get(model, row_id, populate_existing=True)
