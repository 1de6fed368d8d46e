"""Files refused at a French counter, by keyboard (issue 17): a manager imports a product
CSV that lacks a column, then one with a bad row, and reads why in French; an admin
points the daily backup at a folder that cannot be written to and is told so in French,
in Settings and at sign-in; nothing is imported, saved or written."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import STAFF_PASSWORD, People
from keyboard import (
    CTRL,
    cells,
    enter,
    focus_is_in,
    open_counter,
    press,
    seen_words,
    settle,
    shown_child,
    type_text,
    wait_for_dialog,
    wait_no_dialog,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QTableView, QTabWidget
from pytestqt.qtbot import QtBot
from test_i18n import press_mnemonic

from pos_app.app import AppController
from pos_app.services import Services
from pos_app.ui.context import AppContext
from pos_app.ui.i18n import install_language

pytestmark = [
    pytest.mark.sqlite_only,
    pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)"),  # file chooser
]
Key = Qt.Key


@pytest.fixture
def french(qapp: object) -> Iterator[None]:
    install_language("fr")
    yield
    install_language("en")


def choose_file(qtbot: QtBot, ctx: AppContext, path: Path) -> QPushButton:
    """Ctrl+I in Inventory, the file typed into Qt's chooser: the import's preview opens.
    Returns its Import button."""
    press(qtbot, Key.Key_I, CTRL)
    wait_for_dialog(qtbot, "Importer des produits")  # the file chooser, in French
    press(qtbot, Key.Key_A, CTRL)
    type_text(qtbot, str(path))
    enter(qtbot)
    settle(qtbot, ctx)
    preview = wait_for_dialog(qtbot, f"Importer des produits depuis {path.name}")
    return shown_child(preview, QPushButton, "importRows")


def test_a_french_manager_reads_why_a_product_file_is_refused(
    qtbot: QtBot,
    ui_ctx: AppContext,
    people: People,
    services: Services,
    french: None,
    tmp_path: Path,
) -> None:
    no_price = tmp_path / "sans-prix.csv"
    no_price.write_text("name,category\nRed Cap,clothes\n", encoding="utf-8")
    open_counter(qtbot, ui_ctx, people.manager)
    press(qtbot, Key.Key_3, CTRL)  # Inventory
    settle(qtbot, ui_ctx)
    button = choose_file(qtbot, ui_ctx, no_price)
    dialog = button.window()
    summary = shown_child(dialog, QLabel, "importSummary")
    qtbot.waitUntil(lambda: "Colonnes absentes du fichier" in summary.text(), timeout=10_000)
    assert summary.text() == "Colonnes absentes du fichier : price"
    assert "missing" not in seen_words(dialog)
    assert not button.isEnabled()  # nothing to import
    press(qtbot, Key.Key_Escape)
    wait_no_dialog(qtbot)

    bad_row = tmp_path / "prix-faux.csv"
    bad_row.write_text(
        "name,category,price,barcode\n"
        "Red Cap,clothes,5.00,777\nBlue Cap,clothes,6.00,777\nGreen Cap,clothes,abc,\n",
        encoding="utf-8",
    )
    button = choose_file(qtbot, ui_ctx, bad_row)
    dialog = button.window()
    settle(qtbot, ui_ctx)  # two rows are refused as soon as the file is read
    problems = shown_child(dialog, QTableView, "importProblems")
    assert "2 lignes sont refusées : rien ne peut être importé." in seen_words(dialog)
    assert not button.isEnabled()
    said = {line: problem for line, problem in cells(problems)}
    # the file's lines, each with its reason in French and its values as they were
    assert said["3"] == "Le code-barres 777 figure aussi au produit n° 1 du fichier", said
    assert said["4"].startswith("Prix : des chiffres") and said["4"].endswith("(reçu 'abc')")
    assert not services.inventory.search(people.manager, "Cap").items  # all or nothing


def unwritable_folder(tmp_path: Path) -> Path:
    """A folder this process may not write to: one without write permission, or, for a
    user who writes anywhere (root), a folder of a read-only file system."""
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o555)
    for candidate in (folder, Path("/proc/sys")):
        if candidate.is_dir() and not os.access(candidate, os.W_OK | os.X_OK):
            return candidate
    pytest.skip("this user may write to any folder on this computer")


def ours(folder: Path) -> list[str]:
    """Backup files (whole or partial) in ``folder``."""
    return [p.name for p in folder.iterdir() if "counter-pos-" in p.name]


def test_a_backup_folder_that_cannot_be_written_is_refused_in_french(
    qtbot: QtBot, ui_ctx: AppContext, people: People, db_url: str, french: None, tmp_path: Path
) -> None:
    folder = unwritable_folder(tmp_path)
    before = sorted(p.name for p in folder.iterdir())
    ctx = dataclasses.replace(ui_ctx, sqlite_path=db_url.removeprefix("sqlite:///"))
    open_counter(qtbot, ctx, people.admin)
    press(qtbot, Key.Key_Comma, CTRL)  # Settings
    dialog = wait_for_dialog(qtbot, "Réglages")
    tabs = shown_child(dialog, QTabWidget, "settingsTabs")
    backups = next(
        i for i in range(tabs.count()) if tabs.tabText(i).replace("&", "") == "Sauvegardes"
    )
    press_mnemonic(tabs.tabText(backups))
    field_label = next(
        label
        for label in dialog.findChildren(QLabel)
        if label.buddy() is not None and label.buddy().objectName() == "backupFolder"
    )
    press_mnemonic(field_label.text())  # D&ossier de sauvegarde
    focus_is_in(qtbot, dialog, "backupFolder")
    type_text(qtbot, str(folder))
    enter(qtbot)  # Save: refused under the field, the dialog stays
    said = f"Le dossier {folder} n'est pas accessible en écriture"
    qtbot.waitUntil(lambda: said in seen_words(dialog), timeout=5_000)
    assert "not writable" not in seen_words(dialog)
    assert QApplication.activeModalWidget() is dialog
    assert ctx.settings.backup_folder == ""
    assert sorted(p.name for p in folder.iterdir()) == before


@pytest.fixture
def controller(qtbot: QtBot, db_url: str, people: People) -> Iterator[AppController]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    made = AppController(app, db_url, None)
    yield made
    made.shutdown()


def test_the_daily_backup_into_a_folder_that_cannot_be_written_fails_in_french(
    qtbot: QtBot, controller: AppController, french: None, tmp_path: Path
) -> None:
    """Saved when the folder was writable (a USB stick since made read-only); at sign-in
    the copy is refused, said in French over the workspaces, and nothing is written."""
    folder = unwritable_folder(tmp_path)
    controller.settings.save(last_backup_at="", backup_folder=str(folder))
    controller.start()
    dialog = wait_for_dialog(qtbot, "Connexion")
    focus_is_in(qtbot, dialog, "username")
    type_text(qtbot, "cashier1")
    press(qtbot, Key.Key_Tab)
    type_text(qtbot, STAFF_PASSWORD)
    qtbot.waitUntil(lambda: controller.ctx is not None, timeout=20_000)
    enter(qtbot)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=20_000)
    window = controller.window
    assert window is not None
    qtbot.waitUntil(lambda: "a échoué" in seen_words(window), timeout=20_000)
    words = seen_words(window)
    assert (
        f"La sauvegarde quotidienne a échoué : Le dossier {folder} n'est pas accessible en "
        "écriture." in words
    ), words
    assert "writable" not in words and "failed" not in words
    assert controller.settings.last_backup_at == ""
    assert ours(folder) == []
