"""The optional pole display facing the customer: a 2x20 character VFD on a serial port
(Epson DM-D and the many displays that speak its commands).

What it says is two lines of exactly 20 characters (``PoleText``), made here without Qt
so they can be checked as text: the item just scanned and its price over the running
TOTAL, then the TOTAL and the CHANGE, then a thank-you. ``frame`` turns them into the
display's bytes: ESC @ (initialise) when the port is opened, then for each picture CLR
(0x0C, clear), HOME (0x0B, cursor to the top left) and the 40 characters, which fill the
upper line and run on into the lower one.

``PoleDisplay`` writes on a thread of its own and only ever the newest picture waiting,
so a slow or unplugged display holds up nothing. A failure never reaches the sale: it is
logged once (not once per scan) and handed to ``on_error`` with its reason; the next
picture tries the port again.

Its words (Welcome, TOTAL, CHANGE, CASH, THANK YOU) go through ``say``: English by
default; the screen passes the counter's language where the display's characters can
write it (pos_app.ui.receipt_words.pole_say: French, without its accents; a VFD has no
Arabic letters, so an Arabic counter's pole speaks English).
"""

from __future__ import annotations

import logging
import threading
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Protocol

from pos_app.devices.printer_config import port_baud
from pos_app.devices.receipt_layout import Say, english
from pos_app.domain.errors import PosError, ValidationError
from pos_app.domain.money import plain_money

log = logging.getLogger(__name__)

#: Characters a line of the display holds.
COLUMNS = 20
#: Initialise the display (ESC @): modes and character table back to their defaults.
INIT = b"\x1b\x40"
#: Clear the screen (CLR), and move the cursor to the top left (HOME).
CLEAR = b"\x0c"
HOME = b"\x0b"
#: Seconds a write to a serial port may take before the display counts as gone.
WRITE_TIMEOUT = 2.0
#: How a setting names a serial port explicitly.
SERIAL_PREFIX = "serial:"
#: The longest setting accepted (a path).
TARGET_MAX = 300


class PoleDisplayError(PosError):
    """The pole display could not be written to; ``message`` says why."""


def ascii_text(text: str) -> str:
    """``text`` in the characters every VFD has: accents dropped ("Crème" -> "Creme"),
    anything else without an ASCII form shown as "?"; control characters as spaces."""
    folded = unicodedata.normalize("NFKD", text)
    out = []
    for char in folded:
        if unicodedata.combining(char):
            continue
        if char < " " or char == "\x7f":
            out.append(" ")
        elif char.isascii():
            out.append(char)
        else:
            out.append("?")
    return "".join(out)


def fit(text: str, width: int = COLUMNS) -> str:
    """``text`` as one line of exactly ``width`` characters (cut or padded on the right)."""
    return ascii_text(text)[:width].ljust(width)


def centred(text: str, width: int = COLUMNS) -> str:
    return ascii_text(text)[:width].center(width)


def two_sided(left: str, right: str, width: int = COLUMNS) -> str:
    """``left`` at the start and ``right`` (an amount) against the end, exactly ``width``
    characters; ``left`` is cut to leave one space between them. The amount is never cut
    unless it alone is wider than the line."""
    amount = ascii_text(right)[:width]
    room = width - len(amount) - 1
    name = ascii_text(left)[: max(room, 0)] if room > 0 else ""
    return name.ljust(width - len(amount)) + amount


@dataclass(frozen=True)
class PoleText:
    """The two lines on the display, each exactly ``COLUMNS`` characters."""

    upper: str
    lower: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "upper", fit(self.upper))
        object.__setattr__(self, "lower", fit(self.lower))


def welcome(store_name: str, say: Say = english) -> PoleText:
    return PoleText(centred(say("Welcome")), centred(store_name))


def item(
    name: str, quantity: int, line_total: Decimal, total: Decimal | None, say: Say = english
) -> PoleText:
    """The line just scanned (``3 x Name`` when more than one) and its price, over the
    TOTAL so far (blank while it is being priced)."""
    what = name if quantity == 1 else f"{quantity} x {name}"
    lower = two_sided(say("TOTAL"), plain_money(total)) if total is not None else ""
    return PoleText(two_sided(what, plain_money(line_total)), lower)


def total(amount: Decimal, say: Say = english) -> PoleText:
    return PoleText(two_sided(say("TOTAL"), plain_money(amount)), "")


def paying(
    amount: Decimal, tendered: Decimal | None, change: Decimal | None, say: Say = english
) -> PoleText:
    """The TOTAL over the cash handed over, or the change once it covers the total."""
    lower = ""
    if change is not None:
        lower = two_sided(say("CHANGE"), plain_money(change))
    elif tendered is not None:
        lower = two_sided(say("CASH"), plain_money(tendered))
    return PoleText(two_sided(say("TOTAL"), plain_money(amount)), lower)


def thanks(change: Decimal | None, say: Say = english) -> PoleText:
    lower = two_sided(say("CHANGE"), plain_money(change)) if change is not None else ""
    return PoleText(centred(say("THANK YOU")), lower)


def frame(text: PoleText, *, init: bool = False) -> bytes:
    """The bytes that show ``text``: [ESC @] CLR HOME, then the 40 characters."""
    body = (text.upper + text.lower).encode("ascii", errors="replace")
    return (INIT if init else b"") + CLEAR + HOME + body


# -- where the bytes go ------------------------------------------------------------------
class _Port(Protocol):
    def write(self, data: bytes, /) -> object: ...
    def flush(self) -> None: ...
    def close(self) -> None: ...


def is_serial(target: str) -> bool:
    """A serial port (pyserial sets its speed), rather than a file or device written as is:
    ``serial:PORT[:BAUD]``, ``COM3``, or a /dev/tty* device."""
    value = target.strip()
    if value.lower().startswith(SERIAL_PREFIX) or value.startswith("/dev/tty"):
        return True
    port = value.partition(":")[0]
    return port.upper().startswith("COM") and port[3:].isdigit()


def _serial_port(value: str) -> str:
    """``PORT[:BAUD]`` of a serial setting, without its ``serial:``."""
    return value[len(SERIAL_PREFIX) :] if value.lower().startswith(SERIAL_PREFIX) else value


def checked_target(target: str) -> str:
    """The setting as typed, stripped; ValidationError (field "pole_display") if it is not
    a place a display can be ("" is no display)."""
    value = target.strip()
    if len(value) > TARGET_MAX:
        raise ValidationError(
            f"The pole display's port is at most {TARGET_MAX} characters", "pole_display"
        )
    if is_serial(value):
        try:
            name, _ = port_baud(_serial_port(value))
        except ValidationError as exc:
            raise ValidationError(exc.message, "pole_display") from None
        if not name.strip():
            raise ValidationError("Name the pole display's serial port", "pole_display")
    return value


def open_port(target: str) -> _Port:
    """The display at ``target`` opened for writing; PoleDisplayError if it cannot be."""
    value = target.strip()
    try:
        if is_serial(value):
            import serial  # noqa: PLC0415 - pyserial only for a display that has one

            name, baud = port_baud(_serial_port(value))
            opened: _Port = serial.Serial(name, baudrate=baud, write_timeout=WRITE_TIMEOUT)
            return opened
        return Path(value).open("ab", buffering=0)  # kept open between pictures
    except (OSError, ValueError, ValidationError) as exc:
        raise PoleDisplayError(f"Cannot reach the pole display at {value}: {_reason(exc)}") from exc


def _reason(exc: BaseException) -> str:
    for cause in (exc, exc.__cause__, exc.__context__):
        if isinstance(cause, OSError) and cause.strerror:
            return cause.strerror
    return str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__


class PoleDisplay:
    """Shows ``PoleText`` on the display at ``target``, off the caller's thread.

    ``show`` returns at once; the writer thread sends the newest picture waiting (an
    older one not yet sent is skipped). ``on_error(reason)`` is called on the writer's
    thread when the display fails after having worked (or at the first try); the caller
    decides how to say it. ``close`` stops the thread and closes the port."""

    def __init__(
        self,
        target: str,
        on_error: Callable[[str], None] | None = None,
        opener: Callable[[str], _Port] = open_port,
    ) -> None:
        self.target = target
        self._on_error = on_error
        self._opener = opener
        self._port: _Port | None = None
        self._wanted: PoleText | None = None
        self._busy = False
        self._closing = False
        self._failing = False
        self._shown: PoleText | None = None
        self._cond = threading.Condition()
        self._thread = threading.Thread(target=self._run, name="pole-display", daemon=True)
        self._thread.start()

    def show(self, text: PoleText) -> None:
        with self._cond:
            if text == self._wanted or (self._wanted is None and text == self._shown):
                return
            self._wanted = text
            self._cond.notify()

    def wait(self, timeout: float = 10.0) -> bool:
        """Wait until every picture asked for was sent (or failed); whether it was."""
        with self._cond:
            return self._cond.wait_for(lambda: self._wanted is None and not self._busy, timeout)

    def close(self) -> None:
        with self._cond:
            self._closing = True
            self._cond.notify_all()
        self._thread.join(WRITE_TIMEOUT + 1)

    def _run(self) -> None:
        while True:
            with self._cond:
                self._cond.wait_for(lambda: self._wanted is not None or self._closing)
                if self._closing:
                    break
                text, self._wanted, self._busy = self._wanted, None, True
            assert text is not None
            self._send(text)
            with self._cond:
                self._busy = False
                self._cond.notify_all()
        self._close_port()

    def _send(self, text: PoleText) -> None:
        try:
            init = self._port is None
            if self._port is None:
                self._port = self._opener(self.target)
            try:
                self._port.write(frame(text, init=init))
                self._port.flush()
            except (OSError, ValueError) as exc:  # serial's timeouts are OSErrors too
                self._close_port()
                raise PoleDisplayError(
                    f"The pole display at {self.target} failed: {_reason(exc)}"
                ) from exc
        except PoleDisplayError as exc:
            self._shown = None
            if not self._failing:  # said once, not at every scan while it stays unplugged
                self._failing = True
                log.warning("%s", exc.message)
                if self._on_error is not None:
                    self._on_error(exc.message)
            return
        if self._failing:
            log.info("the pole display at %s works again", self.target)
        self._failing = False
        self._shown = text

    def _close_port(self) -> None:
        port, self._port = self._port, None
        if port is not None:
            try:
                port.close()
            except OSError:
                log.debug("closing the pole display failed", exc_info=True)
