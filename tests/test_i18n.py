"""The cashier's screens in French and Arabic (issue 17): every visible text of the sign-in
dialog, the main window's shell and Checkout is translated (a walk over the widgets,
compared with the same screens in English), Arabic lays out right to left, a keyboard sale
works in French, and the translation files are complete and compiled."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from conftest import People, customer_actor
from helpers import buy, new_customer, new_product
from keyboard import (
    ALT,
    CTRL,
    SHIFT,
    enter,
    focused,
    go_to,
    open_counter,
    plain,
    press,
    scan,
    seen_words,
    settle,
    type_text,
    wait_for_dialog,
    wait_no_dialog,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QPushButton,
    QTableView,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot
from test_keyboard_dialogs import duplicates, mnemonic, mnemonics

from pos_app.domain.currency import CURRENCIES
from pos_app.domain.enums import Role
from pos_app.services import Services
from pos_app.services.records import Actor
from pos_app.ui.context import AppContext
from pos_app.ui.i18n import (
    FSI,
    LANGUAGES,
    LRI,
    PDI,
    chosen_language,
    day_text,
    install_language,
    short_day,
    short_weekday,
)
from pos_app.ui.main_window import WORKSPACES
from pos_app.ui.receipts import receipt_html
from pos_app.ui.settings_dialog import SSL_MODES
from pos_app.ui.sign_in import SignInDialog
from pos_app.ui.widgets import DayEdit

pytestmark = pytest.mark.sqlite_only
ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
#: The categories every new store starts with: data, as the store named them.
SEEDED_CATEGORIES = {"clothes", "accessories", "food", "electronics"}
KEY_NAMES = re.compile(r"\b(Ctrl|Shift|Alt|Esc|Enter|F\d{1,2})\b")
#: Words a French screen rightly shares with the English one.
SAME_IN_FRENCH = {
    "Total",
    "TOTAL",
    "Audit",
    "Note",
    "Promotions",
    "E-mail",
    "Stock",
    "Description",
    "OK",
    "Action",
    "Port",
    "Logo (PNG)",
}


@pytest.fixture
def language(qapp: object) -> Iterator[Callable[[str], str]]:
    """Install a language for the test; English again afterwards (other tests read it)."""
    yield install_language
    install_language("en")


def visible_texts(root: QWidget) -> set[str]:
    """What a person reads: window titles, labels, buttons, placeholders, group boxes, combo
    items, list items, table headers and menu actions (mnemonics dropped)."""
    texts = {root.windowTitle()}
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel):
            texts.add(plain(widget.text()))
        elif isinstance(widget, QAbstractButton):
            texts.add(widget.text())
        elif isinstance(widget, QLineEdit):
            texts.add(widget.placeholderText())
        elif isinstance(widget, QGroupBox):
            texts.add(widget.title())
        elif isinstance(widget, QComboBox):
            texts |= {widget.itemText(i) for i in range(widget.count())}
        if isinstance(widget, QListWidget):
            texts |= {widget.item(i).text() for i in range(widget.count())}
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            texts |= {
                str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                for c in range(model.columnCount())
            }
    if isinstance(root, QMainWindow):
        for menu_action in root.menuBar().actions():
            texts.add(menu_action.text())
            menu = menu_action.menu()
            if menu is not None:
                texts |= {action.text() for action in menu.actions()}
    return {text.replace("&", "").strip() for text in texts if text and text.strip()}


def untranslated(shown: set[str], english: set[str], data: set[str], lang: str) -> set[str]:
    """Texts still as the English screen has them, with letters once data, key names, the
    brand and the words French shares with English are taken out."""
    same = SAME_IN_FRENCH if lang == "fr" else set()
    left = set()
    for text in shown & english:
        rest = text
        for value in sorted(data | set(LANGUAGES.values()) | {"Counter POS"} | same, key=len)[::-1]:
            rest = rest.replace(value, "")
        rest = KEY_NAMES.sub("", rest)
        if re.search(r"[A-Za-z]", rest):
            left.add(text)
    return left


def build_screens(qtbot: QtBot, ctx: AppContext, people: People) -> set[str]:
    """The sign-in dialog, then the main window on Checkout with one line in the cart."""
    dialog = SignInDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = read(dialog)
    dialog.close()
    window = open_counter(qtbot, ctx, people.manager)
    scan(qtbot, ctx, "1001")
    texts |= read(window)
    window.close()
    return texts


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_no_visible_text_of_the_cashiers_screens_stays_english(
    qtbot: QtBot,
    ui_ctx: AppContext,
    people: People,
    services: Services,
    language: Callable[[str], str],
    lang: str,
) -> None:
    new_product(services, people.manager, "Green T-Shirt", "19.99", 30, "1001")
    data = {
        "Green T-Shirt",
        people.manager.display_name,
        people.manager.username,
        ui_ctx.settings.store_name,
        ui_ctx.settings.counter_name,
        ui_ctx.database_location,
    }
    english = build_screens(qtbot, ui_ctx, people)
    assert {"Checkout", "Sign in", "Product", "Scan a barcode"} & english  # the walk reads
    assert language(lang) == lang
    translated = build_screens(qtbot, ui_ctx, people)
    assert len(translated) > 40
    assert untranslated(translated, english, data, lang) == set()


def test_arabic_lays_the_main_window_out_right_to_left(
    qtbot: QtBot, ui_ctx: AppContext, people: People, language: Callable[[str], str]
) -> None:
    language("ar")
    window = open_counter(qtbot, ui_ctx, people.cashier)
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert "البيع" in seen_words(window)  # Checkout, in Arabic
    # the workspace list sits on the right of the work, as Arabic reads
    assert window.workspace_list.mapTo(window, window.workspace_list.rect().topLeft()).x() > (
        window.stack.mapTo(window, window.stack.rect().topLeft()).x()
    )
    language("en")
    assert open_counter(qtbot, ui_ctx, people.cashier).layoutDirection() == (
        Qt.LayoutDirection.LeftToRight
    )


def test_a_keyboard_sale_in_french(
    qtbot: QtBot,
    ui_ctx: AppContext,
    people: People,
    services: Services,
    language: Callable[[str], str],
) -> None:
    new_product(services, people.manager, "Green T-Shirt", "19.99", 30, "1001")
    language("fr")
    window = open_counter(qtbot, ui_ctx, people.cashier)
    assert focused().objectName() == "scanEntry"
    scan(qtbot, ui_ctx, "2*1001")
    words = seen_words(window)
    assert "Green T-Shirt × 2" in words
    assert "Payer (F12)" in words and "39.98" in words
    press(qtbot, Qt.Key.Key_F12)
    wait_for_dialog(qtbot, "Paiement")
    type_text(qtbot, "50")
    assert "Monnaie 10.02" in seen_words(focused().window())
    enter(qtbot)
    wait_no_dialog(qtbot)
    settle(qtbot, ui_ctx)
    words = seen_words(window)
    assert "Vente effectuée : vente 1, total 39.98" in words  # seen_words: one space
    assert "Monnaie 10.02" in words
    [sale] = services.sales.history(people.manager).items
    assert str(sale.total) == "39.98"


def test_the_language_is_chosen_on_the_sign_in_dialog_and_saved_for_the_counter(
    qtbot: QtBot, ui_ctx: AppContext, language: Callable[[str], str]
) -> None:
    language("en")
    dialog = SignInDialog(ui_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: focused().objectName() == "username")
    press(qtbot, Qt.Key.Key_L, ALT)
    assert focused().objectName() == "language"
    press(qtbot, Qt.Key.Key_Down)  # System -> English
    press(qtbot, Qt.Key.Key_Down)  # -> Français
    assert ui_ctx.settings.language == "fr"
    words = seen_words(dialog)
    assert "Identifiant" in words and "Se connecter" in words
    assert dialog.windowTitle() == "Counter POS\u00a0: Connexion"


def test_the_language_follows_the_override_then_the_saved_choice_then_the_system(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("POS_LANGUAGE", "ar")
    assert chosen_language("fr") == "ar"
    monkeypatch.delenv("POS_LANGUAGE")
    assert chosen_language("fr") == "fr"
    assert chosen_language("") in LANGUAGES  # the system's, or English
    assert chosen_language("xx") in LANGUAGES


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_each_translation_is_finished_keeps_its_placeholders_and_one_mnemonic(
    lang: str,
) -> None:
    root = ET.parse(TRANSLATIONS / f"counter_pos_{lang}.ts").getroot()
    messages = list(root.iter("message"))
    assert len(messages) > 250
    for message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None and translation.text, source
        assert translation.get("type") is None, f"unfinished: {source}"
        text = translation.text
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), source
        if "&" in source:
            assert len(re.findall(r"&\w", text)) == 1, (source, text)


@pytest.mark.skipif(shutil.which("lrelease") is None and not (ROOT / ".venv").exists(), reason="")
def test_the_committed_qm_files_are_compiled_from_the_ts_files(tmp_path: Path) -> None:
    lrelease = ROOT / ".venv" / "bin" / "pyside6-lrelease"
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is not installed here")
    for lang in ("fr", "ar"):
        out = tmp_path / f"{lang}.qm"
        ts = TRANSLATIONS / f"counter_pos_{lang}.ts"
        subprocess.run([str(lrelease), str(ts), "-qm", str(out)], check=True, capture_output=True)
        committed = (TRANSLATIONS / f"counter_pos_{lang}.qm").read_bytes()
        assert out.read_bytes() == committed, f"run `make translations` ({lang})"


# -- every workspace a manager and an admin open, with its tabs and dialogs ------------------
def press_mnemonic(text: str) -> None:
    """Alt and ``text``'s underlined letter (after its ``&``), as a person reads it on
    screen, in any language (an Arabic letter is sent with its text, as a keyboard does)."""
    found = re.search(r"&([^&\s])", text)
    assert found is not None, f"no mnemonic in {text!r}"
    letter = found.group(1)
    key = Qt.Key(ord(letter.upper()))
    QTest.sendKeyEvent(QTest.KeyAction.Click, focused(), key, letter, ALT)


def tab_to(qtbot: QtBot, name: str, limit: int = 40) -> QWidget:
    """Press Tab until the widget called ``name`` has the focus."""
    for _ in range(limit):
        if focused().objectName() == name:
            return focused()
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {name}; it stays on {focused().objectName()}")


def read(root: QWidget) -> set[str]:
    """``visible_texts(root)``, once no two of its underlined letters (menus, buttons,
    labels, tabs) are the same: Alt and that letter must reach one thing, in any language."""
    found = mnemonics(root)
    if isinstance(root, QMainWindow):
        found += [(mnemonic(a.text()), a.text()) for a in root.menuBar().actions()]
    assert duplicates([(letter, whose) for letter, whose in found if letter]) == {}
    return visible_texts(root)


def dialog_texts(qtbot: QtBot, ctx: AppContext, keys: Callable[[], None]) -> set[str]:
    """Press ``keys`` (a dialog opens), read the dialog, close it with Esc."""
    keys()
    settle(qtbot, ctx)
    dialog = wait_for_dialog(qtbot, "")
    texts = read(dialog)
    press(qtbot, Qt.Key.Key_Escape)
    wait_no_dialog(qtbot)
    return texts


def show_tab(qtbot: QtBot, ctx: AppContext, window: QMainWindow, name: str, index: int) -> None:
    """Alt and the underlined letter of tab ``index`` of the tab widget ``name``."""
    tabs = window.findChild(QTabWidget, name)
    assert tabs is not None
    press_mnemonic(tabs.tabText(index))
    settle(qtbot, ctx)
    assert tabs.currentIndex() == index


def tour_sales(qtbot: QtBot, ctx: AppContext, window: QMainWindow) -> set[str]:
    """The history with a sale chosen, its receipt and void dialogs, the reports and the
    shifts' Z report with its document."""
    tab_to(qtbot, "salesTable")
    press(qtbot, Qt.Key.Key_Home)
    settle(qtbot, ctx)
    texts = read(window)
    texts |= dialog_texts(qtbot, ctx, lambda: press(qtbot, Qt.Key.Key_P, CTRL))  # reprint
    texts |= dialog_texts(qtbot, ctx, lambda: press(qtbot, Qt.Key.Key_V, CTRL | SHIFT))  # void
    show_tab(qtbot, ctx, window, "salesTabs", 1)
    texts |= read(window)
    show_tab(qtbot, ctx, window, "salesTabs", 2)
    texts |= read(window)
    button = window.findChild(QPushButton, "printShifts")
    assert button is not None
    return texts | dialog_texts(qtbot, ctx, lambda: press_mnemonic(button.text()))


def a_product_csv(refused: bool) -> Path:
    """A product file in this test's scratch home: one good row, and one refused."""
    path = Path(os.environ["XDG_DATA_HOME"]) / ("refused.csv" if refused else "products.csv")
    path.parent.mkdir(parents=True, exist_ok=True)
    second = "Blue Cap,clothes,abc,1,no" if refused else "Blue Cap,clothes,6.00,1,no"
    path.write_text(
        f"name,category,price,stock,variable_price\nRed Cap,clothes,5.00,3,no\n{second}\n",
        encoding="utf-8",
    )
    return path


def tour_import(qtbot: QtBot, ctx: AppContext) -> set[str]:
    """Ctrl+I: the file chooser (Qt's) and the preview, with what the import will do (left
    with Esc); then a file with a refused row, refused in the preview."""
    texts: set[str] = set()
    for refused in (False, True):
        press(qtbot, Qt.Key.Key_I, CTRL)
        chooser = wait_for_dialog(qtbot, "")
        texts.add(chooser.windowTitle())
        press(qtbot, Qt.Key.Key_A, CTRL)
        type_text(qtbot, str(a_product_csv(refused)))
        enter(qtbot)
        settle(qtbot, ctx)
        preview = wait_for_dialog(qtbot, "")
        if refused:
            problems = preview.findChild(QTableView, "importProblems")
            qtbot.waitUntil(problems.isVisible)
            texts |= {str(problems.model().index(0, 1).data())}  # the refusal, as said
        else:
            importing = preview.findChild(QPushButton, "importRows")
            qtbot.waitUntil(importing.isEnabled)
        texts |= read(preview)
        press(qtbot, Qt.Key.Key_Escape)
        wait_no_dialog(qtbot)
    return texts


def tour_inventory(qtbot: QtBot, ctx: AppContext, window: QMainWindow) -> set[str]:
    """A product chosen (its stock history shows), its add, edit, restock and remove-one
    dialogs, the categories' dialog, and a CSV import with a refused row."""
    assert focused().objectName() == "productSearch"
    press(qtbot, Qt.Key.Key_Down)  # from the search into the list, on the first product
    settle(qtbot, ctx)
    texts = read(window)
    for keys in (Qt.Key.Key_N, Qt.Key.Key_E, Qt.Key.Key_R):
        texts |= dialog_texts(qtbot, ctx, lambda k=keys: press(qtbot, k, CTRL))
    remove = window.findChild(QPushButton, "removeOne")
    assert remove is not None
    texts |= dialog_texts(qtbot, ctx, lambda: press_mnemonic(remove.text()))
    texts |= dialog_texts(qtbot, ctx, lambda: press(qtbot, Qt.Key.Key_C, CTRL | SHIFT))
    return texts | tour_import(qtbot, ctx)


def tour_customers(qtbot: QtBot, ctx: AppContext, window: QMainWindow) -> set[str]:
    """A customer chosen (details, wallet, purchases and reviews tabs), the register, edit,
    top-up and delete dialogs."""
    assert focused().objectName() == "customerSearch"
    press(qtbot, Qt.Key.Key_Down)  # into the list, on the first customer
    settle(qtbot, ctx)
    texts = read(window)
    for tab in (1, 2, 0):
        show_tab(qtbot, ctx, window, "customerTabs", tab)
        texts |= read(window)
    for keys in (Qt.Key.Key_N, Qt.Key.Key_E, Qt.Key.Key_T):
        texts |= dialog_texts(qtbot, ctx, lambda k=keys: press(qtbot, k, CTRL))
    return texts | dialog_texts(qtbot, ctx, lambda: press(qtbot, Qt.Key.Key_Delete))


def tour_pricing(qtbot: QtBot, ctx: AppContext, window: QMainWindow) -> set[str]:
    """The tax rates, the store's pricing settings and the promotions, with the add-rate,
    category-rate and add-promotion dialogs."""
    texts: set[str] = set()
    for keys, modifiers in (
        (Qt.Key.Key_N, CTRL),
        (Qt.Key.Key_C, CTRL | SHIFT),
        (Qt.Key.Key_N, CTRL | SHIFT),
    ):
        texts |= dialog_texts(qtbot, ctx, lambda k=keys, m=modifiers: press(qtbot, k, m))
    return texts


def tour_staff(qtbot: QtBot, ctx: AppContext, window: QMainWindow) -> set[str]:
    """The staff list with the first member chosen, and the add-staff dialog."""
    return dialog_texts(qtbot, ctx, lambda: press(qtbot, Qt.Key.Key_N, CTRL))


def tour_conflicts(qtbot: QtBot, ctx: AppContext, window: QMainWindow) -> set[str]:
    """The export and import of waiting sales, each refused once (an empty path)."""
    texts: set[str] = set()
    for keys, modifiers in ((Qt.Key.Key_E, CTRL | SHIFT), (Qt.Key.Key_I, CTRL)):
        press(qtbot, keys, modifiers)
        dialog = wait_for_dialog(qtbot, "")
        texts |= read(dialog)
        press(qtbot, Qt.Key.Key_A, CTRL)
        press(qtbot, Qt.Key.Key_Delete)  # no path: refused, said in place
        enter(qtbot)
        settle(qtbot, ctx)
        texts |= read(dialog)
        press(qtbot, Qt.Key.Key_Escape)
        wait_no_dialog(qtbot)
    return texts


def nothing_more(qtbot: QtBot, ctx: AppContext, window: QMainWindow) -> set[str]:
    """A workspace read as it opens (its filters, its list and its buttons)."""
    return set()


#: The workspaces walked, each after its Ctrl+<n>, with what a person opens from it.
TOURS: dict[str, Callable[[QtBot, AppContext, QMainWindow], set[str]]] = {
    "Sales": tour_sales,
    "Inventory": tour_inventory,
    "Customers": tour_customers,
    "Pricing": tour_pricing,
    "Reviews": nothing_more,
    "Audit": nothing_more,
    "Staff": tour_staff,
    "Conflicts": tour_conflicts,
}


def tour_settings(qtbot: QtBot, ctx: AppContext) -> set[str]:
    """The admin's Settings (Ctrl+,), each of its tabs."""
    press(qtbot, Qt.Key.Key_Comma, CTRL)
    dialog = wait_for_dialog(qtbot, "")
    tabs = dialog.findChild(QTabWidget, "settingsTabs")
    assert tabs is not None
    texts = read(dialog)
    for index in range(1, tabs.count()):
        press_mnemonic(tabs.tabText(index))
        assert tabs.currentIndex() == index
        texts |= read(dialog)
    press(qtbot, Qt.Key.Key_Escape)
    wait_no_dialog(qtbot)
    return texts


def store_with_a_sale(services: Services, people: People) -> set[str]:
    """A product, a customer and a sale to show; returns the names the screens show as
    data (never translated), libpq's TLS modes and the ISO currency codes among them."""
    product = new_product(services, people.manager, "Green T-Shirt", "19.99", 30, "1001")
    customer = new_customer(services, people.manager, "johndoe", "50.00")
    # In a shift still open at its counter, so that its void dialog opens to be read.
    services.shifts.open(people.manager, {"10": 1}, counter="Test counter")
    buy(services, people.manager, customer.id, product.id, 2)
    return {
        "Green T-Shirt",
        "johndoe",
        "Johndoe",
        "1001",
        *SEEDED_CATEGORIES,
        *SSL_MODES,
        *CURRENCIES,
    }


def walk_workspaces(qtbot: QtBot, ctx: AppContext, actor: Actor) -> set[str]:
    window = open_counter(qtbot, ctx, actor)
    texts: set[str] = set()
    for name, tour in TOURS.items():
        if not next(s for s in WORKSPACES if s.name == name).shown_to(actor.role):
            continue
        go_to(qtbot, ctx, window, name)  # Ctrl+<n>, as the View menu says
        texts |= read(window) | tour(qtbot, ctx, window)
    if actor.role is Role.ADMIN:
        texts |= tour_settings(qtbot, ctx)
    window.close()
    return texts


@pytest.mark.slow  # every workspace and dialog, four times: make test and CI walk them
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")  # file chooser
@pytest.mark.parametrize("role", ["manager", "admin"])
@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_no_visible_text_of_any_workspace_or_its_dialogs_stays_english(
    qtbot: QtBot,
    ui_ctx: AppContext,
    people: People,
    services: Services,
    language: Callable[[str], str],
    lang: str,
    role: str,
) -> None:
    actor = getattr(people, role)
    data = store_with_a_sale(services, people) | {
        actor.display_name,
        people.manager.username,
        people.admin.username,
        people.cashier.username,
        ui_ctx.settings.store_name,
        ui_ctx.settings.counter_name,
        ui_ctx.database_location,
    }
    english = walk_workspaces(qtbot, ui_ctx, actor)
    assert {"Sales", "Reprint receipt…", "Cash expected"} <= english  # the walk reads
    assert {"Conflicts", "Export waiting sales", "Type the path of the file to write"} <= english
    assert "Price must be digits with at most one decimal point" in " ".join(english)
    language(lang)
    translated = walk_workspaces(qtbot, ui_ctx, actor)
    assert len(translated) >= len(english) * 0.9
    assert untranslated(translated, english, data, lang) == set()


# -- Arabic: left-to-right runs, the totals' names, the month names --------------------------
def test_arabic_keeps_keys_and_amounts_left_to_right_and_gives_the_tax_names_room(
    qtbot: QtBot,
    ui_ctx: AppContext,
    people: People,
    services: Services,
    language: Callable[[str], str],
) -> None:
    vat = services.taxes.add_rate(people.manager, "Lebanese VAT 11%", "11")
    services.taxes.update_settings(
        people.manager, {"default_tax_rate_id": vat.id, "prices_include_tax": True}
    )
    new_product(services, people.manager, "Green T-Shirt", "19.99", 30, "1001")
    window = open_counter(qtbot, ui_ctx, people.cashier)
    scan(qtbot, ui_ctx, "1001")
    plus = window.findChild(QPushButton, "plusOne")
    assert plus is not None and plus.text() == "+1 (Ctrl++)"  # English: nothing added
    window.close()

    language("ar")
    window = open_counter(qtbot, ui_ctx, people.cashier)
    scan(qtbot, ui_ctx, "1001")
    plus = window.findChild(QPushButton, "plusOne")
    assert plus is not None and plus.text() == f"{LRI}+1 (Ctrl++){PDI}"
    pay = window.findChild(QPushButton, "payButton")
    assert pay is not None and f"{LRI}F12{PDI}" in pay.text()
    summary = window.findChild(QWidget, "quoteSummary")
    assert summary is not None
    names = [w for w in summary.findChildren(QLabel) if w.isVisible()]
    included = [w for w in names if "Lebanese VAT 11%" in (w.toolTip() or w.text())]
    assert included, [w.text() for w in names]
    for label in included:  # the whole name shows on one line: nothing cut, nothing elided
        whole = label.toolTip() or label.text()
        assert label.text() == whole
        assert label.width() >= label.fontMetrics().horizontalAdvance(whole)
    total = window.findChild(QLabel, "quotedTotal")
    assert total is not None and total.text() == f"{LRI}19.99{PDI}"


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_the_cart_s_column_titles_show_whole(
    qtbot: QtBot,
    ui_ctx: AppContext,
    people: People,
    language: Callable[[str], str],
    lang: str,
) -> None:
    """French "Prix unitaire" was cut to "rix unitair" at 1366 x 768."""
    language(lang)
    window = open_counter(qtbot, ui_ctx, people.cashier)
    table = window.findChild(QTableView, "cartTable")
    assert table is not None
    header = table.horizontalHeader()
    for column in range(table.model().columnCount()):
        title = str(table.model().headerData(column, Qt.Orientation.Horizontal))
        # The header's own hint: the title's width with the section's margins.
        assert header.sectionSize(column) >= header.sectionSizeHint(column), title


def test_days_are_written_with_the_language_s_month_names(
    language: Callable[[str], str],
) -> None:
    day = date(2026, 11, 27)
    assert language("en") == "en"
    assert (day_text(day), short_day(day), short_weekday(day)) == (
        "2026-11-27",
        "27 Nov",
        "Fri 27 Nov",
    )
    language("fr")
    assert day_text(day) == "27 novembre 2026"
    assert short_weekday(day).startswith("ven.")
    language("ar")
    assert day_text(day) == "27 نوفمبر 2026"  # the digits stay as the amounts have them
    assert short_day(day) == "27 نوفمبر"


def test_a_receipt_in_arabic_reads_right_to_left_with_its_figures_unchanged(
    ui_ctx: AppContext, people: People, services: Services, language: Callable[[str], str]
) -> None:
    product = new_product(services, people.manager, "Green T-Shirt", "19.99", 30, "1001")
    customer = new_customer(services, people.manager, "johndoe", "50.00")
    sale = buy(services, people.manager, customer.id, product.id, 2)
    ui_ctx.settings.save(store_address="12 Market Street")

    def laid_out() -> tuple[str, float, float]:
        """The document's text, and where the TOTAL's name and amount start."""
        document = QTextDocument()
        document.setTextWidth(400)
        document.setHtml(receipt_html(sale, ui_ctx.settings))
        layout = document.documentLayout()
        amount = layout.blockBoundingRect(document.find(f"{sale.total}").block()).x()
        text = document.toPlainText()
        name = next(line for line in text.splitlines() if line.strip() in {"TOTAL", "الإجمالي"})
        name_x = layout.blockBoundingRect(document.find(name.strip()).block()).x()
        return text, name_x, amount

    text, name_x, amount_x = laid_out()
    assert "39.98" in text and "TOTAL" in text and LRI not in text
    assert name_x < amount_x  # English: the name on the left, the amount on the right
    language("ar")
    text, name_x, amount_x = laid_out()
    assert "الإجمالي" in text and "شكراً لتسوّقكم معنا." in text
    assert name_x > amount_x  # Arabic: the name on the right, the amount on the left
    assert f"{LRI}39.98{PDI}" in text  # the figures are the same, kept left to right
    assert f"{FSI}12 Market Street{PDI}" in text  # the address keeps its number first
    assert f"{LRI}{sale.uuid}{PDI}" in text


def test_a_date_field_reads_year_month_day_in_arabic(language: Callable[[str], str]) -> None:
    language("ar")
    field = DayEdit("day", date(2026, 11, 28))
    assert field.lineEdit().text() == "2026-11-28"


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_a_customer_s_account_and_review_dialog_are_translated(
    qtbot: QtBot,
    ui_ctx: AppContext,
    people: People,
    services: Services,
    language: Callable[[str], str],
    lang: str,
) -> None:
    data = store_with_a_sale(services, people) | {
        ui_ctx.database_location,
        ui_ctx.settings.counter_name,
    }
    customer = services.customers.get_by_username(people.manager, "johndoe")
    actor = customer_actor(customer.id, customer.username)

    def walk() -> set[str]:
        window = open_counter(qtbot, ui_ctx, actor)
        go_to(qtbot, ui_ctx, window, "My account")  # Ctrl+8
        texts = read(window)
        texts |= dialog_texts(qtbot, ui_ctx, lambda: press(qtbot, Qt.Key.Key_N, CTRL))
        window.close()
        return texts

    english = walk()
    assert {"Write review…", "Write a review"} <= english
    language(lang)
    assert untranslated(walk(), english, data | {ui_ctx.settings.store_name}, lang) == set()
