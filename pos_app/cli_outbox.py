"""pos-admin outbox: the last resort for a counter's offline sales (README, "Last resort").
``outbox export`` copies the sales a counter file holds that the server has not confirmed
into one file; ``outbox import`` adds them to this computer's outbox, where the sync
worker sends them; ``outbox sync`` sends them now. ``pos_app.cli`` registers these with
``add_outbox_commands``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from pos_app.data.counter_file import CounterFile
from pos_app.services import COUNTER_FILE
from pos_app.services.outbox_transfer import ExportReport, ImportReport, OutboxTransferService
from pos_app.services.records import Actor
from pos_app.settings import data_dir

OPERATOR = Actor.system()


def _counter_file(args: argparse.Namespace) -> Path:
    if args.counter_file:
        return Path(args.counter_file).expanduser()
    return data_dir() / COUNTER_FILE


def _transfer(path: Path) -> OutboxTransferService:
    return OutboxTransferService(CounterFile(path))


def export_lines(report: ExportReport) -> list[str]:
    counter = f"counter {report.counter}" if report.counter else "the counter file"
    return [
        f"Exported {report.sales} sale(s) of {counter} to {report.path}:",
        f"  {report.waiting} waiting to be sent",
        f"  {report.set_aside} refused by the server and {report.conflicts} in conflict "
        "(for the record)",
        "Nothing was changed in the counter file.",
    ]


def import_lines(report: ImportReport) -> list[str]:
    counter = f"counter {report.counter}" if report.counter else "another counter"
    lines = [
        f"Imported {len(report.added)} sale(s) of {counter} (exported {report.exported_at}) "
        f"from {report.path}; {report.waiting} of them will be sent to the server.",
    ]
    if report.added:
        lines.append("  " + ", ".join(report.added))
    if report.already:
        lines.append(f"{report.already} sale(s) of the file were here already: not added again.")
    return lines


def cmd_outbox_export(args: argparse.Namespace) -> int:
    source = _counter_file(args)
    report = _transfer(source).export(OPERATOR, args.file, source=source, counter=args.counter)
    print("\n".join(export_lines(report)))
    return 0


def cmd_outbox_import(args: argparse.Namespace) -> int:
    report = _transfer(_counter_file(args)).import_file(OPERATOR, args.file)
    print("\n".join(import_lines(report)))
    return 0


def cmd_outbox_sync(args: argparse.Namespace) -> int:
    from pos_app.cli import _open  # noqa: PLC0415 (pos_app.cli imports this module)
    from pos_app.services.offline import OfflineSalesService  # noqa: PLC0415

    with _open(args) as (db, _):
        offline = OfflineSalesService(db, CounterFile(_counter_file(args)))
        report = offline.sync_once(args.max)
    print(
        f"Sent {report.sent} sale(s); {report.already_there} were on the server already; "
        f"{report.set_aside} set aside, {report.conflicts} in conflict; "
        f"{report.waiting} still waiting."
    )
    if report.message:
        print(report.message)
    return 1 if report.unreachable else 0


def add_outbox_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    """``outbox export``, ``outbox import`` and ``outbox sync`` under ``commands`` (the
    subparsers of pos-admin); ``sync`` takes the ``common`` options (--database): the
    other two touch no database."""
    outbox = commands.add_parser(
        "outbox", help="a counter's offline sales: export, import at another counter, send"
    ).add_subparsers(dest="outbox_command", required=True)
    file_help = "the counter's own file (default: this computer's, counter.sqlite)"
    export = outbox.add_parser(
        "export",
        help="write the sales a counter file holds that the server has not confirmed to FILE "
        "(the counter file is not changed)",
    )
    export.add_argument("--counter-file", metavar="PATH", help=file_help)
    export.add_argument("--counter", default="", help="the counter's code (default: its sales')")
    export.add_argument("file", metavar="FILE")
    export.set_defaults(run=cmd_outbox_export)
    imp = outbox.add_parser(
        "import",
        help="add FILE's sales to this counter's outbox (all or none; twice adds nothing)",
    )
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--counter-file", metavar="PATH", help=file_help)
    imp.set_defaults(run=cmd_outbox_import)
    sync = outbox.add_parser(
        "sync", parents=[common], help="send the counter file's waiting sales to the server now"
    )
    sync.add_argument("--counter-file", metavar="PATH", help=file_help)
    sync.add_argument("--max", type=int, default=10_000, help="at most this many (10,000)")
    sync.set_defaults(run=cmd_outbox_sync)
