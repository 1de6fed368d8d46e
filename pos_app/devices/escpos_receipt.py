"""Receipts on an ESC/POS thermal printer, through python-escpos.

A receipt is built whole in memory (``receipt_bytes``: initialise, the code page, the lines
of pos_app.devices.receipt_layout, a cut, and the cash drawer's pulse when cash changed
hands) and then sent to the printer in one write (``print_receipt``). The printer is a
device or file path, a network printer, a serial port or a USB printer; any failure to
reach it or write to it is a ``PrinterError`` that says why, and never touches the sale.
"""

from __future__ import annotations

import logging
import socket
from typing import Any

from escpos import printer as escpos_printer
from escpos.exceptions import Error as EscposError

from pos_app.devices.printer_config import (
    PrinterConnection,
    PrinterKind,
    host_port,
    port_baud,
    usb_ids,
)
from pos_app.devices.receipt_layout import (
    PrintLine,
    StoreHeading,
    columns_for,
    opens_drawer,
    printer_test_lines,
    receipt_lines,
)
from pos_app.domain.errors import PosError
from pos_app.services.records import Sale

log = logging.getLogger(__name__)

#: The code page the receipt's text is encoded in, as python-escpos names it
#: (receipt_layout.CODEPAGE in Python's spelling).
ESCPOS_CODEPAGE = "CP858"
#: Seconds to wait for a network printer before saying it is offline.
NETWORK_TIMEOUT = 10


class PrinterError(PosError):
    """The receipt did not print; ``message`` says why (offline, cannot open, ...)."""


class _Network(escpos_printer.Network):  # type: ignore[misc]
    """python-escpos's network printer, opened with ``socket.create_connection``: IPv6 and
    host names work, and a printer that refuses leaves no socket open behind it."""

    def open(self, raise_not_found: bool = True) -> None:
        if self._device:
            self.close()
        self.device = socket.create_connection((self.host, self.port), timeout=self.timeout)


def open_printer(connection: PrinterConnection) -> Any:
    """The python-escpos printer for ``connection``, opened; PrinterError if it cannot be."""
    kind, target = connection.kind, connection.target
    device: Any
    if kind is PrinterKind.NETWORK:
        host, port = host_port(target)
        device = _Network(host, port=port, timeout=NETWORK_TIMEOUT)
    elif kind is PrinterKind.SERIAL:
        port_name, baud = port_baud(target)
        device = escpos_printer.Serial(port_name, baudrate=baud)
    elif kind is PrinterKind.USB:
        vendor, product = usb_ids(target)
        device = escpos_printer.Usb(vendor, product)
    else:
        device = escpos_printer.File(target)
    try:
        device.open()
    except (EscposError, OSError, RuntimeError, ValueError) as exc:
        raise PrinterError(f"Cannot reach the printer at {connection}: {_reason(exc)}") from exc
    return device


#: What a driver's terse words mean at the counter.
_PLAIN_REASONS = {
    "No backend available": "this computer has no USB library (libusb) for the printer",
}


def _reason(exc: BaseException) -> str:
    """What went wrong, in a few words: the operating system's reason when there is one."""
    for cause in (exc, exc.__cause__, exc.__context__):
        if isinstance(cause, OSError) and cause.strerror:
            return cause.strerror
    text = exc.msg if isinstance(exc, EscposError) else str(exc)
    lines = [line.strip() for line in str(text).splitlines() if line.strip()]
    reason = lines[-1] if lines else type(exc).__name__
    return _PLAIN_REASONS.get(reason, reason)


def receipt_bytes(sale: Sale, store: StoreHeading, paper_mm: int, *, copy: bool = False) -> bytes:
    """The whole receipt as ESC/POS: initialise (ESC @), the code page, Font A left
    aligned, the lines (the total in bold), feed and cut, then the cash drawer's pulse on
    pin 2 when the sale took cash (never for store credit or card alone)."""
    lines = receipt_lines(sale, store, columns_for(paper_mm), copy=copy)
    return _escpos(lines, drawer=opens_drawer(sale))


def printer_test_bytes(store: StoreHeading, paper_mm: int) -> bytes:
    """Settings' test print: the heading and a ruler as wide as the paper; no drawer."""
    return _escpos(printer_test_lines(store, columns_for(paper_mm)), drawer=False)


def _escpos(lines: tuple[PrintLine, ...], *, drawer: bool) -> bytes:
    out = escpos_printer.Dummy()
    out.hw("INIT")
    out.magic.force_encoding(ESCPOS_CODEPAGE)
    out.set(font="a", align="left", bold=False)
    bold = False
    for line in lines:  # bold switches sit between lines, never inside one
        if line.bold != bold:
            out.set(bold=line.bold)
            bold = line.bold
        out.text(line.text + "\n")
    if bold:
        out.set(bold=False)
    out.cut()
    if drawer:
        out.cashdraw(2)
    data: bytes = out.output
    return data


def print_printer_test(connection: PrinterConnection, store: StoreHeading, paper_mm: int) -> int:
    """Print Settings' test page on ``connection``; PrinterError says why it did not."""
    return send(connection, printer_test_bytes(store, paper_mm), "the test print")


def print_receipt(
    connection: PrinterConnection,
    sale: Sale,
    store: StoreHeading,
    paper_mm: int,
    *,
    copy: bool = False,
) -> int:
    """Print ``sale``'s receipt on the printer at ``connection``; the number of bytes
    sent. PrinterError says why it did not print."""
    return send(connection, receipt_bytes(sale, store, paper_mm, copy=copy), f"sale {sale.id}")


def send(connection: PrinterConnection, data: bytes, what: str) -> int:
    """Send ``data`` to the printer in one write; the number of bytes sent."""
    device = open_printer(connection)
    try:
        device._raw(data)
        flush = getattr(device, "flush", None)
        if callable(flush):
            flush()
    except (EscposError, OSError, ValueError) as exc:
        log.warning("%s did not print on %s: %s", what, connection, exc)
        raise PrinterError(f"The printer at {connection} failed: {_reason(exc)}") from exc
    finally:
        _close(device)
    return len(data)


def _close(device: Any) -> None:
    try:
        device.close()
    except (EscposError, OSError) as exc:  # closing a printer that already failed
        log.info("Closing the printer failed: %s", exc)
