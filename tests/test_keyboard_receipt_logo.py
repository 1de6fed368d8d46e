"""The receipt's logo and the system printer's page, set in Settings > Receipt printer by
keyboard (issue 13): a logo that is missing or no PNG is refused in place with nothing
saved; a PNG is saved with the 80 mm roll, and the next sale's receipt prints it first."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import People
from helpers import new_product
from keyboard import ALT, CTRL, enter, focus_is_in, open_counter, press, seen_words, type_text
from PIL import Image
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from test_keyboard_receipt_printer import open_settings, ring_up_cash_sale

from pos_app.devices.escpos_reader import read_escpos
from pos_app.services import Services
from pos_app.ui.context import AppContext

pytestmark = pytest.mark.sqlite_only


def retype(qtbot: QtBot, text: str) -> None:
    press(qtbot, Qt.Key.Key_A, CTRL)
    press(qtbot, Qt.Key.Key_Backspace)
    type_text(qtbot, text)


def test_a_bad_logo_is_refused_in_settings_and_a_good_one_prints_on_the_next_receipt(
    qtbot: QtBot, ui_ctx: AppContext, people: People, services: Services, tmp_path: Path
) -> None:
    new_product(services, people.manager, "Wool Scarf", "17.50", 9, "2001")
    out = tmp_path / "receipt.bin"
    ui_ctx.settings.save(printer_kind="file", printer_target=str(out), printer_auto=True)
    not_png = tmp_path / "logo.txt"
    not_png.write_text("a logo, honest")
    png = tmp_path / "logo.png"
    Image.new("L", (300, 60), 0).save(png)
    _, dialog = open_settings(qtbot, ui_ctx, people)
    press(qtbot, Qt.Key.Key_R, ALT)
    press(qtbot, Qt.Key.Key_L, ALT)
    assert focus_is_in(qtbot, dialog).objectName() == "printerLogo"

    type_text(qtbot, str(tmp_path / "gone.png"))
    enter(qtbot)
    assert f"No such file: {tmp_path / 'gone.png'}" in seen_words(dialog)
    assert focus_is_in(qtbot, dialog).objectName() == "printerLogo"
    retype(qtbot, str(not_png))
    enter(qtbot)
    assert "The logo must be a PNG image" in seen_words(dialog)
    assert focus_is_in(qtbot, dialog).objectName() == "printerLogo"
    assert ui_ctx.settings.printer_logo == ""

    retype(qtbot, str(png))
    press(qtbot, Qt.Key.Key_G, ALT)
    assert focus_is_in(qtbot, dialog).objectName() == "receiptPage"
    press(qtbot, Qt.Key.Key_Down)  # 80 mm roll
    assert "80 mm roll" in seen_words(dialog)
    enter(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)
    assert (ui_ctx.settings.printer_logo, ui_ctx.settings.receipt_page) == (str(png), "roll80")

    window = open_counter(qtbot, ui_ctx, people.cashier)
    ring_up_cash_sale(qtbot, ui_ctx)
    qtbot.waitUntil(
        lambda: out.exists() and read_escpos(out.read_bytes()).has("drawer"), timeout=10_000
    )
    printed = read_escpos(out.read_bytes())
    assert printed.commands()[:3] == ["init", "codepage", "image"]
    (logo,) = printed.images
    assert (logo.width, logo.height) == (576, 60)
    assert logo.black(288, 30) and not logo.black(10, 30)  # centred, white around it
    assert "Sale completed: sale 1" in seen_words(window)
