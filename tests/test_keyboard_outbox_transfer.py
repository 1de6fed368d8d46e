"""The last resort by keyboard (issue 15): a manager at this counter exports a dead
counter's waiting sales from its counter file (found on a USB disk, say) and imports them
here, from the Conflicts workspace. Keys go only to whatever has focus; what is read back
is what a person sees, and this counter's outbox."""

from __future__ import annotations

import json
import uuid
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import People
from helpers import new_product
from keyboard import (
    CTRL,
    SHIFT,
    enter,
    focus_is_in,
    focused,
    go_to,
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
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from pos_app.data.counter_file import CounterFile
from pos_app.data.database import Database
from pos_app.data.outbox import Outbox
from pos_app.services import Services
from pos_app.services.offline import OfflineSalesService
from pos_app.services.outbox_transfer import OutboxTransferService
from pos_app.services.records import CartLine, CheckoutRequest
from pos_app.ui.context import AppContext

pytestmark = pytest.mark.sqlite_only

Key = Qt.Key


def replace_with(qtbot: QtBot, text: str) -> None:
    """Select what the focused field holds and type ``text`` over it."""
    press(qtbot, Key.Key_A, CTRL)
    type_text(qtbot, text)


@pytest.fixture
def dead_counter(services: Services, people: People, db: Database, tmp_path: Path) -> list[str]:
    """Counter T9's file on a USB disk (tmp_path/usb/counter.sqlite), 2 sales waiting in
    it; their numbers."""
    lamp = new_product(services, people.manager, "Brass Lamp", "30.00", 5, "3001")
    (tmp_path / "usb").mkdir()
    dead = OfflineSalesService(db, CounterFile(tmp_path / "usb" / "counter.sqlite"))
    assert dead.refresh_catalogue().complete
    return [
        dead.sell(
            people.cashier,
            CheckoutRequest(
                sale_uuid=str(uuid.uuid4()),
                lines=(CartLine(lamp.id, 1, Decimal("30.00")),),
                counter="T9",
                cash_tendered=Decimal("30.00"),
            ),
        ).counter_number
        for _ in range(2)
    ]


def test_a_manager_exports_a_dead_counters_waiting_sales_by_keyboard(
    qtbot: QtBot, ui_ctx: AppContext, people: People, tmp_path: Path, dead_counter: list[str]
) -> None:
    usb = tmp_path / "usb" / "counter.sqlite"
    before = [(r.counter_number, r.state) for r in Outbox(CounterFile(usb)).rows(None)]
    taken = tmp_path / "taken.json"
    taken.write_text("not mine", encoding="utf-8")
    export = tmp_path / "t9.json"
    window = open_counter(qtbot, ui_ctx, people.manager)
    go_to(qtbot, ui_ctx, window, "Conflicts")
    table = shown_child(window, QTableView, "conflictsTable")

    press(qtbot, Key.Key_E, CTRL | SHIFT)  # Export waiting sales…
    dialog = wait_for_dialog(qtbot, "Export waiting sales")
    assert focus_is_in(qtbot, dialog).objectName() == "exportPath"
    assert "The counter file is not changed" in seen_words(dialog)
    replace_with(qtbot, str(taken))  # a file that is there: refused, kept
    press(qtbot, Key.Key_Tab)
    assert focused().objectName() == "exportSource"
    replace_with(qtbot, str(usb))
    enter(qtbot)
    settle(qtbot, ui_ctx)
    assert f"{taken} exists already: choose another name" in seen_words(dialog)
    assert focused().objectName() == "exportPath"
    assert taken.read_text(encoding="utf-8") == "not mine"
    replace_with(qtbot, str(export))
    enter(qtbot)
    wait_no_dialog(qtbot)
    settle(qtbot, ui_ctx)
    said = f"Exported to {export}: 2 sales not on the server, 2 waiting to be sent"
    assert said in seen_words(window)
    assert focused() is table
    sales = json.loads(export.read_text(encoding="utf-8"))["sales"]
    assert [s["counter_number"] for s in sales] == dead_counter
    assert [(r.counter_number, r.state) for r in Outbox(CounterFile(usb)).rows(None)] == before


def test_a_manager_imports_them_here_and_a_cut_file_changes_nothing(
    qtbot: QtBot,
    ui_ctx: AppContext,
    people: People,
    services: Services,
    tmp_path: Path,
    dead_counter: list[str],
) -> None:
    export = tmp_path / "t9.json"
    usb = OutboxTransferService(CounterFile(tmp_path / "usb" / "counter.sqlite"))
    usb.export(people.manager, export)
    cut = tmp_path / "cut.json"
    cut.write_bytes(export.read_bytes()[:200])
    window = open_counter(qtbot, ui_ctx, people.manager)
    go_to(qtbot, ui_ctx, window, "Conflicts")
    table = shown_child(window, QTableView, "conflictsTable")

    press(qtbot, Key.Key_I, CTRL)  # Import waiting sales…
    dialog = wait_for_dialog(qtbot, "Import waiting sales")
    assert focus_is_in(qtbot, dialog).objectName() == "importPath"
    type_text(qtbot, str(cut))
    enter(qtbot)
    settle(qtbot, ui_ctx)
    refused = "cut.json is not a whole outbox export: it is cut short or damaged"
    assert f"{refused}: nothing was imported" in seen_words(dialog)
    assert focused().objectName() == "importPath"
    assert services.offline.waiting_count() == 0
    replace_with(qtbot, str(export))
    enter(qtbot)
    wait_no_dialog(qtbot)
    settle(qtbot, ui_ctx)
    words = seen_words(window)
    assert f"Imported from {export}: 2 sales of counter T9, 2 to be sent; 0 were here" in words
    assert focused() is table
    assert [s.counter_number for s in services.offline.sales()] == dead_counter

    press(qtbot, Key.Key_I, CTRL)  # the same file again adds nothing
    wait_for_dialog(qtbot, "Import waiting sales")
    type_text(qtbot, str(export))
    enter(qtbot)
    wait_no_dialog(qtbot)
    settle(qtbot, ui_ctx)
    assert "0 sales of counter T9, 0 to be sent; 2 were here already" in seen_words(window)
    assert services.offline.waiting_count() == 2
