"""The Conflicts view's service (issue 15): what an outage made the server accept without
settling it, for a manager to read and resolve.

Two kinds of subject, one list (``issues``), open ones first:

- **a flagged offline sale**: recorded at sync whatever the stock and the price were then
  (migration 0010), and flagged oversold (it took a product below zero: which ones, and
  to what) or price changed (a line charged another price than the product has now: the
  sale keeps what the counter charged);
- **a conflict**: a sale's UUID that came again with other content; the server keeps
  the sale it recorded first, and the other content is kept beside it.

``resolve`` writes a manager's resolution with their note (required) and its audit row
in one transaction; a subject is resolved once (``offline_resolutions``' UNIQUE decides
between two managers pressing at once).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from pos_app.data.counter_file import CounterFile, CounterFileError
from pos_app.data.database import Database, UniqueViolation
from pos_app.data.outbox import SET_ASIDE, Outbox, OutboxRow
from pos_app.data.repositories.offline_sales import ConflictRow, FlaggedSaleRow, ResolutionRow
from pos_app.data.transaction import Transaction
from pos_app.domain import rules
from pos_app.domain.enums import AuditAction
from pos_app.domain.errors import (
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from pos_app.domain.money import from_cents
from pos_app.services.audit_log import record
from pos_app.services.base import Service, check_id
from pos_app.services.passwords import PasswordHasher
from pos_app.services.permissions import Op, authorize
from pos_app.services.records import Actor

#: The longest note a resolution keeps (the column's size).
NOTE_MAX = 500
#: The most of each kind the view lists at once.
LIST_MAX = 1000
#: What a refused sale's conflict row says first (then the server's reason).
REFUSED_REASON = "Refused by the server at sync"

log = logging.getLogger(__name__)


class IssueKind(StrEnum):
    """What a Conflicts row is about."""

    OFFLINE_SALE = "offline_sale"  #: a synced offline sale flagged oversold or price changed
    CONFLICT = "offline_conflict"  #: a sale's UUID that came again with other content
    #: a sale the server refused at sync (set aside in this counter's outbox); once
    #: resolved it is kept on the server as a conflict without a sale
    REFUSED = "offline_refused"


@dataclass(frozen=True)
class PriceDifference:
    product: str
    charged: Decimal  #: the unit price the counter charged (the sale keeps it)
    now: Decimal  #: the product's shelf price now


@dataclass(frozen=True)
class OfflineIssue:
    """One row of the Conflicts view. ``subject_id``: the sale's id for a flagged sale,
    the conflict's id for a conflict; ``sale_id``: the sale the server keeps (a conflict's
    may be None). ``below_zero``: (product, stock after this sale) for each product the
    sale took below zero."""

    kind: IssueKind
    subject_id: int
    counter_number: str
    sale_uuid: str
    sale_id: int | None
    received_at: datetime
    sold_at: datetime | None = None
    total: Decimal | None = None
    cashier: str = ""
    oversold: bool = False
    price_changed: bool = False
    below_zero: tuple[tuple[str, int], ...] = ()
    prices: tuple[PriceDifference, ...] = ()
    resolved_by: str = ""
    resolved_at: datetime | None = None
    note: str = ""
    #: Why the server refused it (a refused sale, or a conflict without a sale).
    reason: str = ""

    @property
    def resolved(self) -> bool:
        return self.resolved_at is not None


def _resolved(resolution: ResolutionRow | None) -> dict[str, object]:
    if resolution is None:
        return {}
    return {
        "resolved_by": resolution.resolved_by,
        "resolved_at": resolution.resolved_at,
        "note": resolution.note,
    }


def _issue(
    kind: IssueKind,
    subject_id: int,
    row: FlaggedSaleRow | ConflictRow | OutboxRow,
    received_at: datetime,
    sale_id: int | None,
    **rest: Any,
) -> OfflineIssue:
    """The issue ``subject_id`` of ``kind``, about the sale ``row`` names by its number and
    UUID, received (or, refused, sold) at ``received_at``, recorded as ``sale_id`` if it
    was; ``rest``: what this kind tells of it."""
    return OfflineIssue(
        kind=kind,
        subject_id=subject_id,
        counter_number=row.counter_number,
        sale_uuid=row.sale_uuid,
        received_at=received_at,
        sale_id=sale_id,
        **rest,
    )


def _sale_issue(row: FlaggedSaleRow) -> OfflineIssue:
    return _issue(
        IssueKind.OFFLINE_SALE,
        row.sale_id,
        row,
        row.received_at,
        row.sale_id,
        sold_at=row.sold_at,
        total=from_cents(row.total_cents),
        cashier=row.cashier,
        oversold=row.oversold,
        price_changed=row.price_changed,
        below_zero=row.below_zero,
        prices=tuple(
            PriceDifference(name, from_cents(charged), from_cents(now))
            for name, charged, now in row.prices
        ),
        **_resolved(row.resolution),
    )


def _conflict_issue(row: ConflictRow) -> OfflineIssue:
    """A conflict: a UUID again with other content (``sale_id``: the sale kept), or
    (``sale_id`` None) a refused sale a manager resolved, with why it was refused."""
    refused = row.sale_id is None
    return _issue(
        IssueKind.CONFLICT,
        row.id,
        row,
        row.received_at,
        row.sale_id,
        reason=row.reason.removeprefix(f"{REFUSED_REASON}: ") if refused else "",
        **_resolved(row.resolution),
    )


def _refused_issue(row: OutboxRow) -> OfflineIssue:
    sold_at = datetime.fromisoformat(row.created_at)
    return _issue(
        IssueKind.REFUSED,
        row.seq,
        row,
        sold_at,
        None,
        sold_at=sold_at,
        total=from_cents(row.total_cents),
        reason=row.last_error,
    )


def _find(tx: Transaction, kind: IssueKind, subject_id: int) -> OfflineIssue:
    if kind is IssueKind.OFFLINE_SALE:
        sale = tx.offline_sales.flagged_sale(subject_id)
        if sale is not None:
            return _sale_issue(sale)
        raise NotFoundError(f"No flagged offline sale #{subject_id}")
    conflict = tx.offline_sales.conflict(subject_id)
    if conflict is None:
        raise NotFoundError(f"No offline conflict #{subject_id}")
    return _conflict_issue(conflict)


def _what(issue: OfflineIssue) -> str:
    """The audit row's words for the subject (the trail is in the store's language)."""
    if issue.kind is IssueKind.CONFLICT:
        return f"conflict #{issue.subject_id} ({issue.counter_number}, sale {issue.sale_uuid})"
    if issue.kind is IssueKind.REFUSED:
        return f"refused offline sale {issue.counter_number} (sale {issue.sale_uuid})"
    flags = [
        f for f, on in (("oversold", issue.oversold), ("price changed", issue.price_changed)) if on
    ]
    return f"offline sale {issue.counter_number} (sale #{issue.sale_id}, {', '.join(flags)})"


class OfflineConflictService(Service):
    """List the flagged offline sales and the conflicts; resolve one with a note.
    ``file``: this counter's own file, whose outbox holds the sales the server refused at
    sync (set aside) until a manager resolves them."""

    def __init__(self, db: Database, hasher: PasswordHasher, file: CounterFile | None = None):
        super().__init__(db, hasher)
        self._outbox = Outbox(file) if file is not None else None

    def issues(self, actor: Actor | None, limit: int = LIST_MAX) -> list[OfflineIssue]:
        """Every flagged offline sale and conflict (up to ``limit`` of each), and this
        counter's sales the server refused: open ones first, then the newest first."""
        authorize(actor, Op.OFFLINE_RESOLVE)
        count = max(1, min(int(limit), LIST_MAX))

        def work(tx: Transaction) -> list[OfflineIssue]:
            sales = [_sale_issue(r) for r in tx.offline_sales.flagged_sales(count)]
            conflicts = [_conflict_issue(r) for r in tx.offline_sales.conflicts_to_resolve(count)]
            return sales + conflicts

        found = self._db.read(work)
        on_server = {(i.sale_uuid, i.counter_number) for i in found}
        found += [
            i for i in self._refused(count) if (i.sale_uuid, i.counter_number) not in on_server
        ]
        found.sort(key=lambda i: i.received_at.timestamp(), reverse=True)
        found.sort(key=lambda i: i.resolved)  # stable: open first, newest first in each
        return found

    def _refused(self, limit: int) -> list[OfflineIssue]:
        """This counter's sales the server refused at sync (its own file's outbox)."""
        if self._outbox is None:
            return []
        try:
            rows = self._outbox.rows(SET_ASIDE, limit)
        except CounterFileError as exc:  # the server's issues are still worth showing
            log.error("the refused offline sales cannot be read: %s", exc)
            return []
        return [_refused_issue(r) for r in rows]

    def resolve(
        self, actor: Actor | None, kind: object, subject_id: object, note: object
    ) -> OfflineIssue:
        """Resolve one flagged sale, conflict or refused sale with ``note`` (required);
        audited in the same transaction. A second resolution of the same subject is
        refused. A refused sale is first kept on the server as a conflict (its content
        and why it was refused), which the resolution then names."""
        checked = authorize(actor, Op.OFFLINE_RESOLVE)
        by_id = checked.account_id
        if by_id is None:
            raise PermissionDeniedError("Sign in as a manager to resolve this")
        try:
            what = IssueKind(str(kind))
        except ValueError:
            raise ValidationError("Choose a flagged sale or a conflict to resolve") from None
        row_id = check_id(subject_id, "Offline issue")
        text = rules.required_text(note, "note", "A note saying what was done", NOTE_MAX)
        refused = self._refused_row(row_id) if what is IssueKind.REFUSED else None

        def work(tx: Transaction) -> tuple[IssueKind, int, OfflineIssue]:
            kind, subject = what, row_id
            if refused is not None:  # kept on the server from now on, as a conflict
                kind = IssueKind.CONFLICT
                subject = tx.offline_sales.add_conflict(
                    refused.sale_uuid,
                    refused.counter_number,
                    None,
                    f"{REFUSED_REASON}: {refused.last_error}",
                    refused.body,
                )
            issue = _find(tx, kind, subject)
            if issue.resolved:
                raise ConflictError(_already(issue))
            tx.offline_sales.add_resolution(
                offline_sale_id=subject if kind is IssueKind.OFFLINE_SALE else None,
                conflict_id=subject if kind is IssueKind.CONFLICT else None,
                by_id=by_id,
                note=text,
            )
            record(
                tx,
                checked,
                AuditAction.OFFLINE_RESOLVED,
                record_type=kind.value,
                record_id=subject,
                detail=f"{_what(issue)}: {text}"[:500],
            )
            return kind, subject, _find(tx, kind, subject)

        try:
            return self._db.write(work)[2]
        except UniqueViolation:  # another manager resolved it at the same moment
            if refused is not None:
                raise ConflictError("This was resolved already by another manager") from None
            issue = self._db.read(lambda tx: _find(tx, what, row_id))
            raise ConflictError(_already(issue)) from None

    def _refused_row(self, seq: int) -> OutboxRow:
        row = None
        if self._outbox is not None:
            try:
                row = self._outbox.row(seq)
            except CounterFileError as exc:
                raise ValidationError(
                    f"This counter's offline sales are unavailable ({exc})"
                ) from exc
        if row is None or row.state != SET_ASIDE:
            raise NotFoundError(f"No refused offline sale #{seq} at this counter")
        return row


def _already(issue: OfflineIssue) -> str:
    return f"This was resolved already by {issue.resolved_by}: {issue.note}"


# -- closing with sales still waiting (issue 15) ------------------------------------------


def checked_waiting(value: object) -> int:
    """How many sales this counter's outbox still holds, as a close is told (0: none)."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValidationError("The number of sales waiting is a whole number from 0 up")
    return value


def waiting_words(count: int) -> str:
    """What a close says (and its audit row keeps) when sales are still waiting."""
    sales = "sale" if count == 1 else "sales"
    verb = "has" if count == 1 else "have"
    return f"{count} {sales} made offline {verb} not reached the server"
