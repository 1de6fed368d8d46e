"""Day closings (Z reports) of each counter."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select

from pos_app.data.models import DayClosing
from pos_app.data.repositories.base import Repository


class DayClosingRepository(Repository):
    def add(self, **columns: Any) -> DayClosing:
        """A closing; the UNIQUE (counter, business_day) index decides a race here."""
        return self._insert(DayClosing(**columns))

    def last(self, counter: str) -> DayClosing | None:
        """The latest day closing of a counter ("" the whole store)."""
        query = (
            select(DayClosing)
            .where(DayClosing.counter == counter)
            .order_by(DayClosing.created_at.desc(), DayClosing.id.desc())
            .limit(1)
        )
        return self.session.scalar(query)

    def on(self, counter: str, business_day: date) -> DayClosing | None:
        query = select(DayClosing).where(
            DayClosing.counter == counter, DayClosing.business_day == business_day
        )
        return self.session.scalar(query)
