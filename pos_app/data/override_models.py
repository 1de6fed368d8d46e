"""A manager's override the server saw (issue 16, migration 0020): one row per override
typed at a counter on PostgreSQL, written by the owner's ``pos_grant_override`` once it
checked the manager's password. It lets the session it was given to do that one matrix
operation in ONE transaction: the first that needs it binds it (``txid``), and an unbound
grant lapses after ``GRANT_MINUTES`` (migration 0020). Only the owner's functions read or
write it; the counters' role has no privilege on it. SQLite has the table too, unused.

Imported at the end of ``models``.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from pos_app.data.models import Base, UTCDateTime, utcnow


class OverrideGrant(Base):
    """A manager's authorisation of ``op`` for the cashier's session ``session_id``."""

    __tablename__ = "override_grants"
    __table_args__ = (Index("ix_override_grants_session_id", "session_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("staff_sessions.id", ondelete="CASCADE"))
    op: Mapped[str] = mapped_column(String(40))
    signer_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    granted_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    #: The transaction that used it (None: not used yet).
    txid: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
