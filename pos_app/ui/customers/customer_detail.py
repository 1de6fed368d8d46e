"""The selected customer in the Customers workspace: facts, balance, ledger, purchases, reviews."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from pos_app.domain.money import format_money
from pos_app.services.records import Actor, Customer, Review, WalletEntry
from pos_app.ui.context import AppContext
from pos_app.ui.customers.history_tables import (
    DETAIL_PAGE,
    LEDGER_COLUMNS,
    REVIEW_COLUMNS,
    PurchasesView,
    panel_table,
)
from pos_app.ui.forms import named
from pos_app.ui.table_model import PagedLoader, RecordTableModel
from pos_app.ui.tasks import ErrorCallback
from pos_app.ui.values import value_text
from pos_app.ui.widgets import empty_page


class CustomerDetail(QWidget):
    """The selected customer: wallet balance, ledger, purchases and reviews."""

    def __init__(
        self, ctx: AppContext, actor: Actor, on_error: ErrorCallback, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.actor = actor
        self.customer: Customer | None = None
        self.title = named(QLabel(self.tr("No customer selected"), self), "customerTitle")
        self.title.setWordWrap(True)
        self.facts = named(QLabel(self), "customerFacts")
        self.facts.setWordWrap(True)
        self.balance_label = named(QLabel(self), "bigNumber")
        self.balance_label.setAccessibleName(self.tr("Wallet balance"))

        self.ledger_model: RecordTableModel[WalletEntry] = RecordTableModel(LEDGER_COLUMNS, self)
        self.reviews_model: RecordTableModel[Review] = RecordTableModel(REVIEW_COLUMNS, self)
        self.ledger_loader = PagedLoader(self.ledger_model, ctx.tasks, on_error, DETAIL_PAGE)
        self.reviews_loader = PagedLoader(self.reviews_model, ctx.tasks, on_error, DETAIL_PAGE)
        self.ledger_table = panel_table(self.ledger_model, "ledgerTable", self)
        self.reviews_table = panel_table(self.reviews_model, "customerReviewsTable", self)
        self.purchases = PurchasesView(ctx, on_error, self)
        self.ledger_loader.loaded.connect(lambda _n: self.ledger_table.resizeColumnsToContents())

        self.tabs = named(QTabWidget(self), "customerTabs")
        self.tabs.addTab(self.ledger_table, self.tr("Wa&llet"))
        self.tabs.addTab(self.purchases, self.tr("&Purchases"))
        self.tabs.addTab(self.reviews_table, self.tr("Revie&ws"))

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
            self.title.setText(self.tr("No customer selected"))
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
            facts.append(self.tr("age {0}").format(customer.age))
        if customer.marital_status is not None:
            facts.append(value_text(customer.marital_status))
        facts += [text for text in (customer.gender, customer.address) if text]
        if not customer.active:
            facts.append(self.tr("deactivated: wallet frozen"))
        self.facts.setText(" · ".join(facts))
        self.balance_label.setText(self.tr("Balance {0}").format(format_money(customer.balance)))
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
