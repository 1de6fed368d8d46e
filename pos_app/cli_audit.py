"""pos-admin audit: seal and verify the tamper-evident audit trail (README, "Tamper-evident
audit trail"). ``pos_app.cli`` registers these with ``add_audit_commands``."""

from __future__ import annotations

import argparse
from typing import Any

from pos_app.data.audit_seal import ChainHead, ChainReport
from pos_app.services.audit import parse_head

#: ``audit verify`` when the chain is broken (a database error exits 1, a crash 2).
BROKEN = 3


def shown_head(head: ChainHead | None) -> str:
    """How a head is printed, to be written down or kept elsewhere: ID:HASH."""
    return f"{head.entry_id}:{head.chain_hash}" if head else "none (nothing sealed yet)"


def report_lines(report: ChainReport) -> list[str]:
    if report.broken is not None:
        return [
            f"The audit chain is BROKEN at audit row {report.broken.entry_id}: "
            f"{report.broken.problem}.",
            f"{report.links} row(s) before it are sealed and whole.",
        ]
    lines = [
        f"The audit chain is whole: {report.links} row(s) sealed.",
        f"Head: {shown_head(report.head)}",
    ]
    if report.unsealed:
        lines.append(
            f"{report.unsealed} row(s) written since the last seal are not sealed yet "
            "(their own hashes match)."
        )
    return lines


def cmd_audit_verify(args: argparse.Namespace) -> int:
    from pos_app.cli import OPERATOR, _open  # noqa: PLC0415 (pos_app.cli imports this module)

    expected = parse_head(args.expect) if args.expect else None
    with _open(args) as (_, services):
        report = services.audit.verify(OPERATOR, expected=expected, seal=not args.no_seal)
    print("\n".join(report_lines(report)))
    return BROKEN if report.broken is not None else 0


def cmd_audit_seal(args: argparse.Namespace) -> int:
    from pos_app.cli import OPERATOR, _open  # noqa: PLC0415 (pos_app.cli imports this module)

    with _open(args) as (_, services):
        sealed = services.audit.seal(OPERATOR)
    if sealed.postponed:
        print("Not sealed now: a transaction holding an audit row is still running; try again.")
        return 1
    print(f"Sealed {sealed.rows} audit row(s). Head: {shown_head(sealed.head)}")
    return 0


def add_audit_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    """``audit verify`` and ``audit seal`` under ``commands`` (the subparsers of
    pos-admin), each with the ``common`` options (--database)."""
    audit = commands.add_parser("audit", help="the tamper-evident audit trail").add_subparsers(
        dest="audit_command", required=True
    )
    verify = audit.add_parser(
        "verify",
        parents=[common],
        help="seal, then check the whole audit chain; exit 3 and name the first broken "
        "link if it is not whole",
    )
    verify.add_argument(
        "--expect",
        metavar="ID:HASH",
        help="a head printed earlier (by a day close or a previous verify; 8 or more hex "
        "digits of its hash): the chain must still hold it",
    )
    verify.add_argument("--no-seal", action="store_true", help="check only; seal nothing new first")
    verify.set_defaults(run=cmd_audit_verify)
    seal = audit.add_parser(
        "seal", parents=[common], help="link the audit rows written since the last seal"
    )
    seal.set_defaults(run=cmd_audit_seal)
