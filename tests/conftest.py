"""Real databases for every test: a fresh SQLite file, and the PostgreSQL server named by
POS_TEST_POSTGRES_URL (a database of our own, created here and dropped at the end)."""

from __future__ import annotations

import gc
import os
import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import keyring
import psycopg
import pytest
from memory_keyring import MemoryKeyring
from PySide6.QtCore import QSettings
from sqlalchemy.engine import make_url

from pos_app.data import models, pricing_models
from pos_app.data.database import Database
from pos_app.data.migrate import upgrade_to_head
from pos_app.data.transaction import Transaction
from pos_app.domain.currency import DEFAULT_CURRENCY, set_store_currency
from pos_app.domain.enums import Category, Role
from pos_app.domain.money import set_money_formatter
from pos_app.services import Services, build_services
from pos_app.services.base import add_account
from pos_app.services.passwords import COST_VARIABLE, MIN_COST, PasswordHasher
from pos_app.services.records import AccountId, Actor
from pos_app.ui.collector import collect_due
from pos_app.ui.context import AppContext, AppSettings
from pos_app.ui.errors import ErrorPresenter
from pos_app.ui.tasks import TaskRunner
from pos_app.ui.widgets import guard_alt_letters

if TYPE_CHECKING:
    from tools.outage_proxy import OutageProxy

POSTGRES_URL = os.environ.get("POS_TEST_POSTGRES_URL", "")
#: `make test-fast`: the edit-test loop, with a tenth of the generated examples.
ROOT = Path(__file__).resolve().parents[1]
FAST = os.environ.get("POS_TEST_FAST") == "1"
REQUIRE_POSTGRES = os.environ.get("POS_REQUIRE_POSTGRES") == "1"
NO_POSTGRES = "POS_TEST_POSTGRES_URL is not set: PostgreSQL-backed tests skipped"
TEST_BCRYPT_COST = MIN_COST  # the lowest the app allows, for tests that build their own services
QUICK_BCRYPT_COST = 4  # bcrypt's own lowest: the suite's hasher (QuickHasher)
STAFF_PASSWORD = "staff-pass-1"


def pytest_configure(config: pytest.Config) -> None:
    # As in the app (pos_app.ui.collector): the cyclic collector never runs on a worker
    # thread, where freeing a Qt object crashes the process; each test ends with the
    # collection that was due, on the main thread.
    gc.disable()
    if REQUIRE_POSTGRES and not POSTGRES_URL:
        raise pytest.UsageError("POS_REQUIRE_POSTGRES=1 but POS_TEST_POSTGRES_URL is not set")
    # No test touches the developer's own keyring: this process keeps passwords in a dict
    # (tests that need another backend put it in place for their block), and the programs
    # the tests start get keyring's null backend (finds nothing, keeps nothing).
    keyring.set_keyring(MemoryKeyring())
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    if FAST:
        # The edit-test loop: the app's own hasher (app starts, pos-admin, the programs
        # the tests start) at the lowest cost it allows, a quarter of its default's work;
        # `make test` keeps the default.
        os.environ.setdefault(COST_VARIABLE, str(MIN_COST))


def _admin_conninfo(url: str) -> str:
    parsed = make_url(url)
    return parsed.set(drivername="postgresql").render_as_string(hide_password=False)


class QuickHasher(PasswordHasher):
    """bcrypt at its lowest work factor, for the test suite only (Django gives test suites
    the same advice: a fast password hasher). A hash or a check takes about 1 ms here
    against 60 at the app's minimum of 10, and one `make test-fast` did about 700 of them.
    The suite tests who may sign in and what is refused, not bcrypt's work factor; the
    app's own hasher (cost 12, never below 10; 10 in the edit-test loop, by
    POS_BCRYPT_COST) is what pos-admin and the tests' real processes use."""

    def __init__(self) -> None:
        super().__init__()
        self.cost = QUICK_BCRYPT_COST


@dataclass(frozen=True)
class PgServer:
    """A scratch database on the test server, and how to make more of them."""

    url: str

    def create_database(self, prefix: str = "pos_test") -> str:
        name = f"{prefix}_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(_admin_conninfo(self.url), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
            if FAST:
                # The edit-test loop does not wait for the server's disk at each commit;
                # `make test` and CI keep the server's durable default.
                conn.execute(f'ALTER DATABASE "{name}" SET synchronous_commit = off')
        return make_url(self.url).set(database=name).render_as_string(hide_password=False)

    def migrated_database(self, prefix: str = "pos_test") -> str:
        """A new database at the head revision: a copy of this process's migrated template
        (a copy takes a fraction of the second the migrations take from nothing)."""
        if not _TEMPLATES:
            template = self.create_database("pos_template")
            db = Database(template)
            upgrade_to_head(db)
            db.dispose()  # a template has no connection while it is copied
            _TEMPLATES.append(template)
        source = make_url(_TEMPLATES[0]).database
        name = f"{prefix}_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(_admin_conninfo(self.url), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{source}"')
            if FAST:
                conn.execute(f'ALTER DATABASE "{name}" SET synchronous_commit = off')
        return make_url(self.url).set(database=name).render_as_string(hide_password=False)

    def drop_database(self, url: str) -> None:
        name = make_url(url).database
        with psycopg.connect(_admin_conninfo(self.url), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


#: This test process's migrated template database (``PgServer.migrated_database``).
_TEMPLATES: list[str] = []


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    if not POSTGRES_URL:
        if REQUIRE_POSTGRES:
            pytest.fail(NO_POSTGRES)
        pytest.skip(NO_POSTGRES)
    try:
        with psycopg.connect(_admin_conninfo(POSTGRES_URL), connect_timeout=5) as conn:
            conn.execute("SELECT 1")
    except psycopg.OperationalError as exc:
        pytest.fail(f"PostgreSQL at POS_TEST_POSTGRES_URL is not reachable: {exc}")
    server = PgServer(POSTGRES_URL)
    yield server
    while _TEMPLATES:
        server.drop_database(_TEMPLATES.pop())


@pytest.fixture(scope="session")
def pg_migrated_url(pg_server: PgServer) -> Iterator[str]:
    url = pg_server.migrated_database()
    yield url
    pg_server.drop_database(url)


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.db"
    db = Database(f"sqlite:///{path}")
    upgrade_to_head(db)
    db.dispose()
    return path


def _truncate_all(db: Database) -> None:
    """Empty every table and start every id at 1 again, then put back what the migrations
    seed (the default categories, the pricing version).

    DELETE with the triggers off (``session_replication_role = replica``: the append-only
    triggers and the foreign keys' own) takes about 8 ms here, TRUNCATE of the 20 tables
    about 70 ms, for each of the ~500 PostgreSQL tests of a run. A role that may not turn
    triggers off (not a superuser) gets TRUNCATE."""
    tables = [t.name for t in models.Base.metadata.sorted_tables]
    with db.engine.begin() as conn:
        superuser = conn.exec_driver_sql(
            "SELECT rolsuper FROM pg_roles WHERE rolname = current_user"
        )
        if superuser.scalar():
            conn.exec_driver_sql("SET LOCAL session_replication_role = replica")
            for table in reversed(tables):
                conn.exec_driver_sql(f"DELETE FROM {table}")
            sequences = conn.exec_driver_sql(
                "SELECT quote_ident(sequencename) FROM pg_sequences WHERE schemaname = 'public'"
            ).scalars()
            conn.exec_driver_sql(
                "SELECT " + ", ".join(f"setval('{name}', 1, false)" for name in sequences)
            )
            # The seed goes through the triggers, as the migrations' did (the catalogue's
            # change numbers, migration 0011).
            conn.exec_driver_sql("SET LOCAL session_replication_role = origin")
        else:
            conn.exec_driver_sql(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE")
        conn.execute(
            models.ProductCategory.__table__.insert(),
            [{"name": c.value, "active": True, "created_at": models.utcnow()} for c in Category],
        )
        conn.execute(pricing_models.PricingState.__table__.insert(), {"id": 1, "version": 1})


class PgEmptier:
    """Empties this worker's migrated PostgreSQL database before each test, as
    ``_truncate_all`` does for a superuser, in one round trip on one connection kept for
    the session: the statements are sent together (psycopg allows that without
    parameters). Making an engine and sending each statement on its own took ~50 ms of
    each of the ~700 PostgreSQL tests of the edit-test loop."""

    def __init__(self, url: str) -> None:
        self._conninfo = _admin_conninfo(url)
        self._conn: psycopg.Connection[Any] | None = None
        self._sql = ""

    def _script(self, conn: psycopg.Connection[Any]) -> str:
        tables = [t.name for t in reversed(models.Base.metadata.sorted_tables)]
        sequences = [
            row[0]
            for row in conn.execute(
                "SELECT quote_ident(sequencename) FROM pg_sequences WHERE schemaname = 'public'"
            )
        ]
        categories = ", ".join(f"('{c.value}', true, now())" for c in Category)
        seed = [
            f"INSERT INTO categories (name, active, created_at) VALUES {categories}",
            "INSERT INTO pricing_state (id, version) VALUES (1, 1)",
        ]
        superuser = conn.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
        if superuser.fetchone() != (True,):  # may not turn triggers off
            return "; ".join([f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE", *seed])
        return "; ".join(
            [
                "SET LOCAL session_replication_role = replica",
                *(f"DELETE FROM {table}" for table in tables),
                "SELECT " + ", ".join(f"setval('{name}', 1, false)" for name in sequences),
                # The seed goes through the triggers, as the migrations' did (migration 0011).
                "SET LOCAL session_replication_role = origin",
                *seed,
            ]
        )

    def empty(self) -> None:
        for attempt in (1, 2):
            try:
                if self._conn is None or self._conn.closed:
                    self._conn = psycopg.connect(self._conninfo, autocommit=True)
                    self._sql = self._script(self._conn)
                with self._conn.transaction():
                    self._conn.execute(self._sql.encode())
                return
            except psycopg.OperationalError:  # a test restarted or cut the server
                self.close()
                if attempt == 2:
                    raise

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


@pytest.fixture(scope="session")
def pg_emptier(pg_migrated_url: str) -> Iterator[PgEmptier]:
    emptier = PgEmptier(pg_migrated_url)
    yield emptier
    emptier.close()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A migrated, empty database of each backend."""
    if request.param == "sqlite":
        template: Path = request.getfixturevalue("sqlite_template")
        path = tmp_path / "pos.db"
        shutil.copyfile(template, path)
        return f"sqlite:///{path}"
    url: str = request.getfixturevalue("pg_migrated_url")
    request.getfixturevalue("pg_emptier").empty()
    return url


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = Database(db_url)
    yield database
    database.dispose()


@pytest.fixture
def services(db: Database) -> Services:
    return build_services(db, hasher=QuickHasher())


@pytest.fixture(scope="session")
def staff_hash() -> str:
    return QuickHasher().hash(STAFF_PASSWORD)


@dataclass(frozen=True)
class People:
    cashier: Actor
    manager: Actor
    admin: Actor

    def by_role(self, role: Role) -> Actor:
        return {Role.CASHIER: self.cashier, Role.MANAGER: self.manager, Role.ADMIN: self.admin}[
            role
        ]


def make_people(db: Database, staff_hash: str) -> People:
    """One staff member of each role (inserted with a precomputed hash), signed in."""

    def work(tx: Transaction) -> People:
        made = {}
        for role in (Role.CASHIER, Role.MANAGER, Role.ADMIN):
            account = add_account(
                tx,
                username=f"{role.value}1",
                name=f"Test {role.value.title()}",
                role=role,
                password_hash=staff_hash,
            )
            made[role] = Actor(AccountId(account.id), account.username, role, account.name)
        return People(made[Role.CASHIER], made[Role.MANAGER], made[Role.ADMIN])

    return db.write(work)


@pytest.fixture
def people(db: Database, staff_hash: str) -> People:
    """One signed-in staff member of each role."""
    return make_people(db, staff_hash)


def examples(full: int) -> int:
    """How many generated examples a property test runs: ``full`` in `make test` and CI, a
    tenth (at least 3) in `make test-fast`."""
    return max(3, full // 10) if FAST else full


def customer_actor(customer_id: int, username: str) -> Actor:
    return Actor(AccountId(customer_id), username, Role.CUSTOMER, username)


#: Python's own thresholds, kept when automatic collection is switched off.
GC_THRESHOLD = gc.get_threshold()


@pytest.fixture(autouse=True)
def collect_garbage_on_the_main_thread() -> Iterator[None]:
    """What automatic collection would have done during the test, done after it, here.
    What survives a full collection lives as long as this worker (modules, caches, session
    fixtures): it is frozen out of later ones (as the app's ``keep_for_good`` does once),
    which would otherwise visit it all again every hundred tests or so."""
    yield
    full_collections = gc.get_stats()[2]["collections"]
    collect_due(GC_THRESHOLD)
    if gc.get_stats()[2]["collections"] != full_collections:
        gc.freeze()


@pytest.fixture(autouse=True)
def plain_usd_money() -> Iterator[None]:
    """The store's currency and the money formatter are process-wide (issue 17: the app sets
    them at sign-in): every test ends with USD written plainly, as a new process has it."""
    yield
    set_store_currency(DEFAULT_CURRENCY)
    set_money_formatter(None)


@pytest.fixture(autouse=True)
def isolated_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Settings, data and logs of the app go to a scratch home, never the real one."""
    home = tmp_path_factory.mktemp("home")
    for name in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(name, str(home / name.lower()))
    # Qt reads XDG_CONFIG_HOME once per process: without this, every later test's
    # QSettings() (the app's own settings) was the first test's file, and a counter name
    # saved by one test was the next one's.
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(home / "xdg_config_home"))
    monkeypatch.delenv("POS_DATABASE_URL", raising=False)
    # Screens are read in English whatever this machine's language (pos_app.ui.i18n).
    monkeypatch.setenv("POS_LANGUAGE", "en")
    return home


def app_context(services: Services, folder: Path, location: str = "test.db") -> AppContext:
    """What the desktop app hands its screens, over ``services``, with its own settings
    file and log in ``folder``."""
    settings = AppSettings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    return AppContext(
        services, TaskRunner(), ErrorPresenter(folder / "pos.log"), settings, location
    )


@pytest.fixture(autouse=True, scope="session")
def app_style(qapp: Any) -> None:
    """Screens are tested in the look the app gives them (its style sheet: 11 pt text,
    padded buttons), so a test measures what a person sees, whichever test ran first; and
    with its keys (an Alt+letter no mnemonic took types nothing)."""
    qapp.setStyleSheet((ROOT / "resources" / "style.qss").read_text(encoding="utf-8"))
    guard_alt_letters(qapp)


@pytest.fixture
def ui_ctx(qtbot: Any, services: Services, tmp_path: Path) -> Iterator[AppContext]:
    """An AppContext over the test database, with its own settings file."""
    ctx = app_context(services, tmp_path)
    yield ctx
    ctx.tasks.wait()


@pytest.fixture
def relay(db_url: str) -> Iterator[OutageProxy]:
    """A loopback relay to the test server that a test can cut and restore (an outage)."""
    # On use: helper processes (tests/counter_driver.py) import this module without the
    # repository's root on their path, where ``tools`` lives.
    from tools.outage_proxy import outage_proxy  # noqa: PLC0415

    server = make_url(db_url)
    with outage_proxy((server.host or "127.0.0.1", server.port or 5432)) as proxy:
        yield proxy


@pytest.fixture(name="counter")
def relayed_counter(
    qtbot: Any, relay: OutageProxy, db_url: str, tmp_path: Path
) -> Iterator[AppContext]:
    """The desktop app's context, talking to the server through the relay (a module may
    define a ``counter`` of its own instead)."""
    db = Database(make_url(db_url).set(host="127.0.0.1", port=relay.port))
    ctx = app_context(build_services(db, bcrypt_cost=10), tmp_path, "server via relay")
    yield ctx
    ctx.tasks.wait()
    db.dispose()


def wait_idle(qtbot: Any, ctx: Any, timeout: int = 10_000) -> None:
    """Let every job on the task runner finish and deliver its result."""
    qtbot.waitUntil(lambda: not ctx.tasks.busy(), timeout=timeout)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests marked ``sqlite_only`` (screens, whose database facts are proven elsewhere)
    drop their PostgreSQL variant; in the edit-test loop (`make test-fast`) every test
    that runs on both backends does (`make test` and CI run both: the PostgreSQL variants
    were a third of the loop's time). Tests marked ``postgres_only`` (two writers in
    flight, the server's own functions, its roles and triggers) run in the loop too, and
    drop their SQLite variant, which would only skip. In the edit-test loop a test marked
    ``sampled(every=N)`` (a long table of cases) runs every Nth case of each backend, as
    Hypothesis runs a tenth of its examples there; `make test` and CI run every case."""
    keep, drop = [], []
    seen: dict[tuple[str, object], int] = {}
    for item in items:
        sampled = item.get_closest_marker("sampled") if FAST else None
        if sampled is not None:
            params = getattr(getattr(item, "callspec", None), "params", {})
            group = (getattr(item, "originalname", item.name), params.get("db_url"))
            position = seen[group] = seen.get(group, -1) + 1
            if position % int(sampled.kwargs.get("every", 4)):
                drop.append(item)
                continue
        params = getattr(getattr(item, "callspec", None), "params", {})
        postgres_only = item.get_closest_marker("postgres_only")
        sqlite_here = item.get_closest_marker("sqlite_only") or (FAST and not postgres_only)
        backend = params.get("db_url")
        if (sqlite_here and backend == "postgres") or (postgres_only and backend == "sqlite"):
            drop.append(item)
        else:
            keep.append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep
