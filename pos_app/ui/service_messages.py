"""The services' messages in the counter's language (issue 17).

The services and the domain raise ``PosError`` with an English message (the CLI and the
log show it as it is) and stay free of Qt. The screen says it in the counter's language:

- an error that carries its ``template`` and ``values`` (``pos_app.domain.errors``) is
  translated by its template;
- any other is matched, whole, against the English templates below (the services' own
  sentences with their variable parts as ``{names}``): the first that matches gives the
  template to translate and the values to fill in. So the translation keys on the
  existing English text, and no service module changes for its message to be translated.

The templates are marked with ``QT_TRANSLATE_NOOP`` so that lupdate collects them (context
"ServiceMessages"). A value that is a field's label the services pass ("Cash tendered") is
translated too ("ServiceLabels"); a figure is kept left to right in Arabic (``ltr``), and
a name or code is isolated (``isolate``). A message no template matches is shown as it
came, in English: a test lists the cashier's and manager's messages that must match.
In English nothing changes: the message is returned exactly as the service wrote it.
"""

from __future__ import annotations

import re
from functools import cache

from pos_app.domain.errors import PosError
from pos_app.ui.file_messages import FILE_LABELS, FILE_TEMPLATES, OS_REASONS
from pos_app.ui.i18n import (
    QT_TRANSLATE_NOOP,
    SOURCE_LANGUAGE,
    current_language,
    isolate,
    ltr,
    translate,
)
from pos_app.ui.session_messages import SESSION_TEMPLATES

_N = "ServiceMessages"

#: The English templates, longest and most particular first where two could match.
TEMPLATES: tuple[str, ...] = (
    # sign-in, permissions, overrides
    QT_TRANSLATE_NOOP("ServiceMessages", "Invalid username or password"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Please sign in first"),
    QT_TRANSLATE_NOOP("ServiceMessages", "A {role} may not do this ({op})"),
    QT_TRANSLATE_NOOP("ServiceMessages", "A manager must authorise this"),
    QT_TRANSLATE_NOOP("ServiceMessages", "{name} is not a manager; a manager must authorise this"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Customers can only see and change their own records"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Password cannot be only spaces"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Password cannot be the username"),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "This password is one of the most common ones; choose another"
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Password must be at least {count} characters"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Password must be at most {count} bytes"),
    # money and stock
    QT_TRANSLATE_NOOP("ServiceMessages", "Insufficient funds: balance {balance}, total {total}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "{name} is out of stock"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Only {available} left of {name} (asked for {requested})"),
    # scanning and the cart
    QT_TRANSLATE_NOOP("ServiceMessages", "Scan or type a barcode"),
    QT_TRANSLATE_NOOP("ServiceMessages", "No product has barcode {code}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "{name} is no longer sold"),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "{name} (barcode {code}) is not sold by price label; a manager can mark it "
        "variable-price in Inventory",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Quantity must be between 1 and {max}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "The same product appears at two prices"),
    QT_TRANSLATE_NOOP("ServiceMessages", "The same product appears with two discounts"),
    # prices that changed
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "The price of {name} changed from {old} to {new}; check the cart"
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "The total is now {total}, not the {shown} shown: the store's prices, taxes or "
        "promotions changed; check the total",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "The tax rate of {name} changed since the cart was priced; check the total",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "The promotion on {name} ({promotion}) has ended; check the total"
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "A promotion ({promotion}) now applies to {name}; check the total"
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "The store's prices kept changing while the sale was recorded; try again"
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "The sale could not be completed as it stood; try again"),
    # discounts
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "A discount of more than {limit}% needs a manager's authorisation"
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "A discount is a percent or an amount, not both"),
    QT_TRANSLATE_NOOP("ServiceMessages", "A discount cannot be negative"),
    # paying
    QT_TRANSLATE_NOOP("ServiceMessages", "Attach a customer to pay from a wallet"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Wallet amount {amount} is more than the total {total}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Card amount {amount} is more than the total {total}"),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Card amount {amount} is more than the {left} left to pay"
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Cash tendered {tendered} does not cover {cash}"),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Cash tendered {tendered} leaves more than {most} of change"
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "A card reference needs a card amount"),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Card reference may hold only letters, digits, spaces and / # * . -"
    ),
    # customers
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Customer '{name}' is deactivated: their wallet is frozen until a manager reactivates them",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Customer '{name}' is deactivated"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Customer '{name}' not found"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Customer '{name}' has no wallet"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Customer '{name}' is already active"),
    QT_TRANSLATE_NOOP(  # shifts
        "ServiceMessages",
        "No shift is open at counter {counter}: open a shift (count the float) before selling",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "No shift is open at counter {counter}: open a shift (count the float) before "
        "paying a refund in cash",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "No shift is open at counter {counter}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "A shift is already open at counter {counter}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Shifts are kept per counter: name this counter first"),
    QT_TRANSLATE_NOOP("ServiceMessages", "The period must end after it starts"),
    # refunds
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Only {left} of {name} can still be returned (sold {sold}, returned {returned})",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Only {left} can go back to the card (paid {paid} by card); refund the rest in "
        "cash or to store credit",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "This was a walk-in sale: refund in cash"),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "No card paid for this sale: refund in cash or to store credit"
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Sale #{sale} was voided: nothing is left to return"),
    QT_TRANSLATE_NOOP("ServiceMessages", "The customer has no wallet; refund in cash"),
    QT_TRANSLATE_NOOP("ServiceMessages", "A terminal reference goes with a refund to card"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Sale #{sale} is already void"),
    # offline (issue 15)
    QT_TRANSLATE_NOOP("ServiceMessages", "Store credit needs the server; take cash or card"),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Top-ups need the server: the wallet's balance is kept there. Try again when the "
        "server is back",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Refunds need the server: the sale being refunded and its payments are kept there. "
        "Try again when the server is back",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Discounts need the server; sell at the shelf price or wait"
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "No manager has signed in at this counter in the last {hours} hours; one who has can "
        "authorise this offline, or wait for the server",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Name this counter before selling offline"),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "This counter is not registered for offline sales: a manager signs in here once "
        "while the server answers",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "You have not signed in at this counter while the server answered in the last "
        "{hours} hours: sign in again when it is back, or wait for the server",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "The cart comes to {total}, not the {shown} shown"),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Store credit offline is limited to {amount} for this customer; take the rest in "
        "cash or card",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "This customer's store credit for offline use expired at {moment}; take cash or card",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Name this counter before reserving store credit"),
    QT_TRANSLATE_NOOP("ServiceMessages", "This was resolved already by another manager"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Choose a flagged sale or a conflict to resolve"),
    QT_TRANSLATE_NOOP("ServiceMessages", "No refused offline sale #{sale} at this counter"),
    # the receipt printer
    QT_TRANSLATE_NOOP("ServiceMessages", "Cannot reach the printer at {printer}: {reason}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "The printer at {printer} failed: {reason}"),
    # more of the counter's and the back office's (carts, shifts, returns, staff, taxes)
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "The price of {name} is {price}, not {shown}; check the cart"
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "{name} (barcode {code}) is not sold by price label"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Only {left} of {sold} are left to return"),
    QT_TRANSLATE_NOOP("ServiceMessages", "A discount is either a percent or an amount: give one"),
    QT_TRANSLATE_NOOP("ServiceMessages", "A discount is either a percent or an amount, not both"),
    QT_TRANSLATE_NOOP("ServiceMessages", "A discount needs a reason"),
    QT_TRANSLATE_NOOP("ServiceMessages", "A discount cannot be larger than {max}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "That parked cart was already resumed or discarded"),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "The cart cannot be saved on this computer ({reason}). Finish or park this sale; "
        "a crash now would lose it.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "The cart left at this counter cannot be read ({reason})."
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "This counter's offline sales are unavailable ({reason})"),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "The queue of receipts not printed is unavailable ({reason})"
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "No sale was recorded offline here as {number}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "The manager's authorisation is not readable"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Sign in as a manager to resolve this"),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "The count differs from what the drawer should hold by more than the store allows: "
        "a manager must approve this close",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "{reason}: a manager must approve this close"),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Sale #{sale} is not of a shift still open: take it back as a return"
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Sale #{sale} has a return already: return the rest instead"
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "That is more than the drawer should hold: count it and try a smaller paid-out",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "The card total is from 0.00 up"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Line #{line} is not part of this sale"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Sale {sale} not found"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Not a sale number: {value}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Barcode {code} is already used by another product"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Username '{name}' is already taken"),
    QT_TRANSLATE_NOOP("ServiceMessages", "You cannot deactivate your own account"),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "You are the last active admin: make someone else admin first"
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "{name} is the last active admin: make someone else admin first"
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "There is no category {name}"),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Category '{name}' is retired: choose another or reactivate it"
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Category '{name}' already exists"),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "You have already reviewed this product; edit that review instead"
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "You can only review products you bought ({name})"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Choose a period of at most a year, first day first"),
    QT_TRANSLATE_NOOP("ServiceMessages", "The list's order changed: start again from the top"),
    QT_TRANSLATE_NOOP("ServiceMessages", "An administrator already exists; sign in instead"),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Unknown currency {code}: use one of the ISO codes {codes}"
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "There is no folder {path}: create it first"),
    QT_TRANSLATE_NOOP("ServiceMessages", "The folder {path} is not writable"),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Give the backup folder's full path (e.g. /media/usb/backups)"
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Tax rate {name} is retired"),
    QT_TRANSLATE_NOOP("ServiceMessages", "There is already a tax rate named {name}"),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "{name} is the store's default rate: choose another first"
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "An exempt rate has no tax: its percent is 0"),
    QT_TRANSLATE_NOOP("ServiceMessages", "A promotion needs a name"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Name at least one note or coin"),
    QT_TRANSLATE_NOOP("ServiceMessages", "The limit is from 0.00 up"),
    # the database, this counter's file, a misread barcode, pricing and promotions
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "The database at {address} cannot be reached. Check the connection and try again.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "The database is busy with other counters; nothing was changed. Try again.",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "The database refused the change ({reason})"),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "This database was set up by a newer version of Counter POS (schema {schema}). Update "
        "this program; the database was not changed.",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "This counter's file {path} failed: {reason}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "The saved cart in {path} is unreadable"),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "The barcode {code} does not check out (its last digit should be {digit}): it was "
        "misread; scan it again or type the product",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Price barcode prefixes are a list like 20, 21"),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Price barcode prefixes are two digits from 20 to 29, not {value}"
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Cash rounding must be one of {allowed} cents (got {value})"
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "A discount must be whole cents, not {value}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "A line cannot be that large"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Staff role must be cashier, manager or admin"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Stock changes through a restock or an adjustment"),
    QT_TRANSLATE_NOOP("ServiceMessages", "A time zone is needed"),
    # amounts and other fields (pos_app.domain.money, pos_app.domain.rules)
    QT_TRANSLATE_NOOP("ServiceMessages", "{name} cannot be over 100%"),
    QT_TRANSLATE_NOOP("ServiceMessages", "{name} needs at least one product"),
    QT_TRANSLATE_NOOP("ServiceMessages", "{name} covers products, not a category"),
    QT_TRANSLATE_NOOP("ServiceMessages", "{name} covers a category, not products"),
    QT_TRANSLATE_NOOP("ServiceMessages", "{name} needs a category"),
    QT_TRANSLATE_NOOP("ServiceMessages", "{name} must end after it starts"),
    QT_TRANSLATE_NOOP("ServiceMessages", "{name}: the percent must be more than 0"),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "{name}: the price {price} is not a whole number of the store's currency"
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "{name} saves nothing on product {id}: {quantity} cost {price} at the shelf price",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "{label} can have at most 4 decimals (got {value})"),
    QT_TRANSLATE_NOOP("ServiceMessages", "{label} can have at most {max} items"),
    QT_TRANSLATE_NOOP("ServiceMessages", "{label} must be yes or no"),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "{label} must be a whole number of the currency, without decimals (got {value})",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "{label} must be a whole number of {currency}, without decimals (got {value})",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "{label} must be a whole number, not {value}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "{label} must be at least {min}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "{label} must be one of: {allowed} (got {value})"),
    QT_TRANSLATE_NOOP("ServiceMessages", "{label} must be a date and time with a time zone"),
    QT_TRANSLATE_NOOP("ServiceMessages", "{label} is out of range"),
    QT_TRANSLATE_NOOP("ServiceMessages", "{label} is not one of the store's denominations"),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "{label} can have at most two decimals: {value} (type amounts without thousands "
        "separators)",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "{label} can have at most two decimals: {value}"),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "{label} must be digits with at most one decimal point, like 20 or 19.99 (got {value})",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "{label} is not a number: {value}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "{label} must be a finite number"),
    QT_TRANSLATE_NOOP("ServiceMessages", "{label} is too large"),
    QT_TRANSLATE_NOOP("ServiceMessages", "{label} is required"),
    QT_TRANSLATE_NOOP("ServiceMessages", "{label} cannot be negative"),
    QT_TRANSLATE_NOOP("ServiceMessages", "{label} must be more than 0.00"),
    QT_TRANSLATE_NOOP("ServiceMessages", "{label} must be more than {min}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "{label} must be at most {max} characters"),
    QT_TRANSLATE_NOOP("ServiceMessages", "{label} must be at most {max}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "{label} must be between {low} and {high}"),
    QT_TRANSLATE_NOOP("ServiceMessages", "{label} must be a whole number"),
    QT_TRANSLATE_NOOP("ServiceMessages", "{label} contains a character that is not allowed"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Price cannot be negative"),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Username must be 3-32 characters of a-z, 0-9, '.', '_' or '-'"
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Phone may hold only digits, spaces and + - ( )"),
    QT_TRANSLATE_NOOP("ServiceMessages", "E-mail must look like name@example.com"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Barcode must be 1-64 letters, digits or '-'"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Nothing to update: no fields were given"),
    # files: the product CSV import, the daily backup, waiting sales moved by hand
    *FILE_TEMPLATES,
    *SESSION_TEMPLATES,
    # the most general last: a record of any kind not found
    QT_TRANSLATE_NOOP("ServiceMessages", "{label} #{id} not found"),
    QT_TRANSLATE_NOOP("ServiceMessages", "{label} {value} not found"),
)

_L = "ServiceLabels"
#: The fields' labels the services put into their messages ("{label} is required").
LABELS: frozenset[str] = frozenset(
    {
        QT_TRANSLATE_NOOP("ServiceLabels", "Cash tendered"),
        QT_TRANSLATE_NOOP("ServiceLabels", "Card amount"),
        QT_TRANSLATE_NOOP("ServiceLabels", "Wallet amount"),
        QT_TRANSLATE_NOOP("ServiceLabels", "The total shown"),
        QT_TRANSLATE_NOOP("ServiceLabels", "The discount"),
        QT_TRANSLATE_NOOP("ServiceLabels", "The discount's percent"),
        QT_TRANSLATE_NOOP("ServiceLabels", "The discount's reason"),
        QT_TRANSLATE_NOOP("ServiceLabels", "The card total"),
        QT_TRANSLATE_NOOP("ServiceLabels", "The limit"),
        QT_TRANSLATE_NOOP("ServiceLabels", "A denomination"),
        QT_TRANSLATE_NOOP("ServiceLabels", "Price"),
        QT_TRANSLATE_NOOP("ServiceLabels", "Amount"),
        QT_TRANSLATE_NOOP("ServiceLabels", "Quantity"),
        QT_TRANSLATE_NOOP("ServiceLabels", "Reason"),
        QT_TRANSLATE_NOOP("ServiceLabels", "Name"),
        QT_TRANSLATE_NOOP("ServiceLabels", "Opening float"),
        QT_TRANSLATE_NOOP("ServiceLabels", "Counted cash"),
        QT_TRANSLATE_NOOP("ServiceLabels", "Sale"),
        QT_TRANSLATE_NOOP("ServiceLabels", "Product"),
        QT_TRANSLATE_NOOP("ServiceLabels", "Customer"),
        QT_TRANSLATE_NOOP("ServiceLabels", "Units to return"),
        QT_TRANSLATE_NOOP("ServiceLabels", "Units returned before"),
        QT_TRANSLATE_NOOP("ServiceLabels", "From"),
        QT_TRANSLATE_NOOP("ServiceLabels", "Until"),
        QT_TRANSLATE_NOOP("ServiceLabels", "Refund method"),
        QT_TRANSLATE_NOOP("ServiceLabels", "Paid by"),
        *FILE_LABELS,
    }
)

#: A figure: an amount, a count, a percent, a sale's number.
_FIGURE = re.compile(r"[-+]?[\d.,\s%]*\d[\d.,\s%]*")
_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_FIXED = frozenset(t for t in TEMPLATES if not _PLACEHOLDER.search(t))


@cache
def _pattern(template: str) -> re.Pattern[str]:
    """``template`` as a pattern that matches a whole message, each ``{name}`` a group."""
    parts, last = [], 0
    for found in _PLACEHOLDER.finditer(template):
        parts.append(re.escape(template[last : found.start()]))
        parts.append(f"(?P<{found.group(1)}>.+?)")
        last = found.end()
    parts.append(re.escape(template[last:]))
    return re.compile("".join(parts), re.DOTALL)


def matched(message: str) -> tuple[str, dict[str, str]] | None:
    """The template ``message`` was written from and its values, or None: a sentence
    with nothing variable first, whole ("Price cannot be negative" is not "{label} cannot
    be negative")."""
    if message in _FIXED:
        return message, {}
    for template in TEMPLATES:
        found = _pattern(template).fullmatch(message)
        if found is not None:
            return template, found.groupdict()
    return None


def _value(value: object, name: str = "") -> str:
    """A value as it goes into a translated message: a label or the system's reason in
    the counter's words, a service's own message given as a reason translated in turn."""
    text = str(value)
    if text in LABELS:
        return translate(_L, text)
    if text in OS_REASONS:
        return translate("OsReasons", text)
    if name == "reason" and (inner := matched(text)) is not None:
        return said(inner[0], dict(inner[1]))  # shorter each time: a template has words
    if _FIGURE.fullmatch(text):
        return ltr(text)
    return isolate(text)


def said(template: str, values: dict[str, object]) -> str:
    """``template`` in the counter's language with ``values`` filled in."""
    translated = translate(_N, template)
    try:
        return translated.format(**{name: _value(v, name) for name, v in values.items()})
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
        return template.format(**values)


def service_text(message: str) -> str:
    """A service's English ``message`` in the counter's language (as it is in English, or
    when no template matches)."""
    if current_language() == SOURCE_LANGUAGE:
        return message
    found = matched(message)
    if found is None:
        return message
    template, values = found
    return said(template, dict(values))


def error_text(exc: PosError) -> str:
    """What ``exc`` says, in the counter's language: by its own template when it carries
    one, else by its English message."""
    if current_language() == SOURCE_LANGUAGE:
        return exc.message
    if exc.values and exc.template in TEMPLATES:
        return said(exc.template, exc.values)
    return service_text(exc.message)
