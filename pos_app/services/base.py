"""What every service shares: the database, the password hasher, and record builders."""

from __future__ import annotations

import dataclasses
import functools
import inspect
from collections.abc import Callable, Iterable, Mapping
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from typing import Any, TypeVar

from pos_app.data import models, pricing_models
from pos_app.data.database import Database, UniqueViolation
from pos_app.data.server_session import acting
from pos_app.data.transaction import Transaction
from pos_app.domain import rules
from pos_app.domain.enums import (
    AuditAction,
    AuditOutcome,
    MaritalStatus,
    ReviewStatus,
    Role,
)
from pos_app.domain.errors import (
    NotFoundError,
    NothingToChangeError,
    PermissionDeniedError,
    ValidationError,
    shown,
)
from pos_app.domain.money import from_cents
from pos_app.services import records
from pos_app.services.audit_log import record_now, record_on
from pos_app.services.passwords import PasswordHasher

PAGE_LIMIT_MAX = 1000
OFFSET_MAX = 2**31 - 1
#: Row ids are 32-bit integers on PostgreSQL.
ID_MAX = 2**31 - 1
F = TypeVar("F", bound=Callable[..., Any])
T = TypeVar("T")
R = TypeVar("R")
M = TypeVar("M", bound=models.Base)
Switchable = TypeVar("Switchable", pricing_models.TaxRate, pricing_models.Promotion)
STAFF_ROLES = (Role.CASHIER, Role.MANAGER, Role.ADMIN)


def _audit_denials(method: F) -> F:
    """Every refusal for lack of permission leaves an audit row, whichever check refused.
    The row is written after the call's own transaction has ended."""

    @functools.wraps(method)
    def wrapper(self: Service, *args: Any, **kwargs: Any) -> Any:
        actor = args[0] if args else kwargs.get("actor")
        # PostgreSQL: the connections of this call present the actor's server session.
        presented: AbstractContextManager[None] = nullcontext()
        if isinstance(actor, records.Actor):
            presented = acting(actor.account_id)
        elif actor is None:
            presented = acting(None)
        # The refusal's audit row too: the server takes no write without a session.
        with presented:
            try:
                return method(self, *args, **kwargs)
            except PermissionDeniedError as exc:
                record_now(
                    self._db,
                    actor if isinstance(actor, records.Actor) else None,
                    AuditAction.PERMISSION_DENIED,
                    outcome=AuditOutcome.DENIED,
                    detail=f"{type(self).__name__}.{method.__name__}: {exc.message}",
                )
                raise

    return wrapper  # type: ignore[return-value]


class Service:
    """Base of the service classes: one transaction per call, records out.

    Public methods take the acting ``Actor`` first; a PermissionDeniedError raised in any
    of them is recorded in the audit trail (see ``_audit_denials``).
    """

    def __init__(self, db: Database, hasher: PasswordHasher) -> None:
        self._db = db
        self._hasher = hasher

    def _create_account(
        self,
        then: Callable[[Transaction, models.Account], T],
        *,
        username: str,
        password: str,
        name: str,
        role: Role,
        profile: Mapping[str, object] | None = None,
        before: Callable[[Transaction], None] | None = None,
    ) -> T:
        """Hash ``password`` and add the account (checked values; ``profile``: its other
        columns) in one write: ``before`` runs first, ``then`` records it and gives the
        result. A username taken meanwhile is refused by name."""
        password_hash = self._hasher.hash(password, username)

        def work(tx: Transaction) -> T:
            if before is not None:
                before(tx)
            account = add_account(
                tx,
                username=username,
                name=name,
                role=role,
                password_hash=password_hash,
                **(profile or {}),
            )
            return then(tx, account)

        return self._write_new(work, f"Username '{username}' is already taken", "username")

    def _write_new(self, work: Callable[[Transaction], T], taken: str, field: str) -> T:
        """Run ``work`` in one write; a unique value someone else took meanwhile (after
        this service's own checks) is refused as ``taken``, under ``field``."""
        try:
            return self._db.write(work)
        except UniqueViolation:
            raise ValidationError(taken, field) from None

    def _create_staff(
        self,
        by: records.Actor | None,
        username: object,
        password: str,
        name: object,
        role: object,
        *,
        detail: str = "",
        before: Callable[[Transaction], None] | None = None,
    ) -> records.StaffMember:
        """Add a staff account (its username, name and role checked in that order) and
        audit it as made ``by`` that actor (None: by itself, the store's first admin), with
        ``detail`` ("": "<username> as <role>")."""
        clean_username = rules.username(username)
        clean_name = rules.required_text(name, "name", "Name", rules.ACCOUNT_NAME_MAX)
        clean_role = staff_role(role)

        def created(tx: Transaction, account: models.Account) -> records.StaffMember:
            actor = by or records.Actor(
                records.AccountId(account.id), account.username, clean_role, account.name
            )
            why = detail or f"{account.username} as {account.role}"
            record_on(tx, actor, AuditAction.STAFF_CREATED, account, why)
            return to_staff(account)

        return self._create_account(
            created,
            username=clean_username,
            password=password,
            name=clean_name,
            role=clean_role,
            before=before,
        )

    def _write_or_read_winner(
        self,
        work: Callable[[Transaction], T],
        constraint: str,
        winner: Callable[[Transaction], T | None],
    ) -> T:
        """Run ``work`` in one write; when ``constraint`` refuses it because another send
        of the same thing won, read that one back with ``winner`` (None: the refusal stands)."""
        try:
            return self._db.write(work)
        except UniqueViolation as exc:
            if exc.constraint != constraint:
                raise
            found = self._db.read(winner)
            if found is None:
                raise
            return found

    def _read_page(
        self,
        offset: int,
        limit: int,
        fetch: Callable[[Transaction], tuple[list[R], int]],
        build: Callable[[Transaction, list[R]], Iterable[T]],
    ) -> records.Page[T]:
        """One page in one read: ``fetch`` gives the rows and the total (the caller has
        checked ``offset`` and ``limit``), ``build`` turns the rows into records."""

        def work(tx: Transaction) -> records.Page[T]:
            rows, total = fetch(tx)
            return records.Page(tuple(build(tx, rows)), total, offset, limit)

        return self._db.read(work)

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        for name, member in list(vars(cls).items()):
            if name.startswith("_") or not inspect.isfunction(member):
                continue
            if inspect.isgeneratorfunction(member):
                raise TypeError(f"{cls.__name__}.{name}: authorize before returning a generator")
            setattr(cls, name, _audit_denials(member))


def add_account(
    tx: Transaction, *, username: str, name: str, role: Role, password_hash: str, **profile: Any
) -> models.Account:
    """A new active account and its empty wallet, in the caller's transaction."""
    [account] = tx.accounts.add(
        [
            {"username": username, "name": name, "role": role.value, "password_hash": password_hash}
            | profile
        ]
    )
    return account


def staff_role(value: object) -> Role:
    role = rules.choice(Role, value, "role", "Role")
    if role not in STAFF_ROLES:
        raise ValidationError("Staff role must be cashier, manager or admin", "role")
    return role


def check_page(offset: object, limit: object) -> tuple[int, int]:
    if isinstance(offset, bool) or not isinstance(offset, int) or not 0 <= offset <= OFFSET_MAX:
        raise ValidationError(f"Offset must be between 0 and {OFFSET_MAX:,}", "offset")
    if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= PAGE_LIMIT_MAX:
        raise ValidationError(f"Page size must be between 1 and {PAGE_LIMIT_MAX}", "limit")
    return offset, limit


def sorted_page(
    sorts: Iterable[str], sort: object, descending: object, offset: object, limit: object
) -> tuple[str, bool, int, int]:
    """A list's sort column (one of ``sorts``), its direction and its page, checked."""
    column = rules.sort_key(sort, tuple(sorts))
    backwards = rules.flag(descending, "descending", "Descending")
    return (column, backwards, *check_page(offset, limit))


def check_id(value: object, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value <= ID_MAX:
        raise NotFoundError(f"{what} {shown(value)} not found")
    return value


def found_row(
    tx: Transaction,
    model: type[M],
    row_id: int,
    what: str,
    *,
    lock: bool = False,
    hidden: Callable[[M], bool] | None = None,
) -> M:
    """The ``model`` row ``row_id`` (with ``lock``: locked until the transaction ends), or
    NotFoundError "<what> #<id> not found". A row ``hidden`` says the caller may not see,
    or that is not of the kind asked for, is not found either: the error does not tell
    that it exists."""
    row = tx.lock(model, row_id) if lock else tx.get(model, row_id)
    if row is None or (hidden is not None and hidden(row)):
        raise NotFoundError(f"{what} #{row_id} not found")
    return row


@dataclass(frozen=True)
class LineRules:
    """How the lines of a cart or of a return are checked, and the words of each error."""

    kind: type[records.CartLine] | type[records.ReturnLine]
    id_attribute: str
    what: str  #: whose id it is, for "Product #0 ..."
    label: str
    empty: str
    wrong: str

    def counted(self, value: object, max_lines: int = rules.CART_QUANTITY_MAX) -> list[Any]:
        """The lines as (id, quantity, line): a list of at least one ``kind``, each with a
        valid id and a quantity from 1 to the cart's limit."""
        lines = rules.sequence(value, "lines", self.label, max_lines)
        if not lines:
            raise ValidationError(self.empty, "lines")
        counted = []
        for line in lines:
            if not isinstance(line, self.kind):
                raise ValidationError(self.wrong, "lines")
            line_id = check_id(getattr(line, self.id_attribute), self.what)
            quantity = rules.integer(
                line.quantity, "quantity", "Quantity", 1, rules.CART_QUANTITY_MAX
            )
            counted.append((line_id, quantity, line))
        return counted


CART_LINES = LineRules(
    records.CartLine, "product_id", "Product", "Cart", "The cart is empty", "Not a cart line"
)
RETURN_LINES = LineRules(
    records.ReturnLine, "sale_line_id", "Sale line", "Lines", "Choose at least one line to return",
    "Not a line to return",
)  # fmt: skip


def to_switch(
    tx: Transaction, model: type[Switchable], row_id: int, wanted: bool, what: str
) -> Switchable:
    """The row whose ``active`` flag is to become ``wanted``, locked; NotFoundError, or
    NothingToChangeError when it already is."""
    row = found_row(tx, model, row_id, what, lock=True)
    if row.active == wanted:
        state = "active" if wanted else "retired"
        raise NothingToChangeError(f"{row.name} is already {state}")
    return row


def customer_account(tx: Transaction, customer_id: object, *, lock: bool = False) -> models.Account:
    """The customer's account row, or NotFoundError with a readable message."""
    account_id = check_id(customer_id, "Customer")
    return found_row(
        tx,
        models.Account,
        account_id,
        "Customer",
        lock=lock,
        hidden=lambda account: account.role != Role.CUSTOMER.value,
    )


def product_row(tx: Transaction, product_id: object) -> models.Product:
    return found_row(tx, models.Product, check_id(product_id, "Product"), "Product")


def copied(record: type[T], row: object, **computed: object) -> T:
    """A ``record`` filled from the ``row`` attributes of the same names; ``computed`` holds
    the fields that are not the attribute as it stands (an enum, money from cents, a name)."""
    fields = (field.name for field in dataclasses.fields(record))  # type: ignore[arg-type]
    return record(
        **{name: computed[name] if name in computed else getattr(row, name) for name in fields}
    )


def to_customer(
    account: models.Account, balance_cents: int, *, personal: bool = True
) -> records.Customer:
    """The customer's record; ``personal`` False blanks age, address, gender and marital
    status (what a cashier does not see)."""
    return copied(
        records.Customer,
        account,
        age=account.age if personal else None,
        address=account.address if personal else "",
        gender=account.gender if personal else "",
        marital_status=(
            MaritalStatus(account.marital_status) if personal and account.marital_status else None
        ),
        balance=from_cents(balance_cents),
        phone=account.phone or "",
        email=account.email or "",
    )


def to_staff(account: models.Account) -> records.StaffMember:
    return copied(records.StaffMember, account, role=Role(account.role))


def to_product(product: models.Product) -> records.Product:
    return copied(records.Product, product, price=from_cents(product.price_cents))


def to_reviews(tx: Transaction, rows: list[models.Review]) -> list[records.Review]:
    people = tx.accounts.usernames(
        [r.customer_id for r in rows] + [r.moderated_by_id for r in rows]
    )
    names = tx.products.names(r.product_id for r in rows)
    return [
        copied(
            records.Review,
            r,
            customer_username=people.get(r.customer_id, "?"),
            product_name=names.get(r.product_id, "?"),
            status=ReviewStatus(r.status),
            moderated_by=people.get(r.moderated_by_id) if r.moderated_by_id else None,
        )
        for r in rows
    ]
