"""Every dialog of every workspace, opened the way a person opens it (its shortcut, or its
button's mnemonic), as admin, manager, cashier and customer where they differ.

For each one, by keyboard only:
- the cursor starts in its first field, never on a button (typed text is not lost, and
  Space or Enter does not submit an empty or default form);
- no two of its mnemonics are the same letter (Alt+R was both Refund and Reason);
- it fits a 1366x768 screen with a panel (1366x728): its size hint, minimum size hint and
  its geometry as shown;
- Esc closes it.
The main window of each role is held to the same: its workspaces, its menus.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import People, customer_actor
from helpers import buy, new_customer, new_product
from keyboard import (
    PANEL_HEIGHT,
    SCREEN_HEIGHT,
    SCREEN_WIDTH,
    enter,
    focus_is_in,
    focused,
    open_counter,
    press,
    seen,
    settle,
    type_text,
    wait_for_dialog,
    wait_no_dialog,
)
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMenu,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from pos_app.services import Services
from pos_app.services.records import Actor
from pos_app.ui.context import AppContext
from pos_app.ui.main_window import MainWindow
from pos_app.ui.sign_in import LockDialog

pytestmark = pytest.mark.sqlite_only

USABLE = QSize(SCREEN_WIDTH, SCREEN_HEIGHT - PANEL_HEIGHT)
BARCODE = "4006381333931"
Key = Qt.Key
Ctrl = Qt.KeyboardModifier.ControlModifier
Shift = Qt.KeyboardModifier.ShiftModifier
Alt = Qt.KeyboardModifier.AltModifier


# -- what is checked of every dialog and window ----------------------------------------------
def mnemonic(text: str) -> str | None:
    """The letter after a single '&' ("&&" is a literal ampersand)."""
    text = text.replace("&&", "")
    at = text.find("&")
    return text[at + 1].lower() if 0 <= at < len(text) - 1 else None


def mnemonics(root: QWidget) -> list[tuple[str, str]]:
    """(letter, whose) for every mnemonic a person can use in ``root`` now."""
    found: list[tuple[str, str]] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or isinstance(widget, QMenu):
            continue
        texts: list[str] = []
        labelled = isinstance(widget, QLabel) and widget.buddy() is not None
        if isinstance(widget, QAbstractButton) or labelled:
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            texts.append(widget.title())
        elif isinstance(widget, QTabWidget):
            texts.extend(widget.tabText(i) for i in range(widget.count()))
        for text in texts:
            letter = mnemonic(text)
            if letter:
                found.append((letter, text.replace("&", "")))
    return found


def duplicates(found: list[tuple[str, str]]) -> dict[str, list[str]]:
    by_letter: dict[str, list[str]] = {}
    for letter, whose in found:
        by_letter.setdefault(letter, []).append(whose)
    return {letter: whose for letter, whose in by_letter.items() if len(whose) > 1}


def fits(size: QSize) -> bool:
    return size.width() <= USABLE.width() and size.height() <= USABLE.height()


def check_window_fits(widget: QWidget) -> None:
    frame = widget.frameGeometry()
    assert fits(widget.minimumSizeHint()), f"{widget.windowTitle()}: {widget.minimumSizeHint()}"
    assert fits(widget.sizeHint()), f"{widget.windowTitle()}: sizeHint {widget.sizeHint()}"
    assert fits(frame.size()), f"{widget.windowTitle()}: shown at {frame.size()}"


@dataclass
class Seen:
    """What one dialog was like when it opened."""

    title: str
    focus: str


def check_dialog(qtbot: QtBot, title: str, field: str, close: bool = True) -> QWidget:
    """The dialog titled ``title`` is up with the cursor in ``field``; it fits, it has no
    duplicate mnemonic; then Esc closes it (unless ``close`` is False)."""
    dialog = wait_for_dialog(qtbot, title)
    widget = focus_is_in(qtbot, dialog)
    assert not isinstance(widget, QAbstractButton), f"{title}: focus on {widget.objectName()}"
    assert widget.objectName() == field, f"{title}: focus in {widget.objectName()!r}"
    check_window_fits(dialog)
    assert not duplicates(mnemonics(dialog)), f"{title}: {duplicates(mnemonics(dialog))}"
    if close:
        press(qtbot, Key.Key_Escape)
        wait_no_dialog(qtbot)
    return dialog


def check_main_window(qtbot: QtBot, window: MainWindow) -> None:
    """The current workspace with the window's menus and list: no duplicate mnemonic."""
    found = [(mnemonic(a.text()) or "", a.text()) for a in window.menuBar().actions()]
    page = window.stack.currentWidget()
    assert page is not None
    found += mnemonics(page)
    clashes = duplicates([f for f in found if f[0]])
    assert not clashes, f"{window.windowTitle()} {page.windowTitle()}: {clashes}"
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            inside = [(mnemonic(a.text()) or "", a.text()) for a in menu.actions()]
            assert not duplicates([f for f in inside if f[0]]), menu.title()


def go(qtbot: QtBot, ctx: AppContext, digit: Key) -> None:
    press(qtbot, digit, Ctrl)
    settle(qtbot, ctx)


def search(qtbot: QtBot, ctx: AppContext, text: str) -> None:
    """Ctrl+F, type, Enter: the workspace's result table takes the focus."""
    press(qtbot, Key.Key_F, Ctrl)
    press(qtbot, Key.Key_A, Ctrl)
    type_text(qtbot, text)
    settle(qtbot, ctx)
    enter(qtbot)
    settle(qtbot, ctx)


# -- the store the dialogs open on ------------------------------------------------------------
@dataclass
class Shop:
    services: Services
    people: People
    customer: Actor


@pytest.fixture
def shop(services: Services, people: People) -> Shop:
    manager = people.manager
    shirt = new_product(services, manager, "Green T-Shirt", "19.99", 20, BARCODE)
    mug = new_product(services, manager, "Blue Mug", "7.50", 20, "5000000000017")
    customer = new_customer(services, manager, "johndoe", "50.00")
    new_customer(services, manager, "bob.jones")
    buy(services, manager, customer.id, shirt.id)
    buy(services, manager, customer.id, mug.id)
    me = customer_actor(customer.id, customer.username)
    services.reviews.submit(me, shirt.id, 4, "Fits well")
    return Shop(services, people, me)


@pytest.fixture
def counter(qtbot: QtBot, ui_ctx: AppContext) -> Iterator[AppContext]:
    yield ui_ctx
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible() and widget.isModal():
            widget.close()


# -- the main window ---------------------------------------------------------------------------
@pytest.mark.parametrize("role", ["cashier", "manager", "admin", "customer"])
def test_the_main_window_fits_and_each_workspace_has_unique_mnemonics(
    qtbot: QtBot, counter: AppContext, shop: Shop, role: str
) -> None:
    actor = shop.customer if role == "customer" else getattr(shop.people, role)
    # at its natural size first: what the window chooses for itself fits the screen
    natural = MainWindow(counter, actor)
    qtbot.addWidget(natural)
    natural.show()
    qtbot.waitExposed(natural)
    check_window_fits(natural)
    natural.close()
    window = open_counter(qtbot, counter, actor)
    for row in range(window.workspace_list.count()):
        name = window.workspace_names()[row]
        digit = getattr(Key, f"Key_{window.workspaces[name].shortcut[-1]}")
        go(qtbot, counter, digit)
        assert window.stack.currentWidget() is window.workspaces[name]
        check_main_window(qtbot, window)
        assert fits(window.minimumSizeHint()), f"{name}: {window.minimumSizeHint()}"
        # (its size hint grows with what the page holds; the window keeps the size it chose,
        # checked above, and its minimum is what must fit)
        status = window.statusBar()
        assert status.geometry().bottom() < window.height()  # the status bar is whole
        assert status.isVisible()


# -- checkout ----------------------------------------------------------------------------------
@pytest.mark.parametrize("role", ["cashier", "manager"])
def test_checkout_dialogs_start_in_their_first_field(
    qtbot: QtBot, counter: AppContext, shop: Shop, role: str
) -> None:
    window = open_counter(qtbot, counter, getattr(shop.people, role))
    focus_is_in(qtbot, window, "scanEntry")
    type_text(qtbot, BARCODE)
    enter(qtbot)
    settle(qtbot, counter)
    press(qtbot, Key.Key_F12)
    check_dialog(qtbot, "Payment", "cashTendered")
    press(qtbot, Key.Key_F2)
    check_dialog(qtbot, "Quantity", "lineQuantity")
    press(qtbot, Key.Key_F8)
    check_dialog(qtbot, "Park", "parkNote", close=False)
    enter(qtbot)
    settle(qtbot, counter)
    wait_no_dialog(qtbot)
    press(qtbot, Key.Key_F9)
    check_dialog(qtbot, "Parked carts", "parkedList")
    press(qtbot, Key.Key_F6)
    check_dialog(qtbot, "Return", "saleNumber")
    press(qtbot, Key.Key_K, Ctrl)  # a customer: several match "o"
    type_text(qtbot, "o")
    enter(qtbot)
    settle(qtbot, counter)
    check_dialog(qtbot, "Choose the customer", "customerPicks")
    if role == "manager":
        press(qtbot, Key.Key_D, Ctrl | Shift)
        check_dialog(qtbot, "End of day", "countedCash")


# -- customers ---------------------------------------------------------------------------------
@pytest.mark.parametrize("role", ["cashier", "manager"])
def test_customer_dialogs_start_in_their_first_field(
    qtbot: QtBot, counter: AppContext, shop: Shop, role: str
) -> None:
    window = open_counter(qtbot, counter, getattr(shop.people, role))
    go(qtbot, counter, Key.Key_2)
    assert window.stack.currentWidget() is window.workspaces["Customers"]
    press(qtbot, Key.Key_N, Ctrl)
    check_dialog(qtbot, "Register a customer", "username")
    search(qtbot, counter, "johndoe")
    press(qtbot, Key.Key_Down)  # the first customer found
    press(qtbot, Key.Key_T, Ctrl)
    check_dialog(qtbot, "Top up", "amount")
    if role == "manager":  # a cashier does not edit customers
        press(qtbot, Key.Key_E, Ctrl)
        check_dialog(qtbot, "Edit customer", "name")
    if role == "cashier":  # a cashier deletes only with a manager's password on the spot
        press(qtbot, Key.Key_Delete)
        check_dialog(qtbot, "Delete customer", "managerUser")


# -- inventory ---------------------------------------------------------------------------------
def _csv(path: Path) -> Path:
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["name", "category", "price", "description", "stock", "barcode", "active"])
        writer.writerow(["Red Cap", "clothes", "9.99", "", "4", "", "true"])
    return path


# the file chooser's completer pops up: the offscreen platform cannot raise it
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")
@pytest.mark.parametrize("role", ["cashier", "manager"])
def test_inventory_dialogs_start_in_their_first_field(
    qtbot: QtBot, counter: AppContext, shop: Shop, role: str, tmp_path: Path
) -> None:
    window = open_counter(qtbot, counter, getattr(shop.people, role))
    go(qtbot, counter, Key.Key_3)
    assert window.stack.currentWidget() is window.workspaces["Inventory"]
    search(qtbot, counter, "Green")
    press(qtbot, Key.Key_E, Ctrl)  # a cashier edits with a manager's password
    check_dialog(qtbot, "Edit", "name")
    if role == "cashier":
        return
    press(qtbot, Key.Key_N, Ctrl)
    check_dialog(qtbot, "Add", "name")
    press(qtbot, Key.Key_R, Ctrl)
    check_dialog(qtbot, "Restock", "quantity")
    press(qtbot, Key.Key_M, Alt)  # Re&move…
    check_dialog(qtbot, "from stock", "quantity")
    press(qtbot, Key.Key_C, Ctrl | Shift)
    categories = check_dialog(qtbot, "Categories", "categoriesTable", close=False)
    press(qtbot, Key.Key_N, Ctrl)
    check_dialog(qtbot, "Add a category", "categoryName", close=False)
    press(qtbot, Key.Key_Escape)  # back to the list of categories
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is categories)
    categories.activateWindow()  # as a window manager does; the offscreen platform does not
    focus_is_in(qtbot, categories, "categoriesTable")
    press(qtbot, Key.Key_Escape)
    wait_no_dialog(qtbot)
    path = _csv(tmp_path / "products.csv")
    press(qtbot, Key.Key_I, Ctrl)
    wait_for_dialog(qtbot, "Import")  # the file chooser first
    press(qtbot, Key.Key_A, Ctrl)
    type_text(qtbot, str(path))
    enter(qtbot)
    settle(qtbot, counter)
    settle(qtbot, counter)
    check_dialog(qtbot, "Import products from products.csv", "importPreview", close=False)
    enter(qtbot)  # from the preview, Enter imports (the dialog's default button)
    settle(qtbot, counter)
    wait_no_dialog(qtbot)
    names = [p.name for p in shop.services.inventory.search(shop.people.manager, "Red").items]
    assert names == ["Red Cap"]


# -- staff, settings, lock (admin) -------------------------------------------------------------
def test_admin_dialogs_start_in_their_first_field(
    qtbot: QtBot, counter: AppContext, shop: Shop
) -> None:
    window = open_counter(qtbot, counter, shop.people.admin)
    press(qtbot, Key.Key_Comma, Ctrl)
    settings = check_dialog(qtbot, "Settings", "counterName", close=False)
    press(qtbot, Key.Key_B, Alt)  # the Data&base tab: its mnemonics are live now
    qtbot.waitUntil(lambda: "Test connection" in seen(settings))
    assert not duplicates(mnemonics(settings)), duplicates(mnemonics(settings))
    check_window_fits(settings)
    press(qtbot, Key.Key_Escape)
    wait_no_dialog(qtbot)
    go(qtbot, counter, Key.Key_6)
    assert window.stack.currentWidget() is window.workspaces["Staff"]
    press(qtbot, Key.Key_N, Ctrl)
    check_dialog(qtbot, "Add staff", "username")
    press(qtbot, Key.Key_Down)  # the table has the focus: pick a member
    press(qtbot, Key.Key_R, Alt)  # &Reset password…
    check_dialog(qtbot, "Reset the password", "password")
    press(qtbot, Key.Key_O, Alt)  # Change r&ole…
    check_dialog(qtbot, "Change the role", "role")
    # the app's controller answers the window's lock request with the lock screen
    window.lock_requested.connect(lambda: LockDialog(counter, window.actor, window).open())
    press(qtbot, Key.Key_L, Ctrl)
    check_dialog(qtbot, "Locked", "password", close=False)


# -- a customer's own page -----------------------------------------------------------------------
def test_self_service_dialogs_start_in_their_first_field(
    qtbot: QtBot, counter: AppContext, shop: Shop
) -> None:
    window = open_counter(qtbot, counter, shop.customer)
    assert window.workspace_names() == ["My account"]
    press(qtbot, Key.Key_N, Ctrl)
    check_dialog(qtbot, "Write a review", "product")


# -- what a dialog does with the first keys typed ----------------------------------------------
def _restock_dialog(qtbot: QtBot, counter: AppContext, shop: Shop) -> tuple[MainWindow, QWidget]:
    window = open_counter(qtbot, counter, shop.people.manager)
    go(qtbot, counter, Key.Key_3)
    search(qtbot, counter, "Green")
    press(qtbot, Key.Key_R, Ctrl)
    return window, wait_for_dialog(qtbot, "Restock")


def _stock(shop: Shop) -> int:
    page = shop.services.inventory.search(shop.people.manager, "Green T-Shirt")
    return page.items[0].stock


def test_a_bare_enter_or_space_in_restock_adds_nothing(
    qtbot: QtBot, counter: AppContext, shop: Shop
) -> None:
    """Focus used to sit on OK with the quantity at 1: Space or Enter added one unit."""
    before = _stock(shop)
    _window, dialog = _restock_dialog(qtbot, counter, shop)
    press(qtbot, Key.Key_Space)
    enter(qtbot)
    settle(qtbot, counter)
    assert dialog.isVisible()
    assert "Type how many arrived" in seen(dialog)
    assert _stock(shop) == before
    type_text(qtbot, "12")  # the cursor is back in the quantity
    assert "Type how many arrived" not in seen(dialog)  # fixed, so the message goes
    enter(qtbot)
    settle(qtbot, counter)
    wait_no_dialog(qtbot)
    assert _stock(shop) == before + 12


def test_a_minus_typed_in_restock_is_refused_not_dropped(
    qtbot: QtBot, counter: AppContext, shop: Shop
) -> None:
    """The keyboard trial: "-3" showed as "+3" and Enter added three units. The minus
    stays, the restock is refused with a message, and nothing changes."""
    before = _stock(shop)
    _window, dialog = _restock_dialog(qtbot, counter, shop)
    type_text(qtbot, "-3")
    assert "-3" in seen(dialog) and "+3" not in seen(dialog)
    enter(qtbot)
    settle(qtbot, counter)
    assert dialog.isVisible()
    assert "A restock only adds stock" in seen(dialog)
    assert _stock(shop) == before
    press(qtbot, Key.Key_A, Ctrl)  # the cursor is back in the quantity
    type_text(qtbot, "3")
    enter(qtbot)
    settle(qtbot, counter)
    wait_no_dialog(qtbot)
    assert _stock(shop) == before + 3


def test_a_minus_typed_as_opening_stock_is_refused_not_dropped(
    qtbot: QtBot, counter: AppContext, shop: Shop
) -> None:
    """The keyboard trial: the new product's opening stock dropped a typed minus, so
    "-5" would have stocked five."""
    open_counter(qtbot, counter, shop.people.manager)
    go(qtbot, counter, Key.Key_3)
    press(qtbot, Key.Key_N, Ctrl)
    dialog = check_dialog(qtbot, "Add", "name", close=False)
    type_text(qtbot, "Blue Kite")
    press(qtbot, Key.Key_P, Alt)  # &Price
    type_text(qtbot, "4.00")
    press(qtbot, Key.Key_S, Alt)  # Opening &stock
    assert focused().objectName() == "stock"
    press(qtbot, Key.Key_A, Ctrl)
    type_text(qtbot, "-5")
    assert "-5" in seen(dialog)
    enter(qtbot)
    settle(qtbot, counter)
    assert dialog.isVisible()
    assert "Stock must be" in seen(dialog)
    assert not shop.services.inventory.search(shop.people.manager, "Blue Kite").items
    press(qtbot, Key.Key_A, Ctrl)
    type_text(qtbot, "5")
    enter(qtbot)
    settle(qtbot, counter)
    wait_no_dialog(qtbot)
    [kite] = shop.services.inventory.search(shop.people.manager, "Blue Kite").items
    assert kite.stock == 5


def test_typing_at_once_fills_the_first_field(
    qtbot: QtBot, counter: AppContext, shop: Shop
) -> None:
    window = open_counter(qtbot, counter, shop.people.manager)
    go(qtbot, counter, Key.Key_2)
    press(qtbot, Key.Key_N, Ctrl)
    dialog = wait_for_dialog(qtbot, "Register a customer")
    type_text(qtbot, "maria.s")  # no click: the keys go where the cursor starts
    assert "maria.s" in seen(dialog)
    press(qtbot, Key.Key_Escape)
    wait_no_dialog(qtbot)
    assert window.isVisible()
