"""A product's fields as a person types them, checked and turned into column values."""

from __future__ import annotations

import re

from pos_app.domain import rules
from pos_app.domain.errors import ValidationError, shown
from pos_app.domain.money import to_cents

#: The barcode of a variable-price product: the prefix (20-29) and item code of its
#: price-embedded EAN-13 labels; the price and the check digit are on each label.
VARIABLE_PRICE_CODE = re.compile(r"2[0-9]{6}")
VARIABLE_PRICE_BARCODE = (
    "A variable-price product's barcode is its label's prefix (20-29) and item code: "
    "7 digits, e.g. 2012345"
)


def check_variable_price(variable_price: object, barcode: object) -> None:
    """A variable-price product's ``barcode`` is a ``VARIABLE_PRICE_CODE``, else
    ValidationError on the barcode."""
    if variable_price is True and not (
        isinstance(barcode, str) and VARIABLE_PRICE_CODE.fullmatch(barcode)
    ):
        raise ValidationError(VARIABLE_PRICE_BARCODE, "barcode")


def clean_product_fields(changes: object) -> dict[str, object]:
    """Validated column values for the given product fields (price becomes cents)."""
    cleaned: dict[str, object] = {}
    for key, value in rules.mapping(changes, "changes", "Changes").items():
        if key == "name":
            cleaned["name"] = rules.required_text(value, "name", "Name", rules.PRODUCT_NAME_MAX)
        elif key == "category":
            # the shape here; whether it exists and is active, in the transaction
            cleaned["category"] = rules.category_name(value)
        elif key == "price":
            cleaned["price_cents"] = to_cents(rules.price(value))
        elif key == "description":
            cleaned["description"] = rules.optional_text(
                value, "description", "Description", rules.DESCRIPTION_MAX
            )
        elif key == "barcode":
            cleaned["barcode"] = rules.barcode(value)
        elif key == "active":
            if not isinstance(value, bool):
                raise ValidationError("Active must be yes or no", "active")
            cleaned["active"] = value
        elif key == "variable_price":
            cleaned["variable_price"] = rules.flag(value, "variable_price", "Variable price")
        elif key == "stock":
            raise ValidationError("Stock changes through a restock or an adjustment", "stock")
        else:
            raise ValidationError(f"Unknown field {shown(key)}", key)
    return cleaned
