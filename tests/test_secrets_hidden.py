"""Issue 16's probe, defect 3: secrets and personal data never reach a log or output.

- A database error the app does not expect logged every query parameter (a customer's
  address and marital status, a bcrypt hash), and PostgreSQL's own text quotes the failing
  row and the value it could not take: the log now holds neither (engines hide
  parameters; ``described`` leaves out the server's DETAIL and a data error's message).
- A malformed address echoed its password to the terminal, the log and ``pos-admin
  health``'s JSON: it is now shown masked everywhere.

Real databases, the app's real log file (pos_app.logging_setup) and the screen's real error
path (ErrorPresenter), no mocks."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from pos_app.app import start
from pos_app.cli import main as pos_admin
from pos_app.data.database import Database, UnexpectedDatabaseError, shown_url
from pos_app.data.transaction import Transaction
from pos_app.domain.errors import ConflictError, DatabaseUnavailableError
from pos_app.logging_setup import LOG_FILE, setup_logging
from pos_app.settings import log_dir, masked_url
from pos_app.ui.errors import ErrorPresenter

#: Personal data, as a customer's record holds it, and a password hash.
ADDRESS = "12 Rue des Secrets, Lyon"
MARITAL = "divorced-probe-7731"
HASH = "$2b$12$probeprobeprobeprobeprOq0u0cZ4n8Yk6Qm1o3w2x5y7z9A1B3C"
DB_PASSWORD = "Hunter2-db-secret"


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    """The app's own log set up in a scratch folder, as the app does at start."""
    path = setup_logging(tmp_path / "logs")
    yield path
    for handler in logging.getLogger().handlers:
        handler.flush()


def logged(path: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return "\n".join(p.read_text(encoding="utf-8") for p in path.parent.glob(f"{LOG_FILE}*"))


def failing_statement(db: Database) -> Callable[[Transaction], object]:
    """A statement the server refuses with personal data as its parameters: a data error on
    PostgreSQL (whose message quotes the value), a wrong number of parameters on SQLite
    (whose wrapped error lists them)."""
    if db.backend == "postgresql":
        return lambda tx: tx.session.execute(
            text("SELECT CAST(:address AS integer), :marital, :hash"),
            {"address": ADDRESS, "marital": MARITAL, "hash": HASH},
        )
    return lambda tx: tx.session.connection().exec_driver_sql(
        "SELECT ?, ?", (ADDRESS, MARITAL, HASH)
    )


def test_an_unexpected_database_error_logs_no_parameter_and_no_quoted_value(
    db: Database, log_file: Path
) -> None:
    with pytest.raises(UnexpectedDatabaseError) as refused:
        db.write(failing_statement(db))
    said = str(refused.value)
    # What the screen's error path does with a bug: logs it with its trace.
    ErrorPresenter(log_file).report(refused.value)
    logging.getLogger("probe").exception("and once more, as any caller might", exc_info=True)
    content = logged(log_file)
    assert "unexpected error" in content and "UnexpectedDatabaseError" in content
    assert "SQLSTATE 22P02" in said if db.backend == "postgresql" else "ProgrammingError" in said
    for secret in (ADDRESS, MARITAL, HASH, "Rue des Secrets"):
        assert secret not in said
        assert secret not in content, f"{secret!r} reached the log"


def test_a_refused_row_of_personal_data_is_logged_without_the_row(
    db: Database, log_file: Path
) -> None:
    def insert(tx: Transaction) -> None:
        connection = tx.session.connection()
        connection.exec_driver_sql(
            "CREATE TEMP TABLE probe_customer (address TEXT CHECK (length(address) < 5), "
            "marital TEXT)"
        )
        connection.execute(
            text("INSERT INTO probe_customer VALUES (:address, :marital)"),
            {"address": ADDRESS, "marital": MARITAL},
        )

    with pytest.raises(ConflictError) as refused:
        db.write(insert)
    ErrorPresenter(log_file).report(refused.value)
    content = logged(log_file)
    assert "constraint refused a write" in content
    if db.backend == "postgresql":  # which table, for whoever reads the log
        assert "table probe_customer" in content
    for secret in (ADDRESS, MARITAL):
        assert secret not in refused.value.message
        assert secret not in content, f"{secret!r} reached the log"


MALFORMED = [
    # "://" mistyped: SQLAlchemy cannot read it at all
    f"postgresql//pos:{DB_PASSWORD}@db.store.example/counterpos",
    # a port that is not a number (the password's "@" left out)
    f"postgresql://pos:{DB_PASSWORD}",
    # a raw "@" in the password: read as part of the host
    f"postgresql://pos:{DB_PASSWORD}@x@db.store.example:notaport/counterpos",
]


@pytest.mark.parametrize("url", MALFORMED)
def test_a_malformed_address_is_refused_with_its_password_masked(url: str) -> None:
    with pytest.raises(DatabaseUnavailableError) as refused:
        Database(url)
    assert DB_PASSWORD not in refused.value.message
    assert refused.value.message.startswith("Not a database address: ")
    assert "***" in refused.value.message
    assert DB_PASSWORD not in masked_url(url)


def test_urls_are_shown_with_the_password_masked() -> None:
    server = Database(f"postgresql://pos:{DB_PASSWORD}@db.store.example:5432/counterpos")
    try:
        assert DB_PASSWORD not in shown_url(server.url)
        assert "pos:***@db.store.example:5432/counterpos" in shown_url(server.url)
        assert DB_PASSWORD not in server.location
    finally:
        server.dispose()
    assert masked_url(f"postgresql://db/counterpos?user=pos&password={DB_PASSWORD}") == (
        "postgresql://db/counterpos?user=pos&password=***"
    )


@pytest.mark.parametrize("url", MALFORMED[:2])
def test_pos_admin_health_json_does_not_echo_a_password(
    capsys: pytest.CaptureFixture[str], url: str
) -> None:
    assert pos_admin(["health", "--database", url]) == 1
    out = capsys.readouterr()
    report = json.loads(out.out.splitlines()[-1])
    assert report["ok"] is False
    assert report["error"].startswith("Not a database address")
    assert DB_PASSWORD not in out.out + out.err
    assert DB_PASSWORD not in "\n".join(p.read_text() for p in log_dir().glob(f"{LOG_FILE}*"))


@pytest.mark.parametrize("url", [MALFORMED[0], MALFORMED[2]])
def test_the_app_says_a_malformed_address_without_its_password(qtbot: QtBot, url: str) -> None:
    controller = start(["--database", url])
    assert controller is not None
    try:
        with qtbot.waitSignal(controller.failed, timeout=30_000) as failed:
            pass
        assert DB_PASSWORD not in str(failed.args)
        box = controller.error_box
        assert box is not None
        qtbot.waitUntil(box.isVisible)  # on screen until read, not deleted at once
        said = " ".join(box.text().split())
        assert said == failed.args[0]
        assert said.startswith("Not a database address: postgresql")
        assert "***" in said
        assert DB_PASSWORD not in said
    finally:
        controller.shutdown()
    assert controller.error_box is None  # shut down: nothing left on screen
    content = logged(log_dir() / LOG_FILE)
    assert "cannot open the database" in content  # the failure was logged...
    assert "opening the database postgresql" in content  # ...and the address tried...
    assert DB_PASSWORD not in content  # ...without the password
