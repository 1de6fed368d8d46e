"""The Pricing workspace by keyboard (issue 12): tax rates, the store's default rate, a
category's rate, the pricing settings and promotions. Keys go only where the focus is; the
test reads the screen (labels, fields, table cells) and the database."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from conftest import People
from helpers import new_product
from keyboard import (
    active_dialog,
    cells,
    enter,
    focus_is_in,
    focused,
    open_counter,
    press,
    seen_words,
    settle,
    type_text,
    wait_for_dialog,
    wait_no_dialog,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from pos_app.data import models, pricing_models
from pos_app.data.database import Database
from pos_app.domain.pricing import PromotionKind, RoundingMode, TaxRounding
from pos_app.services.records import CartLine, CheckoutRequest
from pos_app.ui.context import AppContext
from pos_app.ui.main_window import WORKSPACES, MainWindow

pytestmark = pytest.mark.sqlite_only

Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def go_to_pricing(qtbot: QtBot, ctx: AppContext, window: MainWindow) -> None:
    """Ctrl+<Pricing's key>, as the View menu names it; the rates table takes the keys."""
    key = next(spec.key for spec in WORKSPACES if spec.name == "Pricing")
    press(qtbot, Qt.Key(ord(key)), CTRL)
    settle(qtbot, ctx)
    assert getattr(window.stack.currentWidget(), "title", None) == "Pricing"
    focus_is_in(qtbot, window, "taxRatesTable")


def keys(qtbot: QtBot, ctx: AppContext, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    """A page key or a mnemonic, then its answer on screen."""
    press(qtbot, key, modifiers)
    qtbot.wait(150)  # a mnemonic clicks its button after a short press animation
    settle(qtbot, ctx)


def rates_on_screen(window: MainWindow) -> list[list[str]]:
    table = window.findChild(QTableView, "taxRatesTable")
    assert table is not None and table.isVisible()
    return cells(table)


def rate_count(db: Database) -> int:
    return int(db.read(lambda tx: tx.session.scalar(select(func.count(pricing_models.TaxRate.id)))))


def add_rate_by_keyboard(qtbot: QtBot, ctx: AppContext, name: str, percent: str) -> None:
    keys(qtbot, ctx, Key.Key_N, CTRL)
    dialog = wait_for_dialog(qtbot, "Add a tax rate")
    assert focus_is_in(qtbot, dialog).objectName() == "rateName"
    type_text(qtbot, name)
    press(qtbot, Key.Key_Tab)
    assert focused().objectName() == "ratePercent"
    type_text(qtbot, percent)
    enter(qtbot)
    settle(qtbot, ctx)


def test_a_manager_adds_vat_makes_it_the_default_and_a_sale_is_taxed(
    qtbot: QtBot, ui_ctx: AppContext, people: People, db: Database
) -> None:
    services = ui_ctx.services
    shirt = new_product(services, people.manager, "Green T-Shirt", "19.99", 5)
    window = open_counter(qtbot, ui_ctx, people.manager)
    go_to_pricing(qtbot, ui_ctx, window)
    add_rate_by_keyboard(qtbot, ui_ctx, "VAT 20%", "20")
    wait_no_dialog(qtbot)
    settle(qtbot, ui_ctx)
    assert "Added the tax rate VAT 20% (20%)" in seen_words(window)
    assert rates_on_screen(window) == [["VAT 20%", "20%", "", "active", ""]]

    keys(qtbot, ui_ctx, Key.Key_D, CTRL)  # the new rate is the selected one
    assert "VAT 20% is now the store's default rate" in seen_words(window)
    assert rates_on_screen(window) == [["VAT 20%", "20%", "", "active", "store default"]]
    rate = services.taxes.rates(people.manager)[0]
    assert services.taxes.settings(people.manager).default_tax_rate_id == rate.id

    request = CheckoutRequest(str(uuid.uuid4()), (CartLine(shirt.id, 1),))
    sale = services.sales.checkout(people.cashier, request)
    # 19.99 includes 20% VAT: 19.99 x 20 / 120 = 3.3316... -> 3.33
    assert sale.tax == Decimal("3.33")
    stored = db.read(lambda tx: tx.session.get(models.Sale, int(sale.id)).tax_cents)
    assert stored == 333


def test_a_cashier_does_not_see_pricing(qtbot: QtBot, ui_ctx: AppContext, people: People) -> None:
    window = open_counter(qtbot, ui_ctx, people.cashier)
    assert "Pricing" not in window.workspace_names()
    assert "Pricing" not in seen_words(window)
    press(qtbot, Key.Key_9, CTRL)  # Pricing's key does nothing for a cashier
    settle(qtbot, ui_ctx)
    assert getattr(window.stack.currentWidget(), "title", None) == "Checkout"


def test_a_bad_percent_is_refused_in_place_and_nothing_is_written(
    qtbot: QtBot, ui_ctx: AppContext, people: People, db: Database
) -> None:
    window = open_counter(qtbot, ui_ctx, people.manager)
    go_to_pricing(qtbot, ui_ctx, window)
    add_rate_by_keyboard(qtbot, ui_ctx, "Luxury", "120")
    dialog = wait_for_dialog(qtbot, "Add a tax rate")  # still open
    assert "A tax rate cannot be over 100%" in seen_words(dialog)
    assert focused().objectName() == "ratePercent"  # back in the field that is wrong
    assert rate_count(db) == 0
    press(qtbot, Key.Key_Escape)
    wait_no_dialog(qtbot)
    settle(qtbot, ui_ctx)
    assert rates_on_screen(window) == []
    assert rate_count(db) == 0


def test_saving_the_settings_by_keyboard_changes_what_the_store_prices_by(
    qtbot: QtBot, ui_ctx: AppContext, people: People
) -> None:
    window = open_counter(qtbot, ui_ctx, people.manager)
    go_to_pricing(qtbot, ui_ctx, window)
    keys(qtbot, ui_ctx, Key.Key_P, ALT)  # Prices include tax
    assert focused().objectName() == "pricesIncludeTax"
    press(qtbot, Key.Key_Down)  # No: tax is added at the counter
    press(qtbot, Key.Key_Tab)
    assert focused().objectName() == "taxRounding"
    press(qtbot, Key.Key_Up)  # Per line
    press(qtbot, Key.Key_Tab)
    press(qtbot, Key.Key_Down)  # Half even
    press(qtbot, Key.Key_Tab)
    assert focused().objectName() == "cashRounding"
    press(qtbot, Key.Key_Down)
    press(qtbot, Key.Key_Down)  # 5 cents
    press(qtbot, Key.Key_Tab)
    type_text(qtbot, "GB 123 4567 89")
    press(qtbot, Key.Key_Tab)
    assert focused().objectName() == "discountLimit"
    press(qtbot, Key.Key_A, CTRL)
    type_text(qtbot, "12.5")
    keys(qtbot, ui_ctx, Key.Key_S, CTRL)
    assert "Pricing settings saved" in seen_words(window)
    settings = ui_ctx.services.taxes.settings(people.manager)
    assert not settings.prices_include_tax
    assert settings.tax_rounding is TaxRounding.PER_LINE
    assert settings.rounding_mode is RoundingMode.HALF_EVEN
    assert settings.cash_rounding_cents == 5
    assert settings.tax_number == "GB 123 4567 89"
    assert settings.cashier_discount_limit_percent == Decimal("12.5")


def test_the_default_rate_cannot_be_retired_and_another_is_retired_and_brought_back(
    qtbot: QtBot, ui_ctx: AppContext, people: People
) -> None:
    taxes = ui_ctx.services.taxes
    standard = taxes.add_rate(people.manager, "Standard", "20")
    taxes.add_rate(people.manager, "Reduced", "5")
    taxes.update_settings(people.manager, {"default_tax_rate_id": standard.id})
    window = open_counter(qtbot, ui_ctx, people.manager)
    go_to_pricing(qtbot, ui_ctx, window)
    assert rates_on_screen(window)[0] == ["Standard", "20%", "", "active", "store default"]
    keys(qtbot, ui_ctx, Key.Key_R, CTRL | SHIFT)  # Standard is selected: refused
    assert "Standard is the store's default rate: choose another first" in seen_words(window)
    assert all(rate.active for rate in taxes.rates(people.manager, include_retired=True))

    press(qtbot, Key.Key_Down)  # Reduced
    keys(qtbot, ui_ctx, Key.Key_R, CTRL | SHIFT)
    assert "Retired Reduced" in seen_words(window)
    assert ["Reduced", "5%", "", "retired", ""] in rates_on_screen(window)
    assert [r.name for r in taxes.rates(people.manager)] == ["Standard"]
    keys(qtbot, ui_ctx, Key.Key_D, CTRL)  # a retired rate is not made the default
    assert taxes.settings(people.manager).default_tax_rate_id == standard.id
    keys(qtbot, ui_ctx, Key.Key_T, ALT)  # Reac&tivate, the button's letter
    assert "Reactivated Reduced" in seen_words(window)
    assert ["Reduced", "5%", "", "active", ""] in rates_on_screen(window)
    assert {r.name for r in taxes.rates(people.manager)} == {"Standard", "Reduced"}


def test_a_category_gets_a_rate_and_its_products_are_taxed_at_it(
    qtbot: QtBot, ui_ctx: AppContext, people: People, db: Database
) -> None:
    services = ui_ctx.services
    services.taxes.add_rate(people.manager, "Reduced 5%", "5")
    bread = new_product(services, people.manager, "Bread", "2.10", 5, category="food")
    window = open_counter(qtbot, ui_ctx, people.manager)
    go_to_pricing(qtbot, ui_ctx, window)
    keys(qtbot, ui_ctx, Key.Key_C, CTRL | SHIFT)
    dialog = wait_for_dialog(qtbot, "Tax rate of a category")
    assert focus_is_in(qtbot, dialog).objectName() == "categoryChoice"
    type_text(qtbot, "f")  # the list jumps to food
    press(qtbot, Key.Key_Tab)
    assert focused().objectName() == "rateChoice"
    press(qtbot, Key.Key_Down)  # from "Store default (none)" to Reduced 5%
    enter(qtbot)
    wait_no_dialog(qtbot)
    settle(qtbot, ui_ctx)
    assert "food: its products without a rate of their own are taxed at Reduced 5%" in (
        seen_words(window)
    )
    request = CheckoutRequest(str(uuid.uuid4()), (CartLine(bread.id, 1),))
    sale = services.sales.checkout(people.cashier, request)
    # 2.10 includes 5%: 2.10 x 5 / 105 = 0.10
    assert sale.tax == Decimal("0.10")
    assert db.read(lambda tx: tx.session.get(models.Sale, int(sale.id)).tax_cents) == 10


def test_a_bad_setting_is_refused_next_to_its_field_and_nothing_changes(
    qtbot: QtBot, ui_ctx: AppContext, people: People
) -> None:
    before = ui_ctx.services.taxes.settings(people.manager)
    window = open_counter(qtbot, ui_ctx, people.manager)
    go_to_pricing(qtbot, ui_ctx, window)
    keys(qtbot, ui_ctx, Key.Key_N, ALT)  # Tax &number
    assert focused().objectName() == "taxNumber"
    type_text(qtbot, "DE 999")
    keys(qtbot, ui_ctx, Key.Key_U, ALT)  # Cashier disco&unt limit
    assert focused().objectName() == "discountLimit"
    press(qtbot, Key.Key_A, CTRL)
    type_text(qtbot, "150")
    keys(qtbot, ui_ctx, Key.Key_S, CTRL)
    assert "cannot be over 100%" in seen_words(window)
    assert focused().objectName() == "discountLimit"  # the field that is wrong
    assert "Pricing settings saved" not in seen_words(window)
    assert ui_ctx.services.taxes.settings(people.manager) == before

    press(qtbot, Key.Key_A, CTRL)
    type_text(qtbot, "15")  # fixed: the message goes, and the save takes both
    assert "cannot be over 100%" not in seen_words(window)
    keys(qtbot, ui_ctx, Key.Key_S, CTRL)
    after = ui_ctx.services.taxes.settings(people.manager)
    assert (after.tax_number, after.cashier_discount_limit_percent) == ("DE 999", Decimal(15))
    keys(qtbot, ui_ctx, Key.Key_S, CTRL)
    assert "Nothing to save: no setting was changed" in seen_words(window)


# -- promotions ------------------------------------------------------------------------------
COLA = "4006381333931"


def promotions_on_screen(window: MainWindow) -> list[list[str]]:
    table = window.findChild(QTableView, "promotionsTable")
    assert table is not None and table.isVisible()
    return cells(table)


def label_words(root: QWidget) -> str:
    """What a person reads in ``root``, without the underline marks of the row labels."""
    return seen_words(root).replace("&", "")


def promotion_count(db: Database) -> int:
    return int(
        db.read(lambda tx: tx.session.scalar(select(func.count(pricing_models.Promotion.id))))
    )


def open_promotion_dialog(qtbot: QtBot, ctx: AppContext) -> QWidget:
    keys(qtbot, ctx, Key.Key_N, CTRL | SHIFT)
    dialog = wait_for_dialog(qtbot, "Add a promotion")
    assert focus_is_in(qtbot, dialog).objectName() == "promotionName"
    return dialog


def test_a_manager_adds_a_multi_buy_by_barcode_and_name_and_a_sale_gets_it(
    qtbot: QtBot, ui_ctx: AppContext, people: People
) -> None:
    services = ui_ctx.services
    cola = new_product(services, people.manager, "Cola", "2.00", 9, COLA, category="food")
    new_product(services, people.manager, "Cola Light", "2.00", 9, category="food")
    new_product(services, people.manager, "Chips", "1.50", 9, category="food")
    window = open_counter(qtbot, ui_ctx, people.manager)
    go_to_pricing(qtbot, ui_ctx, window)
    dialog = open_promotion_dialog(qtbot, ui_ctx)
    type_text(qtbot, "3 colas for 5.00")
    keys(qtbot, ui_ctx, Key.Key_P, ALT)  # Add &product
    assert focused().objectName() == "productSearch"
    type_text(qtbot, COLA)  # a scanner: the code, then Enter
    enter(qtbot)
    settle(qtbot, ui_ctx)
    assert dialog.isVisible()  # Enter looked the product up; it did not save
    assert "Cola (2.00)" in seen_words(dialog)
    assert focused().objectName() == "productSearch"
    type_text(qtbot, "cola")  # two match: a list to pick from
    enter(qtbot)
    settle(qtbot, ui_ctx)
    assert focused().objectName() == "productMatches"
    press(qtbot, Key.Key_Down)  # Cola Light
    enter(qtbot)
    settle(qtbot, ui_ctx)
    assert focused().objectName() == "productSearch"
    type_text(qtbot, "chips")
    enter(qtbot)
    settle(qtbot, ui_ctx)
    assert "Chips (1.50)" in seen_words(dialog)
    press(qtbot, Key.Key_Tab)
    assert focused().objectName() == "chosenProducts"  # Chips, the last added, selected
    press(qtbot, Key.Key_Delete)
    assert "Chips" not in seen_words(dialog)
    press(qtbot, Key.Key_Tab)
    assert focused().objectName() == "promotionQuantity"
    type_text(qtbot, "3")
    press(qtbot, Key.Key_Tab)
    assert focused().objectName() == "promotionPrice"
    type_text(qtbot, "5.00")
    enter(qtbot)
    wait_no_dialog(qtbot)
    settle(qtbot, ui_ctx)

    assert "Added the promotion 3 colas for 5.00: 3 for 5.00" in seen_words(window)
    assert on_the_promotion(qtbot, window) == "3 colas for 5.00"
    [row] = promotions_on_screen(window)
    assert (row[0], row[1], row[3], row[4]) == (
        "3 colas for 5.00",
        "3 for 5.00",
        "Cola, Cola Light",
        "running",
    )
    [stored] = services.promotions.list(people.manager)
    assert (stored.quantity, stored.price, len(stored.product_ids)) == (3, Decimal("5.00"), 2)
    request = CheckoutRequest(str(uuid.uuid4()), (CartLine(cola.id, 3),))
    sale = services.sales.checkout(people.cashier, request)
    assert (sale.total, sale.promotion) == (Decimal("5.00"), Decimal("1.00"))


def test_a_percent_off_a_category_by_keyboard_shows_its_own_fields(
    qtbot: QtBot, ui_ctx: AppContext, people: People
) -> None:
    services = ui_ctx.services
    bread = new_product(services, people.manager, "Bread", "2.00", 9, category="food")
    window = open_counter(qtbot, ui_ctx, people.manager)
    go_to_pricing(qtbot, ui_ctx, window)
    dialog = open_promotion_dialog(qtbot, ui_ctx)
    assert "Add product" in label_words(dialog)
    type_text(qtbot, "Food week")
    press(qtbot, Key.Key_Tab)
    assert focused().objectName() == "promotionKind"
    press(qtbot, Key.Key_Down)
    press(qtbot, Key.Key_Down)  # A percent off a category
    settle(qtbot, ui_ctx)
    words = label_words(dialog)
    assert "Percent off" in words and "Category" in words
    assert "Add product" not in words and "Covered" not in words
    keys(qtbot, ui_ctx, Key.Key_E, ALT)  # P&ercent off
    assert focused().objectName() == "promotionPercent"
    type_text(qtbot, "15")
    keys(qtbot, ui_ctx, Key.Key_G, ALT)  # Cate&gory
    type_text(qtbot, "f")  # food
    enter(qtbot)
    wait_no_dialog(qtbot)
    settle(qtbot, ui_ctx)
    [row] = promotions_on_screen(window)
    assert (row[0], row[1], row[3]) == ("Food week", "15% off", "category food")
    request = CheckoutRequest(str(uuid.uuid4()), (CartLine(bread.id, 1),))
    assert services.sales.checkout(people.cashier, request).promotion == Decimal("0.30")


def test_a_promotion_without_products_is_refused_in_place(
    qtbot: QtBot, ui_ctx: AppContext, people: People, db: Database
) -> None:
    window = open_counter(qtbot, ui_ctx, people.manager)
    go_to_pricing(qtbot, ui_ctx, window)
    dialog = open_promotion_dialog(qtbot, ui_ctx)
    type_text(qtbot, "Nothing covered")
    keys(qtbot, ui_ctx, Key.Key_R, ALT)  # P&rice of the N
    type_text(qtbot, "5.00")
    enter(qtbot)
    settle(qtbot, ui_ctx)
    dialog = wait_for_dialog(qtbot, "Add a promotion")
    assert "Nothing covered needs at least one product" in seen_words(dialog)
    assert focused().objectName() == "chosenProducts"
    assert promotion_count(db) == 0


def test_a_promotion_is_retired_and_brought_back_by_keyboard(
    qtbot: QtBot, ui_ctx: AppContext, people: People
) -> None:
    services = ui_ctx.services
    now = datetime.now(UTC)
    services.promotions.add(
        people.manager,
        name="Half price clothes",
        kind=PromotionKind.CATEGORY_PERCENT,
        starts_at=now - timedelta(days=1),
        ends_at=now + timedelta(days=5),
        category="clothes",
        percent="50",
    )
    window = open_counter(qtbot, ui_ctx, people.manager)
    go_to_pricing(qtbot, ui_ctx, window)
    assert promotions_on_screen(window)[0][4] == "running"
    keys(qtbot, ui_ctx, Key.Key_M, ALT)  # Pro&motions
    keys(qtbot, ui_ctx, Key.Key_P, CTRL | SHIFT)
    box = wait_for_dialog(qtbot, "Retire the promotion")
    assert "Retire the promotion Half price clothes?" in seen_words(box)
    enter(qtbot)  # No is the default: nothing changes
    wait_no_dialog(qtbot)
    settle(qtbot, ui_ctx)
    assert promotions_on_screen(window)[0][4] == "running"
    assert [p.active for p in services.promotions.list(people.manager)] == [True]
    assert focused().objectName() == "promotionsTable"

    keys(qtbot, ui_ctx, Key.Key_P, CTRL | SHIFT)
    wait_for_dialog(qtbot, "Retire the promotion")
    press(qtbot, Key.Key_Y, ALT)  # &Yes
    wait_no_dialog(qtbot)
    settle(qtbot, ui_ctx)
    assert "Retired the promotion Half price clothes (Alt+W shows it)" in seen_words(window)
    assert promotions_on_screen(window) == []
    assert services.promotions.list(people.manager) == []
    keys(qtbot, ui_ctx, Key.Key_W, ALT)  # Show ended and retired
    assert promotions_on_screen(window)[0][4] == "retired"
    keys(qtbot, ui_ctx, Key.Key_P, CTRL | SHIFT)  # bringing it back is not asked
    assert active_dialog() is None
    assert "Reactivated the promotion Half price clothes" in seen_words(window)
    assert promotions_on_screen(window)[0][4] == "running"
    assert [p.active for p in services.promotions.list(people.manager)] == [True]


def on_the_promotion(qtbot: QtBot, window: MainWindow) -> str:
    """Once a dialog closed: the keys are in the promotions table; the name on the row
    its cursor is on."""
    table = focus_is_in(qtbot, window, "promotionsTable")
    assert isinstance(table, QTableView)
    return cells(table)[table.currentIndex().row()][0]


def type_day(qtbot: QtBot, ctx: AppContext, letter: Qt.Key, day: date) -> None:
    """Alt+the field's letter, then the date typed as it reads."""
    keys(qtbot, ctx, letter, ALT)
    type_text(qtbot, day.isoformat())


def test_promotion_days_are_taken_as_typed_and_a_last_day_before_the_first_is_refused(
    qtbot: QtBot, ui_ctx: AppContext, people: People, db: Database
) -> None:
    services = ui_ctx.services
    new_product(services, people.manager, "Bread", "2.00", 9, category="food")
    services.promotions.add(
        people.manager,
        name="Older",
        kind=PromotionKind.CATEGORY_PERCENT,
        starts_at=datetime.now(UTC),
        ends_at=datetime.now(UTC) + timedelta(days=3),
        category="food",
        percent="5",
    )
    window = open_counter(qtbot, ui_ctx, people.manager)
    go_to_pricing(qtbot, ui_ctx, window)
    dialog = open_promotion_dialog(qtbot, ui_ctx)
    type_text(qtbot, "Winter week")
    today = date.today()
    first, last = today + timedelta(days=10), today + timedelta(days=3)
    type_day(qtbot, ui_ctx, Key.Key_S, first)  # &Starts, after the last day shown
    assert focused().objectName() == "promotionStarts"
    words = seen_words(dialog)
    assert first.isoformat() in words
    assert (today + timedelta(days=6)).isoformat() in words  # the last day was not moved
    type_day(qtbot, ui_ctx, Key.Key_L, last)  # &Last day, before the first
    assert focused().objectName() == "promotionLastDay"
    words = seen_words(dialog)
    assert first.isoformat() in words and last.isoformat() in words  # each as typed
    enter(qtbot)
    settle(qtbot, ui_ctx)
    assert active_dialog() is dialog
    assert "The last day must be on or after the first day" in seen_words(dialog)
    assert focused().objectName() == "promotionLastDay"
    assert promotion_count(db) == 1

    last = today + timedelta(days=16)
    type_text(qtbot, last.isoformat())  # the year is selected: the date is typed again
    assert last.isoformat() in seen_words(dialog)
    keys(qtbot, ui_ctx, Key.Key_K, ALT)  # &Kind
    press(qtbot, Key.Key_Down)
    press(qtbot, Key.Key_Down)  # A percent off a category
    keys(qtbot, ui_ctx, Key.Key_E, ALT)
    type_text(qtbot, "10")
    keys(qtbot, ui_ctx, Key.Key_G, ALT)
    type_text(qtbot, "f")
    enter(qtbot)
    wait_no_dialog(qtbot)
    settle(qtbot, ui_ctx)
    assert on_the_promotion(qtbot, window) == "Winter week"  # the row just added
    assert ["Winter week", "10% off", f"{first} to {last}"] == (
        next(row for row in promotions_on_screen(window) if row[0] == "Winter week")[:3]
    )
    stored = next(p for p in services.promotions.list(people.manager) if p.name == "Winter week")
    assert stored.starts_at.astimezone().date() == first
    assert stored.ends_at.astimezone().date() == last + timedelta(days=1)


def test_each_promotion_kind_hints_its_own_percent_and_a_free_category_is_asked(
    qtbot: QtBot, ui_ctx: AppContext, people: People, db: Database
) -> None:
    services = ui_ctx.services
    new_product(services, people.manager, "Bread", "2.00", 9, category="food")
    window = open_counter(qtbot, ui_ctx, people.manager)
    go_to_pricing(qtbot, ui_ctx, window)
    open_promotion_dialog(qtbot, ui_ctx)
    type_text(qtbot, "Food for free")
    keys(qtbot, ui_ctx, Key.Key_K, ALT)
    press(qtbot, Key.Key_Down)  # Buy X, get Y
    keys(qtbot, ui_ctx, Key.Key_E, ALT)
    press(qtbot, Key.Key_A, CTRL)
    press(qtbot, Key.Key_Delete)  # an empty field shows its hint
    assert "the Y are free" in focused().placeholderText()  # type: ignore[attr-defined]
    keys(qtbot, ui_ctx, Key.Key_K, ALT)
    press(qtbot, Key.Key_Down)  # A percent off a category
    keys(qtbot, ui_ctx, Key.Key_E, ALT)
    hint = focused().placeholderText()  # type: ignore[attr-defined]
    assert "category" in hint and "the Y" not in hint
    type_text(qtbot, "100")
    keys(qtbot, ui_ctx, Key.Key_G, ALT)
    type_text(qtbot, "f")
    enter(qtbot)
    box = wait_for_dialog(qtbot, "Everything free")
    assert "100% off: everything in food is free. Save?" in seen_words(box)
    enter(qtbot)  # No is the default
    wait_for_dialog(qtbot, "Add a promotion")
    settle(qtbot, ui_ctx)
    assert focused().objectName() == "promotionPercent"
    assert promotion_count(db) == 0

    enter(qtbot)
    wait_for_dialog(qtbot, "Everything free")
    press(qtbot, Key.Key_Y, ALT)  # &Yes
    wait_no_dialog(qtbot)
    settle(qtbot, ui_ctx)
    assert on_the_promotion(qtbot, window) == "Food for free"
    [row] = promotions_on_screen(window)
    assert (row[0], row[1], row[3]) == ("Food for free", "100% off", "category food")
    assert promotion_count(db) == 1


def test_the_keys_go_back_to_the_promotions_after_the_dialog_is_cancelled(
    qtbot: QtBot, ui_ctx: AppContext, people: People
) -> None:
    now = datetime.now(UTC)
    for name in ("First", "Second"):
        ui_ctx.services.promotions.add(
            people.manager,
            name=name,
            kind=PromotionKind.CATEGORY_PERCENT,
            starts_at=now - timedelta(days=1),
            ends_at=now + timedelta(days=5),
            category="food",
            percent="5",
        )
    window = open_counter(qtbot, ui_ctx, people.manager)
    go_to_pricing(qtbot, ui_ctx, window)
    keys(qtbot, ui_ctx, Key.Key_M, ALT)  # Pro&motions
    press(qtbot, Key.Key_Down)
    selected = on_the_promotion(qtbot, window)
    open_promotion_dialog(qtbot, ui_ctx)
    press(qtbot, Key.Key_Escape)
    wait_no_dialog(qtbot)
    settle(qtbot, ui_ctx)
    assert on_the_promotion(qtbot, window) == selected  # the same row
