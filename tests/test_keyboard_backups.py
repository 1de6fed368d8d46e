"""The daily backup by keyboard (issue 17): its folder in Settings, and what sign-in says
and does on a SQLite store."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from conftest import STAFF_PASSWORD, People, wait_idle
from keyboard import (
    enter,
    focus_is_in,
    open_counter,
    press,
    seen_words,
    type_text,
    wait_for_dialog,
    wait_no_dialog,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from test_keyboard_dialogs import check_window_fits, duplicates, mnemonics

from pos_app.app import AppController
from pos_app.services.backup import daily_copies
from pos_app.ui.context import AppContext
from pos_app.ui.i18n import install_language
from pos_app.ui.main_window import MainWindow

pytestmark = pytest.mark.sqlite_only
Key = Qt.Key
Ctrl = Qt.KeyboardModifier.ControlModifier
Alt = Qt.KeyboardModifier.AltModifier


def test_the_backup_folder_and_how_many_copies_are_set_by_keys(
    qtbot: QtBot, ui_ctx: AppContext, people: People, db_url: str, tmp_path: Path
) -> None:
    ctx = dataclasses.replace(ui_ctx, sqlite_path=db_url.removeprefix("sqlite:///"))
    open_counter(qtbot, ctx, people.admin)
    press(qtbot, Key.Key_Comma, Ctrl)
    dialog = wait_for_dialog(qtbot, "Settings")
    focus_is_in(qtbot, dialog, "counterName")
    press(qtbot, Key.Key_K, Alt)  # the Bac&kups tab
    qtbot.waitUntil(lambda: "Last backup: none yet" in seen_words(dialog))
    assert not duplicates(mnemonics(dialog)), duplicates(mnemonics(dialog))
    check_window_fits(dialog)
    press(qtbot, Key.Key_F, Alt)  # Backup &folder
    focus_is_in(qtbot, dialog, "backupFolder")
    nowhere = tmp_path / "no-such-folder"
    type_text(qtbot, str(nowhere))
    enter(qtbot)  # Save: refused in place, the dialog stays, nothing saved
    qtbot.waitUntil(lambda: f"There is no folder {nowhere}" in seen_words(dialog))
    assert QApplication.activeModalWidget() is dialog
    assert ctx.settings.backup_folder == ""
    assert not nowhere.exists()
    folder = tmp_path / "backups"
    folder.mkdir()
    focus_is_in(qtbot, dialog, "backupFolder")
    press(qtbot, Key.Key_A, Ctrl)
    type_text(qtbot, str(folder))
    press(qtbot, Key.Key_L, Alt)  # Keep the &last
    focus_is_in(qtbot, dialog, "backupKeep")
    press(qtbot, Key.Key_A, Ctrl)
    type_text(qtbot, "3")
    enter(qtbot)
    wait_no_dialog(qtbot)
    assert (ctx.settings.backup_folder, ctx.settings.backup_keep) == (str(folder), 3)


def test_a_saved_folder_gone_since_does_not_stop_the_rest_of_settings_being_saved(
    qtbot: QtBot, ui_ctx: AppContext, people: People, db_url: str, tmp_path: Path
) -> None:
    """The USB stick with the backups is not plugged in: the store's other settings still
    save (a CI run caught Settings refusing the database host for this reason)."""
    ctx = dataclasses.replace(ui_ctx, sqlite_path=db_url.removeprefix("sqlite:///"))
    unplugged = tmp_path / "unplugged-usb"
    ctx.settings.save(backup_folder=str(unplugged), backup_keep=2)
    open_counter(qtbot, ctx, people.admin)
    press(qtbot, Key.Key_Comma, Ctrl)
    dialog = wait_for_dialog(qtbot, "Settings")
    focus_is_in(qtbot, dialog, "counterName")
    press(qtbot, Key.Key_N, Alt)  # Store &name
    focus_is_in(qtbot, dialog, "storeName")
    press(qtbot, Key.Key_A, Ctrl)
    type_text(qtbot, "Corner Shop")
    enter(qtbot)
    wait_no_dialog(qtbot)
    assert (ctx.settings.store_name, ctx.settings.backup_folder) == ("Corner Shop", str(unplugged))


# -- sign-in through the real controller ---------------------------------------------------------
@pytest.fixture
def controller(qtbot: QtBot, db_url: str, people: People) -> Iterator[AppController]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    made = AppController(app, db_url, None)
    yield made
    made.shutdown()


def sign_in(
    qtbot: QtBot,
    controller: AppController,
    title: str = "Sign in",
    username: str = "cashier1",
    **saved: str | int,
) -> MainWindow:
    """The counter's settings as saved, then a cashier (or ``username``) signs in by keys."""
    controller.settings.save(**saved)
    controller.start()
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


def ago(**delta: float) -> str:
    return (datetime.now() - timedelta(**delta)).isoformat(timespec="seconds")


def test_sign_in_warns_above_the_workspaces_when_the_last_backup_is_old(
    qtbot: QtBot, controller: AppController
) -> None:
    window = sign_in(qtbot, controller, last_backup_at=ago(days=3, hours=2), backup_folder="")
    assert controller.ctx is not None
    wait_idle(qtbot, controller.ctx)
    words = seen_words(window)
    assert "The last backup of this store's data is 3 days old" in words
    assert "choose a folder in Settings > Backups" in words
    assert QApplication.activeModalWidget() is None  # no dialog stands in the till's way
    focus_is_in(qtbot, window, "scanEntry")


def test_sign_in_makes_the_days_copy_when_the_last_is_old(
    qtbot: QtBot, controller: AppController, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    window = sign_in(
        qtbot, controller, last_backup_at=ago(days=3), backup_folder=str(folder), backup_keep=2
    )
    assert controller.ctx is not None
    qtbot.waitUntil(lambda: "Backed up at" in seen_words(window), timeout=20_000)
    copies = daily_copies(folder)
    assert len(copies) == 1
    assert str(copies[0]) in seen_words(window)
    made = datetime.fromisoformat(controller.settings.last_backup_at)
    assert abs(datetime.now() - made) < timedelta(minutes=2)
    focus_is_in(qtbot, window, "scanEntry")


def test_a_recent_backup_is_neither_warned_of_nor_made_again(
    qtbot: QtBot, controller: AppController, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    last = ago(hours=5)
    window = sign_in(qtbot, controller, last_backup_at=last, backup_folder=str(folder))
    assert controller.ctx is not None
    wait_idle(qtbot, controller.ctx)
    assert "Backup" not in seen_words(window)
    assert "backup of this store" not in seen_words(window)
    assert daily_copies(folder) == []
    assert controller.settings.last_backup_at == last


def test_the_warning_speaks_the_counter_s_language(qtbot: QtBot, controller: AppController) -> None:
    """The service decides that a backup is overdue; the strip says it in French, with no
    English sentence left in it."""
    install_language("fr")
    try:
        window = sign_in(
            qtbot, controller, "Connexion", last_backup_at=ago(days=3, hours=2), backup_folder=""
        )
        words = seen_words(window)
        assert "La dernière sauvegarde des données du magasin date de 3 jours" in words
        assert "backup of this store" not in words
    finally:
        install_language("en")


def test_a_backup_that_fails_says_why_and_the_warning_stays(
    qtbot: QtBot, controller: AppController, tmp_path: Path
) -> None:
    gone = tmp_path / "unplugged-usb"
    window = sign_in(qtbot, controller, last_backup_at="", backup_folder=str(gone))
    assert controller.ctx is not None
    qtbot.waitUntil(lambda: "The daily backup failed" in seen_words(window), timeout=20_000)
    words = seen_words(window)
    assert f"There is no folder {gone}" in words
    assert "No backup of this store's data has been made" in words
    assert controller.settings.last_backup_at == ""


def made_at(controller: AppController) -> datetime:
    return datetime.fromisoformat(controller.settings.last_backup_at)


def open_backups_tab(qtbot: QtBot) -> QWidget:
    press(qtbot, Key.Key_Comma, Ctrl)
    dialog = wait_for_dialog(qtbot, "Settings")
    press(qtbot, Key.Key_K, Alt)  # the Bac&kups tab
    qtbot.waitUntil(lambda: "Back up now" in seen_words(dialog))
    return dialog


def test_back_up_now_copies_at_once_and_the_strip_says_no_more_that_none_was_made(
    qtbot: QtBot, controller: AppController, tmp_path: Path
) -> None:
    """The full-day trial found no way to make a copy when the owner wanted one."""
    window = sign_in(qtbot, controller, username="admin1", last_backup_at="", backup_folder="")
    assert controller.ctx is not None
    wait_idle(qtbot, controller.ctx)
    assert "No backup of this store's data has been made" in seen_words(window)
    dialog = open_backups_tab(qtbot)
    assert not duplicates(mnemonics(dialog)), duplicates(mnemonics(dialog))
    press(qtbot, Key.Key_N, Alt)  # Back up &now, with no folder typed
    qtbot.waitUntil(lambda: "Type the folder to copy into first" in seen_words(dialog))
    focus_is_in(qtbot, dialog, "backupFolder")
    folder = tmp_path / "usb"
    folder.mkdir()
    type_text(qtbot, str(folder))
    press(qtbot, Key.Key_N, Alt)
    qtbot.waitUntil(lambda: "Backed up at" in seen_words(dialog), timeout=20_000)
    [copy] = daily_copies(folder)
    assert str(copy) in seen_words(dialog)
    assert "Last backup: none yet" not in seen_words(dialog)
    assert f"Last backup: {made_at(controller):%Y-%m-%d %H:%M}." in seen_words(dialog)
    focus_is_in(qtbot, dialog, "backupNow")
    made = datetime.fromisoformat(controller.settings.last_backup_at)
    assert abs(datetime.now() - made) < timedelta(minutes=2)
    press(qtbot, Key.Key_Escape)  # closed without saving the folder
    wait_no_dialog(qtbot)
    wait_idle(qtbot, controller.ctx)
    assert "backup of this store" not in seen_words(window)
    assert daily_copies(folder) == [copy]  # not made twice
    assert controller.settings.backup_folder == ""


def test_a_folder_chosen_in_settings_gets_its_first_copy_when_settings_close(
    qtbot: QtBot, controller: AppController, tmp_path: Path
) -> None:
    """It waited for the next sign-in."""
    window = sign_in(qtbot, controller, username="admin1", last_backup_at="", backup_folder="")
    folder = tmp_path / "usb"
    folder.mkdir()
    dialog = open_backups_tab(qtbot)
    press(qtbot, Key.Key_F, Alt)  # Backup &folder
    focus_is_in(qtbot, dialog, "backupFolder")
    type_text(qtbot, str(folder))
    enter(qtbot)  # Save
    wait_no_dialog(qtbot)
    qtbot.waitUntil(lambda: "Backed up at" in seen_words(window), timeout=20_000)
    assert len(daily_copies(folder)) == 1
    focus_is_in(qtbot, window)


def test_back_up_now_into_a_folder_that_cannot_take_it_says_why_and_copies_nothing(
    qtbot: QtBot, ui_ctx: AppContext, people: People, db_url: str, tmp_path: Path
) -> None:
    ctx = dataclasses.replace(ui_ctx, sqlite_path=db_url.removeprefix("sqlite:///"))
    open_counter(qtbot, ctx, people.admin)
    dialog = open_backups_tab(qtbot)
    press(qtbot, Key.Key_F, Alt)
    nowhere = tmp_path / "not-plugged-in"
    type_text(qtbot, str(nowhere))
    press(qtbot, Key.Key_N, Alt)
    qtbot.waitUntil(lambda: f"There is no folder {nowhere}" in seen_words(dialog))
    focus_is_in(qtbot, dialog, "backupFolder")
    assert "Backed up at" not in seen_words(dialog)
    assert not nowhere.exists() and ctx.settings.last_backup_at == ""
