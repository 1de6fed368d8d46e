"""What the server keeps of the sales a counter made while it could not reach it
(migration 0010; see its docstring for why a side table and not columns on ``sales``),
and what a manager wrote resolving them (migration 0013)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from pos_app.data.models import Base, UTCDateTime, utcnow


class OfflineSale(Base):
    """A synced offline sale: its counter's number and clock, when it arrived, and what
    the outage made it (oversold: it took stock below zero; price_changed: a product had
    another price when it arrived, and the sale kept the counter's)."""

    __tablename__ = "offline_sales"

    sale_id: Mapped[int] = mapped_column(ForeignKey("sales.id"), primary_key=True)
    counter_number: Mapped[str] = mapped_column(String(40), unique=True)
    counter_created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    oversold: Mapped[bool] = mapped_column(Boolean, default=False)
    price_changed: Mapped[bool] = mapped_column(Boolean, default=False)


class OfflineConflict(Base):
    """A sale a sync could not settle on its own, for a manager: a UUID that came again
    with other content (``sale_id``: the sale the server has under it)."""

    __tablename__ = "offline_conflicts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sale_uuid: Mapped[str] = mapped_column(String(36), index=True)
    counter_number: Mapped[str] = mapped_column(String(40))
    sale_id: Mapped[int | None] = mapped_column(ForeignKey("sales.id"), nullable=True)
    reason: Mapped[str] = mapped_column(String(500))
    body: Mapped[str] = mapped_column(Text)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class OfflineResolution(Base):
    """A manager's resolution (migration 0013) of exactly one flagged offline sale or one
    conflict, with their note; each is resolved once. Append-only."""

    __tablename__ = "offline_resolutions"
    __table_args__ = (
        CheckConstraint(
            "(offline_sale_id IS NOT NULL AND conflict_id IS NULL) "
            "OR (offline_sale_id IS NULL AND conflict_id IS NOT NULL)",
            name="one_subject",
        ),
        CheckConstraint("length(trim(note)) > 0", name="note_not_blank"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    offline_sale_id: Mapped[int | None] = mapped_column(
        ForeignKey("offline_sales.sale_id"), unique=True, nullable=True
    )
    conflict_id: Mapped[int | None] = mapped_column(
        ForeignKey("offline_conflicts.id"), unique=True, nullable=True
    )
    resolved_by_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"))
    resolved_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    note: Mapped[str] = mapped_column(String(500))
