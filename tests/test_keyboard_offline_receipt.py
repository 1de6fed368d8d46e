"""A sale recorded offline prints its receipt (issues 15 and 17), by keyboard: headed by
its counter number and saying it goes to the server once it is back, through the same
receipt queue as any sale, so a printer that fails loses it not: Ctrl+Shift+P prints it
later from this counter's own file, the server still away.

The real main window, the real PostgreSQL server behind a relay that cuts it away
(tests/outage_proxy.py), and a file for a printer, read back with the ESC/POS reader.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import People
from escpos_reader import read_escpos
from helpers import new_product
from keyboard import (
    CTRL,
    SHIFT,
    enter,
    open_counter,
    press,
    scan,
    seen_words,
    wait_for_dialog,
    wait_no_dialog,
)
from outage_proxy import OutageProxy
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from test_keyboard_offline import pay_five_in_cash

from pos_app.services import Services
from pos_app.ui.context import AppContext

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.slow,  # a relay cuts the server away: make test and CI run it
    pytest.mark.parametrize("db_url", ["postgres"], indirect=True),
]
NOTE = "Recorded offline: sent to the server when it is back"


def record_offline(qtbot: QtBot, relay: OutageProxy) -> None:
    relay.down()
    pay_five_in_cash(qtbot)
    wait_for_dialog(qtbot, "Record offline", timeout=15_000)
    enter(qtbot)  # Enter: record it offline
    wait_no_dialog(qtbot)


def printed_text(path: Path) -> str:
    printed = read_escpos(path.read_bytes())
    return "\n".join(printed.lines)


def test_an_offline_sale_prints_its_counter_number_and_that_it_waits_for_the_server(
    qtbot: QtBot,
    relay: OutageProxy,
    counter: AppContext,
    services: Services,
    people: People,
    tmp_path: Path,
) -> None:
    new_product(services, people.manager, "Blue Mug", "4.50", 10, "1002")
    out = tmp_path / "receipt.bin"
    counter.settings.save(
        printer_kind="file", printer_target=str(out), printer_paper_mm=80, printer_auto=True
    )
    window = open_counter(qtbot, counter, people.cashier)
    scan(qtbot, counter, "1002")

    record_offline(qtbot, relay)

    qtbot.waitUntil(lambda: "Sale recorded offline" in seen_words(window), timeout=10_000)
    qtbot.waitUntil(lambda: out.exists() and read_escpos(out.read_bytes()).has("drawer"))
    # The receipt leaves this counter's queue once the printer took it, a moment after
    # the file is written: Ctrl+Shift+P before then prints what is still owed instead (a
    # CI run under load pressed it in between).
    owed = counter.services.receipt_queue.waiting
    qtbot.waitUntil(lambda: not owed(counter.settings.counter_name), timeout=10_000)
    printed = read_escpos(out.read_bytes())
    text = "\n".join(printed.lines)
    assert {len(line) for line in printed.lines} == {48}
    heading = next(line for line in printed.lines if line.startswith("No. "))
    assert heading.split()[:3] == ["No.", "Counter", "1-000001"]
    assert " ".join(text.split()).count(NOTE) == 1
    assert any(line.split() == ["Blue", "Mug", "4.50"] for line in printed.lines)
    assert any(line.split() == ["TOTAL", "4.50"] for line in printed.lines)
    assert any(line.split() == ["Change", "0.50"] for line in printed.lines)
    assert "Sale " not in text  # no server number: the counter's number is the sale's
    assert "NOT printed" not in seen_words(window)
    assert services.offline.waiting_count() == 1

    out.unlink()
    press(qtbot, Qt.Key.Key_P, CTRL | SHIFT)  # the last sale's receipt again: this one
    qtbot.waitUntil(
        lambda: "Printed the receipt of Counter 1-000001 again" in seen_words(window),
        timeout=10_000,
    )
    again = read_escpos(out.read_bytes())
    assert "*** COPY ***" in [line.strip() for line in again.lines]
    assert any(line.split()[:3] == ["No.", "Counter", "1-000001"] for line in again.lines)
    assert not again.has("drawer")  # a copy hands no money over


def test_an_offline_receipt_that_did_not_print_waits_and_prints_with_ctrl_shift_p(
    qtbot: QtBot,
    relay: OutageProxy,
    counter: AppContext,
    services: Services,
    people: People,
    tmp_path: Path,
) -> None:
    new_product(services, people.manager, "Blue Mug", "4.50", 10, "1002")
    nowhere = tmp_path / "unplugged" / "lp0"
    counter.settings.save(printer_kind="file", printer_target=str(nowhere), printer_auto=True)
    window = open_counter(qtbot, counter, people.cashier)
    scan(qtbot, counter, "1002")

    record_offline(qtbot, relay)

    qtbot.waitUntil(lambda: "did NOT print" in seen_words(window), timeout=10_000)
    words = seen_words(window)
    assert "Sale recorded offline: number Counter 1-000001" in words
    assert "The receipt of Counter 1-000001 did NOT print: Cannot reach the printer" in words
    qtbot.waitUntil(lambda: "1 receipt not printed" in seen_words(window), timeout=5_000)

    nowhere.parent.mkdir()  # the printer is back; the server is still away
    press(qtbot, Qt.Key.Key_P, CTRL | SHIFT)
    qtbot.waitUntil(lambda: "Printed 1 receipt" in seen_words(window), timeout=10_000)
    printed = read_escpos(nowhere.read_bytes())
    assert any(line.split()[:3] == ["No.", "Counter", "1-000001"] for line in printed.lines)
    assert NOTE in " ".join(" ".join(printed.lines).split())
    assert not printed.has("drawer")  # printed again: the drawer opened with the sale
    assert "receipt not printed" not in seen_words(window)
