"""My account: a signed-in customer's wallet, purchases and reviews of what they bought."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QWidget,
)

from pos_app.domain.money import format_money
from pos_app.services import Services
from pos_app.services.records import Actor, Customer, Page, Review, SaleLine, WalletEntry
from pos_app.ui.context import AppContext
from pos_app.ui.customers.customer_dialogs import DIALOG_MIN_WIDTH
from pos_app.ui.customers.history_tables import (
    DETAIL_PAGE,
    LEDGER_COLUMNS,
    REVIEW_COLUMNS,
    PurchasesView,
    panel_table,
)
from pos_app.ui.dialogs import FormDialog
from pos_app.ui.forms import named
from pos_app.ui.i18n import QT_TRANSLATE_NOOP, translate
from pos_app.ui.table_model import PagedLoader, RecordTableModel
from pos_app.ui.widgets import confirm, current_record, select_row, tool_button
from pos_app.ui.workspaces.base import Workspace

#: Rows fetched at a time when walking a whole history (the service allows up to 1000).
WALK_PAGE = 500
BACK_TO_MODERATION = QT_TRANSLATE_NOOP(
    "SelfService", "It goes back to moderation and shows to others once approved."
)


def _every(fetch: Callable[[int, int], Page[Any]]) -> list[Any]:
    """All items of a paged service call (runs on a worker)."""
    items: list[Any] = []
    while True:
        page = fetch(len(items), WALK_PAGE)
        items.extend(page.items)
        if not page.items or len(items) >= page.total:
            return items


def reviewable_products(services: Services, actor: Actor) -> list[tuple[int, str]]:
    """(id, name) of the products the customer bought and has not reviewed yet, by name.

    Worked out here from the purchase lines: the service has no call for it."""
    customer_id = int(actor.account_id or 0)
    bought: dict[int, str] = {}
    for sale in _every(
        lambda offset, limit: services.sales.history(
            actor, customer_id=customer_id, offset=offset, limit=limit
        )
    ):
        for line in sale.lines:
            bought.setdefault(line.product_id, line.product_name)
    reviewed = {
        review.product_id
        for review in _every(
            lambda offset, limit: services.reviews.for_customer(
                actor, customer_id, offset=offset, limit=limit
            )
        )
    }
    left = [(pid, name) for pid, name in bought.items() if pid not in reviewed]
    return sorted(left, key=lambda item: item[1].lower())


class _ReviewForm(FormDialog):
    """Rating and comment, shared by writing and editing."""

    def __init__(self, ctx: AppContext, actor: Actor, title: str, parent: QWidget | None) -> None:
        super().__init__(ctx, title, parent)
        self.setMinimumWidth(DIALOG_MIN_WIDTH)
        self._actor = actor
        self.rating = named(QSpinBox(), "rating")
        self.rating.setRange(1, 5)
        self.rating.setValue(5)
        self.rating.setSuffix(self.tr(" of 5"))
        self.comment = named(QPlainTextEdit(), "comment")
        self.comment.setPlaceholderText(self.tr("What did you think of it? (optional)"))
        # Tab moves on to OK instead of typing a tab into the comment.
        self.comment.setTabChangesFocus(True)
        self.comment.setMinimumHeight(90)

    def add_rating_and_comment(self) -> None:
        self.form.add("rating", self.tr("&Rating"), self.rating)
        self.form.add("comment", self.tr("&Comment"), self.comment)


class WriteReviewDialog(_ReviewForm):
    def __init__(
        self,
        ctx: AppContext,
        actor: Actor,
        products: list[tuple[int, str]],
        preselect: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, actor, translate("SelfService", "Write a review"), parent)
        self.product = named(QComboBox(), "product")
        for product_id, name in products:
            self.product.addItem(name, product_id)
        if preselect is not None and self.product.findData(preselect) >= 0:
            self.product.setCurrentIndex(self.product.findData(preselect))
        self.form.add("product", self.tr("&Product"), self.product)
        self.add_rating_and_comment()
        self.form.layout.addRow(
            QLabel(self.tr("Reviews are read by the store before others see them."))
        )

    def work(self) -> Callable[[], Any] | None:
        product_id = self.product.currentData()
        if product_id is None:
            self.form.show_error(self.tr("Choose a product you bought"), "product")
            return None
        rating, comment = self.rating.value(), self.comment.toPlainText()
        return lambda: self.ctx.services.reviews.submit(
            self._actor, int(product_id), rating, comment
        )


class EditReviewDialog(_ReviewForm):
    """Sends only what changed; an edited review goes back to moderation."""

    def __init__(
        self, ctx: AppContext, actor: Actor, review: Review, parent: QWidget | None = None
    ) -> None:
        title = translate("SelfService", "Edit your review of {0}").format(review.product_name)
        super().__init__(ctx, actor, title, parent)
        self.review = review
        self.rating.setValue(review.rating)
        self.comment.setPlainText(review.comment)
        self.add_rating_and_comment()
        self.form.layout.addRow(
            QLabel(
                self.tr("Saving changes: {0}").format(
                    translate("SelfService", BACK_TO_MODERATION).lower()
                )
            )
        )

    def work(self) -> Callable[[], Any] | None:
        rating = self.rating.value()
        comment = self.comment.toPlainText().strip()
        new_rating = rating if rating != self.review.rating else None
        new_comment = comment if comment != self.review.comment else None
        # Nothing changed still goes to the service: its NothingToChangeError is the message.
        review_id = self.review.id
        return lambda: self.ctx.services.reviews.update_own(
            self._actor, review_id, rating=new_rating, comment=new_comment
        )


class SelfServicePage(Workspace):
    title = "My account"

    def __init__(self, ctx: AppContext, actor: Actor) -> None:
        super().__init__(ctx, actor)
        self.customer_id = int(actor.account_id or 0)
        self.customer: Customer | None = None
        #: The review to select once the list has loaded.
        self._wanted_review: int | None = None

        self.greeting = named(
            QLabel(self.tr("Hello, {0}").format(actor.display_name), self), "customerTitle"
        )
        self.balance_label = named(QLabel(self), "bigNumber")
        self.balance_label.setAccessibleName(self.tr("Wallet balance"))
        self.write_button = tool_button(
            self.tr("&Write review…"),
            "writeReview",
            "Ctrl+N",
            self.tr("Review a product you bought"),
        )
        self.edit_button = tool_button(
            self.tr("&Edit review…"), "editReview", "Ctrl+E", self.tr("Edit your review")
        )
        self.delete_button = tool_button(
            self.tr("&Delete review…"), "deleteReview", "Del", self.tr("Delete your review")
        )
        self.refresh_button = tool_button(
            self.tr("Refres&h"), "refresh", "F5", self.tr("Load everything again")
        )
        for button in (
            self.write_button,
            self.edit_button,
            self.delete_button,
            self.refresh_button,
        ):
            self.toolbar.addWidget(button)

        self.ledger_model: RecordTableModel[WalletEntry] = RecordTableModel(LEDGER_COLUMNS, self)
        self.reviews_model: RecordTableModel[Review] = RecordTableModel(REVIEW_COLUMNS, self)
        self.ledger_loader = PagedLoader(self.ledger_model, ctx.tasks, self.report, DETAIL_PAGE)
        self.reviews_loader = PagedLoader(self.reviews_model, ctx.tasks, self.report, DETAIL_PAGE)
        self.ledger_table = panel_table(self.ledger_model, "ledgerTable", self)
        self.reviews_table = panel_table(self.reviews_model, "myReviewsTable", self)
        self.purchases = PurchasesView(ctx, self.report, self)
        self.tabs = named(QTabWidget(self), "accountTabs")
        self.tabs.addTab(self.ledger_table, self.tr("Wa&llet"))
        self.tabs.addTab(self.purchases, self.tr("&Purchases"))
        self.tabs.addTab(self.reviews_table, self.tr("Rev&iews"))

        self.root.addWidget(self.greeting)
        self.root.addWidget(self.balance_label)
        self.root.addWidget(self.tabs, 1)
        self.finish_layout()

        self.write_button.clicked.connect(self.write_review)
        self.edit_button.clicked.connect(self.edit_review)
        self.delete_button.clicked.connect(self.delete_review)
        self.refresh_button.clicked.connect(self.refresh)
        self.reviews_table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.reviews_table.doubleClicked.connect(lambda _index: self.edit_review())
        self.ledger_loader.loaded.connect(lambda _n: self.ledger_table.resizeColumnsToContents())
        self.reviews_loader.loaded.connect(self._reviews_loaded)
        self._update_buttons()

    # -- loading -------------------------------------------------------------------------
    def load(self) -> None:
        services, actor, cid = self.ctx.services, self.actor, self.customer_id
        self.load_account()
        self.ledger_loader.reload(
            lambda offset, limit: services.wallets.ledger(actor, cid, offset=offset, limit=limit)
        )
        self.purchases.load(
            lambda offset, limit: services.sales.history(
                actor, customer_id=cid, offset=offset, limit=limit
            )
        )
        self.load_reviews()

    def load_account(self) -> None:
        services, actor, cid = self.ctx.services, self.actor, self.customer_id
        self.ctx.tasks.read(lambda: services.customers.get(actor, cid), self._show, self.report)

    def load_reviews(self) -> None:
        services, actor, cid = self.ctx.services, self.actor, self.customer_id
        self.reviews_loader.reload(
            lambda offset, limit: services.reviews.for_customer(
                actor, cid, offset=offset, limit=limit
            )
        )

    def _show(self, customer: Customer) -> None:
        self.customer = customer
        self.greeting.setText(self.tr("Hello, {0}").format(customer.name))
        self.balance_label.setText(
            self.tr("Wallet balance {0}").format(format_money(customer.balance))
        )

    def _reviews_loaded(self, _total: int) -> None:
        self.reviews_table.resizeColumnsToContents()
        wanted, self._wanted_review = self._wanted_review, None
        rows = self.reviews_model.rows()
        row = next((i for i, r in enumerate(rows) if r.id == wanted), None)
        if row is not None:
            select_row(self.reviews_table, row)
        self._update_buttons()

    # -- reviews -------------------------------------------------------------------------
    def selected_review(self) -> Review | None:
        review: Review | None = current_record(self.reviews_table)
        return review

    def _update_buttons(self, *_: object) -> None:
        chosen = self.selected_review() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _chosen_product(self) -> int | None:
        """The product of the purchase line in view, to start the review with it."""
        line: SaleLine | None = current_record(self.purchases.lines_table)
        if line is None and self.purchases.lines_model.rowCount():
            line = self.purchases.lines_model.record(0)
        return line.product_id if line is not None else None

    def write_review(self) -> None:
        services, actor = self.ctx.services, self.actor
        preselect = self._chosen_product() if self.tabs.currentWidget() is self.purchases else None
        self.ctx.tasks.read(
            lambda: reviewable_products(services, actor),
            lambda products: self._open_writer(products, preselect),
            self.report,
        )

    def _open_writer(self, products: list[tuple[int, str]], preselect: int | None) -> None:
        if not products:
            self.say(
                self.tr("You have reviewed everything you bought.")
                if self.purchases.sales_model.rowCount()
                else self.tr("Reviews are for products you bought; there are no purchases yet.")
            )
            return
        dialog = WriteReviewDialog(self.ctx, self.actor, products, preselect, self)
        dialog.accepted.connect(
            lambda: self._review_saved(
                dialog.result_record, self.tr("Your review of {0} was written.")
            )
        )
        dialog.open()

    def edit_review(self) -> None:
        review = self.selected_review()
        if review is None:
            return
        dialog = EditReviewDialog(self.ctx, self.actor, review, self)
        dialog.accepted.connect(
            lambda: self._review_saved(
                dialog.result_record, self.tr("Your review of {0} was changed.")
            )
        )
        dialog.open()

    def _review_saved(self, review: Review, said: str) -> None:
        """Say ``said`` (its {0} the product) and that the review awaits moderation."""
        back = translate("SelfService", BACK_TO_MODERATION)
        self.say(f"{said.format(review.product_name)} {back}")
        self.tabs.setCurrentWidget(self.reviews_table)
        self._wanted_review = review.id
        self.load_reviews()

    def delete_review(self) -> None:
        review = self.selected_review()
        if review is None:
            return
        # Show what is about to go, whichever tab was in front.
        self.tabs.setCurrentWidget(self.reviews_table)
        self.confirm_box = confirm(
            self,
            self.tr("Delete review"),
            self.tr("Delete your review of {0}?").format(review.product_name),
            self.tr("&Delete"),
            lambda: self._delete(review),
        )

    def _delete(self, review: Review) -> None:
        services, actor = self.ctx.services, self.actor
        self.ctx.tasks.write(
            lambda: services.reviews.delete_own(actor, review.id),
            lambda _none: self._deleted(review),
            self.report,
            disable=[self.delete_button],
        )

    def _deleted(self, review: Review) -> None:
        self.say(self.tr("Your review of {0} was deleted").format(review.product_name))
        self.load_reviews()
