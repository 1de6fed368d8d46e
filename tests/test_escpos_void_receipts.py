"""A voided sale's ESC/POS receipt (issue 13): printed to a file device and read back byte
by byte, on 80 and 58 mm paper. It says "*** VOID ***" in bold under the heading, with
when and why, and again just above the total; every line keeps the paper's width; and
printing it again never opens the cash drawer, whoever asks (the checkout's reprint,
pos-admin receipt)."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import People
from escpos_reader import Printed, read_escpos
from helpers import cart, new_product
from test_cli import run_cli
from test_escpos_receipts import COLUMNS, STORE, labelled, sections

from pos_app.devices.escpos_receipt import print_receipt, receipt_bytes
from pos_app.devices.printer_config import PrinterConnection, PrinterKind
from pos_app.services import Services
from pos_app.services.records import Sale

MARK = "*** VOID ***"
COUNTER = "Test counter"  # helpers.cart's


def bold_lines(receipt: Printed) -> set[int]:
    """The indexes of the lines printed in bold, as the printer's bold switches say."""
    bold, found = False, set()
    for name, args in receipt.events:
        if name == "bold":
            bold = bool(args[0])
        elif name == "line" and bold:
            found.add(args[0])
    return found


def sold_and_voided(services: Services, people: People, reason: str) -> tuple[Sale, Sale]:
    """A cash sale of a shift still open, as sold and as voided."""
    services.shifts.open(people.manager, {"10": 1}, counter=COUNTER)
    shirt = new_product(services, people.manager, price="19.99", stock=9)
    sale = services.sales.checkout(
        people.cashier, replace(cart((shirt.id, 2)), cash_tendered=Decimal("50.00"))
    )
    voided = services.shifts.void(people.manager, sale.id, reason)
    assert voided.voided_at is not None and voided.void_reason == reason
    return sale, voided


@pytest.mark.parametrize("paper", [80, 58])
def test_a_voided_sales_receipt_says_void_at_the_top_and_above_the_total(
    services: Services, people: People, tmp_path: Path, paper: int
) -> None:
    sale, voided = sold_and_voided(services, people, "Rang up twice")
    path = tmp_path / f"void-{paper}.bin"

    print_receipt(PrinterConnection(PrinterKind.FILE, str(path)), voided, STORE, paper)
    receipt = read_escpos(path.read_bytes())

    lines = receipt.lines
    assert {len(line) for line in lines} == {COLUMNS[paper]}
    marks = [i for i, line in enumerate(lines) if line.strip() == MARK]
    heading = sections(lines)[0]
    assert [line.strip() for line in heading[:2]] == ["Corner Shop", "1 Main Street, Springfield"]
    assert heading[2].strip() == MARK  # the first thing after the store's name and address
    assert any(line.startswith("Voided ") for line in heading)
    assert "Reason: Rang up twice" in [line.strip() for line in heading]
    total = next(i for i, line in enumerate(lines) if line.startswith("TOTAL"))
    assert marks == [2, total - 1]  # under the heading, and on the line above the total
    assert set(marks) <= bold_lines(receipt)
    assert labelled(lines, "TOTAL") == voided.total == Decimal("39.98")
    assert receipt.has("cut")
    assert not receipt.has("drawer")

    # the same sale before its void: no mark, and its cash opens the drawer
    before = read_escpos(receipt_bytes(sale, STORE, paper))
    assert not any(MARK in line for line in before.lines)
    assert before.has("drawer")


@pytest.mark.parametrize("paper", [80, 58])
def test_printing_a_voided_sale_again_never_opens_the_drawer(
    services: Services, people: People, paper: int
) -> None:
    _sale, voided = sold_and_voided(services, people, "Customer changed their mind")

    for asked in (
        {},  # as the sale's own receipt would print
        {"drawer": True},  # the checkout's first print of a sale
        {"copy": True, "drawer": False},  # Ctrl+Shift+P's copy
        {"copy": True},
    ):
        receipt = read_escpos(receipt_bytes(voided, STORE, paper, **asked))  # type: ignore[arg-type]
        assert not receipt.has("drawer"), asked
        assert sum(line.strip() == MARK for line in receipt.lines) == 2, asked
        assert {len(line) for line in receipt.lines} == {COLUMNS[paper]}


def test_a_long_void_reason_wraps_at_the_papers_width(services: Services, people: People) -> None:
    reason = "Scanned the whole basket twice because the scanner beeped late; " * 2
    _sale, voided = sold_and_voided(services, people, reason.strip())

    receipt = read_escpos(receipt_bytes(voided, STORE, 58))

    assert {len(line) for line in receipt.lines} == {32}
    heading = " ".join(line.strip() for line in sections(receipt.lines)[0])
    assert "Reason: Scanned the whole basket twice" in heading
    assert "beeped late;" in heading


def test_pos_admin_receipt_of_a_voided_sale_says_void_and_keeps_the_drawer_shut(
    services: Services,
    people: People,
    db_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _sale, voided = sold_and_voided(services, people, "Wrong customer")
    out_file = tmp_path / "reprint.bin"

    code, out, err = run_cli(
        ["receipt", str(voided.id), "--escpos", str(out_file), "--database", db_url], capsys
    )

    assert (code, err) == (0, "")
    assert f"Printed the receipt of sale {voided.id}" in out
    receipt = read_escpos(out_file.read_bytes())
    assert sum(line.strip() == MARK for line in receipt.lines) == 2
    assert "Reason: Wrong customer" in [line.strip() for line in receipt.lines]
    assert receipt.has("cut") and not receipt.has("drawer")
