"""The product CSV import preview dialog, and the export written to a file that appears
only when complete. The file format itself is ``pos_app.services.product_csv``."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos_app.services.inventory import CSV_COLUMNS
from pos_app.services.product_csv import CsvRow, line_of, product_cells, read_product_csv
from pos_app.services.records import Actor, ImportReport, RowPlan
from pos_app.ui.context import AppContext
from pos_app.ui.csv_export import write_csv
from pos_app.ui.forms import named
from pos_app.ui.i18n import QT_TRANSLATE_NOOP, tr, translate
from pos_app.ui.inventory.product_count import products_text
from pos_app.ui.money_format import input_money
from pos_app.ui.service_messages import service_text
from pos_app.ui.table_model import Column, RecordTableModel
from pos_app.ui.widgets import record_table, select_row


@dataclass(frozen=True)
class ImportProblem:
    line: int
    message: str


def write_product_csv(path: str, rows: Iterable[Mapping[str, str]]) -> int:
    """Write the rows under a CSV_COLUMNS header; returns how many. The file appears only
    when complete, so a failure never leaves half an export in place of a good one.

    Text cells are spreadsheet-safe as in the other exports (``product_cells``), and the
    import takes the quote off again, so the file reads back exactly as written."""
    return write_csv(path, CSV_COLUMNS, (product_cells(row) for row in rows))


def _cell(name: str) -> Callable[[CsvRow], object]:
    return lambda row: row.values.get(name, "")


#: The file's columns as the preview titles them (the file's own header stays English).
_TITLES = {
    "name": QT_TRANSLATE_NOOP("Columns", "Name"),
    "category": QT_TRANSLATE_NOOP("Columns", "Category"),
    "price": QT_TRANSLATE_NOOP("Columns", "Price"),
    "description": QT_TRANSLATE_NOOP("Columns", "Description"),
    "stock": QT_TRANSLATE_NOOP("Columns", "Stock"),
    "barcode": QT_TRANSLATE_NOOP("Columns", "Barcode"),
    "active": QT_TRANSLATE_NOOP("Columns", "Active"),
    "variable_price": QT_TRANSLATE_NOOP("Columns", "Variable price"),
}
PREVIEW_COLUMNS: list[Column[CsvRow]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Line"), lambda r: r.line, numeric=True),
    *(Column(_TITLES[name], _cell(name)) for name in CSV_COLUMNS),
]
PROBLEM_COLUMNS: list[Column[ImportProblem]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Line"), lambda p: p.line, numeric=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Problem"), lambda p: p.message),
]


def changes_text(report: ImportReport, done: bool = False) -> str:
    """ "New: 3 · To update: 20 (5 new prices) · Unchanged: 1": what an import will do (a
    dry run's report) or, ``done``, did ("Updated: 20")."""
    parts = [tr("New: {0:,}").format(report.imported)]
    if report.updated:
        update = (tr("Updated: {0:,}") if done else tr("To update: {0:,}")).format(report.updated)
        if report.new_prices:
            update += " " + tr("({0:,} new prices)").format(report.new_prices)
        parts.append(update)
    if report.unchanged:
        parts.append(tr("Unchanged: {0:,}").format(report.unchanged))
    return " · ".join(parts) + "."


def plan_text(plan: RowPlan, row: CsvRow) -> str:
    """What the import does with ``row``: "New", "Unchanged", or what changes ("Price
    21.66 → 24.99; name")."""
    if plan.kind == "new":
        return tr("New")
    if plan.kind == "same":
        return tr("Unchanged")
    said = []
    for name in plan.fields:
        if name == "price_cents" and plan.old_price is not None:
            new = row.values.get("price", "").strip()
            said.append(tr("Price {0} → {1}").format(input_money(plan.old_price), new))
        else:
            said.append(translate("Columns", _TITLES.get(name, name)))
    return "; ".join(said)


def stock_kept_text(rows: int) -> str:
    return tr(
        "An import does not change the stock of products the store has ({0:,} rows give "
        "another figure): count them with Restock."
    ).format(rows)


class ProductImportDialog(QDialog):
    """Reads a CSV file off the UI thread, previews its rows with what the import will do
    (products to add, products the store has to update, rows refused), and imports them all
    or none.

    After a successful import ``report`` holds the ImportReport and the dialog accepts.
    """

    def __init__(
        self, ctx: AppContext, actor: Actor, path: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._actor = actor
        self.path = path
        self.report: ImportReport | None = None
        self.setWindowTitle(self.tr("Import products from {0}").format(Path(path).name))
        self.resize(900, 560)

        self.summary = named(QLabel(self.tr("Reading {0}…").format(path)), "importSummary")
        self.summary.setWordWrap(True)
        #: What the import does with each row, by file line (the dry run's plan).
        self.plans: dict[int, str] = {}
        change: Column[CsvRow] = Column(
            QT_TRANSLATE_NOOP("Columns", "Import"), lambda r: self.plans.get(r.line)
        )
        self.preview_model: RecordTableModel[CsvRow] = RecordTableModel(
            [change, *PREVIEW_COLUMNS], self
        )
        self.preview = record_table(self.preview_model, "importPreview")
        self.problems_title = QLabel(
            self.tr("Refused rows: fix them in the file and import it again")
        )
        self.problem_model: RecordTableModel[ImportProblem] = RecordTableModel(
            PROBLEM_COLUMNS, self
        )
        self.problems = record_table(self.problem_model, "importProblems")
        self.problems.selectionModel().currentRowChanged.connect(self._show_problem_row)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button: QPushButton = named(QPushButton(self.tr("&Import")), "importRows")
        self.import_button.setEnabled(False)
        self.import_button.setDefault(True)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button.clicked.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.preview, 3)
        layout.addWidget(self.problems_title)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.buttons)
        # Default only now that it is inside the dialog (before, Qt made Cancel the default
        # and Enter in the preview cancelled the import); Cancel takes Enter only if tabbed to.
        self.import_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        self.problems_title.hide()
        self.problems.hide()

        ctx.tasks.read(lambda: read_product_csv(path), self._show_preview, self._show_failure)

    def _show_preview(self, rows: list[CsvRow]) -> None:
        self.preview_model.set_rows(rows)
        self.preview.resizeColumnsToContents()
        if not rows:
            self.summary.setText(self.tr("{0} has no product rows.").format(self.path))
            return
        self.summary.setText(self.tr("Checking {0}…").format(products_text(len(rows))))
        self.preview.setFocus()
        values = [row.values for row in rows]
        actor, inventory = self._actor, self.ctx.services.inventory
        self.ctx.tasks.read(
            lambda: inventory.import_products(actor, values, update_existing=True, dry_run=True),
            self._checked,
            self._show_failure,
        )

    def _checked(self, plan: ImportReport) -> None:
        """What the import will do, said before it is done (or the rows it refuses)."""
        if plan.errors:
            self._refused(plan)
            return
        rows = self.preview_model.rows()
        self.plans = {
            line_of(rows, each.row): plan_text(each, rows[each.row - 1]) for each in plan.rows
        }
        self.preview_model.update_rows(rows)
        self.preview.resizeColumnsToContents()
        count = products_text(self.preview_model.rowCount())
        said = self.tr("{0} in {1}. {2} Check them, then press Import.").format(
            count, self.path, changes_text(plan)
        )
        if plan.stock_kept:
            said += " " + stock_kept_text(plan.stock_kept)
        self.summary.setText(said)
        self.import_button.setText(self.tr("&Import {0}").format(count))
        self.import_button.setEnabled(True)
        self.preview.setFocus()  # Enter imports (the default button); Tab reaches it

    def _show_failure(self, exc: Exception) -> None:
        self.ctx.errors.report(exc, label=self.summary)

    def start_import(self) -> None:
        rows = [row.values for row in self.preview_model.rows()]
        if not rows:
            return
        actor, inventory = self._actor, self.ctx.services.inventory
        self.summary.setText(self.tr("Importing {0:,} rows…").format(len(rows)))
        self.ctx.tasks.write(
            lambda: inventory.import_products(actor, rows, update_existing=True),
            self._imported,
            self._show_failure,
            disable=[self.import_button],
        )

    def _imported(self, report: ImportReport) -> None:
        if not report.errors:
            self.report = report
            self.accept()
            return
        self._refused(report)

    def _refused(self, report: ImportReport) -> None:
        rows = self.preview_model.rows()
        # the service numbers rows from 1; show the line the person sees in a spreadsheet
        problems = [
            ImportProblem(line_of(rows, e.row), service_text(e.message)) for e in report.errors
        ]
        self.problem_model.set_rows(problems)
        self.problems.resizeColumnToContents(0)
        self.problems_title.show()
        self.problems.show()
        refused = len(problems)
        self.summary.setText(
            self.tr("1 row is refused, so nothing can be imported.")
            if refused == 1
            else self.tr("{0:,} rows are refused, so nothing can be imported.").format(refused)
        )
        # the same rows would be refused again; a corrected file is needed
        self.import_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Close"))
        self.problems.setFocus()
        select_row(self.problems, 0)

    def _show_problem_row(self, *_: object) -> None:
        """Bring the refused row into view in the preview."""
        index = self.problems.currentIndex()
        if not index.isValid():
            return
        line = self.problem_model.record(index.row()).line
        for row, record in enumerate(self.preview_model.rows()):
            if record.line == line:
                select_row(self.preview, row)
                self.preview.scrollTo(self.preview_model.index(row, 0))
                return
