"""Store-credit leases (issue 15, migration 0015): a part of a customer's wallet reserved,
while the server is reachable, for one counter to spend offline.

The unused part of every open lease (``reserved_cents - used_cents``) is also counted in
``wallets.leased_cents``, which the database keeps at or below the balance: online
spending takes only what is above it, so a counter spending its lease offline can never
take the wallet below zero. Only ``pos_app.data.repositories.credit_leases`` (with the
wallet writer) and ``pos_record_sale`` change either.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, CheckConstraint, ForeignKey, Index, Integer, String, text
from sqlalchemy.orm import Mapped, mapped_column

from pos_app.data.models import Base, UTCDateTime, utcnow


class CreditLease(Base):
    """One counter's reservation on one customer's wallet: ``reserved_cents`` taken aside
    (it grows when renewed), ``used_cents`` of it spent by that counter's synced offline
    sales, until ``expires_at`` (the counter stops spending it then). ``closed_at`` is set
    once, when its unused part goes back to the wallet."""

    __tablename__ = "credit_leases"
    __table_args__ = (
        CheckConstraint("reserved_cents >= 0", name="reserved_not_negative"),
        CheckConstraint("used_cents >= 0 AND used_cents <= reserved_cents", name="used_within"),
        CheckConstraint("length(counter) >= 1", name="counter"),
        # At most one open lease per customer and counter.
        Index(
            "uq_credit_leases_open",
            "customer_id",
            "counter",
            unique=True,
            sqlite_where=text("closed_at IS NULL"),
            postgresql_where=text("closed_at IS NULL"),
        ),
        Index("ix_credit_leases_expires_at", "expires_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="RESTRICT"))
    counter: Mapped[str] = mapped_column(String(64))
    reserved_cents: Mapped[int] = mapped_column(BigInteger)
    used_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
