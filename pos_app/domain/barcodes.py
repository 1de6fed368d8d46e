"""Price-embedded EAN-13 barcodes: the labels a store's scale prints on weighed and
pre-packed goods.

The layout (one, documented; the common one in European and US stores)::

    2 0 1 2 3 4 5 0 1 2 3 4 C
    \\_/ \\_______/ \\_______/ |
     |      |         |      +-- EAN-13 check digit over the first 12 digits
     |      |         +--------- the price of this pack, in cents (000.00 to 999.99)
     |      +------------------- the item code (5 digits)
     +-------------------------- the prefix: one of 20 to 29 the store has set aside

The product is found by the label's first 7 digits (prefix and item code), which is its
``barcode``; the price is the label's, not the product's. A label with a wrong check digit
was misread (or misprinted) and is refused: charging it would charge a wrong price.
"""

from __future__ import annotations

from dataclasses import dataclass

from pos_app.domain.errors import ValidationError

#: The EAN prefixes GS1 sets aside for a store's own use; the store picks which of them
#: its scale prints.
STORE_PREFIXES = tuple(str(p) for p in range(20, 30))
LABEL_LENGTH = 13
#: The label's first digits that name the product: its prefix and item code.
ITEM_LENGTH = 7


@dataclass(frozen=True)
class PriceLabel:
    item: str  #: prefix and item code: the product's barcode
    price_cents: int


def check_digit(digits: str) -> int:
    """The EAN-13 check digit of the first 12 ``digits``: weights 1, 3, 1, 3... from the
    left; the digit that brings the sum to a multiple of 10."""
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(digits[:12]))
    return (10 - total % 10) % 10


def read_label(code: str, prefixes: tuple[str, ...]) -> PriceLabel | None:
    """The item and price a price-embedded ``code`` carries, for a store whose scale uses
    ``prefixes``; None when ``code`` is not such a label (another barcode). A label with
    a wrong check digit raises ValidationError."""
    if len(code) != LABEL_LENGTH or not code.isdigit() or code[:2] not in prefixes:
        return None
    expected = check_digit(code)
    if int(code[-1]) != expected:
        raise ValidationError(
            f"The barcode {code} does not check out (its last digit should be {expected}): "
            "it was misread; scan it again or type the product",
            "barcode",
        )
    return PriceLabel(code[:ITEM_LENGTH], int(code[ITEM_LENGTH:12]))


def check_prefixes(value: object, field: str) -> tuple[str, ...]:
    """Which of 20-29 the store's scale prints: "20, 21" or an empty text (none)."""
    if not isinstance(value, str | list | tuple):
        raise ValidationError("Price barcode prefixes are a list like 20, 21", field)
    parts = value.replace(",", " ").split() if isinstance(value, str) else [str(v) for v in value]
    wrong = [p for p in parts if p not in STORE_PREFIXES]
    if wrong:
        raise ValidationError(
            f"Price barcode prefixes are two digits from 20 to 29, not {', '.join(wrong)}",
            field,
        )
    return tuple(sorted(set(parts)))


def label_for(item: str, price_cents: int) -> str:
    """The label a scale would print for ``item`` (7 digits) at ``price_cents`` (tests,
    demo data)."""
    body = f"{item}{price_cents:05d}"
    return body + str(check_digit(body))
