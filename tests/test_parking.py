"""Parking and resuming on both databases: a key makes each step safe to send again, and a
resume is one swap that cannot lose either cart. The counter's own file keeps the cart on
screen."""

from __future__ import annotations

import uuid
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import People
from helpers import new_customer, new_product
from sqlalchemy import func, select

from pos_app.data import models
from pos_app.data.database import Database
from pos_app.domain.errors import NotFoundError, ValidationError
from pos_app.services import Services
from pos_app.services.drafts import CartDraft, CartDraftService, CounterFileUnavailableError
from pos_app.services.records import CartLine, DiscountRequest

COUNTER = "Counter 1"


def rows(db: Database) -> int:
    return int(
        db.read(lambda s: s.session.scalar(select(func.count()).select_from(models.ParkedCart)))
    )


@pytest.fixture
def lines(services: Services, people: People) -> dict[str, tuple[CartLine, ...]]:
    mug = new_product(services, people.manager, "Mug", "4.50", 10, "2001")
    cap = new_product(services, people.manager, "Cap", "7.00", 10, "2002")
    return {
        "mugs": (CartLine(mug.id, 2, Decimal("4.50")),),
        "cap": (CartLine(cap.id, 1, Decimal("7.00")),),
    }


def test_a_park_sent_twice_with_its_key_is_one_parked_cart(
    services: Services, people: People, db: Database, lines: dict[str, tuple[CartLine, ...]]
) -> None:
    key = str(uuid.uuid4())
    first = services.parked.park(people.cashier, COUNTER, lines["mugs"], key=key, note="blue coat")
    again = services.parked.park(people.cashier, COUNTER, lines["mugs"], key=key)
    assert again.id == first.id
    assert rows(db) == 1
    assert first.note == "blue coat" and first.units == 2 and first.total == Decimal("9.00")


def test_resume_swaps_the_carts_in_one_step_and_a_repeat_answers_the_same(
    services: Services, people: People, db: Database, lines: dict[str, tuple[CartLine, ...]]
) -> None:
    customer = new_customer(services, people.cashier, "johndoe")
    waiting = services.parked.park(
        people.cashier, COUNTER, lines["mugs"], customer_id=customer.id, label="Johndoe"
    )
    key = str(uuid.uuid4())
    swap = services.parked.swap(people.cashier, COUNTER, key, waiting.id, lines["cap"])
    assert swap.taken.id == waiting.id and swap.taken.customer_id == customer.id
    assert swap.taken.lines == lines["mugs"]
    assert swap.parked is not None and swap.parked.lines == lines["cap"]
    # the taken cart is off the list, but kept until the counter says it holds it
    assert [c.id for c in services.parked.list(people.cashier, COUNTER)] == [swap.parked.id]
    assert rows(db) == 2

    repeat = services.parked.swap(people.cashier, COUNTER, key, waiting.id, lines["cap"])
    assert repeat == swap  # the lost answer, asked again: nothing new written
    assert rows(db) == 2

    services.parked.forget(people.cashier, key)
    services.parked.forget(people.cashier, key)  # forgetting twice is harmless
    assert rows(db) == 1
    with pytest.raises(NotFoundError, match="already resumed"):
        services.parked.swap(people.cashier, COUNTER, str(uuid.uuid4()), waiting.id)


def test_a_parked_cart_keeps_each_lines_price_and_discount(
    services: Services, people: People, lines: dict[str, tuple[CartLine, ...]]
) -> None:
    """Two packs of one product at their labels' prices, one with a discount: parked and
    taken back exactly as they were (the sale checks them again when it is sold)."""
    (mugs,) = lines["mugs"]
    packs = (
        CartLine(mugs.product_id, 1, Decimal("3.10"), DiscountRequest("Chipped", Decimal(10))),
        CartLine(mugs.product_id, 1, Decimal("5.25")),
    )
    parked = services.parked.park(people.cashier, COUNTER, packs)
    assert parked.lines == packs
    taken = services.parked.swap(people.cashier, COUNTER, str(uuid.uuid4()), parked.id).taken
    assert taken.lines == packs


def test_a_cart_taken_by_one_resume_cannot_be_taken_by_another(
    services: Services, people: People, lines: dict[str, tuple[CartLine, ...]]
) -> None:
    waiting = services.parked.park(people.cashier, COUNTER, lines["mugs"])
    services.parked.swap(people.cashier, COUNTER, str(uuid.uuid4()), waiting.id)
    with pytest.raises(NotFoundError):
        services.parked.swap(people.cashier, "Counter 2", str(uuid.uuid4()), waiting.id)
    with pytest.raises(NotFoundError):
        services.parked.resume(people.cashier, waiting.id)


def test_a_refused_swap_changes_nothing(
    services: Services, people: People, db: Database, lines: dict[str, tuple[CartLine, ...]]
) -> None:
    waiting = services.parked.park(people.cashier, COUNTER, lines["mugs"])
    with pytest.raises(NotFoundError):  # the cart on screen names a customer that is gone
        services.parked.swap(
            people.cashier, COUNTER, str(uuid.uuid4()), waiting.id, lines["cap"], customer_id=9999
        )
    with pytest.raises(ValidationError, match="not a UUID"):
        services.parked.swap(people.cashier, COUNTER, "not-a-key", waiting.id, lines["cap"])
    assert [c.id for c in services.parked.list(people.cashier, COUNTER)] == [waiting.id]
    assert rows(db) == 1


def test_the_counter_file_keeps_the_cart_on_screen(tmp_path: Path) -> None:
    drafts = CartDraftService(tmp_path / "counter.sqlite")
    assert drafts.load(COUNTER) is None
    draft = CartDraft(
        lines=(CartLine(1, 2, Decimal("4.50")), CartLine(2, 1, None)),
        customer_id=7,
        cashier="cashier1",
        sale_uuid=str(uuid.uuid4()),
        names={1: "Mug", 2: "Cap"},
    )
    drafts.save(COUNTER, draft)
    # a second process (the next start) reads what the first wrote
    assert CartDraftService(tmp_path / "counter.sqlite").load(COUNTER) == draft
    assert drafts.load("Counter 2") is None
    drafts.save(COUNTER, CartDraft())  # an empty cart on screen leaves nothing behind
    assert drafts.load(COUNTER) is None


def test_an_unwritable_counter_file_says_so(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    drafts = CartDraftService(blocker / "counter.sqlite")
    with pytest.raises(CounterFileUnavailableError, match="cannot be saved"):
        drafts.save(COUNTER, CartDraft(lines=(CartLine(1, 1, None),)))
