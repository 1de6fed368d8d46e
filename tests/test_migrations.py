"""Migrations: empty to head, down to base and up again, no drift, refuse newer schemas."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from conftest import PgServer
from sqlalchemy import inspect, text
from sqlalchemy.exc import DBAPIError, IntegrityError

from pos_app.data.database import Database
from pos_app.data.migrate import (
    _run,
    alembic_config,
    current_revision,
    downgrade,
    head_revision,
    upgrade_to_head,
)
from pos_app.data.models import Base
from pos_app.data.search_index import described_by_metadata
from pos_app.domain.errors import DatabaseTooNewError


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def empty_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    if request.param == "sqlite":
        db = Database(f"sqlite:///{tmp_path / 'empty.db'}")
        yield db
        db.dispose()
        return
    server: PgServer = request.getfixturevalue("pg_server")
    url = server.create_database("pos_migrate")
    db = Database(url)
    yield db
    db.dispose()
    server.drop_database(url)


def tables(db: Database) -> set[str]:
    return set(inspect(db.engine).get_table_names())


def drift(db: Database) -> list[object]:
    with db.engine.connect() as connection:
        opts = {"compare_type": True, "include_name": described_by_metadata}
        context = MigrationContext.configure(connection, opts=opts)
        return list(compare_metadata(context, Base.metadata))


@pytest.mark.slow  # the whole chain down and up again: make test and CI
def test_upgrade_from_empty_to_head_then_down_to_base_and_up_again(empty_db: Database) -> None:
    assert current_revision(empty_db) is None
    upgrade_to_head(empty_db)
    assert current_revision(empty_db) == head_revision()
    assert set(Base.metadata.tables) <= tables(empty_db)
    assert drift(empty_db) == []

    downgrade(empty_db, "base")
    assert current_revision(empty_db) is None
    assert tables(empty_db) <= {"alembic_version"}

    upgrade_to_head(empty_db)
    assert current_revision(empty_db) == head_revision()
    assert drift(empty_db) == []


def test_upgrading_twice_is_harmless(empty_db: Database) -> None:
    upgrade_to_head(empty_db)
    upgrade_to_head(empty_db)
    assert current_revision(empty_db) == head_revision()
    assert drift(empty_db) == []  # the models and the migrations agree (in the fast loop too)


def test_a_database_from_a_newer_program_is_refused_and_left_alone(empty_db: Database) -> None:
    upgrade_to_head(empty_db)
    with empty_db.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = 'f00dfeed9999'")
    before = tables(empty_db)
    with pytest.raises(DatabaseTooNewError, match="newer version of Counter POS"):
        upgrade_to_head(empty_db)
    assert tables(empty_db) == before
    assert current_revision(empty_db) == "f00dfeed9999"


def triggers(db: Database) -> set[str]:
    """``table.trigger`` for every trigger of ours (not PostgreSQL's own for foreign keys)."""
    if db.backend == "sqlite":
        query = "SELECT tbl_name || '.' || name FROM sqlite_master WHERE type = 'trigger'"
    else:
        query = "SELECT tgrelid::regclass || '.' || tgname FROM pg_trigger WHERE NOT tgisinternal"
    with db.engine.connect() as connection:
        return set(connection.execute(text(query)).scalars())


@pytest.mark.slow  # every revision, one at a time, up and down: make test and CI
def test_each_downgrade_gives_back_the_triggers_its_revision_had(empty_db: Database) -> None:
    """SQLite rebuilds a table to change a constraint, and the rebuild drops the table's
    triggers: a migration that rebuilds ``products`` must make the pricing version's
    (0007) and the search index's (0009) again, going up and going down."""
    script = ScriptDirectory.from_config(alembic_config())
    revisions = [r.revision for r in reversed(list(script.walk_revisions()))]
    on_the_way_up: dict[str, set[str]] = {}
    for revision in revisions:
        _run(empty_db, revision, "up")
        on_the_way_up[revision] = triggers(empty_db)
    at_head = on_the_way_up[revisions[-1]]
    pricing = "products.products_pricing" + ("_update" if empty_db.backend == "sqlite" else "")
    assert pricing in at_head
    if empty_db.backend == "sqlite":
        assert {f"products.product_search_{verb}" for verb in ("insert", "update", "delete")} <= (
            at_head
        )
    for revision in reversed(revisions[:-1]):
        downgrade(empty_db, revision)
        assert triggers(empty_db) == on_the_way_up[revision], revision


@pytest.mark.slow  # an old revision's data carried up: make test and CI
def test_offline_resolutions_keep_one_noted_resolution_per_subject_for_good(
    empty_db: Database,
) -> None:
    """0013: a resolution names one subject, carries a note, is made once, and stays."""
    upgrade_to_head(empty_db)
    now = "2026-12-04 10:00:00+00:00"
    with empty_db.engine.begin() as c:
        c.execute(
            text(
                "INSERT INTO accounts (id, username, password_hash, role, name, email, phone,"
                " address, gender, active, failed_sign_ins, created_at) VALUES (1, 'boss',"
                " 'x', 'manager', 'Boss', '', '', '', '', true, 0, :now)"
            ),
            {"now": now},
        )
        c.execute(
            text(
                "INSERT INTO offline_conflicts (id, sale_uuid, counter_number, reason, body,"
                " received_at) VALUES (1, 'u', 'T1-000001', 'other content', '{}', :now)"
            ),
            {"now": now},
        )
    add = (
        "INSERT INTO offline_resolutions (offline_sale_id, conflict_id, resolved_by_id,"
        " resolved_at, note) VALUES (:sale, :conflict, 1, :now, :note)"
    )

    def insert(sale: int | None, conflict: int | None, note: str) -> None:
        with empty_db.engine.begin() as c:
            c.execute(text(add), {"sale": sale, "conflict": conflict, "now": now, "note": note})

    with pytest.raises(IntegrityError, match=r"(?i)note_not_blank|check"):
        insert(None, 1, "   ")
    with pytest.raises(IntegrityError, match=r"(?i)one_subject|check"):
        insert(None, None, "nothing named")
    insert(None, 1, "Counted the shelf: the second send was a retry")
    with pytest.raises(IntegrityError, match=r"(?i)unique"):
        insert(None, 1, "again")
    for statement in (
        "UPDATE offline_resolutions SET note = 'x'",
        "DELETE FROM offline_resolutions",
    ):
        with pytest.raises(DBAPIError, match="append-only"), empty_db.engine.begin() as c:
            c.execute(text(statement))
    with empty_db.engine.connect() as c:
        notes = c.execute(text("SELECT note FROM offline_resolutions")).scalars().all()
    assert notes == ["Counted the shelf: the second send was a retry"]


#: History tables made append-only by 0014 (UPDATE, DELETE; TRUNCATE on PostgreSQL).
HISTORY_0014 = (
    "sales",
    "sale_lines",
    "sale_payments",
    "refunds",
    "refund_lines",
    "wallet_entries",
    "stock_movements",
    "day_closings",
    "shifts",
    "cash_movements",
    "offline_sales",
    "offline_conflicts",
    "offline_resolutions",
    "audit_entries",
    "audit_chain",
)


@pytest.mark.slow  # an old revision's data carried up: make test and CI
def test_every_history_table_is_append_only_at_head_and_only_audit_rows_before_0014(
    empty_db: Database,
) -> None:
    if empty_db.backend == "sqlite":
        refusing = {f"{t}.{t}_no_{verb}" for t in HISTORY_0014 for verb in ("update", "delete")}
    else:
        refusing = {f"{t}.{t}_append_only" for t in HISTORY_0014}
    one_change = {"sales.sales_one_change", "shifts.shifts_one_change"}
    upgrade_to_head(empty_db)
    assert refusing | one_change <= triggers(empty_db)
    downgrade(empty_db, "0013")
    before = {"audit_entries", "offline_resolutions"}  # 0003's row triggers, back again
    kept = {t for t in refusing | one_change if t.split(".")[0] in before}
    assert (refusing | one_change) & triggers(empty_db) == kept


@pytest.mark.slow  # an old revision's data carried up: make test and CI
def test_audit_rows_from_before_0014_get_their_content_hash(empty_db: Database) -> None:
    """The migration hashes the rows already there exactly as a writer would (Python on
    SQLite, pos_audit_hash on PostgreSQL): sealed, they verify whole."""
    from pos_app.data import audit_seal  # noqa: PLC0415

    _run(empty_db, "0013", "up")
    with empty_db.engine.begin() as connection:
        for actor, detail in ((None, "first\nline: 2"), (7, "Zoë's café 東京 \U0001f600")):
            connection.execute(
                text(
                    "INSERT INTO audit_entries (created_at, actor_id, actor_username, action, "
                    "outcome, counter, record_type, record_id, detail) VALUES "
                    "(:at, :actor, 'admin1', 'settings_change', 'ok', 'Till 1', '', '', :d)"
                ),
                {"at": "2026-03-04 05:06:07.089000", "actor": actor, "d": detail},
            )
    upgrade_to_head(empty_db)
    assert audit_seal.seal(empty_db).rows == 2
    report = audit_seal.verify(empty_db)
    assert (report.broken, report.links) == (None, 2)


@pytest.mark.slow  # an old revision's data carried up: make test and CI
def test_0015_gives_existing_wallets_no_lease_and_goes_down_keeping_balances(
    empty_db: Database,
) -> None:
    """Wallets from before 0015 hold nothing for leases; the CHECK is there from then on;
    going down drops the leases and keeps every balance."""
    _run(empty_db, "0014", "up")
    with empty_db.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO accounts (username, name, age, address, phone, email, gender, "
                "marital_status, role, password_hash, active, failed_sign_ins, created_at) "
                "VALUES ('jane', 'Jane', 30, '', '', '', '', 'single', 'customer', 'x', true, 0, "
                "'2026-01-01 00:00:00')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO wallets (account_id, balance_cents) "
                "SELECT id, 1234 FROM accounts WHERE username = 'jane'"
            )
        )
    upgrade_to_head(empty_db)
    with empty_db.engine.connect() as connection:
        assert connection.execute(
            text("SELECT balance_cents, leased_cents FROM wallets")
        ).one() == (
            1234,
            0,
        )
    with pytest.raises(DBAPIError), empty_db.engine.begin() as connection:
        connection.execute(text("UPDATE wallets SET leased_cents = 1235"))
    downgrade(empty_db, "0014")
    assert "credit_leases" not in tables(empty_db)
    with empty_db.engine.connect() as connection:
        assert connection.execute(text("SELECT balance_cents FROM wallets")).scalar_one() == 1234
