"""Tables of the cash drawer (issue 13): shifts and the drawer's cash movements.

A shift is one cashier's time at one counter, from the opening float to the blind close.
At most one shift is open per counter (a partial unique index decides a race). A sale,
a refund and a wallet top-up taken while a shift is open at their counter carry its id,
written in the same transaction, under a share lock of the shift row that the close
waits for: so each belongs to exactly one shift, and a close counts every one of them.
Counts by denomination are kept as JSON text ({"2000": 3, ...}: cents -> how many).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, CheckConstraint, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from pos_app.data.models import Base, UTCDateTime, _one_of, utcnow
from pos_app.domain.enums import CashMovementKind


class Shift(Base):
    __tablename__ = "shifts"
    __table_args__ = (
        CheckConstraint("opening_float_cents >= 0", name="float_not_negative"),
        CheckConstraint("counted_cash_cents IS NULL OR counted_cash_cents >= 0", name="counted"),
        CheckConstraint(
            "(closed_at IS NULL) = (counted_cash_cents IS NULL)", name="closed_has_count"
        ),
        Index(
            "uq_shifts_open_counter",
            "counter",
            unique=True,
            sqlite_where=text("closed_at IS NULL"),
            postgresql_where=text("closed_at IS NULL"),
        ),
        Index("ix_shifts_counter_opened_at", "counter", "opened_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    counter: Mapped[str] = mapped_column(String(64))
    opened_by_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"))
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    opening_float_cents: Mapped[int] = mapped_column(BigInteger)
    opening_count: Mapped[str] = mapped_column(Text, default="{}")
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    closed_by_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"), nullable=True)
    closing_count: Mapped[str | None] = mapped_column(Text, nullable=True)
    counted_cash_cents: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    #: The card terminal's total, as the cashier read it at the close (None: not read).
    counted_card_cents: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    expected_cash_cents: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    expected_card_cents: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    expected_wallet_cents: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    #: Counted less expected cash: + over, - short.
    over_short_cents: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    #: The manager who approved a difference above the store's limit.
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"), nullable=True)


class CashMovement(Base):
    """Cash put into (paid-in) or taken out of (paid-out) the drawer outside a sale, or
    the drawer opened with no money moving ("No sale"); each with its reason."""

    __tablename__ = "cash_movements"
    __table_args__ = (
        CheckConstraint(_one_of("kind", CashMovementKind), name="kind"),
        CheckConstraint("amount_cents >= 0", name="amount_not_negative"),
        CheckConstraint("(kind = 'no_sale') = (amount_cents = 0)", name="no_sale_moves_nothing"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    shift_id: Mapped[int] = mapped_column(ForeignKey("shifts.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    amount_cents: Mapped[int] = mapped_column(BigInteger)
    reason: Mapped[str] = mapped_column(String(200))
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
