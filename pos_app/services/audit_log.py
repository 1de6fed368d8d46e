"""The audit trail: who did what, when, at which counter, with what outcome.

Rows are written in the same transaction as the action they record, so an action and
its audit row commit together or not at all. Refusals (a permission denied, a failed
sign-in) are written in a transaction of their own, since the action never happened.
Nothing here updates or deletes a row, and the database refuses it anyway (triggers).
"""

from __future__ import annotations

import logging

from pos_app.data import models, pricing_models
from pos_app.data.database import Database
from pos_app.data.transaction import Transaction
from pos_app.domain.enums import AuditAction, AuditOutcome
from pos_app.domain.errors import PosError
from pos_app.services.records import Actor, AuditRecord

log = logging.getLogger(__name__)

DETAIL_MAX = 500


def record(
    tx: Transaction,
    actor: Actor | None,
    action: AuditAction,
    *,
    record_type: str = "",
    record_id: object = "",
    detail: str = "",
    outcome: AuditOutcome = AuditOutcome.OK,
    username: str | None = None,
) -> None:
    """Add an audit row to the transaction of ``store``. Never put a secret in ``detail``."""
    tx.audit.append(
        actor_id=actor.account_id if actor else None,
        actor_username=username if username is not None else actor.username if actor else "",
        action=action.value,
        outcome=outcome.value,
        counter=actor.counter if actor else "",
        record_type=record_type,
        record_id=record_id,
        detail=detail,
    )


#: What the audit trail calls a row of each table it records changes to.
RECORD_TYPES: dict[type, str] = {
    models.Account: "account",
    models.Product: "product",
    models.ProductCategory: "category",
    models.Review: "review",
    models.DayClosing: "day_closing",
    pricing_models.TaxRate: "tax_rate",
    pricing_models.Promotion: "promotion",
}


Audited = (
    models.Account
    | models.Product
    | models.ProductCategory
    | models.Review
    | models.DayClosing
    | pricing_models.TaxRate
    | pricing_models.Promotion
)


def record_on(
    tx: Transaction, actor: Actor | None, action: AuditAction, row: Audited, detail: str = ""
) -> None:
    """An audit row about ``row`` (an account, product, category, review or day closing)."""
    record(tx, actor, action, record_type=RECORD_TYPES[type(row)], record_id=row.id, detail=detail)


def record_now(
    db: Database,
    actor: Actor | None,
    action: AuditAction,
    *,
    outcome: AuditOutcome,
    detail: str = "",
    username: str | None = None,
    record_type: str = "",
    record_id: object = "",
) -> None:
    """Write one audit row in its own transaction; a failure to do so is logged, not
    raised, so that the refusal the caller is reporting still reaches the person."""
    try:
        db.write(
            lambda tx: record(
                tx,
                actor,
                action,
                outcome=outcome,
                detail=detail,
                username=username,
                record_type=record_type,
                record_id=record_id,
            )
        )
    except PosError as exc:
        log.warning("could not write the audit row for %s: %s", action.value, exc.message)


def to_record(entry: models.AuditEntry) -> AuditRecord:
    return AuditRecord(
        id=entry.id,
        created_at=entry.created_at,
        actor_username=entry.actor_username,
        action=AuditAction(entry.action),
        outcome=AuditOutcome(entry.outcome),
        counter=entry.counter,
        record_type=entry.record_type,
        record_id=entry.record_id,
        detail=entry.detail,
    )
