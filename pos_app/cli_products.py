"""pos-admin products: the product CSV file in and out, read and written by
``pos_app.services.product_csv`` as the Inventory screen does. ``pos_app.cli`` registers
these with ``add_products_commands``."""

from __future__ import annotations

import argparse
import sys
from typing import Any, TextIO

from pos_app.services import Services
from pos_app.services.product_csv import line_of, read_product_csv, write_product_rows
from pos_app.services.records import Actor

OPERATOR = Actor.system()


def cmd_products_import(args: argparse.Namespace) -> int:
    from pos_app.cli import _open  # noqa: PLC0415 (pos_app.cli imports this module)

    rows = read_product_csv(args.file)  # the same reading as the Inventory screen's import
    with _open(args) as (_, services):
        report = services.inventory.import_products(
            OPERATOR, [r.values for r in rows], update_existing=args.update, dry_run=args.dry_run
        )
    if report.errors:
        for error in report.errors:
            print(f"line {line_of(rows, error.row)}: {error.message}", file=sys.stderr)
        print(f"Nothing imported: {len(report.errors)} row(s) refused", file=sys.stderr)
        return 1
    done = "Would import" if args.dry_run else "Imported"
    said = f"{done} {report.imported} products"
    if args.update:
        said += (
            f"; {'would update' if args.dry_run else 'updated'} {report.updated} "
            f"({report.new_prices} new prices), {report.unchanged} unchanged"
        )
        if report.stock_kept:
            said += (
                f"; the stock of products the store has is not changed by an import "
                f"({report.stock_kept} row(s) give another figure: count them with restock)"
            )
    print(said)
    return 0


def cmd_products_export(args: argparse.Namespace) -> int:
    from pos_app.cli import _open  # noqa: PLC0415 (pos_app.cli imports this module)

    with _open(args) as (_, services):
        if args.file in (None, "-"):
            _write_products(services, sys.stdout)
            return 0
        with open(args.file, "w", newline="", encoding="utf-8") as out:
            count = _write_products(services, out)
    print(f"Exported {count} products to {args.file}")
    return 0


def _write_products(services: Services, out: TextIO) -> int:
    return write_product_rows(out, services.inventory.export_rows(OPERATOR))


def add_products_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    """``products import FILE [--update] [--dry-run]`` and ``products export [FILE]``
    under ``commands`` (the subparsers of pos-admin), each with the ``common`` options."""
    products = commands.add_parser("products", help="product CSV import and export").add_subparsers(
        dest="products_command", required=True
    )
    imp = products.add_parser(
        "import", parents=[common], help="import products from CSV (all rows or none)"
    )
    imp.add_argument("file")
    imp.add_argument(
        "--update",
        action="store_true",
        help="also update the products the store has (by barcode, else by name): an edited "
        "export imports back; their stock is not changed",
    )
    imp.add_argument("--dry-run", action="store_true", help="say what it would do; write nothing")
    imp.set_defaults(run=cmd_products_import)
    exp = products.add_parser("export", parents=[common], help="export products as CSV")
    exp.add_argument("file", nargs="?", help="output file (default: standard output)")
    exp.set_defaults(run=cmd_products_export)
