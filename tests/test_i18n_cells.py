"""Table cells the program itself writes read in the counter's language (issue 17).

The widget walk of test_i18n.py leaves table cells out (most are the store's data: names,
usernames); these are the program's own words inside them, found English on the French
screenshots: the Sales history's "walk-in", "cash" and "split", a promotion's "running"
and "2026-11-27 to 2026-12-28", and the reasons the program writes into the wallet ledger
and the stock movements ("Purchase", "Refund: ...").
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from conftest import People
from helpers import cart, new_customer, new_product
from keyboard import cells
from pytestqt.qtbot import QtBot
from ui_helpers import show_workspace

from pos_app.domain.enums import PromotionKind
from pos_app.services import Services
from pos_app.ui.context import AppContext
from pos_app.ui.i18n import install_language
from pos_app.ui.pricing.promotions_panel import period, state
from pos_app.ui.reason_text import reason_text
from pos_app.ui.workspaces.sales import SalesWorkspace

pytestmark = pytest.mark.sqlite_only

ENGLISH_CODES = {"walk-in", "cash", "split", "wallet", "card"}


@pytest.fixture
def language(qapp: object) -> Iterator[Callable[[str], str]]:
    """Install a language for the test; English again afterwards (other tests read it)."""
    yield install_language
    install_language("en")


def two_sales(services: Services, people: People) -> None:
    """A walk-in paying cash, and a customer paying part from the wallet (split)."""
    bread = new_product(services, people.manager, "Bread", "2.25", 100, "222")
    ann = new_customer(services, people.cashier, "ann", "100.00")
    services.sales.checkout(people.cashier, cart((bread.id, 1), cash_tendered=Decimal("5.00")))
    services.sales.checkout(
        people.cashier,
        cart(
            (bread.id, 2),
            customer_id=ann.id,
            wallet_amount=Decimal("1.00"),
            cash_tendered=Decimal("5.00"),
        ),
    )


@pytest.mark.parametrize(
    ("lang", "walk_in", "cash", "split"),
    [("fr", "de passage", "espèces", "mixte"), ("ar", "زبون عابر", "نقداً", "مقسّم")],
)
def test_the_sales_history_names_the_customer_and_payment_in_the_counter_s_language(
    qtbot: QtBot,
    ui_ctx: AppContext,
    services: Services,
    people: People,
    language: Callable[[str], str],
    lang: str,
    walk_in: str,
    cash: str,
    split: str,
) -> None:
    two_sales(services, people)
    assert language(lang) == lang
    workspace = show_workspace(qtbot, SalesWorkspace(ui_ctx, people.manager), 1366, 700)
    rows = cells(workspace.table)
    assert len(rows) == 2, rows
    by_customer = {row[2]: row for row in rows}
    assert set(by_customer) == {walk_in, "ann"}, rows
    assert cash in by_customer[walk_in]
    assert split in by_customer["ann"]
    assert not ENGLISH_CODES & {cell for row in rows for cell in row}, rows


def test_english_still_reads_the_codes(
    qtbot: QtBot, ui_ctx: AppContext, services: Services, people: People
) -> None:
    two_sales(services, people)
    workspace = show_workspace(qtbot, SalesWorkspace(ui_ctx, people.manager), 1366, 700)
    by_customer = {row[2]: row for row in cells(workspace.table)}
    assert "cash" in by_customer["walk-in"]
    assert "split" in by_customer["ann"]


def test_a_promotion_s_days_and_state_in_french(
    services: Services, people: People, language: Callable[[str], str]
) -> None:
    bread = new_product(services, people.manager, "Bread", "2.25", 100, "222")
    now = datetime.now(UTC)
    running = services.promotions.add(
        people.manager,
        name="Deux pains",
        kind=PromotionKind.MULTI_BUY,
        starts_at=now - timedelta(days=1),
        ends_at=now + timedelta(days=5),
        product_ids=(bread.id,),
        quantity=2,
        price="4.00",
    )
    assert (state(running), " to " in period(running)) == ("running", True)
    language("fr")
    first = running.starts_at.astimezone().date().isoformat()
    assert period(running).startswith(f"du {first} au ")
    assert state(running) == "en cours"


@pytest.mark.parametrize(
    ("stored", "french"),
    [
        ("Purchase", "Achat"),
        ("Sale", "Vente"),
        ("Opening stock", "Stock initial"),
        ("Refund: scratched lid", "Remboursement : scratched lid"),
        ("Void: wrong item", "Annulation : wrong item"),
        ("Delivery", "Delivery"),  # typed by a person: as typed
        ("", ""),
    ],
)
def test_the_reasons_the_program_writes_read_in_french(
    language: Callable[[str], str], stored: str, french: str
) -> None:
    assert reason_text(stored) == stored
    language("fr")
    assert reason_text(stored) == french
