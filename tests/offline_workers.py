"""A counter's sync run as its own process, killed (SIGKILL, as kill -9) right after the
server committed its ``kill_after``-th sale and before the counter marked it synced: the
worst moment of a crash in the middle of a sync.

Usage: python offline_workers.py DATABASE_URL COUNTER_FILE KILL_AFTER
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

from pos_app.data import outbox
from pos_app.data.counter_file import CounterFile
from pos_app.data.database import Database
from pos_app.services.offline import OfflineSalesService


def main() -> None:
    url, path, kill_after = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
    committed = 0
    mark = outbox.Outbox.synced

    def synced(self: outbox.Outbox, seq: int, server_sale_id: int) -> None:
        nonlocal committed
        committed += 1
        if committed == kill_after:
            os.kill(os.getpid(), signal.SIGKILL)
        mark(self, seq, server_sale_id)

    outbox.Outbox.synced = synced  # type: ignore[method-assign]
    OfflineSalesService(Database(url), CounterFile(path)).sync_once(100)


if __name__ == "__main__":
    main()
