"""The product CSV file: one format, read and written here for the Inventory screen and
for pos-admin alike. No Qt here.

Columns are ``CSV_COLUMNS`` (name, category, price, description, stock, barcode, active,
variable_price); name, category and price are required, a file without the others is read
with their defaults (no stock, no barcode, active, not variable-price). Rows keep the line
a spreadsheet shows them on (the header is line 1), so a refused row is named the way the
person sees it.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TextIO

from pos_app.domain.errors import ValidationError
from pos_app.services.spreadsheet_cells import from_spreadsheet_safe, spreadsheet_safe

#: Columns of the product CSV, in order; import needs name, category and price.
CSV_COLUMNS = (
    "name",
    "category",
    "price",
    "description",
    "stock",
    "barcode",
    "active",
    "variable_price",
)
REQUIRED_COLUMNS = ("name", "category", "price")
#: Columns of typed text, written spreadsheet-safe and read back exactly (the others are
#: numbers and yes/no that the program writes).
TEXT_COLUMNS = frozenset({"name", "category", "description", "barcode"})
#: Where cells past the last named column go, so the import refuses that row by name.
EXTRA_CELLS = "(cells past the last column)"


@dataclass(frozen=True)
class CsvRow:
    """One product row of a file and the spreadsheet line it is on (the header is line 1)."""

    line: int
    values: Mapping[str, str]


def read_product_csv(path: str) -> list[CsvRow]:
    """The product rows of a CSV file; blank lines are skipped but keep their numbers."""
    try:
        # utf-8-sig: spreadsheets often start their CSV with a byte-order mark
        with open(path, newline="", encoding="utf-8-sig") as handle:
            records = list(csv.reader(handle))
    except OSError as exc:
        raise ValidationError(f"Cannot read {path}: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise ValidationError(f"{path} is not UTF-8 text; save it as CSV UTF-8") from None
    except csv.Error as exc:
        raise ValidationError(f"{path} is not a valid CSV file: {exc}") from None
    if not records:
        raise ValidationError(f"{path} is empty")
    header = [cell.strip().lower() for cell in records[0]]
    named_columns = [name for name in header if name]
    unknown = [name for name in named_columns if name not in CSV_COLUMNS]
    if unknown:
        raise ValidationError(
            f"Unknown column {unknown[0]!r}; the columns are {', '.join(CSV_COLUMNS)}"
        )
    twice = [name for name in CSV_COLUMNS if named_columns.count(name) > 1]
    if twice:
        raise ValidationError(f"Column {twice[0]!r} appears twice")
    missing = [name for name in REQUIRED_COLUMNS if name not in named_columns]
    if missing:
        raise ValidationError(f"Columns missing from the file: {', '.join(missing)}")
    rows: list[CsvRow] = []
    for line, cells in enumerate(records[1:], start=2):
        if not any(cell.strip() for cell in cells):
            continue
        values = {
            name: _read_cell(name, cell) for name, cell in zip(header, cells, strict=False) if name
        }
        extra = cells[len(header) :]
        if any(cell.strip() for cell in extra):
            values[EXTRA_CELLS] = ",".join(extra)
        rows.append(CsvRow(line, values))
    return rows


def _read_cell(column: str, cell: str) -> str:
    """A cell's text as the product had it: the export's spreadsheet-safe quote undone."""
    return from_spreadsheet_safe(cell) if column in TEXT_COLUMNS else cell


def product_cells(row: Mapping[str, str]) -> list[str]:
    """One product's cells, in ``CSV_COLUMNS`` order, its text spreadsheet-safe (a name
    like "=HYPERLINK(...)" is written "'=HYPERLINK(...)"; ``read_product_csv`` takes the
    quote off again, so the file reads back exactly)."""
    return [
        spreadsheet_safe(row.get(name, "")) if name in TEXT_COLUMNS else row.get(name, "")
        for name in CSV_COLUMNS
    ]


def write_product_rows(out: TextIO, rows: Iterable[Mapping[str, str]]) -> int:
    """Write the rows under a ``CSV_COLUMNS`` header to ``out``; returns how many. Text
    cells are spreadsheet-safe (``product_cells``)."""
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    count = 0
    for row in rows:
        writer.writerow(product_cells(row))
        count += 1
    return count


def line_of(rows: list[CsvRow], service_row: int) -> int:
    """The file line of the import report's row number (the service counts rows from 1)."""
    return rows[service_row - 1].line if 0 < service_row <= len(rows) else service_row + 1
