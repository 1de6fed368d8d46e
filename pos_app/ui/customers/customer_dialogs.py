"""Registering a customer and editing one (personal details only for those who may edit)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from pos_app.domain import rules
from pos_app.domain.enums import MaritalStatus
from pos_app.domain.errors import ValidationError
from pos_app.services.permissions import Op, allowed
from pos_app.services.records import Actor, Customer
from pos_app.ui.context import AppContext
from pos_app.ui.dialogs import FormDialog, password_field
from pos_app.ui.forms import named
from pos_app.ui.i18n import translate
from pos_app.ui.values import value_text

#: Wide enough that a field's validation message fits on a line or two.
DIALOG_MIN_WIDTH = 440


def sees_personal(actor: Actor) -> bool:
    """Age, gender, marital status and address are shown to those who may edit customers."""
    return allowed(actor.role, Op.CUSTOMER_UPDATE)


def _marital_combo() -> QComboBox:
    combo = named(QComboBox(), "marital_status")
    combo.addItem(translate("CustomerDialogs", "Not given"), "")
    for status in MaritalStatus:
        combo.addItem(value_text(status).title(), status.value)
    return combo


class _Unset:
    """The age field could not be read; its error is on the form."""


UNSET = _Unset()


def _age(form_dialog: FormDialog, text: str) -> int | _Unset | None:
    """The age typed (None when left empty), or UNSET after showing why it is not one
    (before anything is sent)."""
    try:
        return rules.optional_age(text)
    except ValidationError as exc:
        form_dialog.form.show_error(exc)
        return UNSET


def _all_said(form_dialog: FormDialog, checks: list[Callable[[], object]]) -> bool:
    """Run the form's own rules (``checks``, in the order the fields stand) and show every
    refusal under its field at once, the cursor in the first: a phone, an e-mail and an
    age typed wrong used to come back one per Enter, the age first (the keyboard trial)."""
    refused: list[ValidationError] = []
    for check in checks:
        try:
            check()
        except ValidationError as exc:
            refused.append(exc)
    for said in reversed(refused):  # the first is said last, so the cursor stays there
        form_dialog.form.show_error(said)
    return not refused


def _contact_checks(
    phone: QLineEdit, email: QLineEdit, age: QLineEdit | None
) -> list[Callable[[], object]]:
    """The rules of the phone, e-mail and (when shown) age fields, in the form's order."""
    checks: list[Callable[[], object]] = [
        lambda: rules.phone(phone.text()),
        lambda: rules.email(email.text()),
    ]
    if age is not None:
        checks.append(lambda: rules.optional_age(age.text()))
    return checks


def _contact_fields(
    form_dialog: FormDialog, customer: Customer | None
) -> tuple[QLineEdit, QLineEdit]:
    phone = named(QLineEdit(customer.phone if customer else ""), "phone")
    phone.setMaxLength(rules.PHONE_MAX)
    phone.setPlaceholderText(translate("CustomerDialogs", "optional; digits, spaces, + - ( )"))
    email = named(QLineEdit(customer.email if customer else ""), "email")
    email.setMaxLength(rules.EMAIL_MAX)
    email.setPlaceholderText(translate("CustomerDialogs", "optional; name@example.com"))
    form_dialog.form.add("phone", translate("CustomerDialogs", "P&hone"), phone)
    form_dialog.form.add("email", translate("CustomerDialogs", "E-mai&l"), email)
    return phone, email


class RegisterCustomerDialog(FormDialog):
    """Username, password and name; phone and e-mail optional. Age, marital status,
    gender and address (all optional) only for those who may edit customers."""

    def __init__(self, ctx: AppContext, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Register a customer"), parent)
        self.setMinimumWidth(DIALOG_MIN_WIDTH)
        self._actor = actor
        self.personal = sees_personal(actor)
        self.username = named(QLineEdit(), "username")
        self.username.setPlaceholderText(self.tr("3-32 of a-z, 0-9, . _ -"))
        self.password = password_field("password")
        self.name = named(QLineEdit(), "name")
        self.age = named(QLineEdit(), "age")
        self.age.setMaxLength(4)
        self.age.setPlaceholderText(self.tr("optional; years"))
        self.marital_status = _marital_combo()
        self.gender = named(QLineEdit(), "gender")
        self.gender.setPlaceholderText(self.tr("optional"))
        self.address = named(QLineEdit(), "address")
        self.address.setPlaceholderText(self.tr("optional"))
        self.form.add("username", self.tr("&Username"), self.username)
        self.form.add("password", self.tr("&Password"), self.password)
        self.form.add("name", self.tr("&Name"), self.name)
        self.phone, self.email = _contact_fields(self, None)
        if self.personal:
            self.form.add("age", self.tr("A&ge"), self.age)
            self.form.add("marital_status", self.tr("&Marital status"), self.marital_status)
            self.form.add("gender", self.tr("G&ender"), self.gender)
            self.form.add("address", self.tr("A&ddress"), self.address)

    def work(self) -> Callable[[], Any] | None:
        checks = _contact_checks(self.phone, self.email, self.age if self.personal else None)
        if not _all_said(self, checks):
            return None
        details: dict[str, Any] = {}
        if self.personal:
            age = _age(self, self.age.text())
            if isinstance(age, _Unset):
                return None
            details = {
                "age": age,
                "marital_status": str(self.marital_status.currentData()) or None,
                "gender": self.gender.text(),
                "address": self.address.text(),
            }
        values: dict[str, Any] = {
            "username": self.username.text(),
            "password": self.password.text(),
            "name": self.name.text(),
            "phone": self.phone.text(),
            "email": self.email.text(),
            **details,
        }
        return lambda: self.ctx.services.customers.register(self._actor, **values)


class EditCustomerDialog(FormDialog):
    """Sends only the fields that differ from what the customer had."""

    def __init__(
        self, ctx: AppContext, actor: Actor, customer: Customer, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, self.tr("Edit customer {0}").format(customer.username), parent)
        self.setMinimumWidth(DIALOG_MIN_WIDTH)
        self._actor = actor
        self.customer = customer
        self.name = named(QLineEdit(customer.name), "name")
        self.age = named(QLineEdit("" if customer.age is None else str(customer.age)), "age")
        self.age.setMaxLength(4)
        self.age.setPlaceholderText(self.tr("optional; years"))
        self.address = named(QLineEdit(customer.address), "address")
        self.gender = named(QLineEdit(customer.gender), "gender")
        self.marital_status = _marital_combo()
        self.marital_status.setCurrentIndex(
            self.marital_status.findData(
                customer.marital_status.value if customer.marital_status else ""
            )
        )
        self.form.add("name", self.tr("&Name"), self.name)
        self.phone, self.email = _contact_fields(self, customer)
        self.form.add("age", self.tr("A&ge"), self.age)
        self.form.add("address", self.tr("A&ddress"), self.address)
        self.form.add("gender", self.tr("G&ender"), self.gender)
        self.form.add("marital_status", self.tr("&Marital status"), self.marital_status)

    def changes(self) -> dict[str, object] | None:
        """The edited fields only; None after an inline error."""
        before = self.customer
        if not _all_said(self, _contact_checks(self.phone, self.email, self.age)):
            return None
        age = _age(self, self.age.text())
        if isinstance(age, _Unset):
            return None
        typed: dict[str, object] = {
            "name": self.name.text().strip(),
            "phone": self.phone.text().strip(),
            "email": self.email.text().strip(),
            "age": age,
            "address": self.address.text().strip(),
            "gender": self.gender.text().strip(),
            "marital_status": str(self.marital_status.currentData()) or None,
        }
        old: dict[str, object] = {
            "name": before.name,
            "phone": before.phone,
            "email": before.email,
            "age": before.age,
            "address": before.address,
            "gender": before.gender,
            "marital_status": before.marital_status.value if before.marital_status else None,
        }
        return {key: value for key, value in typed.items() if value != old[key]}

    def work(self) -> Callable[[], Any] | None:
        changes = self.changes()
        if changes is None:
            return None
        # No change at all still goes to the service: its NothingToChangeError is the message.
        customer_id = self.customer.id
        return lambda: self.ctx.services.customers.update(self._actor, customer_id, changes)
