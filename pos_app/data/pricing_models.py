"""Tables of what a sale is priced by: tax rates, the store's settings, promotions.

Percents are stored as integers in ten-thousandths of a percent (``percent_e4``: 5.5% is
55000), so that both backends keep them exact. A rate or promotion in use is retired
(``active`` false), never deleted: the sales that used it copied what they were sold at.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, CheckConstraint, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from pos_app.data.models import Base, UTCDateTime, _one_of, utcnow
from pos_app.domain.enums import PromotionKind

#: 100% in ten-thousandths of a percent.
PERCENT_E4_MAX = 1_000_000


class TaxRate(Base):
    __tablename__ = "tax_rates"
    __table_args__ = (
        CheckConstraint(f"percent_e4 >= 0 AND percent_e4 <= {PERCENT_E4_MAX}", name="percent"),
        CheckConstraint("NOT exempt OR percent_e4 = 0", name="exempt_has_no_tax"),
        CheckConstraint("length(name) >= 1 AND length(name) <= 40", name="name"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(40), unique=True)
    percent_e4: Mapped[int] = mapped_column(Integer)
    exempt: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class StoreSetting(Base):
    """One setting of the whole store (all counters), by key; the value is text."""

    __tablename__ = "store_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(500))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id"), nullable=True)


class Promotion(Base):
    __tablename__ = "promotions"
    __table_args__ = (
        CheckConstraint(_one_of("kind", PromotionKind), name="kind"),
        CheckConstraint("ends_at > starts_at", name="period_order"),
        CheckConstraint(f"percent_e4 >= 0 AND percent_e4 <= {PERCENT_E4_MAX}", name="percent"),
        CheckConstraint("quantity >= 0 AND free_quantity >= 0", name="quantities"),
        CheckConstraint("price_cents >= 0", name="price_not_negative"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(24))
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    category: Mapped[str | None] = mapped_column(
        String(40), ForeignKey("categories.name", onupdate="CASCADE"), nullable=True
    )
    quantity: Mapped[int] = mapped_column(Integer, default=0)
    price_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    free_quantity: Mapped[int] = mapped_column(Integer, default=0)
    percent_e4: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class PromotionProduct(Base):
    __tablename__ = "promotion_products"

    promotion_id: Mapped[int] = mapped_column(ForeignKey("promotions.id"), primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"), primary_key=True)


class PricingState(Base):
    """One row: ``version`` moves on with every change to what a sale is priced by
    (triggers, migration 0007). A counter prices by what it read at a version, and the
    sale is refused if the version has moved since."""

    __tablename__ = "pricing_state"
    __table_args__ = (CheckConstraint("id = 1", name="one_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[int] = mapped_column(BigInteger)


# The catalogue's change numbers (issue 15) add columns to pricing tables and to products:
# imported last, from here, so that whichever of models or pricing_models is imported first,
# both are complete by then.
from pos_app.data import catalogue_models as catalogue_models  # noqa: E402, PLC0414
