"""Product categories: the names managers define, unique ignoring case, retired rather
than deleted."""

from __future__ import annotations

from pos_app.data import models
from pos_app.data.transaction import Transaction
from pos_app.domain import rules
from pos_app.domain.enums import AuditAction
from pos_app.domain.errors import NothingToChangeError, ValidationError, shown
from pos_app.services.audit_log import record_on
from pos_app.services.base import Service, check_id, found_row
from pos_app.services.permissions import Op, authorize
from pos_app.services.records import Actor, ProductCategory


def category_key(name: str) -> str:
    """Category names are unique ignoring case (and Unicode case, which SQLite's lower()
    does not fold): compared in Python over the small categories table."""
    return name.casefold()


def categories_by_key(tx: Transaction, *, lock: bool = False) -> dict[str, ProductCategory]:
    """Every category by its name's key; plain records, usable after the transaction."""
    return {
        category_key(row.name): to_category(row, count)
        for row, count in tx.products.categories(lock=lock)
    }


def category_for_product(known: dict[str, ProductCategory], name: str) -> str:
    """The defined category ``name`` names (ignoring case), if a product may be given it."""
    row = known.get(category_key(name))
    if row is None:
        raise ValidationError(f"There is no category {shown(name)}", "category")
    if not row.active:
        raise ValidationError(
            f"Category '{row.name}' is retired: choose another or reactivate it", "category"
        )
    return row.name


def to_category(row: models.ProductCategory, count: int) -> ProductCategory:
    return ProductCategory(
        id=row.id, name=row.name, active=row.active, products=count, tax_rate_id=row.tax_rate_id
    )


def _audit_category(
    tx: Transaction, actor: Actor, row: models.ProductCategory, detail: str
) -> None:
    """A category change is written, then audited: the one audit row of each."""
    tx.flush()
    record_on(tx, actor, AuditAction.CATEGORY_CHANGE, row, detail)


class ProductCategories(Service):
    """List, add, rename, retire and reactivate categories."""

    def categories(
        self, actor: Actor | None, *, include_retired: bool = True
    ) -> tuple[ProductCategory, ...]:
        """The categories managers defined, by name; retired ones too unless asked not."""
        authorize(actor, Op.PRODUCT_VIEW)
        everything = rules.flag(include_retired, "include_retired", "Include retired")

        def work(tx: Transaction) -> tuple[ProductCategory, ...]:
            return tuple(
                to_category(row, count)
                for row, count in tx.products.categories()
                if everything or row.active
            )

        return self._db.read(work)

    def add_category(self, actor: Actor | None, name: str) -> ProductCategory:
        """A new, active category; its name must differ from every other ignoring case."""
        checked = authorize(actor, Op.CATEGORY_MANAGE)
        clean = rules.category_name(name)

        def work(tx: Transaction) -> ProductCategory:
            existing = categories_by_key(tx, lock=True).get(category_key(clean))
            if existing is not None:
                raise ValidationError(f"Category '{existing.name}' already exists", "category")
            row = tx.products.add_category(clean)
            _audit_category(tx, checked, row, f"added {clean}")
            return to_category(row, 0)

        return self._write_new(work, f"Category '{clean}' already exists", "category")

    def rename_category(self, actor: Actor | None, category_id: int, name: str) -> ProductCategory:
        """A new name; its products follow (ON UPDATE CASCADE)."""
        checked = authorize(actor, Op.CATEGORY_MANAGE)
        clean = rules.category_name(name)
        row_id = check_id(category_id, "Category")

        def work(tx: Transaction) -> ProductCategory:
            known = categories_by_key(tx, lock=True)
            row = found_row(tx, models.ProductCategory, row_id, "Category")
            if row.name == clean:
                raise NothingToChangeError(f"Category '{clean}' already has that name")
            other = known.get(category_key(clean))
            if other is not None and other.id != row.id:
                raise ValidationError(f"Category '{other.name}' already exists", "category")
            old = row.name
            row.name = clean
            _audit_category(tx, checked, row, f"renamed {old} -> {clean}")
            return self._category(tx, row.id)

        return self._write_new(work, f"Category '{clean}' already exists", "category")

    def set_category_active(
        self, actor: Actor | None, category_id: int, active: bool
    ) -> ProductCategory:
        """Retire a category (its products keep it; no product is given it any more) or
        bring it back."""
        checked = authorize(actor, Op.CATEGORY_MANAGE)
        wanted = rules.flag(active, "active", "Active")
        row_id = check_id(category_id, "Category")

        def work(tx: Transaction) -> ProductCategory:
            row = found_row(tx, models.ProductCategory, row_id, "Category", lock=True)
            if row.active == wanted:
                state = "active" if wanted else "retired"
                raise NothingToChangeError(f"Category '{row.name}' is already {state}")
            row.active = wanted
            state = "reactivated" if wanted else "retired"
            _audit_category(tx, checked, row, f"{state} {row.name}")
            return self._category(tx, row.id)

        return self._db.write(work)

    @staticmethod
    def _category(tx: Transaction, category_id: int) -> ProductCategory:
        return next(to_category(r, n) for r, n in tx.products.categories() if r.id == category_id)
