"""Settings' "Receipt printer" tab: this counter's ESC/POS printer (how it is connected and
where), its paper width, whether each sale's receipt prints by itself, the logo printed at
the top of each receipt, a test print, and the page a receipt is laid out on for a system
printer or PDF (A5 or an 80 mm roll). Saved with the counter's other settings
(AppSettings), checked before anything is saved: a logo that is not a PNG that can be read
is refused here, never at a sale."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QImageReader
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
from pos_app.ui.i18n import QT_TRANSLATE_NOOP, translate
from pos_app.ui.receipt_words import text_say

#: (what the list says, the saved kind); "" is no printer.
KINDS = (
    (QT_TRANSLATE_NOOP("PrinterSettings", "No receipt printer"), ""),
    (QT_TRANSLATE_NOOP("PrinterSettings", "Device or file path"), "file"),
    (QT_TRANSLATE_NOOP("PrinterSettings", "Network printer"), "network"),
    (QT_TRANSLATE_NOOP("PrinterSettings", "Serial port"), "serial"),
    (QT_TRANSLATE_NOOP("PrinterSettings", "USB printer"), "usb"),
)
#: What the "Where" field expects for each kind.
EXAMPLES = {
    "": QT_TRANSLATE_NOOP("PrinterSettings", "choose a connection first"),
    "file": QT_TRANSLATE_NOOP("PrinterSettings", "/dev/usb/lp0, or a file"),
    "network": QT_TRANSLATE_NOOP("PrinterSettings", "192.168.1.50 or printer.local:9100"),
    "serial": QT_TRANSLATE_NOOP("PrinterSettings", "/dev/ttyS0 or COM3:19200"),
    "usb": QT_TRANSLATE_NOOP("PrinterSettings", "vendor:product in hex, e.g. 04b8:0202"),
}
TARGET_MAX = 300
#: (what the list says, the saved layout) of a receipt for a system printer or PDF.
PAGES = (
    (QT_TRANSLATE_NOOP("PrinterSettings", "A5 page (office printers)"), "a5"),
    (QT_TRANSLATE_NOOP("PrinterSettings", "80 mm roll"), "roll80"),
)
#: A logo bigger than this is not a receipt header (and slows each receipt down).
LOGO_MAX_BYTES = 1_000_000
LOGO_MAX_PIXELS = 4096


def logo_problem(text: str) -> str | None:
    """Why the logo file ``text`` cannot be printed, or None when it can (or is "")."""
    if not text:
        return None
    path = Path(text).expanduser()
    if not path.is_file():
        return translate("PrinterSettings", "No such file: {0}").format(path)
    if path.stat().st_size > LOGO_MAX_BYTES:
        return translate("PrinterSettings", "The logo must be a PNG of at most 1 MB")
    reader = QImageReader(str(path))
    if bytes(reader.format().data()) != b"png":
        return translate("PrinterSettings", "The logo must be a PNG image")
    size = reader.size()
    if not 0 < size.width() <= LOGO_MAX_PIXELS or not 0 < size.height() <= LOGO_MAX_PIXELS:
        text = translate("PrinterSettings", "The logo must be at most {0} x {0} pixels")
        return text.format(LOGO_MAX_PIXELS)
    if reader.read().isNull():
        return translate("PrinterSettings", "The logo cannot be read: {0}").format(
            reader.errorString()
        )
    return None


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
            self.kind.addItem(self.tr(text), value)
        self.kind.setCurrentIndex(max(0, self.kind.findData(settings.printer_kind)))
        self.target = named(QLineEdit(settings.printer_target), "printerTarget")
        self.paper = named(QComboBox(), "paperWidth")
        for paper, columns in sorted(PAPER_COLUMNS.items(), reverse=True):
            self.paper.addItem(
                self.tr("{0} mm ({1} characters a line)").format(paper, columns), paper
            )
        self.paper.setCurrentIndex(max(0, self.paper.findData(settings.printer_paper_mm)))
        self.auto = named(
            QCheckBox(self.tr("Print the receipt a&utomatically after each sale")), "printAuto"
        )
        self.auto.setChecked(settings.printer_auto)
        self.form.add("printer_kind", self.tr("&Connection"), self.kind)
        self.form.add("printer", self.tr("&Where"), self.target, limit=TARGET_MAX)
        self.form.add("paper", self.tr("&Paper width"), self.paper)
        self.form.layout.addRow("", self.auto)
        self.logo = named(QLineEdit(settings.printer_logo), "printerLogo")
        self.logo.setPlaceholderText(
            self.tr("optional: a PNG printed at the top, e.g. /home/shop/logo.png")
        )
        self.form.add("logo", self.tr("&Logo (PNG)"), self.logo, limit=TARGET_MAX)
        self.page = named(QComboBox(), "receiptPage")
        for text, value in PAGES:
            self.page.addItem(self.tr(text), value)
        self.page.setCurrentIndex(max(0, self.page.findData(settings.receipt_page)))
        self.form.add("page", self.tr("Pa&ge for system printers and PDF"), self.page)
        self.test_button = named(QPushButton(self.tr("&Test print")), "testPrint")
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
        self.target.setPlaceholderText(self.tr(EXAMPLES[self._kind()]))

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
        logo = self.logo.text().strip()
        problem = logo_problem(logo)
        if problem is not None:
            self.form.show_error(problem, "logo")
            return None
        page = self.page.currentData()
        return {
            "printer_kind": kind,
            "printer_target": target,
            "printer_paper_mm": self._paper(),
            "printer_auto": self.auto.isChecked(),
            "printer_logo": str(Path(logo).expanduser()) if logo else "",
            "receipt_page": page if isinstance(page, str) else "a5",
        }

    def test_print(self) -> None:
        """Print a ruler as wide as the chosen paper on the printer as typed (not yet
        saved), off the screen's thread; the outcome is said beside the button."""
        self.form.clear()
        if not self._kind():
            self.form.show_error(self.tr("Choose how the printer is connected"), "printer_kind")
            return
        try:
            connection = checked_connection(self._kind(), self.target.text())
        except ValidationError as exc:
            self.form.show_error(exc)
            return
        logo = self.logo.text().strip()
        problem = logo_problem(logo)
        if problem is not None:
            self.form.show_error(problem, "logo")
            return
        store, paper = self.store(), self._paper()
        logo_path = Path(logo).expanduser() if logo else None

        def work() -> int:
            # python-escpos is slow to import: only printing pays for it, off this thread.
            from pos_app.devices.escpos_receipt import print_printer_test  # noqa: PLC0415

            return print_printer_test(connection, store, paper, logo_path, text_say)

        self.test_result.setText(self.tr("Printing…"))
        self.ctx.tasks.read(
            work,
            lambda _sent: self.test_result.setText(
                self.tr("Printed on {0}: the ruler should fill one line exactly").format(connection)
            ),
            lambda exc: self.test_result.setText(self.ctx.errors.message_for(exc)),
        )
