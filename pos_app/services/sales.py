"""Checkout and sales history. A sale is one transaction: all of it or nothing."""

from __future__ import annotations

import logging
import re
import uuid as uuidlib
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from pos_app.data import models
from pos_app.data.database import UniqueViolation
from pos_app.data.repositories.sale_writer import (
    SaleLineWrite,
    SaleRefused,
    SaleWrite,
    SaleWritten,
)
from pos_app.data.transaction import Transaction
from pos_app.domain import rules
from pos_app.domain.enums import (
    PaymentMethod,
    Role,
    SaleStatus,
)
from pos_app.domain.errors import (
    ConflictError,
    InsufficientFundsError,
    NotFoundError,
    OutOfStockError,
    PermissionDeniedError,
    PosError,
    ValidationError,
    shown,
)
from pos_app.domain.money import format_money, from_cents, parse_money, to_cents
from pos_app.services.base import Service, check_id, check_page
from pos_app.services.permissions import Op, authorize
from pos_app.services.records import (
    AccountId,
    Actor,
    CartLine,
    CheckoutRequest,
    DailyTotal,
    Page,
    Payment,
    ProductId,
    Sale,
    SaleId,
    SaleLine,
    TopProduct,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Line:
    product_id: int
    quantity: int
    unit_price_cents: int | None


@dataclass(frozen=True)
class _Cart:
    sale_uuid: str
    lines: tuple[_Line, ...]
    customer_id: int | None
    wallet_cents: int | None
    tendered_cents: int | None
    counter: str
    card_cents: int
    card_reference: str


#: What a card terminal's slip gives to type: an approval code, the last digits.
CARD_REFERENCE_MAX = 64
CARD_REFERENCE_RE = re.compile(r"[0-9A-Za-z*#][0-9A-Za-z /#*.-]*")


def clean_card_reference(value: object, field: str = "card_reference") -> str:
    """An optional card terminal reference: letters, digits, spaces and / # * . -, at most
    64 characters (the approval code or the last digits from the terminal's slip)."""
    text = rules.optional_text(value, field, "Card reference", CARD_REFERENCE_MAX)
    if text and not CARD_REFERENCE_RE.fullmatch(text):
        raise ValidationError(
            "Card reference may hold only letters, digits, spaces and / # * . -", field
        )
    return text


def clean_uuid(value: object) -> str:
    try:
        return str(uuidlib.UUID(str(value)))
    except (ValueError, TypeError, AttributeError):
        raise ValidationError(f"Not a sale number: {shown(value)}", "sale_uuid") from None


def _clean_cart(request: CheckoutRequest) -> _Cart:  # noqa: PLR0912 - each check of the cart, in the order a mistake is found
    if not isinstance(request, CheckoutRequest):
        raise ValidationError("Not a checkout request")
    lines = rules.sequence(request.lines, "lines", "Cart", rules.CART_QUANTITY_MAX)
    if not lines:
        raise ValidationError("The cart is empty", "lines")
    merged: dict[int, _Line] = {}
    for line in lines:
        if not isinstance(line, CartLine):
            raise ValidationError("Not a cart line", "lines")
        product_id = check_id(line.product_id, "Product")
        quantity = rules.integer(line.quantity, "quantity", "Quantity", 1, rules.CART_QUANTITY_MAX)
        price = None if line.unit_price is None else to_cents(rules.price(line.unit_price))
        if product_id in merged:
            earlier = merged[product_id]
            if price is not None and earlier.unit_price_cents not in (None, price):
                raise ValidationError("The same product appears at two prices", "lines")
            quantity += earlier.quantity
            if quantity > rules.CART_QUANTITY_MAX:
                raise ValidationError(
                    f"Quantity must be between 1 and {rules.CART_QUANTITY_MAX}", "quantity"
                )
            price = price if price is not None else earlier.unit_price_cents
        merged[product_id] = _Line(product_id, quantity, price)
    wallet = None
    if request.wallet_amount is not None:
        amount = parse_money(request.wallet_amount, field="wallet_amount", label="Wallet amount")
        if amount < 0:
            raise ValidationError("Wallet amount cannot be negative", "wallet_amount")
        wallet = to_cents(amount)
    tendered = None
    if request.cash_tendered is not None:
        cash = parse_money(request.cash_tendered, field="cash_tendered", label="Cash tendered")
        if cash < 0:
            raise ValidationError("Cash tendered cannot be negative", "cash_tendered")
        tendered = to_cents(cash)
    card = 0
    if request.card_amount is not None:
        amount = parse_money(request.card_amount, field="card_amount", label="Card amount")
        if amount < 0:
            raise ValidationError("Card amount cannot be negative", "card_amount")
        card = to_cents(amount)
    reference = clean_card_reference(request.card_reference)
    if reference and not card:
        raise ValidationError("A card reference needs a card amount", "card_reference")
    customer_id = None if request.customer_id is None else check_id(request.customer_id, "Customer")
    counter = rules.optional_text(
        request.counter, "counter", "Counter name", rules.COUNTER_NAME_MAX
    )
    return _Cart(
        clean_uuid(request.sale_uuid),
        tuple(merged[k] for k in sorted(merged)),  # product-id order: no lock cycles
        customer_id,
        wallet,
        tendered,
        counter,
        card,
        reference,
    )


def _line(
    product_id: int, name: str, quantity: int, unit_cents: int, line_id: int, returned: int
) -> SaleLine:
    return SaleLine(
        product_id=ProductId(product_id),
        product_name=name,
        quantity=quantity,
        unit_price=from_cents(unit_cents),
        line_total=from_cents(quantity * unit_cents),
        line_id=line_id,
        returned=returned,
    )


def _payment(
    method: str,
    cents: int,
    tendered_cents: int | None = None,
    change_cents: int | None = None,
    reference: str | None = None,
) -> Payment:
    return Payment(
        method=PaymentMethod(method),
        amount=from_cents(cents),
        tendered=None if tendered_cents is None else from_cents(tendered_cents),
        change=None if change_cents is None else from_cents(change_cents),
        reference=reference or None,
    )


def _existing(tx: Transaction, sale_uuid: str) -> Sale | None:
    """The sale recorded under this UUID, once no send of it is still running."""
    tx.sales.wait_for(sale_uuid)
    sale = tx.sales.by_uuid(sale_uuid)
    return None if sale is None else sale_record(tx, sale)


def sale_record(tx: Transaction, sale: models.Sale) -> Sale:
    return sale_records(tx, [sale])[0]


def sale_records(tx: Transaction, sales: list[models.Sale]) -> list[Sale]:
    ids = [s.id for s in sales]
    lines, payments, balances = tx.sales.details(ids)
    returned = tx.refunds.returned_quantities(
        [line.id for group in lines.values() for line in group]
    )
    refunded = tx.refunds.totals(ids)
    people = tx.accounts.usernames([s.customer_id for s in sales] + [s.cashier_id for s in sales])
    out = []
    for sale in sales:
        out.append(
            Sale(
                id=SaleId(sale.id),
                uuid=sale.uuid,
                customer_id=AccountId(sale.customer_id) if sale.customer_id else None,
                customer_username=people.get(sale.customer_id) if sale.customer_id else None,
                cashier_username=people.get(sale.cashier_id) if sale.cashier_id else None,
                counter=sale.counter,
                created_at=sale.created_at,
                total=from_cents(sale.total_cents),
                status=SaleStatus(sale.status),
                lines=tuple(
                    _line(
                        line.product_id,
                        line.product_name,
                        line.quantity,
                        line.unit_price_cents,
                        line.id,
                        returned.get(line.id, 0),
                    )
                    for line in lines[sale.id]
                ),
                payments=tuple(
                    _payment(
                        p.method, p.amount_cents, p.tendered_cents, p.change_cents, p.reference
                    )
                    for p in payments[sale.id]
                ),
                wallet_balance_after=(
                    from_cents(balances[sale.id]) if sale.id in balances else None
                ),
                refunded=from_cents(refunded.get(sale.id, 0)),
            )
        )
    return out


def _written_record(plan: SaleWrite, written: SaleWritten, actor: Actor) -> Sale:
    """The sale as it was just written: reading it all back would double the work."""
    payments = []
    if plan.wallet_cents:
        payments.append(_payment(PaymentMethod.WALLET, plan.wallet_cents))
    if plan.cash_cents:
        assert plan.tendered_cents is not None
        tendered = plan.tendered_cents
        payments.append(
            _payment(PaymentMethod.CASH, plan.cash_cents, tendered, tendered - plan.cash_cents)
        )
    if plan.card_cents:
        payments.append(
            _payment(PaymentMethod.CARD, plan.card_cents, reference=plan.card_reference)
        )
    balance_after = written.wallet_balance_after_cents
    return Sale(
        id=SaleId(written.sale_id),
        uuid=plan.uuid,
        customer_id=AccountId(plan.customer_id) if plan.customer_id is not None else None,
        customer_username=written.customer_username,
        cashier_username=actor.username if actor.account_id is not None else None,
        counter=plan.counter,
        created_at=plan.created_at,
        total=from_cents(plan.total_cents),
        status=SaleStatus.COMPLETED,
        lines=tuple(
            _line(line.product_id, name, line.quantity, line.unit_price_cents, line_id, 0)
            for line, line_id, name in zip(
                plan.lines, written.line_ids, written.product_names, strict=True
            )
        ),
        payments=tuple(payments),
        wallet_balance_after=None if balance_after is None else from_cents(balance_after),
    )


class SalesService(Service):
    """Ring up carts; read what was sold."""

    def checkout(self, actor: Actor | None, request: CheckoutRequest) -> Sale:
        """Record the sale of a cart, or raise and change nothing.

        Sending the same ``sale_uuid`` again returns the sale recorded the first time and
        charges nothing more.
        """
        checked = authorize(actor, Op.SALE_CHECKOUT)
        cart = _clean_cart(request)
        try:
            return self._db.write(
                lambda tx: self._record_sale(tx, checked, cart), one_statement=True
            )
        except UniqueViolation as exc:
            if exc.constraint != "uq_sales_uuid":
                raise
            # Another send of the same sale committed first: report that one.
            found = self._db.read(lambda tx: _existing(tx, cart.sale_uuid))
            if found is None:
                raise
            return found

    def _record_sale(self, tx: Transaction, actor: Actor, cart: _Cart) -> Sale:
        try:
            plan = self._plan(tx, actor, cart)
        except PosError:
            # A second send of a sale that was recorded: return it, whatever has changed
            # since. Asked only on refusal; a plain resend fails on the UUID's unique
            # index instead, which ``checkout`` answers the same way.
            existing = _existing(tx, cart.sale_uuid)
            if existing is None:
                raise
            log.info("sale %s was already recorded; returning it", cart.sale_uuid)
            return existing
        retried = False
        while True:
            try:
                written = tx.sale_writer.write(plan)
                return _written_record(plan, written, actor)
            except SaleRefused as refused:
                # The customer is checked before the UUID is claimed, so a resend of a sale
                # whose customer has since been deactivated lands here. (Any other refusal
                # comes after this attempt wrote the sale row, which is being rolled back.)
                if refused.what == "customer":
                    existing = _existing(tx, cart.sale_uuid)
                    if existing is not None:
                        return existing
                reason = self._refusal(tx, plan, refused)
                if reason is not None:
                    raise reason from None
                if not tx.one_statement or retried:
                    raise ConflictError(
                        "The sale could not be completed as it stood; try again"
                    ) from None
                # What stopped it has changed back since (another counter restocked
                # or took a return) and nothing was written: send it once more.
                retried = True

    @staticmethod
    def _plan(tx: Transaction, actor: Actor, cart: _Cart) -> SaleWrite:
        """Apply the rules of a sale to the cart: what each line costs, who pays what and
        how. Raises the first reason it cannot be sold.

        Each line is charged the price the counter showed; the write refuses it if the
        product no longer has that price, is no longer sold or is short, and ``_refusal``
        then says which. Lines sent without a price (pos-admin, scripts) are charged
        today's price, read here."""
        prices = {
            line.product_id: line.unit_price_cents
            for line in cart.lines
            if line.unit_price_cents is not None
        }
        unpriced = [line.product_id for line in cart.lines if line.product_id not in prices]
        if unpriced:
            products = tx.products.for_sale(unpriced)
            for product_id in unpriced:
                product = products.get(product_id)
                if product is None:
                    raise NotFoundError(f"Product #{product_id} not found")
                if not product.active:
                    raise ValidationError(f"{product.name} is no longer sold")
                prices[product_id] = product.price_cents
        lines = tuple(
            SaleLineWrite(line.product_id, line.quantity, prices[line.product_id])
            for line in cart.lines
        )
        total = sum(line.quantity * line.unit_price_cents for line in lines)

        has_customer = cart.customer_id is not None
        card_cents = cart.card_cents
        wallet_cents = cart.wallet_cents
        if wallet_cents is None:
            only_wallet = has_customer and cart.tendered_cents is None and not card_cents
            wallet_cents = total if only_wallet else 0
        if wallet_cents and not has_customer:
            raise ValidationError("Attach a customer to pay from a wallet", "wallet_amount")
        if wallet_cents > total:
            raise ValidationError(
                f"Wallet amount {format_money(from_cents(wallet_cents))} is more than the "
                f"total {format_money(from_cents(total))}",
                "wallet_amount",
            )
        if wallet_cents + card_cents > total:
            raise ValidationError(
                f"Card amount {format_money(from_cents(card_cents))} is more than the "
                f"{format_money(from_cents(total - wallet_cents))} left to pay",
                "card_amount",
            )
        cash_cents = total - wallet_cents - card_cents
        tendered = None
        if cash_cents:
            tendered = cash_cents if cart.tendered_cents is None else cart.tendered_cents
            if tendered < cash_cents:
                raise ValidationError(
                    f"Cash tendered {format_money(from_cents(tendered))} does not cover "
                    f"{format_money(from_cents(cash_cents))}",
                    "cash_tendered",
                )
        paid = ", ".join(
            f"{method} {from_cents(cents):.2f}"
            for method, cents in (
                ("wallet", wallet_cents),
                ("cash", cash_cents),
                ("card", card_cents),
            )
            if cents
        )
        return SaleWrite(
            uuid=cart.sale_uuid,
            customer_id=cart.customer_id,
            cashier_id=actor.account_id,
            counter=cart.counter,
            created_at=models.utcnow(),
            total_cents=total,
            lines=lines,
            wallet_cents=wallet_cents,
            cash_cents=cash_cents,
            tendered_cents=tendered,
            card_cents=card_cents,
            card_reference=cart.card_reference,
            actor_username=actor.username,
            actor_counter=actor.counter,
            audit_detail=(
                f"sale {{sale_id}}: {from_cents(total):.2f} ({paid or 'nothing to pay'})"
            ),
        )

    @staticmethod
    def _refusal(tx: Transaction, plan: SaleWrite, refused: SaleRefused) -> PosError | None:
        """Why ``write_sale`` refused ``plan``, read from the database as it is now; None
        when nothing stands in the way any more (another counter changed it back)."""
        if refused.what == "customer":
            assert plan.customer_id is not None
            customer = tx.fresh(models.Account, plan.customer_id)
            if customer is None or customer.role != Role.CUSTOMER.value:
                return NotFoundError(f"Customer #{plan.customer_id} not found")
            if not customer.active:
                return ValidationError(f"Customer '{customer.username}' is deactivated")
        elif refused.what == "wallet":
            assert plan.customer_id is not None
            wallet = tx.wallets.of(plan.customer_id)
            fresh = tx.fresh(models.Wallet, wallet.id) if wallet else None
            balance = fresh.balance_cents if fresh else 0
            if balance < plan.wallet_cents:
                return InsufficientFundsError(from_cents(balance), from_cents(plan.wallet_cents))
        else:
            line = next(x for x in plan.lines if x.product_id == refused.product_id)
            product = tx.fresh(models.Product, line.product_id)
            if product is None:
                return NotFoundError(f"Product #{line.product_id} not found")
            if not product.active:
                return ValidationError(f"{product.name} is no longer sold")
            if product.price_cents != line.unit_price_cents:
                return ConflictError(
                    f"The price of {product.name} changed from "
                    f"{format_money(from_cents(line.unit_price_cents))} to "
                    f"{format_money(from_cents(product.price_cents))}; check the cart"
                )
            if product.stock < line.quantity:
                return OutOfStockError(product.name, product.stock, line.quantity)
        return None

    def get(self, actor: Actor | None, sale_id: int) -> Sale:
        """One sale by its number (a customer: only their own)."""
        checked = authorize(actor, Op.SALE_HISTORY)
        row_id = check_id(sale_id, "Sale")

        def work(tx: Transaction) -> Sale:
            sale = tx.get(models.Sale, row_id)
            hidden = (
                checked.role is Role.CUSTOMER
                and sale is not None
                and (sale.customer_id != checked.account_id)
            )
            if sale is None or hidden:
                raise NotFoundError(f"Sale {row_id} not found")
            return sale_record(tx, sale)

        return self._db.read(work)

    def find_sale(self, actor: Actor | None, sale_uuid: str) -> Sale | None:
        """The sale with this UUID, or None: how a counter learns an unknown outcome."""
        checked = authorize(actor, Op.SALE_HISTORY)
        key = clean_uuid(sale_uuid)

        def work(tx: Transaction) -> Sale | None:
            sale = _existing(tx, key)
            if sale is None or (
                checked.role is Role.CUSTOMER and sale.customer_id != checked.account_id
            ):
                return None
            return sale

        return self._db.read(work)

    def daily_totals(
        self, actor: Actor | None, first: date, last: date, zone: tzinfo
    ) -> list[DailyTotal]:
        """One entry per local day from ``first`` to ``last`` inclusive, empty days too."""
        authorize(actor, Op.SALE_REPORTS)
        for name, day in (("first", first), ("last", last)):
            if not isinstance(day, date) or isinstance(day, datetime):
                raise ValidationError(f"The {name} day must be a date", name)
        if not isinstance(zone, tzinfo):
            raise ValidationError("A time zone is needed", "zone")
        if last < first or (last - first).days > 366 or last >= date.max - timedelta(days=1):
            raise ValidationError("Choose a period of at most a year, first day first", "period")
        since = datetime.combine(first, datetime.min.time(), zone)
        until = datetime.combine(last + timedelta(days=1), datetime.min.time(), zone)
        rows = self._db.read(lambda tx: tx.reports.sale_totals_between(since, until))
        days = {first + timedelta(days=n): [0, 0] for n in range((last - first).days + 1)}
        for created, cents in rows:
            bucket = days.get(created.astimezone(zone).date())
            if bucket is not None:
                bucket[0] += 1
                bucket[1] += cents
        return [DailyTotal(day, n, from_cents(c)) for day, (n, c) in days.items()]

    def top_products(
        self, actor: Actor | None, since: datetime, until: datetime, limit: int = 10
    ) -> list[TopProduct]:
        """Best sellers by units in [since, until)."""
        authorize(actor, Op.SALE_REPORTS)
        count = rules.integer(limit, "limit", "Number of products", 1, 100)
        since = rules.moment(since, "since", "From")
        until = rules.moment(until, "until", "Until")

        def work(tx: Transaction) -> list[TopProduct]:
            return [
                TopProduct(ProductId(pid), name, units, from_cents(cents))
                for pid, name, units, cents in tx.reports.top_products(since, until, count)
            ]

        return self._db.read(work)

    def cashiers(self, actor: Actor | None) -> list[tuple[int, str]]:
        """(id, username) of everyone who has rung up a sale: the Sales filter's choices."""
        authorize(actor, Op.SALE_REPORTS)
        return self._db.read(lambda tx: tx.accounts.cashiers())

    def history(
        self,
        actor: Actor | None,
        *,
        customer_id: int | None = None,
        cashier_id: int | None = None,
        product_id: int | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        offset: int = 0,
        limit: int = 100,
    ) -> Page[Sale]:
        """Sales, newest first; a customer sees only their own purchases."""
        checked = authorize(actor, Op.SALE_HISTORY)
        if checked.role is Role.CUSTOMER:
            own = customer_id is None or (
                isinstance(customer_id, int) and customer_id == checked.account_id
            )
            if not own:
                raise PermissionDeniedError("Customers can only see their own purchases")
            customer_id = checked.account_id
        since = rules.optional_moment(since, "since", "From")
        until = rules.optional_moment(until, "until", "Until")
        customer_id = None if customer_id is None else check_id(customer_id, "Customer")
        cashier_id = None if cashier_id is None else check_id(cashier_id, "Cashier")
        product_id = None if product_id is None else check_id(product_id, "Product")
        offset, limit = check_page(offset, limit)

        def work(tx: Transaction) -> Page[Sale]:
            rows, total = tx.sales.page(
                customer_id, cashier_id, product_id, since, until, offset, limit
            )
            return Page(tuple(sale_records(tx, rows)), total, offset, limit)

        return self._db.read(work)
