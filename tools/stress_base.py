"""What the two PostgreSQL stress runs share (`make stress`, ``tools.stress``, and
`make stress OFFLINE=1`, ``tools.stress_offline``): their options about the server and
the run, and the scratch database and log folder each run works in, dropped (and the
logs removed) at the end unless the run failed or was asked to keep them.

No import of ``tools.stress`` here: it imports this module.
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import psycopg
from sqlalchemy.engine import make_url

DEFAULT_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
MAX_COUNTERS = 16


def say(text: str) -> None:
    print(text, flush=True)


class ScratchServer(Protocol):
    """The server a run makes its scratch database on (``tools.stress.Server``)."""

    def create_database(self) -> str: ...

    def drop_database(self, url: str) -> None: ...

    def ensure_up(self) -> None: ...


@dataclass
class Scratch:
    """A run's scratch database (``url``) and log folder; ``report``: the run's, which
    says at the end whether the logs are kept."""

    url: str
    workdir: Path
    report: dict[str, Any] = field(default_factory=dict)


def check_counters(counters: int) -> None:
    if not 1 <= counters <= MAX_COUNTERS:
        raise SystemExit(f"--counters must be between 1 and {MAX_COUNTERS}")


@contextmanager
def scratch_database(server: ScratchServer, prefix: str, keep_logs: bool) -> Iterator[Scratch]:
    """A new ``pos_stress_*`` database and a log folder ``prefix*``; at the end the server
    is brought up if it is down, the database dropped, and the logs removed unless
    ``keep_logs`` or the report has violations or is not complete."""
    workdir = Path(tempfile.mkdtemp(prefix=prefix))
    url = server.create_database()
    say(f"stress: scratch database {make_url(url).database}, logs in {workdir}")
    scratch = Scratch(url, workdir)
    try:
        yield scratch
    finally:
        server.ensure_up()
        try:
            server.drop_database(url)
        except psycopg.Error as exc:
            say(f"stress: could not drop {make_url(url).database}: {exc}")
        report = scratch.report
        bad = report.get("violations", 1) or not report.get("complete", False)
        if keep_logs or bad:
            say(f"stress: logs kept in {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)


def add_server_options(parser: argparse.ArgumentParser) -> None:
    """The server a run uses (only to make its scratch database on) and how long a
    restart waits for other test databases to go idle."""
    parser.add_argument(
        "--database",
        default=os.environ.get("POS_TEST_POSTGRES_URL") or DEFAULT_URL,
        help="the server (its database is only used to make a scratch one)",
    )
    parser.add_argument(
        "--busy-wait",
        type=float,
        default=600.0,
        help="seconds to wait for other test databases to go idle before a restart",
    )


def add_run_options(parser: argparse.ArgumentParser) -> None:
    """The run's random seed, its time limit, and keeping its logs."""
    parser.add_argument("--seed", type=int)
    parser.add_argument("--max-seconds", type=float, default=1800.0)
    parser.add_argument("--keep-logs", action="store_true")
