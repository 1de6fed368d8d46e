"""Engine factory, sessions and the transaction runner: retries, error translation.

One ``Database`` is built by ``app.py`` (or the CLI) and handed to the services. It never
exists at import time.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import psycopg
from sqlalchemy import Engine, create_engine, event, func, select
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from pos_app.data.change_listener import conninfo
from pos_app.data.changes import CHANNEL, FEED, ChangeFeed
from pos_app.data.server_session import (
    SECRETS,
    SecretColumns,
    SessionTokens,
    hide_secret_columns,
    present,
    refusal,
)
from pos_app.data.transaction import Transaction, note_flushed
from pos_app.domain.errors import ConflictError, DatabaseUnavailableError, PosError
from pos_app.private_files import private_file
from pos_app.settings import masked_url

log = logging.getLogger(__name__)

T = TypeVar("T")

SQLITE_BUSY_TIMEOUT_MS = 15_000
#: Serialization failure and deadlock: the transaction can be run again as a whole.
RETRYABLE_SQLSTATES = frozenset({"40001", "40P01"})
MAX_ATTEMPTS = 6
#: lock_not_available: another counter held a row longer than lock_timeout.
LOCK_TIMEOUT = "55P03"
#: A duplicate key, as PostgreSQL (SQLSTATE) and SQLite (extended result code) say it.
UNIQUE_VIOLATION = "23505"
SQLITE_UNIQUE_CODES = frozenset({2067, 1555})  # SQLITE_CONSTRAINT_UNIQUE, _PRIMARYKEY
SQLITE_BUSY_CODES = frozenset({5, 6})  # SQLITE_BUSY, SQLITE_LOCKED


class UnexpectedDatabaseError(Exception):
    """The database refused a statement for a reason that is a bug, not the counter's
    input: said without the values the server quoted (see ``described``)."""


#: SQLSTATE classes whose message never quotes a value: connection (08), conflicts (40),
#: lock timeouts (55), shutdown (57), permissions (42), integrity (23: the values are in
#: its DETAIL, never in its message), our own triggers' messages (P0). Class 22 (data
#: exception) quotes the value it could not take.
_QUOTES_NO_VALUE = ("08", "23", "40", "42", "55", "57", "P0")


def described(exc: DBAPIError) -> str:
    """What went wrong, for a log: the driver's error kind, SQLSTATE, constraint, table and
    column, and the message where it cannot hold a value; never DETAIL or CONTEXT (the
    row that failed, the parameters), and never the statement's parameters."""
    orig = exc.orig
    kind = type(orig).__name__
    diag = getattr(orig, "diag", None)
    state = _sqlstate(exc)
    if diag is None or state is None:  # SQLite names columns, never values; libpq's own
        return f"{kind}: {orig}"
    said = [f"{kind} SQLSTATE {state}"]
    if state[:2] in _QUOTES_NO_VALUE and diag.message_primary:
        said.append(str(diag.message_primary))
    for what in ("constraint", "table", "column"):
        value = getattr(diag, f"{what}_name", None)
        if value:
            said.append(f"{what} {value}")
    statement = " ".join((exc.statement or "").split())
    if statement:
        said.append(f"in: {statement[:200]}")
    return "; ".join(said)


class UniqueViolation(ConflictError):
    """A UNIQUE constraint refused a row; ``constraint`` names it when the driver says."""

    def __init__(self, message: str, constraint: str) -> None:
        super().__init__(message)
        self.constraint = constraint


def parse_url(url: str) -> URL:
    """The address as SQLAlchemy's URL. A malformed one is refused without echoing it:
    it may hold a password (the message shows it masked)."""
    try:
        parsed = make_url(url)
        parsed.port  # noqa: B018 - a port that is not a number fails here, not in a log
    except (ArgumentError, ValueError, TypeError):
        raise DatabaseUnavailableError(f"Not a database address: {masked_url(url)}") from None
    if parsed.get_backend_name() not in ("sqlite", "postgresql"):
        raise DatabaseUnavailableError(
            "Counter POS works with a SQLite file or a PostgreSQL server, "
            f"not {parsed.get_backend_name()!r}"
        )
    if parsed.get_backend_name() == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def shown_url(url: URL) -> str:
    """The whole address as it may be shown or logged: the password as ``***``."""
    return url.render_as_string(hide_password=True)


def describe_url(url: URL) -> str:
    """Where the data lives, for status bars and messages; never shows a password."""
    if url.get_backend_name() == "sqlite":
        return url.database or "(memory)"
    return f"{url.host or 'localhost'}:{url.port or 5432}/{url.database or ''}"


def _sqlite_file(url: URL) -> Path | None:
    """The file of a SQLite address; None for memory and ``file:`` URIs."""
    name = url.database or ""
    if not name or name == ":memory:" or url.query.get("uri") in ("true", "1"):
        return None
    return Path(name)


def _configure_sqlite(engine: Engine, path: Path | None) -> None:
    @event.listens_for(engine, "do_connect")
    def _private(*_args: Any) -> None:
        # Created 0600 before SQLite opens (and would create) it; its -wal and -shm then
        # get the same mode. A missing folder is left to SQLite to report.
        if path is not None and not path.exists() and path.parent.is_dir():
            private_file(path)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # We issue BEGIN ourselves so that writes can take the lock up front.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        # FULL: a power cut right after "Sale completed" must not lose that sale.
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # A deferred transaction that later writes fails at once with "database is
        # locked", whatever the timeout; IMMEDIATE waits for the write lock instead.
        read_only = connection.get_execution_options().get("pos_read_only", False)
        connection.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")


def create_engine_for(
    url: str | URL,
    *,
    pre_ping: bool = True,
    isolation_level: str = "READ COMMITTED",
    generic_plans: bool = False,
) -> Engine:
    parsed = parse_url(url) if isinstance(url, str) else url
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(
            parsed,
            # Never a customer's data or a password hash in a log or a message.
            hide_parameters=True,
            connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000},
        )
        _configure_sqlite(engine, _sqlite_file(parsed))
        return engine
    return create_engine(
        parsed,
        hide_parameters=True,
        pool_pre_ping=pre_ping,
        pool_size=4,
        max_overflow=4,
        pool_recycle=1800,
        isolation_level=isolation_level,
        connect_args={
            "connect_timeout": 5,
            "application_name": "counter-pos",
            # A counter that froze mid-sale (a sleeping laptop, a pulled cable) must not
            # hold its row locks for hours: the server ends such a transaction, and TCP
            # keepalives notice a dead peer within about a minute.
            "options": "-c idle_in_transaction_session_timeout=30000 -c lock_timeout=15000"
            # psycopg prepares a statement on its fifth use, and the server may then plan it
            # once for any value: a product search by a rare word then walked the name
            # index past every row (118 ms at 100k products, 3.8 ms by the trigram index).
            # Searches and reports are planned for their values; the sale's one statement
            # (``generic_plans``, the one-statement engine) keeps its plan.
            + ("" if generic_plans else " -c plan_cache_mode=force_custom_plan"),
            "keepalives": 1,
            "keepalives_idle": 30,
            "keepalives_interval": 10,
            "keepalives_count": 3,
        },
    )


def _sqlstate(exc: DBAPIError) -> str | None:
    return getattr(exc.orig, "sqlstate", None)


def is_retryable(exc: BaseException) -> bool:
    """A conflict that running the whole transaction again may get past."""
    if not isinstance(exc, DBAPIError) or exc.connection_invalidated:
        return False
    if _sqlstate(exc) in RETRYABLE_SQLSTATES:
        return True
    # SQLite: SQLITE_BUSY or SQLITE_LOCKED, whatever the extended code (the low byte).
    code = getattr(exc.orig, "sqlite_errorcode", None)
    return code is not None and code & 0xFF in SQLITE_BUSY_CODES


def is_connection_lost(exc: BaseException) -> bool:
    if not isinstance(exc, DBAPIError):
        return False
    if exc.connection_invalidated:
        return True
    state = _sqlstate(exc) or ""
    # Class 08: connection exception; 57P01-57P03: the server is shutting down or starting.
    if state.startswith("08") or state in ("57P01", "57P02", "57P03"):
        return True
    return (
        isinstance(exc, OperationalError)
        and _sqlstate(exc) is None
        and "sqlite" not in (type(exc.orig).__module__)
    )


def _is_unique_violation(exc: IntegrityError) -> bool:
    code = getattr(exc.orig, "sqlite_errorcode", None)
    return _sqlstate(exc) == UNIQUE_VIOLATION or code in SQLITE_UNIQUE_CODES


def _constraint_name(exc: IntegrityError) -> str:
    diag = getattr(exc.orig, "diag", None)
    name = getattr(diag, "constraint_name", None)
    if name:
        return str(name)
    # SQLite: "UNIQUE constraint failed: accounts.username"
    text = str(exc.orig)
    if "UNIQUE constraint failed:" in text:
        columns = text.split("UNIQUE constraint failed:", 1)[1].strip()
        table = columns.split(".", 1)[0]
        names = "_".join(part.split(".", 1)[-1] for part in columns.split(", "))
        return f"uq_{table}_{names}"
    return ""


event.listen(Session, "do_orm_execute", hide_secret_columns)


class Database:
    """The engines and the kinds of transaction the services open: reads, writes, and on
    PostgreSQL the one-statement write of a sale."""

    def __init__(self, url: str | URL) -> None:
        self.url = parse_url(url) if isinstance(url, str) else url
        self.engine = create_engine_for(self.url)
        #: What committed writes changed: this process's, and on PostgreSQL (with a
        #: ``ChangeListener`` running) the other counters'.
        self.changes = ChangeFeed()
        info: dict[str, object] = {FEED: self.changes}
        if self.backend == "postgresql":
            info[SECRETS] = SecretColumns()  # which columns this role may read
        self._info = info
        self._writes = sessionmaker(self.engine, expire_on_commit=False, autoflush=False, info=info)
        event.listen(self._writes, "before_flush", note_flushed)
        self._reads = sessionmaker(
            self.engine.execution_options(pos_read_only=True),
            expire_on_commit=False,
            autoflush=False,
            info=info,
        )
        # PostgreSQL only: no BEGIN/COMMIT around the work, its one write is a statement
        # that is a transaction of its own, and no ping before it: a connection that died
        # in the pool fails, and ``write`` sends the (idempotent) work once more on a new
        # one (see ``write(..., one_statement=True)``). Three round trips fewer per sale.
        self._single_engine: Engine | None = None
        #: The sessions the server verified for the people signed in through this program
        #: (PostgreSQL; ``pos_app.data.server_session``).
        self.sessions = SessionTokens()
        if self.backend == "postgresql":
            self._single_engine = create_engine_for(
                self.url, pre_ping=False, isolation_level="AUTOCOMMIT", generic_plans=True
            )
            self.changes.send = self._send_notice
            for engine in (self.engine, self._single_engine):
                event.listen(engine, "checkout", self._present_session)

    def _present_session(self, dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        """Each connection taken from a pool presents the acting person's session."""
        present(self.sessions, dbapi_connection, record)

    @property
    def backend(self) -> str:
        return self.url.get_backend_name()

    @property
    def location(self) -> str:
        return describe_url(self.url)

    def missing_file(self) -> str | None:
        """For SQLite, a message when the file does not exist yet (opening would create it)."""
        if self.backend != "sqlite" or not self.url.database:
            return None
        if Path(self.url.database).exists():
            return None
        return f"No database file at {self.url.database}"

    def dispose(self) -> None:
        self.changes.send_held()
        self.changes.send = None
        self.engine.dispose()
        if self._single_engine is not None:
            self._single_engine.dispose()

    @contextmanager
    def translate_errors(self) -> Iterator[None]:
        try:
            yield
        except PosError:
            raise
        except IntegrityError as exc:
            name = _constraint_name(exc)
            if _is_unique_violation(exc):
                raise UniqueViolation("That record already exists", name) from exc
            log.error("constraint refused a write: %s", described(exc))
            raise ConflictError(
                f"The database refused the change ({name or 'constraint'})"
            ) from exc
        except DBAPIError as exc:
            refused = refusal(exc)  # no session, or the session's role may not
            if refused is not None:
                raise refused from exc
            if is_retryable(exc) or _sqlstate(exc) == LOCK_TIMEOUT:
                log.warning("database busy: %s", described(exc))
                raise DatabaseUnavailableError(
                    "The database is busy with other counters; nothing was changed. Try again."
                ) from exc
            if is_connection_lost(exc) or isinstance(exc, OperationalError):
                log.warning("database unavailable: %s", described(exc))
                raise DatabaseUnavailableError(
                    f"The database at {self.location} cannot be reached. "
                    "Check the connection and try again."
                ) from exc
            # A bug: logged with its trace where it happened, but without the server's
            # text, which may quote a customer's data (the statement's parameters are
            # hidden by the engine already).
            raise UnexpectedDatabaseError(described(exc)).with_traceback(
                exc.__traceback__
            ) from None

    def read(self, work: Callable[[Transaction], T]) -> T:
        """Run ``work`` in a read transaction and return its result."""
        with self.translate_errors(), self._reads.begin() as session:
            return work(Transaction(session))

    def write(
        self,
        work: Callable[[Transaction], T],
        *,
        attempts: int = MAX_ATTEMPTS,
        one_statement: bool = False,
    ) -> T:
        """Run ``work`` in one write transaction: all of it commits or none of it does.

        Serialization failures, deadlocks and a busy SQLite file run ``work`` again, a
        bounded number of times; any other error propagates after the rollback.

        ``one_statement``: ``work`` reads, then makes all its changes in a single
        statement (``tx.sale_writer.write``), and running it twice has the effect of running
        it once (a sale carries its UUID; a second send finds the first). On PostgreSQL
        it then runs without BEGIN and COMMIT, so that statement is the transaction; its
        reads see the latest commits and the statement re-checks what matters. There is
        no ping before it: when the connection turns out to be dead (the server was
        restarted while it sat in the pool) ``work`` runs once more on a new one, which
        is safe for the reason above. If that fails too, DatabaseUnavailableError, and
        the counter learns the outcome from the UUID. On SQLite it is an ordinary write
        transaction.
        """
        single = self._single_engine if one_statement else None
        reconnected = False
        attempt = 0
        while True:
            attempt += 1
            tx: Transaction | None = None
            with self.translate_errors():
                try:
                    if single is not None:
                        # Core statements go straight to the connection; the session
                        # on it is used only to explain a refusal.
                        with (
                            single.connect() as connection,
                            Session(connection, autoflush=False, info=self._info) as s,
                        ):
                            tx = Transaction(s, one_statement=True, connection=connection)
                            result = work(tx)  # its statement has notified the others
                        self.changes.publish(tx.changed)
                        return result
                    with self._writes.begin() as session:
                        written = Transaction(session)
                        result = work(written)
                        self._notify_others(written)
                    self.changes.publish(written.changed)
                    return result
                except DBAPIError as exc:
                    stale = tx is not None and not reconnected and is_connection_lost(exc)
                    if stale:
                        log.info(
                            "connection had gone (%s); sending again on a new one", described(exc)
                        )
                        reconnected = True
                        assert single is not None
                        single.dispose()  # the pool's other connections went with it
                        continue
                    if attempt < attempts and is_retryable(exc):
                        log.info(
                            "retrying after conflict (%s), attempt %d", described(exc), attempt
                        )
                        time.sleep(random.uniform(0.005, 0.02) * 2**attempt)
                        continue
                    raise

    def _send_notice(self, payload: str) -> None:
        """Tell the other counters on its own (the topics a sale's statement held back),
        on a connection of its own, closed at once: a timer thread sends this, and a
        pooled connection it left open would outlive a Database nobody disposed."""
        with psycopg.connect(conninfo(self.url), autocommit=True, connect_timeout=5) as connection:
            connection.execute("SELECT pg_notify(%s, %s)", (CHANNEL, payload))

    def _notify_others(self, tx: Transaction) -> None:
        """PostgreSQL: tell the other counters what this transaction changed; the server
        delivers it at commit, and never for a rollback."""
        if self.backend != "postgresql":
            return
        tx.session.flush()  # rows still pending name their topics as they flush
        if tx.changed:
            tx.session.execute(select(func.pg_notify(CHANNEL, self.changes.payload(tx.changed))))

    def ping(self) -> None:
        """Raise DatabaseUnavailableError unless a trivial query succeeds."""

        def probe(tx: Transaction) -> None:
            tx.session.connection().exec_driver_sql("SELECT 1")

        self.read(probe)
