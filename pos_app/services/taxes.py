"""Tax rates and the store's pricing settings (issue 12): what every counter prices by.

A rate is never deleted nor its percent changed: a sale copies the rate it was sold at,
and a new percent is a new rate (the old one retired), so the past reads as it was.

The store's currency (issue 17) is a pricing setting too: its ISO code (``currency``,
USD when never set). A currency with other decimals (USD to JPY) is taken only while no
sale exists and every product's and promotion's price is a whole number of the new unit;
one with the same decimals (USD to EUR) at any time.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from pos_app.data import models
from pos_app.data.pricing_models import TaxRate as TaxRateRow
from pos_app.data.repositories.pricing import DEFAULT_TAX_RATE, RateFields
from pos_app.data.transaction import Transaction
from pos_app.domain import rules
from pos_app.domain.barcodes import check_prefixes
from pos_app.domain.currency import DEFAULT_CURRENCY, Currency, check_currency
from pos_app.domain.enums import AuditAction
from pos_app.domain.errors import (
    ConflictError,
    NotFoundError,
    NothingToChangeError,
    ValidationError,
)
from pos_app.domain.money import from_cents, plain_money, to_cents
from pos_app.domain.pricing import (
    PricingRules,
    RoundingMode,
    TaxRate,
    TaxRounding,
    cash_steps,
    check_rate_percent,
)
from pos_app.domain.promotions import check_percent
from pos_app.domain.wallet_consent import CONSENT_SETTING, DEFAULT_MODE, ConsentMode, consent_mode
from pos_app.services.audit_log import record, record_on
from pos_app.services.base import Service, check_id, found_row, product_row, to_switch
from pos_app.services.permissions import Op, authorize
from pos_app.services.product_categories import categories_by_key, category_key
from pos_app.services.records import Actor

PRICE_BARCODE_PREFIXES = "price_barcode_prefixes"
SHIFT_REQUIRED = "shift_required"
CURRENCY = "currency"
#: Store credit offline, within a lease (issue 15): on or off, and each counter's allowance
#: per customer (``pos_app.services.credit_lease``).
STORE_CREDIT_OFFLINE = "store_credit_offline"
OFFLINE_CREDIT_ALLOWANCE = "offline_credit_allowance"
OFFLINE_CREDIT_ALLOWANCE_MAX = Decimal("1000.00")
#: A rate's percent is kept in ten-thousandths of a percent.
E4 = Decimal(10_000)
TAX_NUMBER_MAX = 64


@dataclass(frozen=True)
class TaxRateRecord:
    id: int
    name: str
    percent: Decimal
    exempt: bool
    active: bool


@dataclass(frozen=True)
class PricingSettings:
    """The store's pricing settings, as every counter reads them."""

    prices_include_tax: bool = True
    tax_rounding: TaxRounding = TaxRounding.PER_RECEIPT
    rounding_mode: RoundingMode = RoundingMode.HALF_UP
    cash_rounding_cents: int = 0
    tax_number: str = ""
    default_tax_rate_id: int | None = None
    #: Up to this percent of a line or cart a cashier may discount; above, a manager.
    cashier_discount_limit_percent: Decimal = Decimal(10)
    #: Which of the EAN prefixes 20-29 the store's scale prints price labels with
    #: (``pos_app.domain.barcodes``); none: no price-embedded barcodes.
    price_barcode_prefixes: tuple[str, ...] = ()
    #: Sales only in a shift: a sale at a counter with no open shift is refused (issue 13).
    shift_required: bool = False
    #: The pricing version these were read at (``PricingBook``; 0: not known).
    version: int = 0
    #: The ISO code of the store's currency (``pos_app.domain.currency``).
    currency: str = DEFAULT_CURRENCY.code
    #: Whether a counter may take store credit offline, within its lease (issue 15).
    store_credit_offline: bool = False
    #: What a counter reserves of a customer's wallet for offline spending.
    offline_credit_allowance: Decimal = Decimal("20.00")
    #: What a wallet payment needs of the customer (issue 16, ``domain.wallet_consent``).
    wallet_consent: ConsentMode = DEFAULT_MODE

    @property
    def offline_credit_allowance_cents(self) -> int:
        return to_cents(self.offline_credit_allowance)

    @property
    def money(self) -> Currency:
        return check_currency(self.currency)

    @property
    def rules(self) -> PricingRules:
        return PricingRules(
            self.prices_include_tax,
            self.tax_rounding,
            self.rounding_mode,
            self.cash_rounding_cents,
            self.money.unit_cents,
        )


def to_rate(row: TaxRateRow | RateFields) -> TaxRate:
    """The rate as the pricing engine reads it."""
    return TaxRate(row.id, row.name, Decimal(row.percent_e4) / E4, row.exempt)


def _record(row: TaxRateRow) -> TaxRateRecord:
    return TaxRateRecord(row.id, row.name, Decimal(row.percent_e4) / E4, row.exempt, row.active)


def read_settings(tx: Transaction) -> PricingSettings:
    """The settings as stored; a key never set has its default."""
    stored = tx.pricing.settings()
    default = PricingSettings()
    rate = stored.get(DEFAULT_TAX_RATE, "")
    return PricingSettings(
        prices_include_tax=stored.get("prices_include_tax", "1") == "1",
        tax_rounding=TaxRounding(stored.get("tax_rounding", default.tax_rounding.value)),
        rounding_mode=RoundingMode(stored.get("rounding_mode", default.rounding_mode.value)),
        cash_rounding_cents=int(stored.get("cash_rounding_cents", "0")),
        tax_number=stored.get("tax_number", ""),
        default_tax_rate_id=int(rate) if rate.isdigit() else None,
        price_barcode_prefixes=tuple(stored.get(PRICE_BARCODE_PREFIXES, "").split()),
        shift_required=stored.get(SHIFT_REQUIRED, "0") == "1",
        currency=stored.get(CURRENCY, default.currency),
        store_credit_offline=stored.get(STORE_CREDIT_OFFLINE, "0") == "1",
        wallet_consent=consent_mode(stored.get(CONSENT_SETTING)),
        offline_credit_allowance=Decimal(
            stored.get(OFFLINE_CREDIT_ALLOWANCE, str(default.offline_credit_allowance))
        ),
        cashier_discount_limit_percent=Decimal(
            stored.get(
                "cashier_discount_limit_percent", str(default.cashier_discount_limit_percent)
            )
        ),
    )


def put_settings(
    tx: Transaction, actor: Actor, stored: Mapping[str, str], action: AuditAction, what: str
) -> None:
    """Write the store's settings ``stored`` (checked, as text) and audit the ones that
    changed as ``action``: "<what>: key=value, ..."."""
    changed = [k for k, v in stored.items() if tx.pricing.put_setting(k, v, actor.account_id)]
    if changed:
        detail = f"{what}: " + ", ".join(f"{k}={stored[k]}" for k in sorted(changed))
        record(tx, actor, action, record_type="settings", detail=detail)


#: The settings that are one of a few words, with their label.
_CHOICES: dict[str, tuple[type[StrEnum], str]] = {
    "tax_rounding": (TaxRounding, "Tax rounding"),
    "rounding_mode": (RoundingMode, "Rounding"),
    CONSENT_SETTING: (ConsentMode, "What a wallet payment needs"),
}


def _stored(key: str, value: object) -> str:
    """A setting's value checked and as text, or ValidationError."""
    if key == "prices_include_tax":
        return "1" if rules.flag(value, key, "Prices include tax") else "0"
    if key in _CHOICES:
        kind, label = _CHOICES[key]
        return str(rules.choice(kind, value, key, label).value)
    if key == "cash_rounding_cents":  # checked against the currency's steps on writing
        return str(rules.integer(value, key, "Cash rounding", 0, max(cash_steps(100))))
    if key == CURRENCY:
        return check_currency(value, key).code
    if key == SHIFT_REQUIRED:
        return "1" if rules.flag(value, key, "Sell only in a shift") else "0"
    if key == STORE_CREDIT_OFFLINE:
        return "1" if rules.flag(value, key, "Store credit offline") else "0"
    if key == OFFLINE_CREDIT_ALLOWANCE:
        label = "The offline store credit allowance"
        return str(rules.positive_amount(value, key, label, OFFLINE_CREDIT_ALLOWANCE_MAX))
    if key == "tax_number":
        return rules.optional_text(value, key, "Tax number", TAX_NUMBER_MAX)
    if key == "cashier_discount_limit_percent":
        return str(check_percent(value, key, "The cashiers' discount limit"))
    if key == DEFAULT_TAX_RATE:
        return "" if value is None else str(check_id(value, "Tax rate"))
    if key == PRICE_BARCODE_PREFIXES:
        return " ".join(check_prefixes(value, key))
    raise ValidationError(f"There is no pricing setting {key!r}", "changes")


def _check_currency_change(
    tx: Transaction, before: PricingSettings, stored: Mapping[str, str]
) -> None:
    """Refuse a currency whose decimals the store's figures do not fit (see the module's
    docstring), and a cash step the currency does not have."""
    currency = check_currency(stored.get(CURRENCY, before.currency))
    unit = currency.unit_cents
    step = int(stored.get("cash_rounding_cents", before.cash_rounding_cents))
    if step not in cash_steps(unit):
        steps = ", ".join(plain_money(from_cents(s), currency) for s in cash_steps(unit)[1:])
        raise ValidationError(
            f"Cash rounding in {currency.code} is off or one of {steps}", "cash_rounding_cents"
        )
    if unit == before.money.unit_cents:
        return
    if tx.pricing.has_sales():
        raise ValidationError(
            f"The currency cannot change from {before.currency} to {currency.code} once "
            f"sales exist: {currency.code} has {currency.decimals} decimals, "
            f"{before.currency} {before.money.decimals}",
            CURRENCY,
        )
    off = tx.pricing.price_off_unit(unit)
    if off is not None:
        name, cents = off
        raise ValidationError(
            f"{name} costs {from_cents(cents)}: {currency.code} has no decimals; give it a "
            "whole price first",
            CURRENCY,
        )


class TaxService(Service):
    def rates(self, actor: Actor | None, *, include_retired: bool = False) -> list[TaxRateRecord]:
        authorize(actor, Op.PRODUCT_VIEW)
        everything = rules.flag(include_retired, "include_retired", "Include retired")
        return self._db.read(
            lambda tx: [_record(r) for r in tx.pricing.rates(include_retired=everything)]
        )

    def add_rate(
        self, actor: Actor | None, name: str, percent: object, *, exempt: bool = False
    ) -> TaxRateRecord:
        """A new rate: a name no other rate has (ignoring case), a percent from 0 to 100
        with at most 4 decimals; an exempt rate has no tax."""
        checked = authorize(actor, Op.TAX_MANAGE)
        clean_name = rules.required_text(name, "name", "Name", 40)
        value = check_rate_percent(percent)
        if rules.flag(exempt, "exempt", "Exempt") and value:
            raise ValidationError("An exempt rate has no tax: its percent is 0", "percent")

        def work(tx: Transaction) -> TaxRateRecord:
            if tx.pricing.rate_named(clean_name) is not None:
                raise ConflictError(f"There is already a tax rate named {clean_name!r}")
            row = tx.pricing.add_rate(clean_name, int(value * E4), exempt)
            detail = f"tax rate {row.name}: {value}%{' (exempt)' if exempt else ''}"
            record_on(tx, checked, AuditAction.TAX_CHANGE, row, detail)
            return _record(row)

        return self._db.write(work)

    def set_rate_active(self, actor: Actor | None, rate_id: int, active: bool) -> TaxRateRecord:
        """Retire a rate (products keep it until given another; new sales still charge it)
        or bring it back. The store's default rate cannot be retired."""
        checked = authorize(actor, Op.TAX_MANAGE)
        row_id = check_id(rate_id, "Tax rate")
        wanted = rules.flag(active, "active", "Active")

        def work(tx: Transaction) -> TaxRateRecord:
            row = to_switch(tx, TaxRateRow, row_id, wanted, "Tax rate")
            if not wanted and read_settings(tx).default_tax_rate_id == row.id:
                raise ValidationError(
                    f"{row.name} is the store's default rate: choose another first"
                )
            row.active = wanted
            detail = f"tax rate {row.name} {'reactivated' if wanted else 'retired'}"
            record_on(tx, checked, AuditAction.TAX_CHANGE, row, detail)
            return _record(row)

        return self._db.write(work)

    def set_category_rate(self, actor: Actor | None, category: str, rate_id: int | None) -> None:
        """The rate of a category's products (those without their own); None: the default."""
        checked = authorize(actor, Op.TAX_MANAGE)
        name = rules.category_name(category)
        wanted = None if rate_id is None else check_id(rate_id, "Tax rate")

        def work(tx: Transaction) -> None:
            known = categories_by_key(tx).get(category_key(name))
            if known is None:
                raise NotFoundError(f"There is no category {name!r}")
            rate = self._active_rate(tx, wanted)
            row = tx.lock(models.ProductCategory, known.id)
            assert row is not None
            row.tax_rate_id = wanted
            detail = f"category {row.name}: tax {rate.name if rate else 'store default'}"
            record_on(tx, checked, AuditAction.TAX_CHANGE, row, detail)

        self._db.write(work)

    def set_product_rate(self, actor: Actor | None, product_id: int, rate_id: int | None) -> None:
        """A product's own rate, over its category's; None: its category's again."""
        checked = authorize(actor, Op.TAX_MANAGE)
        wanted = None if rate_id is None else check_id(rate_id, "Tax rate")

        def work(tx: Transaction) -> None:
            product = product_row(tx, product_id)
            rate = self._active_rate(tx, wanted)
            product.tax_rate_id = wanted
            detail = f"{product.name}: tax {rate.name if rate else 'of its category'}"
            record_on(tx, checked, AuditAction.TAX_CHANGE, product, detail)

        self._db.write(work)

    @staticmethod
    def _active_rate(tx: Transaction, rate_id: int | None) -> TaxRateRow | None:
        if rate_id is None:
            return None
        row = found_row(tx, TaxRateRow, rate_id, "Tax rate")
        if not row.active:
            raise ValidationError(f"Tax rate {row.name} is retired", "rate_id")
        return row

    def currency(self, actor: Actor | None) -> Currency:
        """The store's currency: anyone who may see a price may know what it is in."""
        authorize(actor, Op.PRODUCT_VIEW)
        return self._db.read(read_settings).money

    def settings(self, actor: Actor | None) -> PricingSettings:
        authorize(actor, Op.SALE_CHECKOUT)
        return self._db.read(read_settings)

    def update_settings(
        self, actor: Actor | None, changes: Mapping[str, object]
    ) -> PricingSettings:
        """Change some of the settings (keys as the fields of PricingSettings); audited."""
        checked = authorize(actor, Op.TAX_MANAGE)
        if not isinstance(changes, Mapping) or not changes:
            raise NothingToChangeError("Nothing to change: no settings were given")
        stored = {str(key): _stored(str(key), value) for key, value in changes.items()}

        def work(tx: Transaction) -> PricingSettings:
            if stored.get(DEFAULT_TAX_RATE):
                self._active_rate(tx, int(stored[DEFAULT_TAX_RATE]))
            _check_currency_change(tx, read_settings(tx), stored)
            put_settings(tx, checked, stored, AuditAction.TAX_CHANGE, "pricing")
            return read_settings(tx)

        return self._db.write(work)
