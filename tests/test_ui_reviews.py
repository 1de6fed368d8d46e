"""The Reviews workspace through its real widgets, on a real database: the moderation
queue, its filters, moderating by button and by keyboard, and what a cashier gets."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from conftest import People, customer_actor, wait_idle
from helpers import buy, new_customer, new_product
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from pos_app.domain.enums import ReviewStatus
from pos_app.services import Services
from pos_app.services.records import Actor, Review
from pos_app.ui.context import AppContext
from pos_app.ui.stars import stars
from pos_app.ui.workspaces.reviews import ReviewsWorkspace

pytestmark = pytest.mark.sqlite_only

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@dataclass(frozen=True)
class Reviews:
    """Four reviews: the oldest already approved, the other three waiting, oldest first."""

    approved: Review
    mug: Review
    scarf: Review
    shirt_bob: Review


@pytest.fixture
def reviews(services: Services, people: People) -> Reviews:
    alice = new_customer(services, people.cashier, "alice", balance="200.00")
    bob = new_customer(services, people.cashier, "bob", balance="200.00")
    shirt = new_product(services, people.manager, "Green T-Shirt", "19.99", stock=10)
    mug = new_product(services, people.manager, "Blue Mug", "8.50", stock=10)
    scarf = new_product(services, people.manager, "Red Scarf", "12.00", stock=10)
    for customer, product in ((alice, shirt), (alice, mug), (bob, scarf), (bob, shirt)):
        buy(services, people.cashier, customer.id, product.id)
    as_alice = customer_actor(alice.id, alice.username)
    as_bob = customer_actor(bob.id, bob.username)
    submit = services.reviews.submit
    first = submit(as_alice, shirt.id, 5, "Soft and the colour holds in the wash.")
    made = Reviews(
        approved=first,
        mug=submit(as_alice, mug.id, 4, "Keeps tea hot.\nThe handle is a little small " * 4),
        scarf=submit(as_bob, scarf.id, 2, "Itchy."),
        shirt_bob=submit(as_bob, shirt.id, 3, ""),
    )
    services.reviews.moderate(people.manager, first.id, "approved")
    return made


def open_workspace(qtbot: QtBot, ctx: AppContext, actor: Actor) -> ReviewsWorkspace:
    workspace = ReviewsWorkspace(ctx, actor)
    qtbot.addWidget(workspace)
    workspace.show()
    qtbot.waitExposed(workspace)
    workspace.activateWindow()
    workspace.activated()
    wait_idle(qtbot, ctx)
    return workspace


def row_ids(workspace: ReviewsWorkspace) -> list[int]:
    return [review.id for review in workspace.model.rows()]


def status_in_db(services: Services, people: People, review: Review) -> ReviewStatus:
    return services.reviews.get(people.manager, review.id).status


def wait_filtered(qtbot: QtBot, workspace: ReviewsWorkspace) -> None:
    qtbot.waitUntil(lambda: not workspace.filter_timer.isActive(), timeout=5_000)
    wait_idle(qtbot, workspace.ctx)


def press_chord(
    qtbot: QtBot, workspace: ReviewsWorkspace, widget: QWidget, key: Qt.Key, button: QPushButton
) -> None:
    """Ctrl+Shift+key on ``widget``; a button's shortcut clicks it a moment later."""
    with qtbot.waitSignal(button.clicked, timeout=5_000):
        qtbot.keyClick(widget, key, CTRL_SHIFT)
    wait_idle(qtbot, workspace.ctx)


def test_queue_lists_needs_approval_first_oldest_first(
    qtbot: QtBot, ui_ctx: AppContext, people: People, reviews: Reviews, qtmodeltester: object
) -> None:
    workspace = open_workspace(qtbot, ui_ctx, people.manager)
    assert row_ids(workspace) == [
        reviews.mug.id,
        reviews.scarf.id,
        reviews.shirt_bob.id,
        reviews.approved.id,
    ]
    assert workspace.count_label.text() == "4 reviews"
    model = workspace.model
    assert model.data(model.index(0, 0)) == "Blue Mug"
    assert model.data(model.index(0, 1)) == "alice"
    assert model.data(model.index(0, 2)) == stars(4) == "★★★★☆"
    assert model.data(model.index(0, 2), Qt.ItemDataRole.ToolTipRole) == "4 of 5 stars"
    comment = model.data(model.index(0, 3))
    assert comment.endswith("…") and "\n" not in comment
    assert model.data(model.index(0, 6)) == "needs approval"
    assert model.data(model.index(3, 6)) == "approved"
    assert model.data(model.index(3, 7)) == "manager1"
    # The first row is selected, and the detail area has the whole comment.
    assert workspace.selected() == reviews.mug
    assert workspace.detail.toPlainText() == reviews.mug.comment
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_approve_by_button_writes_and_moves_on(
    qtbot: QtBot, ui_ctx: AppContext, people: People, services: Services, reviews: Reviews
) -> None:
    workspace = open_workspace(qtbot, ui_ctx, people.manager)
    assert workspace.selected() == reviews.mug
    qtbot.mouseClick(workspace.approve_button, Qt.MouseButton.LeftButton)
    assert not workspace.flag_button.isEnabled()  # disabled while the write runs
    wait_idle(qtbot, ui_ctx)
    assert status_in_db(services, people, reviews.mug) is ReviewStatus.APPROVED
    assert workspace.message.text() == "Blue Mug by alice: needs approval -> approved"
    # Updated in place, and the next review is ready for the next key.
    assert row_ids(workspace)[0] == reviews.mug.id
    assert workspace.model.data(workspace.model.index(0, 6)) == "approved"
    assert workspace.model.data(workspace.model.index(0, 7)) == "manager1"
    assert workspace.selected() == reviews.scarf


def test_keyboard_works_through_the_queue(
    qtbot: QtBot, ui_ctx: AppContext, people: People, services: Services, reviews: Reviews
) -> None:
    workspace = open_workspace(qtbot, ui_ctx, people.admin)
    workspace.table.setFocus()
    qtbot.keyClick(workspace.table, Qt.Key.Key_A)
    wait_idle(qtbot, ui_ctx)
    assert status_in_db(services, people, reviews.mug) is ReviewStatus.APPROVED
    assert workspace.message.text() == "Blue Mug by alice: needs approval -> approved"
    assert workspace.selected() == reviews.scarf

    qtbot.keyClick(workspace.table, Qt.Key.Key_F)
    wait_idle(qtbot, ui_ctx)
    assert status_in_db(services, people, reviews.scarf) is ReviewStatus.FLAGGED
    assert workspace.message.text() == "Red Scarf by bob: needs approval -> flagged"

    # The chord works from a filter box too, where a plain letter is just typing.
    workspace.customer_filter.setFocus()
    press_chord(qtbot, workspace, workspace.customer_filter, Qt.Key.Key_A, workspace.approve_button)
    assert workspace.customer_filter.text() == ""
    assert status_in_db(services, people, reviews.shirt_bob) is ReviewStatus.APPROVED
    assert workspace.message.text() == "Green T-Shirt by bob: needs approval -> approved"


def test_a_double_key_press_is_one_change(
    qtbot: QtBot, ui_ctx: AppContext, people: People, services: Services, reviews: Reviews
) -> None:
    workspace = open_workspace(qtbot, ui_ctx, people.manager)
    workspace.table.setFocus()
    qtbot.keyClick(workspace.table, Qt.Key.Key_A)
    qtbot.keyClick(workspace.table, Qt.Key.Key_A)  # while the first is still in flight
    wait_idle(qtbot, ui_ctx)
    assert status_in_db(services, people, reviews.mug) is ReviewStatus.APPROVED
    assert status_in_db(services, people, reviews.scarf) is ReviewStatus.NEEDS_APPROVAL
    assert workspace.selected() == reviews.scarf
    assert workspace.approve_button.isEnabled()


def test_flag_and_back_to_needs_approval(
    qtbot: QtBot, ui_ctx: AppContext, people: People, services: Services, reviews: Reviews
) -> None:
    workspace = open_workspace(qtbot, ui_ctx, people.manager)
    workspace.table.selectRow(3)
    assert workspace.selected().id == reviews.approved.id  # type: ignore[union-attr]
    assert not workspace.approve_button.isEnabled()  # already approved: nothing to do

    qtbot.mouseClick(workspace.flag_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ui_ctx)
    assert status_in_db(services, people, reviews.approved) is ReviewStatus.FLAGGED
    assert workspace.message.text() == "Green T-Shirt by alice: approved -> flagged"
    assert workspace.selected() is not None
    assert workspace.selected().id == reviews.approved.id  # the last row: stays put

    workspace.table.setFocus()
    press_chord(qtbot, workspace, workspace.table, Qt.Key.Key_N, workspace.back_button)
    assert status_in_db(services, people, reviews.approved) is ReviewStatus.NEEDS_APPROVAL
    assert workspace.message.text() == "Green T-Shirt by alice: flagged -> needs approval"
    assert "needs approval" in workspace.detail_title.text()


def test_status_filter_changes_the_rows(
    qtbot: QtBot, ui_ctx: AppContext, people: People, services: Services, reviews: Reviews
) -> None:
    services.reviews.moderate(people.manager, reviews.scarf.id, "flagged")
    workspace = open_workspace(qtbot, ui_ctx, people.manager)
    combo = workspace.status_filter

    combo.setCurrentIndex(combo.findText("Needs approval"))
    wait_idle(qtbot, ui_ctx)
    assert row_ids(workspace) == [reviews.mug.id, reviews.shirt_bob.id]

    combo.setCurrentIndex(combo.findText("Approved"))
    wait_idle(qtbot, ui_ctx)
    assert row_ids(workspace) == [reviews.approved.id]

    combo.setCurrentIndex(combo.findText("Flagged"))
    wait_idle(qtbot, ui_ctx)
    assert row_ids(workspace) == [reviews.scarf.id]
    assert workspace.count_label.text() == "1 review"

    combo.setCurrentIndex(combo.findText("All"))
    wait_idle(qtbot, ui_ctx)
    assert len(row_ids(workspace)) == 4


def test_product_and_customer_filters_change_the_rows(
    qtbot: QtBot, ui_ctx: AppContext, people: People, reviews: Reviews
) -> None:
    workspace = open_workspace(qtbot, ui_ctx, people.manager)

    qtbot.keyClicks(workspace.product_filter, "shirt")
    wait_filtered(qtbot, workspace)
    assert row_ids(workspace) == [reviews.shirt_bob.id, reviews.approved.id]

    qtbot.keyClicks(workspace.customer_filter, "ali")
    wait_filtered(qtbot, workspace)
    assert row_ids(workspace) == [reviews.approved.id]

    workspace.product_filter.clear()
    wait_filtered(qtbot, workspace)
    assert row_ids(workspace) == [reviews.mug.id, reviews.approved.id]

    workspace.customer_filter.setText("nobody")
    wait_filtered(qtbot, workspace)
    assert row_ids(workspace) == []
    assert workspace.count_label.text() == "0 reviews"
    assert not workspace.approve_button.isEnabled()


def test_cashier_cannot_moderate_and_nothing_changes(
    qtbot: QtBot, ui_ctx: AppContext, people: People, services: Services, reviews: Reviews
) -> None:
    workspace = open_workspace(qtbot, ui_ctx, people.cashier)
    refusal = workspace.message.text()
    assert refusal == "A cashier may not do this (reviews.moderate)"
    assert row_ids(workspace) == []
    for button in workspace.buttons.values():
        assert not button.isEnabled()
        assert button.toolTip() == "Only managers and admins moderate reviews"
    workspace.table.setFocus()
    qtbot.keyClick(workspace.table, Qt.Key.Key_A)
    qtbot.keyClick(workspace.table, Qt.Key.Key_F, CTRL_SHIFT)
    workspace.moderate(ReviewStatus.APPROVED)
    wait_idle(qtbot, ui_ctx)
    assert workspace.message.text() == refusal
    for review in (reviews.mug, reviews.scarf, reviews.shirt_bob):
        assert status_in_db(services, people, review) is ReviewStatus.NEEDS_APPROVAL
    assert status_in_db(services, people, reviews.approved) is ReviewStatus.APPROVED
