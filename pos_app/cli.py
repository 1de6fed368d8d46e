"""pos-admin: the same services as the desktop app, from a terminal.

It acts as the operator who holds the database credentials (``Actor.system()``).
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict

from pos_app.cli_audit import add_audit_commands
from pos_app.cli_books import add_books_command
from pos_app.cli_counters import add_counters_commands
from pos_app.cli_outbox import add_outbox_commands
from pos_app.cli_products import add_products_commands
from pos_app.data.database import Database
from pos_app.data.migrate import current_revision, head_revision, upgrade_to_head
from pos_app.data.roles import provision_roles, require_postgresql
from pos_app.db_password import keyring_key, saved_password, with_password
from pos_app.devices.printer_config import parse_connection
from pos_app.devices.receipt_layout import PAPER_COLUMNS, StoreHeading
from pos_app.domain.errors import PosError
from pos_app.logging_setup import setup_logging
from pos_app.services import Services, build_services
from pos_app.services.records import Actor
from pos_app.settings import (
    APP_NAME,
    DATABASE_ENV,
    DEFAULT_STORE_NAME,
    STORE_ADDRESS_KEY,
    STORE_NAME_KEY,
    DatabaseChoice,
    choose_database,
    masked_url,
    prepare_sqlite_path,
)

log = logging.getLogger("pos_app.cli")
OPERATOR = Actor.system()
#: Where the desktop app saves its database choice (pos_app.ui.context.AppSettings;
#: tests/test_cli_saved_database.py writes them through AppSettings).
SAVED_URL_KEY = "database/url"
SAVED_NEEDS_PASSWORD_KEY = "database/needs_password"


def _saved_database() -> str | None:
    """The database this computer's desktop app is set to (Settings > Database), saved
    without its password: that is taken from the system keyring as the app does, else
    asked for here when a terminal can ask, else left to libpq (PGPASSWORD, ~/.pgpass)."""
    from PySide6.QtCore import QSettings  # noqa: PLC0415 (only this look-up needs Qt)

    saved = QSettings(APP_NAME, APP_NAME)
    url = saved.value(SAVED_URL_KEY, "")
    if not isinstance(url, str) or not url.strip():
        return None
    if saved.value(SAVED_NEEDS_PASSWORD_KEY, "no") != "yes":
        return url
    found = saved_password(url)
    if found.password is not None:
        return with_password(url, found.password)
    asking = sys.stdin.isatty()
    if found.problem:
        instead = "asking for it" if asking else "trying without it"
        print(f"pos-admin: {found.problem}; {instead}", file=sys.stderr)
    if asking:
        key = keyring_key(url) or url.partition("@")[2]
        return with_password(url, getpass.getpass(f"Password of {key}: "))
    return url


def _choose(args: argparse.Namespace) -> DatabaseChoice:
    """--database, else POS_DATABASE_URL, else the desktop app's saved choice, else this
    computer's own file. Following the saved choice is said on stderr."""
    if args.database or os.environ.get(DATABASE_ENV):
        return choose_database(args.database)
    choice = choose_database(None, _saved_database())
    if choice.source == "settings":
        print(
            "pos-admin: the database this computer's Counter POS is set to: "
            f"{masked_url(choice.url)} "
            "(--database URL for another)",
            file=sys.stderr,
        )
    return choice


@contextmanager
def _open(args: argparse.Namespace, *, migrate: bool = True) -> Iterator[tuple[Database, Services]]:
    """The chosen database, migrated to head unless asked not to; closed afterwards."""
    choice = _choose(args)
    prepare_sqlite_path(choice.url)
    db = Database(choice.url)
    try:
        if migrate:
            upgrade_to_head(db)
        yield db, build_services(db)
    finally:
        db.dispose()


def _read_password(prompt: str, *, repeat: bool = True) -> str:
    if sys.stdin.isatty():
        first = getpass.getpass(prompt)
        if repeat and getpass.getpass("Repeat the password: ") != first:
            raise PosError("The two passwords differ; nothing was changed")
        return first
    return sys.stdin.readline().rstrip("\r\n")


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    with _open(args) as (db, _):
        print(f"{db.location}: schema {current_revision(db)} (head {head_revision()})")
    return 0


def cmd_db_current(args: argparse.Namespace) -> int:
    with _open(args, migrate=False) as (db, _):
        print(current_revision(db) or "empty (no schema yet)")
    return 0


def cmd_db_provision_roles(args: argparse.Namespace) -> int:
    with _open(args, migrate=False) as (db, _):
        # Refused on SQLite before asking for passwords or creating and migrating a file.
        require_postgresql(db)
        owner_password = _read_password(f"Password for {args.owner} (empty: none): ", repeat=False)
        app_password = _read_password(f"Password for {args.app} (empty: none): ", repeat=False)
        upgrade_to_head(db)
        for line in provision_roles(db, args.owner, args.app, owner_password, app_password):
            print(line)
    print(
        f"Counters connect as {args.app}; run 'pos-admin db upgrade' as {args.owner}, "
        "then this command again after an upgrade that adds tables."
    )
    return 0


def cmd_user_add(args: argparse.Namespace) -> int:
    password = _read_password(f"Password for {args.username}: ")
    with _open(args) as (_, services):
        member = services.staff.create(
            OPERATOR,
            username=args.username,
            password=password,
            name=args.name or args.username,
            role=args.role,
        )
    print(f"Created {member.role.value} '{member.username}' (#{member.id})")
    return 0


def cmd_user_unlock(args: argparse.Namespace) -> int:
    """Lift a lockout now, as the Staff workspace's Unlock does (audited)."""
    wanted = args.username.strip().lower()
    with _open(args) as (_, services):
        for account in services.staff.locked(OPERATOR):
            if account.username == wanted:
                services.staff.unlock(OPERATOR, account.id)
                print(f"Unlocked '{account.username}': they can sign in again")
                return 0
    raise PosError(f"No account named '{args.username}' is locked out; nothing was changed")


def cmd_demo_data(args: argparse.Namespace) -> int:
    with _open(args) as (_, services):
        summary = services.demo.generate(
            OPERATOR,
            products=args.products,
            customers=args.customers,
            sales=args.sales,
            reviews=args.reviews,
            seed=args.seed,
        )
    print(
        f"Added {summary.products} products, {summary.customers} customers, "
        f"{summary.sales} sales and {summary.reviews} reviews. "
        f"Demo customers sign in with the password '{summary.customer_password}'."
    )
    return 0


def cmd_health(args: argparse.Namespace) -> int:
    choice = _choose(args)
    try:
        db = Database(choice.url)
    except PosError as exc:
        print(json.dumps({"ok": False, "error": exc.message, "database": masked_url(choice.url)}))
        return 1
    try:
        report = build_services(db).health.check(OPERATOR)
    finally:
        db.dispose()
    print(json.dumps(asdict(report), sort_keys=True))
    return 0 if report.ok else 1


def _category_id(services: Services, name: str) -> int:
    """The category named ``name`` (ignoring case)."""
    wanted = name.strip().casefold()
    for category in services.inventory.categories(OPERATOR):
        if category.name.casefold() == wanted:
            return category.id
    raise PosError(f"There is no category '{name}'")


def cmd_categories(args: argparse.Namespace) -> int:
    """List, add, rename, retire or reactivate product categories."""
    with _open(args) as (_, services):
        inventory, action = services.inventory, args.categories_command
        if action == "list":
            for category in inventory.categories(OPERATOR):
                state = "active" if category.active else "retired"
                print(f"{category.name}\t{state}\t{category.products} products")
            return 0
        if action == "add":
            done = inventory.add_category(OPERATOR, args.name)
            print(f"Added category '{done.name}'")
        elif action == "rename":
            done = inventory.rename_category(
                OPERATOR, _category_id(services, args.name), args.new_name
            )
            print(f"Renamed '{args.name}' to '{done.name}' ({done.products} products follow)")
        else:
            active = action == "reactivate"
            done = inventory.set_category_active(
                OPERATOR, _category_id(services, args.name), active
            )
            print(f"{'Reactivated' if active else 'Retired'} category '{done.name}'")
    return 0


def _saved_store() -> StoreHeading:
    """The store's name and address as this computer's counter saved them (Settings), as
    the desktop app's receipts print them."""
    from PySide6.QtCore import QSettings  # noqa: PLC0415 (only this command needs Qt)

    saved = QSettings(APP_NAME, APP_NAME)
    name, address = saved.value(STORE_NAME_KEY, ""), saved.value(STORE_ADDRESS_KEY, "")
    return StoreHeading(
        name if isinstance(name, str) and name.strip() else DEFAULT_STORE_NAME,
        address if isinstance(address, str) else "",
    )


def cmd_receipt(args: argparse.Namespace) -> int:
    """Print (again) a sale's receipt on an ESC/POS printer or into a file."""
    # python-escpos takes a third of a second to import: only this command pays for it.
    from pos_app.devices.escpos_receipt import print_receipt  # noqa: PLC0415

    connection = parse_connection(args.escpos)
    saved = StoreHeading("", "")
    if args.store_name is None or args.store_address is None:
        saved = _saved_store()
    store = StoreHeading(
        saved.name if args.store_name is None else args.store_name,
        saved.address if args.store_address is None else args.store_address,
    )
    with _open(args) as (_, services):
        sale = services.sales.get(OPERATOR, args.sale)
    sent = print_receipt(connection, sale, store, args.width, copy=args.copy)
    print(f"Printed the receipt of sale {sale.id} ({args.width} mm, {sent} bytes) on {connection}")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    """A consistent copy of the store's database while the counters sell."""
    from pos_app.services.backup import backup_database  # noqa: PLC0415

    choice = _choose(args)
    report = backup_database(choice.url, args.file)
    print(f"Backed up {report.backend} to {report.describe()}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """A backup into a new, empty database (never over one with anything in it)."""
    from pos_app.services.backup import restore_database  # noqa: PLC0415

    if not args.database:
        raise PosError("Say which new, empty database to restore into: --database URL")
    prepare_sqlite_path(args.database)
    report = restore_database(args.file, args.database)
    print(f"Restored {args.file} into {report.describe()}")
    return 0


def _add_backup_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    backup = commands.add_parser(
        "backup",
        parents=[common],
        help="a consistent copy of the database while counters sell (SQLite: the online "
        "backup API; PostgreSQL: pg_dump --format=custom, or where pg_dump is missing "
        "pos-admin's own COPY archive)",
    )
    backup.add_argument("file", metavar="FILE", help="the new backup file (must not exist)")
    backup.set_defaults(run=cmd_backup)
    restore = commands.add_parser(
        "restore",
        parents=[common],
        help="restore a backup into a new, empty database given by --database (required)",
    )
    restore.add_argument("file", metavar="FILE", help="a file made by 'pos-admin backup'")
    restore.set_defaults(run=cmd_restore)


def _add_user_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    user = commands.add_parser("user", help="staff accounts").add_subparsers(
        dest="user_command", required=True
    )
    add = user.add_parser(
        "add", parents=[common], help="add a staff account (password is prompted)"
    )
    add.add_argument("username")
    add.add_argument("--role", choices=["cashier", "manager", "admin"], required=True)
    add.add_argument("--name", help="display name (default: the username)")
    add.set_defaults(run=cmd_user_add)
    unlock = user.add_parser(
        "unlock", parents=[common], help="lift a lockout after too many failed sign-ins"
    )
    unlock.add_argument("username")
    unlock.set_defaults(run=cmd_user_unlock)


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--database",
        metavar="URL",
        default=argparse.SUPPRESS,
        help="sqlite:///path/to/file.db or postgresql+psycopg://user@host/db "
        "(default: POS_DATABASE_URL, else the database the desktop app is set to, "
        "else this computer's file)",
    )
    parser = argparse.ArgumentParser(prog="pos-admin", description=__doc__, parents=[common])
    commands = parser.add_subparsers(dest="command", required=True)

    db = commands.add_parser("db", help="schema migrations").add_subparsers(
        dest="db_command", required=True
    )
    db.add_parser("upgrade", parents=[common], help="migrate to the newest schema").set_defaults(
        run=cmd_db_upgrade
    )
    db.add_parser("current", parents=[common], help="print the schema revision").set_defaults(
        run=cmd_db_current
    )
    roles = db.add_parser(
        "provision-roles",
        parents=[common],
        help="PostgreSQL: an owner role for migrations and a least-privilege role for counters",
    )
    roles.add_argument("--owner", default="pos_owner")
    roles.add_argument("--app", default="pos_app")
    roles.set_defaults(run=cmd_db_provision_roles)
    add_books_command(db, common)

    _add_user_commands(commands, common)

    demo = commands.add_parser(
        "demo-data", parents=[common], help="add demo products, customers, sales and reviews"
    )
    demo.add_argument("--products", type=int, default=200)
    demo.add_argument("--customers", type=int, default=50)
    demo.add_argument("--sales", type=int, default=300)
    demo.add_argument("--reviews", type=int, default=100)
    demo.add_argument("--seed", type=int, default=1)
    demo.set_defaults(run=cmd_demo_data)

    commands.add_parser(
        "health", parents=[common], help="JSON health report; non-zero exit if unhealthy"
    ).set_defaults(run=cmd_health)

    add_products_commands(commands, common)

    categories = commands.add_parser(
        "categories", help="product categories: list, add, rename, retire, reactivate"
    ).add_subparsers(dest="categories_command", required=True)
    categories.add_parser("list", parents=[common], help="every category").set_defaults(
        run=cmd_categories
    )
    for action, text in (
        ("add", "add a category"),
        ("retire", "retire a category (its products keep it)"),
        ("reactivate", "offer a retired category again"),
    ):
        sub = categories.add_parser(action, parents=[common], help=text)
        sub.add_argument("name")
        sub.set_defaults(run=cmd_categories)
    rename = categories.add_parser("rename", parents=[common], help="rename a category")
    rename.add_argument("name")
    rename.add_argument("new_name")
    rename.set_defaults(run=cmd_categories)

    receipt = commands.add_parser(
        "receipt", parents=[common], help="print a sale's receipt again on an ESC/POS printer"
    )
    receipt.add_argument("sale", type=int, metavar="SALE_NUMBER")
    receipt.add_argument(
        "--escpos",
        required=True,
        metavar="DEVICE_OR_FILE",
        help="a device or file path, network:HOST[:PORT], serial:PORT[:BAUD] or usb:VENDOR:PRODUCT",
    )
    receipt.add_argument(
        "--width",
        type=int,
        choices=sorted(PAPER_COLUMNS),
        default=80,
        help="paper width in mm (default: 80)",
    )
    receipt.add_argument("--copy", action="store_true", help="mark the receipt as a copy")
    receipt.add_argument("--store-name", help="default: the name this counter saved")
    receipt.add_argument("--store-address", help="default: the address this counter saved")
    receipt.set_defaults(run=cmd_receipt)
    _add_backup_commands(commands, common)
    add_audit_commands(commands, common)
    add_outbox_commands(commands, common)
    add_counters_commands(commands, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if not hasattr(args, "database"):
        args.database = None
    log_path = setup_logging()
    run: Callable[[argparse.Namespace], int] = args.run
    try:
        return run(args)
    except PosError as exc:
        log.warning("pos-admin %s failed: %s", args.command, exc.message)
        print(f"error: {exc.message}", file=sys.stderr)
        return 1
    except Exception:
        log.exception("pos-admin %s crashed", args.command)
        print(f"error: something went wrong; the details are in {log_path}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
