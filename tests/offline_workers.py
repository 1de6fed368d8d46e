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

from pos_app.data.counter_file import CounterFile
from pos_app.data.database import Database
from pos_app.data.repositories.sale_writer import SaleWrite
from pos_app.data.transaction import Transaction
from pos_app.services import offline_sync
from pos_app.services.offline import OfflineSalesService


def main() -> None:
    url, path, kill_after = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
    committed = 0
    write = offline_sync.record

    def record(tx: Transaction, plan: SaleWrite) -> int:
        nonlocal committed
        sale_id = write(tx, plan)
        committed += 1
        if committed == kill_after:
            if not tx.one_statement:  # SQLite: the sale commits when the work returns
                tx.session.commit()
            os.kill(os.getpid(), signal.SIGKILL)
        return sale_id

    offline_sync.record = record
    OfflineSalesService(Database(url), CounterFile(path)).sync_once(100)


if __name__ == "__main__":
    main()
