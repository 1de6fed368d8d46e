"""The right-hand column of the checkout screen: the customer, the business day, the
total, Pay, and the park/resume/return/receipt/end-of-day buttons."""

from __future__ import annotations

from datetime import date

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
from pos_app.ui.checkout.keys import KEYS
from pos_app.ui.forms import named


class CheckoutSide(QFrame):
    """Customer, total, Pay, and the park/resume/return/receipt/end-of-day buttons (the
    last only for those who may close the day)."""

    def __init__(self, can_close_day: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkoutSide")
        right = QVBoxLayout(self)
        right.addWidget(QLabel("<b>Customer</b>"))
        self.customer_entry = named(QLineEdit(), "customerEntry")
        self.customer_entry.setPlaceholderText(
            f"Name, username, phone or e-mail, then Enter ({KEYS['customer']})"
        )
        self.customer_label = named(QLabel("Walk-in customer"), "customerLabel")
        self.customer_label.setWordWrap(True)
        self.walk_in_button = named(QPushButton("&Walk-in"), "walkIn")
        right.addWidget(self.customer_entry)
        right.addWidget(self.customer_label)
        right.addWidget(self.walk_in_button)
        right.addStretch(1)
        #: Shown once today is closed: what is sold now counts for the next business day.
        self.day_label = named(QLabel(), "businessDay")
        self.day_label.setWordWrap(True)
        self.day_label.hide()
        right.addWidget(self.day_label)
        right.addWidget(QLabel("Total"))
        self.total_label = named(QLabel("0.00"), "bigNumber")
        self.total_label.setStyleSheet("font-size: 32pt; font-weight: bold;")
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        right.addWidget(self.total_label)
        self.pay_button = named(QPushButton(f"&Pay ({KEYS['pay']})"), "payButton")
        self.pay_button.setMinimumHeight(56)
        self.pay_button.setStyleSheet("font-size: 16pt; font-weight: bold;")
        right.addWidget(self.pay_button)
        grid = QGridLayout()
        self.park_button = named(QPushButton(f"Park ({KEYS['park']})"), "parkCart")
        self.resume_button = named(QPushButton(f"Resume ({KEYS['resume']})"), "resumeCart")
        self.return_button = named(QPushButton(f"Return… ({KEYS['return']})"), "returnItems")
        self.receipt_button = named(QPushButton(f"Receipt ({KEYS['receipt']})"), "lastReceipt")
        grid.addWidget(self.park_button, 0, 0)
        grid.addWidget(self.resume_button, 0, 1)
        grid.addWidget(self.return_button, 1, 0)
        grid.addWidget(self.receipt_button, 1, 1)
        right.addLayout(grid)
        if can_close_day:
            self.end_of_day_button: QPushButton | None = named(
                QPushButton(f"End of day… ({KEYS['end_of_day']})"), "endOfDay"
            )
            right.addWidget(self.end_of_day_button)
        else:
            self.end_of_day_button = None

    def show_customer(self, customer: Customer | None) -> None:
        if customer is None:
            self.customer_label.setText("Walk-in customer")
        else:
            self.customer_label.setText(
                f"<b>{customer.name}</b> ({customer.username})<br/>"
                f"Store credit: <b>{format_money(customer.balance)}</b>"
            )

    def show_business_day(self, answer: tuple[date, DayClosed | None]) -> None:
        """Say so once today is closed: what is sold now counts for the next business day."""
        day, previous = answer
        if previous is None or day <= date.today():
            self.day_label.hide()
            return
        when = previous.closed_at.astimezone().strftime("%H:%M")
        self.day_label.setText(
            f"<b>Day {previous.business_day:%d %b} closed</b> at {when} by "
            f"{previous.closed_by or 'pos-admin'}: sales now count for {day:%a %d %b}."
        )
        self.day_label.show()
