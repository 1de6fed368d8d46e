"""What every repository shares: its transaction, paging, and LIKE patterns."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import ColumnElement, Select, and_, func, or_, select

from pos_app.data.models import Base

if TYPE_CHECKING:
    from pos_app.data.transaction import Transaction

R = TypeVar("R", bound=Base)


def like_pattern(text: str) -> str:
    """``text`` anywhere, with LIKE's own wildcards taken literally (ESCAPE '\\')."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class Repository:
    """The queries and writes of one aggregate, inside one ``Transaction``."""

    def __init__(self, tx: Transaction) -> None:
        self.tx = tx
        self.session = tx.session

    def _insert(self, row: R) -> R:
        """Write a new row now (it has its id on return)."""
        self.tx.check_writable()
        self.session.add(row)
        self.session.flush()
        return row

    def _remove(self, row: Base) -> None:
        self.tx.check_writable()
        self.session.delete(row)

    @property
    def on_postgresql(self) -> bool:
        return self.session.get_bind().dialect.name == "postgresql"

    def _page(
        self, query: Select[*tuple[Any, ...]], offset: int, limit: int
    ) -> tuple[list[Any], int]:
        total = self._count(query)
        rows = list(self.session.execute(query.offset(offset).limit(limit)).all())
        return rows, total

    def _count(self, query: Select[*tuple[Any, ...]]) -> int:
        """How many rows ``query`` selects."""
        counted = select(func.count()).select_from(query.order_by(None).subquery())
        return int(self.session.scalar(counted) or 0)


def keyset_after(
    keys: Sequence[tuple[Any, bool]], values: Sequence[Any], on_postgresql: bool
) -> ColumnElement[bool]:
    """Rows after ``values`` in the order ``keys`` ((column, descending), ...; the last a
    unique, non-null id), as the database sorts them: a keyset page's condition. A column
    may be NULL: SQLite sorts NULL first going up, PostgreSQL last. ``c >= v AND (c > v OR
    ...)`` rather than a plain OR lets both planners seek the sort column's index."""
    column, descending = keys[0]
    value = values[0]
    rest = keyset_after(keys[1:], values[1:], on_postgresql) if len(keys) > 1 else None
    nulls_first = descending == on_postgresql
    if value is None and rest is not None:
        same = and_(column.is_(None), rest)
        return or_(same, column.is_not(None)) if nulls_first else same
    beyond: ColumnElement[bool] = column < value if descending else column > value
    if rest is None:
        return beyond
    reach = column <= value if descending else column >= value
    after = and_(reach, or_(beyond, rest))
    if not nulls_first and _nullable(column):
        return or_(after, column.is_(None))
    return after


def _nullable(column: Any) -> bool:
    expression = getattr(column, "expression", column)
    return bool(getattr(expression, "nullable", True))
