"""Settings' "Receipt printer" tab: this counter's ESC/POS printer (how it is connected and
where), its paper width, whether each sale's receipt prints by itself, and a test print.
Saved with the counter's other settings (AppSettings), checked before anything is saved."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos_app.devices.printer_config import checked_connection
from pos_app.devices.receipt_layout import PAPER_COLUMNS, StoreHeading
from pos_app.domain.errors import ValidationError
from pos_app.ui.context import AppContext
from pos_app.ui.forms import InlineForm, named

#: (what the list says, the saved kind); "" is no printer.
KINDS = (
    ("No receipt printer", ""),
    ("Device or file path", "file"),
    ("Network printer", "network"),
    ("Serial port", "serial"),
    ("USB printer", "usb"),
)
#: What the "Where" field expects for each kind.
EXAMPLES = {
    "": "choose a connection first",
    "file": "/dev/usb/lp0, or a file",
    "network": "192.168.1.50 or printer.local:9100",
    "serial": "/dev/ttyS0 or COM3:19200",
    "usb": "vendor:product in hex, e.g. 04b8:0202",
}
TARGET_MAX = 300


class PrinterSettings(QWidget):
    """The tab's fields; ``values`` is what Settings saves, ``None`` after saying in place
    what is wrong."""

    def __init__(
        self, ctx: AppContext, store: Callable[[], StoreHeading], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.store = store
        settings = ctx.settings
        self.form = InlineForm(self)
        self.kind = named(QComboBox(), "printerKind")
        for text, value in KINDS:
            self.kind.addItem(text, value)
        self.kind.setCurrentIndex(max(0, self.kind.findData(settings.printer_kind)))
        self.target = named(QLineEdit(settings.printer_target), "printerTarget")
        self.paper = named(QComboBox(), "paperWidth")
        for paper, columns in sorted(PAPER_COLUMNS.items(), reverse=True):
            self.paper.addItem(f"{paper} mm ({columns} characters a line)", paper)
        self.paper.setCurrentIndex(max(0, self.paper.findData(settings.printer_paper_mm)))
        self.auto = named(
            QCheckBox("Print the receipt a&utomatically after each sale"), "printAuto"
        )
        self.auto.setChecked(settings.printer_auto)
        self.form.add("printer_kind", "&Connection", self.kind)
        self.form.add("printer", "&Where", self.target, limit=TARGET_MAX)
        self.form.add("paper", "&Paper width", self.paper)
        self.form.layout.addRow("", self.auto)
        self.test_button = named(QPushButton("&Test print"), "testPrint")
        self.test_result = named(QLabel(), "testPrintResult")
        self.test_result.setWordWrap(True)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form.layout)
        layout.addLayout(test_row)
        layout.addWidget(self.form.form_error)
        layout.addStretch(1)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.test_button.clicked.connect(self.test_print)
        self._kind_changed()

    def _kind_changed(self) -> None:
        self.target.setPlaceholderText(EXAMPLES[self._kind()])

    def _kind(self) -> str:
        value = self.kind.currentData()
        return value if isinstance(value, str) else ""

    def _paper(self) -> int:
        value = self.paper.currentData()
        return value if isinstance(value, int) else 80

    def values(self) -> dict[str, str | int | bool] | None:
        """The printer settings to save; None (the problem said at its field) if the
        printer's address cannot be one."""
        self.form.clear()
        if not self.form.within_limits():
            return None
        kind, target = self._kind(), self.target.text().strip()
        if kind:
            try:
                checked_connection(kind, target)
            except ValidationError as exc:
                self.form.show_error(exc)
                return None
        return {
            "printer_kind": kind,
            "printer_target": target,
            "printer_paper_mm": self._paper(),
            "printer_auto": self.auto.isChecked(),
        }

    def test_print(self) -> None:
        """Print a ruler as wide as the chosen paper on the printer as typed (not yet
        saved), off the screen's thread; the outcome is said beside the button."""
        self.form.clear()
        if not self._kind():
            self.form.show_error("Choose how the printer is connected", "printer_kind")
            return
        try:
            connection = checked_connection(self._kind(), self.target.text())
        except ValidationError as exc:
            self.form.show_error(exc)
            return
        store, paper = self.store(), self._paper()

        def work() -> int:
            # python-escpos is slow to import: only printing pays for it, off this thread.
            from pos_app.devices.escpos_receipt import print_printer_test  # noqa: PLC0415

            return print_printer_test(connection, store, paper)

        self.test_result.setText("Printing…")
        self.ctx.tasks.read(
            work,
            lambda _sent: self.test_result.setText(
                f"Printed on {connection}: the ruler should fill one line exactly"
            ),
            lambda exc: self.test_result.setText(self.ctx.errors.message_for(exc)),
        )
