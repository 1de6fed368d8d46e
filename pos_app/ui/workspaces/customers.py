"""Customers: find, register, edit and delete customers; their wallet, purchases and reviews.

The tables shared with the customer's own page (ledger, purchases, reviews) live here too.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain import rules
from pos_app.domain.enums import MaritalStatus, PaymentMethod
from pos_app.domain.errors import ValidationError
from pos_app.domain.money import format_money
from pos_app.services.permissions import Op, allowed, needs_override
from pos_app.services.records import (
    Actor,
    Customer,
    DeleteOutcome,
    Page,
    Review,
    Sale,
    SaleLine,
    WalletEntry,
    WalletMovement,
)
from pos_app.ui.context import AppContext
from pos_app.ui.dialogs import FormDialog, ManagerApprovalDialog, password_field
from pos_app.ui.forms import named
from pos_app.ui.table_model import (
    Column,
    PagedLoader,
    RecordRole,
    RecordTableModel,
    debounce,
)
from pos_app.ui.tasks import ErrorCallback
from pos_app.ui.widgets import confirm, current_record, empty_page, record_table, tool_button
from pos_app.ui.workspaces.base import Workspace

SEARCH_DELAY_MS = 150
DETAIL_PAGE = 100
#: Wide enough that a field's validation message fits on a line or two.
DIALOG_MIN_WIDTH = 440

CUSTOMER_COLUMNS: list[Column[Customer]] = [
    Column("Username", lambda c: c.username, "username"),
    Column("Name", lambda c: c.name, "name"),
    Column("Phone", lambda c: c.phone),
    Column("E-mail", lambda c: c.email),
    Column("Age", lambda c: c.age, "age", numeric=True),
    Column("Balance", lambda c: c.balance, "balance", numeric=True),
    Column("Active", lambda c: c.active),
    Column("Marital status", lambda c: c.marital_status),
    Column("Since", lambda c: c.created_at, "created"),
]
#: Columns only those who may edit customers see (a cashier's records have them blank).
PERSONAL_COLUMNS = ("Age", "Marital status")

LEDGER_COLUMNS: list[Column[WalletEntry]] = [
    Column("When", lambda e: e.created_at),
    Column("Kind", lambda e: e.kind),
    Column("Amount", lambda e: e.amount, numeric=True),
    Column("Balance after", lambda e: e.balance_after, numeric=True),
    Column("By", lambda e: e.actor_username),
    Column("Reason", lambda e: e.reason),
]


def _paid(sale: Sale, method: PaymentMethod) -> object:
    amount = sale.paid_by(method)
    return amount if amount else None


SALE_COLUMNS: list[Column[Sale]] = [
    Column("When", lambda s: s.created_at),
    Column("Sale", lambda s: s.id, numeric=True),
    Column("Items", lambda s: sum(line.quantity for line in s.lines), numeric=True),
    Column("Total", lambda s: s.total, numeric=True),
    Column("Wallet", lambda s: _paid(s, PaymentMethod.WALLET), numeric=True),
    Column("Cash", lambda s: _paid(s, PaymentMethod.CASH), numeric=True),
    Column("Card", lambda s: _paid(s, PaymentMethod.CARD), numeric=True),
    Column("Cashier", lambda s: s.cashier_username),
    Column("Counter", lambda s: s.counter),
]

SALE_LINE_COLUMNS: list[Column[SaleLine]] = [
    Column("Product", lambda line: line.product_name),
    Column("Quantity", lambda line: line.quantity, numeric=True),
    Column("Unit price", lambda line: line.unit_price, numeric=True),
    Column("Line total", lambda line: line.line_total, numeric=True),
]

REVIEW_COLUMNS: list[Column[Review]] = [
    Column("Product", lambda r: r.product_name),
    Column("Rating", lambda r: r.rating, numeric=True),
    Column("Status", lambda r: r.status),
    Column("Comment", lambda r: r.comment),
    Column("Updated", lambda r: r.updated_at),
]


# -- building blocks shared with the self-service page ------------------------------------
def panel_table(model: RecordTableModel[Any], name: str, parent: QWidget) -> QTableView:
    """A read-only table of the customer panels; Tab leaves it instead of walking its cells,
    so the keyboard path stays short."""
    # A stretched amount column would push its numbers far from their labels.
    stretch = 0 if model.columns[-1].numeric else None
    return record_table(model, name, parent, stretch=stretch, tab_leaves=True)


class PurchasesView(QWidget):
    """Sales, newest first, and the lines of the one selected below them."""

    def __init__(self, ctx: AppContext, on_error: ErrorCallback, parent: QWidget) -> None:
        super().__init__(parent)
        self.sales_model: RecordTableModel[Sale] = RecordTableModel(SALE_COLUMNS, self)
        self.lines_model: RecordTableModel[SaleLine] = RecordTableModel(SALE_LINE_COLUMNS, self)
        self.loader = PagedLoader(self.sales_model, ctx.tasks, on_error, DETAIL_PAGE)
        self.sales_table = panel_table(self.sales_model, "salesTable", self)
        self.lines_table = panel_table(self.lines_model, "saleLinesTable", self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.sales_table)
        splitter.addWidget(self.lines_table)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.sales_table.selectionModel().currentRowChanged.connect(self._sale_changed)
        self.sales_model.modelReset.connect(lambda: self.lines_model.set_rows([]))
        self.loader.loaded.connect(self._list_loaded)

    def load(self, fetch: Callable[[int, int], Page[Sale]]) -> None:
        self.loader.reload(fetch)

    def _list_loaded(self, total: int) -> None:
        if total:
            self.sales_table.selectRow(0)
        self.sales_table.resizeColumnsToContents()

    def _sale_changed(self, current: QModelIndex | QPersistentModelIndex, *_: object) -> None:
        sale = self.sales_model.data(current, RecordRole) if current.isValid() else None
        self.lines_model.set_rows(sale.lines if sale is not None else [])
        self.lines_table.resizeColumnsToContents()


def sees_personal(actor: Actor) -> bool:
    """Age, gender, marital status and address are shown to those who may edit customers."""
    return allowed(actor.role, Op.CUSTOMER_UPDATE)


def _marital_combo() -> QComboBox:
    combo = named(QComboBox(), "marital_status")
    combo.addItem("Not given", "")
    for status in MaritalStatus:
        combo.addItem(status.value.title(), status.value)
    return combo


class _Unset:
    """The age field could not be read; its error is on the form."""


UNSET = _Unset()


def _age(form_dialog: FormDialog, text: str) -> int | _Unset | None:
    """The age typed (None when left empty), or UNSET after showing why it is not one
    (before anything is sent)."""
    try:
        return rules.optional_age(text)
    except ValidationError as exc:
        form_dialog.form.show_error(exc)
        return UNSET


def _contact_fields(
    form_dialog: FormDialog, customer: Customer | None
) -> tuple[QLineEdit, QLineEdit]:
    phone = named(QLineEdit(customer.phone if customer else ""), "phone")
    phone.setMaxLength(rules.PHONE_MAX)
    phone.setPlaceholderText("optional; digits, spaces, + - ( )")
    email = named(QLineEdit(customer.email if customer else ""), "email")
    email.setMaxLength(rules.EMAIL_MAX)
    email.setPlaceholderText("optional; name@example.com")
    form_dialog.form.add("phone", "P&hone", phone)
    form_dialog.form.add("email", "E-mai&l", email)
    return phone, email


# -- dialogs -------------------------------------------------------------------------------
class RegisterCustomerDialog(FormDialog):
    """Username, password and name; phone and e-mail optional. Age, marital status,
    gender and address (all optional) only for those who may edit customers."""

    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "Register a customer", parent)
        self.setMinimumWidth(DIALOG_MIN_WIDTH)
        self._actor = actor
        self.personal = sees_personal(actor)
        self.username = named(QLineEdit(), "username")
        self.username.setPlaceholderText("3-32 of a-z, 0-9, . _ -")
        self.password = password_field("password")
        self.name = named(QLineEdit(), "name")
        self.age = named(QLineEdit(), "age")
        self.age.setMaxLength(4)
        self.age.setPlaceholderText("optional; years")
        self.marital_status = _marital_combo()
        self.gender = named(QLineEdit(), "gender")
        self.gender.setPlaceholderText("optional")
        self.address = named(QLineEdit(), "address")
        self.address.setPlaceholderText("optional")
        self.form.add("username", "&Username", self.username)
        self.form.add("password", "&Password", self.password)
        self.form.add("name", "&Name", self.name)
        self.phone, self.email = _contact_fields(self, None)
        if self.personal:
            self.form.add("age", "A&ge", self.age)
            self.form.add("marital_status", "&Marital status", self.marital_status)
            self.form.add("gender", "G&ender", self.gender)
            self.form.add("address", "A&ddress", self.address)

    def work(self) -> Callable[[], Any] | None:
        details: dict[str, Any] = {}
        if self.personal:
            age = _age(self, self.age.text())
            if isinstance(age, _Unset):
                return None
            details = {
                "age": age,
                "marital_status": str(self.marital_status.currentData()) or None,
                "gender": self.gender.text(),
                "address": self.address.text(),
            }
        values: dict[str, Any] = {
            "username": self.username.text(),
            "password": self.password.text(),
            "name": self.name.text(),
            "phone": self.phone.text(),
            "email": self.email.text(),
            **details,
        }
        return lambda: self.ctx.services.customers.register(self._actor, **values)


class EditCustomerDialog(FormDialog):
    """Sends only the fields that differ from what the customer had."""

    def __init__(
        self, ctx: AppContext, actor: Actor, customer: Customer, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, f"Edit customer {customer.username}", parent)
        self.setMinimumWidth(DIALOG_MIN_WIDTH)
        self._actor = actor
        self.customer = customer
        self.name = named(QLineEdit(customer.name), "name")
        self.age = named(QLineEdit("" if customer.age is None else str(customer.age)), "age")
        self.age.setMaxLength(4)
        self.age.setPlaceholderText("optional; years")
        self.address = named(QLineEdit(customer.address), "address")
        self.gender = named(QLineEdit(customer.gender), "gender")
        self.marital_status = _marital_combo()
        self.marital_status.setCurrentIndex(
            self.marital_status.findData(
                customer.marital_status.value if customer.marital_status else ""
            )
        )
        self.form.add("name", "&Name", self.name)
        self.phone, self.email = _contact_fields(self, customer)
        self.form.add("age", "A&ge", self.age)
        self.form.add("address", "A&ddress", self.address)
        self.form.add("gender", "G&ender", self.gender)
        self.form.add("marital_status", "&Marital status", self.marital_status)

    def changes(self) -> dict[str, object] | None:
        """The edited fields only; None after an inline error."""
        before = self.customer
        age = _age(self, self.age.text())
        if isinstance(age, _Unset):
            return None
        typed: dict[str, object] = {
            "name": self.name.text().strip(),
            "phone": self.phone.text().strip(),
            "email": self.email.text().strip(),
            "age": age,
            "address": self.address.text().strip(),
            "gender": self.gender.text().strip(),
            "marital_status": str(self.marital_status.currentData()) or None,
        }
        old: dict[str, object] = {
            "name": before.name,
            "phone": before.phone,
            "email": before.email,
            "age": before.age,
            "address": before.address,
            "gender": before.gender,
            "marital_status": before.marital_status.value if before.marital_status else None,
        }
        return {key: value for key, value in typed.items() if value != old[key]}

    def work(self) -> Callable[[], Any] | None:
        changes = self.changes()
        if changes is None:
            return None
        # No change at all still goes to the service: its NothingToChangeError is the message.
        customer_id = self.customer.id
        return lambda: self.ctx.services.customers.update(self._actor, customer_id, changes)


class TopUpDialog(FormDialog):
    def __init__(
        self, ctx: AppContext, actor: Actor, customer: Customer, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, f"Top up {customer.username}", parent)
        self.setMinimumWidth(DIALOG_MIN_WIDTH)
        self._actor = actor
        self.customer = customer
        self.form.layout.addRow(
            QLabel(f"{customer.name}: balance {format_money(customer.balance)}")
        )
        self.amount = named(QLineEdit(), "amount")
        self.amount.setPlaceholderText("e.g. 20.00")
        self.reason = named(QLineEdit(), "reason")
        self.reason.setPlaceholderText("optional")
        # How the customer paid: the Z report counts cash top-ups in this counter's drawer.
        self.method = named(QComboBox(), "topUpMethod")
        self.method.addItem("Cash (into this drawer)", "cash")
        self.method.addItem("Card (external terminal)", "card")
        self.method.setCurrentIndex(0)
        self.form.add("amount", "&Amount", self.amount)
        self.form.add("method", "Paid &by", self.method)
        self.form.add("reason", "&Reason", self.reason)
        self.amount.setFocus()

    def work(self) -> Callable[[], Any] | None:
        # The service parses the text exactly (Decimal, at most two decimals, never a float).
        amount, reason, customer_id = self.amount.text(), self.reason.text(), self.customer.id
        method, counter = str(self.method.currentData()), self.ctx.settings.counter_name
        return lambda: self.ctx.services.wallets.top_up(
            self._actor, customer_id, amount, reason, method=method, counter=counter
        )


# -- the detail panel ----------------------------------------------------------------------
class CustomerDetail(QWidget):
    """The selected customer: wallet balance, ledger, purchases and reviews."""

    def __init__(
        self, ctx: AppContext, actor: Actor, on_error: ErrorCallback, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.actor = actor
        self.customer: Customer | None = None
        self.title = named(QLabel("No customer selected", self), "customerTitle")
        self.title.setWordWrap(True)
        self.facts = named(QLabel(self), "customerFacts")
        self.facts.setWordWrap(True)
        self.balance_label = named(QLabel(self), "bigNumber")
        self.balance_label.setAccessibleName("Wallet balance")

        self.ledger_model: RecordTableModel[WalletEntry] = RecordTableModel(LEDGER_COLUMNS, self)
        self.reviews_model: RecordTableModel[Review] = RecordTableModel(REVIEW_COLUMNS, self)
        self.ledger_loader = PagedLoader(self.ledger_model, ctx.tasks, on_error, DETAIL_PAGE)
        self.reviews_loader = PagedLoader(self.reviews_model, ctx.tasks, on_error, DETAIL_PAGE)
        self.ledger_table = panel_table(self.ledger_model, "ledgerTable", self)
        self.reviews_table = panel_table(self.reviews_model, "customerReviewsTable", self)
        self.purchases = PurchasesView(ctx, on_error, self)
        self.ledger_loader.loaded.connect(lambda _n: self.ledger_table.resizeColumnsToContents())

        self.tabs = named(QTabWidget(self), "customerTabs")
        self.tabs.addTab(self.ledger_table, "Wa&llet")
        self.tabs.addTab(self.purchases, "&Purchases")
        self.tabs.addTab(self.reviews_table, "Revie&ws")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addWidget(self.balance_label)
        layout.addWidget(self.tabs, 1)
        self.show_customer(None)

    def show_customer(self, customer: Customer | None) -> None:
        """Show ``customer`` and fetch their ledger, purchases and reviews afresh."""
        self.customer = customer
        if customer is None:
            self.title.setText("No customer selected")
            self.facts.clear()
            self.balance_label.clear()
            # A newer (empty) query also drops pages still arriving for the previous one.
            self.ledger_loader.reload(empty_page)
            self.purchases.load(empty_page)
            self.reviews_loader.reload(empty_page)
            return
        self.title.setText(f"<b>{customer.name}</b> ({customer.username})")
        # personal details are blank in a cashier's records: nothing to show then
        facts = [text for text in (customer.phone, customer.email) if text]
        if customer.age is not None:
            facts.append(f"age {customer.age}")
        if customer.marital_status is not None:
            facts.append(customer.marital_status.value)
        facts += [text for text in (customer.gender, customer.address) if text]
        if not customer.active:
            facts.append("deactivated: wallet frozen")
        self.facts.setText(" · ".join(facts))
        self.balance_label.setText(f"Balance {format_money(customer.balance)}")
        services, actor, cid = self.ctx.services, self.actor, customer.id
        self.ledger_loader.reload(
            lambda offset, limit: services.wallets.ledger(actor, cid, offset=offset, limit=limit)
        )
        self.purchases.load(
            lambda offset, limit: services.sales.history(
                actor, customer_id=cid, offset=offset, limit=limit
            )
        )
        self.reviews_loader.reload(
            lambda offset, limit: services.reviews.for_customer(
                actor, cid, offset=offset, limit=limit
            )
        )


# -- the workspace -------------------------------------------------------------------------
class CustomersWorkspace(Workspace):
    title = "Customers"

    def __init__(self, ctx: AppContext, actor: Actor) -> None:  # noqa: PLR0915 - builds the workspace's widgets, top to bottom
        super().__init__(ctx, actor)
        self._sort_key = "username"
        self._descending = False
        #: The customer to select once the list has loaded (kept across reloads).
        self._wanted_id: int | None = None

        self.search = named(QLineEdit(self), "customerSearch")
        self.search.setPlaceholderText("Name, username, phone or e-mail (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        search_label = QLabel("&Search", self)
        search_label.setBuddy(self.search)
        self.include_inactive = named(QCheckBox("&Include deactivated", self), "includeInactive")

        self.register_button = tool_button(
            "&Register…", "registerCustomer", "Ctrl+N", "Register a customer"
        )
        self.edit_button = tool_button("&Edit…", "editCustomer", "Ctrl+E", "Edit the customer")
        self.delete_button = tool_button("&Delete…", "deleteCustomer", "Del", "Delete the customer")
        self.top_up_button = tool_button(
            "&Top up…", "topUpWallet", "Ctrl+T", "Top up the customer's wallet"
        )
        self.reactivate_button = tool_button(
            "Re&activate",
            "reactivateCustomer",
            "Ctrl+Shift+A",
            "Reactivate the deactivated customer: their wallet moves again",
        )
        self.can_reactivate = allowed(actor.role, Op.CUSTOMER_REACTIVATE)
        self.can_register = allowed(actor.role, Op.CUSTOMER_REGISTER)
        self.can_edit = allowed(actor.role, Op.CUSTOMER_UPDATE)
        #: A cashier deletes only with a manager's credentials typed on the spot.
        self.delete_needs_manager = needs_override(actor.role, Op.CUSTOMER_DELETE)
        self.can_delete = allowed(actor.role, Op.CUSTOMER_DELETE) or self.delete_needs_manager
        self.can_top_up = allowed(actor.role, Op.WALLET_TOP_UP)
        if not self.can_edit:
            self.edit_button.setToolTip("Only a manager or an admin can edit customers")
        if self.delete_needs_manager:
            self.delete_button.setToolTip("Delete the customer (a manager authorises) (Del)")
        for button in (
            self.register_button,
            self.edit_button,
            self.delete_button,
            self.top_up_button,
            self.reactivate_button,
        ):
            self.toolbar.addWidget(button)
        self.reactivate_button.setVisible(self.can_reactivate)

        filters = QHBoxLayout()
        filters.addWidget(search_label)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.include_inactive)
        self.root.addLayout(filters)

        self.model: RecordTableModel[Customer] = RecordTableModel(CUSTOMER_COLUMNS, self)
        self.loader = PagedLoader(self.model, ctx.tasks, self.report)
        self.table = panel_table(self.model, "customersTable", self)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._sort_changed)
        if not sees_personal(actor):
            for column, spec in enumerate(self.model.columns):
                self.table.setColumnHidden(column, spec.title in PERSONAL_COLUMNS)
        self.detail = CustomerDetail(ctx, actor, self.report, self)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.root.addWidget(splitter, 1)
        self.finish_layout()

        self._search_timer = debounce(self, SEARCH_DELAY_MS, self.reload)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self._search_now)
        self.include_inactive.toggled.connect(lambda _on: self.reload())
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.focus_search)
        self.register_button.clicked.connect(self.register_customer)
        self.edit_button.clicked.connect(self.edit_customer)
        self.delete_button.clicked.connect(self.delete_customer)
        self.top_up_button.clicked.connect(self.top_up)
        self.reactivate_button.clicked.connect(self.reactivate)
        self.table.doubleClicked.connect(lambda _index: self._open_default())
        self.table.selectionModel().currentRowChanged.connect(self._selection_changed)
        self.loader.loaded.connect(self._list_loaded)
        self._update_buttons()

    # -- loading -------------------------------------------------------------------------
    def load(self) -> None:
        self.reload()
        self.search.setFocus()

    def reload(self) -> None:
        """Run the search as it stands now: text, deactivated or not, sort column."""
        self._search_timer.stop()
        current = self.selected()
        if current is not None:
            self._wanted_id = current.id
        services, actor = self.ctx.services, self.actor
        text, inactive = self.search.text().strip(), self.include_inactive.isChecked()
        sort, descending = self._sort_key, self._descending
        self.loader.reload(
            lambda offset, limit: services.customers.search(
                actor,
                text,
                include_inactive=inactive,
                sort=sort,
                descending=descending,
                offset=offset,
                limit=limit,
            )
        )

    def _search_now(self) -> None:
        self.reload()
        self.table.setFocus()

    def _list_loaded(self, total: int) -> None:
        self.table.resizeColumnsToContents()
        wanted, self._wanted_id = self._wanted_id, None
        rows = self.model.rows()
        row = next((i for i, c in enumerate(rows) if c.id == wanted), None)
        if row is not None:
            self.table.selectRow(row)  # the detail follows through currentRowChanged
        else:
            self._selection_changed()
        shown = f"{len(rows)} of {total}" if len(rows) < total else str(total)
        self.table.setToolTip(f"{shown} customers")

    def _sort_changed(self, section: int, order: Qt.SortOrder) -> None:
        key = self.model.columns[section].sort_key
        if key is None:
            # Not a column the database sorts by: put the arrow back where it was.
            header = self.table.horizontalHeader()
            keys = [column.sort_key for column in self.model.columns]
            previous = (
                Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder
            )
            header.blockSignals(True)
            header.setSortIndicator(keys.index(self._sort_key), previous)
            header.blockSignals(False)
            return
        self._sort_key = key
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # -- selection -----------------------------------------------------------------------
    def selected(self) -> Customer | None:
        customer: Customer | None = current_record(self.table)
        return customer

    def _selection_changed(self, *_: object) -> None:
        self._update_buttons()
        customer = self.selected()
        if customer is None or customer != self.detail.customer:
            self.detail.show_customer(customer)

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.register_button.setEnabled(self.can_register)
        self.edit_button.setEnabled(chosen and self.can_edit)
        self.delete_button.setEnabled(chosen and self.can_delete)
        customer = self.selected()
        frozen = customer is not None and not customer.active
        self.top_up_button.setEnabled(chosen and self.can_top_up and not frozen)
        self.top_up_button.setToolTip(
            "A deactivated customer's wallet is frozen: a manager reactivates them first"
            if frozen
            else "Top up the customer's wallet (Ctrl+T)"
        )
        self.reactivate_button.setEnabled(frozen and self.can_reactivate)

    def _open_default(self) -> None:
        if self.can_edit:
            self.edit_customer()
        else:
            self.top_up()

    # -- actions -------------------------------------------------------------------------
    def register_customer(self) -> None:
        dialog = RegisterCustomerDialog(self.ctx, self.actor, self)
        dialog.accepted.connect(lambda: self._registered(dialog.result_record))
        dialog.open()

    def _registered(self, customer: Customer) -> None:
        self.say(f"Customer {customer.username} was registered")
        self._wanted_id = customer.id
        text = self.search.text().strip().lower()
        fields = (customer.username, customer.name.lower(), customer.phone, customer.email.lower())
        if text and not any(text in field for field in fields):
            # The search would hide the newcomer, who is usually served next: show them.
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
        self._reload_keeping(customer.id)

    def _reload_keeping(self, customer_id: int) -> None:
        """Reload, then select ``customer_id`` again if the list still holds them."""
        self.reload()
        self._wanted_id = customer_id

    def edit_customer(self) -> None:
        customer = self.selected()
        if customer is None or not self.can_edit:
            return
        dialog = EditCustomerDialog(self.ctx, self.actor, customer, self)
        dialog.accepted.connect(lambda: self._customer_changed(dialog.result_record, "updated"))
        dialog.open()

    def top_up(self) -> None:
        customer = self.selected()
        if customer is None or not self.can_top_up:
            return
        dialog = TopUpDialog(self.ctx, self.actor, customer, self)
        dialog.accepted.connect(lambda: self._topped_up(customer, dialog.result_record))
        dialog.open()

    def reactivate(self) -> None:
        customer = self.selected()
        if customer is None or customer.active or not self.can_reactivate:
            return
        services, actor = self.ctx.services, self.actor
        self.ctx.tasks.write(
            lambda: services.customers.reactivate(actor, customer.id),
            lambda fresh: self._customer_changed(fresh, "reactivated"),
            self.report,
            disable=[self.reactivate_button],
        )

    def _topped_up(self, customer: Customer, movement: WalletMovement) -> None:
        self.say(
            f"Added {format_money(movement.amount)} to {customer.username}'s wallet; "
            f"balance {format_money(movement.balance)}"
        )
        services, actor = self.ctx.services, self.actor
        self.ctx.tasks.read(
            lambda: services.customers.get(actor, customer.id),
            lambda fresh: self._customer_changed(fresh, None),
            self.report,
        )

    def _customer_changed(self, customer: Customer, verb: str | None) -> None:
        """Swap the row in place and show it afresh in the detail panel."""
        if verb:
            self.say(f"Customer {customer.username} was {verb}")
        self.model.replace(lambda old: old.id == customer.id, customer)
        self.detail.show_customer(customer)
        self._update_buttons()

    def delete_customer(self) -> None:
        customer = self.selected()
        if customer is None or not self.can_delete:
            return
        if self.delete_needs_manager:
            services, actor = self.ctx.services, self.actor
            approval = ManagerApprovalDialog(
                self.ctx,
                "Delete customer",
                f"Delete {customer.name} ({customer.username})? A manager authorises this. "
                "A customer with purchases or wallet history is deactivated instead.",
                lambda override: services.customers.delete(actor, customer.id, override),
                self,
            )
            approval.accepted.connect(lambda: self._deleted(customer, approval.result_record))
            self.approval_dialog = approval
            approval.open()
            return
        self.confirm_box = confirm(
            self,
            "Delete customer",
            f"Delete {customer.name} ({customer.username})?\n\n"
            "A customer with purchases or wallet history is deactivated instead, "
            "so that history stays whole.",
            "&Delete",
            lambda: self._delete(customer),
        )

    def _delete(self, customer: Customer) -> None:
        services, actor = self.ctx.services, self.actor
        self.ctx.tasks.write(
            lambda: services.customers.delete(actor, customer.id),
            lambda outcome: self._deleted(customer, outcome),
            self.report,
            disable=[self.delete_button],
        )

    def _deleted(self, customer: Customer, outcome: DeleteOutcome) -> None:
        self.say(outcome.message)
        # Deleted, or deactivated and hidden by the filter: the row goes; otherwise it stays.
        self._reload_keeping(customer.id)
