"""CSV exports, written on a worker: every page of a service call, into a file that appears
under its name only when complete. No Qt here: the workspaces run these through the task
runner and show the outcome."""

from __future__ import annotations

import csv
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Protocol, TypeVar

from pos_app.domain.errors import PosError
from pos_app.services.records import Page
from pos_app.services.spreadsheet_cells import spreadsheet_safe
from pos_app.ui.i18n import translate

# The one rule for every export's free text lives with the services (the product file
# uses it too, written by pos-admin or a workspace); the workspaces take it from here.
__all__ = ["EXPORT_PAGE", "every_item", "spreadsheet_safe", "write_csv", "write_paged_csv"]
#: Rows asked for at a time when paging a whole export out of a service.
EXPORT_PAGE = 500


class HasId(Protocol):
    @property
    def id(self) -> int: ...


T = TypeVar("T", bound=HasId)


def every_item(fetch: Callable[[int, int], Page[T]], page_size: int = EXPORT_PAGE) -> Iterator[T]:
    """Every item of ``fetch(offset, limit)``, a page at a time, each once.

    Lists are newest first: a row added while paging shifts the later pages by one, so an
    item already given may come again; it is skipped (by ``id``)."""
    seen: set[int] = set()
    offset = 0
    while True:
        page = fetch(offset, page_size)
        for item in page.items:
            if item.id not in seen:
                seen.add(item.id)
                yield item
        offset += len(page.items)
        if len(page.items) < page_size:
            return


def write_csv(path: str, header: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
    """Write ``header`` and ``rows`` to ``path``; returns the number of rows written.

    The file is written beside the target (``<name>.part``) and renamed into place, so a
    failure, a refusal from the service included, never leaves half an export under the
    chosen name. A file that cannot be written is a PosError the workspace can show."""
    target = Path(path)
    partial = target.with_name(target.name + ".part")
    count = 0
    try:
        with partial.open("w", newline="", encoding="utf-8") as out:
            writer = csv.writer(out)
            writer.writerow(header)
            for row in rows:
                writer.writerow(row)
                count += 1
        os.replace(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        said = translate("CsvExport", "Could not write {0}: {1}")
        raise PosError(said.format(target, exc.strerror or exc)) from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return count


def write_paged_csv(
    path: str,
    header: Sequence[str],
    fetch: Callable[[int, int], Page[T]],
    to_row: Callable[[T], Sequence[object]],
    page_size: int = EXPORT_PAGE,
) -> int:
    """Every item of the paged service call ``fetch``, a row each (``to_row``), to ``path``;
    returns the number of rows written. Runs on a worker."""
    return write_csv(path, header, (to_row(item) for item in every_item(fetch, page_size)))
