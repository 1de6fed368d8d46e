"""Records of reports: daily totals, the end-of-day Z report and the tax totals that sales
and reports share (re-exported by ``records``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal


@dataclass(frozen=True)
class DailyTotal:
    """Sales of one local calendar day. ``net`` is the total before tax (``net + tax ==
    total`` for what the service reports; a sale from before taxes has net = total, no
    tax); ``discount`` is what cashiers took off (line and cart discounts) and
    ``promotion`` what promotions did, both already out of ``total``."""

    day: date
    sales: int
    total: Decimal
    net: Decimal = Decimal("0.00")
    tax: Decimal = Decimal("0.00")
    discount: Decimal = Decimal("0.00")
    promotion: Decimal = Decimal("0.00")


@dataclass(frozen=True)
class TaxTotal:
    """One rate's row of a tax summary: what was sold at it, before and with tax."""

    name: str
    percent: Decimal
    exempt: bool
    net: Decimal
    tax: Decimal

    @property
    def gross(self) -> Decimal:
        return self.net + self.tax

    @property
    def label(self) -> str:
        """How receipts, the cart and reports name the rate: "VAT 20%", "Books (exempt)";
        a name that says its percent already is not followed by it again ("VAT 20%", not
        "VAT 20% 20%", which the full-day trial read on screen, receipt and Z report)."""
        if self.exempt:
            return f"{self.name} (exempt)"
        percent = f"{self.percent.normalize():f}%"
        said = re.search(rf"(?<![\d.]){re.escape(percent)}", self.name)
        return self.name if said else f"{self.name} {percent}"


@dataclass(frozen=True)
class DiscountTotal:
    """Discounts one cashier gave over a period."""

    cashier: str
    sales: int
    amount: Decimal


@dataclass(frozen=True)
class PromotionTotal:
    """What one promotion took off over a period, and on how many lines."""

    name: str
    lines: int
    amount: Decimal


@dataclass(frozen=True)
class DayClosed:
    """A day closing as the next one refers to it."""

    business_day: date
    closed_at: datetime
    closed_by: str | None


@dataclass(frozen=True)
class ZReport:
    """End-of-day figures for one counter (or the whole store when ``counter`` is empty)
    over [since, until)."""

    since: datetime
    until: datetime
    counter: str
    sales_count: int
    gross: Decimal
    refunds_count: int
    refunds: Decimal
    cash_sales: Decimal
    wallet_sales: Decimal
    cash_refunds: Decimal
    wallet_refunds: Decimal
    opening_float: Decimal
    #: Opening float + cash sales - cash refunds + cash top-ups + paid in - paid out: what
    #: the drawer should hold.
    expected_cash: Decimal
    counted_cash: Decimal | None = None
    closed_by: str | None = None
    closed_at: datetime | None = None
    closing_id: int | None = None
    card_sales: Decimal = Decimal("0.00")
    card_refunds: Decimal = Decimal("0.00")
    #: Wallet top-ups by how the customer paid: cash went into the drawer.
    cash_top_ups: Decimal = Decimal("0.00")
    card_top_ups: Decimal = Decimal("0.00")
    #: The business day these figures close (or would close): see EndOfDayService.
    business_day: date | None = None
    #: The closing this period starts after, if any.
    previous: DayClosed | None = None
    #: Pricing (issue 12): tax by rate on sales and on refunds, discounts by cashier,
    #: promotions applied and the cash rounding, as the sales and refunds recorded them.
    sales_tax: tuple[TaxTotal, ...] = ()
    refunds_tax: tuple[TaxTotal, ...] = ()
    discounts: tuple[DiscountTotal, ...] = ()
    promotions: tuple[PromotionTotal, ...] = ()
    cash_rounding: Decimal = Decimal("0.00")
    #: Cash put into and taken out of the drawers (a shift's paid in and paid out).
    paid_in: Decimal = Decimal("0.00")
    paid_out: Decimal = Decimal("0.00")
    #: Sales rung up in the period and voided (their money all went back, so they are in
    #: no other figure), and drawer openings with no sale: as a shift's Z report counts.
    voids_count: int = 0
    voids: Decimal = Decimal("0.00")
    no_sales: int = 0

    @property
    def tax(self) -> Decimal:
        """Tax collected: on the sales less on the refunds."""
        return sum((t.tax for t in self.sales_tax), Decimal("0.00")) - sum(
            (t.tax for t in self.refunds_tax), Decimal("0.00")
        )

    @property
    def net_sales(self) -> Decimal:
        """Sales less refunds, before tax."""
        return self.net - self.tax

    @property
    def net(self) -> Decimal:
        return self.gross - self.refunds

    @property
    def difference(self) -> Decimal | None:
        """Counted minus expected: negative means cash is missing."""
        return None if self.counted_cash is None else self.counted_cash - self.expected_cash
