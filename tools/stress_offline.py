"""`make stress OFFLINE=1`: counters that keep selling while their path to the server is
cut, and lose nothing when it comes back (issue 15, the partition run).

    python -m tools.stress offline [--counters 8] [--cuts 2] [--cut-seconds 30]
        [--online-seconds 20] [--kills 4] [--pg-restarts 1] [--database URL]

On a scratch database (as ``tools.stress``: ``pos_stress_<random>``, migrated, seeded with
a small, hot store), N counter processes (``tools.stress_offline_counter``, codes C1..CN,
each with its own counter file) sell through ONE loopback relay (``tools.outage_proxy``)
to the real PostgreSQL. The run then:

1. lets them sell online for ``--warmup`` seconds;
2. cuts the relay ``--cuts`` times for ``--cut-seconds`` each: the counters go on selling
   offline (and try store credit now and then, which must be refused). During the cuts,
   ``--kills`` counters with sales waiting are ``kill -9``'ed and started again at once
   on the same counter file;
3. heals it after each cut for ``--online-seconds``; after the last cut it restarts
   PostgreSQL (immediate mode, ``tools.stress.Restart``: first waiting until no other
   test or bench database has a session) while the counters are sending their outboxes;
4. at the end asks every counter to send what waits and stop, then checks the logs and
   the counter files against the database (``tools.stress_offline_check``).

The last line printed is one JSON object (``partitions``, ``offline_sales``,
``synced_sales``, ``lost_sales``, ``duplicate_sales``, ``money_drift_cents``,
``oversold_flagged``, ``oversold_unflagged``, ``wallet_overspend_cents``,
``unknown_unresolved``, and more); the exit status is 1 on any violation, 2 when the run
could not do what it was asked (a cut, a kill or the restart that did not happen).
"""

from __future__ import annotations

import argparse
import json
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url

from pos_app.data.counter_file import CounterFile
from pos_app.data.database import Database
from pos_app.data.migrate import upgrade_to_head
from pos_app.data.outbox import WAITING, Outbox
from pos_app.data.transaction import Transaction
from tools.outage_proxy import OutageProxy
from tools.stress import Restart, Server, cluster_command
from tools.stress_base import (
    DEFAULT_URL,
    add_run_options,
    add_server_options,
    check_counters,
    say,
    scratch_database,
)
from tools.stress_offline_check import VIOLATIONS, Logs, check, outbox_rows, read_facts
from tools.stress_seed import seed_store, write_config

ROOT = Path(__file__).resolve().parents[1]
LOOPBACK = "127.0.0.1"


@dataclass
class OfflineOptions:
    url: str = DEFAULT_URL
    counters: int = 8
    cuts: int = 2
    cut_seconds: float = 30.0
    online_seconds: float = 20.0
    warmup: float = 10.0
    kills: int = 4
    pg_restarts: int = 1
    busy_wait: float = 600.0
    products: int = 40
    #: Some products run out (and are sold below zero offline), others never do.
    stock: tuple[int, int] = (5, 1500)
    customers: int = 30
    think: tuple[float, float] = (0.02, 0.08)
    wallet_try: float = 0.05
    #: Store credit offline within leases (issue 15): the allowance, None: off.
    offline_credit: str | None = None
    drain_seconds: float = 300.0
    seed: int | None = None
    max_seconds: float = 1800.0
    keep_logs: bool = False
    restart_command: list[str] = field(default_factory=lambda: cluster_command("restart"))
    start_command: list[str] = field(default_factory=lambda: cluster_command("start"))


@dataclass
class Till:
    """One counter: its code, its file and log, and the process running it now."""

    code: str
    file: Path
    log: Path
    popen: subprocess.Popen[bytes] | None = None
    exit_code: int | None = None

    def waiting(self) -> int:
        try:
            return Outbox(CounterFile(self.file)).count(WAITING) if self.file.exists() else 0
        except Exception:
            return 0  # the file is being written; asked again later


class PartitionRun:
    def __init__(self, options: OfflineOptions, server: Server, workdir: Path) -> None:
        self.o = options
        self.server = server
        self.workdir = workdir
        self.rng = random.Random(options.seed)
        self.tills = [
            Till(f"C{n}", workdir / f"C{n}.sqlite", workdir / f"C{n}.log")
            for n in range(1, options.counters + 1)
        ]
        self.relay: OutageProxy | None = None
        self.is_cut = False
        self.partitions: list[float] = []
        self.kills = 0
        self.killed_waiting: list[int] = []
        self.crashed: list[str] = []
        self.restarts: list[Restart] = []
        self.waiting_at_restart = 0
        self.recuts = 0
        self.not_drained: list[str] = []
        self.began = time.monotonic()
        self.timed_out = False

    # -- processes -------------------------------------------------------------------------
    def spawn(self, till: Till) -> None:
        err = (self.workdir / f"{till.code}.err").open("ab")
        command = [
            sys.executable,
            "-m",
            "tools.stress_offline_counter",
            "--config",
            str(self.workdir / "config.json"),
            "--log",
            str(till.log),
            "--code",
            till.code,
            "--file",
            str(till.file),
            "--seed",
            str(self.rng.randrange(2**31)),
        ]
        till.popen = subprocess.Popen(command, cwd=ROOT, stdout=err, stderr=subprocess.STDOUT)
        err.close()

    def reap(self) -> None:
        """A counter that ended by itself crashed: noted, and started again."""
        for till in self.tills:
            code = None if till.popen is None else till.popen.poll()
            if code is not None:
                tail = (self.workdir / f"{till.code}.err").read_text(errors="replace").strip()
                self.crashed.append(f"{till.code} exited {code}: {tail.splitlines()[-1:]}")
                say(f"stress: {till.code} exited by itself ({code}); starting it again")
                self.spawn(till)

    def wait_until(self, moment: float) -> None:
        while time.monotonic() < moment:
            self.reap()
            if time.monotonic() - self.began > self.o.max_seconds:
                self.timed_out = True
                raise TimeoutError("out of time")
            time.sleep(min(0.1, max(0.0, moment - time.monotonic())))

    def wait_ready(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        for till in self.tills:
            while b'"ready"' not in (till.log.read_bytes() if till.log.exists() else b""):
                self.wait_until(min(deadline, time.monotonic() + 0.1))
                if time.monotonic() >= deadline:
                    raise TimeoutError(f"{till.code} did not start")

    # -- the timeline ----------------------------------------------------------------------
    def execute(self) -> None:
        o = self.o
        for till in self.tills:
            self.spawn(till)
        self.wait_ready(120)
        say(f"stress: {o.counters} counters selling online through the relay")
        self.wait_until(time.monotonic() + o.warmup)
        for cut in range(o.cuts):
            kills = o.kills // o.cuts + (1 if cut < o.kills % o.cuts else 0)
            began = self.cut(kills)
            restart = cut == o.cuts - 1 and o.pg_restarts > 0
            self.heal(began, restart)
            self.wait_until(time.monotonic() + o.online_seconds)

    def cut(self, kills: int) -> float:
        assert self.relay is not None
        began = time.monotonic()
        self.relay.down()
        self.is_cut = True
        say(f"stress: path cut ({len(self.partitions) + 1}) for {self.o.cut_seconds:.0f} s")
        ends = began + self.o.cut_seconds
        for n in range(kills):
            self.wait_until(began + self.o.cut_seconds * (n + 1) / (kills + 1))
            while not self.kill_one() and time.monotonic() < ends:
                self.wait_until(time.monotonic() + 0.2)  # none has sales waiting yet
        self.wait_until(ends)
        return began

    def kill_one(self) -> bool:
        """kill -9 a counter with sales waiting, and start it again on the same file;
        False if none has sales waiting."""
        waiting = {till.code: till.waiting() for till in self.tills}
        candidates = [till for till in self.tills if waiting[till.code] > 0]
        if not candidates:
            return False
        victim = self.rng.choice(candidates)
        assert victim.popen is not None
        victim.popen.send_signal(signal.SIGKILL)
        victim.popen.wait()
        self.kills += 1
        self.killed_waiting.append(waiting[victim.code])
        say(f"stress: kill -9 {victim.code} with {waiting[victim.code]} sales waiting")
        self.spawn(victim)
        return True

    def heal(self, began: float, restart: bool) -> None:
        assert self.relay is not None
        deadline = time.monotonic() + self.o.busy_wait
        while True:
            if restart:
                self.wait_for_quiet_server(deadline)
            self.relay.up()
            self.is_cut = False
            if not restart or self.sending_now(deadline):
                break
            self.relay.down()  # the server got busy: the path stays cut until it is not
            self.is_cut = True
            self.recuts += 1
        self.partitions.append(round(time.monotonic() - began, 1))
        say(f"stress: path back after {self.partitions[-1]:.1f} s")
        if restart:
            restart_run = Restart(self.server, max(5.0, deadline - time.monotonic()))
            self.restarts.append(restart_run)
            restart_run.start()
            while restart_run.running:
                self.wait_until(time.monotonic() + 0.2)

    def wait_for_quiet_server(self, deadline: float) -> None:
        """Before a restart: no other test or bench database in use (the path stays cut
        meanwhile; the counters go on selling offline)."""
        while (others := self.server.other_test_sessions()) and time.monotonic() < deadline:
            say(f"stress: {others} sessions on other test databases; waiting to restart")
            self.wait_until(time.monotonic() + 5)

    def sending_now(self, deadline: float) -> bool:
        """Once the counters have begun sending their outboxes: True if the server may be
        restarted now (no other test database in use, or out of patience), else False."""
        before = sum(till.waiting() for till in self.tills)
        waiting = before
        until = time.monotonic() + 15
        while time.monotonic() < until and not 0 < waiting < before:
            self.wait_until(time.monotonic() + 0.05)
            waiting = sum(till.waiting() for till in self.tills)
        others = self.server.other_test_sessions()
        if others and time.monotonic() < deadline:
            say(f"stress: {others} sessions on other test databases; cutting the path again")
            return False
        self.waiting_at_restart = waiting
        say(f"stress: {before} sales were waiting, {waiting} still are; restarting the server")
        return True

    def drain(self) -> None:
        """Every counter sends what waits and stops (restarted ones included)."""
        assert self.relay is not None
        if self.is_cut:
            self.relay.up()
            self.is_cut = False
        (self.workdir / "drain").touch()
        deadline = time.monotonic() + self.o.drain_seconds + 30
        for till in self.tills:
            assert till.popen is not None
            try:
                till.exit_code = till.popen.wait(max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                till.popen.kill()
                till.exit_code = till.popen.wait()
            if till.exit_code != 0:
                self.not_drained.append(f"{till.code} ended {till.exit_code}")

    def stop(self) -> None:
        (self.workdir / "stop").touch()
        for till in self.tills:
            if till.popen is not None and till.popen.poll() is None:
                try:
                    till.popen.wait(30)
                except subprocess.TimeoutExpired:
                    till.popen.kill()
                    till.popen.wait()
        for restart in self.restarts:
            if restart.thread is not None:
                restart.thread.join(300)
        self.server.ensure_up()

    # -- the verdict -----------------------------------------------------------------------
    def report(self, db: Database, url: str) -> dict[str, Any]:
        lingering = wait_sessions_gone(self.server, url)
        logs = Logs()
        for till in self.tills:
            if till.log.exists():
                logs.read(till.code, till.log)
        counts, examples = check(
            logs, read_facts(db.engine), outbox_rows({t.code: t.file for t in self.tills})
        )
        restarts_ok = sum(1 for r in self.restarts if r.outcome == "ok")
        report: dict[str, Any] = {
            "mode": "offline",
            "counters": self.o.counters,
            "partitions": len(self.partitions),
            **counts,
            "partition_seconds": self.partitions,
            "kills": self.kills,
            "killed_with_waiting": self.killed_waiting,
            "pg_restarts": restarts_ok,
            "pg_restart_outcomes": [r.outcome for r in self.restarts],
            "pg_downtime_s": round(sum(r.downtime for r in self.restarts), 1),
            "waiting_at_restart": self.waiting_at_restart,
            "restart_recuts": self.recuts,
            "wallet_refused": logs.wallet_refused,
            "offline_credit": self.o.offline_credit,
            "syncs": logs.syncs,
            "sync_already_there": logs.sync_counts["already"],
            "sync_set_aside": logs.sync_counts["set_aside"],
            "sync_conflicts": logs.sync_counts["conflicts"],
            "torn_log_lines": logs.torn_lines,
            "crashed_counters": len(self.crashed),
            "lingering_sessions": lingering,
            "seconds": round(time.monotonic() - self.began, 1),
        }
        report["violations"] = sum(counts[k] for k in VIOLATIONS) + len(self.crashed)
        missing = self.missing(report)
        report["complete"] = not missing
        if missing:
            report["incomplete"] = missing
        if examples:
            report["examples"] = examples[:10]
        if self.crashed or self.not_drained:
            report["crashes"] = (self.crashed + self.not_drained)[:5]
        return report

    def missing(self, report: dict[str, Any]) -> list[str]:
        o = self.o
        missing = []
        short = [s for s in self.partitions if s < o.cut_seconds]
        if len(self.partitions) < o.cuts or short:
            missing.append(f"{len(self.partitions)} of {o.cuts} cuts of {o.cut_seconds:.0f} s")
        if self.kills < o.kills:
            missing.append(f"{self.kills} of {o.kills} kills with sales waiting")
        if report["pg_restarts"] < o.pg_restarts:
            missing.append(f"{report['pg_restarts']} of {o.pg_restarts} PostgreSQL restarts")
        if not report["offline_sales"]:
            missing.append("no offline sale")
        if o.wallet_try and not report["wallet_refused"]:
            missing.append("store credit was never tried offline")
        if self.not_drained:
            missing.append(f"not drained: {', '.join(self.not_drained)}")
        if self.timed_out:
            missing.append("out of time")
        return missing


def wait_sessions_gone(server: Server, url: str) -> int:
    """No session left on the scratch database (a killed counter's, at worst), so that
    nothing can commit after the check."""
    deadline = time.monotonic() + 30
    lingering = server.sessions_on(url)
    while lingering and time.monotonic() < deadline:
        time.sleep(0.2)
        lingering = server.sessions_on(url)
    if lingering:
        server.terminate_sessions(url)
    return lingering


def relay_target(url: str) -> tuple[str, int]:
    parsed = make_url(url)
    return (parsed.host or LOOPBACK, parsed.port or 5432)


def prepare(options: OfflineOptions, url: str, relay: OutageProxy, workdir: Path) -> None:
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
        if options.offline_credit is not None:
            allow_credit_offline(db, options.offline_credit)
    finally:
        db.dispose()
    config.update(
        offline_credit=options.offline_credit is not None,
        url=make_url(url).set(host=LOOPBACK, port=relay.port).render_as_string(False),
        stop_file=str(workdir / "stop"),
        drain_file=str(workdir / "drain"),
        think=list(options.think),
        wallet_try=options.wallet_try,
        drain_seconds=options.drain_seconds,
    )
    write_config(workdir / "config.json", config)


def allow_credit_offline(db: Database, allowance: str) -> None:
    """Turn store credit offline on, each counter's lease ``allowance`` (e.g. "20.00")."""
    settings = {"store_credit_offline": "1", "offline_credit_allowance": allowance}

    def work(tx: Transaction) -> None:
        for key, value in settings.items():
            tx.pricing.put_setting(key, value, None)

    db.write(work)


def run_offline(options: OfflineOptions) -> dict[str, Any]:
    """The partition run; returns the report (its ``violations`` must be 0)."""
    check_counters(options.counters)
    server = Server(options.url, options.restart_command, options.start_command)
    with scratch_database(server, "pos-stress-offline-", options.keep_logs) as scratch:
        url, workdir = scratch.url, scratch.workdir
        relay = OutageProxy(relay_target(url))
        run = PartitionRun(options, server, workdir)
        run.relay = relay
        try:
            prepare(options, url, relay, workdir)
            try:
                run.execute()
            except TimeoutError as exc:
                say(f"stress: {exc}")
            run.drain()
            run.stop()
            db = Database(url)
            try:
                scratch.report = run.report(db, url)
            finally:
                db.dispose()
        finally:
            run.stop()
            relay.close()
    return scratch.report


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="python -m tools.stress offline",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_server_options(top)
    top.add_argument("--counters", type=int, default=8)
    top.add_argument("--cuts", type=int, default=2)
    top.add_argument("--cut-seconds", type=float, default=30.0)
    top.add_argument("--online-seconds", type=float, default=20.0)
    top.add_argument("--warmup", type=float, default=10.0)
    top.add_argument("--kills", type=int, default=4, help="kill -9s during the cuts, in all")
    top.add_argument("--pg-restarts", type=int, default=1, help="0 or 1")
    top.add_argument("--products", type=int, default=40)
    top.add_argument("--customers", type=int, default=30)
    add_run_options(top)
    top.add_argument(
        "--offline-credit",
        metavar="ALLOWANCE",
        nargs="?",
        const="20.00",
        help="store credit offline within leases of ALLOWANCE (20.00) per customer and "
        "counter: counters reserve while online and pay by store credit offline",
    )
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    options = OfflineOptions(
        url=args.database,
        counters=args.counters,
        cuts=args.cuts,
        cut_seconds=args.cut_seconds,
        online_seconds=args.online_seconds,
        warmup=args.warmup,
        kills=args.kills,
        pg_restarts=min(1, args.pg_restarts),
        busy_wait=args.busy_wait,
        products=args.products,
        customers=args.customers,
        seed=args.seed,
        max_seconds=args.max_seconds,
        keep_logs=args.keep_logs,
        offline_credit=args.offline_credit,
        # More store credit tried offline when it can be taken within a lease.
        wallet_try=0.2 if args.offline_credit else OfflineOptions.wallet_try,
    )
    report = run_offline(options)
    print(json.dumps(report, separators=(", ", ": ")), flush=True)
    if report.get("violations", 1):
        return 1
    return 0 if report.get("complete", False) else 2
