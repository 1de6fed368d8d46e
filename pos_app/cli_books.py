"""pos-admin db check: whether the books balance (``pos_app.data.invariants``).
``pos_app.cli`` registers it with ``add_books_command``."""

from __future__ import annotations

import argparse
from typing import Any

from pos_app.data.invariants import violations

#: At most this many of each kind of violation are listed.
SHOWN = 1000


def cmd_db_check(args: argparse.Namespace) -> int:
    from pos_app.cli import _open  # noqa: PLC0415 (pos_app.cli imports this module)

    with _open(args, migrate=False) as (db, _):
        found = db.read(lambda tx: violations(tx.connection(), limit=SHOWN))
    if not found:
        print("books balance")
        return 0
    for violation in found:
        print(violation.text())
    return 1


def add_books_command(db: Any, common: argparse.ArgumentParser) -> None:
    """``db check`` under ``db`` (the subparsers of pos-admin db)."""
    db.add_parser(
        "check",
        parents=[common],
        help="check that the books balance (wallets and their ledgers, stock and its "
        "movements, sales and refunds and their lines and payments); exit 1 and list "
        "what does not add up",
    ).set_defaults(run=cmd_db_check)
