"""The cart on screen, kept in the counter's own file so that a crash cannot lose it.

The checkout screen saves its cart here on every change, before the change is shown, and
asks for it back when it opens. Besides the lines and the customer, a draft remembers
what was in flight when it was saved: the UUID of a sale being paid, the key of a park,
or the key of a resume (and which parked cart it takes), so that the next start can
finish or check that step instead of guessing.

No permission check: the file is this counter's own, and the draft moves no money or
stock; every step that does (checkout, park, resume) checks the actor itself.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from pos_app.data.counter_file import CounterFile, CounterFileError
from pos_app.domain.errors import PosError
from pos_app.services.records import CartLine, DiscountRequest

log = logging.getLogger(__name__)


class CounterFileUnavailableError(PosError):
    """The counter's own file cannot be written: the cart on screen is not crash-safe."""


@dataclass(frozen=True)
class CartDraft:
    """The cart on screen at one counter."""

    lines: tuple[CartLine, ...] = ()
    customer_id: int | None = None
    #: Who rang it up (for the message when another person finds it).
    cashier: str = ""
    #: The UUID of the sale being paid; its outcome is asked before the cart is shown again.
    sale_uuid: str | None = None
    #: A park sent but not yet answered.
    park_key: str | None = None
    #: A resume sent but not yet answered: its key and the parked cart it takes.
    swap_key: str | None = None
    swap_take_id: int | None = None
    note: str = ""
    #: Product names as the screen showed them, by product id (for messages only).
    names: dict[int, str] = field(default_factory=dict)
    #: A discount on the whole cart, as the cashier gave it (each line keeps its own).
    discount: DiscountRequest | None = None

    @property
    def empty(self) -> bool:
        return not self.lines and self.swap_key is None


def _body(draft: CartDraft) -> dict[str, Any]:
    return {
        "lines": [
            [
                line.product_id,
                line.quantity,
                None if line.unit_price is None else str(line.unit_price),
                discount_body(line.discount),
            ]
            for line in draft.lines
        ],
        "discount": discount_body(draft.discount),
        "customer_id": draft.customer_id,
        "cashier": draft.cashier,
        "sale_uuid": draft.sale_uuid,
        "park_key": draft.park_key,
        "swap_key": draft.swap_key,
        "swap_take_id": draft.swap_take_id,
        "note": draft.note,
        "names": {str(k): v for k, v in draft.names.items()},
    }


def discount_body(discount: DiscountRequest | None) -> dict[str, str | None] | None:
    if discount is None:
        return None
    return {
        "reason": discount.reason,
        "percent": None if discount.percent is None else str(discount.percent),
        "amount": None if discount.amount is None else str(discount.amount),
    }


def discount_from_body(body: object) -> DiscountRequest | None:
    """A discount read back; a malformed one is dropped (the sale checks it anyway)."""
    if not isinstance(body, dict) or not isinstance(body.get("reason"), str):
        return None
    try:
        percent, amount = (
            None if body.get(key) is None else Decimal(str(body[key]))
            for key in ("percent", "amount")
        )
    except InvalidOperation:
        return None
    return DiscountRequest(body["reason"], percent=percent, amount=amount)


def _optional_int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _optional_text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _draft(body: dict[str, Any]) -> CartDraft:
    """A draft read back; anything malformed is dropped rather than trusted."""
    lines = []
    for row in body.get("lines") or []:
        try:
            product_id, quantity, price, *rest = row  # a file from before: no discount
            unit_price = None if price is None else Decimal(price)
        except (TypeError, ValueError, InvalidOperation):
            continue
        if _optional_int(product_id) and _optional_int(quantity) and quantity > 0:
            discount = discount_from_body(rest[0]) if rest else None
            lines.append(CartLine(product_id, quantity, unit_price, discount))
    names = body.get("names") or {}
    return CartDraft(
        lines=tuple(lines),
        customer_id=_optional_int(body.get("customer_id")),
        cashier=_optional_text(body.get("cashier")) or "",
        sale_uuid=_optional_text(body.get("sale_uuid")),
        park_key=_optional_text(body.get("park_key")),
        swap_key=_optional_text(body.get("swap_key")),
        swap_take_id=_optional_int(body.get("swap_take_id")),
        note=_optional_text(body.get("note")) or "",
        names={int(k): str(v) for k, v in names.items() if str(k).isdigit()}
        if isinstance(names, dict)
        else {},
        discount=discount_from_body(body.get("discount")),
    )


class CartDraftService:
    """Save, read and drop the cart on screen of a counter in the counter's own file."""

    def __init__(self, file: CounterFile | Path) -> None:
        self._file = file if isinstance(file, CounterFile) else CounterFile(file)

    @property
    def path(self) -> Path:
        return self._file.path

    def save(self, counter: str, draft: CartDraft) -> None:
        """On disk when this returns; an empty draft removes the saved one."""
        try:
            if draft.empty:
                self._file.clear_cart(counter)
            else:
                self._file.save_cart(counter, _body(draft))
        except CounterFileError as exc:
            log.error("%s", exc)
            raise CounterFileUnavailableError(
                f"The cart cannot be saved on this computer ({exc}). "
                "Finish or park this sale; a crash now would lose it."
            ) from exc

    def load(self, counter: str) -> CartDraft | None:
        try:
            body = self._file.load_cart(counter)
        except CounterFileError as exc:
            log.error("%s", exc)
            raise CounterFileUnavailableError(
                f"The cart left at this counter cannot be read ({exc})."
            ) from exc
        if body is None:
            return None
        draft = _draft(body)
        return None if draft.empty else draft

    def clear(self, counter: str) -> None:
        self.save(counter, CartDraft())
