"""Scrolling a capped product search past its cap (issue 14): the count stops at the cap
("4+ products") but the list does not: Ctrl+End and Page Down keep fetching pages, by
key, while they come back full, until every match is shown, each once."""

from __future__ import annotations

import pytest
from conftest import People
from helpers import new_product
from keyboard import CTRL, cells, focused, go_to, open_counter, press, seen_words, settle, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from pos_app.services import Services, inventory
from pos_app.ui.context import AppContext
from pos_app.ui.workspaces import inventory as inventory_screen

pytestmark = pytest.mark.sqlite_only


def test_a_capped_search_scrolls_past_its_cap(
    qtbot: QtBot,
    ui_ctx: AppContext,
    people: People,
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for n in range(13):
        new_product(services, people.manager, name=f"Desk Lamp {n:02d}")
    new_product(services, people.manager, name="Rope")
    monkeypatch.setattr(inventory, "SEARCH_COUNT_CAP", 4)
    monkeypatch.setattr(inventory_screen, "PAGE_SIZE", 3)
    window = open_counter(qtbot, ui_ctx, people.manager)
    go_to(qtbot, ui_ctx, window, "Inventory")
    press(qtbot, Qt.Key.Key_F, CTRL)
    assert focused().objectName() == "productSearch"
    type_text(qtbot, "esk lam")
    qtbot.waitUntil(lambda: "4+ products" in seen_words(window), timeout=5_000)
    press(qtbot, Qt.Key.Key_Down)
    table = focused()
    assert isinstance(table, QTableView) and table.objectName() == "productTable"
    # A page of three at first; the view may ask for more at once to fill its height (a
    # CI run on PostgreSQL showed six), so the count is not pinned here.
    assert 3 <= len(cells(table)) < 13
    shown = 0
    for _ in range(20):  # each key at the bottom asks for the next page
        press(qtbot, Qt.Key.Key_End, CTRL)
        settle(qtbot, ui_ctx)
        press(qtbot, Qt.Key.Key_PageDown)
        settle(qtbot, ui_ctx)
        if len(cells(table)) == shown:
            break
        shown = len(cells(table))
    names = [row[0] for row in cells(table)]
    assert names == [f"Desk Lamp {n:02d}" for n in range(13)]  # past the cap, each once
    assert "4+ products" in seen_words(window)  # the count still says what it counted
    assert table.currentIndex().siblingAtColumn(0).data() == "Desk Lamp 12"
