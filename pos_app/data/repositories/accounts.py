"""Accounts: staff and customers, each with a wallet."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    exists,
    func,
    literal_column,
    or_,
    select,
    table,
    text,
)
from sqlalchemy.exc import DBAPIError

from pos_app.data.changes import AUDIT, STAFF
from pos_app.data.models import Account, Sale, Wallet, WalletEntry
from pos_app.data.repositories.base import Repository, keyset_after, like_pattern
from pos_app.data.search_index import (
    CUSTOMER_SEARCH_TABLE,
    INDEXED_SEARCH_MIN,
    count_at_most,
    fts_phrase,
)
from pos_app.domain.enums import Role

#: SQLite's FTS5 trigram index of every account's searched columns (migration 0012).
_CUSTOMER_SEARCH = table(CUSTOMER_SEARCH_TABLE)
#: The phone without spaces and dashes, written as the PostgreSQL index's expression is
#: (literals, not parameters, so that the planner sees the same expression).
_PHONE_DIGITS = func.replace(
    func.replace(Account.phone, literal_column("' '"), literal_column("''")),
    literal_column("'-'"),
    literal_column("''"),
)
#: First key of the advisory lock under which the store's first admin is created.
FIRST_ADMIN_LOCK_SPACE = 7304

CUSTOMER_SORTS = {
    "username": Account.username,
    "name": Account.name,
    "age": Account.age,
    "balance": Wallet.balance_cents,
    "created": Account.created_at,
}


def _contains(needle: str, digits: str) -> ColumnElement[bool]:
    """The customer search's test, as it always was: ``needle`` (the text lowered) in the
    username, name, e-mail or phone; ``digits`` (3+) in the phone without spaces and
    dashes. On PostgreSQL each operand is an expression of ``ix_accounts_search_trgm``."""
    pattern = like_pattern(needle)
    matches = [
        Account.username.like(pattern, escape="\\"),
        func.lower(Account.name).like(pattern, escape="\\"),
        func.lower(Account.email).like(pattern, escape="\\"),
        Account.phone.like(pattern, escape="\\"),
    ]
    if len(digits) >= 3:
        matches.append(_PHONE_DIGITS.like(like_pattern(digits), escape="\\"))
    return or_(*matches)


def _fts_match(needle: str, digits: str) -> ColumnElement[bool]:
    """The accounts that may match (``needle`` of 3+ characters) in SQLite's trigram
    index: each term one FTS5 phrase, its quotes doubled, so nothing in it is query
    syntax. The index folds case beyond ASCII; the LIKEs beside it decide."""
    wanted = f"{{username name email phone}} : {fts_phrase(needle)}"
    if len(digits) >= 3:
        wanted += f" OR phone_digits : {fts_phrase(digits)}"
    return literal_column(CUSTOMER_SEARCH_TABLE).op("MATCH")(wanted)


def _fts_ids(needle: str, digits: str) -> Select[Any]:
    """Ids of the accounts that may match, from SQLite's trigram index (``_fts_match``)."""
    return (
        select(literal_column("rowid"))
        .select_from(_CUSTOMER_SEARCH)
        .where(_fts_match(needle, digits))
    )


def _fts_candidates(
    needle: str, digits: str, customer: ColumnElement[bool], wanted: list[ColumnElement[bool]]
) -> Select[Any]:
    """Customers meeting ``wanted`` among the index's candidates, read in the index's order:
    a count of them stops at its limit without listing every candidate first (the ids
    of "smith" were 24,776 at 200,000 customers, of which a capped count needs 10,001)."""
    return (
        select(literal_column("1"))
        .select_from(_CUSTOMER_SEARCH)
        .join(Account, Account.id == literal_column(f"{CUSTOMER_SEARCH_TABLE}.rowid"))
        .join(Wallet, Wallet.account_id == Account.id)
        .where(_fts_match(needle, digits), customer, *wanted)
    )


def _customers(
    customer: ColumnElement[bool], wanted: list[ColumnElement[bool]]
) -> Select[Account, int]:
    """Customers (``customer`` tests the role) meeting every ``wanted``, with balances."""
    return (
        select(Account, Wallet.balance_cents)
        .join(Wallet, Wallet.account_id == Account.id)
        .where(customer, *wanted)
    )


def customer_key(row: tuple[Account, int], sort: str) -> tuple[Any, int]:
    """Where a ``customers_page`` row stands in the ``sort`` order: a keyset ``after``."""
    account, balance = row
    value = balance if sort == "balance" else getattr(account, CUSTOMER_SORTS[sort].key)
    return value, account.id


@dataclass(frozen=True)
class ServerSignIn:
    """What ``pos_sign_in`` answered for a right password on a usable account."""

    token: str = field(repr=False)  #: never in a log or a traceback
    account_id: int
    role: str
    name: str


#: The server checks the password, counts and audits the attempt (migration 0017).
SIGN_IN = text(
    "SELECT token, account_id, account_role, account_name "
    "FROM pos_sign_in(:username, :password, :counter)"
)
SIGN_OUT = text("SELECT pos_sign_out(:token)")
#: The store's first admin, written by the server while no staff account exists
#: (migration 0018: the first run has no session to write with).
FIRST_ADMIN = text("SELECT pos_create_first_admin(:username, :name, :password_hash)")
FIRST_ADMIN_EXISTS = "pos_first_admin_exists"


class AccountRepository(Repository):
    def add(self, profiles: Sequence[dict[str, Any]]) -> list[Account]:
        """New active accounts, each with an empty wallet: ``profiles`` are their columns
        (username, name, role, password_hash, and any of the profile's)."""
        self.tx.check_writable()
        new = {"active": True, "failed_sign_ins": 0, "address": "", "gender": ""}
        made = [Account(**(new | profile)) for profile in profiles]
        self.session.add_all(made)
        self.session.flush()
        self.tx.wallets.open([account.id for account in made])
        return made

    def delete(self, account: Account) -> None:
        """Delete an account with no history, and its (empty, entry-less) wallet."""
        wallet = self.tx.wallets.of(account.id)
        if wallet is not None:
            self._remove(wallet)
            self.session.flush()  # the wallet first: it refers to the account
        self._remove(account)

    def by_username(self, username: str) -> Account | None:
        return self.session.scalar(select(Account).where(Account.username == username))

    def customers_page(
        self,
        text: str,
        include_inactive: bool,
        sort: str,
        descending: bool,
        offset: int,
        limit: int,
        after: Sequence[Any] | None = None,
        count_cap: int | None = None,
    ) -> tuple[list[tuple[Account, int]], int]:
        """One page of customers and how many match; ``after`` (``customer_key`` of the
        last row shown) starts past that row through the index, not by skipping rows.
        With ``count_cap``, a search counts at most ``count_cap + 1`` matches: a total
        over the cap means "more than the cap". A search of 3+ characters takes its
        candidates from the trigram index (migration 0012) and checks each with the LIKEs."""
        needle = text.lower()
        # "0612 34" finds "06 12 34 56": the digits typed against the phone's digits.
        digits = "".join(char for char in text if char.isdigit() or char == "+")
        wanted: list[ColumnElement[bool]] = [_contains(needle, digits)] if text else []
        if not include_inactive:
            wanted.append(Account.active.is_(True))
        column = CUSTOMER_SORTS.get(sort, Account.username)
        customer = Account.role == Role.CUSTOMER.value
        cap = count_cap if text else None
        if cap is None:
            total = self._count(_customers(customer, wanted))
        elif self.on_postgresql or len(needle) < INDEXED_SEARCH_MIN:
            total = count_at_most(self.session, _customers(customer, wanted), cap + 1)
        else:
            # SQLite would read every customer through ix_accounts_role_name (role, name)
            # and test each; the role as an expression leaves it the index's ids to seek.
            any_index = Account.role.concat("") == Role.CUSTOMER.value
            in_index = Account.id.in_(_fts_ids(needle, digits))
            candidates = _fts_candidates(needle, digits, any_index, wanted)
            total = count_at_most(self.session, candidates, cap + 1)
            if total <= cap:  # few: fetch them by id and sort them
                customer, wanted = any_index, [*wanted, in_index]
            elif column is not Account.name:  # many: walk the sort column's own index
                customer = any_index
        query = _customers(customer, wanted).order_by(
            column.desc() if descending else column.asc(), Account.id
        )
        if after is not None:
            keys = [(column, descending), (Account.id, False)]
            query = query.where(keyset_after(keys, after, self.on_postgresql))
        rows = self.session.execute(query.offset(offset).limit(limit)).all()
        return [(row[0], int(row[1])) for row in rows], total

    def staff(self) -> list[Account]:
        query = (
            select(Account).where(Account.role != Role.CUSTOMER.value).order_by(Account.username)
        )
        return list(self.session.scalars(query))

    def locked(self, now: datetime) -> list[Account]:
        query = select(Account).where(Account.locked_until > now).order_by(Account.username)
        return list(self.session.scalars(query))

    def count_staff(self, active_only: bool = True) -> int:
        query = select(func.count()).select_from(Account).where(Account.role != Role.CUSTOMER.value)
        if active_only:
            query = query.where(Account.active.is_(True))
        return int(self.session.scalar(query) or 0)

    def lock_first_admin(self) -> None:
        """Take turns at creating the store's first admin until the transaction ends, so
        that the second to come sees the first's account. PostgreSQL: an advisory lock
        (there is no row to lock yet); SQLite: writes are already serialised by BEGIN
        IMMEDIATE."""
        self.tx.check_writable()
        if self.on_postgresql:
            self.session.execute(select(func.pg_advisory_xact_lock(FIRST_ADMIN_LOCK_SPACE, 0)))

    def active_admin_ids(self) -> list[int]:
        """The active admins' ids, their rows locked (PostgreSQL) in id order, so that two
        admins changing each other's role take turns and cannot leave no admin at all."""
        self.tx.check_writable()
        query = (
            select(Account.id)
            .where(Account.role == Role.ADMIN.value, Account.active.is_(True))
            .order_by(Account.id)
            .with_for_update()
        )
        return list(self.session.scalars(query))

    def has_history(self, account_id: int) -> bool:
        sold = exists().where(or_(Sale.customer_id == account_id, Sale.cashier_id == account_id))
        moved = exists().where(WalletEntry.wallet_id == Wallet.id, Wallet.account_id == account_id)
        return bool(self.session.scalar(select(or_(sold, moved))))

    def usernames(self, ids: Iterable[int | None]) -> dict[int, str]:
        wanted = {i for i in ids if i is not None}
        if not wanted:
            return {}
        rows = self.session.execute(
            select(Account.id, Account.username).where(Account.id.in_(wanted))
        )
        return {int(r[0]): str(r[1]) for r in rows}

    def cashiers(self) -> list[tuple[int, str]]:
        """(id, username) of everyone who has rung up a sale."""
        query = (
            select(Account.id, Account.username)
            .where(Account.id.in_(select(Sale.cashier_id).distinct()))
            .order_by(Account.username)
        )
        return [(int(r[0]), str(r[1])) for r in self.session.execute(query)]

    def sign_in_on_server(
        self, username: str, password: str | None, counter: str
    ) -> ServerSignIn | None:
        """PostgreSQL: ``pos_sign_in`` checks ``password`` (None: one no account can have)
        against the account's hash, which the counters' role may not read, and writes the
        attempt's counters and audit rows itself. The new session, or None when refused."""
        self.tx.touch(AUDIT, STAFF)
        row = self.session.execute(
            SIGN_IN, {"username": username, "password": password, "counter": counter}
        ).one()
        if row.token is None:
            return None
        return ServerSignIn(
            str(row.token), int(row.account_id), str(row.account_role), row.account_name
        )

    def first_admin_on_server(self, username: str, name: str, password_hash: str) -> Account | None:
        """PostgreSQL: the store's first admin, its wallet and audit row, written by
        ``pos_create_first_admin`` under its lock; None when a staff account exists."""
        self.tx.touch(AUDIT, STAFF)
        params = {"username": username, "name": name, "password_hash": password_hash}
        try:
            with self.session.begin_nested():
                account_id = self.session.execute(FIRST_ADMIN, params).scalar_one()
        except DBAPIError as exc:
            said = getattr(getattr(exc.orig, "diag", None), "message_primary", None)
            if said == FIRST_ADMIN_EXISTS:
                return None
            raise
        return self.session.get(Account, int(account_id))

    def end_server_session(self, token: str | None) -> None:
        """PostgreSQL: end that session (None: the one this connection presents). What
        this transaction wrote before is sent first, while the session still counts."""
        self.session.flush()
        self.session.execute(SIGN_OUT, {"token": token})
