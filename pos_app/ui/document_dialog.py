"""A receipt or report on screen, to print or save as PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from pos_app.ui.receipts import A5, print_on, save_pdf


class DocumentDialog(QDialog):
    """A receipt or report on screen, with Print and Save as PDF, on A5 pages or an 80 mm
    roll (``page``: pos_app.ui.receipts.A5 or ROLL_80)."""

    def __init__(
        self, title: str, html: str, parent: QWidget | None = None, page: str = A5
    ) -> None:
        super().__init__(parent)
        self.setObjectName("documentDialog")
        self.setWindowTitle(title)
        self.html = html
        self.page = page
        self.resize(460, 640)
        layout = QVBoxLayout(self)
        self.view = QTextBrowser(self)
        self.view.setHtml(html)
        layout.addWidget(self.view)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.pdf_button = QPushButton(self.tr("Save as P&DF…"))
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_document)
        self.pdf_button.clicked.connect(self._ask_pdf)
        layout.addWidget(buttons)

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.accepted.connect(lambda: print_on(printer, self.html, self.page))
        dialog.show()

    def _ask_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), "", self.tr("PDF (*.pdf)")
        )
        if path:
            self.save_pdf(Path(path))

    def save_pdf(self, path: Path) -> Path:
        return save_pdf(self.html, path, self.page)
