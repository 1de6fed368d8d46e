"""Receipts on an ESC/POS thermal printer, through python-escpos.

A receipt is built whole in memory (``receipt_bytes``: initialise, the code page, the
store's logo when it has one, the lines of pos_app.devices.receipt_layout, a cut, and the
cash drawer's pulse when cash changed hands) and then sent to the printer in one write
(``print_receipt``). A refund slip is built the same way (``refund_bytes``: the pulse when
the refund is paid out in cash), and ``open_drawer`` sends the pulse alone, no paper ("No
sale", paid-in, paid-out). The printer is a device or file path, a network printer, a
serial port or a USB printer; any failure to reach it or write to it is a ``PrinterError``
that says why, and never touches the sale.

The store's language (issue 17): ``say`` translates the receipt's words (see
receipt_layout). The code page (CP858, Western European) prints English and French; a
printer's Arabic code pages are few, differ from model to model and have no shaping, so
an Arabic receipt is printed as a picture of its lines instead (``picture``: the lines and
the paper's dots in, an image out; pos_app.ui.receipt_image draws it right to left with
Qt), as a logo prints: every ESC/POS printer prints a raster image. (python-escpos
sends text through a code page and has no shaping: Arabic sent as text prints reversed
and unjoined, with CP720 and CP864 alike: python-escpos issues #37 and #633; drawing the
text and printing the picture is the usual way round it, e.g. EscPosEncoder issue #26.)
"""

from __future__ import annotations

import logging
import socket
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PIL import Image, UnidentifiedImageError

from pos_app.devices.escpos_lib import EscposError, escpos_printer
from pos_app.devices.printer_config import (
    PrinterConnection,
    PrinterKind,
    host_port,
    port_baud,
    usb_ids,
)
from pos_app.devices.receipt_layout import (
    PAPER_DOTS,
    PrintLine,
    Say,
    StoreHeading,
    columns_for,
    english,
    opens_drawer,
    printer_test_lines,
    receipt_lines,
    refund_lines,
    refund_opens_drawer,
)
from pos_app.domain.errors import PosError
from pos_app.services.records import Refund, Sale

log = logging.getLogger(__name__)

#: The code page the receipt's text is encoded in, as python-escpos names it
#: (receipt_layout.CODEPAGE in Python's spelling).
ESCPOS_CODEPAGE = "CP858"
#: Seconds to wait for a network printer before saying it is offline.
NETWORK_TIMEOUT = 10
#: The tallest a logo prints, in dots (about 25 mm at 203 dpi): a header, not a poster.
LOGO_MAX_HEIGHT = 200
#: The cash drawer's pin (2 on almost every drawer cable).
DRAWER_PIN = 2
#: Draws a receipt's lines as a picture ``dots`` wide (a language the code page lacks).
Picture = Callable[[tuple[PrintLine, ...], int], Image.Image]


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


def receipt_bytes(
    sale: Sale,
    store: StoreHeading,
    paper_mm: int,
    *,
    copy: bool = False,
    logo: Path | None = None,
    drawer: bool | None = None,
    say: Say = english,
    picture: Picture | None = None,
    offline_number: str | None = None,
) -> bytes:
    """The whole receipt as ESC/POS: initialise (ESC @), the code page, the ``logo``
    centred (when there is one and it can be read: else it is left out and logged), Font
    A left aligned, the lines (the total in bold), feed and cut, then the cash drawer's
    pulse on pin 2 when the sale took cash (never for store credit or card alone).
    ``drawer`` False: no pulse whatever the sale (a receipt printed again). ``say``: the
    words' language; ``picture``: print the lines as a picture drawn by it.
    ``offline_number``: a sale recorded offline, under that counter number."""
    columns = columns_for(paper_mm)
    lines = receipt_lines(sale, store, columns, copy=copy, say=say, offline_number=offline_number)
    pulse = opens_drawer(sale) if drawer is None else drawer and opens_drawer(sale)
    drawn = None if picture is None else picture(lines, PAPER_DOTS[paper_mm])
    return _escpos(lines, drawer=pulse, logo=_logo(logo, paper_mm), drawn=drawn)


def refund_bytes(
    refund: Refund,
    store: StoreHeading,
    paper_mm: int,
    *,
    logo: Path | None = None,
    say: Say = english,
    picture: Picture | None = None,
) -> bytes:
    """A refund slip as ESC/POS, with the drawer's pulse when the refund is paid out in
    cash (never when it goes back to store credit or the card)."""
    lines = refund_lines(refund, store, columns_for(paper_mm), say)
    drawn = None if picture is None else picture(lines, PAPER_DOTS[paper_mm])
    pulse = refund_opens_drawer(refund)
    return _escpos(lines, drawer=pulse, logo=_logo(logo, paper_mm), drawn=drawn)


def drawer_bytes() -> bytes:
    """The cash drawer's pulse alone (ESC p on pin 2): no paper moves."""
    out = escpos_printer.Dummy()
    out.cashdraw(DRAWER_PIN)
    data: bytes = out.output
    return data


def printer_test_bytes(
    store: StoreHeading, paper_mm: int, logo: Path | None = None, say: Say = english
) -> bytes:
    """Settings' test print: the logo, the heading and a ruler as wide as the paper; no
    drawer."""
    lines = printer_test_lines(store, columns_for(paper_mm), say)
    return _escpos(lines, drawer=False, logo=_logo(logo, paper_mm))


def logo_image(path: Path, paper_mm: int) -> Image.Image:
    """The logo at ``path`` as it prints on ``paper_mm`` paper: scaled down (never up) to
    fit the paper's dots a line (576 on 80 mm, 384 on 58 mm) and LOGO_MAX_HEIGHT, on the
    paper's whole width so that it prints centred. OSError or ValueError if it cannot be
    read as an image."""
    dots = PAPER_DOTS[paper_mm]
    with Image.open(path) as opened:
        image = opened.convert("RGBA")
    scale = min(1.0, dots / image.width, LOGO_MAX_HEIGHT / image.height)
    if scale < 1.0:
        size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
        image = image.resize(size, Image.Resampling.LANCZOS)
    paper = Image.new("RGBA", (dots, image.height), (255, 255, 255, 255))
    paper.alpha_composite(image, ((dots - image.width) // 2, 0))
    return paper


def _logo(path: Path | None, paper_mm: int) -> Image.Image | None:
    """The logo to print, or None: none set, or one that cannot be read now (said in the
    log; Settings refused a bad one when it was chosen, so it changed since)."""
    if path is None:
        return None
    try:
        return logo_image(path, paper_mm)
    except (OSError, ValueError, UnidentifiedImageError, Image.DecompressionBombError) as exc:
        log.warning("The receipt's logo %s is left out: %s", path, exc)
        return None


def _escpos(
    lines: tuple[PrintLine, ...],
    *,
    drawer: bool,
    logo: Image.Image | None = None,
    drawn: Image.Image | None = None,
) -> bytes:
    """The lines as text, or ``drawn``: the picture of them, printed in their place."""
    out = escpos_printer.Dummy()
    out.hw("INIT")
    out.magic.force_encoding(ESCPOS_CODEPAGE)
    if logo is not None:
        _image(out, logo)
    out.set(font="a", align="left", bold=False)
    if drawn is not None:
        _image(out, drawn)
    else:
        _text(out, lines)
    out.cut()
    if drawer:
        out.cashdraw(DRAWER_PIN)
    data: bytes = out.output
    return data


def _image(out: Any, image: Image.Image) -> None:
    # The paper's width for python-escpos (whose default profile knows none), on this
    # printer object only: the image is already as wide as the paper, so it is centred.
    media = {"dpi": 203, "width": {"mm": "Unknown", "pixels": image.width}}
    out.profile.profile_data = {**out.profile.profile_data, "media": media}
    out.image(image, impl="bitImageRaster")


def _text(out: Any, lines: tuple[PrintLine, ...]) -> None:
    bold = False
    for line in lines:  # bold switches sit between lines, never inside one
        if line.bold != bold:
            out.set(bold=line.bold)
            bold = line.bold
        out.text(line.text + "\n")
    if bold:
        out.set(bold=False)


def print_printer_test(
    connection: PrinterConnection,
    store: StoreHeading,
    paper_mm: int,
    logo: Path | None = None,
    say: Say = english,
) -> int:
    """Print Settings' test page on ``connection``; PrinterError says why it did not."""
    return send(connection, printer_test_bytes(store, paper_mm, logo, say), "the test print")


def print_receipt(
    connection: PrinterConnection,
    sale: Sale,
    store: StoreHeading,
    paper_mm: int,
    *,
    copy: bool = False,
    logo: Path | None = None,
    drawer: bool | None = None,
    say: Say = english,
    picture: Picture | None = None,
    offline_number: str | None = None,
) -> int:
    """Print ``sale``'s receipt on the printer at ``connection``; the number of bytes
    sent. PrinterError says why it did not print."""
    data = receipt_bytes(
        sale,
        store,
        paper_mm,
        copy=copy,
        logo=logo,
        drawer=drawer,
        say=say,
        picture=picture,
        offline_number=offline_number,
    )
    return send(connection, data, offline_number or f"sale {sale.id}")


def print_refund(
    connection: PrinterConnection,
    refund: Refund,
    store: StoreHeading,
    paper_mm: int,
    *,
    logo: Path | None = None,
    say: Say = english,
    picture: Picture | None = None,
) -> int:
    """Print ``refund``'s slip (and open the drawer for a cash refund); bytes sent."""
    data = refund_bytes(refund, store, paper_mm, logo=logo, say=say, picture=picture)
    return send(connection, data, f"refund {refund.id}")


def open_drawer(connection: PrinterConnection) -> int:
    """Open the cash drawer wired to the printer at ``connection``: the pulse only, no
    paper. PrinterError says why it did not open."""
    return send(connection, drawer_bytes(), "the drawer's pulse")


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
