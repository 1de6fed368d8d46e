"""Table models over frozen records. They hold rows and never query: a loader fetches
pages through the task runner and hands them over."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from pos_app.domain.money import format_money
from pos_app.services.base import PAGE_LIMIT_MAX
from pos_app.services.records import Page
from pos_app.ui.i18n import translate
from pos_app.ui.tasks import ErrorCallback, TaskRunner
from pos_app.ui.values import value_text

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
#: Role that returns the whole record of a row.
RecordRole = Qt.ItemDataRole.UserRole + 1


def display(value: object) -> str:
    """How a value reads in a cell: money with two decimals, times in local time."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return translate("Values", "Yes") if value else translate("Values", "No")
    if isinstance(value, Decimal):
        return format_money(value)
    if isinstance(value, datetime):
        return value.astimezone().strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value_text(value)
    return str(value)


def record_key(record: object) -> object:
    """What makes a row the same row in a fresh read: its ``id``, else the record itself."""
    key = getattr(record, "id", None)
    if key is not None:
        return key
    try:
        hash(record)
    except TypeError:
        return id(record)  # matches nothing in a fresh read
    return record


@dataclass(frozen=True)
class Column(Generic[R]):
    #: In English, marked ``QT_TRANSLATE_NOOP("Columns", ...)``; the header shows it translated.
    title: str
    value: Callable[[R], object]
    #: Key the service sorts by when this header is clicked; None: not sortable.
    sort_key: str | None = None
    numeric: bool = False


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """Rows of records shown through ``columns``.

    Signals: more_wanted(): the view reached the end and the server has more rows (as
    its total says, or as the last page said when the total is a capped count).
    """

    more_wanted = Signal()

    def __init__(self, columns: Sequence[Column[R]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[R] = []
        self._total: int | None = None
        self._asked_more = False
        #: Whether the server has rows past those shown, when the loader knows better
        #: than the total (a capped count, a keyset page); None: compare with the total.
        self._more: bool | None = None

    # -- Qt model API --------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return display(column.value(record))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(RIGHT if column.numeric else LEFT)
        if role == RecordRole:
            return record
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return translate("Columns", self._columns[section].title)
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or self._asked_more:
            return False
        if self._more is not None:
            return self._more
        return self._total is not None and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._asked_more = True
            self.more_wanted.emit()

    # -- for the workspace ---------------------------------------------------------------
    @property
    def columns(self) -> list[Column[R]]:
        return self._columns

    @property
    def total(self) -> int:
        return len(self._rows) if self._total is None else self._total

    def rows(self) -> list[R]:
        return list(self._rows)

    def record(self, row: int) -> R:
        return self._rows[row]

    def set_rows(
        self, rows: Sequence[R], total: int | None = None, more: bool | None = None
    ) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._total = total
        self._more = more
        self._asked_more = False
        self.endResetModel()

    def append_rows(self, rows: Sequence[R], more: bool | None = None) -> None:
        self._asked_more = False
        if more is not None:
            self._more = more
        if not rows:
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def update_rows(
        self, rows: Sequence[R], total: int | None = None, more: bool | None = None
    ) -> None:
        """Show ``rows`` (a fresh read of the same query) in place of the rows shown, keeping
        each view's place: its current row and selection follow their records (matched by
        ``record_key``) where they are still there, and its scroll position stays."""
        fresh = list(rows)
        where: dict[object, int] = {}
        for row, record in enumerate(fresh):
            where.setdefault(record_key(record), row)
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        after = []
        for index in before:
            row = index.row()
            found = where.get(record_key(self._rows[row])) if row < len(self._rows) else None
            after.append(QModelIndex() if found is None else self.index(found, index.column()))
        self._rows = fresh
        self._total = total
        self._more = more
        self._asked_more = False
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def replace(self, match: Callable[[R], bool], new: R) -> bool:
        """Swap the first row ``match`` accepts for ``new``; False if there is none."""
        for row, old in enumerate(self._rows):
            if match(old):
                self._rows[row] = new
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._columns) - 1))
                return True
        return False


def _read_rows(fetch: Callable[..., Page[R]], limit: int, keyed: bool) -> Page[R]:
    """The query's first ``limit`` rows as one page, read a service page at a time (by key
    when ``keyed``). Runs on a worker: it is given all it reads, and reads no loader state
    (a new search may change that state meanwhile)."""
    page = fetch(0, min(limit, PAGE_LIMIT_MAX))
    items = list(page.items)
    while len(items) < limit and len(page.items) == page.limit:
        size = min(limit - len(items), PAGE_LIMIT_MAX)
        if keyed and page.next_after is None:
            break
        page = fetch(0, size, page.next_after) if keyed else fetch(len(items), size)
        items.extend(page.items)
    first = dataclasses.replace(page, items=tuple(items), offset=0, limit=limit)
    return first if len(items) == limit else dataclasses.replace(first, next_after=None)


class PagedLoader(QObject, Generic[R]):
    """Fills a model a page at a time from a service call run on the task runner.

    A newer ``reload`` wins: pages of an older query that arrive late are dropped. A
    ``keyed`` query's next page starts after the last row shown (``Page.next_after``),
    not at an offset. While a count is capped (``Page.capped``) the loader keeps asking
    for more as long as the pages come back full.

    Signals: loaded(int): the first page of a query arrived; its number is the total;
    refreshed(int): ``refresh`` put a fresh read in place; its number is the total.
    """

    loaded = Signal(int)
    refreshed = Signal(int)

    def __init__(
        self,
        model: RecordTableModel[R],
        tasks: TaskRunner,
        on_error: ErrorCallback,
        page_size: int = 200,
    ) -> None:
        super().__init__(model)
        self._model = model
        self._tasks = tasks
        self._on_error = on_error
        self._page_size = page_size
        self._fetch: Callable[..., Page[R]] | None = None
        self._keyed = False
        #: The last page's ``next_after`` (a keyed query).
        self._after: object = None
        self._generation = 0
        #: A query's first page is on its way (a refresh then reads it afresh instead).
        self._first_pending = False
        model.more_wanted.connect(self._more)

    def reload(self, fetch: Callable[..., Page[R]], keyed: bool = False) -> None:
        """Start over with a new query: ``fetch(offset, limit)`` returns a page; a
        ``keyed`` one is also called as ``fetch(0, limit, after)`` for the next page."""
        self._fetch = fetch
        self._keyed = keyed
        self._after = None
        self._generation += 1
        self._first_pending = True
        generation = self._generation
        self._tasks.read(
            lambda: fetch(0, self._page_size),
            lambda page: self._first(generation, page),
            self._on_error,
        )

    def refresh(self) -> None:
        """Read the same query again, as many rows as are loaded, and show them in place:
        the views keep their current row, selection and scroll position."""
        fetch = self._fetch
        if fetch is None:
            return
        if self._first_pending:  # that page may have been read before the change
            self.reload(fetch, self._keyed)
            return
        self._generation += 1
        generation = self._generation
        limit, keyed = max(self._page_size, self._model.rowCount()), self._keyed
        self._tasks.read(
            lambda: _read_rows(fetch, limit, keyed),
            lambda page: self._refreshed(generation, page),
            self._on_error,
        )

    def _first(self, generation: int, page: Page[R]) -> None:
        if generation == self._generation:
            self._first_pending = False
            self._after = page.next_after
            self._model.set_rows(page.items, page.total, self._has_more(page))
            self.loaded.emit(page.total)

    def _refreshed(self, generation: int, page: Page[R]) -> None:
        if generation == self._generation:
            self._after = page.next_after
            self._model.update_rows(page.items, page.total, self._has_more(page))
            self.refreshed.emit(page.total)

    def _has_more(self, page: Page[R]) -> bool | None:
        """Whether rows follow ``page``, when its total cannot say (None: it can)."""
        if self._keyed:
            return page.next_after is not None
        if page.capped:
            return len(page.items) >= page.limit
        return None

    def _more(self) -> None:
        fetch = self._fetch
        if fetch is None:
            return
        generation = self._generation
        offset, after = self._model.rowCount(), self._after
        if self._keyed:
            self._tasks.read(
                lambda: fetch(0, self._page_size, after),
                lambda page: self._next(generation, page),
                self._on_error,
            )
            return
        self._tasks.read(
            lambda: fetch(offset, self._page_size),
            lambda page: self._next(generation, page),
            self._on_error,
        )

    def _next(self, generation: int, page: Page[R]) -> None:
        if generation == self._generation:
            self._after = page.next_after
            self._model.append_rows(page.items, self._has_more(page))


def debounce(parent: QObject, msecs: int, action: Callable[[], None]) -> QTimer:
    """A single-shot timer that runs ``action`` ``msecs`` after the last ``start()``."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(msecs)
    timer.timeout.connect(action)
    return timer
