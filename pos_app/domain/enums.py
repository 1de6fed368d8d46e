"""Closed sets of values. Each is also a CHECK constraint in the database."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    """What an account may do."""

    CUSTOMER = "customer"  #: a shopper; self-service only
    CASHIER = "cashier"  #: rings up sales
    MANAGER = "manager"  #: stock, customers, refunds, moderation (the old "moderator")
    ADMIN = "admin"  #: everything, including staff accounts

    @property
    def is_staff(self) -> bool:
        return self is not Role.CUSTOMER


class Category(StrEnum):
    """The categories a new database starts with. Managers define more (the categories
    table); this is only the seed, never the list of what exists."""

    FOOD = "food"
    CLOTHES = "clothes"
    ACCESSORIES = "accessories"
    ELECTRONICS = "electronics"


class MaritalStatus(StrEnum):
    """Marital status of an account holder."""

    SINGLE = "single"
    MARRIED = "married"
    DIVORCED = "divorced"
    WIDOWED = "widowed"


class ReviewStatus(StrEnum):
    """Where a review stands in moderation."""

    NEEDS_APPROVAL = "needs_approval"  #: new or edited; hidden from customers
    APPROVED = "approved"  #: visible to everyone
    FLAGGED = "flagged"  #: hidden; kept for the record


class WalletEntryKind(StrEnum):
    """Why a wallet balance moved."""

    TOP_UP = "top_up"
    PURCHASE = "purchase"
    REFUND = "refund"
    ADJUSTMENT = "adjustment"


class StockMovementKind(StrEnum):
    """Why a product's stock moved."""

    SALE = "sale"
    RESTOCK = "restock"
    RETURN = "return"
    ADJUSTMENT = "adjustment"


class PaymentMethod(StrEnum):
    """How part of a sale was paid."""

    WALLET = "wallet"  #: the customer's store-credit wallet
    CASH = "cash"
    CARD = "card"  #: an external card terminal; the counter records the approval reference


class TopUpMethod(StrEnum):
    """How a customer paid for a wallet top-up (what the drawer or the terminal took)."""

    CASH = "cash"
    CARD = "card"


class SaleStatus(StrEnum):
    """State of a recorded sale. A sale is recorded only once it is complete."""

    COMPLETED = "completed"


class RefundMethod(StrEnum):
    """Where a refund's money goes."""

    WALLET = "wallet"  #: back to the customer's store-credit wallet
    CASH = "cash"  #: out of the drawer
    CARD = "card"  #: back to the card, on the external terminal


class AuditAction(StrEnum):
    """What an audit row records."""

    SIGN_IN = "sign_in"
    SIGN_OUT = "sign_out"
    SIGN_IN_FAILED = "sign_in_failed"
    LOCKOUT = "lockout"
    UNLOCK = "unlock"
    STAFF_CREATED = "staff_created"
    ROLE_CHANGED = "role_changed"
    STAFF_ACTIVATION = "staff_activation"
    PASSWORD_RESET = "password_reset"
    CUSTOMER_REGISTERED = "customer_registered"
    CUSTOMER_DELETED = "customer_deleted"
    CUSTOMER_ACTIVATION = "customer_activation"
    CATEGORY_CHANGE = "category_change"
    WALLET_TOP_UP = "wallet_top_up"
    WALLET_ADJUSTMENT = "wallet_adjustment"
    SALE = "sale"
    REFUND = "refund"
    VOID = "void"
    PRICE_CHANGE = "price_change"
    PRODUCT_CHANGE = "product_change"
    STOCK_ADJUSTMENT = "stock_adjustment"
    REVIEW_MODERATION = "review_moderation"
    DAY_CLOSED = "day_closed"
    SETTINGS_CHANGE = "settings_change"
    PERMISSION_DENIED = "permission_denied"
    TAX_CHANGE = "tax_change"
    PROMOTION_CHANGE = "promotion_change"
    DISCOUNT = "discount"
    SHIFT_OPENED = "shift_opened"
    SHIFT_CLOSED = "shift_closed"
    PAID_IN = "paid_in"
    PAID_OUT = "paid_out"
    NO_SALE = "no_sale"
    OFFLINE_RESOLVED = "offline_resolved"  #: a flagged offline sale or a conflict resolved


class PromotionKind(StrEnum):
    MULTI_BUY = "multi_buy"  #: "3 for 5.00"
    BUY_X_GET_Y = "buy_x_get_y"  #: buy X, get Y free or at a percent off
    CATEGORY_PERCENT = "category_percent"  #: a percent off a category between two dates


class CashMovementKind(StrEnum):
    """Why the drawer opened outside a sale (issue 13)."""

    PAID_IN = "paid_in"  #: cash put in: change from the bank, a float top-up
    PAID_OUT = "paid_out"  #: cash taken out: a delivery paid, a banking drop
    NO_SALE = "no_sale"  #: opened with no money moving


class AuditOutcome(StrEnum):
    OK = "ok"
    DENIED = "denied"  #: refused by a permission or a sign-in check
    FAILED = "failed"
