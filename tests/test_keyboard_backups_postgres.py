"""Sign-in on a PostgreSQL store says nothing of daily copies: that store is backed up on
the server (pos-admin backup), and Settings' Backups tab has no folder to choose there."""

from __future__ import annotations

from conftest import wait_idle
from keyboard import seen_words
from pytestqt.qtbot import QtBot
from test_keyboard_backups import controller, sign_in

from pos_app.app import AppController

__all__ = ["controller"]  # the fixture, imported for pytest


def test_only_a_sqlite_store_is_warned_of_a_missing_daily_copy(
    qtbot: QtBot, controller: AppController, db_url: str
) -> None:
    window = sign_in(qtbot, controller, last_backup_at="", backup_folder="")
    assert controller.ctx is not None
    wait_idle(qtbot, controller.ctx)
    said = "No backup of this store's data has been made" in seen_words(window)
    assert said == db_url.startswith("sqlite")
