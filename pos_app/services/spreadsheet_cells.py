"""Text cells a spreadsheet will not run as formulas, and back: every CSV export writes its
free text through ``spreadsheet_safe``; the product import reads it through
``from_spreadsheet_safe``, so that a product file reads back exactly as it was."""

from __future__ import annotations

#: First characters that make a spreadsheet read a cell as a formula (or run it).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
#: What goes before such a cell: spreadsheets show it as text.
QUOTE = "'"


def _quoted_formula(text: str) -> bool:
    """True for text that is quotes (one or more) and then a formula's first character."""
    bare = text.lstrip(QUOTE)
    return bare != text and bare.startswith(FORMULA_STARTS)


def spreadsheet_safe(text: str) -> str:
    """A cell a spreadsheet will not run as a formula: typed names and details could be.

    A quote goes before text starting like a formula, and before text already made of
    quotes and then such a start, so that ``from_spreadsheet_safe`` gives back every text
    exactly. Only for free text; numbers (a negative amount starts with "-") are written
    as they are."""
    return QUOTE + text if text.startswith(FORMULA_STARTS) or _quoted_formula(text) else text


def from_spreadsheet_safe(cell: str) -> str:
    """The text ``spreadsheet_safe`` made ``cell`` from: one quote less before quotes and
    a formula's first character; any other cell as it is (a name like "'Twas" too)."""
    return cell[1:] if _quoted_formula(cell) else cell
