"""The last resort (issue 15): a counter's outbox exported to a file and imported at
another counter, whose sync sends the sales, exactly once, on SQLite and PostgreSQL.

Counter A sells offline and dies with its sales waiting; its counter file is all that is
left. The export copies them out without touching A's file; counter B imports them (they
keep A's numbers and UUIDs) and sends them; when A comes back and sends them too, the
server still has each once. A file cut short, edited or of another version is refused
whole, and nothing is imported."""

from __future__ import annotations

import json
import os
import stat
import threading
import uuid
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import People
from helpers import new_product
from sqlalchemy import func, select

from pos_app.cli import main
from pos_app.data.counter_file import CounterFile
from pos_app.data.database import Database
from pos_app.data.models import Sale
from pos_app.data.offline_models import OfflineSale
from pos_app.data.outbox import WAITING, Outbox, OutboxRow
from pos_app.data.outbox_transfer import OutboxExport, _checksum, document, parse_export
from pos_app.domain.errors import PermissionDeniedError, ValidationError
from pos_app.services import Services
from pos_app.services.offline import OfflineSalesService, SyncReport
from pos_app.services.outbox_transfer import OutboxTransferService
from pos_app.services.records import CartLine, CheckoutRequest


def till(db: Database, file: Path) -> OfflineSalesService:
    """The offline service of the counter whose file is ``file`` (a new object each call,
    as after a restart), its copy of the catalogue brought up to date."""
    service = OfflineSalesService(db, CounterFile(file))
    assert service.refresh_catalogue().complete
    return service


def sell(service: OfflineSalesService, people: People, code: str, product_id: int) -> str:
    request = CheckoutRequest(
        sale_uuid=str(uuid.uuid4()),
        lines=(CartLine(product_id, 1, Decimal("4.50")),),
        counter=code,
        cash_tendered=Decimal("10.00"),
    )
    return service.sell(people.cashier, request).counter_number


def rows(file: Path) -> list[OutboxRow]:
    return Outbox(CounterFile(file)).rows(None)


def on_server(db: Database, numbers: list[str]) -> list[tuple[str, int]]:
    """(counter number, sales with its UUID) of the offline sales the server has under
    ``numbers``."""

    def work(tx: object) -> list[tuple[str, int]]:
        session = tx.session  # type: ignore[attr-defined]
        found = session.execute(
            select(OfflineSale.counter_number, Sale.uuid)
            .join(Sale, Sale.id == OfflineSale.sale_id)
            .where(OfflineSale.counter_number.in_(numbers))
            .order_by(OfflineSale.counter_number)
        ).all()
        return [
            (number, session.scalar(select(func.count()).where(Sale.uuid == sale_uuid)))
            for number, sale_uuid in found
        ]

    return db.read(work)


def sales_on_server(db: Database) -> int:
    return int(db.read(lambda tx: tx.session.scalar(select(func.count()).select_from(Sale))))


@pytest.fixture
def dead_counter(db: Database, services: Services, people: People, tmp_path: Path) -> list[str]:
    """Counter A's file (tmp_path/A.sqlite) with 3 sales waiting; their numbers."""
    mug = new_product(services, people.manager, name="Mug", price="4.50", stock=20)
    a = till(db, tmp_path / "A.sqlite")
    return [sell(a, people, "A1", mug.id) for _ in range(3)]


def test_an_export_imported_at_another_counter_reaches_the_server_once(
    db: Database, people: People, tmp_path: Path, dead_counter: list[str]
) -> None:
    a_file, b_file, export = tmp_path / "A.sqlite", tmp_path / "B.sqlite", tmp_path / "a.json"
    before = rows(a_file)
    a = OutboxTransferService(CounterFile(a_file))
    report = a.export(people.manager, str(export))
    assert (report.counter, report.sales, report.waiting) == ("A1", 3, 3)
    assert stat.S_IMODE(export.stat().st_mode) == 0o600
    content = json.loads(export.read_text(encoding="utf-8"))
    assert (content["format"], content["version"], content["counter"]) == (
        "counter-pos-outbox",
        1,
        "A1",
    )
    assert content["exported_at"].endswith("Z")
    assert [s["counter_number"] for s in content["sales"]] == dead_counter
    assert [s["uuid"] for s in content["sales"]] == [r.sale_uuid for r in before]
    assert [s["body"] for s in content["sales"]] == [r.body for r in before]
    assert rows(a_file) == before  # the source outbox is as it was
    assert list(tmp_path.glob(".a.json.*")) == []  # no temporary file left

    mug_id = json.loads(before[0].body)["lines"][0]["product_id"]
    b_own = sell(till(db, b_file), people, "B1", mug_id)  # B's own waiting sale
    b = OutboxTransferService(CounterFile(b_file))
    imported = b.import_file(people.manager, str(export))
    assert (imported.added, imported.waiting, imported.already) == (tuple(dead_counter), 3, 0)
    assert (imported.counter, imported.exported_at) == ("A1", content["exported_at"])
    again = b.import_file(people.manager, str(export))  # twice = once
    assert (again.added, again.already) == ((), 3)
    at_b = rows(b_file)
    assert [r.counter_number for r in at_b] == [b_own, *dead_counter]
    assert [r.sale_uuid for r in at_b[1:]] == [r.sale_uuid for r in before]
    assert at_b[0].imported_from is None
    assert all(r.imported_from == f"A1 export of {content['exported_at']}" for r in at_b[1:])

    sent = till(db, b_file).sync_once()
    assert (sent.sent, sent.waiting, sent.numbers) == (4, 0, [b_own, *dead_counter])
    assert on_server(db, dead_counter) == [(n, 1) for n in dead_counter]
    total = sales_on_server(db)
    assert total == 4

    # Counter A comes back and sends its own copies: each is there already, none twice.
    back = till(db, a_file).sync_once()
    assert (back.sent, back.already_there, back.conflicts, back.waiting) == (0, 3, 0, 0)
    assert on_server(db, dead_counter) == [(n, 1) for n in dead_counter]
    assert sales_on_server(db) == total
    assert [r.state for r in rows(a_file)] == ["synced"] * 3


def test_a_counter_that_synced_first_leaves_the_importer_nothing_to_add_on_the_server(
    db: Database, people: People, tmp_path: Path, dead_counter: list[str]
) -> None:
    a_file, b_file, export = tmp_path / "A.sqlite", tmp_path / "B.sqlite", tmp_path / "a.json"
    OutboxTransferService(CounterFile(a_file)).export(people.manager, export)
    assert till(db, a_file).sync_once().sent == 3  # A was not dead after all
    OutboxTransferService(CounterFile(b_file)).import_file(people.manager, export)
    late = till(db, b_file).sync_once()
    assert (late.sent, late.already_there, late.conflicts, late.waiting) == (0, 3, 0, 0)
    assert on_server(db, dead_counter) == [(n, 1) for n in dead_counter]
    assert sales_on_server(db) == 3


def test_both_counters_syncing_at_once_still_record_each_sale_once(
    db: Database, people: People, tmp_path: Path, dead_counter: list[str]
) -> None:
    a_file, b_file, export = tmp_path / "A.sqlite", tmp_path / "B.sqlite", tmp_path / "a.json"
    OutboxTransferService(CounterFile(a_file)).export(people.manager, export)
    OutboxTransferService(CounterFile(b_file)).import_file(people.manager, export)
    tills = [till(db, a_file), till(db, b_file)]
    reports: list[SyncReport] = []
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def send(service: OfflineSalesService) -> None:
        try:
            start.wait()
            reports.append(service.sync_once())
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=send, args=(t,)) for t in tills]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sum(r.sent for r in reports) + sum(r.already_there for r in reports) == 6
    assert sum(r.sent for r in reports) == 3
    assert sum(r.conflicts for r in reports) == 0
    assert [r.waiting for r in reports] == [0, 0]
    assert on_server(db, dead_counter) == [(n, 1) for n in dead_counter]
    assert sales_on_server(db) == 3


def _rewrite(export: Path, change: object) -> None:
    """Change the export's content with ``change(content)`` and close it with a fresh
    checksum, as a careful hand would."""
    content = json.loads(export.read_text(encoding="utf-8"))
    change(content)  # type: ignore[operator]
    content.pop("sha256")
    content["sha256"] = _checksum(content)
    export.write_text(json.dumps(content), encoding="utf-8")


def _tamper_body(content: dict[str, list[dict[str, str]]]) -> None:
    body = json.loads(content["sales"][2]["body"])
    body["total_cents"] = "lots"
    content["sales"][2]["body"] = json.dumps(body, sort_keys=True)


def _break_body(content: dict[str, list[dict[str, str]]]) -> None:
    content["sales"][2]["body"] = '{"uuid": "x"'


def _another_sale(content: dict[str, list[dict[str, str]]]) -> None:
    content["sales"][1]["uuid"] = str(uuid.uuid4())


REFUSED = {
    "truncated": (
        lambda path: path.write_bytes(path.read_bytes()[: path.stat().st_size // 2]),
        "is not a whole outbox export: it is cut short or damaged",
    ),
    "edited": (
        lambda path: path.write_text(
            path.read_text(encoding="utf-8").replace("450", "45"), encoding="utf-8"
        ),
        "was changed or damaged after it was exported",
    ),
    "version": (
        lambda path: _rewrite(path, lambda c: c.update(version=2)),
        "format version 2; this counter reads version 1",
    ),
    "tampered body": (
        lambda path: _rewrite(path, _tamper_body),
        "Sale A1-000003 in a.json: its content is not a sale",
    ),
    "body cut": (
        lambda path: _rewrite(path, _break_body),
        "Sale A1-000003 in a.json: its content is not a sale",
    ),
    "another sale's body": (
        lambda path: _rewrite(path, _another_sale),
        "Sale A1-000002 in a.json: its content is another sale's",
    ),
    "the counter file itself": (
        lambda path: path.write_bytes((path.parent / "A.sqlite").read_bytes()),
        "a.json is a counter file, not an export of one: export its waiting sales first",
    ),
    "not an export": (
        lambda path: path.write_text('{"sales": []}', encoding="utf-8"),
        "a.json is not an outbox export of Counter POS",
    ),
}


@pytest.mark.sqlite_only
@pytest.mark.parametrize("damage", list(REFUSED))
def test_a_damaged_file_is_refused_whole_and_nothing_changes(
    people: People, tmp_path: Path, dead_counter: list[str], damage: str
) -> None:
    export, b_file = tmp_path / "a.json", tmp_path / "B.sqlite"
    OutboxTransferService(CounterFile(tmp_path / "A.sqlite")).export(people.manager, export)
    spoil, said = REFUSED[damage]
    spoil(export)
    b = OutboxTransferService(CounterFile(b_file))
    with pytest.raises(ValidationError) as refused:
        b.import_file(people.manager, export)
    assert said in refused.value.message
    assert refused.value.message.endswith(": nothing was imported")
    assert rows(b_file) == []


@pytest.mark.sqlite_only
def test_a_body_an_older_version_wrote_is_imported_as_the_sync_reads_it(
    people: People, tmp_path: Path, dead_counter: list[str]
) -> None:
    """A sale waiting since before the lease's field existed has no ``lease_id``."""
    export, b_file = tmp_path / "a.json", tmp_path / "B.sqlite"
    OutboxTransferService(CounterFile(tmp_path / "A.sqlite")).export(people.manager, export)

    def older(content: dict[str, list[dict[str, str]]]) -> None:
        for sale in content["sales"]:
            body = json.loads(sale["body"])
            body["offline"].pop("lease_id", None)
            body.pop("cash_rounding_cents")
            sale["body"] = json.dumps(body, sort_keys=True)

    _rewrite(export, older)
    imported = OutboxTransferService(CounterFile(b_file)).import_file(people.manager, export)
    assert imported.added == tuple(dead_counter)
    assert all("lease_id" not in r.body for r in rows(b_file))


@pytest.mark.sqlite_only
def test_a_sale_number_or_uuid_taken_here_refuses_the_whole_file(
    db: Database, people: People, tmp_path: Path, dead_counter: list[str]
) -> None:
    a_file, b_file, export = tmp_path / "A.sqlite", tmp_path / "B.sqlite", tmp_path / "a.json"
    OutboxTransferService(CounterFile(a_file)).export(people.manager, export)
    # B once took the code A1 (a mistake): its own A1-000002 is another sale.
    mug_id = json.loads(rows(a_file)[0].body)["lines"][0]["product_id"]
    b_till = till(db, b_file)
    mine = [sell(b_till, people, "A1", mug_id) for _ in range(2)]
    with pytest.raises(ValidationError, match="A1-000001 is another sale's"):
        OutboxTransferService(CounterFile(b_file)).import_file(people.manager, export)
    assert [r.counter_number for r in rows(b_file)] == mine  # nothing imported


@pytest.mark.sqlite_only
def test_set_aside_rows_travel_for_the_record_and_the_next_number_follows_the_imported(
    db: Database, people: People, tmp_path: Path, dead_counter: list[str]
) -> None:
    a_file, b_file, export = tmp_path / "A.sqlite", tmp_path / "B.sqlite", tmp_path / "a.json"
    box = Outbox(CounterFile(a_file))
    first = box.rows()[0]
    box.set_aside(first.seq, "set_aside", "The customer is gone", None)
    report = OutboxTransferService(CounterFile(a_file)).export(people.manager, export)
    assert (report.waiting, report.set_aside, report.conflicts) == (2, 1, 0)
    imported = OutboxTransferService(CounterFile(b_file)).import_file(people.manager, export)
    assert (len(imported.added), imported.waiting) == (3, 2)
    at_b = rows(b_file)
    assert (at_b[0].state, at_b[0].last_error) == ("set_aside", "The customer is gone")
    assert Outbox(CounterFile(b_file)).count(WAITING) == 2
    # Should B take over A's code, its next sale comes after A's numbers.
    mug_id = json.loads(first.body)["lines"][0]["product_id"]
    assert sell(till(db, b_file), people, "A1", mug_id) == "A1-000004"


@pytest.mark.sqlite_only
def test_the_export_refuses_what_would_lose_or_invent_a_file(
    people: People, tmp_path: Path, dead_counter: list[str]
) -> None:
    a_file = tmp_path / "A.sqlite"
    a = OutboxTransferService(CounterFile(a_file))
    before = a_file.read_bytes()
    with pytest.raises(ValidationError, match="is the counter file itself"):
        a.export(people.manager, a_file)
    assert a_file.read_bytes() == before
    missing = tmp_path / "usb" / "counter.sqlite"
    with pytest.raises(ValidationError, match="There is no counter file at"):
        a.export(people.manager, tmp_path / "out.json", source=missing)
    assert not missing.exists()
    earlier = tmp_path / "earlier.json"
    earlier.write_text("kept", encoding="utf-8")
    with pytest.raises(ValidationError, match="exists already: choose another name"):
        a.export(people.manager, earlier)
    assert earlier.read_text(encoding="utf-8") == "kept"
    with pytest.raises(ValidationError, match="There is no folder"):
        a.export(people.manager, tmp_path / "nowhere" / "out.json")
    with pytest.raises(ValidationError, match="Type the path"):
        a.export(people.manager, "  ")
    with pytest.raises(PermissionDeniedError):
        a.export(people.cashier, tmp_path / "out.json")
    with pytest.raises(PermissionDeniedError):
        a.import_file(people.cashier, tmp_path / "out.json")
    assert not (tmp_path / "out.json").exists()


def test_parse_export_reads_back_what_document_wrote() -> None:
    empty = OutboxExport("C9", "2026-11-28T06:00:00Z", ())
    raw = json.dumps(document(empty)).encode()
    assert parse_export(raw, "x.json") == empty


def test_the_cli_round_trip(
    db: Database,
    db_url: str,
    people: People,
    tmp_path: Path,
    dead_counter: list[str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    a_file, b_file, export = tmp_path / "A.sqlite", tmp_path / "B.sqlite", tmp_path / "a.json"
    args = ["outbox", "export", "--counter-file", str(a_file), str(export)]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert f"Exported 3 sale(s) of counter A1 to {export}" in out
    assert "3 waiting to be sent" in out

    assert main(["outbox", "import", str(export), "--counter-file", str(b_file)]) == 0
    out = capsys.readouterr().out
    assert "Imported 3 sale(s) of counter A1" in out
    assert ", ".join(dead_counter) in out
    assert main(["outbox", "import", str(export), "--counter-file", str(b_file)]) == 0
    out = capsys.readouterr().out
    assert "Imported 0 sale(s)" in out and "3 sale(s) of the file were here already" in out

    sync = ["outbox", "sync", "--counter-file", str(b_file), "--database", db_url]
    assert main(sync) == 0
    assert "Sent 3 sale(s)" in capsys.readouterr().out
    assert on_server(db, dead_counter) == [(n, 1) for n in dead_counter]

    cut = tmp_path / "cut.json"
    cut.write_bytes(export.read_bytes()[:100])
    assert main(["outbox", "import", str(cut), "--counter-file", str(b_file)]) == 1
    err = capsys.readouterr().err
    assert "cut.json is not a whole outbox export" in err
    assert "nothing was imported" in err
    assert len(rows(b_file)) == 3
    assert os.access(export, os.R_OK)
