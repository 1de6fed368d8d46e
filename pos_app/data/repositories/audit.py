"""The audit trail: ``append`` is its only writer in Python (besides the sale's SQL
function), and the one place that fits values to the columns."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select

from pos_app.data.changes import AUDIT
from pos_app.data.models import AuditEntry, utcnow
from pos_app.data.repositories.base import Repository

NAME_MAX = 64  #: actor_username, counter, record_id
TYPE_MAX = 32  #: record_type
DETAIL_MAX = 500


class AuditLog(Repository):
    def append(
        self,
        *,
        action: str,
        outcome: str,
        actor_id: int | None,
        actor_username: str,
        counter: str,
        record_type: str = "",
        record_id: object = "",
        detail: str = "",
        created_at: datetime | None = None,
    ) -> None:
        """Add an audit row to this transaction. Never put a secret in ``detail``."""
        self.tx.check_writable()
        self.tx.touch(AUDIT)
        self.session.add(
            AuditEntry(
                created_at=created_at or utcnow(),
                actor_id=actor_id,
                actor_username=actor_username[:NAME_MAX],
                action=action,
                outcome=outcome,
                counter=counter[:NAME_MAX],
                record_type=record_type[:TYPE_MAX],
                record_id=str(record_id)[:NAME_MAX],
                detail=detail[:DETAIL_MAX],
            )
        )

    def page(
        self,
        username: str,
        action: str | None,
        record: str,
        since: datetime | None,
        until: datetime | None,
        offset: int,
        limit: int,
        after: Sequence[Any] | None = None,
    ) -> tuple[list[AuditEntry], int]:
        """Entries newest first and how many match; ``after`` (the id of the last entry
        shown, as a 1-tuple) starts past it through the primary key, not by skipping."""
        query = select(AuditEntry)
        if username:
            query = query.where(AuditEntry.actor_username == username)
        if action:
            query = query.where(AuditEntry.action == action)
        if record:
            kind, _, key = record.partition(":")
            query = query.where(AuditEntry.record_type == kind)
            if key:
                query = query.where(AuditEntry.record_id == key)
        if since is not None:
            query = query.where(AuditEntry.created_at >= since)
        if until is not None:
            query = query.where(AuditEntry.created_at < until)
        query = query.order_by(AuditEntry.id.desc())
        total = self._count(query)
        if after is not None:
            query = query.where(AuditEntry.id < after[0])
        return list(self.session.scalars(query.offset(offset).limit(limit))), total

    def has(self, *, action: str, outcome: str, record_type: str, record_id: object) -> bool:
        """Whether the trail holds a row of ``action`` with ``outcome`` about that record
        (through the index on record_type, record_id)."""
        found = self.session.scalar(
            select(AuditEntry.id)
            .where(
                AuditEntry.record_type == record_type,
                AuditEntry.record_id == str(record_id),
                AuditEntry.action == action,
                AuditEntry.outcome == outcome,
            )
            .limit(1)
        )
        return found is not None
