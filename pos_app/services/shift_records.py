"""The records and arithmetic of shifts (issue 13): counts by denomination, what the
drawer should hold, and the X/Z report of a shift, read from its rows. The rules are in
``pos_app.services.shifts``."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation

from pos_app.data.repositories.shifts import ShiftTakings
from pos_app.data.shift_models import Shift
from pos_app.data.transaction import Transaction
from pos_app.domain import rules
from pos_app.domain.enums import (
    PaymentMethod,
    RefundMethod,
    TopUpMethod,
)
from pos_app.domain.errors import (
    ValidationError,
)
from pos_app.domain.money import format_money, from_cents, parse_money, to_cents

DENOMINATIONS = "cash_denominations"
DIFFERENCE_LIMIT = "shift_difference_limit_cents"
DEFAULT_DENOMINATIONS = (1, 5, 10, 25, 50, 100, 500, 1_000, 2_000, 5_000, 10_000)
DEFAULT_DIFFERENCE_LIMIT = 500
#: The most notes and coins a store counts its drawer in.
DENOMINATIONS_MAX = 30
#: The most of one denomination a count may hold, and the largest amount moved at once.
COUNT_MAX = 100_000
AMOUNT_MAX = Decimal("100000.00")
REASON_MAX = 200


#: Why a cashier's close is refused; both end in ``NEEDS_MANAGER`` (the screen asks for one).
OVER_LIMIT = (
    "The count differs from what the drawer should hold by more than the store allows: "
    "a manager must approve this close"
)
REFUSED_BEFORE = "A count of this shift was refused already: a manager must approve this close"


@dataclass(frozen=True)
class ShiftSettings:
    """The store's cash settings: the notes and coins a drawer is counted in, and the
    cash difference a cashier may close with before a manager must approve."""

    denominations: tuple[Decimal, ...]
    difference_limit: Decimal


@dataclass(frozen=True)
class CashCount:
    """A drawer counted by denomination: (denomination, how many), largest first."""

    counts: tuple[tuple[Decimal, int], ...]

    @property
    def total(self) -> Decimal:
        return sum((d * n for d, n in self.counts), Decimal("0.00"))


@dataclass(frozen=True)
class MethodFigures:
    """Expected against counted for one way of paying (counted None: not counted)."""

    method: str
    expected: Decimal
    counted: Decimal | None = None

    @property
    def difference(self) -> Decimal | None:
        return None if self.counted is None else self.counted - self.expected


@dataclass(frozen=True)
class ShiftReport:
    """A shift's figures: the X report while it is open, its Z report once closed."""

    id: int
    counter: str
    opened_by: str
    opened_at: datetime
    opening_float: Decimal
    sales: int
    voids: int
    refunds: int
    no_sales: int
    cash_sales: Decimal
    card_sales: Decimal
    wallet_sales: Decimal
    cash_refunds: Decimal
    card_refunds: Decimal
    wallet_refunds: Decimal
    cash_top_ups: Decimal
    card_top_ups: Decimal
    paid_in: Decimal
    paid_out: Decimal
    methods: tuple[MethodFigures, ...]
    closed_at: datetime | None = None
    closed_by: str = ""
    approved_by: str = ""
    opening_count: CashCount | None = None
    closing_count: CashCount | None = None

    @property
    def expected_cash(self) -> Decimal:
        return self.methods[0].expected

    @property
    def over_short(self) -> Decimal | None:
        """Counted less expected cash (+ over, - short); None while the shift is open."""
        return self.methods[0].difference


@dataclass(frozen=True)
class OpenShift:
    """What a cashier may know of the open shift: whose, since when, its float. What the
    drawer should hold is not said before the blind close (``x_report`` for managers)."""

    id: int
    counter: str
    opened_by: str
    opened_at: datetime
    opening_float: Decimal


@dataclass(frozen=True)
class ShiftsTotal:
    """The Z report of a period: its closed shifts, and their sums."""

    counter: str  #: "" the whole store
    since: datetime
    until: datetime
    shifts: tuple[ShiftReport, ...]

    def total(self, field: str) -> Decimal:
        return sum((getattr(s, field) for s in self.shifts), Decimal("0.00"))

    @property
    def over_short(self) -> Decimal:
        return sum((s.over_short or Decimal(0) for s in self.shifts), Decimal("0.00"))


def expected_cash_cents(float_cents: int, takings: ShiftTakings) -> int:
    """What the drawer should hold: the float plus every cash movement of the shift."""
    return (
        float_cents
        + takings.of(takings.sold, PaymentMethod.CASH.value)
        + takings.of(takings.topped_up, TopUpMethod.CASH.value)
        + takings.paid_in
        - takings.paid_out
        - takings.of(takings.refunded, RefundMethod.CASH.value)
    )


def expected_cents(float_cents: int, takings: ShiftTakings) -> tuple[int, int, int]:
    """Expected (cash, card, wallet) cents."""
    card = (
        takings.of(takings.sold, PaymentMethod.CARD.value)
        + takings.of(takings.topped_up, TopUpMethod.CARD.value)
        - takings.of(takings.refunded, RefundMethod.CARD.value)
    )
    wallet = takings.of(takings.sold, PaymentMethod.WALLET.value) - takings.of(
        takings.refunded, RefundMethod.WALLET.value
    )
    return expected_cash_cents(float_cents, takings), card, wallet


def read_shift_settings(tx: Transaction) -> ShiftSettings:
    stored = tx.pricing.settings()
    text = stored.get(DENOMINATIONS, "")
    cents = [int(c) for c in text.split()] if text else list(DEFAULT_DENOMINATIONS)
    limit = int(stored.get(DIFFERENCE_LIMIT, str(DEFAULT_DIFFERENCE_LIMIT)))
    return ShiftSettings(tuple(from_cents(c) for c in sorted(cents)), from_cents(limit))


def denomination_cents(value: object, field: str) -> int:
    amount = parse_money(value, field=field, label="A denomination")
    if amount <= 0 or amount > AMOUNT_MAX:
        raise ValidationError("A denomination is more than 0.00", field)
    return to_cents(amount)


def checked_cash_settings(denominations: object, difference_limit: object) -> dict[str, str]:
    """The cash settings given (None: not given) checked, as ``store_settings`` keeps them:
    the denominations in cents, smallest first; the over/short limit in cents. Pure, so a
    screen checks by the same rules before it sends anything."""
    stored: dict[str, str] = {}
    if denominations is not None:
        items = rules.sequence(denominations, "denominations", "Denominations", DENOMINATIONS_MAX)
        cents = sorted({denomination_cents(d, "denominations") for d in items})
        if not cents:
            raise ValidationError("Name at least one note or coin", "denominations")
        stored[DENOMINATIONS] = " ".join(str(c) for c in cents)
    if difference_limit is not None:
        limit = parse_money(difference_limit, field="difference_limit", label="The limit")
        if limit < 0 or limit > AMOUNT_MAX:
            raise ValidationError("The limit is from 0.00 up", "difference_limit")
        stored[DIFFERENCE_LIMIT] = str(to_cents(limit))
    return stored


def count_problem(denomination: Decimal, raw: object) -> str | None:
    """Why ``raw`` is not a count of ``denomination`` notes or coins, or None: a whole
    number from 0 to 100,000 ("" is 0). Pure, for the screens as they type."""
    label = format_money(denomination)
    whole = f"The count of {label} must be a whole number"
    if isinstance(raw, bool):
        return whole
    try:
        number = Decimal(str(raw).strip() or "0")
    except InvalidOperation:
        return whole
    # is_finite first: comparing a signalling NaN ("sNaN") raises instead of answering.
    if not number.is_finite() or number != number.to_integral_value():
        return whole
    if number < 0 or number > COUNT_MAX:
        return f"The count of {label} must be from 0 to {COUNT_MAX:,}"
    return None


def check_count(value: object, settings: ShiftSettings, field: str) -> CashCount:
    """A count by denomination: {denomination: how many}. Each denomination must be one of
    the store's and each count a whole number from 0 to 100,000."""
    given = rules.mapping(value, field, "The count")
    allowed_cents = {to_cents(d) for d in settings.denominations}
    counts: dict[int, int] = {}
    for key, raw in given.items():
        cents = denomination_cents(key, field)
        if cents not in allowed_cents:
            label = format_money(from_cents(cents))
            raise ValidationError(f"{label} is not one of the store's denominations", field)
        problem = count_problem(from_cents(cents), raw)
        if problem is not None:
            raise ValidationError(problem, field)
        counts[cents] = counts.get(cents, 0) + int(Decimal(str(raw).strip() or "0"))
    return CashCount(
        tuple((from_cents(c), n) for c, n in sorted(counts.items(), reverse=True) if n)
    )


def count_json(count: CashCount) -> str:
    return json.dumps({str(to_cents(d)): n for d, n in count.counts}, sort_keys=True)


def _count_from(text: str | None) -> CashCount | None:
    if text is None:
        return None
    pairs = sorted(((int(c), int(n)) for c, n in json.loads(text).items()), reverse=True)
    return CashCount(tuple((from_cents(c), n) for c, n in pairs))


def shift_report(tx: Transaction, shift: Shift) -> ShiftReport:
    takings = tx.shifts.takings(shift.id)
    if shift.closed_at is None:
        cash, card, wallet = expected_cents(shift.opening_float_cents, takings)
        counted: tuple[int | None, int | None, int | None] = (None, None, None)
    else:
        cash = int(shift.expected_cash_cents or 0)
        card = int(shift.expected_card_cents or 0)
        wallet = int(shift.expected_wallet_cents or 0)
        counted = (shift.counted_cash_cents, shift.counted_card_cents, None)
    people = tx.accounts.usernames([shift.opened_by_id, shift.closed_by_id, shift.approved_by_id])

    def money(cents: int | None) -> Decimal | None:
        return None if cents is None else from_cents(cents)

    return ShiftReport(
        id=shift.id,
        counter=shift.counter,
        opened_by=people.get(shift.opened_by_id) or "?",
        opened_at=shift.opened_at,
        opening_float=from_cents(shift.opening_float_cents),
        sales=takings.sales,
        voids=takings.voids,
        refunds=takings.refunds,
        no_sales=takings.no_sales,
        cash_sales=from_cents(takings.of(takings.sold, PaymentMethod.CASH.value)),
        card_sales=from_cents(takings.of(takings.sold, PaymentMethod.CARD.value)),
        wallet_sales=from_cents(takings.of(takings.sold, PaymentMethod.WALLET.value)),
        cash_refunds=from_cents(takings.of(takings.refunded, RefundMethod.CASH.value)),
        card_refunds=from_cents(takings.of(takings.refunded, RefundMethod.CARD.value)),
        wallet_refunds=from_cents(takings.of(takings.refunded, RefundMethod.WALLET.value)),
        cash_top_ups=from_cents(takings.of(takings.topped_up, TopUpMethod.CASH.value)),
        card_top_ups=from_cents(takings.of(takings.topped_up, TopUpMethod.CARD.value)),
        paid_in=from_cents(takings.paid_in),
        paid_out=from_cents(takings.paid_out),
        methods=(
            MethodFigures(PaymentMethod.CASH.value, from_cents(cash), money(counted[0])),
            MethodFigures(PaymentMethod.CARD.value, from_cents(card), money(counted[1])),
            MethodFigures(PaymentMethod.WALLET.value, from_cents(wallet), money(counted[2])),
        ),
        closed_at=shift.closed_at,
        closed_by=people.get(shift.closed_by_id) or "" if shift.closed_by_id else "",
        approved_by=people.get(shift.approved_by_id) or "" if shift.approved_by_id else "",
        opening_count=_count_from(shift.opening_count),
        closing_count=_count_from(shift.closing_count),
    )


def open_shift_record(tx: Transaction, shift: Shift) -> OpenShift:
    opened_by = tx.accounts.usernames([shift.opened_by_id]).get(shift.opened_by_id) or "?"
    return OpenShift(
        shift.id,
        shift.counter,
        opened_by,
        shift.opened_at,
        from_cents(shift.opening_float_cents),
    )
