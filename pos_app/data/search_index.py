"""The search indexes (migrations 0009, 0012 and 0030), which the ORM metadata does not
describe: on SQLite FTS5 trigram tables (and the shadow tables FTS5 keeps beside them),
on PostgreSQL GIN indexes with ``gin_trgm_ops``, an operator class of the pg_trgm
extension that ``create_all`` could not assume. Autogenerate and the drift test leave
them alone."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Select, func, literal_column, select
from sqlalchemy.orm import Session

#: SQLite: ``CREATE VIRTUAL TABLE product_search USING fts5(name, content='products',
#: content_rowid='id', tokenize='trigram')``; its shadow tables are product_search_*.
SEARCH_TABLE = "product_search"
#: PostgreSQL: ``CREATE INDEX ix_products_name_trgm ON products USING gin (name gin_trgm_ops)``.
SEARCH_INDEX = "ix_products_name_trgm"
#: SQLite: ``CREATE VIRTUAL TABLE customer_search USING fts5(username, name, email, phone,
#: phone_digits, tokenize='trigram')``, every account's row by its id (migration 0012).
CUSTOMER_SEARCH_TABLE = "customer_search"
#: PostgreSQL: one GIN index (``gin_trgm_ops``) on username, lower(name), lower(email),
#: phone and the phone without spaces and dashes: the expressions the search's LIKEs test.
CUSTOMER_SEARCH_INDEX = "ix_accounts_search_trgm"
#: SQLite: ``(username, id, role, active, name, email, phone)`` on accounts, which a
#: frequent word's first page walks in username order, testing each entry from the index
#: (migration 0030).
CUSTOMER_WALK_INDEX = "ix_accounts_customer_walk"

#: A search of this many characters or more asks a trigram index; a shorter one has no
#: trigram and runs its LIKE as before.
INDEXED_SEARCH_MIN = 3

_TABLES = (SEARCH_TABLE, CUSTOMER_SEARCH_TABLE)
_INDEXES = (SEARCH_INDEX, CUSTOMER_SEARCH_INDEX, CUSTOMER_WALK_INDEX)


def described_by_metadata(name: str | None, type_: str, parent_names: Mapping[str, object]) -> bool:
    """Alembic's ``include_name``: False for the search indexes and their tables."""
    if type_ == "table" and name is not None:
        return not any(name == table or name.startswith(f"{table}_") for table in _TABLES)
    return not (type_ == "index" and name in _INDEXES)


def fts_phrase(text: str) -> str:
    """``text`` as one FTS5 phrase: in double quotes, its own doubled, so that nothing in
    it is query syntax (AND, NEAR, *, ^, column filters)."""
    return '"' + text.replace('"', '""') + '"'


def count_at_most(session: Session, query: Select[*tuple[Any, ...]], most: int) -> int:
    """How many rows ``query`` selects, counting no further than ``most``."""
    counted: Select[Any] = query.order_by(None).with_only_columns(literal_column("1")).limit(most)
    return int(session.scalar(select(func.count()).select_from(counted.subquery())) or 0)
