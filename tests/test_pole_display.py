"""The pole display (issue 13): two lines of exactly 20 characters, written as Epson DM-D
bytes (ESC @ once, then CLR, HOME and the 40 characters) to a file that stands for the
serial port, read back byte by byte; a display that fails says so once and recovers."""

from __future__ import annotations

import os
import threading
from decimal import Decimal
from pathlib import Path

import pytest

from pos_app.devices.pole_display import (
    CLEAR,
    COLUMNS,
    HOME,
    INIT,
    PoleDisplay,
    PoleText,
    checked_target,
    frame,
    is_serial,
    item,
    paying,
    thanks,
    two_sided,
    welcome,
)
from pos_app.domain.errors import ValidationError

D = Decimal


def pictures(data: bytes) -> list[tuple[str, str]]:
    """The (upper, lower) lines of every picture in ``data``, as the display shows them."""
    assert data.startswith(INIT + CLEAR + HOME), data[:8]
    body = data[len(INIT) :]
    shown = []
    for chunk in body.split(CLEAR + HOME)[1:]:
        text = chunk.decode("ascii")
        assert len(text) == 2 * COLUMNS, repr(text)
        shown.append((text[:COLUMNS], text[COLUMNS:]))
    return shown


def test_lines_are_exactly_20_characters_with_the_amount_against_the_right_edge() -> None:
    scarf = item("Wool Scarf", 1, D("17.50"), D("17.50"))
    assert scarf == PoleText("Wool Scarf     17.50", "TOTAL          17.50")
    long = item("Extra Large Organic Cotton Tote Bag", 3, D("1234.50"), D("99999.99"))
    assert long.upper == "3 x Extra L 1,234.50"
    assert long.lower == "TOTAL      99,999.99"
    assert item("Soap", 2, D("3.00"), None).lower == " " * COLUMNS  # being priced
    assert paying(D("17.50"), D("20.00"), None).lower == "CASH           20.00"
    assert paying(D("17.50"), D("20.00"), D("2.50")) == PoleText(
        "TOTAL          17.50", "CHANGE          2.50"
    )
    assert thanks(D("2.50")) == PoleText("     THANK YOU      ", "CHANGE          2.50")
    assert welcome("Corner Store") == PoleText("      Welcome       ", "    Corner Store    ")
    assert two_sided("x", "123456789012345678901234") == "12345678901234567890"


def test_a_name_the_display_cannot_show_is_folded_to_ascii() -> None:
    text = item("Crème brûlée €2\tdeal", 1, D("4.00"), D("4.00"))
    assert text.upper == "Creme brulee ?2 4.00"
    assert frame(text).decode("ascii").startswith("\x0c\x0bCreme brulee ?2 4.00")


def test_frames_go_to_a_file_as_dm_d_bytes(tmp_path: Path) -> None:
    out = tmp_path / "pole.bin"
    display = PoleDisplay(str(out))
    try:
        display.show(welcome("Corner Store"))
        assert display.wait()
        display.show(item("Wool Scarf", 1, D("17.50"), None))
        assert display.wait()
        display.show(item("Wool Scarf", 1, D("17.50"), D("17.50")))
        display.show(item("Wool Scarf", 1, D("17.50"), D("17.50")))  # the same: not again
        assert display.wait()
        display.show(paying(D("17.50"), D("20.00"), D("2.50")))
        display.show(thanks(D("2.50")))
        assert display.wait()
    finally:
        display.close()
    data = out.read_bytes()
    assert data.count(INIT) == 1  # initialised once, when the port opened
    shown = pictures(data)
    assert shown[0] == ("      Welcome       ", "    Corner Store    ")
    assert shown[1] == ("Wool Scarf     17.50", " " * 20)
    assert shown[2] == ("Wool Scarf     17.50", "TOTAL          17.50")
    assert shown[-1] == ("     THANK YOU      ", "CHANGE          2.50")
    assert len(shown) in (4, 5)  # the paying picture may be skipped for the newer one
    assert shown.count(shown[2]) == 1


def test_a_display_that_cannot_be_reached_says_so_once_then_recovers(tmp_path: Path) -> None:
    missing = tmp_path / "unplugged" / "pole.bin"
    said: list[str] = []
    display = PoleDisplay(str(missing), on_error=said.append)
    try:
        display.show(welcome("Corner Store"))
        assert display.wait()
        display.show(thanks(None))
        assert display.wait()
        assert said == [f"Cannot reach the pole display at {missing}: No such file or directory"]
        missing.parent.mkdir()  # plugged back in
        display.show(welcome("Corner Store"))
        assert display.wait()
    finally:
        display.close()
    assert pictures(missing.read_bytes()) == [("      Welcome       ", "    Corner Store    ")]
    assert len(said) == 1


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs a FIFO")
def test_a_display_that_hangs_holds_up_nobody_and_gets_only_the_newest_picture(
    tmp_path: Path,
) -> None:
    """The display takes nothing (a FIFO nobody reads): ``show`` still returns at once,
    and once it reads, the pictures asked for meanwhile come as the newest one alone."""
    fifo = tmp_path / "pole"
    os.mkfifo(fifo)
    got = bytearray()

    def read() -> None:
        with fifo.open("rb") as pipe:
            while chunk := pipe.read(1):
                got.extend(chunk)

    display = PoleDisplay(str(fifo))
    try:
        display.show(welcome("Corner Store"))  # the writer waits in open() for a reader
        for n in range(1, 6):
            display.show(item("Soap", n, D("1.50") * n, None))
        assert not display.wait(0.2)
        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        assert display.wait()
    finally:
        display.close()
    reader.join(5)
    shown = pictures(bytes(got))
    assert shown[-1][0] == "5 x Soap        7.50"
    assert len(shown) <= 2  # Welcome (if the writer took it before the scans), then the last


def test_which_settings_are_serial_ports_and_which_are_refused() -> None:
    assert is_serial("/dev/ttyUSB0") and is_serial("/dev/ttyS0:19200")
    assert is_serial("COM3") and is_serial("com4:9600") and is_serial("serial:/dev/pole")
    assert not is_serial("/tmp/pole.bin") and not is_serial("/dev/usb/lp0")
    assert checked_target("  COM3:9600 ") == "COM3:9600"
    assert checked_target("") == ""
    with pytest.raises(ValidationError) as caught:
        checked_target("COM3:12")
    assert caught.value.field == "pole_display"
    assert "serial speed" in caught.value.message
    with pytest.raises(ValidationError):
        checked_target("/tmp/" + "x" * 400)
