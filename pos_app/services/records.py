"""What services return: frozen dataclasses built inside the transaction. No ORM object
ever leaves the service layer, and no record carries a password or a hash."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Generic, NewType, TypeVar

from pos_app.domain.enums import (
    AuditAction,
    AuditOutcome,
    MaritalStatus,
    PaymentMethod,
    RefundMethod,
    ReviewStatus,
    Role,
    SaleStatus,
    StockMovementKind,
    WalletEntryKind,
)
from pos_app.domain.wallet_consent import WalletConsent

AccountId = NewType("AccountId", int)
ProductId = NewType("ProductId", int)
SaleId = NewType("SaleId", int)
ReviewId = NewType("ReviewId", int)

T = TypeVar("T")


@dataclass(frozen=True)
class Actor:
    """Who is acting: the signed-in person, or the operator of pos-admin."""

    account_id: AccountId | None
    username: str
    role: Role
    display_name: str
    #: The counter this person signed in at (for the audit trail).
    counter: str = ""

    @classmethod
    def system(cls) -> Actor:
        """The pos-admin operator: whoever holds the database credentials."""
        return cls(None, "pos-admin", Role.ADMIN, "pos-admin", "pos-admin")


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of a longer list; ``total`` counts every match, if not ``capped`` (more)."""

    items: tuple[T, ...]
    total: int
    offset: int
    limit: int
    capped: bool = False  # a search stopped counting: there are more than ``total - 1``
    next_after: object = None  # ``after`` for the next page (keyset); None: no more


@dataclass(frozen=True)
class Customer:
    """A customer. Age, address, gender and marital status are optional, and only those
    who may edit customers (and the customer themself) see them: for anyone else they are
    blank (None or "")."""

    id: AccountId
    username: str
    name: str
    age: int | None
    address: str
    gender: str
    marital_status: MaritalStatus | None
    active: bool
    created_at: datetime
    balance: Decimal
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class StaffMember:
    id: AccountId
    username: str
    name: str
    role: Role
    active: bool
    created_at: datetime


@dataclass(frozen=True)
class DeleteOutcome:
    """Whether an account was deleted or, because it has history, deactivated."""

    deleted: bool
    message: str


@dataclass(frozen=True)
class WalletEntry:
    id: int
    kind: WalletEntryKind
    amount: Decimal
    balance_after: Decimal
    actor_username: str | None
    sale_uuid: str | None
    reason: str
    created_at: datetime


@dataclass(frozen=True)
class WalletMovement:
    """The outcome of a top-up or deduction."""

    customer_id: AccountId
    amount: Decimal
    balance: Decimal


@dataclass(frozen=True)
class Product:
    id: ProductId
    name: str
    category: str  #: the name of a category the managers defined
    price: Decimal
    description: str
    stock: int
    barcode: str | None
    active: bool
    #: Its own tax rate, over its category's (None: its category's).
    tax_rate_id: int | None = None
    #: Sold at the price its price-embedded barcode carries (weighed, pre-packed goods):
    #: ``barcode`` is then the label's prefix and item code (7 digits).
    variable_price: bool = False


@dataclass(frozen=True)
class ProductCategory:
    """A category managers defined; a retired one stays on its products but is not given
    to new ones."""

    id: int
    name: str
    active: bool
    products: int  #: how many products are in it
    #: The tax rate of its products without their own (None: the store's default).
    tax_rate_id: int | None = None


@dataclass(frozen=True)
class StockMovement:
    id: int
    product_id: ProductId
    kind: StockMovementKind
    quantity: int
    stock_after: int
    actor_username: str | None
    reason: str
    created_at: datetime


@dataclass(frozen=True)
class SaleLine:
    product_id: ProductId
    product_name: str
    quantity: int
    unit_price: Decimal
    line_total: Decimal
    #: The sale line's own id: what a return points at.
    line_id: int = 0
    #: Units of this line already returned.
    returned: int = 0
    #: What the customer paid for the line, tax included, after its promotion and discounts
    #: (None: the line total, as on sales from before taxes).
    paid: Decimal | None = None
    tax: Decimal = Decimal("0.00")
    tax_name: str = ""
    tax_percent: Decimal = Decimal(0)
    promotion_name: str = ""
    promotion: Decimal = Decimal("0.00")
    #: The line's own discount and its share of the cart's.
    discount: Decimal = Decimal("0.00")
    #: Why the line's own discount was given ("" if it had none).
    discount_reason: str = ""

    @property
    def charged(self) -> Decimal:
        return self.line_total if self.paid is None else self.paid

    @property
    def returnable(self) -> int:
        return self.quantity - self.returned


@dataclass(frozen=True)
class Payment:
    method: PaymentMethod
    amount: Decimal
    tendered: Decimal | None = None
    change: Decimal | None = None
    #: A card payment's terminal reference (approval code or last digits), if typed.
    reference: str | None = None


@dataclass(frozen=True)
class Sale:
    id: SaleId
    uuid: str
    customer_id: AccountId | None
    customer_username: str | None
    cashier_username: str | None
    counter: str
    created_at: datetime
    total: Decimal
    status: SaleStatus
    lines: tuple[SaleLine, ...]
    payments: tuple[Payment, ...]
    #: The customer's wallet balance right after this sale, when a wallet paid.
    wallet_balance_after: Decimal | None = None
    #: Money given back on this sale so far (refunds are their own records).
    refunded: Decimal = Decimal("0.00")
    #: The tax inside ``total``, and its summary by rate (as the receipt prints it).
    tax: Decimal = Decimal("0.00")
    taxes: tuple[TaxTotal, ...] = ()
    discount: Decimal = Decimal("0.00")
    promotion: Decimal = Decimal("0.00")
    #: Cash rounding: the cash taken less the cash due (negative: rounded down).
    cash_rounding: Decimal = Decimal("0.00")
    prices_include_tax: bool = True
    tax_number: str = ""  # the store's, for the receipt
    #: Why the cart's discount was given ("" if it had none).
    discount_reason: str = ""
    #: When a manager voided it (issue 13): its money and goods went back; None if not.
    voided_at: datetime | None = None
    void_reason: str = ""
    counter_number: str | None = None  # "C1-000042" if recorded offline, kept after sync

    @property
    def net(self) -> Decimal:
        return self.total - self.refunded

    def paid_by(self, method: PaymentMethod) -> Decimal:
        return sum((p.amount for p in self.payments if p.method is method), Decimal("0.00"))


@dataclass(frozen=True)
class DiscountRequest:
    """A discount given at the counter: a percent or an amount (one of the two) and why.
    Above the store's limit for cashiers, a manager authorises it."""

    reason: str
    percent: Decimal | None = None
    amount: Decimal | None = None


@dataclass(frozen=True)
class CartLine:
    """One line of a cart sent to checkout. ``unit_price`` is the price the cashier saw;
    when given and no longer current, the sale is refused rather than charged differently."""

    product_id: int
    quantity: int
    unit_price: Decimal | None = None
    discount: DiscountRequest | None = None


@dataclass(frozen=True)
class CheckoutRequest:
    """A cart and how it is paid; ``sale_uuid``, made by the counter, records it once.
    Payment: ``wallet_amount`` from the customer's wallet (``None``: the whole total when
    a customer is attached and neither cash nor card is given, else nothing), with the
    customer's ``consent`` (PIN or card); ``card_amount`` on the card terminal (its optional
    ``card_reference``); the rest is cash, covered by ``cash_tendered`` (``None``: exactly).
    """

    sale_uuid: str
    lines: tuple[CartLine, ...]
    customer_id: int | None = None
    wallet_amount: Decimal | None = None
    cash_tendered: Decimal | None = None
    counter: str = ""
    card_amount: Decimal | None = None
    card_reference: str = ""
    #: A discount on the whole cart, spread over its lines.
    discount: DiscountRequest | None = None
    #: The total the counter showed (``sales.quote``). If the store's prices, taxes or
    #: promotions changed since and the sale would charge another, nothing is written
    #: and ConflictError says what changed. None: charged as the store prices it now.
    expected_total: Decimal | None = None
    consent: WalletConsent | None = None


@dataclass(frozen=True)
class Review:
    id: ReviewId
    customer_id: AccountId
    customer_username: str
    product_id: ProductId
    product_name: str
    rating: int
    comment: str
    status: ReviewStatus
    created_at: datetime
    updated_at: datetime
    moderated_by: str | None
    moderated_at: datetime | None


@dataclass(frozen=True)
class ModerationResult:
    review: Review
    old_status: ReviewStatus
    new_status: ReviewStatus


@dataclass(frozen=True)
class TopProduct:
    product_id: ProductId
    name: str
    quantity: int
    revenue: Decimal


@dataclass(frozen=True)
class Rating:
    """Average of a product's approved reviews."""

    product_id: ProductId
    average: Decimal
    count: int


@dataclass(frozen=True)
class Health:
    """What the old /health endpoints reported, for one database."""

    ok: bool
    backend: str
    location: str
    revision: str | None
    head_revision: str
    customers: int | None = None
    products: int | None = None
    sales: int | None = None
    error: str | None = None


@dataclass(frozen=True)
class ManagerOverride:
    """A manager's credentials, typed at the counter to authorise what a cashier may not
    do alone. Checked inside the service; both identities are recorded."""

    username: str
    password: str

    def __repr__(self) -> str:
        return f"ManagerOverride(username={self.username!r}, password='***')"


@dataclass(frozen=True)
class ReturnLine:
    """Return ``quantity`` units of one line of the original sale."""

    sale_line_id: int
    quantity: int


@dataclass(frozen=True)
class RefundRequest:
    """A return against a past sale. ``refund_uuid`` is made by the counter, so that
    sending it twice refunds once."""

    refund_uuid: str
    sale_id: int
    lines: tuple[ReturnLine, ...]
    method: RefundMethod | str
    reason: str
    counter: str = ""
    #: A card refund's terminal reference, if typed.
    reference: str = ""


@dataclass(frozen=True)
class RefundLine:
    sale_line_id: int
    product_id: ProductId
    product_name: str
    quantity: int
    amount: Decimal
    #: The tax inside ``amount``.
    tax: Decimal = Decimal("0.00")


@dataclass(frozen=True)
class Refund:
    id: int
    uuid: str
    sale_id: SaleId
    sale_uuid: str
    method: RefundMethod
    amount: Decimal
    lines: tuple[RefundLine, ...]
    cashier_username: str | None
    authorised_by: str | None
    reason: str
    counter: str
    created_at: datetime
    wallet_balance_after: Decimal | None = None
    reference: str | None = None
    #: The tax inside ``amount``: the sale's tax given back.
    tax: Decimal = Decimal("0.00")


@dataclass(frozen=True)
class ParkedCart:
    id: int
    counter: str
    label: str
    customer_id: AccountId | None
    customer_username: str | None
    cashier_username: str | None
    lines: tuple[CartLine, ...]
    created_at: datetime
    note: str = ""

    @property
    def units(self) -> int:
        return sum(line.quantity for line in self.lines)

    @property
    def total(self) -> Decimal | None:
        """At the prices the screen showed when it was parked (None if one is unknown)."""
        if any(line.unit_price is None for line in self.lines):
            return None
        return sum(
            (line.quantity * (line.unit_price or Decimal(0)) for line in self.lines),
            Decimal("0.00"),
        )


@dataclass(frozen=True)
class CartSwap:
    """A resume: the cart taken off the shelf, and the one that was on screen, parked."""

    taken: ParkedCart
    parked: ParkedCart | None


@dataclass(frozen=True)
class AuditRecord:
    id: int
    created_at: datetime
    actor_username: str
    action: AuditAction
    outcome: AuditOutcome
    counter: str
    record_type: str
    record_id: str
    detail: str


# End-of-day records live in their own module; named here too, like every record.
from pos_app.services.import_records import ImportReport as ImportReport  # noqa: E402, PLC0414
from pos_app.services.import_records import RowError as RowError  # noqa: E402, PLC0414
from pos_app.services.import_records import RowPlan as RowPlan  # noqa: E402, PLC0414
from pos_app.services.report_records import DailyTotal as DailyTotal  # noqa: E402, PLC0414
from pos_app.services.report_records import DayClosed as DayClosed  # noqa: E402, PLC0414
from pos_app.services.report_records import DiscountTotal as DiscountTotal  # noqa: E402, PLC0414
from pos_app.services.report_records import PromotionTotal as PromotionTotal  # noqa: E402, PLC0414
from pos_app.services.report_records import TaxTotal as TaxTotal  # noqa: E402, PLC0414
from pos_app.services.report_records import ZReport as ZReport  # noqa: E402, PLC0414
