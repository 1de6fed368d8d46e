"""Paying from a customer's wallet by keyboard (issue 16): the customer's PIN or card is
asked over the payment dialog. Keys go only to what has focus; only what a person sees
(and the database) is read back."""

from __future__ import annotations

import re

import pytest
from conftest import People
from helpers import PIN, cart, new_customer
from keyboard import (
    active_dialog,
    enter,
    focus_is_in,
    go_to,
    open_counter,
    pick,
    press,
    scan,
    seen_words,
    settle,
    type_text,
    wait_for_dialog,
    wait_no_dialog,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from test_keyboard_payment import attach, open_payment, payments, sales, shelf
from test_keyboard_people import CTRL_SHIFT, button_key

from pos_app.data.database import Database
from pos_app.domain.wallet_consent import PIN_LOCKOUT_AFTER, WalletConsentRefused
from pos_app.services import Services
from pos_app.services.records import Product
from pos_app.ui.context import AppContext

pytestmark = pytest.mark.sqlite_only
__all__ = ["shelf"]  # the fixture, shared with the payment tests


def consent_dialog(qtbot: QtBot) -> QLineEdit:
    """The consent dialog is up with the cursor in the hidden PIN field."""
    dialog = wait_for_dialog(qtbot, "consent")
    field = focus_is_in(qtbot, dialog, "customerPin")
    assert isinstance(field, QLineEdit)
    assert field.echoMode() == QLineEdit.EchoMode.Password
    assert "PIN or card scan" in seen_words(dialog)
    return field


def test_a_wrong_pin_is_said_in_place_escape_goes_back_and_the_right_pin_pays(
    qtbot: QtBot,
    ui_ctx: AppContext,
    people: People,
    services: Services,
    shelf: object,
    db: Database,
) -> None:
    customer = new_customer(services, people.cashier, "johndoe", "50.00")
    window = open_counter(qtbot, ui_ctx, people.cashier)
    scan(qtbot, ui_ctx, "2001")
    attach(qtbot, ui_ctx, window, "johndoe")
    payment = open_payment(qtbot)
    assert focus_is_in(qtbot, payment).objectName() == "payWallet"
    enter(qtbot)  # the wallet: the customer is asked
    consent_dialog(qtbot)
    type_text(qtbot, "7391")
    enter(qtbot)
    settle(qtbot, ui_ctx)
    dialog = active_dialog()
    assert dialog is not None and dialog.objectName() == "walletConsentDialog"
    assert f"Wrong PIN. Tries left before the PIN locks: {PIN_LOCKOUT_AFTER - 1}" in seen_words(
        dialog
    )
    field = focus_is_in(qtbot, dialog, "customerPin")
    assert isinstance(field, QLineEdit) and field.text() == ""  # cleared for the next try
    assert sales(db) == 0
    # Escape: back to the payment dialog, as it was.
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: active_dialog() is payment, timeout=5_000)
    assert "Store credit 50.00" in seen_words(payment)
    focus_is_in(qtbot, payment)
    # A split with a wallet part asks too; the amounts typed stay through Escape.
    press(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    assert focus_is_in(qtbot, payment).objectName() == "walletAmount"
    type_text(qtbot, "10")
    enter(qtbot)  # on to the cash
    assert focus_is_in(qtbot, payment).objectName() == "cashTendered"
    type_text(qtbot, "10")
    enter(qtbot)
    consent_dialog(qtbot)
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: active_dialog() is payment, timeout=5_000)
    assert "Change 2.50" in seen_words(payment)
    assert focus_is_in(qtbot, payment).objectName() == "walletAmount"
    enter(qtbot)  # confirm again, from where the cursor is
    consent_dialog(qtbot)
    type_text(qtbot, PIN)
    enter(qtbot)
    wait_no_dialog(qtbot)
    settle(qtbot, ui_ctx)
    assert "Sale completed" in seen_words(window)
    assert payments(db) == [("wallet", 1000, None, None, None), ("cash", 750, 1000, 250, None)]
    assert services.wallets.balance(people.manager, customer.id) == 40


def test_a_manager_sets_the_pin_and_issues_a_card_and_the_card_scan_pays(
    qtbot: QtBot,
    ui_ctx: AppContext,
    people: People,
    services: Services,
    shelf: dict[str, Product],
    db: Database,
) -> None:
    scarf = shelf["scarf"]
    customer = new_customer(services, people.cashier, "gina", "50.00")
    window = open_counter(qtbot, ui_ctx, people.manager)
    go_to(qtbot, ui_ctx, window, "Customers")
    pick(qtbot, ui_ctx, "gina")
    # The PIN, typed twice by the customer: a mistyped second one is said in place.
    button_key(qtbot, ui_ctx, Qt.Key.Key_W, CTRL_SHIFT)
    dialog = wait_for_dialog(qtbot, "Wallet PIN of gina")
    assert focus_is_in(qtbot, dialog).objectName() == "pin"
    # Its note wraps: on one line it stretched the dialog to 910 px under a trial's fonts
    # (533 here, where the offscreen fonts are narrower; 440 wrapped).
    assert dialog.width() < 500
    type_text(qtbot, "4826")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "4862")
    enter(qtbot)
    settle(qtbot, ui_ctx)
    assert "The two PINs differ" in seen_words(dialog)
    assert focus_is_in(qtbot, dialog).objectName() == "pin_again"
    type_text(qtbot, "4826")  # the field was cleared for it
    enter(qtbot)
    wait_no_dialog(qtbot)
    settle(qtbot, ui_ctx)
    assert "The wallet PIN of gina was set" in seen_words(window)
    # A card: its code is shown once, to print as its barcode.
    button_key(qtbot, ui_ctx, Qt.Key.Key_K, CTRL_SHIFT)
    wait_for_dialog(qtbot, "Customer card of gina")
    enter(qtbot)
    qtbot.waitUntil(lambda: getattr(active_dialog(), "objectName", str)() == "walletCardCode")
    shown = wait_for_dialog(qtbot, "Customer card")
    assert "Print this code as the barcode of Gina's card" in seen_words(shown)
    found = re.search(r"\b[0-9A-F]{20}\b", seen_words(shown))
    assert found is not None
    code = found.group()
    assert len(code) == 20
    enter(qtbot)
    wait_no_dialog(qtbot)
    with pytest.raises(WalletConsentRefused):  # the helpers' PIN no longer pays
        services.sales.checkout(people.cashier, cart((scarf.id, 1), customer_id=customer.id))
    # At the checkout, the scan of the card pays.
    go_to(qtbot, ui_ctx, window, "Checkout")
    scan(qtbot, ui_ctx, "2001")
    attach(qtbot, ui_ctx, window, "gina")
    open_payment(qtbot)
    enter(qtbot)
    consent_dialog(qtbot)
    type_text(qtbot, code)
    enter(qtbot)
    wait_no_dialog(qtbot)
    settle(qtbot, ui_ctx)
    assert "Sale completed" in seen_words(window)
    assert payments(db) == [("wallet", 1750, None, None, None)]
    details = [e.detail for e in services.audit.search(people.admin, action="password_reset").items]
    assert "wallet card replaced" in details and details.count("wallet PIN set") == 1


def test_a_pin_for_a_customer_who_has_none_says_so_and_how_to_get_one(
    qtbot: QtBot,
    ui_ctx: AppContext,
    people: People,
    services: Services,
    shelf: object,
    db: Database,
) -> None:
    """The manager's trial typed a PIN for a customer never given one and read "This
    wallet cannot be paid by PIN: scan the customer's card"; she had no card either."""
    jane = services.customers.register(
        people.cashier,
        username="jane",
        password="Jane-Pass-2026",
        name="Jane",
        age=30,
        marital_status="single",
        address="2 Main Street",
        gender="",
    )
    services.wallets.top_up(people.cashier, jane.id, "50.00", method="cash")
    window = open_counter(qtbot, ui_ctx, people.cashier)
    scan(qtbot, ui_ctx, "2001")
    attach(qtbot, ui_ctx, window, "jane")
    open_payment(qtbot)
    enter(qtbot)  # the wallet
    consent_dialog(qtbot)
    type_text(qtbot, "2468")
    enter(qtbot)
    settle(qtbot, ui_ctx)
    dialog = active_dialog()
    assert dialog is not None and dialog.objectName() == "walletConsentDialog"
    said = (
        "This customer has no wallet PIN yet: scan their card, or a manager sets a PIN in "
        "Customers (Ctrl+Shift+W)"
    )
    assert said in seen_words(dialog)
    assert "scan the customer's card" not in seen_words(window)
    assert sales(db) == 0
