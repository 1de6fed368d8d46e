"""The counter's receipt printer by keyboard (issue 13): set in Settings (connection,
where, paper width, print after each sale), and each sale's receipt printed once the sale
is recorded, on a thread of its own: a printer that fails or hangs leaves the sale
completed, says why on the outcome banner, and holds up no next sale."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from conftest import People
from escpos_reader import read_escpos
from helpers import new_product
from keyboard import (
    ALT,
    CTRL,
    SHIFT,
    enter,
    focus_is_in,
    open_counter,
    press,
    scan,
    seen_words,
    settle,
    shown_child,
    type_text,
    wait_for_dialog,
    wait_no_dialog,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from pos_app.data import models
from pos_app.data.database import Database
from pos_app.services import Services
from pos_app.ui.checkout.outcome_banner import COLOURS
from pos_app.ui.context import AppContext

pytestmark = pytest.mark.sqlite_only
CUT = b"\x1dV"


def sales(db: Database) -> int:
    return int(db.read(lambda s: s.session.scalar(select(func.count()).select_from(models.Sale))))


def open_settings(qtbot: QtBot, ctx: AppContext, people: People) -> tuple[QWidget, QWidget]:
    window = open_counter(qtbot, ctx, people.admin)
    press(qtbot, Qt.Key.Key_Comma, CTRL)
    dialog = wait_for_dialog(qtbot, "Settings")
    assert focus_is_in(qtbot, dialog).objectName() == "counterName"
    return window, dialog


def test_the_printer_is_set_by_keyboard_and_saved_with_the_counter(
    qtbot: QtBot, ui_ctx: AppContext, people: People, services: Services, tmp_path: Path
) -> None:
    _, dialog = open_settings(qtbot, ui_ctx, people)
    press(qtbot, Qt.Key.Key_R, ALT)  # the "Receipt printer" tab
    press(qtbot, Qt.Key.Key_C, ALT)
    assert focus_is_in(qtbot, dialog).objectName() == "printerKind"
    press(qtbot, Qt.Key.Key_Down)  # "Device or file path"
    press(qtbot, Qt.Key.Key_W, ALT)
    assert focus_is_in(qtbot, dialog).objectName() == "printerTarget"
    type_text(qtbot, str(tmp_path / "receipts.bin"))
    press(qtbot, Qt.Key.Key_P, ALT)
    assert focus_is_in(qtbot, dialog).objectName() == "paperWidth"
    press(qtbot, Qt.Key.Key_Down)  # 58 mm
    press(qtbot, Qt.Key.Key_U, ALT)  # print automatically: ticked (as a click, 0.1 s long)
    auto = shown_child(dialog, QCheckBox, "printAuto")
    qtbot.waitUntil(auto.isChecked, timeout=2_000)
    assert "58 mm (32 characters a line)" in seen_words(dialog)
    enter(qtbot)
    wait_no_dialog(qtbot)
    settle(qtbot, ui_ctx)

    saved = ui_ctx.settings
    assert (saved.printer_kind, saved.printer_target) == ("file", str(tmp_path / "receipts.bin"))
    assert (saved.printer_paper_mm, saved.printer_auto) == (58, True)
    row = services.audit.search(people.admin, action="settings_change").items[0]
    assert row.detail == "printer_auto, printer_kind, printer_paper_mm, printer_target"


def test_a_printer_address_that_cannot_be_one_is_said_in_place_and_nothing_is_saved(
    qtbot: QtBot, ui_ctx: AppContext, people: People
) -> None:
    _, dialog = open_settings(qtbot, ui_ctx, people)
    press(qtbot, Qt.Key.Key_R, ALT)
    press(qtbot, Qt.Key.Key_C, ALT)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down)  # "Network printer"
    press(qtbot, Qt.Key.Key_W, ALT)
    type_text(qtbot, "127.0.0.1:99999")
    press(qtbot, Qt.Key.Key_Backtab, CTRL | SHIFT)  # to the Database tab, then Save
    assert "TLS root &certificate" in seen_words(dialog)
    enter(qtbot)

    assert "port must be a number from 1 to 65535" in seen_words(dialog)
    assert focus_is_in(qtbot, dialog).objectName() == "printerTarget"
    assert ui_ctx.settings.printer_kind == ""
    press(qtbot, Qt.Key.Key_Backspace)
    press(qtbot, Qt.Key.Key_Backspace)  # 127.0.0.1:999, where nothing listens
    press(qtbot, Qt.Key.Key_T, ALT)  # a test print to a printer that is not there
    qtbot.waitUntil(
        lambda: (
            "Cannot reach the printer at network:127.0.0.1:999: Connection refused"
            in seen_words(dialog)
        ),
        timeout=30_000,
    )


def test_the_test_print_prints_a_ruler_as_wide_as_the_paper(
    qtbot: QtBot, ui_ctx: AppContext, people: People, tmp_path: Path
) -> None:
    out = tmp_path / "test-print.bin"
    _, dialog = open_settings(qtbot, ui_ctx, people)
    press(qtbot, Qt.Key.Key_R, ALT)
    press(qtbot, Qt.Key.Key_C, ALT)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_W, ALT)
    type_text(qtbot, str(out))
    press(qtbot, Qt.Key.Key_T, ALT)
    qtbot.waitUntil(lambda: "ruler should fill one line" in seen_words(dialog), timeout=10_000)

    printed = read_escpos(out.read_bytes())
    assert "123456789012345678901234567890123456789012345678" in printed.lines
    assert {len(line) for line in printed.lines} == {48}
    assert printed.has("cut") and not printed.has("drawer")


def ring_up_cash_sale(qtbot: QtBot, ctx: AppContext, tendered: str = "20") -> None:
    scan(qtbot, ctx, "2001")
    press(qtbot, Qt.Key.Key_F12)
    dialog = wait_for_dialog(qtbot, "Payment")
    assert focus_is_in(qtbot, dialog).objectName() == "cashTendered"
    type_text(qtbot, tendered)
    enter(qtbot)
    wait_no_dialog(qtbot)
    settle(qtbot, ctx)


def test_each_sale_prints_its_receipt_after_it_is_recorded(
    qtbot: QtBot,
    ui_ctx: AppContext,
    people: People,
    services: Services,
    db: Database,
    tmp_path: Path,
) -> None:
    new_product(services, people.manager, "Wool Scarf", "17.50", 9, "2001")
    out = tmp_path / "receipt.bin"
    ui_ctx.settings.save(
        printer_kind="file", printer_target=str(out), printer_paper_mm=58, printer_auto=True
    )
    window = open_counter(qtbot, ui_ctx, people.cashier)

    ring_up_cash_sale(qtbot, ui_ctx)

    assert sales(db) == 1
    qtbot.waitUntil(lambda: out.exists() and out.stat().st_size > 0, timeout=10_000)
    qtbot.waitUntil(lambda: read_escpos(out.read_bytes()).has("drawer"), timeout=10_000)
    printed = read_escpos(out.read_bytes())
    assert {len(line) for line in printed.lines} == {32}
    assert any(line.startswith("Sale 1 ") for line in printed.lines)  # known once recorded
    assert any(line.split() == ["Change", "2.50"] for line in printed.lines)
    shown = seen_words(window)
    assert "Sale completed" in shown
    assert "NOT printed" not in shown


def test_a_printer_that_fails_leaves_the_sale_completed_and_says_why(
    qtbot: QtBot,
    ui_ctx: AppContext,
    people: People,
    services: Services,
    db: Database,
    tmp_path: Path,
) -> None:
    new_product(services, people.manager, "Wool Scarf", "17.50", 9, "2001")
    nowhere = tmp_path / "unplugged" / "lp0"
    ui_ctx.settings.save(printer_kind="file", printer_target=str(nowhere), printer_auto=True)
    window = open_counter(qtbot, ui_ctx, people.cashier)

    ring_up_cash_sale(qtbot, ui_ctx)

    qtbot.waitUntil(lambda: "NOT printed" in seen_words(window), timeout=10_000)
    shown = seen_words(window)
    assert "Sale completed: sale 1" in shown
    assert "Change 2.50" in shown
    assert f"Receipt NOT printed: Cannot reach the printer at {nowhere}" in shown
    assert "No such file or directory" in shown
    assert band_colour(window) == COLOURS["pending"]  # amber: something to do, not "all well"
    assert sales(db) == 1
    ring_up_cash_sale(qtbot, ui_ctx)  # the next sale goes through as ever
    assert sales(db) == 2
    assert "Sale completed: sale 2" in seen_words(window)


def band_colour(window: QWidget) -> str:
    """The colour a person sees at the edge of the outcome band (its padding)."""
    band = window.findChild(QLabel, "saleOutcome")
    assert band is not None and band.isVisible()
    return str(band.grab().toImage().pixelColor(2, 2).name())


class Reader(threading.Thread):
    """The far end of a FIFO that stands for a printer: it takes nothing until ``go`` is
    set, then reads until ``receipts`` cuts came through. Each receipt's writer opens and
    closes the FIFO; the reader opens it once, for reading and writing (Linux), so that it
    never reads an end of file between two writers, and no writer ever finds the FIFO
    with its reader just leaving (a broken pipe a real printer never gives)."""

    def __init__(self, fifo: Path, receipts: int) -> None:
        super().__init__(daemon=True)
        self.fifo, self.receipts = fifo, receipts
        self.go = threading.Event()
        self.got = b""

    def run(self) -> None:
        self.go.wait(60)
        pipe = os.open(self.fifo, os.O_RDWR)
        try:
            while self.got.count(CUT) < self.receipts:
                self.got += os.read(pipe, 65536)
        finally:
            os.close(pipe)


def fifo_printer(ctx: AppContext, folder: Path, receipts: int) -> Reader:
    """The counter's printer is a FIFO in ``folder`` that takes nothing until the reader
    returned (started) is told ``go``, then reads ``receipts`` receipts."""
    fifo = folder / "printer"
    os.mkfifo(fifo)
    ctx.settings.save(printer_kind="file", printer_target=str(fifo), printer_auto=True)
    reader = Reader(fifo, receipts)
    reader.start()
    return reader


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs a FIFO")
def test_a_printer_that_hangs_holds_up_no_next_sale(
    qtbot: QtBot,
    ui_ctx: AppContext,
    people: People,
    services: Services,
    db: Database,
    tmp_path: Path,
) -> None:
    """The printer takes nothing (a FIFO nobody reads: opening it for writing waits): two
    sales are rung up and recorded meanwhile; once it takes paper again, both receipts
    come out, the first first."""
    new_product(services, people.manager, "Wool Scarf", "17.50", 9, "2001")
    reader = fifo_printer(ui_ctx, tmp_path, 2)
    window = open_counter(qtbot, ui_ctx, people.cashier)
    try:
        ring_up_cash_sale(qtbot, ui_ctx)
        ring_up_cash_sale(qtbot, ui_ctx, "50")

        assert sales(db) == 2
        shown = seen_words(window)
        assert "Sale completed: sale 2" in shown
        assert "Change 32.50" in shown
        assert reader.got == b""
    finally:
        reader.go.set()
        reader.join(30)
    printed = read_escpos(reader.got)
    assert printed.commands().count("init") == 2
    assert [line.split()[1] for line in printed.lines if line.startswith("Sale ")] == ["1", "2"]
    settle(qtbot, ui_ctx)
    assert "NOT printed" not in seen_words(window)
