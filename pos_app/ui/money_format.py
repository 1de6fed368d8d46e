"""Money on screens in the store's currency (issue 17), as the counter's language writes it.

``currency_text`` places the currency's symbol where QLocale places it for the installed
language ("$1,234.50" in English, "1 234,50 €" in French, "1,234.50 $" isolated left to right
in Arabic), with the currency's decimals (none for yen and Lebanese pounds). The figures are
written from the exact Decimal, never through a float: QLocale gives the layout (symbol
before or after, its spacing, the group separator and the decimal point), and Python the
digits. Arabic keeps the Latin digits, "." and "," that the rest of the app (quantities,
receipts, what a cashier types) uses, inside a left-to-right isolate (``i18n.ltr``), so that
a minus sign and the symbol stay where they belong in right-to-left text.

``use_store_currency`` makes it what ``format_money`` writes on every screen: the app calls
it after sign-in reads the store's currency, and again when the Pricing workspace saves a
new one; ``use_plain_money`` undoes it at sign-out.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache

from PySide6.QtCore import QLocale

from pos_app.domain.currency import DEFAULT_CURRENCY, Currency, set_store_currency
from pos_app.domain.money import set_money_formatter, shown_decimals, typed_money
from pos_app.ui.i18n import current_language, is_right_to_left, ltr

#: Stands for the symbol while QLocale lays out an amount (a character no symbol has).
_MARK = "\u00a4"
#: Marks QLocale puts around right-to-left amounts; the isolate does their work here.
_DIRECTION_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u061c"))


@cache
def symbol_for(code: str, language: str) -> str:
    """The currency's symbol as ``language`` writes it: that of a locale of the language
    whose currency it is (LBP in Arabic: "ل.ل."; EUR in French: "€"), else the table's."""
    wanted = QLocale(language).language()
    for locale in QLocale.matchingLocales(
        wanted, QLocale.Script.AnyScript, QLocale.Country.AnyTerritory
    ):
        if locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode) == code:
            symbol = locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol)
            if symbol:
                return symbol.translate(_DIRECTION_MARKS)
    return _table_symbol(code)


def _table_symbol(code: str) -> str:
    from pos_app.domain.currency import CURRENCIES  # noqa: PLC0415 (a table, not a cycle)

    found = CURRENCIES.get(code)
    return found.symbol if found is not None else code


@cache
def _layout(language: str) -> tuple[str, str, str, str]:
    """(before the figures, after them, group separator, decimal point) of ``language``'s
    currency format; Arabic: the layout, with Latin separators."""
    locale = QLocale(language)
    zero = locale.toString(0)
    pattern = locale.toCurrencyString(0, _MARK, 0).translate(_DIRECTION_MARKS)
    before, _, after = pattern.partition(zero)
    if language in ("ar",):
        return before, after, ",", "."
    return before, after, locale.groupSeparator(), locale.decimalPoint()


def currency_text(amount: Decimal, currency: Currency, language: str | None = None) -> str:
    """``amount`` in ``currency`` as ``language`` (the installed one by default) writes it."""
    language = language or current_language()
    before, after, group, point = _layout(language)
    digits = f"{abs(amount):,.{shown_decimals(amount, currency)}f}"
    digits = digits.replace(",", "\0").replace(".", point).replace("\0", group)
    symbol = symbol_for(currency.code, language)
    # A symbol of letters (CHF, LBP) is kept apart from the figures: "CHF 1,234.50".
    if before.endswith(_MARK) and symbol[-1].isalpha():
        before += "\u00a0"
    if after.startswith(_MARK) and symbol[0].isalpha():
        after = "\u00a0" + after
    text = f"{before}{digits}{after}".replace(_MARK, symbol)
    if amount < 0:
        text = f"-{text}"
    return ltr(text) if is_right_to_left() and language == current_language() else text


def input_money(amount: Decimal) -> str:
    """An amount as an input field is filled with or hints at, as the counter's language
    types it: "50,00" in French, "50.00" in English and Arabic; no grouping and no symbol
    (``parse_money`` reads "." and "," alike)."""
    return typed_money(amount).replace(".", decimal_point())


def decimal_point() -> str:
    """The decimal point the counter's language writes amounts with ("," in French)."""
    return _layout(current_language())[3]


def _screen_money(amount: Decimal, currency: Currency) -> str:
    return currency_text(amount, currency)


def use_store_currency(currency: Currency) -> None:
    """Every amount from now on in ``currency``, placed by QLocale (``format_money``)."""
    set_store_currency(currency)
    set_money_formatter(_screen_money)


def use_plain_money() -> None:
    """Back to USD written plainly ("1,234.50"), as a process that never signed in."""
    set_store_currency(DEFAULT_CURRENCY)
    set_money_formatter(None)
