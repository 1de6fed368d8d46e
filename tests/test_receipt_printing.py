"""The counter's printing besides the sale's own receipt (issue 13): the queue of receipts
not printed in the counter's own file, the drawer's pulse alone, refund slips, the logo,
and the 80 mm roll layout for system printers and PDF."""

from __future__ import annotations

import sqlite3
import threading
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import People
from helpers import cart, new_customer, new_product
from PIL import Image, ImageDraw
from pypdf import PdfReader
from pytestqt.qtbot import QtBot
from test_ui_checkout import pdf_text

from pos_app.data.counter_file import CounterFile
from pos_app.devices.escpos_reader import read_escpos
from pos_app.devices.escpos_receipt import open_drawer, receipt_bytes, refund_bytes
from pos_app.devices.printer_config import PrinterConnection, PrinterKind
from pos_app.devices.receipt_layout import StoreHeading
from pos_app.services import Services
from pos_app.services.receipt_queue import ReceiptQueueService
from pos_app.services.records import RefundRequest, ReturnLine, Sale
from pos_app.ui.checkout.receipt_printing import ReceiptPrinter
from pos_app.ui.context import AppContext
from pos_app.ui.document_dialog import DocumentDialog
from pos_app.ui.receipts import ROLL_80, receipt_html

STORE = StoreHeading("Corner Shop", "1 Main Street")
POINTS_PER_MM = 72 / 25.4


def cash_sale(services: Services, people: People) -> Sale:
    shirt = new_product(services, people.manager, name="Shirt", price="19.99", stock=9)
    return services.sales.checkout(people.cashier, cart((shirt.id, 2), cash_tendered=Decimal(50)))


# -- the queue in the counter's own file ------------------------------------------------
def test_the_queue_keeps_one_receipt_a_sale_and_the_original_before_a_copy(
    tmp_path: Path,
) -> None:
    queue = ReceiptQueueService(tmp_path / "counter.sqlite")
    assert queue.add("C1", 7) is False
    assert queue.add("C1", 7, copy=True) is False  # the original is still owed
    assert queue.add("C1", 8, copy=True) is True
    assert queue.add("C2", 7) is False
    queue.failed("C1", 7, "Paper out")

    again = ReceiptQueueService(tmp_path / "counter.sqlite")  # after a restart
    assert [(r.sale_id, r.copy, r.reason) for r in again.waiting("C1")] == [
        (7, False, "Paper out"),
        (8, True, ""),
    ]
    again.printed("C1", 7)
    assert [r.sale_id for r in again.waiting("C1")] == [8]
    assert [r.sale_id for r in again.waiting("C2")] == [7]


def test_a_counter_file_from_before_gets_the_queue_and_keeps_its_cart(tmp_path: Path) -> None:
    path = tmp_path / "counter.sqlite"
    old = sqlite3.connect(path)
    old.execute("CREATE TABLE cart_on_screen (counter TEXT PRIMARY KEY, body TEXT NOT NULL, "
                "updated_at TEXT NOT NULL DEFAULT '')")  # fmt: skip
    old.execute("""INSERT INTO cart_on_screen (counter, body) VALUES ('C1', '{"a": 1}')""")
    old.execute("PRAGMA user_version=1")
    old.commit()
    old.close()

    file = CounterFile(path)
    assert file.load_cart("C1") == {"a": 1}
    assert ReceiptQueueService(file).add("C1", 3) is False
    assert [r.sale_id for r in ReceiptQueueService(file).waiting("C1")] == [3]


def test_two_programs_opening_a_new_counter_file_at_once_both_work(tmp_path: Path) -> None:
    path = tmp_path / "counter.sqlite"
    errors: list[BaseException] = []
    start = threading.Barrier(4)

    def open_it(sale_id: int) -> None:
        try:
            start.wait()
            ReceiptQueueService(path).add("C1", sale_id)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=open_it, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert errors == []
    assert sorted(r.sale_id for r in ReceiptQueueService(path).waiting("C1")) == [0, 1, 2, 3]


# -- the drawer and refund slips --------------------------------------------------------
def test_open_drawer_sends_the_pulse_and_nothing_else(tmp_path: Path) -> None:
    out = tmp_path / "drawer.bin"
    sent = open_drawer(PrinterConnection(PrinterKind.FILE, str(out)))
    printed = read_escpos(out.read_bytes())
    assert sent == out.stat().st_size == 5
    assert printed.events == [("drawer", (0, 50, 50))]
    assert printed.lines == []


def test_the_printer_opens_the_drawer_off_the_screens_thread_and_says_when_it_cannot(
    qtbot: QtBot, ui_ctx: AppContext, tmp_path: Path
) -> None:
    printer = ReceiptPrinter(ui_ctx.settings)
    # No printer: the drawer opens by hand, as for a cash sale, and nothing is said of it
    # (the full-day trial's counter turned amber for each paid in, paid out and no sale).
    with (
        qtbot.assertNotEmitted(printer.drawer_failed, wait=200),
        qtbot.assertNotEmitted(printer.drawer_opened, wait=200),
    ):
        printer.open_drawer("No sale")

    ui_ctx.settings.save(printer_kind="file", printer_target=str(tmp_path / "none" / "lp0"))
    with qtbot.waitSignal(printer.drawer_failed, timeout=10_000) as failed:
        printer.open_drawer("Paid out")
    assert failed.args[0] == "Paid out"
    assert "No such file or directory" in failed.args[1]

    out = tmp_path / "lp0"
    ui_ctx.settings.save(printer_target=str(out))
    with qtbot.waitSignal(printer.drawer_opened, timeout=10_000) as opened:
        printer.open_drawer("No sale")
    assert opened.args == ["No sale"]
    assert read_escpos(out.read_bytes()).events == [("drawer", (0, 50, 50))]
    printer.wait()


@pytest.mark.parametrize(("method", "pulse"), [("cash", True), ("wallet", False), ("card", False)])
def test_a_refund_slip_opens_the_drawer_only_for_cash(
    services: Services, people: People, method: str, pulse: bool
) -> None:
    mug = new_product(services, people.manager, name="Mug", price="12.00", stock=9)
    customer = new_customer(services, people.manager, balance="100.00")
    sale = services.sales.checkout(
        people.cashier,
        cart((mug.id, 2), customer_id=customer.id, card_amount=Decimal("24.00")),
    )
    refund = services.refunds.refund(
        people.manager,
        RefundRequest(
            refund_uuid=f"00000000-0000-4000-8000-00000000000{len(method)}",
            sale_id=sale.id,
            lines=(ReturnLine(sale.lines[0].line_id, 1),),
            method=method,
            reason="Chipped",
            counter="C1",
        ),
    )

    slip = read_escpos(refund_bytes(refund, STORE, 80))

    assert slip.has("drawer") is pulse
    assert slip.has("init") and slip.has("cut")
    assert {len(line) for line in slip.lines} == {48}
    assert any(f"REFUND of sale {sale.id}" in line for line in slip.lines)
    assert any(line.split() == ["REFUNDED", "12.00"] for line in slip.lines)
    assert any("Chipped" in line for line in slip.lines)


# -- the logo ---------------------------------------------------------------------------
def logo(path: Path, width: int, height: int) -> Path:
    image = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    ImageDraw.Draw(image).rectangle((0, 0, width - 1, height - 1), fill=(0, 0, 0, 255))
    image.save(path)
    return path


@pytest.mark.parametrize(("paper", "dots"), [(80, 576), (58, 384)])
def test_the_logo_prints_centred_at_the_top_within_the_papers_dots(
    services: Services, people: People, tmp_path: Path, paper: int, dots: int
) -> None:
    sale = cash_sale(services, people)
    wide = logo(tmp_path / "wide.png", 1000, 100)
    small = logo(tmp_path / "small.png", 200, 50)

    big = read_escpos(receipt_bytes(sale, STORE, paper, logo=wide))
    little = read_escpos(receipt_bytes(sale, STORE, paper, logo=small))

    assert big.commands()[:3] == ["init", "codepage", "image"]
    assert big.index("image") < big.index("line")
    (image,) = big.images
    assert (image.width, image.height) == (dots, round(100 * dots / 1000))
    assert image.black(0, 0) and image.black(dots - 1, image.height - 1)
    (image,) = little.images  # smaller than the paper: as it is, centred
    assert (image.width, image.height) == (dots, 50)
    left = (dots - 200) // 2
    row = [image.black(x, 25) for x in range(dots)]
    assert row.index(True) == left
    assert len(row) - row[::-1].index(True) == left + 200
    assert little.lines == read_escpos(receipt_bytes(sale, STORE, paper)).lines


def test_a_logo_gone_since_settings_is_left_out_and_the_receipt_prints(
    services: Services, people: People, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    sale = cash_sale(services, people)
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"not a png")

    for path in (tmp_path / "gone.png", broken):
        printed = read_escpos(receipt_bytes(sale, STORE, 80, logo=path))
        assert printed.images == []
        assert printed.has("cut") and printed.has("drawer")
        assert any(line.startswith(f"Sale {sale.id} ") for line in printed.lines)
    assert caplog.text.count("is left out") == 2


# -- the 80 mm roll for system printers and PDF -----------------------------------------
@pytest.mark.parametrize(("page", "width_mm"), [(ROLL_80, 80), ("a5", 148)])
def test_a_receipt_saved_as_pdf_on_the_roll_is_80_mm_wide_and_one_page(
    qtbot: QtBot,
    ui_ctx: AppContext,
    services: Services,
    people: People,
    tmp_path: Path,
    page: str,
    width_mm: int,
) -> None:
    sale = cash_sale(services, people)
    ui_ctx.settings.save(receipt_page=page)
    assert ui_ctx.settings.receipt_page == page
    html = receipt_html(sale, ui_ctx.settings)
    dialog = DocumentDialog("Receipt", html, None, ui_ctx.settings.receipt_page)
    qtbot.addWidget(dialog)

    path = dialog.save_pdf(tmp_path / "receipt.pdf")

    pages = PdfReader(str(path)).pages
    assert len(pages) == 1
    width = float(pages[0].mediabox.width)
    assert abs(width - width_mm * POINTS_PER_MM) < 1
    text = pdf_text(path)
    assert "TOTAL 39.98" in text
    assert "Change 10.02" in text
    if page == ROLL_80:  # as long as the receipt: shorter than an A5 page
        assert float(pages[0].mediabox.height) < 210 * POINTS_PER_MM
