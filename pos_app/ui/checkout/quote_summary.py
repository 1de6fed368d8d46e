"""Under the cart: what the sale will charge, as ``sales.quote`` priced it. Subtotal (the
shelf prices), what promotions and discounts take off, the tax (added per rate before the
TOTAL, or, when shelf prices include it, the tax each rate's share of the TOTAL includes),
and the TOTAL."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from pos_app.domain.money import format_money
from pos_app.services.records import DiscountRequest
from pos_app.services.sale_pricing import Quote
from pos_app.ui.cart_model import discount_given
from pos_app.ui.forms import named
from pos_app.ui.i18n import ltr, translate
from pos_app.ui.widgets import ElidedLabel

TOTAL_STYLE = "font-size: 15pt; font-weight: bold;"
PENDING_STYLE = "color: #6b7280;"
FAILED_STYLE = "color: #b91c1c; font-weight: bold;"
ELIDE_END = Qt.TextElideMode.ElideRight


def quote_rows(quote: Quote, cart_discount: DiscountRequest | None) -> list[tuple[str, str]]:
    """(label, amount) from the subtotal down to the TOTAL and what it includes."""
    rows = [(translate("QuoteSummary", "Subtotal"), format_money(quote.subtotal))]
    if quote.promotion:
        rows.append((translate("QuoteSummary", "Promotions"), format_money(-quote.promotion)))
    if quote.discount:
        label = translate("QuoteSummary", "Discounts")
        if cart_discount:
            whole = translate("QuoteSummary", "cart {0}: {1}").format(
                discount_given(cart_discount), cart_discount.reason
            )
            label = f"{label} ({whole})"
        rows.append((label, format_money(-quote.discount)))
    if not quote.prices_include_tax:
        rows += [
            (translate("QuoteSummary", "Tax {0}").format(t.label), format_money(t.tax))
            for t in quote.taxes
        ]
    rows.append(("TOTAL", format_money(quote.total)))
    if quote.prices_include_tax:
        included = translate("QuoteSummary", "incl. tax {0} on {1}")
        rows += [
            (included.format(t.label, format_money(t.net)), format_money(t.tax))
            for t in quote.taxes
        ]
    return rows


class QuoteSummary(QFrame):
    """The priced cart's totals, one row each, and whether they are being priced or could
    not be (``status``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quoteSummary")
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        self.grid = QGridLayout()
        # The names take the spare width, against the figures (right, under the lines'; left
        # in Arabic): a long tax or discount name has room, and "…" with the whole name in
        # its tooltip when even that is not enough (it was cut short in Arabic).
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnMinimumWidth(2, 110)
        self.grid.setVerticalSpacing(0)
        box.addLayout(self.grid)
        self.status = named(QLabel(), "quoteStatus")
        self.status.setWordWrap(True)
        self.status.hide()
        box.addWidget(self.status)
        self._labels: list[QLabel] = []
        self.show_rows([("TOTAL", format_money(Decimal("0.00")))])

    def show_rows(self, rows: list[tuple[str, str]]) -> None:
        for label in self._labels:
            label.hide()
            label.deleteLater()
        self._labels = []
        for row, (text, amount) in enumerate(rows):
            total = text == "TOTAL"  # the TOTAL row, named in English by its callers
            name = QLabel(self.tr("TOTAL")) if total else ElidedLabel(text, mode=ELIDE_END)
            name.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value = QLabel(ltr(amount))
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if total:
                name.setStyleSheet(TOTAL_STYLE)
                value.setStyleSheet(TOTAL_STYLE)
                value.setObjectName("quotedTotal")
            self.grid.addWidget(name, row, 1)
            self.grid.addWidget(value, row, 2)
            self._labels += [name, value]
        self.setStyleSheet("")
        self.status.hide()

    def show_quote(self, quote: Quote, cart_discount: DiscountRequest | None) -> None:
        self.show_rows(quote_rows(quote, cart_discount))

    def show_pending(self) -> None:
        """The figures shown are an earlier cart's until the answer: greyed, and said."""
        self.setStyleSheet(f"QLabel {{ {PENDING_STYLE} }}")
        self.status.setStyleSheet(PENDING_STYLE)
        self.status.setText(self.tr("Pricing the cart…"))
        self.status.show()

    def show_failed(self, message: str) -> None:
        self.show_rows([("TOTAL", "—")])
        self.status.setStyleSheet(FAILED_STYLE)
        self.status.setText(self.tr("The cart cannot be priced: {0}").format(message))
        self.status.show()
