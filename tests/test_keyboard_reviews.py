"""Moderating reviews by keyboard, as a manager does: the real main window at 1366x768,
keys sent only to whatever has focus, and only what a person sees (plus the database)
read back.

The keyboard trial: Ctrl+4 left the cursor on the Status filter, so F (flag) picked the
"Flagged" filter instead of flagging the review, and A and N did nothing they say."""

from __future__ import annotations

import pytest
from conftest import People
from keyboard import CTRL, cells, focus_is_in, open_counter, press, seen_words, settle
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from test_ui_reviews import Reviews, reviews  # noqa: F401 (a fixture)

from pos_app.domain.enums import ReviewStatus
from pos_app.services import Services
from pos_app.ui.context import AppContext

pytestmark = pytest.mark.sqlite_only


def test_ctrl_4_puts_the_cursor_in_the_list_where_the_letters_moderate(
    qtbot: QtBot,
    ui_ctx: AppContext,
    people: People,
    services: Services,
    reviews: Reviews,  # noqa: F811 (a fixture)
) -> None:
    window = open_counter(qtbot, ui_ctx, people.manager)
    press(qtbot, Qt.Key.Key_4, CTRL)
    settle(qtbot, ui_ctx)
    table = focus_is_in(qtbot, window, "reviewsTable")
    assert "4 reviews" in seen_words(window)  # every review, those waiting first
    assert "Keeps tea hot." in seen_words(window)  # the first row's review on show
    press(qtbot, Qt.Key.Key_F)
    settle(qtbot, ui_ctx)
    status = services.reviews.get(people.manager, reviews.mug.id).status
    assert status is ReviewStatus.FLAGGED
    mug = next(row for row in cells(table) if "Keeps tea hot." in row[3])
    assert mug[6] == "flagged", mug
    assert "4 reviews" in seen_words(window)  # the filter is still every review
    assert "Red Scarf · ★★☆☆☆" in seen_words(window)  # on to the next one waiting
    press(qtbot, Qt.Key.Key_A)
    settle(qtbot, ui_ctx)
    status = services.reviews.get(people.manager, reviews.scarf.id).status
    assert status is ReviewStatus.APPROVED
