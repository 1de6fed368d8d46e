"""The Inventory's CSV import and export: the file dialogs, the import's preview, and the
export on a worker, with what each says when done."""

from __future__ import annotations

from PySide6.QtCore import QDir, Qt
from PySide6.QtWidgets import QFileDialog, QPushButton

from pos_app.services.records import ImportReport
from pos_app.ui.dispose import dispose_when_closed
from pos_app.ui.inventory.product_count import products_text
from pos_app.ui.workspaces.base import Workspace
from pos_app.ui.workspaces.product_csv import (
    ProductImportDialog,
    changes_text,
    stock_kept_text,
    write_product_csv,
)


class ProductCsvActions(Workspace):
    """What the Inventory does with CSV files (its ``can_import`` and ``export_button``)."""

    can_import: bool
    export_button: QPushButton

    def reload(self) -> None:
        raise NotImplementedError

    def _file_dialog(self, caption: str, save: bool) -> QFileDialog:
        files = self.tr("CSV files (*.csv);;All files (*)")
        dialog = QFileDialog(self, caption, QDir.homePath(), files)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if save:
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            dialog.setDefaultSuffix("csv")
            dialog.selectFile("products.csv")
        else:
            dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        return dialog

    def choose_import_file(self) -> None:
        if not self.can_import:
            return
        dialog = self._file_dialog(self.tr("Import products"), save=False)
        dialog.fileSelected.connect(self.import_csv)
        dialog.open()

    def choose_export_file(self) -> None:
        dialog = self._file_dialog(self.tr("Export products"), save=True)
        dialog.fileSelected.connect(self.export_csv)
        dialog.open()

    def import_csv(self, path: str) -> ProductImportDialog | None:
        """Preview ``path`` in a dialog whose Import sends every row, all or nothing."""
        if not self.can_import:
            return None
        dialog = ProductImportDialog(self.ctx, self.actor, path, self)
        dialog.accepted.connect(lambda: self._imported(dialog.report))
        dispose_when_closed(dialog, dialog.import_button)
        dialog.open()
        return dialog

    def _imported(self, report: ImportReport | None) -> None:
        if report is not None:
            said = self.tr("Imported. {0}").format(changes_text(report, done=True))
            if report.stock_kept:
                said += " " + stock_kept_text(report.stock_kept)
            self.say(said)
        self.reload()

    def export_csv(self, path: str) -> None:
        """Write every product (not only the filtered ones) to ``path``, off the UI thread."""
        actor, inventory = self.actor, self.ctx.services.inventory
        self.say(self.tr("Exporting products to {0}…").format(path))
        exported = self.tr("Exported {0} to {1}")
        self.export_in_background(
            self.export_button,
            lambda: write_product_csv(path, inventory.export_rows(actor)),
            lambda count: exported.format(products_text(count), path),
        )
