"""The store's pricing settings: what every counter prices by.

Only what the person changed is sent, all of it in one call: the service checks every
value before it writes any, so a bad one is refused in place and nothing changes."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain.currency import CURRENCIES, Currency, check_currency, store_currency
from pos_app.domain.errors import ValidationError
from pos_app.domain.money import from_cents, typed_money
from pos_app.domain.pricing import RoundingMode, TaxRounding, cash_steps
from pos_app.domain.wallet_consent import CONSENT_SETTING, ConsentMode
from pos_app.services.records import Actor
from pos_app.services.taxes import (
    OFFLINE_CREDIT_ALLOWANCE,
    STORE_CREDIT_OFFLINE,
    TAX_NUMBER_MAX,
    PricingSettings,
)
from pos_app.ui.context import AppContext
from pos_app.ui.forms import InlineForm, named
from pos_app.ui.i18n import QT_TRANSLATE_NOOP, current_language, translate
from pos_app.ui.money_format import currency_text, symbol_for, use_store_currency
from pos_app.ui.pricing.cash_settings import CashSettingsFields
from pos_app.ui.pricing.tax_dialogs import percent_text
from pos_app.ui.widgets import latin_digits

TAX_ROUNDING = {
    TaxRounding.PER_LINE: QT_TRANSLATE_NOOP("PricingSettings", "Per line"),
    TaxRounding.PER_RECEIPT: QT_TRANSLATE_NOOP("PricingSettings", "Per receipt (each rate once)"),
}
ROUNDING = {
    RoundingMode.HALF_UP: QT_TRANSLATE_NOOP("PricingSettings", "Half up"),
    RoundingMode.HALF_EVEN: QT_TRANSLATE_NOOP("PricingSettings", "Half even (banker's)"),
}


def _shown(text: str) -> str:
    return translate("PricingSettings", text)


def cash_step_text(cents: int, currency: Currency | None = None) -> str:
    """A cash step as the combo shows it: in cents, or in whole units of a currency
    without decimals ("¥5")."""
    if currency is not None and currency.decimals == 0:
        if cents == 0:
            return translate("PricingSettings", "Off")
        return currency_text(from_cents(cents), currency)
    if cents == 0:
        return translate("PricingSettings", "Off (0 cents)")
    return (
        translate("PricingSettings", "1 cent")
        if cents == 1
        else translate("PricingSettings", "{0} cents").format(cents)
    )


def currency_choice(currency: Currency) -> str:
    """ "JPY (¥)": the ISO code and the symbol as the counter's language writes it."""
    return f"{currency.code} ({symbol_for(currency.code, current_language())})"


#: The least a choice of the settings shows before its row is cut (see the constructor).
COMBO_MIN_CHARACTERS = 14


def _combo(name: str, choices: Mapping[Any, str]) -> QComboBox:
    combo = named(QComboBox(), name)
    for value, text in choices.items():
        combo.addItem(_shown(text), value)
    return combo


class PricingSettingsPanel(QWidget):
    """Prices include tax, tax rounding, rounding, cash rounding, the store's tax number
    and the cashier's discount limit, saved together (Ctrl+S, the workspace's key).

    Signals: saved(object): the settings as stored after a save; failed(object): an
    exception that is not about one field, for the workspace to report."""

    saved = Signal(object)
    failed = Signal(object)

    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._actor = actor
        #: The settings as last read or saved: what "changed" is measured against.
        self.stored: PricingSettings | None = None
        self.form = InlineForm(self)
        self.includes_tax = _combo(
            "pricesIncludeTax",
            {
                True: QT_TRANSLATE_NOOP("PricingSettings", "Yes: shelf prices include tax"),
                False: QT_TRANSLATE_NOOP("PricingSettings", "No: tax is added at the counter"),
            },
        )
        self.tax_rounding = _combo("taxRounding", TAX_ROUNDING)
        self.rounding = _combo("roundingMode", ROUNDING)
        self.cash_rounding = named(QComboBox(), "cashRounding")
        self._fill_cash_steps(store_currency())
        self.tax_number = named(QLineEdit(), "taxNumber")
        self.tax_number.setPlaceholderText(self.tr("Printed on receipts; may stay empty"))
        self.discount_limit = named(QLineEdit(), "discountLimit")
        self.discount_limit.setPlaceholderText(self.tr("0 to 100"))
        self.discount_limit.setToolTip(
            self.tr("Up to this percent of a line or cart a cashier may discount; above, a manager")
        )
        self.label_prefixes = named(QLineEdit(), "priceBarcodePrefixes")
        latin_digits(self.discount_limit, self.label_prefixes)
        self.label_prefixes.setPlaceholderText(self.tr("e.g. 20, 21; empty: none"))
        self.label_prefixes.setToolTip(
            self.tr(
                "The EAN prefixes (20 to 29) the store's scale prints on its price labels: "
                "prefix, 5-digit item code, 5-digit price in cents, check digit"
            )
        )
        self.form.add("prices_include_tax", self.tr("&Prices include tax"), self.includes_tax)
        self.form.add("tax_rounding", self.tr("Ta&x rounding"), self.tax_rounding)
        self.form.add("rounding_mode", self.tr("R&ounding"), self.rounding)
        self.form.add("cash_rounding_cents", self.tr("Cas&h rounding"), self.cash_rounding)
        self.form.add("tax_number", self.tr("Tax &number"), self.tax_number, limit=TAX_NUMBER_MAX)
        self.form.add(
            "cashier_discount_limit_percent",
            self.tr("Cashier disco&unt limit (%)"),
            self.discount_limit,
        )
        self.form.add(
            "price_barcode_prefixes", self.tr("Price la&bel prefixes"), self.label_prefixes
        )
        self.shift_required = _combo(
            "shiftRequired",
            {
                False: QT_TRANSLATE_NOOP("PricingSettings", "No: sell with or without a shift"),
                True: QT_TRANSLATE_NOOP("PricingSettings", "Yes: a sale needs an open shift"),
            },
        )
        self.form.add("shift_required", self.tr("Only sell durin&g a shift"), self.shift_required)
        self._add_credit_fields()
        #: The notes and coins of the drawer, and the over/short limit (issue 13).
        self.cash = CashSettingsFields(ctx, actor, self.form)
        #: The store's currency (issue 17): its cash steps are the cash rounding's choices.
        self.currency = named(QComboBox(), "currency")
        for currency in CURRENCIES.values():
            self.currency.addItem(currency_choice(currency), currency.code)
        self.currency.setToolTip(
            self.tr(
                "The ISO code of the money the store sells in; one with other decimals "
                "(USD to JPY) only while no sale exists"
            )
        )
        self.currency.currentIndexChanged.connect(self._currency_chosen)
        self.form.add("currency", self.tr("Currency we ta&ke"), self.currency)
        self.save_button = named(QPushButton(self.tr("&Save settings")), "saveSettings")
        self.save_button.setToolTip(self.tr("Save the store's pricing settings (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.setEnabled(False)  # until the settings are read
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.form.layout)
        layout.addWidget(self.form.form_error)
        layout.addLayout(buttons)
        layout.addStretch(1)
        # The choices' longest text ("Oui : les prix affichés incluent la taxe") must not
        # widen the rows past the scroll area, which cuts them off on the right: a choice
        # shows what fits, its list shows it whole.
        for combo in self.findChildren(QComboBox):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(COMBO_MIN_CHARACTERS)

    def _add_credit_fields(self) -> None:
        """Store credit offline within a lease (issue 15)."""
        self.credit_offline = _combo(
            STORE_CREDIT_OFFLINE,
            {
                False: QT_TRANSLATE_NOOP("PricingSettings", "No: store credit needs the server"),
                True: QT_TRANSLATE_NOOP("PricingSettings", "Yes: up to the allowance"),
            },
        )
        self.form.add(
            STORE_CREDIT_OFFLINE, self.tr("Authori&ze store credit offline"), self.credit_offline
        )
        self.credit_allowance = named(QLineEdit(), OFFLINE_CREDIT_ALLOWANCE)
        self.credit_allowance.setToolTip(
            self.tr(
                "What each counter keeps of a customer's store credit, while online, to take "
                "offline"
            )
        )
        self.form.add(
            OFFLINE_CREDIT_ALLOWANCE,
            self.tr("Offline allowance, e&qual per counter"),
            self.credit_allowance,
        )
        # What the customer gives before their wallet pays (issue 16).
        self.wallet_consent = _combo(
            CONSENT_SETTING,
            {
                ConsentMode.PIN_OR_CARD: QT_TRANSLATE_NOOP(
                    "PricingSettings", "The customer's PIN or card scan"
                ),
                ConsentMode.PIN: QT_TRANSLATE_NOOP("PricingSettings", "The customer's PIN only"),
                ConsentMode.CARD: QT_TRANSLATE_NOOP(
                    "PricingSettings", "The scan of the customer's card only"
                ),
            },
        )
        self.form.add(CONSENT_SETTING, self.tr("Store credit pays with"), self.wallet_consent)

    def first_field(self) -> QWidget:
        return self.includes_tax

    def _fill_cash_steps(self, currency: Currency) -> None:
        """The cash rounding's choices in ``currency``; the step chosen stays if it is one
        of them, else Off."""
        combo = self.cash_rounding
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for step in cash_steps(currency.unit_cents):
            combo.addItem(cash_step_text(step, currency), step)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        combo.blockSignals(False)

    def _currency_chosen(self) -> None:
        self._fill_cash_steps(check_currency(self.currency.currentData()))

    def entered(self) -> dict[str, object]:
        """What the fields say, by setting (text fields as typed: the service checks)."""
        return {
            "prices_include_tax": bool(self.includes_tax.currentData()),
            "tax_rounding": self.tax_rounding.currentData(),
            "rounding_mode": self.rounding.currentData(),
            "cash_rounding_cents": int(self.cash_rounding.currentData()),
            "tax_number": self.tax_number.text().strip(),
            "cashier_discount_limit_percent": self.discount_limit.text().strip(),
            "price_barcode_prefixes": ", ".join(
                self.label_prefixes.text().replace(",", " ").split()
            ),
            "shift_required": bool(self.shift_required.currentData()),
            "currency": self.currency.currentData(),
            STORE_CREDIT_OFFLINE: bool(self.credit_offline.currentData()),
            OFFLINE_CREDIT_ALLOWANCE: self.credit_allowance.text().strip(),
            CONSENT_SETTING: self.wallet_consent.currentData(),
        }

    @staticmethod
    def shown_values(settings: PricingSettings) -> dict[str, object]:
        """``settings`` as the fields show them (compared with ``entered``)."""
        return {
            "prices_include_tax": settings.prices_include_tax,
            "tax_rounding": settings.tax_rounding,
            "rounding_mode": settings.rounding_mode,
            "cash_rounding_cents": settings.cash_rounding_cents,
            "tax_number": settings.tax_number,
            "cashier_discount_limit_percent": percent_text(
                Decimal(settings.cashier_discount_limit_percent)
            ).removesuffix("%"),
            "price_barcode_prefixes": ", ".join(settings.price_barcode_prefixes),
            "shift_required": settings.shift_required,
            "currency": settings.currency,
            STORE_CREDIT_OFFLINE: settings.store_credit_offline,
            OFFLINE_CREDIT_ALLOWANCE: typed_money(settings.offline_credit_allowance),
            CONSENT_SETTING: settings.wallet_consent,
        }

    def changes(self) -> dict[str, object]:
        """The settings the person changed since they were read."""
        if self.stored is None:
            return {}
        before = self.shown_values(self.stored)
        return {key: value for key, value in self.entered().items() if value != before[key]}

    def show_settings(self, settings: PricingSettings, *, keep_edits: bool = False) -> None:
        """Fill the fields from ``settings``; with ``keep_edits``, leave them alone while the
        person has unsaved changes (a refresh never overwrites what they typed)."""
        self.cash.load(keep_edits=keep_edits)
        if keep_edits and self.changes():
            return
        self.stored = settings
        values = self.shown_values(settings)
        self.currency.blockSignals(True)
        self.currency.setCurrentIndex(max(self.currency.findData(settings.currency), 0))
        self.currency.blockSignals(False)
        self._fill_cash_steps(settings.money)
        for combo, key in (
            (self.includes_tax, "prices_include_tax"),
            (self.tax_rounding, "tax_rounding"),
            (self.rounding, "rounding_mode"),
            (self.cash_rounding, "cash_rounding_cents"),
            (self.shift_required, "shift_required"),
            (self.credit_offline, STORE_CREDIT_OFFLINE),
            (self.wallet_consent, CONSENT_SETTING),
        ):
            combo.setCurrentIndex(max(combo.findData(values[key]), 0))
        self.tax_number.setText(str(values["tax_number"]))
        self.discount_limit.setText(str(values["cashier_discount_limit_percent"]))
        self.label_prefixes.setText(str(values["price_barcode_prefixes"]))
        self.credit_allowance.setText(str(values[OFFLINE_CREDIT_ALLOWANCE]))
        self.form.clear()
        self.setEnabled(True)

    def save(self) -> None:
        self.form.clear()
        if self.stored is None or not self.form.within_limits():
            return
        changes, cash = self.changes(), self.cash.changes()
        if not changes and not cash:
            self.form.show_error(self.tr("Nothing to save: no setting was changed"))
            return
        if not self.cash.check(cash):
            return
        actor, taxes, shifts = self._actor, self.ctx.services.taxes, self.ctx.services.shifts

        def save() -> PricingSettings:
            # The cash values were checked above by the service's rules: the pricing
            # settings go first, and a refusal there leaves the cash ones unsent.
            saved = taxes.update_settings(actor, changes) if changes else taxes.settings(actor)
            if cash:
                shifts.update_settings(actor, **cash)
            return saved

        self.ctx.tasks.write(
            save,
            self._saved,
            self._refused,
            disable=[self.save_button],
        )

    def _saved(self, settings: PricingSettings) -> None:
        if settings.currency != store_currency().code:  # amounts are written in it now
            use_store_currency(settings.money)
        self.show_settings(settings)  # and the cash settings read again
        self.saved.emit(settings)

    def _refused(self, exc: Exception) -> None:
        if isinstance(exc, ValidationError):
            self.form.show_error(exc)
        else:
            self.failed.emit(exc)


def settings_summary(settings: PricingSettings) -> str:
    """One line that says how the store prices now, for the workspace's message."""
    text = (
        translate("PricingSettings", "Prices include tax; tax rounded {0}, {1}; cash rounding {2}")
        if settings.prices_include_tax
        else translate(
            "PricingSettings", "Prices exclude tax; tax rounded {0}, {1}; cash rounding {2}"
        )
    )
    return text.format(
        _shown(TAX_ROUNDING[settings.tax_rounding]).lower(),
        _shown(ROUNDING[settings.rounding_mode]).lower(),
        cash_step_text(settings.cash_rounding_cents, settings.money).lower(),
    )
