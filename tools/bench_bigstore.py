"""`make bench BENCH_ARGS="--only bigstore"` (issue 14): a big store, on SQLite and on
PostgreSQL. Its seed is made by the project's own demo data: `pos-admin demo-data
--products 1000000` (timed: ``demo_data_1m_s``), then 200,000 customers and 2,000,000
sales over 365 days through ``DemoDataService.generate`` in bulk, on top of the bench's
three staff accounts. ``--big-scale 0.1`` makes a tenth of each for a quick try; the keys
keep their names (``_1m``, ``_200k``, ``_2m``) and the JSON says the scale.

Seeds are cached between runs while the migrations are the same (their digest names
them): SQLite a file under ~/.cache/counter-pos-bench, measured on a copy of it;
PostgreSQL a template database ``pos_bench_big_v<seed>_<digest>[_s<scale>]``, cloned
with CREATE DATABASE ... TEMPLATE for each run and the clone dropped afterwards.

The screens are measured by ``tools.bench_ui``'s own children (Inventory open, typed
searches and scans with the UI heartbeat, peak memory; Enter on a barcode to the cart
line); customer search, sales history and the Z report by calling the public services.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any, Protocol, TypeVar

import psycopg
from sqlalchemy import event
from sqlalchemy.engine import make_url

from pos_app.data.database import Database
from pos_app.data.migrate import head_revision, upgrade_to_head
from pos_app.data.transaction import Transaction
from pos_app.services import build_services
from pos_app.services.passwords import MIN_COST, PasswordHasher
from pos_app.services.records import Actor
from tools import bench_seed

PRODUCTS = 1_000_000
CUSTOMERS = 200_000
SALES = 2_000_000
DAYS = 365
#: Bump when what the seed makes changes, so an old cached seed is not reused.
SEED_VERSION = 1
CACHE_DIR = Path.home() / ".cache" / "counter-pos-bench"
BACKENDS = ("sqlite", "postgresql")
#: Goals from the issue's table, per backend suffix.
BASE_GOALS: dict[str, tuple[str, float]] = {
    "inventory_open_ms_1m": ("<=", 300),
    "search_p95_ms_1m": ("<=", 50),
    "ui_stall_max_ms_1m": ("<=", 50),
    "scan_to_line_p95_ms_1m": ("<=", 30),
    "customer_search_p95_ms_200k": ("<=", 50),
    "sales_history_p95_ms_2m": ("<=", 100),
    "z_report_ms_2m": ("<=", 500),
    "peak_rss_mib_1m": ("<=", 250),
    "demo_data_1m_s": ("<=", 180),
}
GOALS = {f"{key}_{backend}": goal for key, goal in BASE_GOALS.items() for backend in BACKENDS}
#: A call slower than this is timed once; a SQLite query is stopped after BUDGET_S.
SLOW_MS = 2_000
BUDGET_S = 60
T = TypeVar("T")
CUSTOMER_TERMS = ("ana", "smith", "garcia12", "06 12", "john", "zzq")


class Figures(Protocol):
    """What this section needs of bench.Report."""

    figures: dict[str, float | None]
    problems: list[str]

    def put(self, key: str, value: float, unit: str = "", section: str = "") -> None: ...

    def note(self, section: str, label: str, text: str, depth: int = 1) -> None: ...


UiChild = Callable[..., dict[str, Any]]


@dataclass(frozen=True)
class Size:
    """The seed's counts at a scale."""

    scale: float

    @property
    def products(self) -> int:
        return round(PRODUCTS * self.scale)

    @property
    def customers(self) -> int:
        return round(CUSTOMERS * self.scale)

    @property
    def sales(self) -> int:
        return round(SALES * self.scale)

    @property
    def tag(self) -> str:
        return "" if self.scale == 1 else f"_s{round(self.scale * 1000):04d}"


def percentile(values: Sequence[float], pct: float) -> float:
    ordered = sorted(values)
    rank = (len(ordered) - 1) * pct / 100
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def timed(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return (time.perf_counter() - started) * 1000


# -- seeding ------------------------------------------------------------------------------
def pos_admin(*args: str) -> list[str]:
    script = Path(sys.executable).with_name("pos-admin")
    if script.exists():
        return [str(script), *args]
    code = "import sys; from pos_app.cli import main; sys.exit(main())"
    return [sys.executable, "-c", code, *args]


def build_seed(url: str, size: Size, log: Callable[[str], None]) -> dict[str, Any]:
    """Fill the migrated, empty database at ``url``; what its making measured."""
    db = Database(url)
    try:
        upgrade_to_head(db)
        bench_seed.add_staff(db, PasswordHasher(MIN_COST).hash(bench_seed.STAFF_PASSWORD))
    finally:
        db.dispose()
    load = os.getloadavg()[0]
    log(f"  pos-admin demo-data --products {size.products:,} …")
    command = pos_admin("--database", url, "demo-data", "--products", str(size.products))
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, timeout=3600, check=False)
    demo_s = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"demo-data failed: {done.stderr[-2000:]}")
    log(
        f"  … {demo_s:,.1f} s (load {load:.1f}); {size.customers:,} customers, "
        f"{size.sales:,} sales over {DAYS} days …"
    )
    started = time.perf_counter()
    db = Database(url)
    try:
        made = build_services(db, bcrypt_cost=MIN_COST).demo.generate(
            Actor.system(),
            products=0,
            customers=size.customers,
            sales=size.sales,
            reviews=round(20_000 * size.scale),
            seed=2,
            bulk=True,
            days=DAYS,
        )
    finally:
        db.dispose()
    rest_s = time.perf_counter() - started
    log(f"  … {rest_s:,.1f} s: {made.sales:,} sales made")
    return {
        "demo_data_s": demo_s,
        "demo_data_load": load,
        "customers_and_sales_s": rest_s,
        "sales": made.sales,
        "built": datetime.now(UTC).isoformat(timespec="seconds"),
    }


def sqlite_seed(
    size: Size, rebuild: bool, log: Callable[[str], None]
) -> tuple[Path, dict[str, Any]]:
    """The cached SQLite seed of this schema and scale, built first if missing."""
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    digest = bench_seed.migrations_digest()
    stem = f"bigstore{size.tag}-v{SEED_VERSION}-{head_revision()}-{digest}"
    path, info = CACHE_DIR / f"{stem}.db", CACHE_DIR / f"{stem}.json"
    if path.exists() and info.exists() and not rebuild:
        log(f"sqlite: using the cached seed {path}")
        return path, json.loads(info.read_text())
    older = sorted(CACHE_DIR.glob(f"bigstore{size.tag}-v{SEED_VERSION}-*.json"))
    if older and not rebuild:
        return upgraded_seed(older[-1], path, info, log)
    for stale in CACHE_DIR.glob(f"bigstore{size.tag}-v*"):
        stale.unlink(missing_ok=True)
    log(f"sqlite: seeding {path} (cached) …")
    building = path.with_name(f"{stem}.building-{os.getpid()}.db")
    try:
        made = build_seed(f"sqlite:///{building}", size, log)
        for suffix in ("-wal", "-shm"):
            Path(f"{building}{suffix}").unlink(missing_ok=True)
        building.replace(path)
        info.write_text(json.dumps(made))
    finally:
        building.unlink(missing_ok=True)
    return path, made


def upgraded_seed(
    old_info: Path, path: Path, info: Path, log: Callable[[str], None]
) -> tuple[Path, dict[str, Any]]:
    """A seed of an older schema, upgraded in place as a store would be: much quicker
    than making two million sales again. Its figures say when and at what it was made."""
    old = old_info.with_suffix(".db")
    if not old.exists():
        raise FileNotFoundError(old)
    log(f"sqlite: upgrading the seed {old.name} to {head_revision()} …")
    started = time.perf_counter()
    db = Database(f"sqlite:///{old}")
    try:
        upgrade_to_head(db)
    finally:
        db.dispose()
    for backup in old.parent.glob(f"{old.stem}.before-*"):  # the upgrade's own copy
        backup.unlink()
    made = dict(json.loads(old_info.read_text()), upgraded_from=old.stem)
    for suffix in ("-wal", "-shm"):
        Path(f"{old}{suffix}").unlink(missing_ok=True)
    old.replace(path)
    info.write_text(json.dumps(made))
    old_info.unlink()
    log(f"  … {time.perf_counter() - started:,.0f} s")
    return path, made


def admin(server_url: str) -> psycopg.Connection[Any]:
    info = make_url(server_url).set(drivername="postgresql").render_as_string(hide_password=False)
    return psycopg.connect(info, autocommit=True, connect_timeout=5)


def database_url(server_url: str, name: str) -> str:
    return make_url(server_url).set(database=name).render_as_string(hide_password=False)


def postgres_seed(
    server_url: str, size: Size, rebuild: bool, log: Callable[[str], None]
) -> tuple[str, dict[str, Any]]:
    """The name of the template database of this schema and scale, built first if missing;
    what its making measured is the database's comment."""
    name = f"pos_bench_big_v{SEED_VERSION}_{bench_seed.migrations_digest()}{size.tag}"
    with admin(server_url) as conn:
        found = conn.execute(
            "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = %s",
            (name,),
        ).fetchone()
        if found and found[0] and not rebuild:
            log(f"postgresql: using the template database {name}")
            return name, json.loads(found[0])
        stale = conn.execute(
            "SELECT datname, shobj_description(oid, 'pg_database') FROM pg_database "
            "WHERE datname LIKE 'pos\\_bench\\_big\\_%%' ORDER BY datname"
        ).fetchall()
        mine = rf"pos_bench_big_v{SEED_VERSION}_[0-9a-f]+{size.tag}"
        older = [(old, made) for old, made in stale if made and re.fullmatch(mine, old)]
        if older and not rebuild:
            return upgraded_template(server_url, *older[-1], name, log)
        for old, _made in stale:
            same_scale = re.fullmatch(rf"pos_bench_big_v\d+_[0-9a-f]+{size.tag}", old)
            if same_scale or old.startswith("pos_bench_big_building_"):
                conn.execute(f'DROP DATABASE IF EXISTS "{old}" WITH (FORCE)')
        building = f"pos_bench_big_building_{uuid.uuid4().hex[:8]}"
        conn.execute(f'CREATE DATABASE "{building}"')
    log(f"postgresql: seeding the template database {name} …")
    try:
        made = build_seed(database_url(server_url, building), size, log)
        with admin(server_url) as conn:
            conn.execute(f'ALTER DATABASE "{building}" RENAME TO "{name}"')
            conn.execute(f"COMMENT ON DATABASE \"{name}\" IS '{json.dumps(made)}'")
    except BaseException:
        with admin(server_url) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{building}" WITH (FORCE)')
        raise
    return name, made


def upgraded_template(
    server_url: str, old: str, made_text: str, name: str, log: Callable[[str], None]
) -> tuple[str, dict[str, Any]]:
    """A template of an older schema, renamed and upgraded in place as a store would be:
    much quicker than making two million sales again."""
    log(f"postgresql: upgrading the template database {old} to {head_revision()} …")
    started = time.perf_counter()
    with admin(server_url) as conn:
        conn.execute(f'ALTER DATABASE "{old}" RENAME TO "{name}"')
    db = Database(database_url(server_url, name))
    try:
        upgrade_to_head(db)
    finally:
        db.dispose()
    made = dict(json.loads(made_text), upgraded_from=old)
    with admin(server_url) as conn:
        conn.execute(f"COMMENT ON DATABASE \"{name}\" IS '{json.dumps(made)}'")
    log(f"  … {time.perf_counter() - started:,.0f} s")
    return name, made


def clone(server_url: str, template: str) -> str:
    name = f"pos_bench_bigrun_{uuid.uuid4().hex[:8]}"
    with admin(server_url) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    return database_url(server_url, name)


def drop(server_url: str, url: str) -> None:
    name = make_url(url).database or ""
    assert name.startswith("pos_bench_bigrun_"), name
    with admin(server_url) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


# -- measuring ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Probes:
    """What the service measurements ask for, found in the seed."""

    manager: Actor
    customer_id: int  #: a customer who bought
    popular_id: int  #: a product sold often
    rare_id: int  #: a product sold once or twice
    newest: datetime  #: the last sale's time


def probes(db: Database) -> Probes:
    staff = bench_seed.staff_of(db)

    def work(tx: Transaction) -> tuple[int, int, int, datetime]:
        rows = tx.session.execute(
            text_query(
                "SELECT customer_id, created_at FROM sales WHERE customer_id IS NOT NULL "
                "ORDER BY id DESC LIMIT 1"
            )
        ).one()
        sold = tx.session.execute(
            text_query(
                "SELECT product_id FROM sale_lines WHERE sale_id > (SELECT max(id) - 20000 "
                "FROM sales) GROUP BY product_id ORDER BY count(*) DESC, product_id"
            )
        ).all()
        return int(rows[0]), int(sold[0][0]), int(sold[-1][0]), rows[1]

    customer, popular, rare, newest = db.read(work)
    if isinstance(newest, str):  # SQLite through a text query
        newest = datetime.fromisoformat(newest).replace(tzinfo=UTC)
    return Probes(staff.manager, customer, popular, rare, newest)


def text_query(sql: str) -> Any:
    from sqlalchemy import text  # noqa: PLC0415 - only the probes read the seed by SQL

    return text(sql)


class Sampler:
    """Times a service call ``rounds`` times, or once if it is slow (that time then counts
    ``rounds`` times, so each call weighs the same in a p95); a SQLite query that runs
    past BUDGET_S is stopped (a progress handler), so that one pathological plan cannot
    hold the bench for hours: its figure is then the time until it was stopped, a floor."""

    def __init__(self, db: Database) -> None:
        self.until = float("inf")
        if db.backend == "sqlite":
            event.listen(db.engine, "connect", self._install)

    def _install(self, connection: Any, _record: Any) -> None:
        connection.set_progress_handler(self._late, 10_000)

    def _late(self) -> int:
        return int(time.perf_counter() > self.until)

    def sample(self, work: Callable[[], T], rounds: int) -> tuple[T | None, list[float], float]:
        """(the first answer or None if stopped, times in ms, ms until stopped or 0)."""
        started = time.perf_counter()
        self.until = started + BUDGET_S
        try:
            first = work()
        except Exception:
            if time.perf_counter() < self.until:
                raise
            elapsed = (time.perf_counter() - started) * 1000
            return None, [elapsed] * rounds, elapsed
        finally:
            self.until = float("inf")
        first_ms = (time.perf_counter() - started) * 1000
        if first_ms > SLOW_MS:  # counts as many times as a quick call is timed
            return first, [first_ms] * rounds, 0.0
        return first, [timed(work) for _ in range(rounds)], 0.0


def measure_services(report: Figures, section: str, url: str, suffix: str, rounds: int) -> None:
    """Customer search, sales history and the Z report through the public services."""
    db = Database(url)
    try:
        sampler = Sampler(db)
        services = build_services(db, bcrypt_cost=MIN_COST)
        probe = probes(db)
        manager = probe.manager

        customer_ms: list[float] = []
        for term in CUSTOMER_TERMS:
            page = services.customers.search(manager, term)  # warm
            times = [
                timed(partial(services.customers.search, manager, term)) for _ in range(rounds)
            ]
            customer_ms += times
            found = f"{page.total:,}{'+' if page.capped else ''}"
            report.note(
                section,
                f"customers '{term}' ({found} found), median",
                f"{statistics.median(times):,.1f} ms",
            )
        report.put(
            f"customer_search_p95_ms_200k_{suffix}", percentile(customer_ms, 95), " ms", section
        )

        end = probe.newest
        week = {"since": end - timedelta(days=7), "until": end + timedelta(seconds=1)}
        filters: dict[str, dict[str, Any]] = {
            "last 7 days": week,
            "a customer": {"customer_id": probe.customer_id},
            "a customer, last 7 days": {"customer_id": probe.customer_id, **week},
            "a best seller": {"product_id": probe.popular_id},
            "a rarely sold product": {"product_id": probe.rare_id},
            "a best seller, last 7 days": {"product_id": probe.popular_id, **week},
        }
        history_ms: list[float] = []
        for label, given in filters.items():
            ask = partial(services.sales.history, manager, limit=100, **given)
            sales, times, stopped = sampler.sample(ask, rounds)
            history_ms += times
            if sales is None:
                report.note(section, f"history, {label}", f"stopped after {stopped:,.0f} ms")
                continue
            after = sales.next_after
            later = 0.0
            if after is not None:
                _, next_times, _ = sampler.sample(partial(ask, after=after), 3)
                later = statistics.median(next_times)
            report.note(
                section,
                f"history, {label} ({sales.total:,} sales), median / next page",
                f"{statistics.median(times):,.1f} / {later:,.1f} ms",
            )
        report.put(f"sales_history_p95_ms_2m_{suffix}", percentile(history_ms, 95), " ms", section)

        last_day = end.date()
        first_day = last_day - timedelta(days=DAYS - 1)
        totals_ms = [
            timed(lambda: services.sales.daily_totals(manager, first_day, last_day, UTC))
            for _ in range(3)
        ]
        days = services.sales.daily_totals(manager, first_day, last_day, UTC)
        busiest = max(days, key=lambda d: d.sales)
        since = datetime.combine(busiest.day, datetime.min.time(), UTC)
        until = since + timedelta(days=1)
        services.end_of_day.z_report(manager, since, until)  # warm
        z_ms = [
            timed(lambda: services.end_of_day.z_report(manager, since, until)) for _ in range(5)
        ]
        report.put(f"z_report_ms_2m_{suffix}", statistics.median(z_ms), " ms", section)
        report.note(
            section,
            f"busiest day {busiest.day} ({busiest.sales:,} sales), max",
            f"{max(z_ms):,.1f} ms",
        )
        report.note(
            section,
            f"daily totals of {DAYS} days, median",
            f"{statistics.median(totals_ms):,.1f} ms",
        )
        month = [
            timed(lambda: services.sales.top_products(manager, until - timedelta(days=30), until))
            for _ in range(3)
        ]
        report.note(
            section, "best sellers of 30 days, median", f"{statistics.median(month):,.1f} ms"
        )
    finally:
        db.dispose()


def measure_screens(
    report: Figures,
    section: str,
    url: str,
    suffix: str,
    size: Size,
    plan: Any,
    ui_child: UiChild,
    env: dict[str, str],
) -> None:
    """tools.bench_ui's children on the big seed: the Inventory, then the checkout."""
    desk = ui_child(
        "desktop",
        url,
        env,
        "--opens",
        str(plan.opens),
        "--rounds",
        str(plan.search_rounds),
        "--products",
        str(size.products),
    )
    opens = desk["open_ms"]
    report.put(f"inventory_open_ms_1m_{suffix}", statistics.median(opens), " ms", section)
    report.note(section, "first / slowest open", f"{opens[0]:,.0f} / {max(opens):,.0f} ms")
    searches = desk["searches"]
    report.put(
        f"search_p95_ms_1m_{suffix}", percentile([s["ms"] for s in searches], 95), " ms", section
    )
    for query in sorted({s["query"] for s in searches if s["kind"] == "typed"}):
        mine = [s for s in searches if s["query"] == query]
        report.note(
            section,
            f"'{query}' ({mine[0]['total']:,} found), median",
            f"{statistics.median(s['ms'] for s in mine):,.1f} ms "
            f"(query {statistics.median(s['query_ms'] for s in mine):,.1f})",
        )
    scanned = [s["ms"] for s in searches if s["kind"] == "scan"]
    if scanned:
        report.note(
            section,
            "a scanned barcode in the search box, median",
            f"{statistics.median(scanned):,.1f} ms",
        )
    report.put(f"ui_stall_max_ms_1m_{suffix}", desk["stall_max_ms"], " ms", section)
    report.note(
        section,
        "UI thread's own CPU in the longest stall",
        f"{desk.get('stall_cpu_ms', 0.0):,.1f} ms",
    )
    report.note(section, "longest stall while opening", f"{desk['open_stall_max_ms']:,.1f} ms")
    report.put(f"peak_rss_mib_1m_{suffix}", desk["peak_rss_mib"], " MiB", section)
    scan = ui_child("scan", url, env, "--scans", str(plan.scans), "--products", str(size.products))
    times = scan["scan_ms"]
    report.put(f"scan_to_line_p95_ms_1m_{suffix}", percentile(times, 95), " ms", section)
    report.note(
        section,
        f"median / max of {len(times)} scans",
        f"{statistics.median(times):,.1f} / {max(times):,.1f} ms",
    )


def run(
    report: Figures,
    plan: Any,
    scale: float,
    server_url: str,
    env: dict[str, str],
    work: Path,
    ui_child: UiChild,
    log: Callable[[str], None],
    rebuild: bool = False,
    section_of: Callable[[str], str] = str,
    backends: Sequence[str] = BACKENDS,
) -> None:
    """The section on both backends; a backend that fails is a problem, not the end."""
    size = Size(scale)
    report.figures["bigstore_scale"] = scale
    title = (
        f"5. Big store (issue 14), scale {scale:g}: {size.products:,} products, "
        f"{size.customers:,} customers, {size.sales:,} sales over {DAYS} days"
    )
    for backend in backends:
        section = section_of(f"{title}, {'SQLite' if backend == 'sqlite' else 'PostgreSQL'}")
        try:
            measure_backend(
                report, section, backend, size, plan, server_url, env, work, ui_child, log, rebuild
            )
        except Exception as exc:
            log(f"!! bigstore on {backend} failed: {exc}")
            report.problems.append(
                f"bigstore {backend}: {type(exc).__name__}: {exc}".splitlines()[0][:200]
            )


def measure_backend(
    report: Figures,
    section: str,
    backend: str,
    size: Size,
    plan: Any,
    server_url: str,
    env: dict[str, str],
    work: Path,
    ui_child: UiChild,
    log: Callable[[str], None],
    rebuild: bool,
) -> None:
    copy = work / "bigstore.db"
    if backend == "sqlite":
        seed, made = sqlite_seed(size, rebuild, log)
        shutil.copyfile(seed, copy)
        url = f"sqlite:///{copy}"
    else:
        template, made = postgres_seed(server_url, size, rebuild, log)
        url = clone(server_url, template)
    try:
        db = Database(url)
        try:
            upgrade_to_head(db)  # a migration that landed while the seed was made
        finally:
            db.dispose()
        report.put(f"demo_data_1m_s_{backend}", made["demo_data_s"], " s", section)
        report.note(
            section,
            "measured when the seed was built",
            f"{made['built']}, load {made['demo_data_load']:.1f}",
        )
        if "upgraded_from" in made:
            report.note(section, "seed upgraded from", str(made["upgraded_from"]))
        report.note(
            section,
            "then the customers and sales (bulk)",
            f"{made['customers_and_sales_s']:,.0f} s",
        )
        log(f"{backend}: screens (load {os.getloadavg()[0]:.1f}) …")
        measure_screens(report, section, url, backend, size, plan, ui_child, env)
        log(f"{backend}: services (load {os.getloadavg()[0]:.1f}) …")
        measure_services(report, section, url, backend, 10 if plan.rounds == 1 else 20)
        report.note(section, "load (1-minute average) at the end", f"{os.getloadavg()[0]:.2f}")
    finally:
        if backend == "sqlite":
            for leftover in (copy, Path(f"{copy}-wal"), Path(f"{copy}-shm")):
                leftover.unlink(missing_ok=True)
        else:
            drop(server_url, url)
