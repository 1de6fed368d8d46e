"""Tables. Money is integer cents; every business invariant is also a constraint here."""

from __future__ import annotations

from datetime import UTC, date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

from pos_app.domain.enums import (
    MaritalStatus,
    PaymentMethod,
    RefundMethod,
    ReviewStatus,
    Role,
    SaleStatus,
    StockMovementKind,
    TopUpMethod,
    WalletEntryKind,
)
from pos_app.domain.rules import NAME_KEY_MAX, PRICE_CEILING_CENTS, natural_sort_key

if TYPE_CHECKING:  # at run time audit_models puts them here (the end of this module)
    from pos_app.data.audit_models import AuditChainLink as AuditChainLink  # noqa: PLC0414
    from pos_app.data.audit_models import AuditEntry as AuditEntry  # noqa: PLC0414

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Stores UTC; always hands back an aware UTC datetime, on SQLite too."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)


def _one_of(column: str, enum: type[StrEnum]) -> str:
    values = ", ".join(f"'{member.value}'" for member in enum)
    return f"{column} IN ({values})"


def _restrict(column: str) -> ForeignKey:
    """A reference from history (a ledger, a sale) that no delete may leave dangling or
    cascade through (issue 16, migration 0014)."""
    return ForeignKey(column, ondelete="RESTRICT")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Account(Base):
    __tablename__ = "accounts"
    __table_args__ = (
        CheckConstraint(_one_of("role", Role), name="role"),
        CheckConstraint(_one_of("marital_status", MaritalStatus), name="marital_status"),
        CheckConstraint("age IS NULL OR (age >= 0 AND age <= 150)", name="age"),
        CheckConstraint("length(username) >= 3 AND length(username) <= 32", name="username"),
        CheckConstraint("failed_sign_ins >= 0", name="failed_sign_ins"),
        Index("ix_accounts_role_name", "role", "name"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    #: Required for customers; staff accounts may leave it empty.
    age: Mapped[int | None] = mapped_column(Integer, nullable=True)
    address: Mapped[str] = mapped_column(String(255), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    gender: Mapped[str] = mapped_column(String(32), default="")
    marital_status: Mapped[str | None] = mapped_column(String(16), nullable=True)
    role: Mapped[str] = mapped_column(String(16))
    #: Not loaded for a role that may not read it (issue 16: the counters' role on
    #: PostgreSQL; ``pos_app.data.server_session.hide_secret_columns``).
    password_hash: Mapped[str] = mapped_column(String(100))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_sign_ins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Wallet consent (migration 0021, ``domain.wallet_consent``); the hashes are secrets.
    pin_hash: Mapped[str | None] = mapped_column(String(100), nullable=True)
    card_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)
    failed_pins: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    pin_locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    #: PostgreSQL: the transaction ``pos_customer_consent`` found a valid consent in.
    consent_xid: Mapped[int | None] = mapped_column(BigInteger, nullable=True)


class Wallet(Base):
    __tablename__ = "wallets"
    __table_args__ = (
        CheckConstraint("balance_cents >= 0", name="balance_not_negative"),
        # Migration 0015: what the open credit leases still hold for offline spending
        # (``lease_models``) is always covered by the balance.
        CheckConstraint("leased_cents >= 0", name="leased_not_negative"),
        CheckConstraint("balance_cents >= leased_cents", name="balance_covers_leases"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(_restrict("accounts.id"), unique=True)
    balance_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    #: The unused parts of this wallet's open credit leases (migration 0015).
    leased_cents: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")


class WalletEntry(Base):
    """Append-only ledger of every wallet movement."""

    __tablename__ = "wallet_entries"
    __table_args__ = (
        CheckConstraint(_one_of("kind", WalletEntryKind), name="kind"),
        CheckConstraint(
            f"payment_method IS NULL OR {_one_of('payment_method', TopUpMethod)}",
            name="payment_method",
        ),
        CheckConstraint("balance_after_cents >= 0", name="balance_after_not_negative"),
        CheckConstraint("amount_cents <> 0", name="amount_not_zero"),
        Index("ix_wallet_entries_wallet_id_id", "wallet_id", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    wallet_id: Mapped[int] = mapped_column(_restrict("wallets.id"))
    kind: Mapped[str] = mapped_column(String(16))
    amount_cents: Mapped[int] = mapped_column(BigInteger)
    balance_after_cents: Mapped[int] = mapped_column(BigInteger)
    actor_id: Mapped[int | None] = mapped_column(_restrict("accounts.id"), nullable=True)
    sale_id: Mapped[int | None] = mapped_column(_restrict("sales.id"), nullable=True, index=True)
    reason: Mapped[str] = mapped_column(String(255), default="")
    #: How the customer paid for a top-up (cash into the drawer, or card); NULL otherwise.
    payment_method: Mapped[str | None] = mapped_column(String(16), nullable=True)
    #: The counter a top-up was taken at (its cash is in that drawer); "" otherwise.
    counter: Mapped[str] = mapped_column(String(64), default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    #: The shift open at its counter when it was written (issue 13); NULL: none was.
    shift_id: Mapped[int | None] = mapped_column(_restrict("shifts.id"), nullable=True, index=True)


class ProductCategory(Base):
    """A category the managers defined. Products name it; a rename follows through
    (ON UPDATE CASCADE); a category in use is retired, never deleted."""

    __tablename__ = "categories"
    __table_args__ = (CheckConstraint("length(name) >= 1 AND length(name) <= 40", name="name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(40), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    #: The tax rate of its products unless a product names its own; none: the store's default.
    tax_rate_id: Mapped[int | None] = mapped_column(ForeignKey("tax_rates.id"), nullable=True)


def _name_key(context: Any) -> str:
    """The natural sort key of the name being inserted (ORM and Core inserts alike)."""
    return natural_sort_key(str(context.get_current_parameters()["name"]))


class Product(Base):
    __tablename__ = "products"
    __table_args__ = (
        CheckConstraint(
            f"price_cents >= 0 AND price_cents <= {PRICE_CEILING_CENTS}", name="price_range"
        ),
        # Below zero only by offline sales (migration 0010): ``oversold_units`` of them.
        CheckConstraint(
            "stock >= -oversold_units AND oversold_units >= 0", name="stock_oversold_only"
        ),
        CheckConstraint("length(name) >= 1 AND length(name) <= 100", name="name_length"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), index=True)
    #: ``natural_sort_key(name)``: the inventory sorts by it ("Item 2" before "Item 10")
    #: through its index. Set on insert; a rename sets it again (InventoryService.update).
    name_key: Mapped[str] = mapped_column(
        String(NAME_KEY_MAX), index=True, default=_name_key, server_default=""
    )
    category: Mapped[str] = mapped_column(
        String(40), ForeignKey("categories.name", onupdate="CASCADE"), index=True
    )
    price_cents: Mapped[int] = mapped_column(BigInteger)
    description: Mapped[str] = mapped_column(String(255), default="")
    stock: Mapped[int] = mapped_column(Integer, default=0)
    oversold_units: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    barcode: Mapped[str | None] = mapped_column(String(64), unique=True, nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    #: Overrides its category's tax rate.
    tax_rate_id: Mapped[int | None] = mapped_column(ForeignKey("tax_rates.id"), nullable=True)
    #: Sold at the price its price-embedded barcode carries (weighed, pre-packed goods).
    variable_price: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class StockMovement(Base):
    """Append-only ledger of every stock change."""

    __tablename__ = "stock_movements"
    __table_args__ = (
        CheckConstraint(_one_of("kind", StockMovementKind), name="kind"),
        CheckConstraint("quantity <> 0", name="quantity_not_zero"),
        Index("ix_stock_movements_product_id_id", "product_id", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    product_id: Mapped[int] = mapped_column(_restrict("products.id"))
    kind: Mapped[str] = mapped_column(String(16))
    quantity: Mapped[int] = mapped_column(Integer)
    stock_after: Mapped[int] = mapped_column(Integer)
    actor_id: Mapped[int | None] = mapped_column(_restrict("accounts.id"), nullable=True)
    sale_id: Mapped[int | None] = mapped_column(_restrict("sales.id"), nullable=True, index=True)
    reason: Mapped[str] = mapped_column(String(255), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Sale(Base):
    __tablename__ = "sales"
    __table_args__ = (
        CheckConstraint(_one_of("status", SaleStatus), name="status"),
        CheckConstraint("total_cents >= 0", name="total_not_negative"),
        CheckConstraint("net_cents + tax_cents = total_cents", name="net_plus_tax"),
        Index("ix_sales_customer_id_created_at", "customer_id", "created_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    customer_id: Mapped[int | None] = mapped_column(_restrict("accounts.id"), nullable=True)
    cashier_id: Mapped[int | None] = mapped_column(_restrict("accounts.id"), nullable=True)
    counter: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    total_cents: Mapped[int] = mapped_column(BigInteger)
    status: Mapped[str] = mapped_column(String(16), default=SaleStatus.COMPLETED.value)
    # How it was priced (issue 12); a sale from before keeps net = total and no tax.
    net_cents: Mapped[int] = mapped_column(BigInteger)
    tax_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    discount_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    promotion_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    #: Cash rounding: what the cash payment differs from the total by (+ rounded up).
    cash_rounding_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    prices_include_tax: Mapped[bool] = mapped_column(Boolean, default=True)
    discount_reason: Mapped[str] = mapped_column(String(255), default="")
    discount_authorised_by_id: Mapped[int | None] = mapped_column(
        _restrict("accounts.id"), nullable=True
    )
    #: The shift open at its counter when it was written (issue 13); NULL: none was.
    shift_id: Mapped[int | None] = mapped_column(_restrict("shifts.id"), nullable=True, index=True)
    #: A void (issue 13): a manager took the whole sale back during its shift; the
    #: stock and the wallet went back and no figure counts it any more.
    voided_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    voided_by_id: Mapped[int | None] = mapped_column(_restrict("accounts.id"), nullable=True)
    void_reason: Mapped[str] = mapped_column(String(200), default="", server_default="")


#: What a line charged in shelf-price terms: its gross less promotion and discounts.
_CHARGED = "(line_total_cents - promotion_cents - discount_cents - cart_discount_cents)"


class SaleLine(Base):
    __tablename__ = "sale_lines"
    __table_args__ = (
        CheckConstraint("quantity > 0", name="quantity_positive"),
        CheckConstraint("unit_price_cents >= 0", name="unit_price_not_negative"),
        CheckConstraint("line_total_cents = quantity * unit_price_cents", name="line_total"),
        CheckConstraint("paid_cents = net_cents + tax_cents", name="paid_is_net_plus_tax"),
        CheckConstraint(
            "promotion_cents >= 0 AND discount_cents >= 0 AND cart_discount_cents >= 0"
            " AND tax_cents >= 0 AND net_cents >= 0",
            name="figures_not_negative",
        ),
        CheckConstraint(
            f"{_CHARGED} = net_cents OR {_CHARGED} = paid_cents", name="charged_is_net_or_paid"
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sale_id: Mapped[int] = mapped_column(_restrict("sales.id"), index=True)
    product_id: Mapped[int] = mapped_column(_restrict("products.id"), index=True)
    product_name: Mapped[str] = mapped_column(String(100))
    quantity: Mapped[int] = mapped_column(Integer)
    unit_price_cents: Mapped[int] = mapped_column(BigInteger)
    line_total_cents: Mapped[int] = mapped_column(BigInteger)
    promotion_name: Mapped[str] = mapped_column(String(100), default="")
    promotion_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    discount_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    cart_discount_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    discount_reason: Mapped[str] = mapped_column(String(255), default="")
    tax_name: Mapped[str] = mapped_column(String(40), default="")
    tax_percent_e4: Mapped[int] = mapped_column(Integer, default=0)
    tax_exempt: Mapped[bool] = mapped_column(Boolean, default=False)
    net_cents: Mapped[int] = mapped_column(BigInteger)
    tax_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    #: What the customer paid for the line, tax included: what refunding it all gives back.
    paid_cents: Mapped[int] = mapped_column(BigInteger)


class SalePayment(Base):
    __tablename__ = "sale_payments"
    __table_args__ = (
        CheckConstraint(_one_of("method", PaymentMethod), name="method"),
        CheckConstraint("amount_cents > 0", name="amount_positive"),
        CheckConstraint(
            "tendered_cents IS NULL OR tendered_cents >= amount_cents", name="tendered_covers"
        ),
        CheckConstraint("change_cents IS NULL OR change_cents >= 0", name="change_not_negative"),
        UniqueConstraint("sale_id", "method"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sale_id: Mapped[int] = mapped_column(_restrict("sales.id"))
    method: Mapped[str] = mapped_column(String(16))
    amount_cents: Mapped[int] = mapped_column(BigInteger)
    tendered_cents: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    change_cents: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    #: A card payment's approval code or last digits, as the terminal printed them.
    reference: Mapped[str | None] = mapped_column(String(64), nullable=True)


class Review(Base):
    __tablename__ = "reviews"
    __table_args__ = (
        CheckConstraint(_one_of("status", ReviewStatus), name="status"),
        CheckConstraint("rating >= 1 AND rating <= 5", name="rating"),
        CheckConstraint("length(comment) <= 1000", name="comment_length"),
        UniqueConstraint("customer_id", "product_id"),
        Index("ix_reviews_status_created_at", "status", "created_at"),
        Index("ix_reviews_product_id_status", "product_id", "status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"))
    rating: Mapped[int] = mapped_column(Integer)
    comment: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default=ReviewStatus.NEEDS_APPROVAL.value)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    moderated_by_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"), nullable=True)
    moderated_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class Refund(Base):
    """Money and goods given back against a past sale: its own record, never an edit."""

    __tablename__ = "refunds"
    __table_args__ = (
        CheckConstraint(_one_of("method", RefundMethod), name="method"),
        CheckConstraint("amount_cents > 0", name="amount_positive"),
        Index("ix_refunds_created_at", "created_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    sale_id: Mapped[int] = mapped_column(_restrict("sales.id"), index=True)
    method: Mapped[str] = mapped_column(String(16))
    amount_cents: Mapped[int] = mapped_column(BigInteger)
    cashier_id: Mapped[int | None] = mapped_column(_restrict("accounts.id"), nullable=True)
    authorised_by_id: Mapped[int | None] = mapped_column(_restrict("accounts.id"), nullable=True)
    counter: Mapped[str] = mapped_column(String(64), default="")
    reason: Mapped[str] = mapped_column(String(255))
    #: A card refund's terminal reference.
    reference: Mapped[str | None] = mapped_column(String(64), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    #: The tax inside ``amount_cents`` (the sum of its lines').
    tax_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    #: The shift open at its counter when it was written (issue 13); NULL: none was.
    shift_id: Mapped[int | None] = mapped_column(_restrict("shifts.id"), nullable=True, index=True)


class RefundLine(Base):
    __tablename__ = "refund_lines"
    __table_args__ = (
        CheckConstraint("quantity > 0", name="quantity_positive"),
        CheckConstraint("amount_cents > 0", name="amount_positive"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    refund_id: Mapped[int] = mapped_column(_restrict("refunds.id"), index=True)
    sale_line_id: Mapped[int] = mapped_column(_restrict("sale_lines.id"), index=True)
    product_id: Mapped[int] = mapped_column(_restrict("products.id"))
    quantity: Mapped[int] = mapped_column(Integer)
    amount_cents: Mapped[int] = mapped_column(BigInteger)
    #: The tax inside ``amount_cents``: the share of the sale line's tax given back.
    tax_cents: Mapped[int] = mapped_column(BigInteger, default=0)


class DayClosing(Base):
    """A Z report that a manager closed: the period, the totals, and the counted cash."""

    __tablename__ = "day_closings"
    __table_args__ = (
        CheckConstraint("opening_float_cents >= 0", name="float_not_negative"),
        CheckConstraint("counted_cash_cents >= 0", name="counted_not_negative"),
        CheckConstraint("period_end > period_start", name="period_order"),
        UniqueConstraint("counter", "business_day"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    #: Empty for the whole store.
    counter: Mapped[str] = mapped_column(String(64), default="")
    #: The day this closing closed; one closing per counter and day. NULL only on closings
    #: made before the rule (a second closing of the same day was possible then).
    business_day: Mapped[date | None] = mapped_column(Date, nullable=True)
    period_start: Mapped[datetime] = mapped_column(UTCDateTime)
    period_end: Mapped[datetime] = mapped_column(UTCDateTime)
    sales_count: Mapped[int] = mapped_column(Integer)
    gross_cents: Mapped[int] = mapped_column(BigInteger)
    refunds_cents: Mapped[int] = mapped_column(BigInteger)
    cash_sales_cents: Mapped[int] = mapped_column(BigInteger)
    wallet_sales_cents: Mapped[int] = mapped_column(BigInteger)
    cash_refunds_cents: Mapped[int] = mapped_column(BigInteger)
    wallet_refunds_cents: Mapped[int] = mapped_column(BigInteger)
    card_sales_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    card_refunds_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    cash_top_ups_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    card_top_ups_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    opening_float_cents: Mapped[int] = mapped_column(BigInteger)
    expected_cash_cents: Mapped[int] = mapped_column(BigInteger)
    counted_cash_cents: Mapped[int] = mapped_column(BigInteger)
    closed_by_id: Mapped[int | None] = mapped_column(_restrict("accounts.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ParkedCart(Base):
    """A cart set aside at a counter to serve the next customer; resumed later."""

    __tablename__ = "parked_carts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    counter: Mapped[str] = mapped_column(String(64), index=True)
    label: Mapped[str] = mapped_column(String(100), default="")
    note: Mapped[str] = mapped_column(String(200), default="")
    #: The counter's key for the park that made this row: a repeated park is one row.
    parked_key: Mapped[str | None] = mapped_column(String(36), unique=True, nullable=True)
    #: Set when a counter resumed it. The row stays until that counter has the cart in its
    #: own file, so that a lost answer or a crash in between loses nothing.
    taken_key: Mapped[str | None] = mapped_column(String(36), unique=True, nullable=True)
    taken_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    cashier_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"), nullable=True)
    customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("accounts.id", ondelete="SET NULL"), nullable=True
    )
    #: JSON list of {"product_id", "quantity", "unit_price"}: a draft, not money moved.
    lines: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


# The tables of pricing (issue 12) live in their own module, which imports this one; it is
# imported here (as a module: it may be half-imported already) so that the metadata always
# holds every table.
from pos_app.data import audit_models as audit_models  # noqa: E402, PLC0414
from pos_app.data import lease_models as lease_models  # noqa: E402, PLC0414
from pos_app.data import offline_models as offline_models  # noqa: E402, PLC0414
from pos_app.data import override_models as override_models  # noqa: E402, PLC0414
from pos_app.data import pricing_models as pricing_models  # noqa: E402, PLC0414
from pos_app.data import session_models as session_models  # noqa: E402, PLC0414
from pos_app.data import shift_models as shift_models  # noqa: E402, PLC0414
