"""Store credit offline by a lease (issue 15) at the screens: a manager turns it on and
sets the allowance in Pricing by keys; attaching a customer at an online counter then
reserves their allowance for this counter."""

from __future__ import annotations

from decimal import Decimal

from conftest import People
from helpers import new_customer
from keyboard import (
    ALT,
    CTRL,
    enter,
    focused,
    go_to,
    open_counter,
    press,
    seen_words,
    settle,
    type_text,
)
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pos_app.data.database import Database
from pos_app.data.lease_models import CreditLease
from pos_app.services import Services
from pos_app.ui.context import AppContext

Key = Qt.Key


def keys(qtbot: QtBot, ctx: AppContext, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    press(qtbot, key, modifiers)
    qtbot.wait(150)
    settle(qtbot, ctx)


def test_a_manager_allows_store_credit_offline_and_an_attach_reserves_it(
    qtbot: QtBot, ui_ctx: AppContext, people: People, services: Services, db: Database
) -> None:
    customer = new_customer(services, people.manager, "johndoe", "50.00")
    window = open_counter(qtbot, ui_ctx, people.manager)
    go_to(qtbot, ui_ctx, window, "Pricing")
    keys(qtbot, ui_ctx, Key.Key_Z, ALT)  # Authori&ze store credit offline
    assert focused().objectName() == "store_credit_offline"
    press(qtbot, Key.Key_Down)  # Yes
    keys(qtbot, ui_ctx, Key.Key_Q, ALT)  # Offline allowance, e&qual per counter
    assert focused().objectName() == "offline_credit_allowance"
    assert focused().text() == "20.00"  # the default
    press(qtbot, Key.Key_A, CTRL)
    type_text(qtbot, "0")
    keys(qtbot, ui_ctx, Key.Key_S, CTRL)
    assert "The offline store credit allowance must be more than 0.00" in seen_words(window)
    assert not services.taxes.settings(people.manager).store_credit_offline  # nothing saved
    press(qtbot, Key.Key_A, CTRL)
    type_text(qtbot, "15.00")
    keys(qtbot, ui_ctx, Key.Key_S, CTRL)
    saved = services.taxes.settings(people.manager)
    assert (saved.store_credit_offline, saved.offline_credit_allowance) == (True, Decimal(15))

    go_to(qtbot, ui_ctx, window, "Checkout")
    press(qtbot, Key.Key_K, CTRL)
    type_text(qtbot, "johndoe")
    enter(qtbot)
    settle(qtbot, ui_ctx)
    assert "Johndoe (johndoe)" in seen_words(window)
    ui_ctx.tasks.wait()
    leases = db.read(
        lambda tx: tx.session.execute(
            select(CreditLease.counter, CreditLease.reserved_cents).where(
                CreditLease.customer_id == customer.id
            )
        ).all()
    )
    # Only a counter on a server can lose it: on a SQLite file there is nothing to lease.
    on_server = db.backend == "postgresql"
    expected = [(ui_ctx.settings.counter_name, 1500)] if on_server else []
    assert [tuple(r) for r in leases] == expected
