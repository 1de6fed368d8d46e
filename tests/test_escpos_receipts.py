"""ESC/POS receipts (issue 13): real sales rung up through the services, printed to a file
device, and read back byte by byte: initialise, lines exactly as wide as 80 mm (48
columns) or 58 mm (32) paper, a cut, and the drawer's pulse only when cash changed hands.
The printed figures add up to the sale's total; a printer that fails leaves the sale as it
was; pos-admin receipt does the same from a terminal."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import uuid
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import People
from escpos_reader import Printed, read_escpos
from helpers import cart, new_customer, new_product
from test_cli import run_cli

from pos_app.devices.escpos_receipt import PrinterError, print_receipt, receipt_bytes
from pos_app.devices.pole_display import paying
from pos_app.devices.printer_config import PrinterConnection, PrinterKind, parse_connection
from pos_app.devices.receipt_layout import StoreHeading, receipt_text
from pos_app.domain.enums import PaymentMethod
from pos_app.domain.errors import ValidationError
from pos_app.domain.money import set_money_formatter
from pos_app.domain.pricing import PromotionKind
from pos_app.services import Services
from pos_app.services.records import CartLine, CheckoutRequest, DiscountRequest, Sale

STORE = StoreHeading("Corner Shop", "1 Main Street, Springfield")
COLUMNS = {80: 48, 58: 32}
AMOUNT = re.compile(r"(-?[\d,]+\.\d\d)$")


def printed(path: Path) -> Printed:
    return read_escpos(path.read_bytes())


def print_to_file(tmp_path: Path, sale: Sale, paper: int = 80) -> Printed:
    path = tmp_path / f"receipt-{sale.id}-{paper}.bin"
    sent = print_receipt(PrinterConnection(PrinterKind.FILE, str(path)), sale, STORE, paper)
    assert sent == path.stat().st_size
    return printed(path)


def amount(line: str) -> Decimal:
    found = AMOUNT.search(line.rstrip())
    assert found, f"no amount at the end of {line!r}"
    return Decimal(found.group(1).replace(",", ""))


def labelled(lines: list[str], label: str) -> Decimal:
    """The amount on the one line that says ``label`` and then an amount."""
    pattern = re.compile(rf"\s*{re.escape(label)}\s+-?[\d,]+\.\d\d")
    (line,) = [line for line in lines if pattern.fullmatch(line)]
    return amount(line)


def sections(lines: list[str]) -> list[list[str]]:
    """The receipt cut at its rules (lines of dashes): heading, sale, items, totals,
    payments, footer."""
    parts: list[list[str]] = [[]]
    for line in lines:
        if set(line) == {"-"}:
            parts.append([])
        else:
            parts[-1].append(line)
    return parts


def cash_sale(services: Services, people: People, tendered: str = "50.00") -> Sale:
    shirt = new_product(services, people.manager, price="19.99", stock=9)
    return services.sales.checkout(
        people.cashier, cart((shirt.id, 2), cash_tendered=Decimal(tendered))
    )


@pytest.mark.parametrize("paper", [80, 58])
def test_a_cash_sale_prints_initialise_its_lines_a_cut_and_the_drawer_pulse(
    services: Services, people: People, tmp_path: Path, paper: int
) -> None:
    sale = cash_sale(services, people)

    receipt = print_to_file(tmp_path, sale, paper)

    assert receipt.events[0] == ("init", ())
    assert receipt.args("codepage") == [(19,)]  # CP858, selected once after initialising
    assert receipt.lines, "no text printed"
    assert {len(line) for line in receipt.lines} == {COLUMNS[paper]}
    assert receipt.args("feed") == [(6,)]  # paper out past the cutter, then the cut
    assert receipt.index("feed") == receipt.index("cut") - 1
    assert receipt.lines[0].strip() == "Corner Shop"
    assert any(line.startswith(f"Sale {sale.id} ") for line in receipt.lines)
    cut = receipt.index("cut")
    assert cut > receipt.last_index("line")
    assert receipt.args("drawer") == [(0, 50, 50)]  # pin 2, after the cut
    assert receipt.index("drawer") > cut
    assert labelled(receipt.lines, "TOTAL") == sale.total == Decimal("39.98")
    assert labelled(receipt.lines, "Cash tendered") == Decimal("50.00")
    assert labelled(receipt.lines, "Change") == Decimal("10.02")


@pytest.mark.parametrize(
    ("paid_by", "opens"),
    [("wallet", False), ("card", False), ("wallet and cash", True), ("card and cash", True)],
)
def test_the_drawer_opens_only_when_cash_changed_hands(
    services: Services, people: People, tmp_path: Path, paid_by: str, opens: bool
) -> None:
    mug = new_product(services, people.manager, name="Mug", price="12.00", stock=9)
    customer = new_customer(services, people.manager, balance="100.00")
    payment: dict[str, object] = {
        "wallet": {"customer_id": customer.id},
        "card": {"card_amount": Decimal("12.00"), "card_reference": "4821"},
        "wallet and cash": {"customer_id": customer.id, "wallet_amount": Decimal("5.00")},
        "card and cash": {
            "card_amount": Decimal("5.00"),
            "card_reference": "4821",
            "cash_tendered": Decimal("10.00"),
        },
    }[paid_by]  # type: ignore[assignment]
    sale = services.sales.checkout(people.cashier, cart((mug.id, 1), **payment))  # type: ignore[arg-type]
    assert {p.method.value for p in sale.payments} == set(paid_by.split(" and "))

    receipt = print_to_file(tmp_path, sale, 58)

    assert receipt.has("drawer") is opens
    assert receipt.has("init") and receipt.has("cut")
    assert {len(line) for line in receipt.lines} == {32}
    if "card" in paid_by:
        assert any("4821" in line for line in receipt.lines)
    if "wallet" in paid_by:
        left = customer.balance - sale.paid_by(PaymentMethod.WALLET)
        assert labelled(receipt.lines, "Store credit left") == left == sale.wallet_balance_after


def _multi_buy(services: Services, people: People, product_id: int) -> None:
    now = datetime.now(UTC)
    services.promotions.add(
        people.manager,
        name="3 for 5.00",
        kind=PromotionKind.MULTI_BUY,
        starts_at=now - timedelta(days=1),
        ends_at=now + timedelta(days=1),
        product_ids=(product_id,),
        quantity=3,
        price="5.00",
    )


@pytest.mark.parametrize("paper", [80, 58])
def test_a_taxed_promoted_discounted_sale_prints_figures_that_add_up(
    services: Services, people: People, tmp_path: Path, paper: int
) -> None:
    """VAT 20% (milk zero-rated), "3 for 5.00" on soap, 5% off the milk, 0.50 off the
    cart, cash rounded to 0.05: the items' printed amounts add up to the printed total, so
    do the subtotal less promotions and discounts, and the included tax is the sale's."""
    manager = people.manager
    vat = services.taxes.add_rate(manager, "VAT", "20")
    zero = services.taxes.add_rate(manager, "Zero", "0")
    services.taxes.update_settings(
        manager, {"default_tax_rate_id": vat.id, "cash_rounding_cents": 5, "tax_number": "GB123"}
    )
    services.taxes.set_category_rate(manager, "food", zero.id)
    soap = new_product(services, manager, name="Soap", price="2.00", stock=50)
    milk = new_product(services, manager, name="Milk", price="1.23", stock=50, category="food")
    _multi_buy(services, people, soap.id)
    sale = services.sales.checkout(
        people.cashier,
        CheckoutRequest(
            str(uuid.uuid4()),
            (
                CartLine(soap.id, 4),
                CartLine(milk.id, 1, discount=DiscountRequest("Date", percent=Decimal(5))),
            ),
            discount=DiscountRequest("Friend", amount=Decimal("0.50")),
            cash_tendered=Decimal("20.00"),
        ),
    )
    assert sale.promotion and sale.discount and sale.cash_rounding and sale.tax

    receipt = print_to_file(tmp_path, sale, paper)
    lines = receipt.lines
    print("\n".join(lines))  # shown when the test fails
    assert {len(line) for line in lines} == {COLUMNS[paper]}
    heading, _, items, totals, payments, _ = sections(lines)

    assert any("Tax number GB123" in line for line in heading)
    assert sum(amount(line) for line in items if AMOUNT.search(line)) == sale.total
    assert any("3 for 5.00" in line for line in items)
    assert any("Discount (Date)" in line for line in items)
    assert labelled(totals, "TOTAL") == sale.total
    assert (
        labelled(totals, "Subtotal")
        + labelled(totals, "Promotions")
        + labelled(totals, "Discounts (cart: Friend)")
        == sale.total
    )
    included = totals[next(i for i, line in enumerate(totals) if "Included tax" in line) :]
    assert any("VAT 20%" in line for line in included)
    assert any("Zero 0%" in line for line in included)
    rows = [re.findall(r"-?[\d,]+\.\d\d", line) for line in included]
    net_tax_gross = [[Decimal(n.replace(",", "")) for n in row] for row in rows if len(row) == 3]
    assert len(net_tax_gross) == 2
    assert sum(tax for _, tax, _ in net_tax_gross) == sale.tax
    assert sum(gross for _, _, gross in net_tax_gross) == sale.total
    assert all(net + tax == gross for net, tax, gross in net_tax_gross)
    assert labelled(payments, "Cash rounding") == sale.cash_rounding
    (cash,) = sale.payments
    assert labelled(payments, "Cash") == cash.amount == sale.total + sale.cash_rounding
    assert labelled(payments, "Change") == cash.change
    # The bold total is the only bold text.
    bold_on = [
        i for i, (name, args) in enumerate(receipt.events) if name == "bold" and args == (1,)
    ]
    bold_lines = [receipt.lines[receipt.events[i + 1][1][0]] for i in bold_on]
    assert [line.split()[0] for line in bold_lines] == ["Corner", "TOTAL"]


def test_tax_added_at_the_counter_is_printed_before_the_total_and_adds_up(
    services: Services, people: People, tmp_path: Path
) -> None:
    """Prices without tax, 8.875% added: 3 x 9.99 = 29.97, tax 2.66, total 32.63."""
    city = services.taxes.add_rate(people.manager, "City", "8.875")
    services.taxes.update_settings(
        people.manager, {"prices_include_tax": False, "default_tax_rate_id": city.id}
    )
    cap = new_product(services, people.manager, name="Cap", price="9.99", stock=9)
    sale = services.sales.checkout(people.cashier, cart((cap.id, 3)))

    _, _, items, totals, _, _ = sections(print_to_file(tmp_path, sale).lines)

    assert [amount(line) for line in items if AMOUNT.search(line)] == [Decimal("29.97")]
    assert labelled(totals, "City 8.875%") == Decimal("2.66")
    assert labelled(totals, "TOTAL") == sale.total == Decimal("32.63")


@pytest.mark.parametrize("columns", [48, 32])
def test_odd_names_keep_every_line_at_the_papers_width_and_inject_nothing(
    services: Services, people: People, columns: int
) -> None:
    """A long product name wraps; letters outside the code page print as "?"; a store
    name carrying an escape sequence prints it as text, never as a command."""
    name = "Crème brûlée très très longue à la vanille de Madagascar 漢字 " * 2
    dessert = new_product(services, people.manager, name=name[:100].strip(), price="999999.99")
    sale = services.sales.checkout(people.cashier, cart((dessert.id, 3)))
    store = StoreHeading("Café \x1b@\x1bp\x00 Ünïcode\n", "\t1 Main St \x1dV\x00")

    lines = receipt_text(sale, store, columns)
    data = receipt_bytes(sale, store, 80 if columns == 48 else 58)

    assert {len(line) for line in lines} == {columns}
    assert any("Crème brûlée" in line for line in lines)
    assert any("??" in line for line in lines)
    assert labelled(lines, "TOTAL") == Decimal("2999999.97")
    receipt = read_escpos(data)  # fails on any control byte left in the text
    assert receipt.commands().count("init") == 1
    assert receipt.has("drawer")  # paid in cash (exactly)
    assert receipt.lines[0].strip() == "Café  @ p  Ünïcode"


def test_a_printer_that_fails_mid_receipt_leaves_the_sale_completed(
    services: Services, people: People
) -> None:
    """/dev/full takes the receipt and then says the device is full, like a printer that
    stops mid-receipt: PrinterError says why, and the sale is as it was."""
    if not Path("/dev/full").exists():
        pytest.skip("this system has no /dev/full")
    sale = cash_sale(services, people)

    with pytest.raises(PrinterError, match="No space left on device"):
        print_receipt(parse_connection("/dev/full"), sale, STORE, 80)

    again = services.sales.get(people.cashier, sale.id)
    assert (again.status, again.total, again.payments) == (sale.status, sale.total, sale.payments)


def test_a_printer_that_cannot_be_reached_says_why(
    services: Services, people: People, tmp_path: Path
) -> None:
    sale = cash_sale(services, people)
    with pytest.raises(PrinterError, match="No such file or directory"):
        print_receipt(parse_connection(str(tmp_path / "no" / "printer")), sale, STORE, 80)
    with pytest.raises(PrinterError, match=r"Connection refused|timed out|unreachable"):
        print_receipt(parse_connection("network:127.0.0.1:1"), sale, STORE, 80)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("   ", "Say where the printer is"),
        ("network:", "Say where the network printer is"),
        ("network:host:99999", "port must be a number from 1 to 65535"),
        ("tcp://:9100", "host name or address"),
        ("serial:COM3:12", "serial speed"),
        ("usb:04b8", "VENDOR:PRODUCT"),
        ("usb:zz:0202", "vendor id"),
    ],
)
def test_a_printer_address_that_makes_no_sense_is_refused(text: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        parse_connection(text)


@pytest.mark.parametrize(
    ("text", "kind", "target"),
    [
        ("/dev/usb/lp0", PrinterKind.FILE, "/dev/usb/lp0"),
        ("tcp://10.0.0.9", PrinterKind.NETWORK, "10.0.0.9"),
        ("Network:printer.local:9101", PrinterKind.NETWORK, "printer.local:9101"),
        ("serial:/dev/ttyS0:19200", PrinterKind.SERIAL, "/dev/ttyS0:19200"),
        ("usb:04b8:0202", PrinterKind.USB, "04b8:0202"),
    ],
)
def test_printer_addresses(text: str, kind: PrinterKind, target: str) -> None:
    assert parse_connection(text) == PrinterConnection(kind, target)


def test_pos_admin_receipt_reprints_a_sale_into_a_file(
    services: Services,
    people: People,
    db_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    sale = cash_sale(services, people)
    out_file = tmp_path / "reprint.bin"

    code, out, err = run_cli(
        [
            "receipt",
            str(sale.id),
            "--escpos",
            str(out_file),
            "--width",
            "58",
            "--copy",
            "--store-name",
            "Kiosk",
            "--store-address",
            "",
            "--database",
            db_url,
        ],
        capsys,
    )

    assert (code, err) == (0, "")
    assert f"Printed the receipt of sale {sale.id} (58 mm" in out
    receipt = printed(out_file)
    assert {len(line) for line in receipt.lines} == {32}
    assert [line.strip() for line in receipt.lines[:2]] == ["Kiosk", "*** COPY ***"]
    assert labelled(receipt.lines, "TOTAL") == sale.total
    assert receipt.has("cut") and receipt.has("drawer")


def test_pos_admin_receipt_refuses_an_unknown_sale_and_an_unwritable_path(
    services: Services,
    people: People,
    db_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    sale = cash_sale(services, people)
    nowhere = tmp_path / "missing-folder" / "r.bin"
    unknown = tmp_path / "unknown.bin"

    code, _, err = run_cli(
        ["receipt", str(sale.id + 1000), "--escpos", str(unknown), "--database", db_url], capsys
    )
    assert code == 1
    assert err == f"error: Sale {sale.id + 1000} not found\n"
    assert not unknown.exists()

    code, _, err = run_cli(
        ["receipt", str(sale.id), "--escpos", str(nowhere), "--database", db_url], capsys
    )
    assert code == 1
    assert err == f"error: Cannot reach the printer at {nowhere}: No such file or directory\n"
    code, _, err = run_cli(
        ["receipt", str(sale.id), "--escpos", str(tmp_path), "--database", db_url], capsys
    )
    assert (code, err) == (1, f"error: Cannot reach the printer at {tmp_path}: Is a directory\n")


@pytest.mark.slow  # a real pos-admin process (~2.5 s each backend)
def test_pos_admin_receipt_as_a_real_command(
    services: Services, people: People, db_url: str, tmp_path: Path
) -> None:
    """The installed command's way in (python -m pos_app.cli): 80 mm by default, the
    store's name from this computer's saved settings (none saved here: "My Store")."""
    sale = cash_sale(services, people)
    out_file = tmp_path / "r.bin"
    command = [sys.executable, "-m", "pos_app.cli", "receipt", str(sale.id), "--escpos"]

    done = subprocess.run(
        [*command, str(out_file), "--database", db_url],
        env=os.environ.copy(),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    failed = subprocess.run(
        [*command, str(tmp_path / "no" / "r.bin"), "--database", db_url],
        env=os.environ.copy(),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )

    assert done.returncode == 0, done.stderr
    receipt = printed(out_file)
    assert {len(line) for line in receipt.lines} == {48}
    assert receipt.lines[0].strip() == "My Store"
    assert failed.returncode == 1
    assert "Traceback" not in failed.stderr
    assert failed.stderr.strip().endswith("No such file or directory")


def test_the_printer_and_the_pole_write_figures_plainly_whatever_the_screens_show(
    services: Services, people: People
) -> None:
    # The screens' formatter (QLocale: "$1,234.50", "1 234,50 €", Arabic with direction
    # marks) is not what a thermal printer's code page or a pole's character set can show.
    sale = cash_sale(services, people)
    before = set_money_formatter(lambda amount, currency: f"\u2066{currency.symbol}{amount}\u2069")
    try:
        text = "\n".join(receipt_text(sale, STORE, 42))
        pole = paying(Decimal("1234.50"), Decimal("1300.00"), None)
    finally:
        set_money_formatter(before)
    assert "\u2066" not in text and "$" not in text
    assert f"{sale.total:,.2f}" in text
    assert "1,234.50" in pole.upper and "1,300.00" in pole.lower and "$" not in pole.upper
