"""Sales: the history of sales with filters and each sale's detail, CSV export, and (for
managers) daily totals and best sellers as bar charts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain.errors import NotFoundError, ValidationError
from pos_app.domain.money import format_money
from pos_app.services.changes import SALES
from pos_app.services.permissions import Op, allowed
from pos_app.services.records import (
    Actor,
    DailyTotal,
    Page,
    Payment,
    Sale,
    SaleLine,
    TopProduct,
)
from pos_app.ui.context import AppContext
from pos_app.ui.csv_export import EXPORT_PAGE, write_paged_csv
from pos_app.ui.document_dialog import DocumentDialog
from pos_app.ui.forms import named
from pos_app.ui.receipts import receipt_html
from pos_app.ui.sales.reports_panel import TOP_PRODUCTS, SalesReports
from pos_app.ui.sales.sale_columns import (
    LINE_COLUMNS,
    PAYMENT_COLUMNS,
    SALE_COLUMNS,
    sale_detail_html,
    sales_exported,
    sales_matched,
)
from pos_app.ui.sales.sales_csv import CSV_HEADER, sales_csv_row
from pos_app.ui.sales.sales_filter import SalesFilter, local_zone
from pos_app.ui.sales.shifts_report import ShiftsReport
from pos_app.ui.sales.void_sale import may_void, start_void, void_receipt
from pos_app.ui.service_messages import error_text
from pos_app.ui.table_model import PagedLoader, RecordTableModel, debounce
from pos_app.ui.widgets import (
    current_record,
    date_edit,
    down_into,
    keep_in_order,
    record_table,
    save_csv_dialog,
    select_row,
    to_date,
)
from pos_app.ui.workspaces.base import Workspace

#: The period shown when the workspace opens: the last seven days, today included.
DEFAULT_DAYS = 7
#: The reports on show are read again after a change at most this often.
REPORTS_EVERY_MS = 10_000


def write_sales_csv(path: str, fetch: Callable[[int, int], Page[Sale]]) -> int:
    """Every sale ``fetch`` pages out, to ``path``; returns how many. Runs on a worker."""
    return write_paged_csv(path, CSV_HEADER, fetch, sales_csv_row, EXPORT_PAGE)


class SalesWorkspace(Workspace):
    title = "Sales"
    topics = frozenset({SALES})

    def __init__(self, ctx: AppContext, actor: Actor) -> None:
        super().__init__(ctx, actor)
        self.can_report = allowed(actor.role, Op.SALE_REPORTS)
        today = date.today()
        self.filter = SalesFilter(today - timedelta(days=DEFAULT_DAYS - 1), today)
        # Newer requests win: answers to older ones that arrive late are dropped.
        self._filter_generation = 0
        self._report_generation = 0
        self._export_dialog: QFileDialog | None = None

        self._build_toolbar()
        filters = self._build_filters()
        self.tabs = named(QTabWidget(), "salesTabs")
        self.tabs.addTab(self._build_history(), self.tr("&History"))
        self.reports: SalesReports | None = None
        self.shifts_report: ShiftsReport | None = None
        if self.can_report:
            self.reports = SalesReports()
            self.tabs.addTab(self.reports, self.tr("Rep&orts"))
            self.shifts_report = ShiftsReport(ctx, actor)  # issue 13: Z report of shifts
            self.tabs.addTab(self.shifts_report, self.tr("Shifts (&Z report)"))
        self.root.addLayout(filters)
        self.root.addWidget(self.tabs, 1)
        self.finish_layout()
        # From the filters to the list by one key (the manager's trial needed four Tabs):
        # Down from a typed filter, and a tab's letter (Alt+H: History) from anywhere.
        for field in (self.customer, self.barcode):
            down_into(field, self.table)
        self.tabs.tabBar().installEventFilter(self)
        self.tabs.currentChanged.connect(lambda _index: self._reports_again())
        for before, after in zip(self._tab_chain, self._tab_chain[1:], strict=False):
            QWidget.setTabOrder(before, after)

    # -- construction --------------------------------------------------------------------
    def _build_toolbar(self) -> None:
        self.refresh_button = self.add_toolbar_button(
            self.tr("&Refresh"), "refreshSales", "F5", self.tr("Load the sales again"), self.refresh
        )
        self.export_button = self.add_toolbar_button(
            self.tr("&Export CSV…"),
            "exportSales",
            "Ctrl+Shift+E",
            self.tr("Export the listed sales to a CSV file"),
            self.choose_export_file,
        )
        self.receipt_button = self.add_toolbar_button(
            self.tr("Re&print receipt…"),
            "reprintReceipt",
            "Ctrl+P",
            self.tr("Show, print or save the selected sale's receipt"),
            self.show_receipt,
        )
        if may_void(self.actor):  # a cashier with a manager's password on the form
            self.void_button = self.add_toolbar_button(
                self.tr("Voi&d sale…"),
                "voidSale",
                "Ctrl+Shift+V",
                self.tr("Void the selected sale"),
                self.void,
            )
        self.add_shortcut("Ctrl+F", self.focus_filters)

    def _build_filters(self) -> QGridLayout:  # noqa: PLR0915 - builds the filter row's widgets, left to right
        first, last = self.filter.first, self.filter.last
        self.first_date = date_edit("firstDate", first)
        self.last_date = date_edit("lastDate", last)
        keep_in_order(self.first_date, self.last_date)
        self.customer = named(QLineEdit(), "customerFilter")
        self.customer.setPlaceholderText(self.tr("username, Enter"))
        self.customer.setToolTip(self.tr("Type a customer's username and press Enter (Ctrl+F)"))
        self.customer.setClearButtonEnabled(True)
        self.cashier = named(QComboBox(), "cashierFilter")
        self.cashier.addItem(self.tr("Everyone"), None)
        self.barcode = named(QLineEdit(), "barcodeFilter")
        self.barcode.setPlaceholderText(self.tr("scan or type, Enter"))
        self.barcode.setToolTip(self.tr("Only sales of the product with this barcode"))
        self.barcode.setClearButtonEnabled(True)
        self.apply_button = named(QPushButton(self.tr("&Apply")), "applyFilters")
        self.apply_button.setToolTip(self.tr("Apply the filters (Enter in a filter field)"))
        self.clear_button = named(QPushButton(self.tr("&Clear filters")), "clearFilters")

        grid = QGridLayout()
        self._filter_errors: dict[str, QLabel] = {}
        self._filter_fields: dict[str, QWidget] = {}
        fields: list[tuple[str, str, QWidget]] = [
            ("first", self.tr("Fro&m"), self.first_date),
            ("last", self.tr("&To"), self.last_date),
            ("customer", self.tr("C&ustomer"), self.customer),
        ]
        if self.can_report:
            fields.append(("cashier", self.tr("Ca&shier"), self.cashier))
        else:
            # Who else sold is a report; a cashier's list shows every sale unfiltered.
            self.cashier.setParent(self)
            self.cashier.setEnabled(False)
            self.cashier.hide()
        fields.append(("barcode", self.tr("Product &barcode"), self.barcode))
        for column, (name, text, widget) in enumerate(fields):
            label = QLabel(text)
            label.setBuddy(widget)
            error = named(QLabel(), f"{name}Error")
            error.setProperty("class", "fieldError")
            error.setWordWrap(True)
            error.hide()
            grid.addWidget(label, 0, column)
            grid.addWidget(widget, 1, column)
            grid.addWidget(error, 2, column)
            grid.setColumnStretch(column, 1)
            self._filter_errors[name] = error
            self._filter_fields[name] = widget
        buttons = QHBoxLayout()
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.clear_button)
        grid.addLayout(buttons, 1, len(fields))

        # Typing a date fires a change per keystroke: wait for a pause before querying.
        self._dates_changed = debounce(self, 400, self.apply_filters)
        self._reports_stale = False
        self._reports_timer = debounce(self, REPORTS_EVERY_MS, self._reports_again)
        self.first_date.dateChanged.connect(self._dates_changed.start)
        self.last_date.dateChanged.connect(self._dates_changed.start)
        self.customer.returnPressed.connect(self.apply_filters)
        self.barcode.returnPressed.connect(self.apply_filters)
        self.cashier.activated.connect(self.apply_filters)
        self.apply_button.clicked.connect(self.apply_filters)
        self.clear_button.clicked.connect(self.clear_filters)
        self._tab_chain: list[QWidget] = [w for _n, _t, w in fields]
        self._tab_chain += [self.apply_button, self.clear_button]
        return grid

    def _build_history(self) -> QWidget:
        self.model: RecordTableModel[Sale] = RecordTableModel(SALE_COLUMNS, self)
        self.table = record_table(self.model, "salesTable")
        self.loader: PagedLoader[Sale] = PagedLoader(self.model, self.ctx.tasks, self.report)
        self.loader.loaded.connect(self._history_loaded)
        self.loader.refreshed.connect(self._history_loaded)  # a sale now VOID: fit "17 VOID"
        self.count = named(QLabel(), "historyCount")
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())
        self.model.modelReset.connect(self._show_detail)

        self.detail = named(QLabel(), "saleDetail")
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lines_model: RecordTableModel[SaleLine] = RecordTableModel(LINE_COLUMNS, self)
        self.lines_table = record_table(self.lines_model, "saleLines", stretch=0, fit=True)
        self.payments_model: RecordTableModel[Payment] = RecordTableModel(PAYMENT_COLUMNS, self)
        # The last column takes the spare width: a stretched first one was cut to "eth".
        self.payments_table = record_table(self.payments_model, "salePayments", fit=True)
        self.wallet_after = named(QLabel(), "walletAfter")

        top = QWidget()
        top_box = QVBoxLayout(top)
        top_box.setContentsMargins(0, 0, 0, 0)
        top_box.addWidget(self.table, 1)
        top_box.addWidget(self.count)
        bottom = QWidget()
        bottom_box = QVBoxLayout(bottom)
        bottom_box.setContentsMargins(0, 0, 0, 0)
        bottom_box.addWidget(self.detail)
        tables = QHBoxLayout()
        tables.addWidget(self.lines_table, 3)
        payments = QVBoxLayout()
        payments.addWidget(self.payments_table, 1)
        payments.addWidget(self.wallet_after)
        tables.addLayout(payments, 2)
        bottom_box.addLayout(tables, 1)

        splitter = named(QSplitter(Qt.Orientation.Vertical), "historySplitter")
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self._show_detail()
        return splitter

    def activated(self) -> None:
        """The cursor starts in the history, where the arrows browse the sales (it started
        on Refresh, fifteen Tabs away: the keyboard trial); the filters have their keys."""
        super().activated()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- loading -------------------------------------------------------------------------
    def load(self) -> None:
        if self.can_report:
            services, actor = self.ctx.services, self.actor
            self.ctx.tasks.read(
                lambda: services.sales.cashiers(actor), self._show_cashiers, self.report
            )
        self.apply_filters()

    def focus_filters(self) -> None:
        self.customer.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.customer.selectAll()

    def _show_cashiers(self, cashiers: list[tuple[int, str]]) -> None:
        chosen = self.cashier.currentData()
        self.cashier.blockSignals(True)
        self.cashier.clear()
        self.cashier.addItem(self.tr("Everyone"), None)
        for account_id, username in cashiers:
            self.cashier.addItem(username, account_id)
        self.cashier.setCurrentIndex(max(self.cashier.findData(chosen), 0))
        self.cashier.blockSignals(False)

    def apply_filters(self) -> None:
        """Resolve the typed customer and barcode on a worker, then load with them."""
        self._dates_changed.stop()
        for error in self._filter_errors.values():
            error.hide()
        first, last = to_date(self.first_date.date()), to_date(self.last_date.date())
        username = self.customer.text().strip()
        code = self.barcode.text().strip()
        cashier_id = self.cashier.currentData() if self.can_report else None
        services, actor = self.ctx.services, self.actor

        def resolve() -> SalesFilter:
            customer_id = product_id = None
            if username:
                try:
                    customer_id = services.customers.get_by_username(actor, username).id
                except NotFoundError as exc:
                    raise ValidationError(exc.message, "customer") from exc
            if code:
                try:
                    product_id = services.inventory.get_by_barcode(actor, code).id
                except NotFoundError as exc:
                    raise ValidationError(exc.message, "barcode") from exc
            return SalesFilter(first, last, customer_id, cashier_id, product_id)

        self._filter_generation += 1
        generation = self._filter_generation
        self.ctx.tasks.read(
            resolve,
            lambda found: self._use_filter(generation, found),
            lambda exc: self._filter_failed(generation, exc),
        )

    def clear_filters(self) -> None:
        self.customer.clear()
        self.barcode.clear()
        self.cashier.setCurrentIndex(0)
        self.apply_filters()

    def _filter_failed(self, generation: int, exc: Exception) -> None:
        if generation != self._filter_generation:
            return
        if isinstance(exc, ValidationError) and exc.field in self._filter_errors:
            # The filters in force stay as they were; say which field is wrong, in place.
            error = self._filter_errors[exc.field]
            error.setText(error_text(exc))
            error.show()
            field = self._filter_fields[exc.field]
            field.setFocus()
            if isinstance(field, QLineEdit):
                field.selectAll()
            return
        self.report(exc)

    def _use_filter(self, generation: int, found: SalesFilter) -> None:
        if generation != self._filter_generation:
            return
        self.filter = found
        self.say("")
        self.loader.reload(found.history(self.ctx.services, self.actor), keyed=True)
        self._load_reports(found)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A tab's letter (its mnemonic) shows the tab and, once it is on show, puts the
        cursor in it: the history's rows, or the report's own first field."""
        if watched is self.tabs.tabBar() and event.type() == QEvent.Type.Shortcut:
            QTimer.singleShot(0, self._into_tab)
        return super().eventFilter(watched, event)

    def _into_tab(self) -> None:
        page = self.tabs.currentWidget()
        if page is None:
            return
        if self.tabs.currentIndex() == 0:
            self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
            if self.model.rowCount() and not self.table.currentIndex().isValid():
                select_row(self.table, 0)
        else:
            page.setFocus(Qt.FocusReason.ShortcutFocusReason)
            page.focusNextChild()

    def refresh_in_place(self, topics: frozenset[str]) -> None:
        """The history in place; and the reports and the shifts' Z report of the same
        period (the manager's trial closed a shift and the Shifts tab still said none was
        closed until F5): while one of them is on show, at most once in REPORTS_EVERY_MS
        (best sellers over 2,000,000 sales take seconds, and a busy store sells on),
        else when its tab is shown."""
        super().refresh_in_place(topics)
        self._reports_stale = True
        if self.tabs.currentIndex() != 0 and not self._reports_timer.isActive():
            self._reports_again()

    def _reports_again(self) -> None:
        if self._reports_stale and self.tabs.currentIndex() != 0:
            self._reports_stale = False
            self._load_reports(self.filter)
            self._reports_timer.start()

    def _history_loaded(self, total: int) -> None:
        self._count_shown(total)
        self.table.resizeColumnsToContents()

    def _count_shown(self, total: int) -> None:
        self.count.setText(sales_matched(total))

    def _load_reports(self, period: SalesFilter) -> None:
        reports = self.reports
        if reports is None or self.shifts_report is None:
            return
        self.shifts_report.load(period.since, period.until)
        self._report_generation += 1
        generation = self._report_generation
        services, actor, zone = self.ctx.services, self.actor, local_zone()

        def show_daily(days: list[DailyTotal]) -> None:
            if generation == self._report_generation:
                reports.show_daily(days)

        def show_top(products: list[TopProduct]) -> None:
            if generation == self._report_generation:
                reports.show_top(products)

        def failed(exc: Exception) -> None:
            if generation == self._report_generation:
                self.ctx.errors.report(exc, label=reports.message)

        self.ctx.tasks.read(
            lambda: services.sales.daily_totals(actor, period.first, period.last, zone),
            show_daily,
            failed,
        )
        self.ctx.tasks.read(
            lambda: services.sales.top_products(
                actor, period.since, period.until, limit=TOP_PRODUCTS
            ),
            show_top,
            failed,
        )

    # -- the selected sale ---------------------------------------------------------------
    def selected(self) -> Sale | None:
        sale: Sale | None = current_record(self.table)
        return sale

    def _show_detail(self) -> None:
        sale = self.selected()
        if sale is None:
            self.detail.setText(self.tr("Select a sale to see its lines and payments."))
            self.detail.setToolTip("")
            self.lines_model.set_rows([])
            self.payments_model.set_rows([])
            self.wallet_after.clear()
            return
        self.detail.setText(sale_detail_html(sale))
        self.detail.setToolTip(self.tr("Ref. {0}").format(sale.uuid))
        self.lines_model.set_rows(sale.lines)
        self.payments_model.set_rows(sale.payments)
        self.wallet_after.setText(
            ""
            if sale.wallet_balance_after is None
            else self.tr("Wallet balance after: {0}").format(
                format_money(sale.wallet_balance_after)
            )
        )

    def show_receipt(self) -> DocumentDialog | None:
        """The selected sale's receipt, as printed at the counter: preview, print, PDF."""
        sale = self.selected()
        if sale is None:
            self.say(self.tr("Select a sale to reprint its receipt"))
            return None
        settings = self.ctx.settings
        dialog = DocumentDialog(
            self.tr("Receipt of sale {0}").format(sale.id),
            void_receipt(receipt_html(sale, settings), sale),
            self,
            settings.receipt_page,
        )
        dialog.open()
        return dialog

    def void(self) -> None:
        """Void the selected sale (issue 13): a sale of a shift still open, with a reason."""
        sale = self.selected()
        if sale is None:
            self.say(self.tr("Select a sale to void it"))
            return
        start_void(self.ctx, self.actor, sale, self, self._voided)

    def _voided(self, sale: Sale) -> None:
        self.model.replace(lambda old: old.id == sale.id, sale)
        self._show_detail()
        self.say(self.tr("Sale {0} voided: {1}").format(sale.id, sale.void_reason))
        self.table.setFocus()

    # -- export --------------------------------------------------------------------------
    def choose_export_file(self) -> None:
        if not self.export_button.isEnabled():
            return
        self._export_dialog = save_csv_dialog(
            self,
            self.tr("Export sales history"),
            f"sales-{self.filter.first}-to-{self.filter.last}.csv",
            self.export_csv,
        )

    def export_csv(self, path: str) -> None:
        """Write the sales the current filters match (every page, not only those loaded)."""
        fetch = self.filter.history(self.ctx.services, self.actor)
        self.export_in_background(
            self.export_button,
            lambda: write_sales_csv(path, fetch),
            lambda count: sales_exported(count, path),
        )
