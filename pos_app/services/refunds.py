"""Returns: goods back on the shelf, money back to the wallet or out of the drawer.

A refund is its own record against the original sale, which is never edited. The number
of units returned of a line can never exceed what was sold: returns of one sale are
serialised and checked against everything already returned.
"""

from __future__ import annotations

import logging

from pos_app.data import models
from pos_app.data.repositories.wallets import Why
from pos_app.data.transaction import Transaction
from pos_app.domain import rules
from pos_app.domain.enums import AuditAction, RefundMethod, StockMovementKind, WalletEntryKind
from pos_app.domain.errors import ConflictError, ValidationError
from pos_app.domain.money import format_money, from_cents
from pos_app.domain.pricing import refund_share
from pos_app.services.audit_log import record
from pos_app.services.base import RETURN_LINES, Service, check_id, found_row
from pos_app.services.cart_request import clean_card_reference
from pos_app.services.override import authorize_with_override
from pos_app.services.permissions import Op
from pos_app.services.records import (
    Actor,
    ManagerOverride,
    ProductId,
    Refund,
    RefundLine,
    RefundRequest,
    SaleId,
)
from pos_app.services.sale_history import clean_uuid
from pos_app.services.taxes import read_settings

log = logging.getLogger(__name__)


def refund_record(tx: Transaction, refund: models.Refund) -> Refund:
    sale = tx.get(models.Sale, refund.sale_id)
    assert sale is not None
    lines = tx.refunds.lines_of(refund.id)
    names = {line.id: line.product_name for line in tx.sales.lines_of(refund.sale_id)}
    people = tx.accounts.usernames([refund.cashier_id, refund.authorised_by_id])
    balance = None
    if refund.method == RefundMethod.WALLET.value and sale.customer_id is not None:
        wallet = tx.wallets.of(sale.customer_id)
        balance = from_cents(wallet.balance_cents) if wallet else None
    return Refund(
        id=refund.id,
        uuid=refund.uuid,
        sale_id=SaleId(refund.sale_id),
        sale_uuid=sale.uuid,
        method=RefundMethod(refund.method),
        amount=from_cents(refund.amount_cents),
        lines=tuple(
            RefundLine(
                sale_line_id=line.sale_line_id,
                product_id=ProductId(line.product_id),
                product_name=names.get(line.sale_line_id, "?"),
                quantity=line.quantity,
                amount=from_cents(line.amount_cents),
                tax=from_cents(line.tax_cents),
            )
            for line in lines
        ),
        cashier_username=people.get(refund.cashier_id) if refund.cashier_id else None,
        authorised_by=people.get(refund.authorised_by_id) if refund.authorised_by_id else None,
        reason=refund.reason,
        counter=refund.counter,
        created_at=refund.created_at,
        wallet_balance_after=balance,
        reference=refund.reference,
        tax=from_cents(refund.tax_cents),
    )


class RefundService(Service):
    """Return lines of past sales."""

    def refund(  # noqa: PLR0915 - a refund's checks and writes in one transaction (issue 11 splits the writes)
        self, actor: Actor | None, request: RefundRequest, override: ManagerOverride | None = None
    ) -> Refund:
        """Give back the chosen units of a past sale, or raise and change nothing.

        Managers refund on their own; a cashier needs ``override``: a manager's username
        and password entered at the counter. Sending the same ``refund_uuid`` twice
        refunds once.

        Money goes back by ``method``: to the wallet (a customer's sale only), out of the
        drawer, or to the card on the external terminal (a sale paid at least partly by
        card; ``reference`` is the terminal's, optional). The return screen offers the
        way the sale was paid first. Where the store sells only during a shift, cash goes
        back only while a shift is open at ``counter`` (its count includes it).
        """
        if not isinstance(request, RefundRequest):
            raise ValidationError("Not a refund request")
        key = clean_uuid(request.refund_uuid)
        sale_id = check_id(request.sale_id, "Sale")
        method = rules.choice(RefundMethod, request.method, "method", "Refund method")
        reason = rules.required_text(request.reason, "reason", "Reason", rules.REASON_MAX)
        counter = rules.optional_text(request.counter, "counter", "Counter", rules.COUNTER_NAME_MAX)
        reference = clean_card_reference(request.reference, "reference")
        if reference and method is not RefundMethod.CARD:
            raise ValidationError("A terminal reference goes with a refund to card", "reference")
        wanted: dict[int, int] = {}
        for line_id, quantity, _ in RETURN_LINES.counted(request.lines):
            wanted[line_id] = wanted.get(line_id, 0) + quantity
        checked, authoriser = authorize_with_override(
            self._db, self._hasher, actor, Op.SALE_REFUND, override
        )

        def work(tx: Transaction) -> Refund:  # noqa: PLR0912 - a refund's checks and writes in one transaction (issue 11 splits the writes)
            existing = tx.refunds.by_uuid(key)
            if existing is not None:
                return refund_record(tx, existing)
            sale = found_row(tx, models.Sale, sale_id, "Sale")
            if method is RefundMethod.WALLET and sale.customer_id is None:
                raise ValidationError("This was a walk-in sale: refund in cash", "method")
            card_paid = tx.sales.paid_by(sale.id, RefundMethod.CARD.value)
            if method is RefundMethod.CARD and not card_paid:
                raise ValidationError(
                    "No card paid for this sale: refund in cash or to store credit", "method"
                )
            tx.refunds.lock_sale(sale.id)
            # A send of this same refund may have committed while we waited for the lock.
            again = tx.refunds.by_uuid(key)
            if again is not None:
                return refund_record(tx, again)
            if tx.fresh(models.Sale, sale.id).voided_at is not None:  # type: ignore[union-attr]
                raise ValidationError(f"Sale #{sale.id} was voided: nothing is left to return")
            settings = read_settings(tx)
            if (
                method is RefundMethod.CASH
                and settings.shift_required
                and not tx.shifts.open_id(counter)
            ):  # its cash would leave a drawer that no shift counts, as a sale's would come in
                raise ConflictError(
                    f"No shift is open at counter {counter or '(unnamed)'}: open a shift "
                    "(count the float) before paying a refund in cash"
                )
            lines = {line.id: line for line in tx.sales.lines_of(sale.id)}
            already = tx.refunds.returned_quantities(list(lines))
            unit = settings.money.unit_cents  # whole yen back in a yen store
            amounts: dict[int, int] = {}
            taxes: dict[int, int] = {}
            for line_id, quantity in wanted.items():
                line = lines.get(line_id)
                if line is None:
                    raise ValidationError(f"Line #{line_id} is not part of this sale", "lines")
                left = line.quantity - already.get(line_id, 0)
                if quantity > left:
                    raise ValidationError(
                        f"Only {left} of {line.product_name} can still be returned "
                        f"(sold {line.quantity}, returned {already.get(line_id, 0)})",
                        "quantity",
                    )
                # What was paid for those units, tax included, and the tax in it (pricing
                # rule 7): each adds up to the line's over the refunds of every unit.
                before = already.get(line_id, 0)
                paid_before = refund_share(line.paid_cents, line.quantity, 0, before, unit)
                amount = refund_share(line.paid_cents, line.quantity, before, quantity, unit)
                amounts[line_id] = amount
                taxes[line_id] = (
                    refund_share(line.tax_cents, line.paid_cents, paid_before, amount, unit)
                    if amount
                    else 0
                )
            total = sum(amounts.values())
            if method is RefundMethod.CARD:
                # The terminal gives back no more than it charged on this sale.
                left = card_paid - tx.refunds.refunded_by(sale.id, RefundMethod.CARD.value)
                if total > left:
                    raise ValidationError(
                        f"Only {format_money(from_cents(left))} can go back to the card "
                        f"(paid {format_money(from_cents(card_paid))} by card); refund "
                        "the rest in cash or to store credit",
                        "method",
                    )
            returned = sorted(wanted, key=lambda i: lines[i].product_id)
            refund = tx.refunds.add(
                [
                    {
                        "sale_line_id": line_id,
                        "product_id": lines[line_id].product_id,
                        "quantity": wanted[line_id],
                        "amount_cents": amounts[line_id],
                        "tax_cents": taxes[line_id],
                    }
                    for line_id in returned
                ],
                uuid=key,
                sale_id=sale.id,
                method=method.value,
                amount_cents=total,
                tax_cents=sum(taxes.values()),
                cashier_id=checked.account_id,
                authorised_by_id=authoriser.account_id,
                counter=counter,
                reason=reason,
                reference=reference or None,
                created_at=models.utcnow(),
            )
            for line_id in returned:
                moved = tx.stock.move(
                    lines[line_id].product_id,
                    wanted[line_id],
                    kind=StockMovementKind.RETURN,
                    actor_id=checked.account_id,
                    reason=f"Return: {reason}",
                    sale_id=sale.id,
                )
                assert moved is not None, "adding stock cannot fail"
            if method is RefundMethod.WALLET:
                assert sale.customer_id is not None
                why = Why(
                    WalletEntryKind.REFUND.value, checked.account_id, f"Refund: {reason}", sale.id
                )
                if tx.wallets.credit(sale.customer_id, total, why) is None:
                    raise ValidationError("The customer has no wallet; refund in cash", "method")
            tx.flush()
            record(
                tx,
                checked,
                AuditAction.REFUND,
                record_type="sale",
                record_id=sale.uuid,
                detail=f"{from_cents(total):.2f} to {method.value}, authorised by "
                f"{authoriser.username}: {reason}",
            )
            log.info(
                "refund %s of sale %s: %d cents by %s, authorised by %s",
                key,
                sale.uuid,
                total,
                checked.username,
                authoriser.username,
            )
            return refund_record(tx, refund)

        def existing(tx: Transaction) -> Refund | None:
            found = tx.refunds.by_uuid(key)
            return None if found is None else refund_record(tx, found)

        return self._write_or_read_winner(work, "uq_refunds_uuid", existing)
