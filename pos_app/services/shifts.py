"""Shifts and cash control (issue 13): the drawer from its opening float to its blind close.

**A shift** is one cashier's time at one counter. It opens with a float counted by
denomination (the store's denominations); at most one is open per counter. Every sale,
refund and wallet top-up written at a counter while its shift is open carries the shift's
id (``ShiftRepository.open_id``: under a share lock that the close waits for), so each
belongs to exactly one shift and the close counts all of them.

**What the drawer should hold** (``expected_cash``)::

    opening float + cash taken for sales (voided sales left out) + cash top-ups
                  + paid-ins - paid-outs - cash refunds

Card and store credit are expected the same way (their sales less their refunds, card
top-ups on the card). **The blind close**: the cashier counts the drawer by denomination
(and may type the card terminal's total) without being shown what is expected; the
close then shows counted against expected per method and records over (+) or short (-).
A cash difference above the store's limit needs a manager's approval: a cashier's close
is refused, with nothing written and no figure shown, until a manager signs it. The
refusal is kept in the audit trail, and from then on every close of that shift needs a
manager, whatever its count: else a cashier told "too far off" could recount until a
figure passed, and learn what the drawer should hold (a trial did).

**The X report** is the open shift's figures (changes nothing); **the Z report** of a
period adds up its closed shifts, per counter or store-wide.

**A void** takes back a whole sale of a shift that is still open: its goods go back on
the shelf, its store credit back to the wallet, its cash and card figures out of the
shift, and the sale is marked void (no report counts it). A sale with a return, or of a
closed shift, is returned instead.
"""

from __future__ import annotations

from decimal import Decimal

from pos_app.data import models
from pos_app.data.database import UniqueViolation
from pos_app.data.repositories.wallets import Why
from pos_app.data.shift_models import Shift
from pos_app.data.transaction import Transaction
from pos_app.domain import rules
from pos_app.domain.enums import (
    AuditAction,
    AuditOutcome,
    CashMovementKind,
    PaymentMethod,
    StockMovementKind,
    WalletEntryKind,
)
from pos_app.domain.errors import (
    ConflictError,
    NothingToChangeError,
    PermissionDeniedError,
    ValidationError,
)
from pos_app.domain.money import from_cents, parse_money, plain_money, to_cents
from pos_app.services.audit import seal_quietly
from pos_app.services.audit_log import record, record_now
from pos_app.services.base import Service, check_id, found_row
from pos_app.services.offline_conflicts import checked_waiting, waiting_words
from pos_app.services.override import authorize_with_override
from pos_app.services.permissions import Op, allowed, authorize
from pos_app.services.records import Actor, ManagerOverride, Sale
from pos_app.services.sale_history import sale_record
from pos_app.services.shift_records import (
    AMOUNT_MAX,
    OVER_LIMIT,
    REASON_MAX,
    REFUSED_BEFORE,
    OpenShift,
    ShiftReport,
    ShiftSettings,
    ShiftsTotal,
    check_count,
    checked_cash_settings,
    count_json,
    expected_cash_cents,
    expected_cents,
    open_shift_record,
    read_shift_settings,
    shift_report,
)
from pos_app.services.taxes import put_settings


def _counter(actor: Actor, counter: object) -> str:
    name = rules.optional_text(
        actor.counter if counter is None else counter, "counter", "Counter", rules.COUNTER_NAME_MAX
    )
    if not name:
        raise ValidationError("Shifts are kept per counter: name this counter first", "counter")
    return name


def _open_shift(tx: Transaction, counter: str, *, lock: bool = False) -> Shift:
    shift = tx.shifts.open_at(counter, lock=lock)
    if shift is None:
        raise ConflictError(f"No shift is open at counter {counter}")
    return shift


class _CountRefused(PermissionDeniedError):
    """A cashier's count refused inside the close's transaction: the caller records the
    refusal in a transaction of its own (the close's rolls back) and says why."""

    def __init__(self, shift_id: int, counted: Decimal, before: bool) -> None:
        super().__init__(REFUSED_BEFORE if before else OVER_LIMIT)
        self.shift_id, self.counted = shift_id, counted
        self.why = "a count was refused before" if before else "over the limit"


class ShiftService(Service):
    """Open a shift, move cash, count and close it; X and Z reports; voids."""

    # -- the store's cash settings ---------------------------------------------------------

    def settings(self, actor: Actor | None) -> ShiftSettings:
        authorize(actor, Op.SHIFT_WORK)
        return self._db.read(read_shift_settings)

    def update_settings(
        self,
        actor: Actor | None,
        *,
        denominations: object = None,
        difference_limit: object = None,
    ) -> ShiftSettings:
        """Change the denominations (a list of amounts) and/or the over/short limit."""
        checked = authorize(actor, Op.SHIFT_MANAGE)
        stored = checked_cash_settings(denominations, difference_limit)
        if not stored:
            raise NothingToChangeError("Nothing to change: no settings were given")

        def work(tx: Transaction) -> ShiftSettings:
            put_settings(tx, checked, stored, AuditAction.SETTINGS_CHANGE, "cash")
            return read_shift_settings(tx)

        return self._db.write(work)

    # -- one counter's shift ---------------------------------------------------------------

    def current(self, actor: Actor | None, counter: object = None) -> OpenShift | None:
        """The shift open at ``counter`` (the actor's), or None."""
        checked = authorize(actor, Op.SHIFT_WORK)
        where = _counter(checked, counter)

        def work(tx: Transaction) -> OpenShift | None:
            shift = tx.shifts.open_at(where)
            return None if shift is None else open_shift_record(tx, shift)

        return self._db.read(work)

    def x_report(
        self, actor: Actor | None, counter: object = None, override: ManagerOverride | None = None
    ) -> ShiftReport:
        """The X report: the open shift's figures so far, expected cash included; changes
        nothing. A manager's (a cashier with ``override``): the cashier's close is blind."""
        checked, _ = authorize_with_override(
            self._db, self._hasher, actor, Op.SHIFT_MANAGE, override, baseline=Op.SHIFT_WORK
        )
        where = _counter(checked, counter)
        return self._db.read(lambda tx: shift_report(tx, _open_shift(tx, where)))

    def open(self, actor: Actor | None, count: object, counter: object = None) -> OpenShift:
        """Open a shift at ``counter`` (the actor's) with the float counted by denomination."""
        checked = authorize(actor, Op.SHIFT_WORK)
        where = _counter(checked, counter)

        def work(tx: Transaction) -> OpenShift:
            float_count = check_count(count, read_shift_settings(tx), "count")
            if tx.shifts.open_at(where) is not None:
                raise ConflictError(f"A shift is already open at counter {where}")
            shift = tx.shifts.add(
                counter=where,
                opened_by_id=checked.account_id,
                opened_at=models.utcnow(),
                opening_float_cents=to_cents(float_count.total),
                opening_count=count_json(float_count),
            )
            record(
                tx,
                checked,
                AuditAction.SHIFT_OPENED,
                record_type="shift",
                record_id=shift.id,
                detail=f"counter {where}, float {plain_money(float_count.total)}",
            )
            return open_shift_record(tx, shift)

        try:
            return self._db.write(work)
        except UniqueViolation:  # another open at this counter won the partial unique index
            raise ConflictError(f"A shift is already open at counter {where}") from None

    def paid_in(
        self, actor: Actor | None, amount: object, reason: object, counter: object = None
    ) -> OpenShift:
        """Cash put into the drawer outside a sale (change from the bank, ...), with why."""
        return self._move(actor, CashMovementKind.PAID_IN, amount, reason, counter)

    def paid_out(
        self, actor: Actor | None, amount: object, reason: object, counter: object = None
    ) -> OpenShift:
        """Cash taken out of the drawer outside a refund (a delivery paid, a bank drop)."""
        return self._move(actor, CashMovementKind.PAID_OUT, amount, reason, counter)

    def no_sale(self, actor: Actor | None, reason: object, counter: object = None) -> OpenShift:
        """The drawer opened with no money moving ("No sale"): needs the permission and a
        reason, and is audited. Opening the drawer itself is the screen's (the printer's
        pulse), once this has been recorded."""
        return self._move(actor, CashMovementKind.NO_SALE, 0, reason, counter)

    def _move(
        self,
        actor: Actor | None,
        kind: CashMovementKind,
        amount: object,
        reason: object,
        counter: object,
    ) -> OpenShift:
        op = Op.DRAWER_OPEN if kind is CashMovementKind.NO_SALE else Op.SHIFT_WORK
        checked = authorize(actor, op)
        where = _counter(checked, counter)
        why = rules.required_text(reason, "reason", "Reason", REASON_MAX)
        cents = 0
        if kind is not CashMovementKind.NO_SALE:
            cents = to_cents(rules.positive_amount(amount, "amount", "Amount", AMOUNT_MAX))

        def work(tx: Transaction) -> OpenShift:
            shift = _open_shift(tx, where, lock=True)
            if kind is CashMovementKind.PAID_OUT:
                held = expected_cash_cents(shift.opening_float_cents, tx.shifts.takings(shift.id))
                if cents > held:  # the figure is not said: the close is blind
                    raise ValidationError(
                        "That is more than the drawer should hold: count it and try a "
                        "smaller paid-out",
                        "amount",
                    )
            movement = tx.shifts.add_movement(
                shift_id=shift.id,
                kind=kind.value,
                amount_cents=cents,
                reason=why,
                actor_id=checked.account_id,
                created_at=models.utcnow(),
            )
            detail = why if not cents else f"{plain_money(from_cents(cents))}: {why}"
            record(
                tx,
                checked,
                AuditAction(kind.value),
                record_type="cash_movement",
                record_id=movement.id,
                detail=f"counter {where}, {detail}",
            )
            return open_shift_record(tx, shift)

        return self._db.write(work)

    def close(
        self,
        actor: Actor | None,
        count: object,
        *,
        card_total: object = None,
        counter: object = None,
        override: ManagerOverride | None = None,
        offline_waiting: object = 0,
    ) -> ShiftReport:
        """The blind close: the drawer counted by denomination (and the card terminal's
        total, if read). Records counted against expected and over or short; returns the
        Z report of the shift. A cash difference above the store's limit needs a
        manager: the actor if they are one, else ``override``; without it the close is
        refused (PermissionDeniedError) with nothing written and no figure said.
        ``offline_waiting``: the sales this counter's outbox still holds; any at all need
        a manager the same way, and the audit row says how many."""
        checked = authorize(actor, Op.SHIFT_WORK)
        where = _counter(checked, counter)
        waiting = checked_waiting(offline_waiting)
        card_cents: int | None = None
        if card_total is not None and str(card_total).strip() != "":
            card = parse_money(card_total, field="card_total", label="The card total")
            if card < 0 or card > AMOUNT_MAX:
                raise ValidationError("The card total is from 0.00 up", "card_total")
            card_cents = to_cents(card)
        approver: Actor | None = checked if allowed(checked.role, Op.SHIFT_MANAGE) else None
        if approver is None and override is not None:
            _, approver = authorize_with_override(
                self._db, self._hasher, checked, Op.SHIFT_MANAGE, override, baseline=Op.SHIFT_WORK
            )
        if waiting and approver is None:
            raise PermissionDeniedError(
                f"{waiting_words(waiting)}: a manager must approve this close"
            )

        def work(tx: Transaction) -> ShiftReport:
            settings = read_shift_settings(tx)
            counted = check_count(count, settings, "count")
            # For update: waits for every sale, refund and top-up being written under it.
            shift = tx.shifts.open_at(where, lock=True)
            if shift is None:
                raise ConflictError(
                    f"No shift is open at counter {where}: it may be closed already"
                )
            cash, card_expected, wallet = expected_cents(
                shift.opening_float_cents, tx.shifts.takings(shift.id)
            )
            counted_cents = to_cents(counted.total)
            difference = counted_cents - cash
            over_limit = abs(difference) > to_cents(settings.difference_limit)
            refused_before = tx.audit.has(
                action=AuditAction.SHIFT_CLOSED.value,
                outcome=AuditOutcome.DENIED.value,
                record_type="shift",
                record_id=shift.id,
            )
            needs_approval = over_limit or waiting > 0 or refused_before
            if (over_limit or refused_before) and approver is None:
                raise _CountRefused(shift.id, counted.total, refused_before)
            tx.shifts.close(
                shift,
                closed_by_id=checked.account_id,
                closing_count=count_json(counted),
                counted_cash_cents=counted_cents,
                counted_card_cents=card_cents,
                expected_cash_cents=cash,
                expected_card_cents=card_expected,
                expected_wallet_cents=wallet,
                over_short_cents=difference,
                approved_by_id=approver.account_id if needs_approval and approver else None,
            )
            over_short = "over" if difference > 0 else "short" if difference < 0 else "even"
            approval = (
                f", approved by {approver.username}"
                + (" after a refused count" if refused_before else "")
                if needs_approval and approver is not None
                else ""
            )
            if waiting:
                approval = f", {waiting_words(waiting)}{approval}"
            record(
                tx,
                checked,
                AuditAction.SHIFT_CLOSED,
                record_type="shift",
                record_id=shift.id,
                detail=(
                    f"counter {where}, counted {plain_money(counted.total)}, expected "
                    f"{plain_money(from_cents(cash))}, {over_short} "
                    f"{plain_money(from_cents(abs(difference)))}{approval}"
                ),
            )
            return shift_report(tx, shift)

        try:
            report = self._db.write(work)
        except _CountRefused as refused:
            record_now(
                self._db,
                checked,
                AuditAction.SHIFT_CLOSED,
                outcome=AuditOutcome.DENIED,
                record_type="shift",
                record_id=refused.shift_id,
                detail=f"counter {where}, counted {plain_money(refused.counted)}: {refused.why}",
            )
            raise PermissionDeniedError(refused.message) from None
        seal_quietly(self._db)  # the audit chain takes in the shift's rows
        return report

    def closed(
        self, actor: Actor | None, since: object, until: object, counter: object = ""
    ) -> ShiftsTotal:
        """The Z report of a period, built from the shifts closed in it: one counter's or
        ("" ) the whole store's."""
        authorize(actor, Op.SALE_REPORTS)
        start = rules.moment(since, "since", "From")
        end = rules.moment(until, "until", "Until")
        if end <= start:
            raise ValidationError("The period must end after it starts", "until")
        where = rules.optional_text(counter, "counter", "Counter", rules.COUNTER_NAME_MAX)

        def work(tx: Transaction) -> ShiftsTotal:
            shifts = tx.shifts.closed(where, start, end)
            return ShiftsTotal(where, start, end, tuple(shift_report(tx, s) for s in shifts))

        return self._db.read(work)

    # -- voids -----------------------------------------------------------------------------

    def void(
        self,
        actor: Actor | None,
        sale_id: object,
        reason: object,
        override: ManagerOverride | None = None,
    ) -> Sale:
        """Take back a whole sale of a shift still open: goods to the shelf, store credit
        to the wallet, its cash and card out of the shift's figures; the sale is marked
        void and audited. A cashier needs ``override``."""
        row_id = check_id(sale_id, "Sale")
        why = rules.required_text(reason, "reason", "Reason", REASON_MAX)
        checked, authoriser = authorize_with_override(
            self._db, self._hasher, actor, Op.SALE_VOID, override
        )

        def work(tx: Transaction) -> Sale:
            found_row(tx, models.Sale, row_id, "Sale")
            tx.refunds.lock_sale(row_id)  # one void or return of a sale at a time
            sale = tx.fresh(models.Sale, row_id)
            assert sale is not None
            if sale.voided_at is not None:
                raise ConflictError(f"Sale #{row_id} is already void")
            # Share-locked: the shift's close waits for this void, and counts it.
            if sale.shift_id is None or tx.shifts.open_id(sale.counter) != sale.shift_id:
                raise ValidationError(
                    f"Sale #{row_id} is not of a shift still open: take it back as a return",
                    "sale_id",
                )
            if tx.refunds.totals([row_id]).get(row_id, 0):
                raise ValidationError(
                    f"Sale #{row_id} has a return already: return the rest instead", "sale_id"
                )
            for line in tx.sales.lines_of(row_id):
                tx.stock.move(
                    line.product_id,
                    line.quantity,
                    kind=StockMovementKind.RETURN,
                    actor_id=checked.account_id,
                    reason=f"Void: {why}",
                    sale_id=row_id,
                )
            wallet = tx.sales.paid_by(row_id, PaymentMethod.WALLET.value)
            if wallet and sale.customer_id is not None:
                back = Why(WalletEntryKind.REFUND.value, checked.account_id, f"Void: {why}", row_id)
                tx.wallets.credit(sale.customer_id, wallet, back)
            tx.sales.mark_void(sale, authoriser.account_id, why)
            by = f", authorised by {authoriser.username}" if authoriser is not checked else ""
            record(
                tx,
                checked,
                AuditAction.VOID,
                record_type="sale",
                record_id=sale.uuid,
                detail=(f"sale #{row_id}, {plain_money(from_cents(sale.total_cents))}: {why}{by}"),
            )
            return sale_record(tx, sale)

        return self._db.write(work)
