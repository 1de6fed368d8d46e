"""Typing a day into the Sales and Audit filters, as a person types it: 2026-11-20, dashes
and all. (Qt moves on to the month by itself once the year is full; the dash typed next
used to skip the month, and the day landed in it.)"""

from __future__ import annotations

import pytest
from conftest import People
from keyboard import ALT, focused, go_to, open_counter, press, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDateEdit
from pytestqt.qtbot import QtBot

from pos_app.ui.context import AppContext

pytestmark = pytest.mark.sqlite_only


def typed_day(qtbot: QtBot) -> str:
    field = focused()
    assert isinstance(field, QDateEdit)
    type_text(qtbot, "2026-11-20")
    return field.text()


def test_a_day_typed_with_dashes_into_the_sales_filter_reads_as_typed(
    qtbot: QtBot, ui_ctx: AppContext, people: People
) -> None:
    window = open_counter(qtbot, ui_ctx, people.manager)
    go_to(qtbot, ui_ctx, window, "Sales")
    press(qtbot, Qt.Key.Key_M, ALT)  # Fro&m
    assert focused().objectName() == "firstDate"
    assert typed_day(qtbot) == "2026-11-20"
    press(qtbot, Qt.Key.Key_T, ALT)  # &To
    assert focused().objectName() == "lastDate"
    assert typed_day(qtbot) == "2026-11-20"


def test_a_day_typed_with_dashes_into_the_audit_filter_reads_as_typed(
    qtbot: QtBot, ui_ctx: AppContext, people: People
) -> None:
    window = open_counter(qtbot, ui_ctx, people.admin)
    go_to(qtbot, ui_ctx, window, "Audit")
    press(qtbot, Qt.Key.Key_D, ALT)  # &Dates from: the box, then its first day
    qtbot.wait(150)  # a mnemonic clicks its box after a short press animation
    press(qtbot, Qt.Key.Key_Tab)
    assert focused().objectName() == "firstDate"
    assert typed_day(qtbot) == "2026-11-20"
