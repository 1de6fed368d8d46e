"""Customers (shoppers) and their store-credit wallets."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import replace
from decimal import Decimal

from pos_app.data import models
from pos_app.data.repositories.accounts import CUSTOMER_SORTS, customer_key
from pos_app.data.repositories.wallets import WalletChange, Why
from pos_app.data.transaction import Transaction
from pos_app.domain import rules
from pos_app.domain.enums import AuditAction, MaritalStatus, Role, TopUpMethod, WalletEntryKind
from pos_app.domain.errors import (
    InsufficientFundsError,
    NotFoundError,
    NothingToChangeError,
    PermissionDeniedError,
    ValidationError,
    shown,
)
from pos_app.domain.money import from_cents, to_cents
from pos_app.services.audit_log import record_on
from pos_app.services.base import (
    Service,
    check_page,
    copied,
    customer_account,
    sorted_page,
    to_customer,
)
from pos_app.services.override import authorize_with_override
from pos_app.services.paging import check_after, read_keyed
from pos_app.services.permissions import Op, allowed, authorize, authorize_for_customer
from pos_app.services.records import (
    AccountId,
    Actor,
    Customer,
    DeleteOutcome,
    ManagerOverride,
    Page,
    WalletEntry,
    WalletMovement,
)
from pos_app.services.wallet_consent import ConsentKeys

log = logging.getLogger(__name__)

#: A customer search counts this many matches at most, then says "more" (Page.capped).
SEARCH_COUNT_CAP = 10_000


def _clean_profile(changes: object) -> dict[str, object]:
    cleaned: dict[str, object] = {}
    for key, value in rules.mapping(changes, "changes", "Changes").items():
        if key == "name":
            cleaned[key] = rules.required_text(value, "name", "Name", rules.ACCOUNT_NAME_MAX)
        elif key == "age":
            cleaned[key] = rules.optional_age(value)
        elif key == "address":
            cleaned[key] = rules.optional_text(value, "address", "Address", rules.ADDRESS_MAX)
        elif key == "gender":
            cleaned[key] = rules.optional_text(value, "gender", "Gender", rules.GENDER_MAX)
        elif key == "marital_status":
            cleaned[key] = (
                None
                if value is None or value == ""
                else rules.choice(MaritalStatus, value, "marital_status", "Marital status").value
            )
        elif key == "phone":
            cleaned[key] = rules.phone(value)
        elif key == "email":
            cleaned[key] = rules.email(value)
        elif key in ("username", "role", "password", "password_hash", "active"):
            raise ValidationError(f"The {key.replace('_', ' ')} cannot be changed here", key)
        else:
            raise ValidationError(f"Unknown field {shown(key)}", key)
    return cleaned


def sees_personal_details(actor: Actor, account_id: int) -> bool:
    """Age, address, gender and marital status are for those who may edit customers, and
    for the customer themself; a cashier gets them blank."""
    return allowed(actor.role, Op.CUSTOMER_UPDATE) or actor.account_id == account_id


def _record(actor: Actor, account: models.Account, balance_cents: int) -> Customer:
    return to_customer(account, balance_cents, personal=sees_personal_details(actor, account.id))


def _moved(
    tx: Transaction,
    actor: Actor,
    action: AuditAction,
    account: models.Account,
    value: Decimal,
    change: WalletChange,
    shown_amount: str,
) -> WalletMovement:
    """Audit a wallet movement (``shown_amount``: the amount as the trail shows it) and
    return it with the balance after."""
    after = from_cents(change.balance_after_cents)
    record_on(tx, actor, action, account, f"{shown_amount} -> {after:.2f}")
    return WalletMovement(AccountId(account.id), value, after)


def open_wallet_account(tx: Transaction, customer_id: object) -> models.Account:
    """The customer's account, locked until the transaction ends, if their wallet may move.

    A deactivated customer's wallet is frozen: top-ups, deductions and wallet payments are
    refused until a manager reactivates them. The lock keeps a deactivation from slipping
    in between this check and the wallet's change."""
    account = customer_account(tx, customer_id, lock=True)
    if not account.active:
        raise ValidationError(
            f"Customer '{account.username}' is deactivated: their wallet is frozen "
            "until a manager reactivates them"
        )
    return account


class CustomerService(ConsentKeys):
    """Register, edit, delete and find customers; their wallet PINs and cards
    (``ConsentKeys``)."""

    def register(
        self,
        actor: Actor | None,
        *,
        username: str,
        password: str,
        name: str,
        age: int | None = None,
        marital_status: str | None = None,
        address: str = "",
        gender: str = "",
        phone: str = "",
        email: str = "",
        requested_role: str | None = None,
    ) -> Customer:
        """A new customer with an empty wallet, both in one transaction. Everything but the
        username, password and name is optional.

        Registration always makes a customer: a ``requested_role`` of anything else is
        ignored (staff accounts are made by an admin in the staff service)."""
        checked = authorize(actor, Op.CUSTOMER_REGISTER)
        if requested_role not in (None, Role.CUSTOMER.value):
            log.warning("registration asked for role %s; storing a customer", shown(requested_role))
        clean_username = rules.username(username)
        profile = _clean_profile(
            {
                "name": name,
                "age": age,
                "address": address,
                "gender": gender,
                "marital_status": marital_status,
                "phone": phone,
                "email": email,
            }
        )
        display_name = str(profile["name"])
        details = {key: value for key, value in profile.items() if key != "name"}

        def registered(tx: Transaction, account: models.Account) -> Customer:
            record_on(tx, checked, AuditAction.CUSTOMER_REGISTERED, account, account.username)
            return _record(checked, account, 0)

        return self._create_account(
            registered,
            username=clean_username,
            password=password,
            name=display_name,
            role=Role.CUSTOMER,
            profile=details,
        )

    def update(
        self, actor: Actor | None, customer_id: int, changes: Mapping[str, object]
    ) -> Customer:
        """Change only the given profile fields. No fields: NothingToChangeError."""
        checked = authorize(actor, Op.CUSTOMER_UPDATE)
        cleaned = _clean_profile(changes)
        if not cleaned:
            raise NothingToChangeError("Nothing to update: no fields were given")

        def work(tx: Transaction) -> Customer:
            account = customer_account(tx, customer_id, lock=True)
            for key, value in cleaned.items():
                setattr(account, key, value)
            tx.flush()
            wallet = tx.wallets.of(account.id)
            return _record(checked, account, wallet.balance_cents if wallet else 0)

        return self._db.write(work)

    def reactivate(self, actor: Actor | None, customer_id: int) -> Customer:
        """Make a deactivated customer active again: they can buy and their wallet moves."""
        checked = authorize(actor, Op.CUSTOMER_REACTIVATE)

        def work(tx: Transaction) -> Customer:
            account = customer_account(tx, customer_id, lock=True)
            if account.active:
                raise NothingToChangeError(f"Customer '{account.username}' is already active")
            account.active = True
            record_on(
                tx,
                checked,
                AuditAction.CUSTOMER_ACTIVATION,
                account,
                f"{account.username} reactivated",
            )
            wallet = tx.wallets.of(account.id)
            return _record(checked, account, wallet.balance_cents if wallet else 0)

        return self._db.write(work)

    def delete(
        self, actor: Actor | None, customer_id: int, override: ManagerOverride | None = None
    ) -> DeleteOutcome:
        """Delete the account and wallet together; an account with sales or wallet history
        is deactivated instead, so that history stays whole."""
        checked, authoriser = authorize_with_override(
            self._db, self._hasher, actor, Op.CUSTOMER_DELETE, override
        )

        def work(tx: Transaction) -> DeleteOutcome:
            account = customer_account(tx, customer_id, lock=True)

            def note(what: str) -> None:
                record_on(
                    tx,
                    checked,
                    AuditAction.CUSTOMER_DELETED,
                    account,
                    f"{account.username} {what}; authorised by {authoriser.username}",
                )

            if tx.accounts.has_history(account.id):
                account.active = False
                note("deactivated (has history)")
                return DeleteOutcome(
                    False,
                    f"Customer '{account.username}' has purchases or wallet history, "
                    "so the account was deactivated instead of deleted",
                )
            tx.accounts.delete(account)
            note("deleted")
            return DeleteOutcome(True, f"Customer '{account.username}' was deleted")

        return self._db.write(work)

    def get(self, actor: Actor | None, customer_id: int) -> Customer:
        checked = authorize_for_customer(actor, Op.CUSTOMER_VIEW, customer_id)

        def work(tx: Transaction) -> Customer:
            account = customer_account(tx, customer_id)
            wallet = tx.wallets.of(account.id)
            return _record(checked, account, wallet.balance_cents if wallet else 0)

        return self._db.read(work)

    def get_by_username(self, actor: Actor | None, username: str) -> Customer:
        checked = authorize(actor, Op.CUSTOMER_VIEW)
        name = username.strip().lower() if isinstance(username, str) else ""
        if not rules.USERNAME_RE.fullmatch(name):
            raise NotFoundError(f"Customer {shown(username)} not found")

        def work(tx: Transaction) -> Customer:
            account = tx.accounts.by_username(name)
            if account is None or account.role != Role.CUSTOMER.value:
                raise NotFoundError(f"Customer '{name}' not found")
            authorize_for_customer(actor, Op.CUSTOMER_VIEW, account.id)
            wallet = tx.wallets.of(account.id)
            return _record(checked, account, wallet.balance_cents if wallet else 0)

        return self._db.read(work)

    def search(
        self,
        actor: Actor | None,
        text: str = "",
        *,
        include_inactive: bool = False,
        sort: str = "username",
        descending: bool = False,
        offset: int = 0,
        limit: int = 100,
        after: object = None,
    ) -> Page[Customer]:
        """Customers whose username, name, phone or e-mail contains ``text`` (ignoring case;
        a phone matches also without its spaces and dashes), a page at a time.

        A text of 3+ characters is looked up in a trigram index (migration 0012); a search
        stops counting past ``SEARCH_COUNT_CAP``: ``capped``, ``total`` is cap + 1. Age is
        not a sort for those who do not see it."""
        checked = authorize(actor, Op.CUSTOMER_VIEW)
        if checked.role is Role.CUSTOMER:
            raise PermissionDeniedError("Customers can only see and change their own records")
        query = rules.optional_text(text, "text", "Search", 100)
        column, backwards, offset, limit = sorted_page(
            CUSTOMER_SORTS, sort, descending, offset, limit
        )
        if column == "age" and not allowed(checked.role, Op.CUSTOMER_UPDATE):
            raise ValidationError("Sort by username, name, balance or created", "sort")
        everyone = rules.flag(include_inactive, "include_inactive", "Include deactivated")
        start = check_after(after, column, backwards, 2)
        cap = SEARCH_COUNT_CAP
        page = read_keyed(
            self._read_page,
            offset,
            limit,
            lambda tx: tx.accounts.customers_page(
                query, everyone, column, backwards, offset, limit, start, cap
            ),
            lambda tx, rows: (_record(checked, a, b) for a, b in rows),
            lambda row: customer_key(row, column),
            column,
            backwards,
        )
        return replace(page, capped=True) if query and page.total > cap else page


class WalletService(Service):
    """Store credit: top-ups, deductions and the ledger."""

    def top_up(
        self,
        actor: Actor | None,
        customer_id: int,
        amount: object,
        reason: str = "",
        *,
        method: TopUpMethod | str,
        counter: str | None = None,
    ) -> WalletMovement:
        """Add store credit the customer paid for. ``method`` says how they paid (cash
        into this counter's drawer, or card on the terminal): there is no default, so
        that no top-up is counted as cash by mistake. ``counter`` is where it was paid
        (the signed-in counter when not given): the Z report of that counter counts it."""
        checked = authorize(actor, Op.WALLET_TOP_UP)
        value = rules.positive_amount(amount, "amount", "Top-up", rules.TOP_UP_MAX)
        why = rules.optional_text(reason, "reason", "Reason", rules.REASON_MAX)
        paid_by = rules.choice(TopUpMethod, method, "method", "Paid by")
        where = rules.optional_text(
            checked.counter if counter is None else counter,
            "counter",
            "Counter",
            rules.COUNTER_NAME_MAX,
        )
        cents = to_cents(value)

        def work(tx: Transaction) -> WalletMovement:
            account = open_wallet_account(tx, customer_id)  # a deactivated one is frozen
            change = tx.wallets.credit(
                account.id,
                cents,
                Why(
                    WalletEntryKind.TOP_UP.value,
                    checked.account_id,
                    why or "Top-up",
                    payment_method=paid_by.value,
                    counter=where,
                ),
            )
            if change is None:
                raise ValidationError(f"Customer '{account.username}' has no wallet")
            return _moved(
                tx,
                checked,
                AuditAction.WALLET_TOP_UP,
                account,
                value,
                change,
                f"+{value:.2f} ({paid_by.value})",
            )

        return self._db.write(work)

    def deduct(
        self, actor: Actor | None, customer_id: int, amount: object, reason: str = ""
    ) -> WalletMovement:
        """Take money out of a wallet (an adjustment); never below zero."""
        checked = authorize(actor, Op.WALLET_DEDUCT)
        value = rules.positive_amount(amount, "amount", "Amount", rules.TOP_UP_MAX * 100)
        why = rules.optional_text(reason, "reason", "Reason", rules.REASON_MAX)
        cents = to_cents(value)

        def work(tx: Transaction) -> WalletMovement:
            account = open_wallet_account(tx, customer_id)
            change = tx.wallets.debit(
                account.id,
                cents,
                Why(WalletEntryKind.ADJUSTMENT.value, checked.account_id, why or "Deduction"),
            )
            if change is None:
                wallet = tx.fresh(models.Wallet, tx.wallets.of(account.id).id)  # type: ignore[union-attr]
                # What open credit leases keep for offline spending is not spendable here.
                balance = wallet.balance_cents - wallet.leased_cents if wallet else 0
                raise InsufficientFundsError(from_cents(balance), value)
            return _moved(
                tx, checked, AuditAction.WALLET_ADJUSTMENT, account, value, change, f"-{value:.2f}"
            )

        return self._db.write(work)

    def balance(self, actor: Actor | None, customer_id: int) -> Decimal:
        authorize_for_customer(actor, Op.WALLET_LEDGER, customer_id)

        def work(tx: Transaction) -> Decimal:
            account = customer_account(tx, customer_id)
            wallet = tx.wallets.of(account.id)
            return from_cents(wallet.balance_cents if wallet else 0)

        return self._db.read(work)

    def ledger(
        self, actor: Actor | None, customer_id: int, *, offset: int = 0, limit: int = 100
    ) -> Page[WalletEntry]:
        """Every movement of the wallet, newest first."""
        authorize_for_customer(actor, Op.WALLET_LEDGER, customer_id)
        offset, limit = check_page(offset, limit)
        return self._read_page(
            offset,
            limit,
            lambda tx: tx.wallets.entries(customer_account(tx, customer_id).id, offset, limit),
            lambda tx, rows: (
                copied(
                    WalletEntry,
                    entry,
                    kind=WalletEntryKind(entry.kind),
                    amount=from_cents(entry.amount_cents),
                    balance_after=from_cents(entry.balance_after_cents),
                    actor_username=actor_name,
                    sale_uuid=sale_uuid,
                )
                for entry, actor_name, sale_uuid in rows
            ),
        )
