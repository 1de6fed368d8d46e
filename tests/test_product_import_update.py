"""An edited product export imports back (``update_existing``): the products the store
has take the file's name, category, price, description and flags, each change audited;
their stock is left to restocks and counts; the new rows are added; all or nothing."""

from __future__ import annotations

from decimal import Decimal

from conftest import People
from helpers import new_product

from pos_app.domain.enums import AuditAction
from pos_app.services import Services
from pos_app.services.records import Product, RowPlan


def exported(services: Services, people: People) -> list[dict[str, str]]:
    return list(services.inventory.export_rows(people.manager))


def audit(services: Services, people: People, action: AuditAction) -> list[str]:
    page = services.audit.search(people.admin, action=action.value, limit=50)
    return [row.detail for row in page.items]


def by_name(services: Services, people: People) -> dict[str, Product]:
    page = services.inventory.search(people.manager, include_inactive=True, limit=100)
    return {product.name: product for product in page.items}


def test_an_edited_export_updates_the_products_and_adds_the_new_rows(
    services: Services, people: People
) -> None:
    mug = new_product(services, people.manager, "Blue Mug", "4.50", 10, "1002")
    new_product(services, people.manager, "Scarf", "12.00", 4, "1003")
    new_product(services, people.manager, "Loose Tea", "2.25", 7)  # no barcode
    rows = exported(services, people)
    for row in rows:
        if row["name"] == "Blue Mug":
            row["price"] = "4.95"
            row["stock"] = "99"  # the spreadsheet's stock is not the shelf's: kept
        if row["name"] == "Loose Tea":
            row["description"] = "By the 100 g"
    rows.append({"name": "Red Scarf", "category": "clothes", "price": "13.00", "stock": "2"})

    preview = services.inventory.import_products(
        people.manager, rows, update_existing=True, dry_run=True
    )
    assert (preview.imported, preview.updated, preview.unchanged) == (1, 2, 1)
    assert (preview.new_prices, preview.stock_kept, preview.errors) == (1, 1, ())
    assert preview.rows == (  # what the preview shows against each row
        RowPlan(1, "update", ("price_cents",), Decimal("4.50")),
        RowPlan(2, "same"),
        RowPlan(3, "update", ("description",)),
        RowPlan(4, "new"),
    )
    assert len(by_name(services, people)) == 3  # the dry run wrote nothing
    assert services.inventory.get(people.manager, mug.id).price == Decimal("4.50")

    report = services.inventory.import_products(people.manager, rows, update_existing=True)
    assert report == preview
    shelf = by_name(services, people)
    assert sorted(shelf) == ["Blue Mug", "Loose Tea", "Red Scarf", "Scarf"]
    assert (shelf["Blue Mug"].id, shelf["Blue Mug"].price) == (mug.id, Decimal("4.95"))
    assert shelf["Blue Mug"].stock == 10
    assert shelf["Loose Tea"].description == "By the 100 g"
    assert shelf["Red Scarf"].stock == 2
    assert audit(services, people, AuditAction.PRICE_CHANGE) == ["Blue Mug: 4.50 -> 4.95; imported"]
    assert audit(services, people, AuditAction.PRODUCT_CHANGE)[:2] == [
        "imported 1 products, updated 2",
        "Loose Tea: description; imported",
    ]
    # Once more: every row is now a product the store has, by barcode or by name.
    again = services.inventory.import_products(people.manager, rows, update_existing=True)
    assert (again.imported, again.updated, again.unchanged) == (0, 0, 4)


def test_without_update_a_known_barcode_is_refused_as_before(
    services: Services, people: People
) -> None:
    new_product(services, people.manager, "Blue Mug", "4.50", 10, "1002")
    rows = exported(services, people)
    report = services.inventory.import_products(people.manager, rows)
    assert report.imported == 0
    assert [(e.row, e.message) for e in report.errors] == [(1, "Barcode 1002 is already used")]


def test_rows_that_cannot_say_which_product_they_are_are_refused_and_nothing_changes(
    services: Services, people: People
) -> None:
    new_product(services, people.manager, "Bread", "2.00", 5)
    new_product(services, people.manager, "Bread", "2.10", 5)  # two, neither with a barcode
    new_product(services, people.manager, "Jam", "3.00", 5)
    new_product(services, people.manager, "Honey", "5.00", 5, "1004")
    rows = [
        {"name": "Bread", "category": "clothes", "price": "2.20"},
        {"name": "Jam", "category": "clothes", "price": "3.10"},
        {"name": "Jam", "category": "clothes", "price": "3.20"},
        {"name": "Honey", "category": "clothes", "price": "5.50", "barcode": "1004"},
    ]
    report = services.inventory.import_products(people.manager, rows, update_existing=True)
    assert report.imported == report.updated == 0
    assert [(e.row, e.message) for e in report.errors] == [
        (
            1,
            "2 products without a barcode are named 'Bread': give the row the barcode of "
            "the one it is",
        ),
        (3, "Row 2 is the same product"),
    ]
    prices = sorted(p.price for p in by_name(services, people).values())
    assert prices == [Decimal("2.10"), Decimal("3.00"), Decimal("5.00")]
    assert audit(services, people, AuditAction.PRICE_CHANGE) == []


def test_a_product_keeps_its_retired_category_but_a_new_row_may_not_take_it(
    services: Services, people: People
) -> None:
    food = next(c for c in services.inventory.categories(people.manager) if c.name == "food")
    bread = new_product(services, people.manager, "Bread", "2.00", 5, "1005", category="food")
    services.inventory.set_category_active(people.manager, food.id, False)
    bread_row = {"name": "Bread", "category": "FOOD", "price": "2.40", "barcode": "1005"}
    report = services.inventory.import_products(people.manager, [bread_row], update_existing=True)
    assert (report.updated, report.new_prices, report.errors) == (1, 1, ())
    kept = services.inventory.get(people.manager, bread.id)
    assert (kept.category, kept.price) == ("food", Decimal("2.40"))
    jam_row = {"name": "Jam", "category": "food", "price": "3.00"}
    refused = services.inventory.import_products(
        people.manager, [bread_row, jam_row], update_existing=True
    )
    assert refused.imported == 0 and refused.updated == 0
    assert [e.row for e in refused.errors] == [2] and "retired" in refused.errors[0].message
