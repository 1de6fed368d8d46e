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


def test_the_price_label_prefixes_are_set_by_keyboard_and_a_wrong_one_is_refused_by_name(
    qtbot: QtBot, ui_ctx: AppContext, people: People
) -> None:
    window = open_counter(qtbot, ui_ctx, people.manager)
    go_to_pricing(qtbot, ui_ctx, window)
    keys(qtbot, ui_ctx, Key.Key_B, ALT)  # Price la&bel prefixes
    assert focused().objectName() == "priceBarcodePrefixes"
    type_text(qtbot, "20, 31")
    keys(qtbot, ui_ctx, Key.Key_S, CTRL)
    assert "from 20 to 29, not 31" in seen_words(window)
    assert ui_ctx.services.taxes.settings(people.manager).price_barcode_prefixes == ()
    press(qtbot, Key.Key_A, CTRL)
    type_text(qtbot, "21 20")
    keys(qtbot, ui_ctx, Key.Key_S, CTRL)
    assert "Pricing settings saved" in seen_words(window)
    assert ui_ctx.services.taxes.settings(people.manager).price_barcode_prefixes == ("20", "21")


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


def days_typed_the_wrong_way_round(
    qtbot: QtBot, ui_ctx: AppContext, dialog: QWidget, db: Database
) -> date:
    """Type a first day after the last day shown, then a last day before it: each stays
    as typed, and saving is refused under the last day. The last day typed."""
    today, before = date.today(), promotion_count(db)
    first, last = today + timedelta(days=10), today + timedelta(days=3)
    keys(qtbot, ui_ctx, Key.Key_S, ALT)  # &Starts, after the last day shown
    type_text(qtbot, first.isoformat())
    words = seen_words(dialog)  # the last day was not moved
    assert first.isoformat() in words and (today + timedelta(days=6)).isoformat() in words
    keys(qtbot, ui_ctx, Key.Key_L, ALT)  # &Last day, before the first
    type_text(qtbot, last.isoformat())
    words = seen_words(dialog)  # each as typed: neither moved the other
    assert first.isoformat() in words and last.isoformat() in words
    enter(qtbot)
    settle(qtbot, ui_ctx)
    assert active_dialog() is dialog
    assert "The last day must be on or after the first day" in seen_words(dialog)
    assert (focused().objectName(), promotion_count(db)) == ("promotionLastDay", before)
    return last


def test_a_percent_off_a_category_by_keyboard_its_fields_days_as_typed_and_100_asked(
    qtbot: QtBot, ui_ctx: AppContext, people: People, db: Database
) -> None:
    """Its own rows and hint; the days are taken as typed (neither moves the other) and a
    last day before the first is refused; 100% off asks first, No by default."""
    services = ui_ctx.services
    bread = new_product(services, people.manager, "Bread", "2.00", 9, category="food")
    running(ui_ctx, people, "Older", "clothes", "5")
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
    hint = focused().placeholderText()  # type: ignore[attr-defined]
    assert "category" in hint and "the Y" not in hint  # its own, not buy X get Y's
    type_text(qtbot, "100")
    keys(qtbot, ui_ctx, Key.Key_G, ALT)  # Cate&gory
    type_text(qtbot, "f")  # food
    last = days_typed_the_wrong_way_round(qtbot, ui_ctx, dialog, db)
    first = date.today() - timedelta(days=1)  # on or before the last day: taken
    keys(qtbot, ui_ctx, Key.Key_S, ALT)
    type_text(qtbot, first.isoformat())
    enter(qtbot)
    box = wait_for_dialog(qtbot, "Everything free")
    assert "100% off: everything in food is free. Save?" in seen_words(box)
    enter(qtbot)  # No is the default: back to the percent, nothing written
    wait_for_dialog(qtbot, "Add a promotion")
    settle(qtbot, ui_ctx)
    assert (focused().objectName(), promotion_count(db)) == ("promotionPercent", 1)  # Older
    enter(qtbot)
    wait_for_dialog(qtbot, "Everything free")
    press(qtbot, Key.Key_Y, ALT)  # &Yes
    wait_no_dialog(qtbot)
    settle(qtbot, ui_ctx)
    assert on_the_promotion(qtbot, window) == "Food week"  # the row just added
    rows = [row[:4] for row in promotions_on_screen(window)]
    assert ["Food week", "100% off", f"{first} to {last}", "category food"] in rows
    [stored] = [p for p in services.promotions.list(people.manager) if p.name == "Food week"]
    days = (stored.starts_at.astimezone().date(), stored.ends_at.astimezone().date())
    assert days == (first, last + timedelta(days=1))
    request = CheckoutRequest(str(uuid.uuid4()), (CartLine(bread.id, 1),))
    assert services.sales.checkout(people.cashier, request).promotion == Decimal("2.00")


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
    running(ui_ctx, people, "Half price clothes", "clothes", "50")
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
    assert (promotions_on_screen(window)[0][4], focused().objectName()) == (
        "running",
        "promotionsTable",
    )
    assert [p.active for p in services.promotions.list(people.manager)] == [True]

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


def running(ctx: AppContext, people: People, name: str, category: str, percent: str) -> None:
    """A percent off ``category`` that runs from yesterday to 5 days from now."""
    now = datetime.now(UTC)
    ctx.services.promotions.add(
        people.manager,
        name=name,
        kind=PromotionKind.CATEGORY_PERCENT,
        starts_at=now - timedelta(days=1),
        ends_at=now + timedelta(days=5),
        category=category,
        percent=percent,
    )


def on_the_promotion(qtbot: QtBot, window: MainWindow) -> str:
    """The keys are in the promotions table: the name on the row its cursor is on."""
    table = focus_is_in(qtbot, window, "promotionsTable")
    assert isinstance(table, QTableView)
    return cells(table)[table.currentIndex().row()][0]
