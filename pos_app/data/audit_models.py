"""The audit trail's tables (issue 16, migration 0014): the append-only rows, each with
the hash of its own content, and the chain that links them in id order.

Imported at the end of ``models`` (as a module: it may be half-imported already); the
classes are put on ``models`` as well, where the rest of the code has always found
``AuditEntry``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from pos_app.data import models
from pos_app.data.models import Base, UTCDateTime, _one_of, utcnow
from pos_app.domain.audit_chain import content_hash
from pos_app.domain.enums import AuditAction, AuditOutcome

HASH_LENGTH = 64


def _content_hash(context: Any) -> str:
    """The hash of the row being inserted (ORM and Core inserts alike): the columns'
    defaults come first in the table, so they are in the parameters already."""
    row = context.get_current_parameters()
    return content_hash(
        row["created_at"],
        row.get("actor_id"),
        row["actor_username"],
        row["action"],
        row["outcome"],
        row["counter"],
        row["record_type"],
        str(row["record_id"]),
        row["detail"],
    )


class AuditEntry(Base):
    """Append-only: who did what, when, where, with what outcome. Database triggers refuse
    UPDATE, DELETE (and TRUNCATE on PostgreSQL). Actor ids are plain numbers, not foreign
    keys, so that the trail outlives the accounts it names. ``content_hash`` is set on
    insert from the other columns (``pos_app.domain.audit_chain``)."""

    __tablename__ = "audit_entries"
    __table_args__ = (
        CheckConstraint(_one_of("action", AuditAction), name="action"),
        CheckConstraint(_one_of("outcome", AuditOutcome), name="outcome"),
        Index("ix_audit_entries_created_at", "created_at"),
        Index("ix_audit_entries_actor_username_created_at", "actor_username", "created_at"),
        Index("ix_audit_entries_action_created_at", "action", "created_at"),
        Index("ix_audit_entries_record_type_record_id", "record_type", "record_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    actor_username: Mapped[str] = mapped_column(String(64), default="")
    action: Mapped[str] = mapped_column(String(32))
    outcome: Mapped[str] = mapped_column(String(16), default=AuditOutcome.OK.value)
    counter: Mapped[str] = mapped_column(String(64), default="")
    record_type: Mapped[str] = mapped_column(String(32), default="")
    record_id: Mapped[str] = mapped_column(String(64), default="")
    detail: Mapped[str] = mapped_column(String(500), default="")
    content_hash: Mapped[str] = mapped_column(String(HASH_LENGTH), default=_content_hash)


class AuditChainLink(Base):
    """One audit row sealed into the chain: its content hash as the sealer read it, and
    ``chain_hash`` = link_hash(previous link's chain_hash, entry_id, content_hash).
    Links follow the entries' id order; append-only like the entries."""

    __tablename__ = "audit_chain"
    __table_args__ = (
        CheckConstraint(f"length(chain_hash) = {HASH_LENGTH}", name="chain_hash_length"),
    )

    entry_id: Mapped[int] = mapped_column(
        ForeignKey("audit_entries.id", ondelete="RESTRICT"), primary_key=True, autoincrement=False
    )
    content_hash: Mapped[str] = mapped_column(String(HASH_LENGTH))
    chain_hash: Mapped[str] = mapped_column(String(HASH_LENGTH))
    sealed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


models.AuditEntry = AuditEntry  # type: ignore[misc]
models.AuditChainLink = AuditChainLink  # type: ignore[misc]
