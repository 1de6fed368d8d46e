"""What the server keeps of the sales a counter made while it could not reach it
(migration 0010; see its docstring for why a side table and not columns on ``sales``)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text
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
