"""Where a counter's receipt printer is: a device or file path, a network printer, a
serial port or a USB printer, as typed in Settings or on pos-admin's command line. Checked
here without python-escpos (which is slow to import), so Settings can say what is wrong."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from pos_app.domain.errors import ValidationError

#: Where network receipt printers listen (raw TCP, "JetDirect").
DEFAULT_NETWORK_PORT = 9100
DEFAULT_BAUDRATE = 9600


class PrinterKind(StrEnum):
    """How the counter reaches its printer."""

    FILE = "file"  #: a device or file path (/dev/usb/lp0, a file a test reads back)
    NETWORK = "network"  #: host or host:port (raw TCP, 9100 by default)
    SERIAL = "serial"  #: port or port:baudrate (/dev/ttyS0, COM3:19200)
    USB = "usb"  #: vendor:product in hex (04b8:0202)


@dataclass(frozen=True)
class PrinterConnection:
    kind: PrinterKind
    target: str

    def __str__(self) -> str:
        return self.target if self.kind is PrinterKind.FILE else f"{self.kind}:{self.target}"


def parse_connection(text: str) -> PrinterConnection:
    """A printer as typed: a path (a device or file), or ``network:HOST[:PORT]``
    (also ``tcp://HOST[:PORT]``), ``serial:PORT[:BAUD]`` or ``usb:VENDOR:PRODUCT``."""
    value = text.strip()
    if not value:
        raise ValidationError("Say where the printer is: a device or file path", "printer")
    lowered = value.lower()
    for prefix, kind in (
        ("tcp://", PrinterKind.NETWORK),
        ("network:", PrinterKind.NETWORK),
        ("serial:", PrinterKind.SERIAL),
        ("usb:", PrinterKind.USB),
    ):
        if lowered.startswith(prefix):
            return checked_connection(kind, value[len(prefix) :])
    return checked_connection(PrinterKind.FILE, value)


def checked_connection(kind: PrinterKind | str, target: str) -> PrinterConnection:
    """``target`` checked for ``kind``; ValidationError (field "printer") if it cannot be."""
    try:
        chosen = PrinterKind(kind)
    except ValueError:
        raise ValidationError(f"Unknown printer connection {kind!r}", "printer") from None
    value = target.strip()
    if not value:
        raise ValidationError(f"Say where the {chosen} printer is", "printer")
    if chosen is PrinterKind.NETWORK:
        host_port(value)
    elif chosen is PrinterKind.SERIAL:
        port_baud(value)
    elif chosen is PrinterKind.USB:
        usb_ids(value)
    return PrinterConnection(chosen, value)


def _number(text: str, what: str, low: int, high: int, base: int = 10) -> int:
    try:
        number = int(text, base)
    except ValueError:
        number = -1
    if not low <= number <= high:
        raise ValidationError(f"{what} must be a number from {low} to {high}", "printer")
    return number


def host_port(value: str) -> tuple[str, int]:
    host, colon, port = value.rpartition(":")
    if not colon:
        return value, DEFAULT_NETWORK_PORT
    if not host:
        raise ValidationError("Give the network printer's host name or address", "printer")
    return host, _number(port, "The printer's port", 1, 65535)


def port_baud(value: str) -> tuple[str, int]:
    port, colon, baud = value.rpartition(":")
    if not colon or not baud.isdigit():  # "COM3", "/dev/ttyS0"
        return value, DEFAULT_BAUDRATE
    return port, _number(baud, "The serial speed (baud)", 300, 921600)


def usb_ids(value: str) -> tuple[int, int]:
    vendor, colon, product = value.partition(":")
    if not colon:
        raise ValidationError("A USB printer is VENDOR:PRODUCT in hex, e.g. 04b8:0202", "printer")
    return (
        _number(vendor, "The USB vendor id", 1, 0xFFFF, 16),
        _number(product, "The USB product id", 1, 0xFFFF, 16),
    )
