"""pos-admin over the same services, on both backends."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pos_app.cli import main
from pos_app.data.database import Database
from pos_app.data.migrate import head_revision
from pos_app.services import build_services
from pos_app.services.records import Actor


def run_cli(
    args: list[str], capsys: pytest.CaptureFixture[str], stdin: str = ""
) -> tuple[int, str, str]:
    old = sys.stdin
    sys.stdin = io.StringIO(stdin)
    try:
        code = main(args)
    finally:
        sys.stdin = old
    out, err = capsys.readouterr()
    return code, out, err


def test_health_reports_counts_as_json(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(["health", "--database", db_url], capsys)
    report = json.loads(out)
    assert code == 0
    assert report["ok"] is True
    assert (report["customers"], report["products"], report["sales"]) == (0, 0, 0)
    assert report["revision"] == report["head_revision"]


@pytest.mark.parametrize(
    "url",
    [
        "postgresql+psycopg://postgres@127.0.0.1:1/nope",
        "sqlite:////nonexistent-folder/pos.db",
        "mysql://someone@localhost/db",
    ],
)
def test_health_on_an_unreachable_database_prints_the_error_and_fails(
    url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run_cli(["health", "--database", url], capsys)
    report = json.loads(out)
    assert code != 0
    assert report["ok"] is False
    assert report["error"]


def test_health_as_a_real_command_on_a_stopped_server(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pos_app.cli", "health"],
        env={**os.environ, "POS_DATABASE_URL": "postgresql+psycopg://postgres@127.0.0.1:1/x"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert json.loads(result.stdout.strip().splitlines()[-1])["ok"] is False


def test_user_add_reads_the_password_not_from_the_command_line(
    db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run_cli(
        ["user", "add", "maria", "--role", "manager", "--name", "Maria", "--database", db_url],
        capsys,
        stdin="manager-pass-1\n",
    )
    assert code == 0, out
    assert "Created manager 'maria'" in out
    db = Database(db_url)
    try:
        actor = build_services(db, bcrypt_cost=10).auth.sign_in("maria", "manager-pass-1")
    finally:
        db.dispose()
    assert actor.role.value == "manager"


def test_user_add_with_a_short_password_is_refused(
    db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run_cli(
        ["user", "add", "maria", "--role", "cashier", "--database", db_url], capsys, stdin="short\n"
    )
    assert code == 1
    assert "at least 8" in err


def write_csv(path: Path, rows: list[dict[str, str]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def test_import_is_all_or_nothing_with_a_row_report(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.csv"
    write_csv(
        bad,
        [
            {
                "name": "Mug",
                "category": "accessories",
                "price": "4.50",
                "stock": "3",
                "barcode": "1",
            },
            {"name": "Toy", "category": "toys", "price": "1.00", "stock": "1", "barcode": "2"},
            {"name": "Tea", "category": "food", "price": "-1", "stock": "1", "barcode": "3"},
            {
                "name": "Cup",
                "category": "accessories",
                "price": "2.00",
                "stock": "1",
                "barcode": "1",
            },
        ],
    )
    code, _, err = run_cli(["products", "import", str(bad), "--database", db_url], capsys)
    assert code == 1
    assert "line 3: There is no category 'toys'" in err
    assert "line 4: Price cannot be negative" in err
    assert "line 5: Barcode 1 is also on row 1" in err
    code, out, _ = run_cli(["health", "--database", db_url], capsys)
    assert json.loads(out)["products"] == 0

    good = tmp_path / "good.csv"
    write_csv(
        good,
        [
            {
                "name": "Mug",
                "category": "accessories",
                "price": "4.50",
                "stock": "3",
                "barcode": "1",
            },
            {
                "name": "Tea, green",
                "category": "food",
                "price": "2.25",
                "stock": "0",
                "barcode": "",
            },
        ],
    )
    code, out, _ = run_cli(["products", "import", str(good), "--database", db_url], capsys)
    assert (code, out.strip()) == (0, "Imported 2 products")
    code, out, _ = run_cli(["products", "export", "--database", db_url], capsys)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["name"], r["price"], r["stock"], r["barcode"]) for r in rows] == [
        ("Mug", "4.50", "3", "1"),
        ("Tea, green", "2.25", "0", ""),
    ]
    code, _, err = run_cli(["products", "import", str(good), "--database", db_url], capsys)
    assert code == 1
    assert "Barcode 1 is already used" in err

    # --update: the export, edited, imports back; --dry-run says so and writes nothing.
    rows[0]["price"], rows[0]["stock"] = "4.95", "7"
    edited = tmp_path / "edited.csv"
    write_csv(edited, rows)
    update = ["products", "import", str(edited), "--update", "--database", db_url]
    code, out, _ = run_cli([*update, "--dry-run"], capsys)
    assert (code, out.splitlines()[0]) == (
        0,
        "Would import 0 products; would update 1 (1 new prices), 1 unchanged; the stock of "
        "products the store has is not changed by an import (1 row(s) give another figure: "
        "count them with restock)",
    )
    code, out, _ = run_cli(update, capsys)
    assert code == 0 and out.startswith("Imported 0 products; updated 1 (1 new prices)")
    code, out, _ = run_cli(["products", "export", "--database", db_url], capsys)
    assert [(r["name"], r["price"], r["stock"]) for r in csv.DictReader(io.StringIO(out))] == [
        ("Mug", "4.95", "3"),
        ("Tea, green", "2.25", "0"),
    ]


def test_demo_data_fills_every_table(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_cli(
        [
            "demo-data",
            "--products",
            "60",
            "--customers",
            "8",
            "--sales",
            "30",
            "--reviews",
            "10",
            "--database",
            db_url,
        ],
        capsys,
    )
    assert code == 0, err
    assert "Added 60 products, 8 customers, 30 sales" in out  # a refused cart is tried again
    db = Database(db_url)
    try:
        services = build_services(db, bcrypt_cost=10)
        health = services.health.check(Actor.system())
        assert (health.products, health.customers) == (60, 8)
        assert health.sales == 30
        queue = services.reviews.queue(Actor.system())
        assert 0 < queue.total <= 10
    finally:
        db.dispose()


def test_db_upgrade_and_current(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'new' / 'pos.db'}"
    code, out, _ = run_cli(["db", "current", "--database", url], capsys)
    assert (code, out.strip()) == (0, "empty (no schema yet)")
    code, out, _ = run_cli(["db", "upgrade", "--database", url], capsys)
    assert code == 0 and f"schema {head_revision()}" in out
    code, out, _ = run_cli(["db", "current", "--database", url], capsys)
    assert out.strip() == head_revision()


def test_health_does_not_create_a_missing_sqlite_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "absent.db"
    code, out, _ = run_cli(["health", "--database", f"sqlite:///{path}"], capsys)
    assert code == 1
    assert "No database file" in json.loads(out)["error"]
    assert not path.exists()


def test_the_terminal_reads_a_product_file_as_the_inventory_screen_does(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """One reader for both (issue 11: file formats in one place): a blank line keeps the
    line numbers a spreadsheet shows, and an unknown column is refused by name."""
    with_gap = tmp_path / "gap.csv"
    with_gap.write_text(
        "name,category,price\nMug,accessories,4.50\n\n,,\nToy,toys,1.00\n", encoding="utf-8"
    )
    code, _, err = run_cli(["products", "import", str(with_gap), "--database", db_url], capsys)
    assert code == 1
    assert "line 5: There is no category 'toys'" in err  # the file's own line 5
    odd = tmp_path / "odd.csv"
    odd.write_text("name,category,price,colour\nMug,accessories,4.50,red\n", encoding="utf-8")
    code, _, err = run_cli(["products", "import", str(odd), "--database", db_url], capsys)
    assert code == 1
    assert "Unknown column 'colour'" in err
    code, out, _ = run_cli(["health", "--database", db_url], capsys)
    assert json.loads(out)["products"] == 0
