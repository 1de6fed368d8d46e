"""pos-admin counters: the counters registered for offline sales (migration 0023), and
retiring one whose computer is lost, stolen or replaced. ``pos_app.cli`` registers these
with ``add_counters_commands``."""

from __future__ import annotations

import argparse
from typing import Any

from pos_app.data.repositories.counters import (
    RegisteredCounter,
    registered_counters,
    retire_counter,
)


def counter_lines(counters: list[RegisteredCounter]) -> list[str]:
    if not counters:
        return ["No counter is registered for offline sales (a manager's sign-in at a counter "
                "registers it, on a PostgreSQL store)."]  # fmt: skip
    lines = []
    for counter in counters:
        by = f" by {counter.registered_by}" if counter.registered_by else ""
        state = (
            f"retired {counter.retired_at:%Y-%m-%d %H:%M}"
            if counter.retired_at is not None
            else f"in service, {counter.valid_tickets} valid ticket(s)"
        )
        lines.append(
            f"{counter.name}: registered {counter.registered_at:%Y-%m-%d %H:%M}{by}; {state}"
        )
    return lines


def cmd_counters_list(args: argparse.Namespace) -> int:
    from pos_app.cli import _open  # noqa: PLC0415 (pos_app.cli imports this module)

    with _open(args) as (db, _):
        counters = db.read(registered_counters)
    print("\n".join(counter_lines(counters)))
    return 0


def cmd_counters_retire(args: argparse.Namespace) -> int:
    from pos_app.cli import OPERATOR, _open  # noqa: PLC0415 (pos_app.cli imports this module)

    name = args.name
    with _open(args) as (db, _):
        retired = db.write(lambda tx: retire_counter(tx, name, OPERATOR.username))
    if not retired:
        print(f"No counter named {name!r} is registered and in service: nothing changed.")
        return 1
    print(
        f"Counter {name!r} is retired: the server issues it no ticket and takes none of its "
        "offline sales any more. Register its replacement under a new name (a manager signs "
        "in there)."
    )
    return 0


def add_counters_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    """``counters list`` and ``counters retire NAME`` under ``commands`` (the subparsers
    of pos-admin), each with the ``common`` options (--database)."""
    counters = commands.add_parser(
        "counters", help="the counters registered for offline sales: list, retire"
    ).add_subparsers(dest="counters_command", required=True)
    counters.add_parser(
        "list", parents=[common], help="each registered counter, who registered it, its tickets"
    ).set_defaults(run=cmd_counters_list)
    retire = counters.add_parser(
        "retire",
        parents=[common],
        help="retire a counter whose computer is lost or replaced: no more tickets, and none "
        "of its offline sales is accepted",
    )
    retire.add_argument("name", help="the counter's name, as registered")
    retire.set_defaults(run=cmd_counters_retire)
