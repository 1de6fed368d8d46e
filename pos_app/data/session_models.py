"""Sessions the server verified (issue 16, migration 0017): one row per sign-in through
``pos_sign_in`` on PostgreSQL. Only the owner's functions read or write it; the counters'
role has no privilege on it. The token itself is never stored: ``token_hash`` is its
SHA-256 (hex). SQLite has the table too, unused: a one-counter file has no privilege
boundary to keep.

Imported at the end of ``models``.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from pos_app.data.models import Base, UTCDateTime, utcnow


class StaffSession(Base):
    """A signed-in session: whose, where, since when, last used, and when it ended (sign-out
    or replaced by the same person's next sign-in at that program)."""

    __tablename__ = "staff_sessions"
    __table_args__ = (Index("ix_staff_sessions_account_id", "account_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    counter: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class CounterIdentity(Base):
    """A counter the store trusts to record sales offline (migration 0023): registered by
    a manager's online sign-in there; only the SHA-256 of its secret is kept. Retired: no
    ticket is issued for it and none of its offline sales is accepted any more."""

    __tablename__ = "counters"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    secret_hash: Mapped[str] = mapped_column(String(64))
    registered_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("accounts.id", ondelete="SET NULL"), nullable=True
    )
    registered_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    retired_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class OfflineTicket(Base):
    """How a cashier's identity travels with an offline sale (migration 0023): issued at an
    online sign-in at a registered counter, bound to that counter and that account, valid
    until ``valid_until``; only the SHA-256 of its token is kept."""

    __tablename__ = "offline_tickets"
    __table_args__ = (
        Index("ix_offline_tickets_account_id", "account_id"),
        Index("ix_offline_tickets_session_id", "session_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    counter_id: Mapped[int] = mapped_column(ForeignKey("counters.id", ondelete="CASCADE"))
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    valid_until: Mapped[datetime] = mapped_column(UTCDateTime)
    #: The server session that got it (migration 0026): signing that session out ends it.
    session_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
