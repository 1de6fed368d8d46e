"""The services' messages, the thermal receipt and the refund slip in the counter's language
(issue 17): English exactly as before, French and Arabic translated, Arabic printed as a
picture drawn right to left with its figures unchanged."""

from __future__ import annotations

import logging
import re
import uuid
from collections.abc import Callable, Iterator
from decimal import Decimal

import pytest
from conftest import People
from escpos_reader import read_escpos
from helpers import buy, cart, new_customer, new_product
from PySide6.QtWidgets import QLabel

from pos_app.devices import pole_display as pole
from pos_app.devices.escpos_receipt import printer_test_bytes, receipt_bytes, refund_bytes
from pos_app.devices.receipt_layout import (
    PAIR,
    PrintLine,
    StoreHeading,
    printer_test_lines,
    receipt_lines,
    receipt_text,
)
from pos_app.domain.errors import (
    AuthenticationError,
    InsufficientFundsError,
    NotFoundError,
    OutOfStockError,
    PermissionDeniedError,
    PosError,
    ValidationError,
)
from pos_app.domain.money import parse_money
from pos_app.services import Services
from pos_app.services.records import DiscountRequest, RefundRequest, ReturnLine, Sale
from pos_app.ui.errors import ErrorPresenter
from pos_app.ui.i18n import FSI, LRI, PDI, install_language
from pos_app.ui.receipt_image import receipt_picture
from pos_app.ui.receipt_words import WORDS, pole_say, receipt_say, text_say
from pos_app.ui.service_messages import TEMPLATES, error_text, matched, service_text

STORE = StoreHeading("Corner Store", "12 Market Street")


@pytest.fixture
def language(qapp: object) -> Iterator[Callable[[str], str]]:
    yield install_language
    install_language("en")


def refused(work: Callable[[], object]) -> PosError:
    with pytest.raises(PosError) as caught:
        work()
    return caught.value


def counter_errors(services: Services, people: People) -> list[PosError]:
    """Messages a cashier meets at the counter, raised by the real services."""
    mug = new_product(services, people.manager, "Blue Mug", "4.50", 3, "1002")
    broke = new_customer(services, people.manager, "janedoe", "1.00")
    sold = services.sales.checkout(people.manager, cart((mug.id, 1), cash_tendered=Decimal(5)))
    half_off = DiscountRequest("friend", percent=Decimal(50))
    too_many = RefundRequest(
        str(uuid.uuid4()), sold.id, (ReturnLine(sold.lines[0].line_id, 2),), "cash", "broken"
    )
    return [
        refused(lambda: services.sales.scan(people.cashier, "999999")),
        refused(lambda: services.sales.checkout(people.cashier, cart((mug.id, 5)))),
        refused(lambda: buy(services, people.cashier, broke.id, mug.id)),
        refused(lambda: services.auth.sign_in(people.manager.username, "not the password")),
        refused(lambda: parse_money("12.345", field="cash_tendered", label="Cash tendered")),
        refused(lambda: parse_money("abc", field="cash_tendered", label="Cash tendered")),
        refused(
            lambda: services.sales.checkout(
                people.cashier, cart((mug.id, 1), cash_tendered=Decimal("1.00"))
            )
        ),
        refused(
            lambda: services.sales.checkout(
                people.cashier, cart((mug.id, 1), discount=half_off, cash_tendered=Decimal(5))
            )
        ),
        refused(lambda: services.refunds.refund(people.manager, too_many)),
    ]


def test_every_template_is_found_again_in_the_message_it_writes() -> None:
    """No template shadows another: each, filled in, matches itself first."""
    for template in TEMPLATES:
        values = {name: f"v{i}x" for i, name in enumerate(re.findall(r"\{(\w+)\}", template))}
        assert matched(template.format(**values)) == (template, values), template


def test_english_messages_stay_exactly_as_the_services_wrote_them(
    qapp: object, services: Services, people: People
) -> None:
    errors = counter_errors(services, people)
    kinds = {type(e) for e in errors}
    assert {NotFoundError, OutOfStockError, InsufficientFundsError} <= kinds
    assert {AuthenticationError, ValidationError, PermissionDeniedError} <= kinds
    for error in errors:
        assert error_text(error) == error.message == str(error)
    assert [e.message for e in errors[:3]] == [
        "No product has barcode 999999",
        "Only 2 left of Blue Mug (asked for 5)",
        "Insufficient funds: balance 1.00, total 4.50",
    ]


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_the_counter_s_messages_are_translated_with_their_values(
    services: Services, people: People, language: Callable[[str], str], lang: str
) -> None:
    errors = counter_errors(services, people)
    language(lang)
    for error in errors:
        found = matched(error.message)
        assert found is not None, error.message
        said = error_text(error)
        english = max(re.split(r"\{\w+\}", found[0]), key=len).strip()
        assert english not in said, said  # the English sentence is gone, not just changed
    out_of_stock = error_text(errors[1])
    if lang == "fr":
        assert out_of_stock == "Il ne reste que 2 de Blue Mug (5 demandés)"
        assert error_text(errors[0]) == "Aucun produit n'a le code-barres 999999"
        assert error_text(errors[4]).startswith("Espèces remises : au plus deux décimales")
    else:
        assert f"{FSI}Blue Mug{PDI}" in out_of_stock and f"{LRI}2{PDI}" in out_of_stock
        assert f"{LRI}1.00{PDI}" in error_text(errors[2]) and f"{LRI}4.50{PDI}" in error_text(
            errors[2]
        )
        assert error_text(errors[4]).startswith("النقد المدفوع")
    # a message no template knows is shown as it came
    assert service_text("Something new happened") == "Something new happened"


def a_sale(services: Services, people: People) -> Sale:
    product = new_product(services, people.manager, "Green T-Shirt", "19.99", 30, "1001")
    request = cart((product.id, 2), cash_tendered=Decimal("50.00"))
    return services.sales.checkout(people.cashier, request)


def test_every_word_the_thermal_receipt_says_is_collected_for_translation(
    services: Services, people: People
) -> None:
    sale = a_sale(services, people)
    said: set[str] = set()

    def note(text: str) -> str:
        said.add(text)
        return text

    receipt_lines(sale, STORE, 48, say=note, copy=True, offline_number="C1-000042")
    printer_test_lines(STORE, 32, note)
    assert said - WORDS == set()
    assert {"Recorded offline: sent to the server when it is back", "No. {0}"} <= said


def test_a_french_receipt_prints_in_french_on_the_code_page(
    services: Services, people: People, language: Callable[[str], str]
) -> None:
    sale = a_sale(services, people)
    english = receipt_text(sale, STORE, 48, say=receipt_say)
    language("fr")
    lines = receipt_text(sale, STORE, 48, say=receipt_say)
    assert {len(line) for line in lines} == {48}
    assert any(line.split() == ["Rendu", "10.02"] for line in lines), lines
    assert any(line.split()[:2] == ["Espèces", "remises"] for line in lines), lines
    assert any(line.split() == ["TOTAL", "39.98"] for line in lines)
    assert "Merci de votre visite." in " ".join(lines)
    assert lines != english
    printed = read_escpos(receipt_bytes(sale, STORE, 80, say=receipt_say))
    assert any(line.split() == ["Rendu", "10.02"] for line in printed.lines)
    assert not printed.images


def ink(image: object, left: int, right: int) -> int:
    """How many black dots the picture has between columns ``left`` and ``right``."""
    _width, height = image.size  # type: ignore[attr-defined]
    pixels = image.load()  # type: ignore[attr-defined]
    return sum(1 for x in range(left, right) for y in range(height) if pixels[x, y] == 0)


def test_an_arabic_receipt_prints_as_a_picture_read_right_to_left(
    services: Services, people: People, language: Callable[[str], str]
) -> None:
    sale = a_sale(services, people)
    language("ar")
    printed = read_escpos(receipt_bytes(sale, STORE, 80, say=receipt_say, picture=receipt_picture))
    assert printed.images and not [line for line in printed.lines if line.strip()]
    picture = printed.images[-1]
    assert picture.width == 576 and picture.height > 400
    # One line, "الإجمالي ... 39.98": the name on the right, the amount on the left.
    total = next(
        line
        for line in receipt_lines(sale, STORE, 48, say=receipt_say)
        if line.kind == PAIR and line.parts[0] == "الإجمالي"
    )
    assert total.parts[1] == "39.98"  # the figure as it is
    drawn = receipt_picture((total,), 576)
    assert ink(drawn, 0, 120) > 0 and ink(drawn, 456, 576) > 0
    assert ink(drawn, 200, 380) == 0  # nothing between them
    amount_only = receipt_picture((PrintLine("", True, PAIR, ("", "39.98", "0")),), 576)
    assert ink(amount_only, 0, 120) == ink(drawn, 0, 120)  # the amount is the left one


def test_the_pole_display_speaks_french_and_english_for_an_arabic_counter(
    language: Callable[[str], str],
) -> None:
    def shown(say: Callable[[str], str]) -> list[str]:
        text = pole.paying(Decimal("4.50"), Decimal("5.00"), Decimal("0.50"), say)
        thanks = pole.thanks(Decimal("0.50"), say)
        return [text.upper, text.lower, thanks.upper, pole.welcome("Corner Store", say).upper]

    assert shown(pole_say) == [
        "TOTAL           4.50",
        "CHANGE          0.50",
        "     THANK YOU      ",
        "      Welcome       ",
    ]
    language("fr")
    assert shown(pole_say) == [
        "TOTAL           4.50",
        "RENDU           0.50",
        "       MERCI        ",
        "     Bienvenue      ",
    ]
    assert pole.paying(Decimal("4.50"), Decimal("5.00"), None, pole_say).lower.startswith("ESPECES")
    language("ar")  # a VFD has no Arabic letters: English, never "?????"
    assert shown(pole_say) == shown(lambda text: text)


def test_a_refund_slip_prints_in_french_and_in_arabic_as_a_picture(
    services: Services, people: People, language: Callable[[str], str]
) -> None:
    sale = a_sale(services, people)
    request = RefundRequest(
        str(uuid.uuid4()), sale.id, (ReturnLine(sale.lines[0].line_id, 1),), "cash", "torn"
    )
    refund = services.refunds.refund(people.manager, request)
    language("fr")
    slip = read_escpos(refund_bytes(refund, STORE, 80, say=receipt_say))
    text = [line.split() for line in slip.lines]
    assert ["REMBOURSÉ", "19.99"] in text and ["Vers", "Espèces"] in text
    assert ["Motif", ":", "torn"] in text
    assert slip.has("drawer")  # a cash refund opens the drawer, in any language
    language("ar")
    slip = read_escpos(refund_bytes(refund, STORE, 80, say=receipt_say, picture=receipt_picture))
    assert slip.images and not [line for line in slip.lines if line.strip()]
    assert slip.has("drawer")


def test_the_screen_says_a_refusal_in_french_and_the_log_keeps_the_english(
    qapp: object, language: Callable[[str], str], caplog: pytest.LogCaptureFixture
) -> None:
    language("fr")
    label = QLabel()
    error = OutOfStockError("Blue Mug", 1, 3)
    with caplog.at_level(logging.INFO, logger="pos_app.ui.errors"):
        shown = ErrorPresenter(None).report(error, label=label)
    assert shown == label.text() == "Il ne reste que 1 de Blue Mug (3 demandés)"
    assert "refused: Only 1 left of Blue Mug (asked for 3)" in caplog.text
    assert str(error) == error.message == "Only 1 left of Blue Mug (asked for 3)"


def test_the_test_print_is_in_french_and_in_english_for_an_arabic_counter(
    language: Callable[[str], str],
) -> None:
    language("fr")
    french = read_escpos(printer_test_bytes(STORE, 58, None, text_say)).lines
    assert "Impression d'essai" in [line.strip() for line in french]
    assert "12345678901234567890123456789012" in french
    language("ar")  # the code page has no Arabic letters: English, never "?????"
    arabic = read_escpos(printer_test_bytes(STORE, 58, None, text_say)).lines
    assert "Test print" in [line.strip() for line in arabic]
    assert not any("?" in line for line in arabic)
