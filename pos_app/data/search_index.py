"""The product search's index (migration 0009), which the ORM metadata does not describe:
on SQLite an FTS5 trigram table (and the shadow tables FTS5 keeps beside it), on
PostgreSQL a GIN index with ``gin_trgm_ops``, an operator class of the pg_trgm extension
that ``create_all`` could not assume. Autogenerate and the drift test leave them alone."""

from __future__ import annotations

from collections.abc import Mapping

#: SQLite: ``CREATE VIRTUAL TABLE product_search USING fts5(name, content='products',
#: content_rowid='id', tokenize='trigram')``; its shadow tables are product_search_*.
SEARCH_TABLE = "product_search"
#: PostgreSQL: ``CREATE INDEX ix_products_name_trgm ON products USING gin (name gin_trgm_ops)``.
SEARCH_INDEX = "ix_products_name_trgm"


def described_by_metadata(name: str | None, type_: str, parent_names: Mapping[str, object]) -> bool:
    """Alembic's ``include_name``: False for the search index and its tables."""
    if type_ == "table" and name is not None:
        return name != SEARCH_TABLE and not name.startswith(f"{SEARCH_TABLE}_")
    return not (type_ == "index" and name == SEARCH_INDEX)
