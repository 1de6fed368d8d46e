"""Customers: find, register, edit and delete customers; their wallet, purchases and reviews.

Its dialogs, its detail panel and the tables it shares with the customer's own page
(ledger, purchases, reviews) are in pos_app/ui/customers/.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSplitter,
)

from pos_app.domain.money import format_money
from pos_app.services import customers as customers_service
from pos_app.services.changes import CUSTOMERS
from pos_app.services.permissions import Op, allowed, needs_override
from pos_app.services.records import (
    Actor,
    Customer,
    DeleteOutcome,
    WalletMovement,
)
from pos_app.ui.context import AppContext
from pos_app.ui.customers.customer_detail import CustomerDetail
from pos_app.ui.customers.customer_dialogs import (
    EditCustomerDialog,
    RegisterCustomerDialog,
    sees_personal,
)
from pos_app.ui.customers.history_tables import panel_table
from pos_app.ui.customers.top_up_dialog import DeductDialog, TopUpDialog
from pos_app.ui.customers.wallet_keys import CARD_KEY, PIN_KEY, WalletCardDialog, WalletPinDialog
from pos_app.ui.dialogs import ManagerApprovalDialog
from pos_app.ui.forms import named
from pos_app.ui.i18n import QT_TRANSLATE_NOOP, isolate, key_hint, ltr
from pos_app.ui.table_model import (
    Column,
    PagedLoader,
    RecordTableModel,
    debounce,
)
from pos_app.ui.widgets import confirm, current_record, down_into, select_row, tool_button
from pos_app.ui.workspaces.base import Workspace

SEARCH_DELAY_MS = 150

#: The balance follows the name, so that it is in view on a 1366 px screen whatever the
#: e-mails' width (in Arabic a balance at the far end was cut to "5.50 $" for 25.50).
#: A phone number and an e-mail keep their order inside right-to-left text.
CUSTOMER_COLUMNS: list[Column[Customer]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Username"), lambda c: c.username, "username"),
    Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda c: c.name, "name"),
    Column(QT_TRANSLATE_NOOP("Columns", "Balance"), lambda c: c.balance, "balance", numeric=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Phone"), lambda c: ltr(c.phone)),
    Column(QT_TRANSLATE_NOOP("Columns", "E-mail"), lambda c: isolate(c.email)),
    Column(QT_TRANSLATE_NOOP("Columns", "Age"), lambda c: c.age, "age", numeric=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Active"), lambda c: c.active),
    Column(QT_TRANSLATE_NOOP("Columns", "Marital status"), lambda c: c.marital_status),
    Column(QT_TRANSLATE_NOOP("Columns", "Since"), lambda c: c.created_at, "created"),
]
#: Columns only those who may edit customers see (a cashier's records have them blank).
PERSONAL_COLUMNS = ("Age", "Marital status")


class CustomersWorkspace(Workspace):
    title = "Customers"
    topics = frozenset({CUSTOMERS})

    def __init__(self, ctx: AppContext, actor: Actor) -> None:  # noqa: PLR0915 - builds the workspace's widgets, top to bottom
        super().__init__(ctx, actor)
        self._sort_key = "username"
        self._descending = False
        #: The customer to select once the list has loaded (kept across reloads).
        self._wanted_id: int | None = None

        self.search = named(QLineEdit(self), "customerSearch")
        self.search.setPlaceholderText(self.tr("Name, username, phone or e-mail (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        search_label = QLabel(self.tr("&Search"), self)
        search_label.setBuddy(self.search)
        self.include_inactive = named(
            QCheckBox(self.tr("&Include deactivated"), self), "includeInactive"
        )

        self.register_button = tool_button(
            self.tr("&Register…"), "registerCustomer", "Ctrl+N", self.tr("Register a customer")
        )
        self.edit_button = tool_button(
            self.tr("&Edit…"), "editCustomer", "Ctrl+E", self.tr("Edit the customer")
        )
        self.delete_button = tool_button(
            self.tr("&Delete…"), "deleteCustomer", "Del", self.tr("Delete the customer")
        )
        self.top_up_button = tool_button(
            self.tr("&Top up…"), "topUpWallet", "Ctrl+T", self.tr("Top up the customer's wallet")
        )
        self.deduct_button = tool_button(
            self.tr("Ded&uct…"),
            "deductWallet",
            "Ctrl+Shift+T",
            self.tr("Take money out of the customer's wallet, with the reason"),
        )
        self.reactivate_button = tool_button(
            self.tr("Re&activate"),
            "reactivateCustomer",
            "Ctrl+Shift+A",
            self.tr("Reactivate the deactivated customer: their wallet moves again"),
        )
        # The customer's keys to their wallet (issue 16): a manager's.
        self.pin_button = tool_button(
            self.tr("Wallet PI&N…"), "walletPin", PIN_KEY, self.tr("Set the customer's wallet PIN")
        )
        self.card_button = tool_button(
            self.tr("Wallet &card…"), "walletCard", CARD_KEY, self.tr("Issue the customer's card")
        )
        self.can_reactivate = allowed(actor.role, Op.CUSTOMER_REACTIVATE)
        self.can_register = allowed(actor.role, Op.CUSTOMER_REGISTER)
        self.can_edit = allowed(actor.role, Op.CUSTOMER_UPDATE)
        #: A cashier deletes only with a manager's credentials typed on the spot.
        self.delete_needs_manager = needs_override(actor.role, Op.CUSTOMER_DELETE)
        self.can_delete = allowed(actor.role, Op.CUSTOMER_DELETE) or self.delete_needs_manager
        self.can_top_up = allowed(actor.role, Op.WALLET_TOP_UP)
        self.can_deduct = allowed(actor.role, Op.WALLET_DEDUCT)
        if not self.can_edit:
            self.edit_button.setToolTip(self.tr("Only a manager or an admin can edit customers"))
        if self.delete_needs_manager:
            self.delete_button.setToolTip(
                self.tr("Delete the customer (a manager authorises) (Del)")
            )
        for button in (
            self.register_button,
            self.edit_button,
            self.delete_button,
            self.top_up_button,
            self.deduct_button,
            self.reactivate_button,
            self.pin_button,
            self.card_button,
        ):
            self.toolbar.addWidget(button)
        self.reactivate_button.setVisible(self.can_reactivate)
        self.deduct_button.setVisible(self.can_deduct)
        self.pin_button.setVisible(self.can_edit)
        self.card_button.setVisible(self.can_edit)

        filters = QHBoxLayout()
        filters.addWidget(search_label)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.include_inactive)
        self.root.addLayout(filters)

        self.model: RecordTableModel[Customer] = RecordTableModel(CUSTOMER_COLUMNS, self)
        self.loader = PagedLoader(self.model, ctx.tasks, self.report)
        self.table = panel_table(self.model, "customersTable", self)
        down_into(self.search, self.table)
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
        self.deduct_button.clicked.connect(self.deduct)
        self.reactivate_button.clicked.connect(self.reactivate)
        self.pin_button.clicked.connect(self.wallet_pin)
        self.card_button.clicked.connect(self.wallet_card)
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
            lambda offset, limit, after=None: services.customers.search(
                actor,
                text,
                include_inactive=inactive,
                sort=sort,
                descending=descending,
                offset=offset,
                limit=limit,
                after=after,
            ),
            keyed=True,
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
            select_row(self.table, row)  # the detail follows through currentRowChanged
        else:
            self._selection_changed()
        if total == customers_service.SEARCH_COUNT_CAP + 1:  # a capped count: "more than"
            shown = self.tr("{0} of {1:,}+ customers").format(len(rows), total - 1)
        elif len(rows) < total:
            shown = self.tr("{0} of {1} customers").format(len(rows), total)
        else:
            shown = self.tr("{0} customers").format(total)
        self.table.setToolTip(shown)

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
            self.tr("A deactivated customer's wallet is frozen: a manager reactivates them first")
            if frozen
            else key_hint(self.tr("Top up the customer's wallet"), "Ctrl+T")
        )
        self.deduct_button.setEnabled(chosen and self.can_deduct and not frozen)
        self.reactivate_button.setEnabled(frozen and self.can_reactivate)
        self.pin_button.setEnabled(chosen and self.can_edit)
        self.card_button.setEnabled(chosen and self.can_edit)

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
        self.say(self.tr("Customer {0} was registered").format(customer.username))
        # The newcomer is usually served next: found by their username, so that they are
        # on the list and selected, not on a page past the first (the manager's trial
        # registered jane.miller among 300 customers and had to search for her).
        self.search.blockSignals(True)
        self.search.setText(customer.username)
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
        dialog.accepted.connect(
            lambda: self._customer_changed(
                dialog.result_record, self.tr("Customer {0} was updated")
            )
        )
        dialog.open()

    def top_up(self) -> None:
        customer = self.selected()
        if customer is None or not self.can_top_up:
            return
        dialog = TopUpDialog(self.ctx, self.actor, customer, self)
        dialog.accepted.connect(lambda: self._topped_up(customer, dialog.result_record))
        dialog.open()

    def deduct(self) -> None:
        customer = self.selected()
        if customer is None or not self.can_deduct or not customer.active:
            return
        dialog = DeductDialog(self.ctx, self.actor, customer, self)
        taken = self.tr("Took {0} from {1}'s wallet; balance {2}")
        dialog.accepted.connect(lambda: self._wallet_moved(customer, dialog.result_record, taken))
        dialog.open()

    def wallet_pin(self) -> None:
        customer = self.selected()
        if customer is None or not self.can_edit:
            return
        dialog = WalletPinDialog(self.ctx, self.actor, customer, self)
        said = self.tr("The wallet PIN of {0} was set")
        dialog.accepted.connect(lambda: self.say(said.format(customer.username)))
        dialog.open()

    def wallet_card(self) -> None:
        customer = self.selected()
        if customer is None or not self.can_edit:
            return
        dialog = WalletCardDialog(self.ctx, self.actor, customer, self)
        dialog.accepted.connect(lambda: self._card_issued(customer, dialog.result_record))
        dialog.open()

    def _card_issued(self, customer: Customer, code: str) -> None:
        """The new card's code, shown once: it is printed as the card's barcode."""
        self.say(self.tr("A new card was issued to {0}").format(customer.username))
        shown = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Customer card"),
            self.tr("Print this code as the barcode of {0}'s card:\n\n{1}").format(
                customer.name, code
            ),
            QMessageBox.StandardButton.Ok,
            self,
        )
        shown.setObjectName("walletCardCode")
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        shown.open()

    def reactivate(self) -> None:
        customer = self.selected()
        if customer is None or customer.active or not self.can_reactivate:
            return
        services, actor = self.ctx.services, self.actor
        self.ctx.tasks.write(
            lambda: services.customers.reactivate(actor, customer.id),
            lambda fresh: self._customer_changed(fresh, self.tr("Customer {0} was reactivated")),
            self.report,
            disable=[self.reactivate_button],
        )

    def _topped_up(self, customer: Customer, movement: WalletMovement) -> None:
        self._wallet_moved(customer, movement, self.tr("Added {0} to {1}'s wallet; balance {2}"))

    def _wallet_moved(self, customer: Customer, movement: WalletMovement, said: str) -> None:
        """Say what moved (``said``: amount, username, balance) and show the customer
        afresh, their ledger too."""
        self.say(
            said.format(
                format_money(movement.amount), customer.username, format_money(movement.balance)
            )
        )
        services, actor = self.ctx.services, self.actor
        self.ctx.tasks.read(
            lambda: services.customers.get(actor, customer.id),
            lambda fresh: self._customer_changed(fresh, None),
            self.report,
        )

    def _customer_changed(self, customer: Customer, said: str | None) -> None:
        """Swap the row in place and show it afresh in the detail panel; say ``said`` (its
        {0} the username) if given."""
        if said:
            self.say(said.format(customer.username))
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
                self.tr("Delete customer"),
                self.tr(
                    "Delete {0} ({1})? A manager authorises this. A customer with purchases"
                    " or wallet history is deactivated instead."
                ).format(customer.name, customer.username),
                lambda override: services.customers.delete(actor, customer.id, override),
                self,
            )
            approval.accepted.connect(lambda: self._deleted(customer, approval.result_record))
            self.approval_dialog = approval
            approval.open()
            return
        self.confirm_box = confirm(
            self,
            self.tr("Delete customer"),
            self.tr(
                "Delete {0} ({1})?\n\nA customer with purchases or wallet history is deac"
                "tivated instead, so that history stays whole."
            ).format(customer.name, customer.username),
            self.tr("&Delete"),
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
