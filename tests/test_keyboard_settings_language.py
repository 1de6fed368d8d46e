"""The counter's language in Settings, by keyboard (issue 17: "the language follows the
system, or Settings overrides it"). Settings offers the sign-in dialog's list and writes
the same setting; a new choice is used from the next sign-in, as the field's note says,
and the open window keeps the language it was built in."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from conftest import STAFF_PASSWORD, People
from keyboard import (
    enter,
    focus_is_in,
    focused,
    open_counter,
    press,
    seen_words,
    type_text,
    wait_for_dialog,
    wait_no_dialog,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot
from test_keyboard_dialogs import duplicates, mnemonics

from pos_app.app import AppController
from pos_app.ui.context import AppContext
from pos_app.ui.i18n import current_language, install_chosen_for_sign_in, install_language
from pos_app.ui.main_window import MainWindow

pytestmark = pytest.mark.sqlite_only  # screens: nothing here depends on the database
Key = Qt.Key
Ctrl = Qt.KeyboardModifier.ControlModifier
Shift = Qt.KeyboardModifier.ShiftModifier
Alt = Qt.KeyboardModifier.AltModifier
NOTE = "A new language is used from the next sign-in."


@pytest.fixture
def english_after() -> Iterator[None]:
    """Other tests read English: nothing left waiting, English installed again."""
    yield
    install_chosen_for_sign_in()
    install_language("en")


@pytest.fixture
def controller(qtbot: QtBot, db_url: str, people: People) -> Iterator[AppController]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    made = AppController(app, db_url, None)
    yield made
    made.shutdown()


def sign_in(qtbot: QtBot, controller: AppController, title: str, username: str) -> MainWindow:
    dialog = wait_for_dialog(qtbot, title)
    focus_is_in(qtbot, dialog, "username")
    type_text(qtbot, username)
    press(qtbot, Key.Key_Tab)
    type_text(qtbot, STAFF_PASSWORD)
    qtbot.waitUntil(lambda: controller.ctx is not None, timeout=20_000)
    enter(qtbot)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=20_000)
    window = controller.window
    assert window is not None
    return window


def language_field(dialog: object) -> QComboBox:
    """The list the focus is in (a person sees the entry it shows)."""
    widget = focused()
    assert isinstance(widget, QComboBox) and widget.objectName() == "language", widget
    return widget


def test_french_chosen_in_settings_is_spoken_from_the_next_sign_in(
    qtbot: QtBot, controller: AppController, english_after: None
) -> None:
    controller.start()
    window = sign_in(qtbot, controller, "Sign in", "admin1")
    press(qtbot, Key.Key_Comma, Ctrl)
    dialog = wait_for_dialog(qtbot, "Settings")
    focus_is_in(qtbot, dialog, "counterName")  # where Settings always opens
    assert NOTE in seen_words(dialog)
    assert not duplicates(mnemonics(dialog)), duplicates(mnemonics(dialog))
    press(qtbot, Key.Key_G, Alt)  # Lan&guage
    field = language_field(dialog)
    assert field.currentText().startswith("System (")
    press(qtbot, Key.Key_Down)  # -> English
    press(qtbot, Key.Key_Down)  # -> Français
    assert field.currentText() == "Français"
    assert controller.settings.language == ""  # nothing saved before Save
    enter(qtbot)  # Save
    wait_no_dialog(qtbot)
    assert controller.settings.language == "fr"
    # The open window keeps its language: no half-French window.
    assert current_language() == "en"
    assert "Checkout" in seen_words(window)
    press(qtbot, Key.Key_Q, Ctrl | Shift)  # Sign out
    sign_in_again = wait_for_dialog(qtbot, "Connexion")
    focus_is_in(qtbot, sign_in_again, "username")
    words = seen_words(sign_in_again)
    assert "Identifiant" in words and "Mot de &passe" in words and "&Langue" in words
    assert "Username" not in words
    press(qtbot, Key.Key_L, Alt)  # &Langue: the sign-in dialog's field shows the choice
    assert language_field(sign_in_again).currentText() == "Français"
    # its own button too, once the change of language has reached the button box
    assert "Se connecter" in seen_words(sign_in_again)
    press(qtbot, Key.Key_I, Alt)  # &Identifiant
    window = sign_in(qtbot, controller, "Connexion", "cashier1")
    assert "Encaisser" in seen_words(window) or "Caisse" in seen_words(window)
    assert "Checkout" not in seen_words(window)


def test_the_language_chosen_at_sign_in_shows_in_settings_and_cancel_keeps_it(
    qtbot: QtBot, ui_ctx: AppContext, people: People, english_after: None
) -> None:
    ui_ctx.settings.save(language="ar")  # what the sign-in dialog's Alt+L saved
    open_counter(qtbot, ui_ctx, people.admin)
    press(qtbot, Key.Key_Comma, Ctrl)
    dialog = wait_for_dialog(qtbot, "Settings")
    focus_is_in(qtbot, dialog, "counterName")
    press(qtbot, Key.Key_G, Alt)
    field = language_field(dialog)
    assert field.currentText() == "العربية"
    press(qtbot, Key.Key_Up)  # -> Français
    press(qtbot, Key.Key_Escape)  # Cancel: nothing saved, nothing waits for the sign-in
    wait_no_dialog(qtbot)
    assert ui_ctx.settings.language == "ar"
    assert install_chosen_for_sign_in() is None
