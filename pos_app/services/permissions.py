"""The permission matrix: every service operation x role, written once. Deny by default.

The README's table is generated from ``MATRIX`` (see ``permission_table_markdown``).
"""

from __future__ import annotations

from enum import StrEnum

from pos_app.domain.enums import Role
from pos_app.domain.errors import PermissionDeniedError
from pos_app.services.records import Actor


class Op(StrEnum):
    """A service operation that needs a permission."""

    CUSTOMER_REGISTER = "customers.register"
    CUSTOMER_UPDATE = "customers.update"
    CUSTOMER_DELETE = "customers.delete"
    CUSTOMER_VIEW = "customers.view"  #: a customer may view only themselves
    CUSTOMER_REACTIVATE = "customers.reactivate"  #: unfreeze a deactivated customer
    WALLET_TOP_UP = "wallet.top_up"
    WALLET_DEDUCT = "wallet.deduct"
    WALLET_LEDGER = "wallet.ledger"  #: a customer may read only their own
    PRODUCT_VIEW = "products.view"
    PRODUCT_ADD = "products.add"
    PRODUCT_UPDATE = "products.update"
    PRODUCT_RESTOCK = "products.restock"
    PRODUCT_DEDUCT = "products.deduct"
    PRODUCT_IMPORT = "products.import"
    CATEGORY_MANAGE = "categories.manage"  #: add, rename, retire and reactivate categories
    SALE_CHECKOUT = "sales.checkout"
    SALE_HISTORY = "sales.history"  #: a customer may read only their own purchases
    SALE_REPORTS = "sales.reports"  #: daily totals, best sellers, Z reports
    SALE_REFUND = "sales.refund"  #: a cashier needs a manager's override on the spot
    DAY_CLOSE = "sales.close_day"
    CART_PARK = "sales.park_cart"
    REVIEW_WRITE = "reviews.write"  #: submit, edit and delete one's own reviews
    REVIEW_READ = "reviews.read"  #: customers see approved reviews and their own
    REVIEW_MODERATE = "reviews.moderate"
    STAFF_MANAGE = "staff.manage"  #: add staff, roles, activation, passwords, unlock
    AUDIT_READ = "audit.read"
    SETTINGS_CHANGE = "settings.change"
    TAX_MANAGE = "taxes.manage"  #: tax rates, pricing settings, promotions
    DISCOUNT_ABOVE_LIMIT = "sales.discount_above_limit"  #: more than the cashiers' limit
    HEALTH = "health.read"
    SHIFT_WORK = "shifts.work"  #: open and close the shift at one's counter, paid in and out
    DRAWER_OPEN = "shifts.no_sale"  #: open the drawer with no sale, with a reason (audited)
    SALE_VOID = "sales.void"  #: take back a whole sale of the open shift
    SHIFT_MANAGE = "shifts.manage"  #: denominations, the over/short limit, approve a close
    OFFLINE_RESOLVE = "offline.resolve"  #: the Conflicts view: read and resolve, with a note


_C, _K, _M, _A = Role.CUSTOMER, Role.CASHIER, Role.MANAGER, Role.ADMIN
_STAFF = frozenset({_K, _M, _A})
_MANAGERS = frozenset({_M, _A})
_EVERYONE = frozenset(Role)

MATRIX: dict[Op, frozenset[Role]] = {
    Op.CUSTOMER_REGISTER: _STAFF,
    Op.CUSTOMER_UPDATE: _MANAGERS,
    Op.CUSTOMER_DELETE: _MANAGERS,
    Op.CUSTOMER_VIEW: _EVERYONE,
    Op.CUSTOMER_REACTIVATE: _MANAGERS,
    Op.WALLET_TOP_UP: _STAFF,
    Op.WALLET_DEDUCT: _MANAGERS,
    Op.WALLET_LEDGER: _EVERYONE,
    Op.PRODUCT_VIEW: _EVERYONE,
    Op.PRODUCT_ADD: _MANAGERS,
    Op.PRODUCT_UPDATE: _MANAGERS,
    Op.PRODUCT_RESTOCK: _MANAGERS,
    Op.PRODUCT_DEDUCT: _MANAGERS,
    Op.PRODUCT_IMPORT: _MANAGERS,
    Op.CATEGORY_MANAGE: _MANAGERS,
    Op.SALE_CHECKOUT: _STAFF,
    Op.SALE_HISTORY: _EVERYONE,
    Op.SALE_REPORTS: _MANAGERS,
    Op.SALE_REFUND: _MANAGERS,
    Op.DAY_CLOSE: _MANAGERS,
    Op.CART_PARK: _STAFF,
    Op.REVIEW_WRITE: frozenset({_C}),
    Op.REVIEW_READ: _EVERYONE,
    Op.REVIEW_MODERATE: _MANAGERS,
    Op.STAFF_MANAGE: frozenset({_A}),
    Op.AUDIT_READ: frozenset({_A}),
    Op.SETTINGS_CHANGE: frozenset({_A}),
    Op.TAX_MANAGE: _MANAGERS,
    Op.DISCOUNT_ABOVE_LIMIT: _MANAGERS,
    Op.HEALTH: _STAFF,
    Op.SHIFT_WORK: _STAFF,
    Op.DRAWER_OPEN: _STAFF,
    Op.SALE_VOID: _MANAGERS,
    Op.SHIFT_MANAGE: _MANAGERS,
    Op.OFFLINE_RESOLVE: _MANAGERS,
}

#: Operations where a customer is limited to their own records.
OWN_RECORDS_ONLY = frozenset({Op.CUSTOMER_VIEW, Op.WALLET_LEDGER, Op.SALE_HISTORY, Op.REVIEW_WRITE})


#: Operations a cashier may do when a manager authorises them on the spot (override).
MANAGER_OVERRIDE = frozenset(
    {
        Op.SALE_REFUND,
        Op.PRODUCT_UPDATE,
        Op.CUSTOMER_DELETE,
        Op.DISCOUNT_ABOVE_LIMIT,
        Op.SALE_VOID,
        Op.SHIFT_MANAGE,
    }
)


def allowed(role: Role | None, op: Op) -> bool:
    return role is not None and role in MATRIX.get(op, frozenset())


def needs_override(role: Role | None, op: Op) -> bool:
    """True when ``role`` may do ``op`` only with a manager's credentials typed on the spot
    (screens then ask for them; ``services.override`` checks them)."""
    return role is Role.CASHIER and op in MANAGER_OVERRIDE


def authorize(actor: Actor | None, op: Op) -> Actor:
    """Return the actor if their role may do ``op``; otherwise raise. Deny by default."""
    if actor is None:
        raise PermissionDeniedError("Please sign in first")
    if not allowed(actor.role, op):
        raise PermissionDeniedError(f"A {actor.role.value} may not do this ({op.value})")
    return actor


def authorize_for_customer(actor: Actor | None, op: Op, customer_id: int) -> Actor:
    """Like ``authorize``; a customer acting on someone else's records is refused."""
    checked = authorize(actor, op)
    own = isinstance(customer_id, int) and customer_id == checked.account_id
    if checked.role is Role.CUSTOMER and not own:
        raise PermissionDeniedError("Customers can only see and change their own records")
    return checked


def permission_table_markdown() -> str:
    roles = list(Role)
    header = "| operation | " + " | ".join(r.value for r in roles) + " |"
    rule = "|---|" + "---|" * len(roles)
    rows = []
    for op in Op:
        cells = []
        for role in roles:
            if needs_override(role, op):
                cells.append("override")
            elif not allowed(role, op):
                cells.append("-")
            elif role is Role.CUSTOMER and op in OWN_RECORDS_ONLY:
                cells.append("own")
            else:
                cells.append("yes")
        rows.append(f"| `{op.value}` | " + " | ".join(cells) + " |")
    return "\n".join([header, rule, *rows])
