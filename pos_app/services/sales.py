"""Checkout: a sale is one transaction, all of it or nothing. Reading sales back is
``sale_history``'s."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import datetime

from pos_app.data import models
from pos_app.data.database import Database, UniqueViolation
from pos_app.data.repositories.sale_writer import (
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
)
from pos_app.domain.money import format_money, from_cents
from pos_app.domain.pricing import Discount, PricedCart
from pos_app.domain.wallet_consent import WalletConsent
from pos_app.services.cart_request import CleanCart, clean_cart, tendered_for
from pos_app.services.override import authorize_with_override
from pos_app.services.passwords import PasswordHasher
from pos_app.services.permissions import Op, authorize
from pos_app.services.records import (
    AccountId,
    Actor,
    CheckoutRequest,
    ManagerOverride,
    Product,
    Sale,
    SaleId,
)
from pos_app.services.sale_history import (
    SalesHistory,
    existing_sale,
    line_record,
    payment_record,
    pricing_fields,
)
from pos_app.services.sale_plan import Paid, priced_fields, sale_write
from pos_app.services.sale_pricing import (
    PricingBook,
    Quote,
    cash_part,
    check_discount_authority,
    line_write,
    price_sale,
    pricing_changed,
    scanned,
    to_quote,
)
from pos_app.services.taxes import PricingSettings
from pos_app.services.wallet_consent import before_wallet_sale

log = logging.getLogger(__name__)


def _one_price(tx: Transaction, lines: list[tuple[int, int, int, Discount | None]]) -> None:
    """Only goods sold by price label come at two prices in one cart (two packs)."""
    prices: dict[int, set[int]] = {}
    for product_id, _, price, _ in lines:
        prices.setdefault(product_id, set()).add(price)
    twice = [product_id for product_id, found in prices.items() if len(found) > 1]
    if twice:
        rows = tx.products.by_ids(twice)
        if any(rows.get(p) is None or not rows[p].variable_price for p in twice):
            raise ValidationError("The same product appears at two prices", "lines")


def _written_record(plan: SaleWrite, written: SaleWritten, actor: Actor, tax_number: str) -> Sale:
    """The sale as it was just written: reading it all back would double the work."""
    payments = []
    if plan.wallet_cents:
        payments.append(payment_record(PaymentMethod.WALLET, plan.wallet_cents))
    if plan.cash_cents:
        assert plan.tendered_cents is not None
        tendered = plan.tendered_cents
        payments.append(
            payment_record(
                PaymentMethod.CASH, plan.cash_cents, tendered, tendered - plan.cash_cents
            )
        )
    if plan.card_cents:
        payments.append(
            payment_record(PaymentMethod.CARD, plan.card_cents, reference=plan.card_reference)
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
            line_record(line, name, line_id, 0)
            for line, line_id, name in zip(
                plan.lines, written.line_ids, written.product_names, strict=True
            )
        ),
        payments=tuple(payments),
        wallet_balance_after=None if balance_after is None else from_cents(balance_after),
        **pricing_fields(plan, plan.lines, tax_number),
    )


#: How many times a sale is priced again when the store's pricing changed under it.
REPRICINGS = 3


class SalesService(SalesHistory):
    """Ring up carts; read what was sold (``SalesHistory``)."""

    def __init__(self, db: Database, hasher: PasswordHasher) -> None:
        super().__init__(db, hasher)
        #: What the store prices by, kept between sales (see ``PricingBook``).
        self._book = PricingBook()

    def checkout(
        self,
        actor: Actor | None,
        request: CheckoutRequest,
        override: ManagerOverride | None = None,
    ) -> Sale:
        """Record the sale of a cart, or raise and change nothing.

        Sending the same ``sale_uuid`` again returns the sale recorded the first time and
        charges nothing more.
        """
        checked = authorize(actor, Op.SALE_CHECKOUT)
        cart = clean_cart(request)
        authoriser = checked
        if override is not None:  # a discount over the cashiers' limit
            _, authoriser = authorize_with_override(
                self._db, self._hasher, checked, Op.DISCOUNT_ABOVE_LIMIT, override
            )
        consent = before_wallet_sale(self._db, checked, cart, request.consent)
        try:
            return self._db.write(
                lambda tx: self._record_sale(tx, checked, cart, authoriser, consent),
                one_statement=True,
            )
        except UniqueViolation as exc:
            if exc.constraint != "uq_sales_uuid":
                raise
            # Another send of the same sale committed first: report that one.
            found = self._db.read(lambda tx: existing_sale(tx, cart.sale_uuid))
            if found is None:
                raise
            return found

    def _record_sale(
        self,
        tx: Transaction,
        actor: Actor,
        cart: CleanCart,
        authoriser: Actor,
        consent: WalletConsent | None = None,
    ) -> Sale:
        retried = False
        repriced = 0
        earlier: SaleWrite | None = None  # priced by what had changed since
        while True:
            try:
                plan, settings = self._plan(tx, actor, cart, authoriser, earlier)
            except PosError:
                # A second send of a sale that was recorded: return it, whatever has changed
                # since. Asked only on refusal; a plain resend fails on the UUID's unique
                # index instead, which ``checkout`` answers the same way.
                existing = existing_sale(tx, cart.sale_uuid)
                if existing is None:
                    raise
                log.info("sale %s was already recorded; returning it", cart.sale_uuid)
                return existing
            if plan.wallet_cents and consent is not None:  # the server checks it too
                plan = replace(plan, consent=consent)
            try:
                written = tx.sale_writer.write(plan)
                return _written_record(plan, written, actor, settings.tax_number)
            except SaleRefused as refused:
                if refused.what in ("pricing", "promotion"):
                    # Priced by what this counter kept, and the store's rates, settings or
                    # promotions have changed since (or a promotion is not running by the
                    # server's clock, migration 0025): read them again and price once more.
                    # If the cart then costs more or less than the counter showed, the
                    # cashier reads what changed (above).
                    self._book.forget()
                    earlier = earlier or plan
                    repriced += 1
                    if repriced >= REPRICINGS:
                        raise ConflictError(
                            "The store's prices kept changing while the sale was recorded; "
                            "try again"
                        ) from None
                    continue
                # The customer is checked before the UUID is claimed, so a resend of a sale
                # whose customer has since been deactivated lands here. (Any other refusal
                # comes after this attempt wrote the sale row, which is being rolled back.)
                if refused.what == "customer":
                    existing = existing_sale(tx, cart.sale_uuid)
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

    def _priced(
        self, tx: Transaction, cart: CleanCart, now: datetime, *, trusted: bool
    ) -> tuple[PricedCart, PricingSettings]:
        """The cart priced by the store's rules now (``trusted``: by what this counter
        kept, without asking whether it changed; the sale writer checks). Lines sent
        without a price (pos-admin, scripts) are charged today's price, read here."""
        unpriced = sorted({line.product_id for line in cart.lines if line.unit_price_cents is None})
        today: dict[int, int] = {}
        if unpriced:
            products = tx.products.for_sale(unpriced)
            for product_id in unpriced:
                product = products.get(product_id)
                if product is None:
                    raise NotFoundError(f"Product #{product_id} not found")
                if not product.active:
                    raise ValidationError(f"{product.name} is no longer sold")
                today[product_id] = product.price_cents
        lines = [
            (
                line.product_id,
                line.quantity,
                today[line.product_id] if line.unit_price_cents is None else line.unit_price_cents,
                line.discount,
            )
            for line in cart.lines
        ]
        _one_price(tx, lines)
        priced, settings = price_sale(
            tx, lines, now, cart_discount=cart.discount, book=self._book, trusted=trusted
        )
        return priced, settings

    def scan(self, actor: Actor | None, barcode: str) -> Product:
        """What scanning ``barcode`` adds to a cart: the product with that barcode, or a
        variable-price product at the price its price label carries (``scanned``)."""
        authorize(actor, Op.PRODUCT_VIEW)
        code = rules.barcode(barcode)
        if code is None:
            raise ValidationError("Scan or type a barcode", "barcode")
        return self._db.read(lambda tx: scanned(tx, code))

    def quote(self, actor: Actor | None, request: CheckoutRequest) -> Quote:
        """What the cart costs now, as checkout would charge it (nothing is written): each
        line with its promotion, discount and tax, the tax summary and the total, and
        whether its discounts need a manager's authorisation."""
        checked = authorize(actor, Op.SALE_CHECKOUT)
        cart = clean_cart(request)

        def work(tx: Transaction) -> Quote:
            priced, settings = self._priced(tx, cart, models.utcnow(), trusted=False)
            try:
                check_discount_authority(priced, settings, checked)
            except PermissionDeniedError:
                return to_quote(priced, settings, needs_manager=True)
            return to_quote(priced, settings, needs_manager=False)

        return self._db.read(work)

    def _plan(
        self,
        tx: Transaction,
        actor: Actor,
        cart: CleanCart,
        authoriser: Actor,
        earlier: SaleWrite | None = None,
    ) -> tuple[SaleWrite, PricingSettings]:
        """Apply the rules of a sale to the cart: what each line costs, who pays what and
        how. Raises the first reason it cannot be sold.

        Each line is charged the price the counter showed; the write refuses it if the
        product no longer has that price, is no longer sold or is short, and ``_refusal``
        then says which. Lines sent without a price (pos-admin, scripts) are charged
        today's price, read here."""
        now = models.utcnow()
        priced, settings = self._priced(tx, cart, now, trusted=True)
        given = check_discount_authority(priced, settings, authoriser)
        lines = tuple(line_write(line) for line in priced.lines)
        total = priced.total_cents
        shown = cart.expected_total_cents
        if shown is not None and total != shown:  # ``earlier``: as priced before a change
            raise pricing_changed(tx, earlier.lines if earlier else (), lines, total, shown)

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
        cash_cents, cash_rounding = cash_part(total - wallet_cents - card_cents, settings)
        tendered = tendered_for(cash_cents, cart.tendered_cents, settings.money)
        plan = sale_write(
            cart,
            actor,
            now,
            lines,
            total,
            Paid(wallet_cents, cash_cents, card_cents, tendered, cash_rounding),
            given=given,
            pricing_version=settings.version,
            shift_required=settings.shift_required,
            **priced_fields(priced, settings, cart, authoriser),
        )
        return plan, settings

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
        elif refused.what == "shift":
            return ConflictError(
                f"No shift is open at counter {plan.counter or '(unnamed)'}: open a shift "
                "(count the float) before selling"
            )
        elif refused.what == "wallet":
            assert plan.customer_id is not None
            wallet = tx.wallets.of(plan.customer_id)
            fresh = tx.fresh(models.Wallet, wallet.id) if wallet else None
            # What open credit leases keep for offline spending is not spendable here.
            balance = fresh.balance_cents - fresh.leased_cents if fresh else 0
            if balance < plan.wallet_cents:
                return InsufficientFundsError(from_cents(balance), from_cents(plan.wallet_cents))
        else:
            line = next(x for x in plan.lines if x.product_id == refused.product_id)
            product = tx.fresh(models.Product, line.product_id)
            if product is None:
                return NotFoundError(f"Product #{line.product_id} not found")
            if not product.active:
                return ValidationError(f"{product.name} is no longer sold")
            if product.price_cents != line.unit_price_cents and not product.variable_price:
                return ConflictError(
                    f"The price of {product.name} changed from "
                    f"{format_money(from_cents(line.unit_price_cents))} to "
                    f"{format_money(from_cents(product.price_cents))}; check the cart"
                )
            wanted = sum(x.quantity for x in plan.lines if x.product_id == product.id)
            if product.stock < wanted:
                return OutOfStockError(product.name, product.stock, wanted)
        return None
