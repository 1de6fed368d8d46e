"""The services' refusals at the counter in the counter's language (issue 17), by keyboard:
a French cashier types an amount with three decimals and is told in French, then pays for
more units than are left (another counter sold one meanwhile) and reads why in French,
with the product's name and the figures as they are. In English the same refusal reads
exactly as the service wrote it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import People
from escpos_reader import Printed, read_escpos
from helpers import cart, new_product
from keyboard import (
    CTRL,
    enter,
    focused,
    open_counter,
    press,
    scan,
    seen_words,
    settle,
    type_text,
    wait_for_dialog,
)
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pos_app.services import Services
from pos_app.ui.context import AppContext
from pos_app.ui.i18n import install_language


@pytest.fixture
def language(qapp: object) -> Iterator[Callable[[str], str]]:
    yield install_language
    install_language("en")


def sell_the_last_but_one(services: Services, people: People, product_id: int) -> None:
    """Another counter sells a unit while this one's cart waits."""
    request = cart((product_id, 1), cash_tendered=Decimal("10.00"))
    services.sales.checkout(people.manager, request)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_refused_sale_and_a_wrong_amount_are_said_in_the_counter_s_language(
    qtbot: QtBot,
    ui_ctx: AppContext,
    people: People,
    services: Services,
    language: Callable[[str], str],
    lang: str,
) -> None:
    mug = new_product(services, people.manager, "Blue Mug", "4.50", 2, "1002")
    language(lang)
    window = open_counter(qtbot, ui_ctx, people.cashier)
    scan(qtbot, ui_ctx, "2*1002")
    sell_the_last_but_one(services, people, mug.id)

    press(qtbot, Qt.Key.Key_F12)
    wait_for_dialog(qtbot, "Paiement" if lang == "fr" else "Payment")
    type_text(qtbot, "12.345")
    said = seen_words(focused().window())
    if lang == "fr":
        assert "au plus deux décimales" in said or "des chiffres" in said, said
        assert "decimal" not in said
    else:
        assert "can have at most two decimals" in said or "must be digits" in said, said
    for _ in range(6):
        press(qtbot, Qt.Key.Key_Backspace)
    type_text(qtbot, "10")
    enter(qtbot)
    settle(qtbot, ui_ctx)

    words = seen_words(window)
    if lang == "fr":
        assert "Il ne reste que 1 de Blue Mug (2 demandés)" in words, words
        assert "left of" not in words
    else:
        assert "Only 1 left of Blue Mug (asked for 2)" in words, words
    assert services.inventory.get(people.manager, mug.id).stock == 1  # nothing was sold


def test_an_arabic_counter_prints_its_receipt_as_a_picture_and_a_french_one_as_text(
    qtbot: QtBot,
    ui_ctx: AppContext,
    people: People,
    services: Services,
    language: Callable[[str], str],
    tmp_path: Path,
) -> None:
    """The same sale, rung up by keyboard at an Arabic counter, then at a French one."""
    new_product(services, people.manager, "Wool Scarf", "17.50", 9, "2001")
    printed: dict[str, Printed] = {}
    for lang, title in (("ar", "الدفع"), ("fr", "Paiement")):
        out = tmp_path / f"{lang}.bin"
        ui_ctx.settings.save(
            printer_kind="file", printer_target=str(out), printer_paper_mm=80, printer_auto=True
        )
        language(lang)
        window = open_counter(qtbot, ui_ctx, people.cashier)
        scan(qtbot, ui_ctx, "2001")
        press(qtbot, Qt.Key.Key_F12)
        wait_for_dialog(qtbot, title)
        type_text(qtbot, "20")
        enter(qtbot)
        settle(qtbot, ui_ctx)
        qtbot.waitUntil(lambda o=out: o.exists() and read_escpos(o.read_bytes()).has("drawer"))
        printed[lang] = read_escpos(out.read_bytes())
        window.close()
    arabic, french = printed["ar"], printed["fr"]
    assert arabic.images and not [line for line in arabic.lines if line.strip()]
    assert arabic.images[-1].width == 576 and arabic.images[-1].height > 300
    assert not french.images
    assert any(line.split() == ["Rendu", "2.50"] for line in french.lines), french.lines
    assert any(line.split()[:2] == ["Vente", "2"] for line in french.lines)


def test_a_field_refused_by_the_service_is_said_under_it_in_french(
    qtbot: QtBot, ui_ctx: AppContext, people: People, language: Callable[[str], str]
) -> None:
    language("fr")
    window = open_counter(qtbot, ui_ctx, people.cashier)
    press(qtbot, Qt.Key.Key_2, CTRL)  # Customers
    settle(qtbot, ui_ctx)
    press(qtbot, Qt.Key.Key_N, CTRL)
    dialog = wait_for_dialog(qtbot, "Inscrire un client")
    for text in ("ann.lee", "ann-pass-12", "Ann Lee", "+44 20 7946 0958", "not-an-address"):
        type_text(qtbot, text)
        press(qtbot, Qt.Key.Key_Tab)
    enter(qtbot)
    settle(qtbot, ui_ctx)
    qtbot.waitUntil(lambda: "nom@exemple.com" in seen_words(dialog), timeout=5_000)
    words = seen_words(dialog)
    assert "L'e-mail doit ressembler à nom@exemple.com" in words
    assert "must look like" not in words
    assert not ui_ctx.services.customers.search(people.manager, "ann.lee").items
    assert window.isVisible()
