"""`make stress`: many counters on one PostgreSQL, under faults, checked like Jepsen's bank.

    python -m tools.stress [--counters 8] [--operations 5000] [--kill-every 2]
        [--sigstops 1] [--pg-restarts 1] [--database URL]
    python -m tools.stress sqlite-locks [--processes 4] [--per-process 2000]
    python -m tools.stress sqlite-kills [--kills 200]
    python -m tools.stress offline [--counters 8] ...  (the partition run: tools.stress_offline)

The PostgreSQL run makes a scratch database ``pos_stress_<random>`` on the server named by
``--database`` (else ``POS_TEST_POSTGRES_URL``, else the local test server), migrates it,
seeds a small, hot store (20 products with little stock, 50 wallets), and starts N counter
processes (``stress_counter``): real OS processes using the real service layer, each
doing random checkouts (1-5 lines; wallet, cash or split), top-ups, refunds and restocks.
Meanwhile it injects faults: kill -9 of a random counter every K seconds (a new one takes
its place), SIGSTOP of a counter in the middle of a call for a few seconds, and an
immediate-mode restart of PostgreSQL. Every few seconds it audits one REPEATABLE READ
snapshot against the counters' logs; at the end it resolves every unknown outcome from the
database and checks everything once more (``stress_check``). The last line printed is one
JSON object; the exit status is 1 on any violation, 2 when the run could not do what it
was asked (too few operations, a fault that could not be injected).

The server is shared: before restarting it the run waits (up to ``--busy-wait`` seconds)
until no other test or benchmark database (``pos_test_*``, ``pos_bench_*``) has a
session, and it never leaves the server stopped.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy.engine import make_url

from pos_app.data.database import Database
from pos_app.data.migrate import upgrade_to_head
from tools.stress_base import (
    DEFAULT_URL,
    add_run_options,
    add_server_options,
    check_counters,
    say,
    scratch_database,
)
from tools.stress_check import VIOLATION_KEYS, History, Verdict, check, read_snapshot
from tools.stress_counter import DEFAULT_MIX, CounterProcess, run_counter, spawn_counter
from tools.stress_seed import seed_store, write_config
from tools.stress_sqlite import run_sqlite_kills, run_sqlite_locks

OTHER_TEST_SESSIONS = (
    "SELECT count(*) FROM pg_stat_activity "
    "WHERE datname LIKE 'pos\\_test\\_%' OR datname LIKE 'pos\\_bench\\_%'"
)


# -- the PostgreSQL server -----------------------------------------------------------------


def admin_conninfo(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def cluster_command(action: str) -> list[str]:
    versions = sorted(os.listdir("/etc/postgresql")) if os.path.isdir("/etc/postgresql") else []
    version = versions[0] if versions else "15"
    command = ["pg_ctlcluster", "--skip-systemctl-redirect", version, "main", action]
    return [*command, "-m", "immediate"] if action == "restart" else command


class Server:
    """The PostgreSQL server the run uses, through a plain psycopg admin connection."""

    def __init__(self, url: str, restart_command: list[str], start_command: list[str]) -> None:
        self.url = url
        self.conninfo = admin_conninfo(url)
        self.restart_command = restart_command
        self.start_command = start_command

    def query(self, sql: str, params: tuple[Any, ...] = ()) -> Any:
        with psycopg.connect(self.conninfo, autocommit=True, connect_timeout=5) as conn:
            row = conn.execute(sql, params or None).fetchone()
            return None if row is None else row[0]

    def execute(self, sql: str) -> None:
        with psycopg.connect(self.conninfo, autocommit=True, connect_timeout=5) as conn:
            conn.execute(sql)

    def create_database(self) -> str:
        name = f"pos_stress_{uuid.uuid4().hex[:12]}"
        self.execute(f'CREATE DATABASE "{name}"')
        return make_url(self.url).set(database=name).render_as_string(hide_password=False)

    def drop_database(self, url: str) -> None:
        name = make_url(url).database
        if name and name.startswith("pos_stress_"):
            self.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def accepting(self) -> bool:
        try:
            self.query("SELECT 1")
        except psycopg.Error:
            return False
        return True

    def wait_accepting(self, seconds: float) -> bool:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.accepting():
                return True
            time.sleep(0.2)
        return False

    def ensure_up(self) -> None:
        """Never leave the server stopped."""
        if self.wait_accepting(10):
            return
        say("stress: PostgreSQL is not accepting connections; starting it")
        subprocess.run(self.start_command, check=False, timeout=120)
        if not self.wait_accepting(120):
            say(
                "stress: PostgreSQL did not come back; start it by hand: "
                + " ".join(self.start_command)
            )

    def other_test_sessions(self) -> int:
        return int(self.query(OTHER_TEST_SESSIONS) or 0)

    def sessions_on(self, url: str) -> int:
        name = make_url(url).database
        return int(
            self.query(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = %s "
                "AND pid <> pg_backend_pid()",
                (name,),
            )
            or 0
        )

    def terminate_sessions(self, url: str) -> None:
        name = make_url(url).database
        self.query(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
            "WHERE datname = %s AND pid <> pg_backend_pid()",
            (name,),
        )


@dataclass
class Restart:
    """An immediate-mode restart in a thread, so that the run's clock keeps going."""

    server: Server
    busy_wait: float
    thread: threading.Thread | None = None
    outcome: str = ""
    waited: float = 0.0
    downtime: float = 0.0

    def start(self) -> None:
        self.thread = threading.Thread(target=self._run, name="pg-restart", daemon=True)
        self.thread.start()

    @property
    def running(self) -> bool:
        return self.thread is not None and self.thread.is_alive()

    def _run(self) -> None:
        began = time.monotonic()
        try:
            while True:
                others = self.server.other_test_sessions()
                if others == 0:
                    break
                if time.monotonic() - began > self.busy_wait:
                    self.outcome = f"skipped: {others} other test sessions still open"
                    return
                say(f"stress: {others} sessions on other test databases; waiting to restart")
                time.sleep(5)
            self.waited = time.monotonic() - began
            say("stress: restarting PostgreSQL in immediate mode")
            down = time.monotonic()
            result = subprocess.run(
                self.server.restart_command, check=False, timeout=180, capture_output=True
            )
            if result.returncode != 0:
                say(f"stress: restart failed: {result.stderr.decode(errors='replace').strip()}")
                self.outcome = "failed"
                return
            if self.server.wait_accepting(120):
                self.downtime = time.monotonic() - down
                self.outcome = "ok"
                say(f"stress: PostgreSQL is back after {self.downtime:.1f} s")
            else:
                self.outcome = "not back"
        except Exception as exc:
            self.outcome = f"failed: {exc}"
        finally:
            self.server.ensure_up()


# -- the run -------------------------------------------------------------------------------


@dataclass
class StressOptions:
    url: str = DEFAULT_URL
    counters: int = 8
    operations: int = 5000
    kill_every: float = 2.0
    sigstops: int = 1
    sigstop_seconds: float = 3.0
    pg_restarts: int = 1
    busy_wait: float = 600.0
    audit_every: float = 5.0
    products: int = 20
    stock: tuple[int, int] = (10, 40)
    customers: int = 50
    double_send: float = 0.03
    seed: int | None = None
    max_seconds: float = 1800.0
    keep_logs: bool = False
    restart_command: list[str] = field(default_factory=lambda: cluster_command("restart"))
    start_command: list[str] = field(default_factory=lambda: cluster_command("start"))


class PgRun:
    def __init__(
        self, options: StressOptions, server: Server, url: str, workdir: Path, db: Database
    ) -> None:
        self.o = options
        self.server = server
        self.url = url
        self.workdir = workdir
        self.db = db
        self.rng = random.Random(options.seed)
        self.history = History(workdir)
        self.live: list[CounterProcess] = []
        self.spawned = 0
        self.kills = 0
        self.sigstops = 0
        self.crashed: list[str] = []
        self.restarts: list[Restart] = []
        self.audits = 0
        self.audits_skipped = 0
        self.audit_worst: dict[str, int] = dict.fromkeys(VIOLATION_KEYS, 0)
        self.audit_examples: list[str] = []
        self.audit_violations = 0

    def spawn(self) -> None:
        self.spawned += 1
        name = f"counter{self.spawned:03d}"
        self.live.append(spawn_counter(self.workdir, name, self.rng.randrange(2**31)))

    def operations(self) -> int:
        return len(self.history.ops)

    def reap(self) -> None:
        for proc in list(self.live):
            code = proc.popen.poll()
            if code is not None:
                self.live.remove(proc)
                self.crashed.append(f"{proc.name} exited {code}: {self.tail(proc)}")
                say(f"stress: {proc.name} exited by itself ({code}); starting another")
                self.spawn()

    def tail(self, proc: CounterProcess) -> str:
        try:
            text = (self.workdir / f"{proc.name}.err").read_text(errors="replace")
        except OSError:
            return ""
        return text.strip().splitlines()[-1] if text.strip() else ""

    def kill_one(self, now: float) -> None:
        candidates = [p for p in self.live if p.stopped_until == 0.0]
        if not candidates:
            return
        victim = self.rng.choice(candidates)
        victim.popen.send_signal(signal.SIGKILL)
        victim.popen.wait()
        self.live.remove(victim)
        self.kills += 1
        self.spawn()

    def busy_counter(self) -> CounterProcess | None:
        """A counter in the middle of a call (it may hold row locks)."""
        in_flight = {op.process for op in self.history.ops.values() if op.outcome is None}
        busy = [p for p in self.live if p.name in in_flight and p.stopped_until == 0.0]
        return self.rng.choice(busy) if busy else None

    def audit(self) -> None:
        self.history.update()
        ok_before = {
            key for key, entity in self.history.entities.items() if entity.status(False) == "ok"
        }
        try:
            snapshot = read_snapshot(self.db.engine)
        except Exception as exc:
            self.audits_skipped += 1
            say(f"stress: audit skipped ({type(exc).__name__}: the database is unreachable)")
            return
        self.history.update()
        verdict = check(snapshot, self.baseline, self.history, ok_before=ok_before)
        self.audits += 1
        self.record(verdict, audit=True)
        counts = self.history.op_counts(final=False)
        say(
            f"audit {self.audits}: {counts['operations']} operations, "
            f"{counts.get('ok', 0)} ok, {counts.get('fail', 0)} fail, "
            f"{counts.get('unknown', 0)} unknown, {counts.get('in_flight', 0)} in flight; "
            f"{len(snapshot.sales)} sales; violations {verdict.violations}"
        )

    def record(self, verdict: Verdict, audit: bool) -> None:
        for key, value in verdict.counts.items():
            self.audit_worst[key] = max(self.audit_worst[key], value)
        if verdict.violations:
            if audit:
                self.audit_violations += 1
            for line in verdict.examples:
                if line in self.audit_examples:
                    continue  # already said at an earlier audit
                say(f"stress: VIOLATION {line}")
                if len(self.audit_examples) < 50:
                    self.audit_examples.append(line)

    def execute(self, baseline: Any) -> dict[str, Any]:  # noqa: PLR0915 - the fault run's steps in the order they run
        self.baseline = baseline
        o = self.o
        began = time.monotonic()
        for _ in range(o.counters):
            self.spawn()
        sigstop_at = [o.operations * 0.5 * (i + 1) / (o.sigstops + 1) for i in range(o.sigstops)]
        restart_at = [o.operations * (0.5 + 0.4 * i / o.pg_restarts) for i in range(o.pg_restarts)]
        next_kill = began + o.kill_every if o.kill_every > 0 else float("inf")
        next_audit = began + o.audit_every
        stopped: CounterProcess | None = None
        timed_out = False
        try:
            while True:
                time.sleep(0.05)
                now = time.monotonic()
                self.history.update()
                self.reap()
                ops = self.operations()
                if now >= next_kill:
                    self.kill_one(now)
                    next_kill = now + o.kill_every
                if stopped is not None and now >= stopped.stopped_until:
                    stopped.popen.send_signal(signal.SIGCONT)
                    stopped.stopped_until = 0.0
                    stopped = None
                if stopped is None and sigstop_at and ops >= sigstop_at[0]:
                    victim = self.busy_counter()
                    if victim is not None:
                        victim.popen.send_signal(signal.SIGSTOP)
                        victim.stopped_until = now + o.sigstop_seconds
                        stopped = victim
                        self.sigstops += 1
                        sigstop_at.pop(0)
                        say(f"stress: SIGSTOP {victim.name} for {o.sigstop_seconds:.0f} s")
                restarting = any(r.running for r in self.restarts)
                if not restarting and restart_at and ops >= restart_at[0]:
                    restart_at.pop(0)
                    restart = Restart(self.server, o.busy_wait)
                    self.restarts.append(restart)
                    restart.start()
                    restarting = True
                if now >= next_audit and not restarting:
                    self.audit()
                    next_audit = time.monotonic() + o.audit_every
                done = ops >= o.operations and not sigstop_at and not restart_at
                if done and not restarting and stopped is None:
                    break
                if now - began > o.max_seconds:
                    timed_out = True
                    say("stress: out of time")
                    break
        finally:
            self.stop_all()
        elapsed = time.monotonic() - began
        return self.finish(elapsed, timed_out)

    def stop_all(self) -> None:
        Path(self.o_stop_file()).touch()
        for proc in self.live:
            if proc.stopped_until:
                proc.popen.send_signal(signal.SIGCONT)
        deadline = time.monotonic() + 30
        for proc in self.live:
            try:
                proc.popen.wait(max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                proc.popen.kill()
                proc.popen.wait()
        for restart in self.restarts:
            if restart.thread is not None:
                restart.thread.join(300)
        self.server.ensure_up()

    def o_stop_file(self) -> str:
        return str(self.workdir / "stop")

    def finish(self, elapsed: float, timed_out: bool) -> dict[str, Any]:
        self.history.update()
        self.db.dispose()
        # A killed counter's transaction ends when its server process notices: wait until
        # no session is left on the scratch database, so nothing can commit after the check.
        deadline = time.monotonic() + 30
        lingering = self.server.sessions_on(self.url)
        while lingering and time.monotonic() < deadline:
            time.sleep(0.2)
            lingering = self.server.sessions_on(self.url)
        if lingering:
            self.server.terminate_sessions(self.url)
        snapshot = read_snapshot(self.db.engine)
        verdict = check(snapshot, self.baseline, self.history, final=True)
        self.record(verdict, audit=False)
        counts = self.history.op_counts(final=True)
        restarts_ok = sum(1 for r in self.restarts if r.outcome == "ok")
        report: dict[str, Any] = {
            "mode": "postgresql",
            "counters": self.o.counters,
            "operations": counts["operations"],
            "ok": counts.get("ok", 0),
            "fail": counts.get("fail", 0),
            "unknown": counts.get("unknown", 0),
            "unknown_resolved": verdict.resolved,
        }
        for key in VIOLATION_KEYS:
            report[key] = max(verdict.counts[key], self.audit_worst[key])
        report["crashed_counters"] = len(self.crashed)
        report["faults_injected"] = self.kills + self.sigstops + restarts_ok
        report.update(
            {
                "kills": self.kills,
                "sigstops": self.sigstops,
                "pg_restarts": restarts_ok,
                "pg_restart_outcomes": [r.outcome for r in self.restarts],
                "pg_downtime_s": round(sum(r.downtime for r in self.restarts), 1),
                "killed_in_flight": counts.get("killed_in_flight", 0),
                "lost_connection": counts.get("lost_connection", 0),
                "audits": self.audits,
                "audits_skipped": self.audits_skipped,
                "audit_violations": self.audit_violations,
                "processes_started": self.spawned,
                "lingering_sessions": lingering,
                "sales": len(snapshot.sales),
                "refunds": len(snapshot.refunds),
                **self.history.double_sends(),
                "by_kind": self.history.by_kind(),
                "failure_reasons": self.history.failure_reasons(),
                "checkout_p50_ms": self.history.latency_ms("checkout", 0.5),
                "checkout_p99_ms": self.history.latency_ms("checkout", 0.99),
                "seconds": round(elapsed, 1),
                "operations_per_second": round(counts["operations"] / max(elapsed, 0.001), 1),
            }
        )
        violations = sum(report[k] for k in VIOLATION_KEYS) + len(self.crashed)
        violations += self.audit_violations
        missing = []
        if counts["operations"] < self.o.operations:
            missing.append(f"{counts['operations']} of {self.o.operations} operations")
        if self.sigstops < self.o.sigstops:
            missing.append(f"{self.sigstops} of {self.o.sigstops} SIGSTOPs")
        if restarts_ok < self.o.pg_restarts:
            missing.append(f"{restarts_ok} of {self.o.pg_restarts} PostgreSQL restarts")
        if timed_out:
            missing.append("out of time")
        report["violations"] = violations
        report["complete"] = not missing
        if missing:
            report["incomplete"] = missing
        if verdict.examples or self.audit_examples:
            report["examples"] = (self.audit_examples or verdict.examples)[:10]
        if self.crashed:
            report["crashes"] = self.crashed[:5]
        if self.history.internal_errors():
            report["internal_error_examples"] = [
                e.splitlines()[0] for e in self.history.internal_errors()
            ]
        return report


def run_pg(options: StressOptions) -> dict[str, Any]:
    """The multi-counter fault run; returns the report (its ``violations`` must be 0)."""
    check_counters(options.counters)
    server = Server(options.url, options.restart_command, options.start_command)
    with scratch_database(server, "pos-stress-", options.keep_logs) as scratch:
        scratch.report = _run_pg(options, server, scratch.url, scratch.workdir)
    return scratch.report


def _run_pg(options: StressOptions, server: Server, url: str, workdir: Path) -> dict[str, Any]:
    db = Database(url)
    try:
        upgrade_to_head(db)
        config = seed_store(
            db,
            products=options.products,
            stock=options.stock,
            customers=options.customers,
            balance_cents=(2000, 20000),
            rng=random.Random(options.seed),
        )
        config.update(
            url=url,
            stop_file=str(workdir / "stop"),
            mix=DEFAULT_MIX,
            double_send=options.double_send,
        )
        write_config(workdir / "config.json", config)
        baseline = read_snapshot(db.engine)
        run = PgRun(options, server, url, workdir, db)
        return run.execute(baseline)
    finally:
        db.dispose()


def exit_status(report: dict[str, Any]) -> int:
    if report.get("violations", 1):
        return 1
    return 0 if report.get("complete", True) else 2


# -- command line --------------------------------------------------------------------------

COMMANDS = ("pg", "sqlite-locks", "sqlite-kills", "counter")


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="python -m tools.stress",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = top.add_subparsers(dest="command", required=True)
    pg = sub.add_parser("pg", help="many counters on PostgreSQL, with faults (the default)")
    add_server_options(pg)
    pg.add_argument("--counters", type=int, default=8)
    pg.add_argument("--operations", type=int, default=5000, help="at least this many")
    pg.add_argument("--kill-every", type=float, default=2.0, help="seconds; 0: no kills")
    pg.add_argument("--sigstops", type=int, default=1)
    pg.add_argument("--sigstop-seconds", type=float, default=3.0)
    pg.add_argument("--pg-restarts", type=int, default=1)
    pg.add_argument("--audit-every", type=float, default=5.0)
    pg.add_argument("--products", type=int, default=20)
    pg.add_argument("--customers", type=int, default=50)
    pg.add_argument(
        "--double-send",
        type=float,
        default=0.03,
        help="share of checkouts and refunds sent twice at once (a resend while the first "
        "send is still on the server)",
    )
    add_run_options(pg)
    locks = sub.add_parser("sqlite-locks", help="P processes x N checkouts on one SQLite file")
    locks.add_argument("--processes", type=int, default=4)
    locks.add_argument("--per-process", type=int, default=2000)
    locks.add_argument("--seed", type=int)
    locks.add_argument("--keep-logs", action="store_true")
    kills = sub.add_parser("sqlite-kills", help="kill -9 during SQLite checkouts, repeatedly")
    kills.add_argument("--kills", type=int, default=200)
    kills.add_argument(
        "--max-delay",
        type=float,
        default=0.5,
        help="the kill comes up to this many seconds into a run of checkouts",
    )
    kills.add_argument("--seed", type=int)
    kills.add_argument("--keep-logs", action="store_true")
    counter = sub.add_parser("counter", help="(internal) one counter process")
    counter.add_argument("--config", type=Path, required=True)
    counter.add_argument("--log", type=Path, required=True)
    counter.add_argument("--name", required=True)
    counter.add_argument("--seed", type=int, required=True)
    counter.add_argument("--operations", type=int)
    return top


def main(argv: list[str] | None = None) -> int:
    args_in = list(sys.argv[1:] if argv is None else argv)
    if args_in[:1] == ["offline"]:  # the partition run (issue 15): tools/stress_offline.py
        from tools.stress_offline import main as offline_main  # noqa: PLC0415

        return offline_main(args_in[1:])
    if not args_in or args_in[0] not in (*COMMANDS, "-h", "--help"):
        args_in.insert(0, "pg")
    args = parser().parse_args(args_in)
    if args.command == "counter":
        return run_counter(args.config, args.log, args.name, args.seed, args.operations)
    if args.command == "sqlite-locks":
        report = run_sqlite_locks(args.processes, args.per_process, args.seed, args.keep_logs)
    elif args.command == "sqlite-kills":
        report = run_sqlite_kills(args.kills, args.max_delay, args.seed, args.keep_logs)
    else:
        options = StressOptions(
            url=args.database,
            counters=args.counters,
            operations=args.operations,
            kill_every=args.kill_every,
            sigstops=args.sigstops,
            sigstop_seconds=args.sigstop_seconds,
            pg_restarts=args.pg_restarts,
            busy_wait=args.busy_wait,
            audit_every=args.audit_every,
            products=args.products,
            customers=args.customers,
            double_send=args.double_send,
            seed=args.seed,
            max_seconds=args.max_seconds,
            keep_logs=args.keep_logs,
        )
        report = run_pg(options)
    print(json.dumps(report, separators=(", ", ": ")), flush=True)
    return exit_status(report)


if __name__ == "__main__":
    sys.exit(main())
