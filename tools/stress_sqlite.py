"""SQLite on one counter, under load and under kill -9.

``run_sqlite_locks``: P processes x N checkouts on one SQLite file, all starting together.
No "database is locked" (no DatabaseUnavailableError) may reach a caller, and the file
must hold exactly the sales that were reported completed.

``run_sqlite_kills``: again and again, a counter process rings up checkouts and is killed
with SIGKILL at a random moment. After each kill ``PRAGMA integrity_check`` must say ok,
every sale reported completed must be there, and the in-flight sale must be entirely there
or entirely absent (the full checker of ``stress_check`` runs after every kill).
"""

from __future__ import annotations

import random
import shutil
import signal
import sqlite3
import tempfile
import time
from pathlib import Path
from typing import Any

from pos_app.data.database import Database
from pos_app.data.migrate import upgrade_to_head
from tools.stress_check import (
    CHECKOUT,
    READ,
    VIOLATION_KEYS,
    History,
    Snapshot,
    check,
    read_snapshot,
)
from tools.stress_counter import CounterProcess, spawn_counter
from tools.stress_seed import seed_store, write_config


def say(text: str) -> None:
    print(text, flush=True)


def integrity_check(path: Path) -> str:
    """``PRAGMA integrity_check`` on a fresh connection (it recovers the WAL first)."""
    conn = sqlite3.connect(path, timeout=15)
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
    finally:
        conn.close()
    return "; ".join(str(row[0]) for row in rows)


def _prepare(workdir: Path, seed: int | None, mix: dict[str, int]) -> tuple[str, Snapshot]:
    path = workdir / "pos.db"
    url = f"sqlite:///{path}"
    db = Database(url)
    try:
        upgrade_to_head(db)
        config = seed_store(
            db,
            products=20,
            stock=(1_000_000, 1_000_000),
            customers=100,
            balance_cents=(800_000, 1_000_000),
            rng=random.Random(seed),
        )
        # Half the carts in cash, so that wallets last the whole run and most sales write.
        config.update(
            url=url,
            stop_file=str(workdir / "stop"),
            mix=mix,
            payments=["cash", "cash", "wallet", "split"],
        )
        config["start_file"] = str(workdir / "go")
        write_config(workdir / "config.json", config)
        baseline = read_snapshot(db.engine)
    finally:
        db.dispose()
    return url, baseline


def _finish(workdir: Path, keep: bool, report: dict[str, Any]) -> dict[str, Any]:
    if keep or report["violations"]:
        say(f"stress: logs and database kept in {workdir}")
    else:
        shutil.rmtree(workdir, ignore_errors=True)
    return report


def _unavailable(history: History) -> list[str]:
    return [
        op.error.splitlines()[0]
        for op in history.ops.values()
        if op.error.startswith("DatabaseUnavailableError")
    ]


def run_sqlite_locks(
    processes: int = 4, per_process: int = 2000, seed: int | None = None, keep: bool = False
) -> dict[str, Any]:
    workdir = Path(tempfile.mkdtemp(prefix="pos-sqlite-locks-"))
    url, baseline = _prepare(workdir, seed, {CHECKOUT: 19, READ: 1})
    rng = random.Random(seed)
    procs = [
        spawn_counter(workdir, f"proc{n}", rng.randrange(2**31), operations=per_process)
        for n in range(processes)
    ]
    time.sleep(1.0)  # let every process import and connect, then start them together
    began = time.monotonic()
    (workdir / "go").touch()
    exit_codes = [proc.popen.wait(3600) for proc in procs]
    elapsed = time.monotonic() - began
    history = History(workdir)
    history.update()
    db = Database(url)
    try:
        snapshot = read_snapshot(db.engine)
    finally:
        db.dispose()
    verdict = check(snapshot, baseline, history, final=True)
    counts = history.op_counts(final=True)
    checkouts = history.by_kind().get(CHECKOUT, {})
    unavailable = _unavailable(history)
    integrity = integrity_check(workdir / "pos.db")
    report: dict[str, Any] = {
        "mode": "sqlite-locks",
        "processes": processes,
        "per_process": per_process,
        "checkouts": sum(checkouts.values()),
        "checkouts_ok": checkouts.get("ok", 0),
        "checkouts_fail": checkouts.get("fail", 0),
        "reads": sum(history.by_kind().get(READ, {}).values()),
        "operations": counts["operations"],
        "ok": counts.get("ok", 0),
        "fail": counts.get("fail", 0),
        "unknown": counts.get("unknown", 0),
        "database_unavailable": len(unavailable),
        "sales_in_db": len(snapshot.sales),
        "integrity": integrity,
        "exit_codes": exit_codes,
        "seconds": round(elapsed, 1),
        "checkouts_per_second": round(sum(checkouts.values()) / max(elapsed, 0.001), 1),
        "checkout_p50_ms": history.latency_ms(CHECKOUT, 0.5),
        "checkout_p99_ms": history.latency_ms(CHECKOUT, 0.99),
        "failure_reasons": history.failure_reasons(),
    }
    report.update(verdict.counts)
    report["violations"] = (
        verdict.violations
        + len(unavailable)
        + counts.get("unknown", 0)
        + (integrity != "ok")
        + sum(1 for code in exit_codes if code != 0)
        + (sum(checkouts.values()) != processes * per_process)
    )
    if unavailable:
        report["unavailable_examples"] = unavailable[:5]
    if verdict.examples:
        report["examples"] = verdict.examples[:10]
    return _finish(workdir, keep, report)


def _wait_for_first_checkout(proc: CounterProcess, history: History, timeout: float) -> bool:
    """Until the process has completed one checkout: from then on it is ringing them up."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        history.update()
        if any(op.process == proc.name and op.outcome is not None for op in history.ops.values()):
            return True
        if proc.popen.poll() is not None:
            return False
        time.sleep(0.01)
    return False


def run_sqlite_kills(
    kills: int = 200, max_delay: float = 0.5, seed: int | None = None, keep: bool = False
) -> dict[str, Any]:
    workdir = Path(tempfile.mkdtemp(prefix="pos-sqlite-kills-"))
    url, baseline = _prepare(workdir, seed, {CHECKOUT: 1})
    (workdir / "go").touch()
    rng = random.Random(seed)
    history = History(workdir)
    worst = dict.fromkeys(VIOLATION_KEYS, 0)
    integrity_failures: list[str] = []
    examples: list[str] = []
    in_flight_killed = 0
    not_started = 0
    began = time.monotonic()
    db = Database(url)
    snapshot = baseline
    resolved: dict[str, int] = {}
    try:
        for n in range(kills):
            proc = spawn_counter(workdir, f"run{n:04d}", rng.randrange(2**31))
            if not _wait_for_first_checkout(proc, history, 60):
                not_started += 1
            time.sleep(rng.uniform(0, max_delay))
            proc.popen.send_signal(signal.SIGKILL)
            proc.popen.wait()
            history.update()
            if any(op.process == proc.name and op.outcome is None for op in history.ops.values()):
                in_flight_killed += 1
            integrity = integrity_check(workdir / "pos.db")
            if integrity != "ok":
                integrity_failures.append(f"after kill {n + 1}: {integrity}")
            db.dispose()  # every check opens the file afresh, as a restarted app would
            snapshot = read_snapshot(db.engine)
            verdict = check(snapshot, baseline, history, final=True)
            resolved = verdict.resolved
            for key, value in verdict.counts.items():
                worst[key] = max(worst[key], value)
            if verdict.violations:
                examples.extend(verdict.examples[: 10 - len(examples)])
            if (n + 1) % 20 == 0 or verdict.violations or integrity != "ok":
                say(
                    f"sqlite-kills: {n + 1} kills, {len(snapshot.sales)} sales, "
                    f"integrity {integrity}, violations {verdict.violations}"
                )
    finally:
        db.dispose()
    elapsed = time.monotonic() - began
    counts = history.op_counts(final=True)
    sales_ok = sum(
        1
        for (kind, _key), entity in history.entities.items()
        if kind == CHECKOUT and entity.status(final=True) == "ok"
    )
    report: dict[str, Any] = {
        "mode": "sqlite-kills",
        "kills": kills,
        "killed_mid_checkout": in_flight_killed,
        "operations": counts["operations"],
        "ok": counts.get("ok", 0),
        "fail": counts.get("fail", 0),
        "unknown": counts.get("unknown", 0),
        "sales_reported_completed": sales_ok,
        "sales_in_db": len(snapshot.sales),
        "unknown_resolved": resolved,
        "integrity_failures": len(integrity_failures),
        "database_unavailable": len(_unavailable(history)),
        "processes_that_never_checked_out": not_started,
        "seconds": round(elapsed, 1),
    }
    report.update(worst)
    report["violations"] = (
        sum(worst.values()) + len(integrity_failures) + report["database_unavailable"] + not_started
    )
    if integrity_failures:
        report["integrity_examples"] = integrity_failures[:5]
    if examples:
        report["examples"] = examples[:10]
    return _finish(workdir, keep, report)
