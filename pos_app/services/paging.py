"""Keyset paging for the big lists: a page ends with a cursor (``Page.next_after``)
naming its sort and the sort key of its last row; the next page starts past that row
through the sort's index, so page 500 costs what page 1 does."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import Any, TypeVar

from pos_app.data.transaction import Transaction
from pos_app.domain.errors import ValidationError
from pos_app.services.records import Page

R = TypeVar("R")
T = TypeVar("T")

ReadPage = Callable[
    [
        int,
        int,
        Callable[[Transaction], tuple[list[R], int]],
        Callable[[Transaction, list[R]], Iterable[T]],
    ],
    Page[T],
]


def check_after(after: object, sort: str, descending: bool, size: int) -> tuple[Any, ...] | None:
    """The sort key values in ``after`` (a ``Page.next_after`` of this list in this order),
    or None for the first page."""
    if after is None:
        return None
    if (
        not isinstance(after, tuple)
        or len(after) != 2 + size
        or after[:2] != (sort, descending)
        or isinstance(after[-1], bool)
        or not isinstance(after[-1], int)
    ):
        raise ValidationError("The list's order changed: start again from the top", "after")
    return after[2:]


def read_keyed(
    read_page: ReadPage[R, T],
    offset: int,
    limit: int,
    fetch: Callable[[Transaction], tuple[list[R], int]],
    build: Callable[[Transaction, list[R]], Iterable[T]],
    key: Callable[[R], Sequence[Any]],
    sort: str,
    descending: bool,
) -> Page[T]:
    """``read_page(offset, limit, fetch, build)`` with ``next_after`` set from the last
    row when the page is full (there may be more)."""
    last: list[tuple[Any, ...]] = []

    def rows(tx: Transaction) -> tuple[list[R], int]:
        found, total = fetch(tx)
        last[:] = [(sort, descending, *key(found[-1]))] if found and len(found) >= limit else []
        return found, total

    page = read_page(offset, limit, rows, build)
    return replace(page, next_after=last[0] if last else None)
