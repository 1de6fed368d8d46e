"""The right-hand column of the checkout screen: the customer, the business day, the
total, Pay, and the park/resume/return/receipt/end-of-day buttons."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos_app.domain.money import format_money
from pos_app.services.records import Customer, DayClosed
from pos_app.ui.checkout.keys import key_text
from pos_app.ui.forms import named
from pos_app.ui.i18n import short_day, short_weekday


class CheckoutSide(QFrame):
    """Customer, total, Pay, and the park/resume/return/receipt/end-of-day buttons (the
    last only for those who may close the day)."""

    def __init__(self, can_close_day: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkoutSide")
        right = QVBoxLayout(self)
        customer = self.tr("Customer")
        right.addWidget(QLabel(f"<b>{customer}</b>"))
        self.customer_entry = named(QLineEdit(), "customerEntry")
        self.customer_entry.setPlaceholderText(
            self.tr("Name, username, phone or e-mail, then Enter ({0})").format(
                key_text("customer")
            )
        )
        self.customer_label = named(QLabel(self.tr("Walk-in customer")), "customerLabel")
        self.customer_label.setWordWrap(True)
        self.walk_in_button = named(QPushButton(self.tr("&Walk-in")), "walkIn")
        right.addWidget(self.customer_entry)
        right.addWidget(self.customer_label)
        right.addWidget(self.walk_in_button)
        right.addStretch(1)
        #: Shown once today is closed: what is sold now counts for the next business day.
        self.day_label = named(QLabel(), "businessDay")
        self.day_label.setWordWrap(True)
        self.day_label.hide()
        right.addWidget(self.day_label)
        right.addWidget(QLabel(self.tr("Total")))
        self.total_label = named(QLabel("0.00"), "bigNumber")
        self.total_label.setStyleSheet("font-size: 32pt; font-weight: bold;")
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        right.addWidget(self.total_label)
        self.pay_button = named(
            QPushButton(self.tr("&Pay ({0})").format(key_text("pay"))), "payButton"
        )
        self.pay_button.setMinimumHeight(56)
        self.pay_button.setStyleSheet("font-size: 16pt; font-weight: bold;")
        right.addWidget(self.pay_button)
        grid = QGridLayout()

        def button(text: str, key: str, name: str) -> QPushButton:
            return named(QPushButton(text.format(key_text(key))), name)

        self.park_button = button(self.tr("Park ({0})"), "park", "parkCart")
        self.resume_button = button(self.tr("Resume ({0})"), "resume", "resumeCart")
        self.return_button = button(self.tr("Return… ({0})"), "return", "returnItems")
        self.receipt_button = button(self.tr("Receipt ({0})"), "receipt", "lastReceipt")
        grid.addWidget(self.park_button, 0, 0)
        grid.addWidget(self.resume_button, 0, 1)
        grid.addWidget(self.return_button, 1, 0)
        grid.addWidget(self.receipt_button, 1, 1)
        right.addLayout(grid)
        if can_close_day:
            self.end_of_day_button: QPushButton | None = named(
                QPushButton(self.tr("End of day… ({0})").format(key_text("end_of_day"))), "endOfDay"
            )
            right.addWidget(self.end_of_day_button)
        else:
            self.end_of_day_button = None

    def show_customer(self, customer: Customer | None) -> None:
        if customer is None:
            self.customer_label.setText(self.tr("Walk-in customer"))
        else:
            credit = self.tr("Store credit: {0}").format(f"<b>{format_money(customer.balance)}</b>")
            self.customer_label.setText(
                f"<b>{escape(customer.name)}</b> ({escape(customer.username)})<br/>{credit}"
            )

    def show_business_day(self, answer: tuple[date, DayClosed | None]) -> None:
        """Say so once today is closed: what is sold now counts for the next business day."""
        day, previous = answer
        if previous is None or day <= date.today():
            self.day_label.hide()
            return
        when = previous.closed_at.astimezone().strftime("%H:%M")
        closed = self.tr("Day {0} closed").format(short_day(previous.business_day))
        said = self.tr("at {0} by {1}: sales now count for {2}.")
        by = escape(previous.closed_by or "pos-admin")
        self.day_label.setText(f"<b>{closed}</b> {said.format(when, by, short_weekday(day))}")
        self.day_label.show()
