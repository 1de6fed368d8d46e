"""Variable-price products (issue 12): a product sold at the price its price-embedded
barcode carries keeps the label's prefix and item code as its barcode. Set through the
inventory service and the product CSV, on both databases."""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import STAFF_PASSWORD, People
from helpers import new_product

from pos_app.domain.enums import AuditAction
from pos_app.domain.errors import PermissionDeniedError, ValidationError
from pos_app.services import Services
from pos_app.services.product_csv import CSV_COLUMNS, read_product_csv, write_product_rows
from pos_app.services.product_fields import VARIABLE_PRICE_BARCODE
from pos_app.services.records import ManagerOverride, Product


def everything(services: Services, people: People) -> list[Product]:
    page = services.inventory.search(people.manager, include_inactive=True, limit=1000)
    return list(page.items)


def audit_count(services: Services, people: People) -> int:
    return services.audit.search(people.admin, limit=1000).total


def test_a_variable_price_product_is_added_with_its_label_code(
    services: Services, people: People
) -> None:
    cheese = services.inventory.add(
        people.manager,
        name="Cheddar (by weight)",
        category="food",
        price=Decimal("12.90"),  # the reference price per kilo: still a valid price
        barcode="2012345",
        variable_price=True,
    )
    assert (cheese.variable_price, cheese.barcode, cheese.price) == (
        True,
        "2012345",
        Decimal("12.90"),
    )
    assert services.inventory.get(people.cashier, cheese.id).variable_price is True
    assert services.inventory.get_by_barcode(people.cashier, "2012345").id == cheese.id
    plain = new_product(services, people.manager, "Mug", barcode="4006381333931")
    assert plain.variable_price is False


@pytest.mark.parametrize(
    "barcode",
    [None, "", "201234", "20123456", "3012345", "2O12345", "201234-", "2012345012344", "MUG-1"],
)
def test_a_variable_price_product_without_a_label_code_is_refused_and_nothing_is_written(
    services: Services, people: People, barcode: str | None
) -> None:
    before = audit_count(services, people)
    with pytest.raises(ValidationError) as refused:
        services.inventory.add(
            people.manager,
            name="Loose apples",
            category="food",
            price="3.20",
            stock=5,
            barcode=barcode,
            variable_price=True,
        )
    assert (refused.value.field, refused.value.message) == ("barcode", VARIABLE_PRICE_BARCODE)
    assert "7 digits, e.g. 2012345" in refused.value.message
    assert everything(services, people) == []
    assert audit_count(services, people) == before


def test_the_flag_must_be_yes_or_no(services: Services, people: People) -> None:
    with pytest.raises(ValidationError) as refused:
        services.inventory.add(
            people.manager,
            name="Ham",
            category="food",
            price="2.00",
            barcode="2012345",
            variable_price="yes",  # type: ignore[arg-type]
        )
    assert refused.value.field == "variable_price"
    ham = new_product(services, people.manager, "Ham", barcode="2012345")
    with pytest.raises(ValidationError) as again:
        services.inventory.update(people.manager, ham.id, {"variable_price": 1})
    assert again.value.field == "variable_price"
    assert services.inventory.get(people.manager, ham.id).variable_price is False


def test_update_checks_the_flag_against_the_barcode_kept_or_given(
    services: Services, people: People
) -> None:
    mug = new_product(services, people.manager, "Mug", "7.50", barcode="4006381333931")
    before = audit_count(services, people)

    def refused(changes: dict[str, object]) -> None:
        with pytest.raises(ValidationError) as caught:
            services.inventory.update(people.manager, mug.id, changes)
        assert (caught.value.field, caught.value.message) == ("barcode", VARIABLE_PRICE_BARCODE)

    # the flag alone, over a barcode that is not a label code: refused, nothing written
    refused({"variable_price": True})
    refused({"variable_price": True, "price": "9.99", "barcode": None})
    unchanged = services.inventory.get(people.manager, mug.id)
    assert unchanged == mug
    assert audit_count(services, people) == before

    # with a label code given at the same time: taken
    cheese = services.inventory.update(
        people.manager, mug.id, {"variable_price": True, "barcode": "2912345", "name": "Brie"}
    )
    assert (cheese.variable_price, cheese.barcode, cheese.name) == (True, "2912345", "Brie")
    page = services.audit.search(people.admin, action=AuditAction.PRODUCT_CHANGE.value, limit=100)
    assert any("barcode, name, variable_price" in row.detail for row in page.items)

    # the barcode alone, on a variable-price product: it must stay a label code
    refused({"barcode": "4006381333931"})
    refused({"barcode": None})
    refused({"barcode": "29123456"})
    assert services.inventory.get(people.manager, mug.id) == cheese
    moved = services.inventory.update(people.manager, mug.id, {"barcode": "2054321"})
    assert moved.barcode == "2054321"
    # other fields change without the barcode being looked at again
    assert services.inventory.update(people.manager, mug.id, {"price": "8.00"}).price == Decimal(
        "8.00"
    )

    # not variable-price any more: any barcode again
    back = services.inventory.update(
        people.manager, mug.id, {"variable_price": False, "barcode": "MUG-1"}
    )
    assert (back.variable_price, back.barcode) == (False, "MUG-1")


def test_a_cashier_changes_the_flag_only_with_a_manager(services: Services, people: People) -> None:
    ham = new_product(services, people.manager, "Ham", barcode="2012345")
    with pytest.raises(PermissionDeniedError, match="manager"):
        services.inventory.update(people.cashier, ham.id, {"variable_price": True})
    assert services.inventory.get(people.manager, ham.id).variable_price is False
    manager = ManagerOverride(people.manager.username, STAFF_PASSWORD)
    services.inventory.update(people.cashier, ham.id, {"variable_price": True}, manager)
    assert services.inventory.get(people.manager, ham.id).variable_price is True


# -- the product CSV ----------------------------------------------------------------------
def write_file(path: Path, header: list[str], *rows: list[str]) -> Path:
    lines = [",".join(header), *(",".join(row) for row in rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def import_file(services: Services, people: People, path: Path) -> list[str]:
    """Import the file as pos-admin and the Inventory screen do; the refusals, by line."""
    rows = read_product_csv(str(path))
    report = services.inventory.import_products(people.manager, [r.values for r in rows])
    return [f"line {rows[e.row - 1].line}: {e.message}" for e in report.errors]


def test_the_csv_carries_the_flag_there_and_back(
    services: Services, people: People, tmp_path: Path
) -> None:
    assert CSV_COLUMNS[-1] == "variable_price"
    header = list(CSV_COLUMNS)
    source = write_file(
        tmp_path / "in.csv",
        header,
        ["Cheddar", "food", "12.90", "by weight", "0", "2012345", "yes", "yes"],
        ["Mug", "accessories", "7.50", "", "4", "4006381333931", "yes", "no"],
        ["Scarf", "clothes", "19.99", "", "2", "", "no", ""],  # empty: not variable-price
    )
    assert import_file(services, people, source) == []
    flags = {p.name: (p.variable_price, p.barcode) for p in everything(services, people)}
    assert flags == {
        "Cheddar": (True, "2012345"),
        "Mug": (False, "4006381333931"),
        "Scarf": (False, None),
    }

    out = io.StringIO()
    write_product_rows(out, services.inventory.export_rows(people.manager))
    exported = tmp_path / "out.csv"
    exported.write_text(out.getvalue(), encoding="utf-8")
    rows = {r.values["name"]: r.values for r in read_product_csv(str(exported))}
    assert rows["Cheddar"]["variable_price"] == "yes"
    assert rows["Mug"]["variable_price"] == "no"
    assert rows["Scarf"]["variable_price"] == "no"
    assert rows["Cheddar"]["barcode"] == "2012345"


def test_a_file_without_the_column_imports_as_before(
    services: Services, people: People, tmp_path: Path
) -> None:
    old = ["name", "category", "price", "description", "stock", "barcode", "active"]
    path = write_file(tmp_path / "old.csv", old, ["Tea", "food", "2.50", "", "3", "2012345", "yes"])
    assert import_file(services, people, path) == []
    [tea] = everything(services, people)
    assert (tea.name, tea.barcode, tea.variable_price) == ("Tea", "2012345", False)


def test_an_import_with_a_bad_flag_or_code_names_the_lines_and_writes_nothing(
    services: Services, people: People, tmp_path: Path
) -> None:
    path = write_file(
        tmp_path / "bad.csv",
        ["name", "category", "price", "barcode", "variable_price"],
        ["Cheddar", "food", "12.90", "2012345", "yes"],
        ["Apples", "food", "3.20", "4006381333931", "yes"],
        ["Pears", "food", "2.10", "", "Y"],
        ["Plums", "food", "2.10", "2099999", "maybe"],
    )
    assert import_file(services, people, path) == [
        f"line 3: {VARIABLE_PRICE_BARCODE}",
        f"line 4: {VARIABLE_PRICE_BARCODE}",
        "line 5: Variable price must be yes or no",
    ]
    assert everything(services, people) == []
